<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountingPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+351"/>
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
        <source>Masked: shown in full when editing.</source>
        <translation>Masqué : affiché en entier en modification.</translation>
    </message>
    <message>
        <location line="+36"/>
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
        <location line="+13"/>
        <source>Compute the French VAT number from the SIREN</source>
        <translation>Calculer le n° de TVA français à partir du SIREN</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="+180"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>ActivityWidget</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/activity_page.py" line="+328"/>
        <source>The figures are shown once the customer is saved.</source>
        <translation>Les chiffres s&apos;affichent une fois le client enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the figures…</source>
        <translation>Chargement des chiffres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures could not be read. Close and reopen the customer to try again.</source>
        <translation>Les chiffres n&apos;ont pas pu être lus. Fermez et rouvrez le client pour réessayer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turnover %1</source>
        <translation>CA %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No credit limit set (Accounting tab).</source>
        <translation>Aucun encours autorisé fixé (onglet Comptabilité).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit limit %1: %2 left.</source>
        <translation>Encours autorisé %1 : reste %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit limit %1: exceeded by %2.</source>
        <translation>Encours autorisé %1 : dépassé de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders over the limit: not controlled.</source>
        <translation>Commandes au-delà de l&apos;encours : pas de contrôle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders over the limit: a warning with the figures.</source>
        <translation>Commandes au-delà de l&apos;encours : avertissement chiffré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders over the limit: refused unless overridden.</source>
        <translation>Commandes au-delà de l&apos;encours : refusées sauf dérogation.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Turnover excl. tax</source>
        <translation>CA HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Turnover excl. tax per month</source>
        <translation>CA HT par mois</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turnover, last 12 months</source>
        <translation>CA des 12 derniers mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. tax, cancelled orders excluded</source>
        <translation>HT, commandes annulées exclues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated and beyond</source>
        <translation>validées et au-delà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>Panier moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. tax</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding orders</source>
        <translation>Encours commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders validated and not yet delivered nor cancelled, incl. tax</source>
        <translation>Commandes validées, ni livrées ni annulées, TTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 against %2</source>
        <translation>%1 comparé à %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No order over the period</source>
        <translation>Aucune commande sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products bought most</source>
        <translation>Produits les plus achetés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excl. tax</source>
        <translation>Montant HT</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/address_dialog.py" line="+160"/>
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
        <location filename="../../src/crmdesk/gui/customers/address_dialog.py" line="+57"/>
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
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+146"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="+14"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up to:</source>
        <translation>&amp;Sauvegarder dans :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups &amp;kept:</source>
        <translation>Sauvegardes automatiques &amp;conservées :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/backup_dialog.py" line="+73"/>
        <source>At each start, crmdesk backs up the database of its data folder into {folder}.</source>
        <translation>À chaque démarrage, crmdesk sauvegarde la base de son dossier de données dans {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="+64"/>
        <source>Back &amp;up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/backup_dialog.py" line="-4"/>
        <source>crmdesk backups (*.db *.sqlite)</source>
        <translation>Sauvegardes crmdesk (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to {path}: {c} customers, {o} orders.</source>
        <translation>Sauvegardé dans {path} : {c} clients, {o} commandes.</translation>
    </message>
</context>
<context>
    <name>BusyNotice</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/busy.py" line="+41"/>
        <source>Saving… the database is busy, please wait.</source>
        <translation>Enregistrement… la base est occupée, veuillez patienter.</translation>
    </message>
</context>
<context>
    <name>CategoryChips</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/categories.py" line="+155"/>
        <source>New category…</source>
        <translation>Nouvelle catégorie…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Name of the category (added to the list, and to this customer):</source>
        <translation>Nom de la catégorie (ajoutée à la liste, et à ce client) :</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this customer in a category, or create one</source>
        <translation>Classer ce client dans une catégorie, ou en créer une</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1 off this customer</source>
        <translation>Retirer %1 de ce client</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/company_page.py" line="+73"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be read.</source>
        <translation>Ce fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Unreadable image</source>
        <translation>Image illisible</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.ui" line="+485"/>
        <source>Print it for business customers</source>
        <translation>L&apos;imprimer pour les clients professionnels</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Legal identity</source>
        <translation>Identité légale</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Address and contact</source>
        <translation>Adresse et contact</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Payment and mentions</source>
        <translation>Paiement et mentions</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Printed on every order confirmation and delivery note, and shared by everyone who works on this database.</source>
        <translation>Imprimées sur chaque confirmation de commande et chaque bon de livraison, et partagées par tous ceux qui travaillent sur cette base.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The city of the register: RCS Lyon</source>
        <translation>La ville du registre : RCS Lyon</translation>
    </message>
    <message>
        <location line="+358"/>
        <source>e.g. none, or 1 % for payment within 8 days</source>
        <translation>ex. néant, ou 1 % pour un paiement sous 8 jours</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+80"/>
        <location line="+46"/>
        <source>Printed on documents in English; empty: the French text is printed</source>
        <translation>Imprimé sur les documents en anglais ; vide : le texte français est imprimé</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/contacts_page.py" line="+161"/>
        <source>Contact not saved</source>
        <translation>Contact non enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/contact_dialog.ui" line="+14"/>
        <source>Contact</source>
        <translation>Contact</translation>
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
    <message>
        <location filename="../../ui/contact_dialog.ui" line="+8"/>
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
        <location line="+13"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The one to call first</source>
        <translation>Celui à appeler en premier</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="-347"/>
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
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/contacts_page.py" line="-113"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main contact</source>
        <translation>Contact principal</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="-66"/>
        <source>No contact person yet: add them on the Contacts tab.</source>
        <translation>Aucun interlocuteur pour l&apos;instant : ajoutez-les dans l&apos;onglet Contacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main contact: %1</source>
        <translation>Contact principal : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contacts in all.</source>
        <translation>%1 contacts en tout.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>ContactsWidget</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/contacts_page.py" line="+281"/>
        <source>Remove the contact</source>
        <translation>Retirer le contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>Retirer %1 des contacts de ce client ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No contact yet. Click Edit to add one.</source>
        <translation>Aucun contact pour l&apos;instant. Cliquez sur Modifier pour en ajouter un.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click Edit to add or change contacts.</source>
        <translation>Cliquez sur Modifier pour ajouter ou modifier des contacts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts changed: they are written when you save the customer.</source>
        <translation>Contacts modifiés : ils seront écrits à l&apos;enregistrement du client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact yet. Contacts are saved with the customer.</source>
        <translation>Aucun contact pour l&apos;instant. Les contacts sont enregistrés avec le client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts are saved with the customer.</source>
        <translation>Les contacts sont enregistrés avec le client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a contact</source>
        <translation>Ajouter un contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make main contact</source>
        <translation>Rendre principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>CreditControlPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="-74"/>
        <source>Over the &amp;limit:</source>
        <translation>Au-delà de l&apos;&amp;encours :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No control</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn with the figures</source>
        <translation>Avertir, chiffres à l&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the order (can be overridden)</source>
        <translation>Refuser la commande (dérogation possible)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happens when an order takes the outstanding orders over the credit limit</source>
        <translation>Ce qui se passe quand une commande porte l&apos;encours commandes au-delà de l&apos;encours autorisé</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/actions.py" line="+43"/>
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
    <name>CustomerCardSettingsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/customer_card_page.py" line="+75"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Credit control</source>
        <translation>Contrôle de l&apos;encours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For new &amp;customers:</source>
        <translation>Pour les nouveaux &amp;clients :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No control</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn with the figures</source>
        <translation>Avertir, chiffres à l&apos;appui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the order (can be overridden)</source>
        <translation>Refuser la commande (dérogation possible)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens when an order takes a customer&apos;s outstanding orders over its credit limit. Each customer&apos;s own choice is on its Accounting tab.</source>
        <translation>Ce qui se passe quand une commande porte l&apos;encours commandes d&apos;un client au-delà de son encours autorisé. Le choix propre à chaque client est dans son onglet Comptabilité.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer categories</source>
        <translation>Catégories de clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+703"/>
        <source>The customer could not be saved. What you typed is kept; the details are in %1.</source>
        <translation>Le client n&apos;a pas pu être enregistré. Votre saisie est conservée ; le détail est dans %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customer saved</source>
        <translation>Client enregistré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No change to save</source>
        <translation>Aucune modification à enregistrer</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Same SIRET</source>
        <translation>Même SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another customer already has the SIRET {siret}: {names}.</source>
        <translation>Un autre client a déjà le SIRET {siret} : {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SIRET identifies one establishment. Save this customer anyway?</source>
        <translation>Un SIRET identifie un seul établissement. Enregistrer ce client quand même ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Revenir à la fiche</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This tab has values to correct.</source>
        <translation>Cet onglet contient des valeurs à corriger.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer not saved</source>
        <translation>Client non enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+311"/>
        <location filename="../../ui/customer_dialog.ui" line="+872"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="-309"/>
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
        <location line="+255"/>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <location line="-163"/>
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
        <location line="+5"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../ui/customer_dialog.ui" line="-581"/>
        <source>Contact</source>
        <translation>Informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+331"/>
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
        <source>Add an address to this customer (Ctrl+Shift+A)</source>
        <translation>Ajouter une adresse à ce client (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View only — click Edit to change this customer.</source>
        <translation>Consultation — cliquez sur Modifier pour changer la fiche.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactif)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="-943"/>
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
        <source>Title</source>
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
        <location line="+16"/>
        <source>Contact persons</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open the Contacts tab</source>
        <translation>Ouvrir l&apos;onglet Contacts</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../src/crmdesk/gui/customers/list_page.py" line="+330"/>
        <source>The reference lists could not be read: %1</source>
        <translation>Les listes de référence n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment method</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+764"/>
        <source>Payment terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="-570"/>
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
        <location line="+140"/>
        <source>Select the customer to create an order for.</source>
        <translation>Sélectionnez le client pour lequel créer une commande.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete customers</source>
        <translation>Supprimer des clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customer deleted.</source>
        <translation>Client supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers deleted.</source>
        <translation>%1 clients supprimés.</translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="-57"/>
        <location line="+62"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>This customer has 1 order</source>
        <translation>Ce client a 1 commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has %1 orders</source>
        <translation>Ce client a %1 commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2: it is kept for its history and cannot be deleted.

Archive it instead? It will be hidden from the list and can be restored.</source>
        <translation>%1

%2 : il est conservé pour son historique et ne peut pas être supprimé.

L&apos;archiver à la place ? Il sera masqué de la liste et pourra être restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 of these customers has orders</source>
        <translation>1 de ces clients a des commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of these customers have orders</source>
        <translation>%1 de ces clients ont des commandes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

%2: customers with orders are kept for their history and cannot be deleted.

Archive the selected customers instead? They will be hidden from the list and can be restored.</source>
        <translation>%1

%2 : les clients qui ont des commandes sont conservés pour leur historique et ne peuvent pas être supprimés.

Archiver plutôt les clients sélectionnés ? Ils seront masqués de la liste et pourront être restaurés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive instead of deleting</source>
        <translation>Archiver au lieu de supprimer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this customer and its addresses?

%1

You can undo it for a few seconds with “Undo” in the message bar.</source>
        <translation>Supprimer ce client et ses adresses ?

%1

Vous pourrez revenir en arrière pendant quelques secondes avec « Annuler » dans la barre de message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete these %1 customers and their addresses?

%2

You can undo it for a few seconds with “Undo” in the message bar.</source>
        <translation>Supprimer ces %1 clients et leurs adresses ?

%2

Vous pourrez revenir en arrière pendant quelques secondes avec « Annuler » dans la barre de message.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The deleted customers could not be restored.</source>
        <translation>Les clients supprimés n&apos;ont pas pu être restaurés.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Customer restored.</source>
        <translation>Client restauré.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
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
        <location line="+134"/>
        <source>Search: name, code, contact, email, phone, city, postal code, SIRET, VAT number…</source>
        <translation>Rechercher : nom, code, contact, e-mail, téléphone, ville, code postal, SIRET, n° de TVA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: name, code, contact, city, phone…</source>
        <translation>Rechercher : nom, code, contact, ville, téléphone…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search customers…</source>
        <translation>Rechercher un client…</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Over the credit limit</source>
        <translation>Encours au-delà de la limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose outstanding orders (validated, not yet delivered) exceed their credit limit</source>
        <translation>Seulement les clients dont l&apos;encours commandes (validées, pas encore livrées) dépasse l&apos;encours autorisé</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+352"/>
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
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/orders/customer_picker.py" line="+48"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New order: choose the customer</source>
        <translation>Nouvelle commande : choisir le client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which customer is the order for?</source>
        <translation>Pour quel client est la commande ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, code, city, phone...</source>
        <translation>Nom, code, ville, téléphone…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/table_model.py" line="+149"/>
        <source>Duplicate, view, edit or delete the customer of the row</source>
        <translation>Dupliquer, visualiser, modifier ou supprimer le client de la ligne</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+1"/>
        <source>Turnover 12 months</source>
        <translation>CA 12 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>Encours</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Being brought up to this month…</source>
        <translation>En cours de mise à jour pour ce mois…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the credit limit</source>
        <translation>Encours au-delà de la limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived: hidden from the list by default, its history kept</source>
        <translation>Archivé : masqué de la liste par défaut, son historique est conservé</translation>
    </message>
    <message>
        <location line="+22"/>
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
    <name>DataActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/actions.py" line="+93"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest&amp;ore…</source>
        <translation>Rest&amp;aurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers &amp;inactive for 3 years (GDPR)…</source>
        <translation>Clients &amp;inactifs depuis 3 ans (RGPD)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export personal data (GDPR)…</source>
        <translation>Exporter les données personnelles (RGPD)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase personal data (GDPR)…</source>
        <translation>Effacer les données personnelles (RGPD)…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is on a PostgreSQL server: the server&apos;s own backup (pg_dump, or your host&apos;s backups) saves and restores it. crmdesk can export the customers and the orders as spreadsheets.</source>
        <translation>Cette base est sur un serveur PostgreSQL : la sauvegarde du serveur (pg_dump, ou celle de votre hébergeur) la sauvegarde et la restaure. crmdesk peut exporter les clients et les commandes en tableur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/documents/dialog.py" line="+96"/>
        <source>Order confirmation…</source>
        <translation>Confirmation de commande…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, preview or save as PDF the order confirmation (Ctrl+P)</source>
        <translation>Imprimer, prévisualiser ou enregistrer en PDF la confirmation de commande (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note…</source>
        <translation>Bon de livraison…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print, preview or save as PDF the delivery note (prepared, shipped or delivered orders)</source>
        <translation>Imprimer, prévisualiser ou enregistrer en PDF le bon de livraison (commandes préparées, expédiées ou livrées)</translation>
    </message>
</context>
<context>
    <name>EInvoiceAddressTable</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/einvoicing.py" line="+137"/>
        <source>Form (scheme 0225)</source>
        <translation>Forme (schéma 0225)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valide du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valide jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>EInvoicingPanel</name>
    <message>
        <location line="+120"/>
        <source>Required: %1</source>
        <translation>Obligatoire : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Electronic invoicing</source>
        <translation>Facturation électronique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electronic invoicing addresses</source>
        <translation>Adresses de facturation électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/error_report.py" line="+132"/>
        <source>Something went wrong; the details are in %1.</source>
        <translation>Une erreur inattendue s&apos;est produite ; le détail est dans %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+14"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+74"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+13"/>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As &amp;shown: search, filters, visible columns and sort of the list</source>
        <translation>&amp;Comme affichée : recherche, filtres, colonnes visibles et tri de la liste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Every column (to import back or into another tool)</source>
        <translation>&amp;Toutes les colonnes (pour réimporter ou pour un autre logiciel)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+1"/>
        <source>CSV for a French spreadsheet (UTF-8, separator ;)</source>
        <translation>CSV pour un tableur français (UTF-8, séparateur ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, separator , (UTF-8)</source>
        <translation>CSV, séparateur , (UTF-8)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+13"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+16"/>
        <source>customers</source>
        <translation>clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders</source>
        <translation>commandes</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+10"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+25"/>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} rows written to {path}.</source>
        <translation>{n} lignes écrites dans {path}.</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/job_panel.py" line="+75"/>
        <source>Choose a file in an existing folder.</source>
        <translation>Choisissez un fichier dans un dossier existant.</translation>
    </message>
</context>
<context>
    <name>GdprRequests</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/gdpr.py" line="+72"/>
        <source>Export the customer&apos;s personal data</source>
        <translation>Exporter les données personnelles du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personal-data-{code}.zip</source>
        <translation>donnees-personnelles-{code}.zip</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write {path}.</source>
        <translation>Impossible d&apos;écrire {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything crmdesk holds about this customer is in {path} (JSON and CSV).</source>
        <translation>Tout ce que crmdesk détient sur ce client est dans {path} (JSON et CSV).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has {n} orders, which must be kept (accounting documents, 10 years). Its personal data will be pseudonymised: name, contact details, bank details, notes, contacts and street addresses. This cannot be undone.</source>
        <translation>{name} a {n} commandes, qui doivent être conservées (pièces comptables, 10 ans). Ses données personnelles seront pseudonymisées : nom, coordonnées, coordonnées bancaires, notes, contacts et adresses postales. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no order: the customer and all its data will be deleted. This cannot be undone.</source>
        <translation>{name} n&apos;a aucune commande : le client et toutes ses données seront supprimés. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Erase</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export the personal data…</source>
        <translation>&amp;Exporter les données personnelles…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;rase the personal data…</source>
        <translation>E&amp;ffacer les données personnelles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data of this customer: export (access) or erasure</source>
        <translation>Données personnelles de ce client : export (droit d&apos;accès) ou effacement</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/history_page.py" line="+75"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not saved yet)</source>
        <translation>(pas encore enregistrée)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bank details changed</source>
        <translation>Coordonnées bancaires modifiées</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="+138"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/history_page.py" line="+185"/>
        <source>The history starts once the customer is saved.</source>
        <translation>L&apos;historique commence une fois le client enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry matches the filter.</source>
        <translation>Aucune entrée ne correspond au filtre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change, newest first: when, who, what. Bank details changes are highlighted. Entries cannot be changed or removed.</source>
        <translation>Chaque modification, la plus récente en premier : quand, qui, quoi. Les changements de coordonnées bancaires sont mis en évidence. Les entrées ne peuvent être ni modifiées ni supprimées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field, value or person</source>
        <translation>Champ, valeur ou personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translation>Adresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+59"/>
        <source>A note on a call, a meeting, an email… (Ctrl+Enter adds it)</source>
        <translation>Une note sur un appel, un rendez-vous, un e-mail… (Ctrl+Entrée l&apos;ajoute)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Click Edit to add a note.</source>
        <translation>Cliquez sur Modifier pour ajouter une note.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>New notes are written when you save the customer.</source>
        <translation>Les nouvelles notes seront écrites à l&apos;enregistrement du client.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add the note</source>
        <translation>Ajouter la note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+14"/>
        <source>Import customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format:</source>
        <translation>Format :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+116"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="-40"/>
        <source>A CSV, XLSX or ODS file with the column names on its first line</source>
        <translation>Un fichier CSV, XLSX ou ODS dont la première ligne nomme les colonnes</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Column of the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crmdesk field</source>
        <translation>Champ crmdesk</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preview as stored</source>
        <translation>Aperçu tel qu&apos;enregistré</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Recognise existing customers by:</source>
        <translation>&amp;Reconnaître les clients existants par :</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;Tout ou rien : importer seulement si toutes les lignes sont valides</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the &amp;valid rows only, and write the rejected ones to a file:</source>
        <translation>Importer les lignes &amp;valides seulement, et écrire les lignes rejetées dans un fichier :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected rows:</source>
        <translation>Lignes rejetées :</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+182"/>
        <location filename="../../ui/import_dialog.ui" line="+75"/>
        <location line="+37"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="-32"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same</source>
        <translation>Même</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Existing customer</source>
        <translation>Client existant</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+0"/>
        <location filename="../../ui/import_dialog.ui" line="-68"/>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+37"/>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Create them</source>
        <translation>&amp;Les créer</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="-166"/>
        <source>1. Choose the file</source>
        <translation>1. Choisir le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Match the columns</source>
        <translation>2. Associer les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Check and import</source>
        <translation>3. Vérifier et importer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check &gt;</source>
        <translation>&amp;Vérifier &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/import_dialog.ui" line="-10"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+17"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+20"/>
        <source>Match at least one column to a field.</source>
        <translation>Associez au moins une colonne à un champ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the file for the rejected rows.</source>
        <translation>Indiquez le fichier des lignes rejetées.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Tables (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Tableaux (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>Le fichier est vide : sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV text</source>
        <translation>Texte CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>Classeur OpenDocument (ODS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-rejected</source>
        <translation>-rejets</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check of {rows} rows: {c} to create, {u} to update, {n} unchanged, {r} rejected.</source>
        <translation>Vérification de {rows} lignes : {c} à créer, {u} à modifier, {n} inchangés, {r} rejetés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rejected rows (or choose to import the valid rows only) to import.</source>
        <translation>Corrigez les lignes rejetées (ou choisissez d&apos;importer les lignes valides seulement) pour importer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: {summary}.</source>
        <translation>Importé : {summary}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rejected rows are in {path}.</source>
        <translation>Les lignes rejetées sont dans {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {summary}.</source>
        <translation>Rien n&apos;a été importé : {summary}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} problems, the first {m} shown.)</source>
        <translation>({n} problèmes, les {m} premiers affichés.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems ({n})</source>
        <translation>Problèmes ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates ({n})</source>
        <translation>Doublons possibles ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the lists yet: {names}</source>
        <translation>Absents des listes : {names}</translation>
    </message>
</context>
<context>
    <name>InactiveCustomersDialog</name>
    <message>
        <location filename="../../ui/inactive_customers_dialog.ui" line="+14"/>
        <source>Customers inactive for more than 3 years</source>
        <translation>Clients inactifs depuis plus de 3 ans</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CNIL recommends keeping a customer&apos;s data no longer than 3 years after the last contact. Pseudonymising keeps the orders and their amounts (kept 10 years for accounting) and removes the personal data.</source>
        <translation>La CNIL recommande de ne pas conserver les données d&apos;un client plus de 3 ans après le dernier contact. La pseudonymisation garde les commandes et leurs montants (conservés 10 ans pour la comptabilité) et retire les données personnelles.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/gdpr.py" line="+108"/>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the inactive customers…</source>
        <translation>Lecture des clients inactifs…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No customer has been inactive for more than 3 years.</source>
        <translation>Aucun client n&apos;est inactif depuis plus de 3 ans.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {n} oldest of the {total} inactive customers are listed; the next ones are listed once these are pseudonymised.</source>
        <translation>Les {n} plus anciens des {total} clients inactifs sont listés ; les suivants le seront une fois ceux-ci pseudonymisés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} customers inactive for more than 3 years.</source>
        <translation>{n} clients inactifs depuis plus de 3 ans.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Pseudonymise the {n} selected customers…</source>
        <translation>&amp;Pseudonymiser les {n} clients sélectionnés…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise these {n} customers…</source>
        <translation>&amp;Pseudonymiser ces {n} clients…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonymise {n} customers? Their names, contact details, bank details, notes, contacts and street addresses are removed for good; their orders are kept.</source>
        <translation>Pseudonymiser {n} clients ? Leurs noms, coordonnées, coordonnées bancaires, notes, contacts et adresses postales seront supprimés définitivement ; leurs commandes sont conservées.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pseudonymising {n} customers…</source>
        <translation>Pseudonymisation de {n} clients…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped after {handled} of {total} customers: {error} Those handled before stay pseudonymised.</source>
        <translation>Arrêté après {handled} clients sur {total} : {error} Ceux traités avant restent pseudonymisés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {done} customers pseudonymised (they stay so); the other {left} are unchanged.</source>
        <translation>Annulé : {done} clients pseudonymisés (ils le restent) ; les {left} autres sont inchangés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} customers pseudonymised.</source>
        <translation>{done} clients pseudonymisés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} skipped: they have ordered or were pseudonymised meanwhile.</source>
        <translation>{n} ignorés : ils ont commandé ou ont été pseudonymisés entre-temps.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+16"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Pseudonymiser</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/job_panel.py" line="+57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/language_page.py" line="+113"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered for the next starts. “crmdesk --lang fr” or “--lang en” still chooses for one run.</source>
        <translation>Retenue pour les prochains démarrages. « crmdesk --lang fr » ou « --lang en » choisit encore pour une seule session.</translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="-1196"/>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactif)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No address yet</source>
        <translation>Aucune adresse pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../../src/crmdesk/gui/main_window.py" line="+208"/>
        <source>About crmdesk</source>
        <translation>À propos de crmdesk</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Customers and their orders.&lt;br&gt;Database: {url}</source>
        <translation>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Les clients et leurs commandes.&lt;br&gt;Base de données : {url}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer sales</source>
        <translation>Ventes clients</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
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
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
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
        <location filename="../../src/crmdesk/gui/customers/list_page.py" line="-948"/>
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
        <location filename="../../src/crmdesk/gui/orders/dialog.py" line="+397"/>
        <source>As on the order: %1</source>
        <translation>Comme sur la commande : %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+9"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+308"/>
        <location line="+72"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="-685"/>
        <source>Your changes are not saved yet: the document shows the order as last saved.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : le document montre la commande telle qu&apos;enregistrée en dernier.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>No address on the order</source>
        <translation>Aucune adresse sur la commande</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>No address</source>
        <translation>Aucune adresse</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <location line="+322"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>VAT %1 %</source>
        <translation>TVA %1 %</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Order %1 saved</source>
        <translation>Commande %1 enregistrée</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+99"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Keep my changes on screen</source>
        <translation>Garder mes modifications à l&apos;écran</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the order</source>
        <translation>Vérifiez la commande</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+159"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="-128"/>
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
        <location line="+11"/>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Don&apos;t change</source>
        <translation>Ne pas changer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status not changed</source>
        <translation>Statut non modifié</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+17"/>
        <source>New order</source>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this order can no longer be edited.</source>
        <translation>%1 : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only view.</source>
        <translation>Lecture seule.</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>OrderHistoryDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/history_page.py" line="+30"/>
        <source>History of order %1</source>
        <translation>Historique de la commande %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>OrderHistoryPanel</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/orders/history.py" line="+390"/>
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
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+133"/>
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
        <location line="+21"/>
        <source>Correct the line to see its total</source>
        <translation>Corrigez la ligne pour voir son total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free line (not from the catalogue)</source>
        <translation>Ligne libre (hors catalogue)</translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/list_page.py" line="+231"/>
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
        <location filename="../../src/crmdesk/gui/orders/models.py" line="-323"/>
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
        <location filename="../../src/crmdesk/gui/orders/history.py" line="-203"/>
        <source>Edit the order</source>
        <translation>Modifier la commande</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+329"/>
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
        <location line="-557"/>
        <source>{label}: {text} does not exist; type the date again.</source>
        <translation>{label} : le {text} n&apos;existe pas ; saisissez de nouveau la date.</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/paged_model.py" line="+555"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.ui" line="+20"/>
        <source>crmdesk — Password</source>
        <translation>crmdesk — Mot de passe</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/connection/password_dialog.py" line="+93"/>
        <source>The database server %1 asks for the password of %2 (database %3).</source>
        <translation>Le serveur de base de données %1 demande le mot de passe de %2 (base %3).</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="+15"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember it in this computer&apos;s keychain</source>
        <translation>&amp;Le mémoriser dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No system keychain is available on this computer, so the password cannot be remembered (crmdesk never writes it to a file): it will be asked at each start.</source>
        <translation>Aucun trousseau système n&apos;est disponible sur cet ordinateur : le mot de passe ne peut pas être mémorisé (crmdesk ne l&apos;écrit jamais dans un fichier) et sera demandé à chaque démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/connection/password_dialog.py" line="+3"/>
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
    <name>PickerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/picker.py" line="+203"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
</context>
<context>
    <name>PrintDocumentDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/documents/dialog.py" line="+95"/>
        <source>Reading the orders…</source>
        <translation>Lecture des commandes…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The orders could not be read.</source>
        <translation>Les commandes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The document could not be printed.</source>
        <translation>Le document n&apos;a pas pu être imprimé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder for the PDF files</source>
        <translation>Dossier des fichiers PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF could not be written there (folder read-only or disk full?).</source>
        <translation>Le PDF n&apos;a pas pu être écrit à cet endroit (dossier en lecture seule ou disque plein ?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n PDF file(s) saved.</source>
        <translation>
            <numerusform>%n fichier PDF enregistré.</numerusform>
            <numerusform>%n fichiers PDF enregistrés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) selected.</source>
        <translation>
            <numerusform>%n commande sélectionnée.</numerusform>
            <numerusform>%n commandes sélectionnées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmation</source>
        <translation>Confirmation de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note</source>
        <translation>Bon de livraison</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s language</source>
        <translation>La langue du client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../ui/print_document_dialog.ui" line="+6"/>
        <source>Print documents</source>
        <translation>Imprimer des documents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One PDF with every order</source>
        <translation>Un seul PDF pour toutes les commandes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One PDF file per order</source>
        <translation>Un fichier PDF par commande</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/catalog/product_dialog.py" line="+84"/>
        <source>Type a price, e.g. 12.50.</source>
        <translation>Saisissez un prix, par exemple 12,50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a VAT rate, e.g. 20 or 5.5.</source>
        <translation>Saisissez un taux de TVA, par exemple 20 ou 5,5.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../ui/product_dialog.ui" line="+14"/>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation>Modifier le produit</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="+8"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EAN barcode</source>
        <translation>Code-barres EAN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unit price excl. tax (€)</source>
        <translation>Prix unitaire HT (€)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>VAT rate (%)</source>
        <translation>Taux de TVA (%)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goods</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>8 or 13 digits (optional)</source>
        <translation>8 ou 13 chiffres (facultatif)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/catalog/product_dialog.py" line="+1"/>
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
        <location filename="../../src/crmdesk/gui/catalog/product_page.py" line="+121"/>
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
        <location filename="../../src/crmdesk/gui/catalog/product_picker.py" line="+52"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+0"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+97"/>
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
        <location filename="../../src/crmdesk/gui/reference/dialog.py" line="+367"/>
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
        <location filename="../../ui/reference_entry_dialog.ui" line="+47"/>
        <source>Label (French)</source>
        <translation>Libellé (français)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reference_entry_dialog.ui" line="+20"/>
        <source>Label (English)</source>
        <translation>Libellé (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reference_entry_dialog.ui" line="-50"/>
        <source>Days after invoice</source>
        <translation>Jours après facture</translation>
    </message>
    <message>
        <location filename="../../ui/reference_entry_dialog.ui" line="+23"/>
        <source>End of month</source>
        <translation>Fin de mois</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The payment is due on the last day of the month in which the days run out, e.g. 30 days end of month.</source>
        <translation>Le paiement est dû le dernier jour du mois où le délai expire, par exemple 30 jours fin de mois.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Optional: the French label is used in English too</source>
        <translation>Facultatif : à défaut, le libellé français est aussi utilisé en anglais</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>0 for payment on receipt</source>
        <translation>0 pour un paiement à réception</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/reference/dialog.py" line="+4"/>
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
        <location line="+193"/>
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
        <location filename="../../ui/reference_lists_dialog.ui" line="+6"/>
        <source>Reference lists</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/reference/dialog.py" line="+61"/>
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
        <location line="-706"/>
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
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="+14"/>
        <source>Restore the database</source>
        <translation>Restaurer la base</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Fichier de sauvegarde :</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Replace the current database by this backup (a copy of the current one is kept)</source>
        <translation>&amp;Remplacer la base actuelle par cette sauvegarde (une copie de la base actuelle est conservée)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/backup_dialog.py" line="+38"/>
        <source>crmdesk backups (*.db *.sqlite)</source>
        <translation>Sauvegardes crmdesk (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A sound crmdesk database: {c} customers, {o} orders ({size} MB).</source>
        <translation>Une base crmdesk saine : {c} clients, {o} commandes ({size} Mo).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored. The replaced database is kept in {path}.</source>
        <translation>Restauré. La base remplacée est conservée dans {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/dialog.py" line="+102"/>
        <location filename="../../ui/settings_dialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SummaryBand</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/activity_page.py" line="-279"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Turnover 12 months: %1</source>
        <translation>CA 12 mois : %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Outstanding orders: %1</source>
        <translation>Encours commandes : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outstanding orders: %1 of %2</source>
        <translation>Encours commandes : %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outstanding orders: %1 (no limit)</source>
        <translation>Encours commandes : %1 (pas de limite)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders validated and not yet delivered nor cancelled, incl. tax</source>
        <translation>Commandes validées, ni livrées ni annulées, TTC</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order: %1</source>
        <translation>Dernière commande : %1</translation>
    </message>
</context>
<context>
    <name>TurnoverRoll</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/turnover_roll.py" line="+121"/>
        <source>Updating the 12-month turnover…</source>
        <translation>Mise à jour du CA 12 mois…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month changed: the customers&apos; 12-month turnover is being brought up to date. You can work meanwhile.</source>
        <translation>Le mois a changé : le CA 12 mois des clients est en cours de mise à jour. Vous pouvez travailler pendant ce temps.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>12-month turnover updated</source>
        <translation>CA 12 mois mis à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 12-month turnover could not be updated: %1</source>
        <translation>Le CA 12 mois n&apos;a pas pu être mis à jour : %1</translation>
    </message>
</context>
<context>
    <name>UnencryptedBadge</name>
    <message>
        <location filename="../../src/crmdesk/gui/connection/security.py" line="+22"/>
        <source>Connection not encrypted</source>
        <translation>Connexion non chiffrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data travels in clear text between this computer and the database server. Ask for TLS on the server and put sslmode=verify-full in the database address.</source>
        <translation>Les données circulent en clair entre cet ordinateur et le serveur de base de données. Demandez le chiffrement TLS sur le serveur et mettez sslmode=verify-full dans l&apos;adresse de la base.</translation>
    </message>
</context>
<context>
    <name>_Reporter</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/error_report.py" line="-45"/>
        <source>crmdesk</source>
        <translation>crmdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something went wrong; what you were doing may not have been saved. The details are in %1.</source>
        <translation>Une erreur inattendue s&apos;est produite ; ce que vous faisiez n&apos;a peut-être pas été enregistré. Le détail est dans %1.</translation>
    </message>
</context>
<context>
    <name>cli.data_commands</name>
    <message>
        <location filename="../../src/crmdesk/cli/data_commands.py" line="+82"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} rows written to {path}</source>
        <translation>{n} lignes écrites dans {path}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>line {line}</source>
        <translation>ligne {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>... and {n} more problems</source>
        <translation>... et {n} autres problèmes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{summary} (dry run: nothing written)</source>
        <translation>{summary} (essai : rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was imported: fix the rejected rows or use --valid-only</source>
        <translation>rien n&apos;a été importé : corrigez les lignes rejetées ou utilisez --valid-only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to {path} ({c} customers, {o} orders)</source>
        <translation>Sauvegarde écrite dans {path} ({c} clients, {o} commandes)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restore replaces the database: confirm with --yes</source>
        <translation>la restauration remplace la base : confirmez avec --yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database by {path} ({c} customers, {o} orders)? [y/N] </source>
        <translation>Remplacer la base par {path} ({c} clients, {o} commandes) ? [o/N] </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored from {path}; the replaced database is kept in {kept}</source>
        <translation>Restauré depuis {path} ; la base remplacée est conservée dans {kept}</translation>
    </message>
</context>
<context>
    <name>cli.print_command</name>
    <message>
        <location filename="../../src/crmdesk/cli/print_command.py" line="+34"/>
        <source>cannot write {file}: no such folder.</source>
        <translation>impossible d&apos;écrire {file} : dossier introuvable.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>impossible d&apos;écrire {file} : {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {title} {number}, {n} page(s)</source>
        <translation>{file} : {title} {number}, {n} page(s)</translation>
    </message>
</context>
<context>
    <name>domain.catalog</name>
    <message>
        <location filename="../../src/crmdesk/domain/catalog.py" line="+34"/>
        <source>{label} is required.</source>
        <translation>{label} est obligatoire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EAN barcode {v} is not valid (8 or 13 digits with their check digit).</source>
        <translation>Le code EAN {v} n&apos;est pas valide (8 ou 13 chiffres avec la clé).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose goods or service.</source>
        <translation>Choisissez bien ou service.</translation>
    </message>
</context>
<context>
    <name>domain.company</name>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="+130"/>
        <source>The logo is too large ({size} KB): 2 MB at most.</source>
        <translation>Le logo est trop lourd ({size} Ko) : 2 Mo au maximum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>Le logo doit être une image PNG ou SVG.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The company name is required.</source>
        <translation>La raison sociale est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share capital cannot be negative.</source>
        <translation>Le capital social ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register: RCS or RM.</source>
        <translation>Registre : RCS ou RM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the company is registered (RCS Lyon): documents must state it.</source>
        <translation>Indiquez la ville d&apos;immatriculation (RCS Lyon) : les documents doivent la mentionner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This VAT number is not the one of SIREN {siren} ({vat}).</source>
        <translation>Ce n° de TVA n&apos;est pas celui du SIREN {siren} ({vat}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The penalty rate must be between 0 and 100 %.</source>
        <translation>Le taux de pénalité doit être compris entre 0 et 100 %.</translation>
    </message>
</context>
<context>
    <name>domain.contacts</name>
    <message>
        <location filename="../../src/crmdesk/domain/contacts.py" line="+27"/>
        <source>Management</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing</source>
        <translation>Achats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting</source>
        <translation>Comptabilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a civility from the list.</source>
        <translation>Choisissez une civilité de la liste.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a role from the list.</source>
        <translation>Choisissez un rôle de la liste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the contact&apos;s first or last name.</source>
        <translation>Saisissez le prénom ou le nom du contact.</translation>
    </message>
</context>
<context>
    <name>domain.credit</name>
    <message>
        <location filename="../../src/crmdesk/domain/credit.py" line="+38"/>
        <source>No control</source>
        <translation>Aucun contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>Avertir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Bloquer</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Outstanding orders {outstanding} + this order {amount} = {after}, over the credit limit of {limit} by {excess}.</source>
        <translation>Encours commandes {outstanding} + cette commande {amount} = {after}, au-delà de l&apos;encours autorisé de {limit} de {excess}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credit limit of {name} exceeded: the order is refused.</source>
        <translation>Encours autorisé de {name} dépassé : la commande est refusée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit limit of {name} exceeded.</source>
        <translation>Encours autorisé de {name} dépassé.</translation>
    </message>
</context>
<context>
    <name>domain.einvoicing</name>
    <message>
        <location filename="../../src/crmdesk/domain/einvoicing.py" line="+43"/>
        <source>Not specified</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French business</source>
        <translation>Entreprise française</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU business</source>
        <translation>Entreprise de l&apos;UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business outside the EU</source>
        <translation>Entreprise hors UE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public entity (Chorus Pro)</source>
        <translation>Entité publique (Chorus Pro)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN_SIRET</source>
        <translation>SIREN_SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN_SIRET_routing code</source>
        <translation>SIREN_SIRET_code routage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN_suffix</source>
        <translation>SIREN_suffixe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a customer category.</source>
        <translation>Choisissez une catégorie de client.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company cannot be in the category private individual.</source>
        <translation>Une société ne peut pas être dans la catégorie particulier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An individual is in the category private individual.</source>
        <translation>Un particulier est dans la catégorie particulier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A French business needs its SIREN (9 digits).</source>
        <translation>Une entreprise française doit avoir son SIREN (9 chiffres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EU business needs its intra-EU VAT number.</source>
        <translation>Une entreprise de l&apos;UE doit avoir son n° de TVA intracommunautaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A public entity needs the SIRET Chorus Pro knows it by (14 digits).</source>
        <translation>Une entité publique doit avoir le SIRET sous lequel Chorus Pro la connaît (14 chiffres).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A public entity needs its Chorus Pro service code.</source>
        <translation>Une entité publique doit avoir son code service Chorus Pro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A French VAT number: this customer is a French business, not an EU business.</source>
        <translation>N° de TVA français : ce client est une entreprise française, pas une entreprise de l&apos;UE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chorus Pro service code {value}: letters, digits, hyphens and dots only (100 at most).</source>
        <translation>Code service Chorus Pro {value} : lettres, chiffres, tirets et points uniquement (100 au plus).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E-invoicing address {value}: {reason}</source>
        <translation>Adresse de facturation électronique {value} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown scheme {s} (0225: French directory).</source>
        <translation>schéma {s} inconnu (0225 : annuaire français).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose its form.</source>
        <translation>choisissez sa forme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-invoicing address has no identifier: type it or remove the row.</source>
        <translation>Une adresse de facturation électronique n&apos;a pas d&apos;identifiant : saisissez-le ou supprimez la ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {n} characters.</source>
        <translation>{n} caractères au maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected the form {form}, e.g. {example}.</source>
        <translation>la forme {form} est attendue, ex. {example}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the SIRET must start with the SIREN {siren}.</source>
        <translation>le SIRET doit commencer par le SIREN {siren}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last part has letters, digits, hyphens and dots only.</source>
        <translation>la dernière partie ne contient que lettres, chiffres, tirets et points.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must start with the customer&apos;s SIREN {siren}.</source>
        <translation>elle doit commencer par le SIREN du client {siren}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its end of validity comes before its start.</source>
        <translation>sa fin de validité précède son début.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>E-invoicing address {value} is listed twice.</source>
        <translation>L&apos;adresse de facturation électronique {value} figure deux fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one e-invoicing address can be the default.</source>
        <translation>Une seule adresse de facturation électronique peut être celle par défaut.</translation>
    </message>
</context>
<context>
    <name>domain.enums</name>
    <message>
        <location filename="../../src/crmdesk/domain/enums.py" line="+17"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing and delivery</source>
        <translation>Facturation et livraison</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-EU</source>
        <translation>Intracommunautaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT exempt</source>
        <translation>Exonéré de TVA</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message>
        <location filename="../../src/crmdesk/domain/errors.py" line="+103"/>
        <source>no such file or folder</source>
        <translation>aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of the path is not a folder</source>
        <translation>une partie du chemin n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access refused (read-only, or open in another program?)</source>
        <translation>accès refusé (lecture seule, ou ouvert dans un autre programme ?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system refused it</source>
        <translation>le système l&apos;a refusé</translation>
    </message>
</context>
<context>
    <name>domain.history</name>
    <message>
        <location filename="../../src/crmdesk/domain/history.py" line="+27"/>
        <location line="+67"/>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>Meeting</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main contact</source>
        <translation>Contact principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default billing address</source>
        <translation>Adresse de facturation par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default delivery address</source>
        <translation>Adresse de livraison par défaut</translation>
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
        <source>Order date</source>
        <translation>Date de commande</translation>
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
        <source>Preferred payment method</source>
        <translation>Mode de paiement privilégié</translation>
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
        <source>Default carrier</source>
        <translation>Transporteur par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Encours autorisé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymised (GDPR)</source>
        <translation>Pseudonymisé (RGPD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: credit limit</source>
        <translation>Refusée : encours dépassé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit overridden</source>
        <translation>Encours dépassé : forcé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the credit limit, confirmed</source>
        <translation>Encours dépassé : confirmé</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>domain.numbers</name>
    <message>
        <location filename="../../src/crmdesk/domain/numbers.py" line="+52"/>
        <source>“{text}” is not a number: {reason}</source>
        <translation>« {text} » n&apos;est pas un nombre : {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>there are no digits.</source>
        <translation>il n&apos;y a pas de chiffres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one sign at most, before the digits.</source>
        <translation>un seul signe au plus, avant les chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only digits, a decimal separator and spaces between thousands are allowed (e.g. 1 234.5).</source>
        <translation>seuls les chiffres, un séparateur décimal et des espaces entre les milliers sont admis (ex. 1 234,5).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has several separators; write one decimal separator and group thousands with spaces (e.g. 1 234.5).</source>
        <translation>il contient plusieurs séparateurs ; n&apos;en écrivez qu&apos;un pour les décimales et séparez les milliers par des espaces (ex. 1 234,5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spaces group the thousands of the whole part only.</source>
        <translation>les espaces ne séparent que les milliers de la partie entière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spaces must separate groups of three digits (e.g. 12 500).</source>
        <translation>les espaces doivent séparer des groupes de trois chiffres (ex. 12 500).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>digits are missing around the separator.</source>
        <translation>il manque des chiffres autour du séparateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable.</source>
        <translation>illisible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” has more than {n} decimals.</source>
        <translation>« {text} » a plus de {n} décimales.</translation>
    </message>
</context>
<context>
    <name>domain.orders</name>
    <message>
        <location filename="../../src/crmdesk/domain/orders.py" line="+47"/>
        <source>Order cancelled</source>
        <translation>Commande annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order already prepared</source>
        <translation>Commande déjà préparée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order can no longer be changed: {reason}.</source>
        <translation>Cette commande ne peut plus être modifiée : {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number} can no longer be changed: {reason}.</source>
        <translation>La commande {number} ne peut plus être modifiée : {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An order that is {current} cannot become {target}.</source>
        <translation>Une commande « {current} » ne peut pas passer à « {target} ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no line</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no delivery address</source>
        <translation>aucune adresse de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} cannot be validated: {missing}. Add the lines and the address first.</source>
        <translation>La commande {number} ne peut pas être validée : {missing}. Ajoutez d&apos;abord les lignes et l&apos;adresse.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity</source>
        <translation>La quantité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit price</source>
        <translation>Le prix unitaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount</source>
        <translation>La remise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VAT rate</source>
        <translation>Le taux de TVA</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label}: type a number.</source>
        <translation>{label} : saisissez un nombre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} must be more than zero.</source>
        <translation>{subject} doit être supérieur{e} à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} must be between 0 and 100 %.</source>
        <translation>{subject} doit être compris{e} entre 0 et 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} cannot be negative.</source>
        <translation>{subject} ne peut pas être négati{f}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} cannot exceed {max_en}.</source>
        <translation>{subject} ne peut pas dépasser {max_fr}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: at most {n} decimals.</source>
        <translation>{label} : {n} décimales au maximum.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The order&apos;s total is too large to be stored; check the quantities and prices.</source>
        <translation>Le total de la commande est trop élevé pour être enregistré ; vérifiez les quantités et les prix.</translation>
    </message>
</context>
<context>
    <name>domain.reference</name>
    <message>
        <location filename="../../src/crmdesk/domain/reference.py" line="+84"/>
        <source>“{label}” is already in the list.</source>
        <translation>« {label} » figure déjà dans la liste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}” is already in the list, deactivated: reactivate it instead.</source>
        <translation>« {label} » figure déjà dans la liste parmi les entrées désactivées : réactivez-la plutôt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The label is required.</source>
        <translation>Le libellé est obligatoire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the number of days (0 for payment on receipt).</source>
        <translation>Saisissez le nombre de jours (0 pour un paiement à réception).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days must be between 0 and {n}.</source>
        <translation>Le nombre de jours doit être compris entre 0 et {n}.</translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <location filename="../../src/crmdesk/domain/text.py" line="+41"/>
        <source>{code} (half of a character pair)</source>
        <translation>{code} (moitié d&apos;une paire de caractères)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line break</source>
        <translation>un retour à la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>une tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} (control character)</source>
        <translation>{code} (caractère de contrôle)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: contains an invisible character that cannot be stored ({char}), probably pasted; remove it and save again.</source>
        <translation>{label} : contient un caractère invisible qui ne peut pas être enregistré ({char}), sans doute collé ; supprimez-le et enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../../src/crmdesk/domain/validation.py" line="+60"/>
        <source>wrong number of characters</source>
        <translation>nombre de caractères incorrect</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the check digits do not match (typing error?)</source>
        <translation>la clé de contrôle ne correspond pas (faute de frappe ?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected characters</source>
        <translation>caractères inattendus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown country or bank code</source>
        <translation>code pays ou banque inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label}: at most {n} characters ({count} typed).</source>
        <translation>{label} : {n} caractères au maximum ({count} saisis).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SIREN {value}: {reason}. A SIREN has 9 digits.</source>
        <translation>SIREN {value} : {reason}. Un SIREN compte 9 chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET {value}: {reason}. A SIRET has 14 digits.</source>
        <translation>SIRET {value} : {reason}. Un SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number {value}: {reason}. Example: FR40303265045.</source>
        <translation>N° de TVA {value} : {reason}. Exemple : FR40303265045.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN: {reason}. Example: FR76 3000 6000 0112 3456 7890 189.</source>
        <translation>IBAN : {reason}. Exemple : FR76 3000 6000 0112 3456 7890 189.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC {value}: {reason}. A BIC has 8 or 11 characters, e.g. BNPAFRPP.</source>
        <translation>BIC {value} : {reason}. Un BIC compte 8 ou 11 caractères, ex. BNPAFRPP.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Email address {value} is not valid: {reason}</source>
        <translation>L&apos;adresse e-mail {value} n&apos;est pas valide{reason} (exemple : nom@domaine.fr).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{label}: {value} is not a valid phone number. Example: 01 23 45 67 89 or +44 20 7946 0958.</source>
        <translation>{label} : le numéro {value} n&apos;est pas valide. Exemple : 01 23 45 67 89 ou +44 20 7946 0958.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The postal code is required.</source>
        <translation>Le code postal est obligatoire.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postal code {value}: this is an INSEE commune code; Corsican postal codes start with 20, e.g. 20000.</source>
        <translation>Code postal {value} : c&apos;est un code commune INSEE ; les codes postaux corses commencent par 20, ex. 20000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code {value}: expected {expected}.</source>
        <translation>Code postal {value} : il faut {attendu}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NAF/APE code {value}: expected 4 digits and a letter, e.g. 62.01Z.</source>
        <translation>Code NAF/APE {value} : 4 chiffres et une lettre attendus, ex. 62.01Z.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Website {value}: expected an address such as www.example.fr.</source>
        <translation>Site web {value} : une adresse comme www.exemple.fr est attendue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a country.</source>
        <translation>Choisissez un pays.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} cannot exceed {max}.</source>
        <translation>{label} ne peut pas dépasser {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: at most 2 decimals.</source>
        <translation>{label} : 2 décimales au maximum.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the kind of customer: company or individual.</source>
        <translation>Choisissez le type de client : société ou particulier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is required (first and last name).</source>
        <translation>Le nom est obligatoire (prénom et nom).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code is required.</source>
        <translation>Le code est obligatoire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SIRET must start with the SIREN {siren}.</source>
        <translation>Le SIRET doit commencer par le SIREN {siren}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a VAT regime.</source>
        <translation>Choisissez un régime de TVA.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label}: {value} is not one of {choices}.</source>
        <translation>{label} : {value} n&apos;est pas dans la liste ({choices}).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a usage.</source>
        <translation>Choisissez un usage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The street is required.</source>
        <translation>L&apos;adresse est obligatoire.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The city is required.</source>
        <translation>La ville est obligatoire.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="-137"/>
        <source>Company name</source>
        <translation>Raison sociale</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/crmdesk/domain/fields.py" line="+29"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share capital</source>
        <translation>Capital social</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="+16"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="+2"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register city</source>
        <translation>Ville d&apos;immatriculation</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="+2"/>
        <source>VAT number</source>
        <translation>N° de TVA intracommunautaire</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street (line 2)</source>
        <translation>Complément d&apos;adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="+10"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="+15"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="+3"/>
        <source>Default payment terms</source>
        <translation>Conditions de paiement par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late-payment penalty rate</source>
        <translation>Taux des pénalités de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed recovery indemnity (40 €)</source>
        <translation>Indemnité forfaitaire de recouvrement (40 €)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-payment discount</source>
        <translation>Escompte pour paiement anticipé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default payment terms (English)</source>
        <translation>Conditions de paiement (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-payment discount (English)</source>
        <translation>Escompte (anglais)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer (English)</source>
        <translation>Pied de page (anglais)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="-27"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Title</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+43"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoterm place</source>
        <translation>Lieu Incoterm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriage-paid threshold</source>
        <translation>Franco de port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order</source>
        <translation>Minimum de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery instructions</source>
        <translation>Instructions de livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAF/APE code</source>
        <translation>Code NAF/APE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting code</source>
        <translation>Compte comptable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred payment method</source>
        <translation>Mode de paiement privilégié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Conditions de paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SEPA mandate reference</source>
        <translation>Référence unique de mandat (RUM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate signature date</source>
        <translation>Date de signature du mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Encours autorisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit control</source>
        <translation>Contrôle de l&apos;encours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default discount</source>
        <translation>Remise par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT regime</source>
        <translation>Régime de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer category</source>
        <translation>Catégorie de client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chorus Pro service code</source>
        <translation>Code service Chorus Pro</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/crmdesk/domain/reference.py" line="-91"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street (line 3)</source>
        <translation>Complément d&apos;adresse (ligne 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Désignation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAN barcode</source>
        <translation>Code EAN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/reference.py" line="+1"/>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Nombre de jours</translation>
    </message>
</context>
<context>
    <name>gui.data.jobs</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/jobs.py" line="+67"/>
        <source>The operation failed; details are in the log.</source>
        <translation>L&apos;opération a échoué ; le détail est dans le journal.</translation>
    </message>
</context>
<context>
    <name>gui.orders.models</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+111"/>
        <source>Line {n}: {reason}</source>
        <translation>Ligne {n} : {reason}</translation>
    </message>
</context>
<context>
    <name>m</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/list_page.py" line="+815"/>
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
    <name>services.backup</name>
    <message>
        <location filename="../../src/crmdesk/services/backup.py" line="+52"/>
        <source>On PostgreSQL, the server&apos;s own backup (pg_dump or the host&apos;s backups) saves the database; crmdesk&apos;s exports give the customers and orders as spreadsheets.</source>
        <translation>Sur PostgreSQL, la sauvegarde du serveur (pg_dump ou celle de l&apos;hébergeur) sauvegarde la base ; les exports de crmdesk donnent les clients et les commandes en tableur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose another file than the database itself.</source>
        <translation>Choisissez un autre fichier que la base elle-même.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup to {path} failed: {reason}.</source>
        <translation>La sauvegarde vers {path} a échoué : {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database error</source>
        <translation>erreur de la base</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a crmdesk backup.</source>
        <translation>{name} n&apos;est pas une sauvegarde crmdesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is damaged (integrity check failed).</source>
        <translation>{name} est endommagé (le contrôle d&apos;intégrité a échoué).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a crmdesk database.</source>
        <translation>{name} n&apos;est pas une base crmdesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was written by a newer crmdesk (schema {rev}); update crmdesk to restore it.</source>
        <translation>{name} a été écrit par une version plus récente de crmdesk (schéma {rev}) ; mettez crmdesk à jour pour la restaurer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a readable crmdesk database.</source>
        <translation>{name} n&apos;est pas une base crmdesk lisible.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The restore failed ({reason}); the database is unchanged, a copy is in {kept}.</source>
        <translation>La restauration a échoué ({reason}) ; la base est inchangée, une copie est dans {kept}.</translation>
    </message>
</context>
<context>
    <name>services.catalog</name>
    <message>
        <location filename="../../src/crmdesk/services/catalog.py" line="+92"/>
        <location line="+13"/>
        <source>This product no longer exists.</source>
        <translation>Ce produit n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reference {r} is already used.</source>
        <translation>La référence {r} est déjà utilisée.</translation>
    </message>
</context>
<context>
    <name>services.categories</name>
    <message>
        <location filename="../../src/crmdesk/services/categories.py" line="+36"/>
        <source>Name the category.</source>
        <translation>Nommez la catégorie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A category&apos;s name has at most {n} characters ({length} typed).</source>
        <translation>Le nom d&apos;une catégorie fait au plus {n} caractères ({length} saisis).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>services.company</name>
    <message>
        <location filename="../../src/crmdesk/services/company.py" line="+40"/>
        <source>Someone else saved the company&apos;s details since you opened them. Close and reopen the settings to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré les informations de l&apos;entreprise depuis que vous les avez ouvertes. Fermez et rouvrez les paramètres pour voir ses modifications.</translation>
    </message>
</context>
<context>
    <name>services.contacts</name>
    <message>
        <location filename="../../src/crmdesk/services/contacts.py" line="+151"/>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+30"/>
        <source>This contact no longer exists.</source>
        <translation>Ce contact n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>services.customer_search</name>
    <message>
        <location filename="../../src/crmdesk/services/customer_search.py" line="+234"/>
        <location line="+3"/>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SIRET:</source>
        <translation>SIRET :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIREN:</source>
        <translation>SIREN :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number:</source>
        <translation>N° TVA :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile:</source>
        <translation>Mobile :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
</context>
<context>
    <name>services.customers</name>
    <message>
        <location filename="../../src/crmdesk/services/customers.py" line="+91"/>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>addresses</source>
        <translation>adresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default carrier</source>
        <translation>Transporteur par défaut</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+362"/>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{names} has orders and cannot be deleted; archive it instead.</source>
        <translation>{names} a des commandes et ne peut pas être supprimé ; archivez-le plutôt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+25"/>
        <source>This address no longer exists.</source>
        <translation>Cette adresse n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This customer was deleted by someone else: your changes cannot be saved.</source>
        <translation>Ce client a été supprimé par quelqu&apos;un d&apos;autre : vos modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else saved {name} since you opened it{what}. Reload to see their changes, or keep editing.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré {name} depuis que vous l&apos;avez ouvert{what}. Rechargez pour voir ses modifications, ou continuez la saisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (changed: {f})</source>
        <translation> (modifié : {f})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Code {code} is already used by another customer.</source>
        <translation>Le code {code} est déjà utilisé par un autre client.</translation>
    </message>
</context>
<context>
    <name>services.documents</name>
    <message>
        <location filename="../../src/crmdesk/services/documents.py" line="+29"/>
        <source>No order numbered {number}.</source>
        <translation>Aucune commande n° {number}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order {number} is not prepared yet: it has no delivery note.</source>
        <translation>La commande {number} n&apos;est pas encore préparée : elle n&apos;a pas de bon de livraison.</translation>
    </message>
</context>
<context>
    <name>services.exports</name>
    <message>
        <location filename="../../src/crmdesk/services/exports.py" line="+67"/>
        <source>Carrier</source>
        <translation>Transporteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{n} rows do not fit in one XLSX sheet ({max} at most): export as CSV.</source>
        <translation>{n} lignes ne tiennent pas dans une feuille XLSX ({max} au plus) : exportez en CSV.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total incl. tax</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Mode de règlement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery city</source>
        <translation>Ville de livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer reference</source>
        <translation>Référence client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer code</source>
        <translation>Code client</translation>
    </message>
</context>
<context>
    <name>services.gdpr</name>
    <message>
        <location filename="../../src/crmdesk/services/gdpr.py" line="+43"/>
        <source>Pseudonymised customer {code}</source>
        <translation>Client pseudonymisé {code}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+32"/>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>services.history</name>
    <message>
        <location filename="../../src/crmdesk/domain/card.py" line="+44"/>
        <source>Write the note first.</source>
        <translation>Écrivez d&apos;abord la note.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of note.</source>
        <translation>Choisissez un type de note.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/services/history.py" line="+288"/>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>services.imports</name>
    <message>
        <location filename="../../src/crmdesk/services/imports.py" line="+116"/>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(add to notes)</source>
        <translation>(ajouter aux notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>Mode de règlement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default carrier</source>
        <translation>Transporteur par défaut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+120"/>
        <location line="+33"/>
        <location line="+456"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="-534"/>
        <source>{name}: unsupported file; save it as CSV, XLSX or ODS.</source>
        <translation>{name} : fichier non pris en charge ; enregistrez-le en CSV, XLSX ou ODS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>After line {line}, the file is not in {encoding}: choose its encoding.</source>
        <translation>Après la ligne {line}, le fichier n&apos;est pas en {encoding} : choisissez son encodage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the file cannot be read as CSV (a quote is not closed?).</source>
        <translation>Ligne {line} : le fichier ne se lit pas en CSV (un guillemet non fermé ?).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>{name} is not a readable spreadsheet.</source>
        <translation>{name} n&apos;est pas un classeur lisible.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{c} created, {u} updated, {n} unchanged, {r} rejected</source>
        <translation>{c} créés, {u} modifiés, {n} inchangés, {r} rejetés</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{n} cells</source>
        <translation>{n} cellules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the row has {n} cells and the first line {m} columns (a separator inside a value?)</source>
        <translation>la ligne a {n} cellules et la première ligne {m} colonnes (un séparateur dans une valeur ?)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not in the list “{what}” (it can be created)</source>
        <translation>absent de la liste « {what} » (il peut être créé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a number</source>
        <translation>ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date (expected 31/12/2024 or 2024-12-31)</source>
        <translation>ce n&apos;est pas une date (attendu 31/12/2024 ou 2024-12-31)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected Active or Archived</source>
        <translation>attendu Actif ou Archivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value</source>
        <translation>valeur invalide</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>Le fichier est vide : sa première ligne doit nommer les colonnes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to a customer field.</source>
        <translation>Aucune colonne n&apos;est associée à un champ client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key {key} is not among the mapped columns.</source>
        <translation>La clé {key} ne fait pas partie des colonnes associées.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>this {key} is already on line {line} of the file</source>
        <translation>ce {key} figure déjà ligne {line} du fichier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this code is already on line {line} of the file</source>
        <translation>ce code figure déjà ligne {line} du fichier</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Code {code} is already used by another customer.</source>
        <translation>Le code {code} est déjà utilisé par un autre client.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Reason for rejection</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>(new code)</source>
        <translation>(nouveau code)</translation>
    </message>
</context>
<context>
    <name>services.orders</name>
    <message>
        <location filename="../../src/crmdesk/services/orders.py" line="+147"/>
        <source>Choose a customer.</source>
        <translation>Choisissez un client.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {n}</source>
        <translation>Ligne {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the description contains an invisible character that cannot be stored ({char}); remove it.</source>
        <translation>{where} : la désignation contient un caractère invisible qui ne peut pas être enregistré ({char}) ; supprimez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the description is required.</source>
        <translation>{where} : la désignation est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: the description is too long.</source>
        <translation>{where} : la désignation est trop longue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {reason}</source>
        <translation>{where} : {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+140"/>
        <location line="+34"/>
        <source>This order no longer exists.</source>
        <translation>Cette commande n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+92"/>
        <source>This customer no longer exists.</source>
        <translation>Ce client n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Someone else saved order {number} since you opened it. Reload it to see their changes.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré la commande {number} depuis que vous l&apos;avez ouverte. Rechargez-la pour voir ses modifications.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Someone else changed order {number} meanwhile; it is now {status}.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié la commande {number} entre-temps ; elle est maintenant {status}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a draft order can be deleted; cancel it instead.</source>
        <translation>Seule une commande brouillon peut être supprimée ; annulez-la plutôt.</translation>
    </message>
</context>
<context>
    <name>services.reference</name>
    <message>
        <location filename="../../src/crmdesk/services/reference.py" line="+214"/>
        <source>“{label}” is used by customers or orders, so it cannot be deleted: deactivate it instead. It will no longer be offered, and the customers and orders that use it keep it.</source>
        <translation>L&apos;entrée « {label} » est utilisée par des clients ou des commandes : elle ne peut pas être supprimée. Désactivez-la : elle ne sera plus proposée, et les clients et commandes qui l&apos;utilisent la conservent.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{label}” is now used by a customer or an order: deactivate it instead.</source>
        <translation>L&apos;entrée « {label} » est désormais utilisée par un client ou une commande : désactivez-la plutôt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This entry no longer exists (deleted by someone else?).</source>
        <translation>Cette entrée n&apos;existe plus (supprimée par quelqu&apos;un d&apos;autre ?).</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <location filename="../../src/crmdesk/store/database.py" line="+211"/>
        <source>Not a database URL: {url}</source>
        <translation>Adresse de base de données invalide : {url}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsupported database {url}: use sqlite:/// or postgresql://</source>
        <translation>Base non prise en charge {url} : utilisez sqlite:/// ou postgresql://</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SQLite {v} is too old: 3.34 or newer is needed.</source>
        <translation>SQLite {v} est trop ancien : 3.34 ou plus récent est nécessaire.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server {url} refused the password of {user}.</source>
        <translation>Le serveur {url} a refusé le mot de passe de {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server {url} offers no encrypted connection: add sslmode=disable to the URL to connect in clear text anyway (not advised outside a trusted network).</source>
        <translation>Le serveur {url} n&apos;offre pas de connexion chiffrée : ajoutez sslmode=disable à l&apos;adresse pour vous connecter en clair malgré tout (déconseillé hors d&apos;un réseau de confiance).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Impossible d&apos;ouvrir la base {url} : {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database holds tables crmdesk did not create: it belongs to another program and is left untouched.</source>
        <translation>Cette base contient des tables que crmdesk n&apos;a pas créées : elle appartient à un autre programme et n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This database was written by a newer crmdesk (schema {rev}); update crmdesk to open it.</source>
        <translation>Cette base a été écrite par une version plus récente de crmdesk (schéma {rev}) ; mettez crmdesk à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be upgraded: {n} rows refer to missing rows. It is left at its previous version.</source>
        <translation>La base n&apos;a pas pu être mise à jour : {n} lignes renvoient à des lignes absentes. Elle reste dans sa version précédente.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create {path}: the folder is read-only.</source>
        <translation>Impossible de créer {path} : le dossier est en lecture seule.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Impossible de lire {path} : {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a crmdesk database.</source>
        <translation>{path} n&apos;est pas une base crmdesk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only: crmdesk needs to write to it and beside it. Copy it to a folder where you can write, or ask for write access.</source>
        <translation>{path} est en lecture seule : crmdesk doit pouvoir y écrire, ainsi que dans son dossier. Copiez-le dans un dossier où vous pouvez écrire, ou demandez le droit d&apos;écriture.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a readable database (damaged or not SQLite).</source>
        <translation>{path} n&apos;est pas une base lisible (endommagée ou pas SQLite).</translation>
    </message>
</context>
<context>
    <name>store.errors</name>
    <message>
        <location filename="../../src/crmdesk/store/errors.py" line="+34"/>
        <source>This code is already used by another customer.</source>
        <translation>Ce code est déjà utilisé par un autre client.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order number is already used.</source>
        <translation>Ce numéro de commande est déjà utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reference is already used by another product.</source>
        <translation>Cette référence est déjà utilisée par un autre article.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database server does not answer; nothing was saved. What you typed is kept: try again in a moment.</source>
        <translation>Le serveur de base de données ne répond pas ; rien n&apos;a été enregistré. Votre saisie est conservée : réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with another desk; nothing was saved. What you typed is kept: try again in a moment.</source>
        <translation>La base est occupée par un autre poste ; rien n&apos;a été enregistré. Votre saisie est conservée : réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refuses changes (read-only file or account); nothing was saved.</source>
        <translation>La base refuse les modifications (fichier ou compte en lecture seule) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not complete the operation; nothing was saved. Details are in the log.</source>
        <translation>La base de données n&apos;a pas pu terminer l&apos;opération ; rien n&apos;a été enregistré. Le détail est dans le journal.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A field contains a character that cannot be stored (half of a character pair); remove it.</source>
        <translation>Un champ contient un caractère qui ne peut pas être enregistré (moitié d&apos;une paire de caractères) ; supprimez-le.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you saved refers to a record another desk has just deleted; nothing was saved.</source>
        <translation>Ce que vous enregistrez renvoie à une fiche qu&apos;un autre poste vient de supprimer ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A field contains an invisible character that cannot be stored; remove it.</source>
        <translation>Un champ contient un caractère invisible qui ne peut pas être enregistré ; supprimez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field contains an invisible character that cannot be stored (NUL); remove it.</source>
        <translation>Un champ contient un caractère invisible qui ne peut pas être enregistré (NUL) ; supprimez-le.</translation>
    </message>
</context>
</TS>
