<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountingPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+314"/>
        <source>— none —</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Masked: shown in full when editing.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Type the SIREN first: the French VAT number is computed from it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Identifiers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounting</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compute the French VAT number from the SIREN</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/address_dialog.py" line="+99"/>
        <source>The first address is the default for billing and delivery.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../ui/address_dialog.ui" line="+14"/>
        <source>Address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Head office, Warehouse</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../ui/address_dialog.ui" line="+14"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recipient</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street (line 2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street (line 3)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postal code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Instructions</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Default</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default billing address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default delivery address</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AddressTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/address_dialog.py" line="+57"/>
        <source>Default billing address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default delivery address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AddressesPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+146"/>
        <source>Addresses</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location line="-331"/>
        <source>Contact person</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mr</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given when saved</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.fr</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/actions.py" line="+43"/>
        <source>&amp;New customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the customer record (Ctrl+D)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the customer record (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the customer (F2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the customer (Del)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive: hide from the list, keep the history</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the archived customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an order (for the selected customer)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+636"/>
        <source>The customer could not be saved: {error}</source>
        <translation></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>This tab has values to correct.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer not saved</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+304"/>
        <location filename="../../ui/customer_dialog.ui" line="+842"/>
        <source>Addresses</source>
        <translation></translation>
    </message>
    <message>
        <location line="-302"/>
        <source>{name} was saved by someone else since you opened it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They changed: {fields}.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by someone else</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload: drop your changes and show theirs.
Keep editing: your changes stay on screen, theirs are kept in the fields you did not change; saving again writes yours over theirs.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep editing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Save the customer (Ctrl+S)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/customer_dialog.ui" line="+34"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer (copy of {code})</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer {code} — {name} (editing)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer {code} — {name} (view)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archived</source>
        <translation></translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../ui/customer_dialog.ui" line="-272"/>
        <source>VAT number</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{customer}: same {field}</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(archived)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicate:</source>
        <translation></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this customer before closing?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+42"/>
        <location filename="../../ui/customer_dialog.ui" line="-551"/>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+301"/>
        <source>Logistics</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+181"/>
        <source>Accounting</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/customer_dialog.ui" line="+392"/>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer record</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an address to this customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>— none —</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (inactive)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="-913"/>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Identity</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal form</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Civility</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job title</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact details</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Website</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delivery</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default carrier</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default delivery address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoterm</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoterm place</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivery instructions</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order amounts</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Carriage-paid threshold</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders of at least this amount (excluding VAT) are delivered carriage paid.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Identifiers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SIREN</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SIRET</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the SIREN</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NAF/APE code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounting code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VAT regime</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bank and SEPA direct debit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>IBAN</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>BIC</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SEPA mandate reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mandate signature date</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preferred payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Becomes the payment method of every new order for this customer.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credit limit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default discount</source>
        <translation></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add an address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Default for billing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default for delivery</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_list.py" line="+278"/>
        <source>The reference lists could not be read: %1</source>
        <translation>The reference lists could not be read: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+606"/>
        <source>Payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="-435"/>
        <source>%1+ customers…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>De&amp;lete</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De&amp;lete %1 customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Select the customer to create an order for.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… and %1 more</source>
        <translation></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Delete this customer?

%1

This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete these %1 customers?

%2

This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1

Customers with orders are kept for their history. Archive instead? Archived customers are hidden from the list and can be restored.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive instead?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Archive</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer restored.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 customers restored.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer archived: hidden from the list, history kept.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers archived: hidden from the list, history kept.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Columns shown</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default columns</source>
        <translation></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Search: name, code, contact, email, phone, city, postal code, SIRET, VAT number…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search as you type, accents and case ignored (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and archived</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: archived customers are hidden unless chosen here</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individuals</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City or postal code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing city, or the first digits of its postal code (e.g. 69 or 974)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers with orders not yet prepared (draft or validated)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created from</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created until</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or after this date (empty: no limit)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this date (empty: no limit)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and every filter</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerPickModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="+690"/>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred payment method</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_list.py" line="+129"/>
        <source>New order: choose the customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which customer is the order for?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, code, city, phone...</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_model.py" line="+528"/>
        <source>Duplicate, view, edit or delete the customer of the row</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archived: hidden from the list by default, its history kept</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="-1070"/>
        <source>— none —</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No address yet: add one on the Addresses tab</source>
        <translation></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Le Havre</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crmdesk/gui/main_window.py" line="+170"/>
        <source>About crmdesk</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Customers and their orders.&lt;br&gt;Database: {url}</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crmdesk — Customer sales</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer sales</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;products</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About crmdesk</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference lists…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer (Ctrl+N)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_list.py" line="-776"/>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_dialog.py" line="+457"/>
        <source>As on the order: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Close</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+237"/>
        <location line="+71"/>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <location line="-304"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <location line="+255"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="-244"/>
        <source>VAT %1 %</source>
        <translation></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Order not saved</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are still on screen; nothing was written. Reload to see the order as it is now (your changes will be lost).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+57"/>
        <source>Reload</source>
        <translation></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Keep my changes on screen</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check the order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+118"/>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>this order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 as prepared? It can then no longer be edited.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark order %1 as shipped? This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark order %1 as delivered? The order will then be final.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? A cancelled order is final and cannot be edited.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Don&apos;t change</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status not changed</source>
        <translation></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unsaved changes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes made to this order?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: this order can no longer be edited.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only view.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given when saved</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this order (it is not prepared yet)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validate the order (saves it first)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the validated order back to draft</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark prepared</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has been prepared: it can no longer be edited</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The order has left the warehouse</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer has received the order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the order (final)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the order (Ctrl+S)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line from the catalogue: search by reference, name or barcode (Ctrl+Shift+A)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a free line</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line that is not in the catalogue</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected lines</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total excl. tax</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderHistoryPanel</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/order_history.py" line="+322"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total excl. tax: %1 — Total incl. tax: %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>New order</source>
        <translation></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Orders of this customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the customer first: its orders will then be shown here.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an order for this customer, with its preferred payment method and addresses</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="+94"/>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Free line (not from the catalogue)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_list.py" line="+157"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The orders could not be read: %1</source>
        <translation>The orders could not be read: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: order number, customer name or code, PO reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (draft or validated)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any date</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and the filters</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="-258"/>
        <source>Number</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery city</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrderTableView</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_history.py" line="-167"/>
        <source>Edit the order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>View</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>View the order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customer_dialog.py" line="+316"/>
        <source>The orders are shown once the customer is saved.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders yet.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} orders</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location line="-479"/>
        <source>{label}: “{text}” is not a number.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PagedTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="-215"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/password_dialog.py" line="+105"/>
        <source>crmdesk — Password</source>
        <translation>crmdesk — Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database server %1 asks for the password of %2 (database %3).</source>
        <translation>The database server %1 asks for the password of %2 (database %3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember it in this computer&apos;s keychain</source>
        <translation>&amp;Remember it in this computer&apos;s keychain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept by the system (Windows Credential Manager, macOS Keychain, Secret Service on Linux), never in crmdesk&apos;s files</source>
        <translation>Kept by the system (Windows Credential Manager, macOS Keychain, Secret Service on Linux), never in crmdesk&apos;s files</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No keychain is available on this computer: the password will be asked at each start</source>
        <translation>No keychain is available on this computer: the password will be asked at each start</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/product_page.py" line="+108"/>
        <source>Type a price, e.g. 12.50.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a VAT rate, e.g. 20 or 5.5.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New product</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>EAN barcode</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax (€)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VAT rate (%)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>8 or 13 digits (optional)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message numerus="yes">
        <location line="+113"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+6"/>
        <source>Products</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: reference, name or EAN barcode</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived products</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New product</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a product to the catalogue</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected product</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive: no longer offered for new orders; past orders keep it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer the product again</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/product_picker.py" line="+94"/>
        <location line="+54"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Add a product</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by reference, name or EAN barcode (a scanner works too):</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, name or barcode</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/order_models.py" line="+298"/>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN barcode</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/reference_dialog.py" line="+420"/>
        <source>Between businesses, French law caps payment terms at 60 days after the invoice, or 45 days end of month (Code de commerce, art. L441-10).</source>
        <translation></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit payment method</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New carrier</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit carrier</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (French)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (English)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days after invoice</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End of month</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The payment is due on the last day of the month in which the days run out, e.g. 30 days end of month.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the French label is used in English too</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 for payment on receipt</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message>
        <location line="+186"/>
        <source>The database could not complete the operation: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+18"/>
        <location line="+73"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Deactivate it instead? It will no longer be offered for new customers and orders; those that use it keep it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already deactivated: it is no longer offered.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Deactivate</source>
        <translation></translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+11"/>
        <source>Cancel</source>
        <translation></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete “%1”?</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer and no order uses it. This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 customer</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is used by %2, so it cannot be deleted.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reference lists</source>
        <translation></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reactivate</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this entry again for new customers and orders</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer offer this entry; customers and orders that use it keep it</source>
        <translation></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry at the end of the list (Ins)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry (F2)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected entry earlier in the lists (Ctrl+Up)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected entry later in the lists (Ctrl+Down)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entry if nothing uses it (Del)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment methods</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The forms offer the active entries in this order. An entry used by a customer or an order cannot be deleted: deactivate it, and those that use it keep it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <location line="+65"/>
        <source>Reference lists</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment methods</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment terms</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carriers</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location line="-744"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (French)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label (English)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of month</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No English label: the French one is shown in English too.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated: no longer offered for new customers and orders; those that use it keep it.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation></translation>
    </message>
</context>
</TS>
