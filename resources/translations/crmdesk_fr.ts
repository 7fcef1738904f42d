<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountingPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+314"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactif)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Masked: shown in full when editing.</source>
        <translation>Masqué : affiché en entier en modification.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the SIREN first: the French VAT number is computed from it.</source>
        <translation>Saisissez d&apos;abord le SIREN : le n° de TVA français en est calculé.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compute the French VAT number from the SIREN</source>
        <translation>Calculer le n° de TVA français à partir du SIREN</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/address_dialog.py" line="+99"/>
        <source>The first address is the default for billing and delivery.</source>
        <translation>La première adresse est l&apos;adresse par défaut de facturation et de livraison.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../ui/address_dialog.ui" line="+14"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New address</source>
        <translation>Nouvelle adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit address</source>
        <translation>Modifier l&apos;adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Head office, Warehouse</source>
        <translation>Ex. : Siège, Entrepôt</translation>
    </message>
    <message>
        <location filename="../../ui/address_dialog.ui" line="+14"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street (line 2)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street (line 3)</source>
        <translation>Complément d&apos;adresse (suite)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default delivery address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
</context>
<context>
    <name>AddressTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/address_dialog.py" line="+57"/>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default delivery address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>AddressesPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+146"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location line="-331"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given when saved</source>
        <translation>Attribué à l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.fr</source>
        <translation>nom@exemple.fr</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/actions.py" line="+43"/>
        <source>&amp;New customer</source>
        <translation>&amp;Nouveau client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation>Créer un client (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the customer record (Ctrl+D)</source>
        <translation>Dupliquer la fiche client (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Visualiser</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the customer record (Enter)</source>
        <translation>Visualiser la fiche client (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the customer (F2)</source>
        <translation>Modifier le client (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the customer (Del)</source>
        <translation>Supprimer le client (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive: hide from the list, keep the history</source>
        <translation>Archiver : masquer de la liste en gardant l&apos;historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the archived customer</source>
        <translation>Restaurer le client archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w order</source>
        <translation>Nouvelle &amp;commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an order (for the selected customer)</source>
        <translation>Créer une commande (pour le client sélectionné)</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+636"/>
        <source>The customer could not be saved: {error}</source>
        <translation>Le client n&apos;a pas pu être enregistré : {error}</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>This tab has values to correct.</source>
        <translation>Cet onglet contient des valeurs à corriger.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer not saved</source>
        <translation>Client non enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+304"/>
        <location filename="../../ui/customer_dialog.ui" line="+842"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>{name} was saved by someone else since you opened it.</source>
        <translation>{name} a été enregistré par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They changed: {fields}.</source>
        <translation>Champs modifiés : {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload: drop your changes and show theirs.
Keep editing: your changes stay on screen, theirs are kept in the fields you did not change; saving again writes yours over theirs.</source>
        <translation>Recharger : abandonner vos modifications et afficher les leurs.
Continuer la saisie : vos modifications restent à l&apos;écran, les leurs sont conservées dans les champs que vous n&apos;avez pas modifiés ; enregistrer de nouveau écrit les vôtres par-dessus les leurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Enregistrer le client (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/customer_dialog.ui" line="+34"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this customer</source>
        <translation>Modifier ce client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer (copy of {code})</source>
        <translation>Nouveau client (copie de {code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer {code} — {name} (editing)</source>
        <translation>Client {code} — {name} (modification)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer {code} — {name} (view)</source>
        <translation>Client {code} — {name} (consultation)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../ui/customer_dialog.ui" line="-272"/>
        <source>VAT number</source>
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{customer}: same {field}</source>
        <translation>{customer} : même {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(archived)</source>
        <translation>(archivé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicate:</source>
        <translation>Doublon possible :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this customer before closing?</source>
        <translation>Enregistrer les modifications de ce client avant de fermer ?</translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/customer_dialog.ui" line="-551"/>
        <source>Contact</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+301"/>
        <source>Logistics</source>
        <translation>Logistique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+181"/>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/customer_dialog.ui" line="+392"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer record</source>
        <translation>Fiche client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an address to this customer</source>
        <translation>Ajouter une adresse à ce client</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactif)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="-913"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active customer</source>
        <translation>Client actif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default carrier</source>
        <translation>Transporteur par défaut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default delivery address</source>
        <translation>Adresse de livraison par défaut</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoterm place</source>
        <translation>Lieu (Incoterm)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivery instructions</source>
        <translation>Instructions de livraison</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order amounts</source>
        <translation>Montants de commande</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Carriage-paid threshold</source>
        <translation>Franco de port</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders of at least this amount (excluding VAT) are delivered carriage paid.</source>
        <translation>Les commandes d&apos;au moins ce montant HT sont livrées franco de port.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum order</source>
        <translation>Minimum de commande</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the SIREN</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NAF/APE code</source>
        <translation>Code NAF/APE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounting code</source>
        <translation>Compte comptable</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VAT regime</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bank and SEPA direct debit</source>
        <translation>Banque et prélèvement SEPA</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SEPA mandate reference</source>
        <translation>Réf. de mandat (RUM)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mandate signature date</source>
        <translation>Mandat signé le</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preferred payment method</source>
        <translation>Mode de paiement privilégié</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Becomes the payment method of every new order for this customer.</source>
        <translation>Devient le mode de paiement de chaque nouvelle commande de ce client.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credit limit</source>
        <translation>Encours autorisé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default discount</source>
        <translation>Remise par défaut</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add an address</source>
        <translation>Ajouter une adresse</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Default for billing</source>
        <translation>Par défaut en facturation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default for delivery</source>
        <translation>Par défaut en livraison</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_list.py" line="+278"/>
        <source>The reference lists could not be read: %1</source>
        <translation>Les listes de référence n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+606"/>
        <source>Payment terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="-435"/>
        <source>%1+ customers…</source>
        <translation>%1+ clients…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customers</source>
        <translation>Aucun client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>De&amp;lete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De&amp;lete %1 customers</source>
        <translation>&amp;Supprimer %1 clients</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Select the customer to create an order for.</source>
        <translation>Sélectionnez le client pour lequel créer une commande.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete this customer?

%1

This cannot be undone.</source>
        <translation>Supprimer ce client ?

%1

Cette suppression est définitive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete these %1 customers?

%2

This cannot be undone.</source>
        <translation>Supprimer ces %1 clients ?

%2

Cette suppression est définitive.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete customers</source>
        <translation>Supprimer des clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer deleted.</source>
        <translation>Client supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers deleted.</source>
        <translation>%1 clients supprimés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Customers with orders are kept for their history. Archive instead? Archived customers are hidden from the list and can be restored.</source>
        <translation>%1

Les clients qui ont des commandes sont conservés pour leur historique. Les archiver plutôt ? Les clients archivés sont masqués de la liste et peuvent être restaurés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive instead?</source>
        <translation>Archiver plutôt ?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer restored.</source>
        <translation>Client restauré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 customers restored.</source>
        <translation>%1 clients restaurés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer archived: hidden from the list, history kept.</source>
        <translation>Client archivé : masqué de la liste, historique conservé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers archived: hidden from the list, history kept.</source>
        <translation>%1 clients archivés : masqués de la liste, historique conservé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Columns shown</source>
        <translation>Colonnes affichées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default columns</source>
        <translation>Colonnes par défaut</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Search: name, code, contact, email, phone, city, postal code, SIRET, VAT number…</source>
        <translation>Rechercher : nom, code, contact, e-mail, téléphone, ville, code postal, SIRET, n° de TVA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search as you type, accents and case ignored (Ctrl+F)</source>
        <translation>Recherche dès la saisie, sans tenir compte des accents ni des majuscules (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Rechercher des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and archived</source>
        <translation>Actifs et archivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: archived customers are hidden unless chosen here</source>
        <translation>Statut : les clients archivés sont masqués, sauf si vous les choisissez ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>Tous types</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Sociétés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individuals</source>
        <translation>Particuliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of customer</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred payment method</source>
        <translation>Mode de paiement privilégié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City or postal code</source>
        <translation>Ville ou CP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing city, or the first digits of its postal code (e.g. 69 or 974)</source>
        <translation>Ville de facturation, ou les premiers chiffres de son code postal (par exemple 69 ou 974)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders</source>
        <translation>Cdes en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with orders not yet prepared (draft or validated)</source>
        <translation>Seulement les clients ayant des commandes pas encore préparées (brouillon ou validée)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created from</source>
        <translation>Créé depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created until</source>
        <translation>Créé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or after this date (empty: no limit)</source>
        <translation>Créé à cette date ou après (vide : sans limite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this date (empty: no limit)</source>
        <translation>Créé à cette date ou avant (vide : sans limite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and every filter</source>
        <translation>Effacer la recherche et tous les filtres</translation>
    </message>
</context>
<context>
    <name>CustomerPickModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="+690"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred payment method</source>
        <translation>Mode de paiement privilégié</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_list.py" line="+129"/>
        <source>New order: choose the customer</source>
        <translation>Nouvelle commande : choisir le client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which customer is the order for?</source>
        <translation>Pour quel client est la commande ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, code, city, phone...</source>
        <translation>Nom, code, ville, téléphone…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_model.py" line="+528"/>
        <source>Duplicate, view, edit or delete the customer of the row</source>
        <translation>Dupliquer, visualiser, modifier ou supprimer le client de la ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Nb cdes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>Dernière cde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archived: hidden from the list by default, its history kept</source>
        <translation>Archivé : masqué de la liste par défaut, son historique est conservé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="-1070"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactif)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No address yet: add one on the Addresses tab</source>
        <translation>Aucune adresse : ajoutez-en une dans l&apos;onglet Adresses</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Le Havre</source>
        <translation>Ex. : Le Havre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crmdesk/gui/main_window.py" line="+170"/>
        <source>About crmdesk</source>
        <translation>À propos de crmdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Customers and their orders.&lt;br&gt;Database: {url}</source>
        <translation>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Les clients et leurs commandes.&lt;br&gt;Base de données : {url}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crmdesk — Customer sales</source>
        <translation>crmdesk — Ventes clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer sales</source>
        <translation>Ventes clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation>&amp;Ventes clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;customers</source>
        <translation>Afficher les c&amp;lients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;orders</source>
        <translation>Afficher les c&amp;ommandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;products</source>
        <translation>Afficher les &amp;produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About crmdesk</source>
        <translation>À &amp;propos de crmdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference lists…</source>
        <translation>Listes de &amp;référence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer (Ctrl+N)</source>
        <translation>Nouveau client (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_list.py" line="-776"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_dialog.py" line="+457"/>
        <source>As on the order: %1</source>
        <translation>Comme sur la commande : %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+237"/>
        <location line="+71"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <location line="+255"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-244"/>
        <source>VAT %1 %</source>
        <translation>TVA %1 %</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Order not saved</source>
        <translation>Commande non enregistrée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are still on screen; nothing was written. Reload to see the order as it is now (your changes will be lost).</source>
        <translation>Vos modifications sont toujours à l&apos;écran ; rien n&apos;a été enregistré. Rechargez pour voir la commande telle qu&apos;elle est maintenant (vos modifications seront perdues).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Keep my changes on screen</source>
        <translation>Garder mes modifications à l&apos;écran</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the order</source>
        <translation>Vérifiez la commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+118"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>this order</source>
        <translation>sans numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 as prepared? It can then no longer be edited.</source>
        <translation>Marquer la commande %1 comme préparée ? Elle ne pourra plus être modifiée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark order %1 as shipped? This cannot be undone.</source>
        <translation>Marquer la commande %1 comme expédiée ? Ce changement est définitif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark order %1 as delivered? The order will then be final.</source>
        <translation>Marquer la commande %1 comme livrée ? La commande sera alors définitive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? A cancelled order is final and cannot be edited.</source>
        <translation>Annuler la commande %1 ? Une commande annulée est définitive et ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t change</source>
        <translation>Ne pas changer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes made to this order?</source>
        <translation>Enregistrer les modifications de cette commande ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: this order can no longer be edited.</source>
        <translation>%1 : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only view.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO reference</source>
        <translation>Réf. commande client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Adresse de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given when saved</source>
        <translation>Attribué à l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this order (it is not prepared yet)</source>
        <translation>Modifier cette commande (elle n&apos;est pas encore préparée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validate the order (saves it first)</source>
        <translation>Valider la commande (l&apos;enregistre d&apos;abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the validated order back to draft</source>
        <translation>Remettre la commande validée en brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark prepared</source>
        <translation>Marquer préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has been prepared: it can no longer be edited</source>
        <translation>La commande a été préparée : elle ne peut plus être modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship</source>
        <translation>Expédier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The order has left the warehouse</source>
        <translation>La commande a quitté l&apos;entrepôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Marquer livrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer has received the order</source>
        <translation>Le client a reçu la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the order (final)</source>
        <translation>Annuler la commande (définitif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the order (Ctrl+S)</source>
        <translation>Enregistrer la commande (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line from the catalogue: search by reference, name or barcode (Ctrl+Shift+A)</source>
        <translation>Ajouter une ligne du catalogue : recherche par référence, désignation ou code-barres (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a free line</source>
        <translation>Ajouter une ligne libre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line that is not in the catalogue</source>
        <translation>Ajouter une ligne hors catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected lines</source>
        <translation>Retirer les lignes sélectionnées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total excl. tax</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>Total TTC</translation>
    </message>
</context>
<context>
    <name>OrderHistoryPanel</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/order_history.py" line="+322"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total excl. tax: %1 — Total incl. tax: %2</source>
        <translation>Total HT : %1 — Total TTC : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Orders of this customer</source>
        <translation>Commandes de ce client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the customer first: its orders will then be shown here.</source>
        <translation>Enregistrez d&apos;abord le client : ses commandes s&apos;afficheront ici.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an order for this customer, with its preferred payment method and addresses</source>
        <translation>Créer une commande pour ce client, avec son mode de paiement privilégié et ses adresses</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="+94"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free line (not from the catalogue)</source>
        <translation>Ligne libre (hors catalogue)</translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_list.py" line="+157"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The orders could not be read: %1</source>
        <translation>Les commandes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: order number, customer name or code, PO reference</source>
        <translation>Rechercher : n° de commande, nom ou code client, réf. commande client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (draft or validated)</source>
        <translation>En cours (brouillon ou validée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any date</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and the filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="-258"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO</source>
        <translation>Réf. cde client</translation>
    </message>
</context>
<context>
    <name>OrderTableView</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_history.py" line="-167"/>
        <source>Edit the order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>View</source>
        <translation>Visualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>View the order</source>
        <translation>Visualiser la commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+316"/>
        <source>The orders are shown once the customer is saved.</source>
        <translation>Les commandes s&apos;affichent une fois le client enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders yet.</source>
        <translation>Aucune commande pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} orders</source>
        <translation>{count} commandes</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location line="-479"/>
        <source>{label}: “{text}” is not a number.</source>
        <translation>{label} : « {text} » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="-215"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/password_dialog.py" line="+105"/>
        <source>crmdesk — Password</source>
        <translation>crmdesk — Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server %1 asks for the password of %2 (database %3).</source>
        <translation>Le serveur de base de données %1 demande le mot de passe de %2 (base %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember it in this computer&apos;s keychain</source>
        <translation>&amp;Le mémoriser dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by the system (Windows Credential Manager, macOS Keychain, Secret Service on Linux), never in crmdesk&apos;s files</source>
        <translation>Conservé par le système (Gestionnaire d’identification Windows, Trousseau macOS, Secret Service sous Linux), jamais dans les fichiers de crmdesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available on this computer: the password will be asked at each start</source>
        <translation>Aucun trousseau n’est disponible sur cet ordinateur : le mot de passe sera demandé à chaque démarrage</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/product_page.py" line="+108"/>
        <source>Type a price, e.g. 12.50.</source>
        <translation>Saisissez un prix, par exemple 12,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a VAT rate, e.g. 20 or 5.5.</source>
        <translation>Saisissez un taux de TVA, par exemple 20 ou 5,5.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAN barcode</source>
        <translation>Code-barres EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax (€)</source>
        <translation>Prix unitaire HT (€)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>8 or 13 digits (optional)</source>
        <translation>8 ou 13 chiffres (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message numerus="yes">
        <location line="+113"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: reference, name or EAN barcode</source>
        <translation>Rechercher : référence, désignation ou code-barres EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived products</source>
        <translation>Afficher les produits archivés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a product to the catalogue</source>
        <translation>Ajouter un produit au catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected product</source>
        <translation>Modifier le produit sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive: no longer offered for new orders; past orders keep it</source>
        <translation>Archiver : n&apos;est plus proposé pour les nouvelles commandes ; les commandes passées le conservent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer the product again</source>
        <translation>Proposer de nouveau le produit</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/product_picker.py" line="+94"/>
        <location line="+54"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add a product</source>
        <translation>Ajouter un produit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by reference, name or EAN barcode (a scanner works too):</source>
        <translation>Recherchez par référence, désignation ou code-barres EAN (une douchette fonctionne aussi) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, name or barcode</source>
        <translation>Référence, désignation ou code-barres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="+298"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN barcode</source>
        <translation>Code-barres EAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax</source>
        <translation>Prix unitaire HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/reference_dialog.py" line="+420"/>
        <source>Between businesses, French law caps payment terms at 60 days after the invoice, or 45 days end of month (Code de commerce, art. L441-10).</source>
        <translation>Entre professionnels, la loi plafonne les délais de paiement à 60 jours après la date de facture, ou 45 jours fin de mois (Code de commerce, art. L441-10).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New payment method</source>
        <translation>Nouveau mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit payment method</source>
        <translation>Modifier le mode de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payment terms</source>
        <translation>Nouvelle condition de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit payment terms</source>
        <translation>Modifier la condition de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New carrier</source>
        <translation>Nouveau transporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit carrier</source>
        <translation>Modifier le transporteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (French)</source>
        <translation>Libellé (français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation>Libellé (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after invoice</source>
        <translation>Jours après facture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of month</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment is due on the last day of the month in which the days run out, e.g. 30 days end of month.</source>
        <translation>Le paiement est dû le dernier jour du mois où le délai expire, par exemple 30 jours fin de mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the French label is used in English too</source>
        <translation>Facultatif : à défaut, le libellé français est aussi utilisé en anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 for payment on receipt</source>
        <translation>0 pour un paiement à réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message>
        <location line="+186"/>
        <source>The database could not complete the operation: %1</source>
        <translation>La base de données n&apos;a pas pu terminer l&apos;opération : %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+18"/>
        <location line="+73"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Deactivate it instead? It will no longer be offered for new customers and orders; those that use it keep it.</source>
        <translation>La désactiver plutôt ? Elle ne sera plus proposée pour les nouveaux clients et les nouvelles commandes ; ceux qui l&apos;utilisent la conservent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already deactivated: it is no longer offered.</source>
        <translation>Elle est déjà désactivée : elle n&apos;est plus proposée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete “%1”?</source>
        <translation>Supprimer « %1 » ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer and no order uses it. This cannot be undone.</source>
        <translation>Aucun client ni aucune commande ne l&apos;utilise. Cette suppression est définitive.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 customer</source>
        <translation>1 client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers</source>
        <translation>%1 clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order</source>
        <translation>1 commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is used by %2, so it cannot be deleted.</source>
        <translation>L&apos;entrée « %1 » est utilisée par %2 : elle ne peut pas être supprimée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reference lists</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this entry again for new customers and orders</source>
        <translation>Proposer de nouveau cette entrée pour les nouveaux clients et commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer offer this entry; customers and orders that use it keep it</source>
        <translation>Ne plus proposer cette entrée ; les clients et commandes qui l&apos;utilisent la conservent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry at the end of the list (Ins)</source>
        <translation>Ajouter une entrée en fin de liste (Inser)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry (F2)</source>
        <translation>Modifier l&apos;entrée sélectionnée (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected entry earlier in the lists (Ctrl+Up)</source>
        <translation>Afficher l&apos;entrée sélectionnée plus haut dans les listes (Ctrl+Haut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected entry later in the lists (Ctrl+Down)</source>
        <translation>Afficher l&apos;entrée sélectionnée plus bas dans les listes (Ctrl+Bas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entry if nothing uses it (Del)</source>
        <translation>Supprimer l&apos;entrée sélectionnée si rien ne l&apos;utilise (Suppr)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriers</source>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The forms offer the active entries in this order. An entry used by a customer or an order cannot be deleted: deactivate it, and those that use it keep it.</source>
        <translation>Les fiches proposent les entrées actives dans cet ordre. Une entrée utilisée par un client ou une commande ne peut pas être supprimée : désactivez-la, et ceux qui l&apos;utilisent la conservent.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <location line="+65"/>
        <source>Reference lists</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation>Modes de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carriers</source>
        <translation>Transporteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location line="-744"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (French)</source>
        <translation>Libellé (français)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label (English)</source>
        <translation>Libellé (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of month</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No English label: the French one is shown in English too.</source>
        <translation>Pas de libellé anglais : le libellé français est aussi affiché en anglais.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated: no longer offered for new customers and orders; those that use it keep it.</source>
        <translation>Désactivée : n&apos;est plus proposée pour les nouveaux clients et commandes ; ceux qui l&apos;utilisent la conservent.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Désactivée</translation>
    </message>
</context>
</TS>
