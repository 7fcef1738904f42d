<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountingPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+351"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactive)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Masked: shown in full when editing.</source>
        <translation>Masked: shown in full when editing.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Type the SIREN first: the French VAT number is computed from it.</source>
        <translation>Type the SIREN first: the French VAT number is computed from it.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Compute the French VAT number from the SIREN</source>
        <translation>Compute the French VAT number from the SIREN</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="+180"/>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>ActivityWidget</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/activity_page.py" line="+328"/>
        <source>The figures are shown once the customer is saved.</source>
        <translation>The figures are shown once the customer is saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading the figures…</source>
        <translation>Loading the figures…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The figures could not be read. Close and reopen the customer to try again.</source>
        <translation>The figures could not be read. Close and reopen the customer to try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Turnover %1</source>
        <translation>Turnover %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No credit limit set (Accounting tab).</source>
        <translation>No credit limit set (Accounting tab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit limit %1: %2 left.</source>
        <translation>Credit limit %1: %2 left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit limit %1: exceeded by %2.</source>
        <translation>Credit limit %1: exceeded by %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders over the limit: not controlled.</source>
        <translation>Orders over the limit: not controlled.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders over the limit: a warning with the figures.</source>
        <translation>Orders over the limit: a warning with the figures.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders over the limit: refused unless overridden.</source>
        <translation>Orders over the limit: refused unless overridden.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Turnover excl. tax</source>
        <translation>Turnover excl. tax</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+12"/>
        <source>Turnover excl. tax per month</source>
        <translation>Turnover excl. tax per month</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Turnover, last 12 months</source>
        <translation>Turnover, last 12 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. tax, cancelled orders excluded</source>
        <translation>excl. tax, cancelled orders excluded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>validated and beyond</source>
        <translation>validated and beyond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>Average order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excl. tax</source>
        <translation>excl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding orders</source>
        <translation>Outstanding orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders validated and not yet delivered nor cancelled, incl. tax</source>
        <translation>Orders validated and not yet delivered nor cancelled, incl. tax</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last 12 months</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 against %2</source>
        <translation>%1 against %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No order over the period</source>
        <translation>No order over the period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products bought most</source>
        <translation>Products bought most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount excl. tax</source>
        <translation>Amount excl. tax</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/address_dialog.py" line="+160"/>
        <source>The first address is the default for billing and delivery.</source>
        <translation>The first address is the default for billing and delivery.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location filename="../../ui/address_dialog.ui" line="+14"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New address</source>
        <translation>New address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit address</source>
        <translation>Edit address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Head office, Warehouse</source>
        <translation>e.g. Head office, Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/address_dialog.ui" line="+14"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street (line 2)</source>
        <translation>Street (line 2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Street (line 3)</source>
        <translation>Street (line 3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default billing address</source>
        <translation>Default billing address</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default delivery address</source>
        <translation>Default delivery address</translation>
    </message>
</context>
<context>
    <name>AddressTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/address_dialog.py" line="+57"/>
        <source>Default billing address</source>
        <translation>Default billing address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default delivery address</source>
        <translation>Default delivery address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AddressesPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+146"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="+14"/>
        <source>Back up the database</source>
        <translation>Back up the database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up to:</source>
        <translation>&amp;Back up to:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups &amp;kept:</source>
        <translation>Automatic backups &amp;kept:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/backup_dialog.py" line="+73"/>
        <source>At each start, crmdesk backs up the database of its data folder into {folder}.</source>
        <translation>At each start, crmdesk backs up the database of its data folder into {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup_dialog.ui" line="+64"/>
        <source>Back &amp;up</source>
        <translation>Back &amp;up</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/backup_dialog.py" line="-4"/>
        <source>crmdesk backups (*.db *.sqlite)</source>
        <translation>crmdesk backups (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backing up…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to {path}: {c} customers, {o} orders.</source>
        <translation>Backed up to {path}: {c} customers, {o} orders.</translation>
    </message>
</context>
<context>
    <name>BusyNotice</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/busy.py" line="+41"/>
        <source>Saving… the database is busy, please wait.</source>
        <translation>Saving… the database is busy, please wait.</translation>
    </message>
</context>
<context>
    <name>CategoryChips</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/categories.py" line="+155"/>
        <source>New category…</source>
        <translation>New category…</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <location line="+3"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Name of the category (added to the list, and to this customer):</source>
        <translation>Name of the category (added to the list, and to this customer):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Categories:</source>
        <translation>Categories:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put this customer in a category, or create one</source>
        <translation>Put this customer in a category, or create one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take %1 off this customer</source>
        <translation>Take %1 off this customer</translation>
    </message>
</context>
<context>
    <name>CategoryFilter</name>
    <message>
        <location line="+21"/>
        <location line="+17"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/company_page.py" line="+73"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Choose the logo</source>
        <translation>Choose the logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Images (*.png *.svg)</source>
        <translation>Images (*.png *.svg)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This file cannot be read.</source>
        <translation>This file cannot be read.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Unreadable image</source>
        <translation>Unreadable image</translation>
    </message>
    <message>
        <location filename="../../ui/company_page.ui" line="+485"/>
        <source>Print it for business customers</source>
        <translation>Print it for business customers</translation>
    </message>
    <message>
        <location line="-436"/>
        <source>Legal identity</source>
        <translation>Legal identity</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Address and contact</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Payment and mentions</source>
        <translation>Payment and mentions</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>Printed on every order confirmation and delivery note, and shared by everyone who works on this database.</source>
        <translation>Printed on every order confirmation and delivery note, and shared by everyone who works on this database.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>The city of the register: RCS Lyon</source>
        <translation>The city of the register: RCS Lyon</translation>
    </message>
    <message>
        <location line="+358"/>
        <source>e.g. none, or 1 % for payment within 8 days</source>
        <translation>e.g. none, or 1 % for payment within 8 days</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+80"/>
        <location line="+46"/>
        <source>Printed on documents in English; empty: the French text is printed</source>
        <translation>Printed on documents in English; empty: the French text is printed</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/contacts_page.py" line="+161"/>
        <source>Contact not saved</source>
        <translation>Contact not saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New contact</source>
        <translation>New contact</translation>
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
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/contact_dialog.ui" line="+8"/>
        <source>Civility</source>
        <translation>Civility</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main contact</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The one to call first</source>
        <translation>The one to call first</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="-347"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mr</source>
        <translation>Mr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ms</source>
        <translation>Ms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given when saved</source>
        <translation>Given when saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.fr</source>
        <translation>name@example.fr</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/contacts_page.py" line="-113"/>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Main contact</source>
        <translation>Main contact</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="-66"/>
        <source>No contact person yet: add them on the Contacts tab.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main contact: %1</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contacts in all.</source>
        <translation></translation>
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
        <translation>Remove the contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>Remove %1 from this customer&apos;s contacts?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+36"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No contact yet. Click Edit to add one.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click Edit to add or change contacts.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts changed: they are written when you save the customer.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contact yet. Contacts are saved with the customer.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts are saved with the customer.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make main contact</source>
        <translation>Make main contact</translation>
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
        <translation>Over the &amp;limit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No control</source>
        <translation>No control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn with the figures</source>
        <translation>Warn with the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the order (can be overridden)</source>
        <translation>Refuse the order (can be overridden)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happens when an order takes the outstanding orders over the credit limit</source>
        <translation>What happens when an order takes the outstanding orders over the credit limit</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/actions.py" line="+43"/>
        <source>&amp;New customer</source>
        <translation>&amp;New customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a customer (Ctrl+N)</source>
        <translation>Create a customer (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the customer record (Ctrl+D)</source>
        <translation>Duplicate the customer record (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>View the customer record (Enter)</source>
        <translation>View the customer record (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the customer (F2)</source>
        <translation>Edit the customer (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the customer (Del)</source>
        <translation>Delete the customer (Del)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive: hide from the list, keep the history</source>
        <translation>Archive: hide from the list, keep the history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the archived customer</source>
        <translation>Restore the archived customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;w order</source>
        <translation>Ne&amp;w order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create an order (for the selected customer)</source>
        <translation>Create an order (for the selected customer)</translation>
    </message>
</context>
<context>
    <name>CustomerCardSettingsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/customer_card_page.py" line="+75"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Credit control</source>
        <translation>Credit control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For new &amp;customers:</source>
        <translation>For new &amp;customers:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No control</source>
        <translation>No control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn with the figures</source>
        <translation>Warn with the figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the order (can be overridden)</source>
        <translation>Refuse the order (can be overridden)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happens when an order takes a customer&apos;s outstanding orders over its credit limit. Each customer&apos;s own choice is on its Accounting tab.</source>
        <translation>What happens when an order takes a customer&apos;s outstanding orders over its credit limit. Each customer&apos;s own choice is on its Accounting tab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer categories</source>
        <translation>Customer categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New category</source>
        <translation>New category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+703"/>
        <source>The customer could not be saved. What you typed is kept; the details are in %1.</source>
        <translation>The customer could not be saved. What you typed is kept; the details are in %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customer saved</source>
        <translation>Customer saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No change to save</source>
        <translation>No change to save</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Same SIRET</source>
        <translation>Same SIRET</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another customer already has the SIRET {siret}: {names}.</source>
        <translation>Another customer already has the SIRET {siret}: {names}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SIRET identifies one establishment. Save this customer anyway?</source>
        <translation>A SIRET identifies one establishment. Save this customer anyway?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go back</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>This tab has values to correct.</source>
        <translation>This tab has values to correct.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer not saved</source>
        <translation>Customer not saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+311"/>
        <location filename="../../ui/customer_dialog.ui" line="+872"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="-309"/>
        <source>{name} was saved by someone else since you opened it.</source>
        <translation>{name} was saved by someone else since you opened it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They changed: {fields}.</source>
        <translation>They changed: {fields}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload: drop your changes and show theirs.
Keep editing: your changes stay on screen, theirs are kept in the fields you did not change; saving again writes yours over theirs.</source>
        <translation>Reload: drop your changes and show theirs.
Keep editing: your changes stay on screen, theirs are kept in the fields you did not change; saving again writes yours over theirs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+255"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="-163"/>
        <source>Save the customer (Ctrl+S)</source>
        <translation>Save the customer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../ui/customer_dialog.ui" line="+34"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this customer</source>
        <translation>Edit this customer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New customer (copy of {code})</source>
        <translation>New customer (copy of {code})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer {code} — {name} (editing)</source>
        <translation>Customer {code} — {name} (editing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer {code} — {name} (view)</source>
        <translation>Customer {code} — {name} (view)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location line="+61"/>
        <location filename="../../ui/customer_dialog.ui" line="-272"/>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email address</source>
        <translation>email address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{customer}: same {field}</source>
        <translation>{customer}: same {field}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(archived)</source>
        <translation>(archived)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possible duplicate:</source>
        <translation>Possible duplicate:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to this customer before closing?</source>
        <translation>Save the changes to this customer before closing?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../ui/customer_dialog.ui" line="-581"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+331"/>
        <source>Logistics</source>
        <translation>Logistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/customer_dialog.ui" line="+181"/>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/customer_dialog.ui" line="+392"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer record</source>
        <translation>Customer record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicate</source>
        <translation>Possible duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an address to this customer (Ctrl+Shift+A)</source>
        <translation>Add an address to this customer (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View only — click Edit to change this customer.</source>
        <translation>View only — click Edit to change this customer.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactive)</translation>
    </message>
    <message>
        <location filename="../../ui/customer_dialog.ui" line="-943"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contact persons</source>
        <translation></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Open the Contacts tab</source>
        <translation></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Contact details</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active customer</source>
        <translation>Active customer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Default carrier</source>
        <translation>Default carrier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default delivery address</source>
        <translation>Default delivery address</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoterm</source>
        <translation>Incoterm</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoterm place</source>
        <translation>Incoterm place</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivery instructions</source>
        <translation>Delivery instructions</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order amounts</source>
        <translation>Order amounts</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Carriage-paid threshold</source>
        <translation>Carriage-paid threshold</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Orders of at least this amount (excluding VAT) are delivered carriage paid.</source>
        <translation>Orders of at least this amount (excluding VAT) are delivered carriage paid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
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
        <translation>From the SIREN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>NAF/APE code</source>
        <translation>NAF/APE code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accounting code</source>
        <translation>Accounting code</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VAT regime</source>
        <translation>VAT regime</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bank and SEPA direct debit</source>
        <translation>Bank and SEPA direct debit</translation>
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
        <translation>SEPA mandate reference</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mandate signature date</source>
        <translation>Mandate signature date</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preferred payment method</source>
        <translation>Preferred payment method</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Becomes the payment method of every new order for this customer.</source>
        <translation>Becomes the payment method of every new order for this customer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Default discount</source>
        <translation>Default discount</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Add an address</source>
        <translation>Add an address</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Default for billing</source>
        <translation>Default for billing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default for delivery</source>
        <translation>Default for delivery</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/list_page.py" line="+330"/>
        <source>The reference lists could not be read: %1</source>
        <translation>The reference lists could not be read: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+764"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="-570"/>
        <source>%1+ customers…</source>
        <translation>%1+ customers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No customers</source>
        <translation>No customers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 customer</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>De&amp;lete %1 customers</source>
        <translation>De&amp;lete %1 customers</translation>
    </message>
    <message>
        <location line="+140"/>
        <source>Select the customer to create an order for.</source>
        <translation>Select the customer to create an order for.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Delete customers</source>
        <translation>Delete customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete customer</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Customer deleted.</source>
        <translation>Customer deleted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 customers deleted.</source>
        <translation>%1 customers deleted.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1

Customers with orders are kept for their history. Archive instead? Archived customers are hidden from the list and can be restored.</source>
        <translation>%1

Customers with orders are kept for their history. Archive instead? Archived customers are hidden from the list and can be restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive instead?</source>
        <translation>Archive instead?</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+62"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>This customer has 1 order</source>
        <translation>This customer has 1 order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has %1 orders</source>
        <translation>This customer has %1 orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2: it is kept for its history and cannot be deleted.

Archive it instead? It will be hidden from the list and can be restored.</source>
        <translation>%1

%2: it is kept for its history and cannot be deleted.

Archive it instead? It will be hidden from the list and can be restored.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 of these customers has orders</source>
        <translation>1 of these customers has orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of these customers have orders</source>
        <translation>%1 of these customers have orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1

%2: customers with orders are kept for their history and cannot be deleted.

Archive the selected customers instead? They will be hidden from the list and can be restored.</source>
        <translation>%1

%2: customers with orders are kept for their history and cannot be deleted.

Archive the selected customers instead? They will be hidden from the list and can be restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive instead of deleting</source>
        <translation>Archive instead of deleting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete this customer and its addresses?

%1

You can undo it for a few seconds with “Undo” in the message bar.</source>
        <translation>Delete this customer and its addresses?

%1

You can undo it for a few seconds with “Undo” in the message bar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete these %1 customers and their addresses?

%2

You can undo it for a few seconds with “Undo” in the message bar.</source>
        <translation>Delete these %1 customers and their addresses?

%2

You can undo it for a few seconds with “Undo” in the message bar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The deleted customers could not be restored.</source>
        <translation>The deleted customers could not be restored.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Customer restored.</source>
        <translation>Customer restored.</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <source>%1 customers restored.</source>
        <translation>%1 customers restored.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer archived: hidden from the list, history kept.</source>
        <translation>Customer archived: hidden from the list, history kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers archived: hidden from the list, history kept.</source>
        <translation>%1 customers archived: hidden from the list, history kept.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Columns shown</source>
        <translation>Columns shown</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Default columns</source>
        <translation>Default columns</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Search: name, code, contact, email, phone, city, postal code, SIRET, VAT number…</source>
        <translation>Search: name, code, contact, email, phone, city, postal code, SIRET, VAT number…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: name, code, contact, city, phone…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search customers…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search as you type, accents and case ignored (Ctrl+F)</source>
        <translation>Search as you type, accents and case ignored (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search customers</source>
        <translation>Search customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and archived</source>
        <translation>Active and archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: archived customers are hidden unless chosen here</source>
        <translation>Status: archived customers are hidden unless chosen here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individuals</source>
        <translation>Individuals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of customer</source>
        <translation>Kind of customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred payment method</source>
        <translation>Preferred payment method</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City or postal code</source>
        <translation>City or postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing city, or the first digits of its postal code (e.g. 69 or 974)</source>
        <translation>Billing city, or the first digits of its postal code (e.g. 69 or 974)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open orders</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the credit limit</source>
        <translation>Over the credit limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose outstanding orders (validated, not yet delivered) exceed their credit limit</source>
        <translation>Only customers whose outstanding orders (validated, not yet delivered) exceed their credit limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only customers with orders not yet prepared (draft or validated)</source>
        <translation>Only customers with orders not yet prepared (draft or validated)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created from</source>
        <translation>Created from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created until</source>
        <translation>Created until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or after this date (empty: no limit)</source>
        <translation>Created on or after this date (empty: no limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on or before this date (empty: no limit)</source>
        <translation>Created on or before this date (empty: no limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and every filter</source>
        <translation>Clear the search and every filter</translation>
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
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred payment method</source>
        <translation>Preferred payment method</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/orders/customer_picker.py" line="+48"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New order: choose the customer</source>
        <translation>New order: choose the customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Which customer is the order for?</source>
        <translation>Which customer is the order for?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, code, city, phone...</source>
        <translation>Name, code, city, phone...</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/table_model.py" line="+149"/>
        <source>Duplicate, view, edit or delete the customer of the row</source>
        <translation>Duplicate, view, edit or delete the customer of the row</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover 12 months</source>
        <translation>Turnover 12 months</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Being brought up to this month…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over the credit limit</source>
        <translation>Over the credit limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archived: hidden from the list by default, its history kept</source>
        <translation>Archived: hidden from the list by default, its history kept</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/actions.py" line="+93"/>
        <source>&amp;Import customers…</source>
        <translation>&amp;Import customers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Back up…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest&amp;ore…</source>
        <translation>Rest&amp;ore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers &amp;inactive for 3 years (GDPR)…</source>
        <translation>Customers &amp;inactive for 3 years (GDPR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export personal data (GDPR)…</source>
        <translation>Export personal data (GDPR)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase personal data (GDPR)…</source>
        <translation>Erase personal data (GDPR)…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is on a PostgreSQL server: the server&apos;s own backup (pg_dump, or your host&apos;s backups) saves and restores it. crmdesk can export the customers and the orders as spreadsheets.</source>
        <translation>This database is on a PostgreSQL server: the server&apos;s own backup (pg_dump, or your host&apos;s backups) saves and restores it. crmdesk can export the customers and the orders as spreadsheets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../../src/crmdesk/gui/documents/dialog.py" line="+96"/>
        <source>Order confirmation…</source>
        <translation>Order confirmation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print, preview or save as PDF the order confirmation (Ctrl+P)</source>
        <translation>Print, preview or save as PDF the order confirmation (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note…</source>
        <translation>Delivery note…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print, preview or save as PDF the delivery note (prepared, shipped or delivered orders)</source>
        <translation>Print, preview or save as PDF the delivery note (prepared, shipped or delivered orders)</translation>
    </message>
</context>
<context>
    <name>EInvoiceAddressTable</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/einvoicing.py" line="+137"/>
        <source>Form (scheme 0225)</source>
        <translation>Form (scheme 0225)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identifier</source>
        <translation>Identifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid from</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
</context>
<context>
    <name>EInvoicingPanel</name>
    <message>
        <location line="+120"/>
        <source>Required: %1</source>
        <translation>Required: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Electronic invoicing</source>
        <translation>Electronic invoicing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electronic invoicing addresses</source>
        <translation>Electronic invoicing addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/error_report.py" line="+132"/>
        <source>Something went wrong; the details are in %1.</source>
        <translation>Something went wrong; the details are in %1.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+14"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+74"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+13"/>
        <source>Columns:</source>
        <translation>Columns:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>As &amp;shown: search, filters, visible columns and sort of the list</source>
        <translation>As &amp;shown: search, filters, visible columns and sort of the list</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Every column (to import back or into another tool)</source>
        <translation>&amp;Every column (to import back or into another tool)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+1"/>
        <source>CSV for a French spreadsheet (UTF-8, separator ;)</source>
        <translation>CSV for a French spreadsheet (UTF-8, separator ;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, separator , (UTF-8)</source>
        <translation>CSV, separator , (UTF-8)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+13"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+16"/>
        <source>customers</source>
        <translation>customers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders</source>
        <translation>orders</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/export_dialog.py" line="+25"/>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelled: no file was written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} rows written to {path}.</source>
        <translation>{n} rows written to {path}.</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/job_panel.py" line="+75"/>
        <source>Choose a file in an existing folder.</source>
        <translation>Choose a file in an existing folder.</translation>
    </message>
</context>
<context>
    <name>GdprRequests</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/gdpr.py" line="+72"/>
        <source>Export the customer&apos;s personal data</source>
        <translation>Export the customer&apos;s personal data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>personal-data-{code}.zip</source>
        <translation>personal-data-{code}.zip</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write {path}.</source>
        <translation>Cannot write {path}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything crmdesk holds about this customer is in {path} (JSON and CSV).</source>
        <translation>Everything crmdesk holds about this customer is in {path} (JSON and CSV).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} has {n} orders, which must be kept (accounting documents, 10 years). Its personal data will be pseudonymised: name, contact details, bank details, notes, contacts and street addresses. This cannot be undone.</source>
        <translation>{name} has {n} orders, which must be kept (accounting documents, 10 years). Its personal data will be pseudonymised: name, contact details, bank details, notes, contacts and street addresses. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no order: the customer and all its data will be deleted. This cannot be undone.</source>
        <translation>{name} has no order: the customer and all its data will be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erase personal data</source>
        <translation>Erase personal data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Erase</source>
        <translation>&amp;Erase</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Export the personal data…</source>
        <translation>&amp;Export the personal data…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;rase the personal data…</source>
        <translation>E&amp;rase the personal data…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GDPR</source>
        <translation>GDPR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data of this customer: export (access) or erasure</source>
        <translation>Personal data of this customer: export (access) or erasure</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/history_page.py" line="+75"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(not saved yet)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bank details changed</source>
        <translation>Bank details changed</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/card.py" line="+138"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>HistoryWidget</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/history_page.py" line="+185"/>
        <source>The history starts once the customer is saved.</source>
        <translation>The history starts once the customer is saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing recorded yet.</source>
        <translation>Nothing recorded yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No entry matches the filter.</source>
        <translation>No entry matches the filter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every change, newest first: when, who, what. Bank details changes are highlighted. Entries cannot be changed or removed.</source>
        <translation>Every change, newest first: when, who, what. Bank details changes are highlighted. Entries cannot be changed or removed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field, value or person</source>
        <translation>Field, value or person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything</source>
        <translation>Everything</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>Orders</translation>
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
        <translation>A note on a call, a meeting, an email… (Ctrl+Enter adds it)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+59"/>
        <source>Click Edit to add a note.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-33"/>
        <source>New notes are written when you save the customer.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add the note</source>
        <translation>Add the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+14"/>
        <source>Import customers</source>
        <translation>Import customers</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+116"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="-40"/>
        <source>A CSV, XLSX or ODS file with the column names on its first line</source>
        <translation>A CSV, XLSX or ODS file with the column names on its first line</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Column of the file</source>
        <translation>Column of the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example</source>
        <translation>Example</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>crmdesk field</source>
        <translation>crmdesk field</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Preview as stored</source>
        <translation>Preview as stored</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Recognise existing customers by:</source>
        <translation>&amp;Recognise existing customers by:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;All or nothing: import only if every row is valid</source>
        <translation>&amp;All or nothing: import only if every row is valid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import the &amp;valid rows only, and write the rejected ones to a file:</source>
        <translation>Import the &amp;valid rows only, and write the rejected ones to a file:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rejected rows:</source>
        <translation>Rejected rows:</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+182"/>
        <location filename="../../ui/import_dialog.ui" line="+75"/>
        <location line="+37"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="-32"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+37"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Same</source>
        <translation>Same</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Existing customer</source>
        <translation>Existing customer</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+0"/>
        <location filename="../../ui/import_dialog.ui" line="-68"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+37"/>
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>&amp;Create them</source>
        <translation>&amp;Create them</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="-166"/>
        <source>1. Choose the file</source>
        <translation>1. Choose the file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2. Match the columns</source>
        <translation>2. Match the columns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Check and import</source>
        <translation>3. Check and import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Check &gt;</source>
        <translation>&amp;Check &gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/import_dialog.ui" line="-10"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="+17"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/import_dialog.py" line="+20"/>
        <source>Match at least one column to a field.</source>
        <translation>Match at least one column to a field.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name the file for the rejected rows.</source>
        <translation>Name the file for the rejected rows.</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Tables (*.csv *.txt *.xlsx *.ods)</source>
        <translation>Tables (*.csv *.txt *.xlsx *.ods)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>The file is empty: its first line should name the columns.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV text</source>
        <translation>CSV text</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (XLSX)</source>
        <translation>Excel workbook (XLSX)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenDocument spreadsheet (ODS)</source>
        <translation>OpenDocument spreadsheet (ODS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>-rejected</source>
        <translation>-rejected</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Checking every row…</source>
        <translation>Checking every row…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelled: nothing was written.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check of {rows} rows: {c} to create, {u} to update, {n} unchanged, {r} rejected.</source>
        <translation>Check of {rows} rows: {c} to create, {u} to update, {n} unchanged, {r} rejected.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fix the rejected rows (or choose to import the valid rows only) to import.</source>
        <translation>Fix the rejected rows (or choose to import the valid rows only) to import.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported: {summary}.</source>
        <translation>Imported: {summary}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rejected rows are in {path}.</source>
        <translation>The rejected rows are in {path}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: {summary}.</source>
        <translation>Nothing was imported: {summary}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>({n} problems, the first {m} shown.)</source>
        <translation>({n} problems, the first {m} shown.)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>archived</source>
        <translation>archived</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Problems ({n})</source>
        <translation>Problems ({n})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Possible duplicates ({n})</source>
        <translation>Possible duplicates ({n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not in the lists yet: {names}</source>
        <translation>Not in the lists yet: {names}</translation>
    </message>
</context>
<context>
    <name>InactiveCustomersDialog</name>
    <message>
        <location filename="../../ui/inactive_customers_dialog.ui" line="+14"/>
        <source>Customers inactive for more than 3 years</source>
        <translation>Customers inactive for more than 3 years</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The CNIL recommends keeping a customer&apos;s data no longer than 3 years after the last contact. Pseudonymising keeps the orders and their amounts (kept 10 years for accounting) and removes the personal data.</source>
        <translation>The CNIL recommends keeping a customer&apos;s data no longer than 3 years after the last contact. Pseudonymising keeps the orders and their amounts (kept 10 years for accounting) and removes the personal data.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/gdpr.py" line="+108"/>
        <source>%v of %m</source>
        <translation></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the inactive customers…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No customer has been inactive for more than 3 years.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The {n} oldest of the {total} inactive customers are listed; the next ones are listed once these are pseudonymised.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} customers inactive for more than 3 years.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Pseudonymise the {n} selected customers…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise these {n} customers…</source>
        <translation>&amp;Pseudonymise these {n} customers…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pseudonymise {n} customers? Their names, contact details, bank details, notes, contacts and street addresses are removed for good; their orders are kept.</source>
        <translation>Pseudonymise {n} customers? Their names, contact details, bank details, notes, contacts and street addresses are removed for good; their orders are kept.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Pseudonymising {n} customers…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped after {handled} of {total} customers: {error} Those handled before stay pseudonymised.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: {done} customers pseudonymised (they stay so); the other {left} are unchanged.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{done} customers pseudonymised.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n} skipped: they have ordered or were pseudonymised meanwhile.</source>
        <translation></translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+16"/>
        <source>&amp;Pseudonymise</source>
        <translation>&amp;Pseudonymise</translation>
    </message>
</context>
<context>
    <name>JobPanel</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/job_panel.py" line="+57"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/language_page.py" line="+113"/>
        <source>The system&apos;s language</source>
        <translation>The system&apos;s language</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remembered for the next starts. “crmdesk --lang fr” or “--lang en” still chooses for one run.</source>
        <translation>Remembered for the next starts. “crmdesk --lang fr” or “--lang en” still chooses for one run.</translation>
    </message>
</context>
<context>
    <name>LogisticsPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="-1196"/>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label} (inactive)</source>
        <translation>{label} (inactive)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No address yet</source>
        <translation>No address yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No address yet: add one on the Addresses tab</source>
        <translation>No address yet: add one on the Addresses tab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>e.g. Le Havre</source>
        <translation>e.g. Le Havre</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/crmdesk/gui/main_window.py" line="+208"/>
        <source>About crmdesk</source>
        <translation>About crmdesk</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Customers and their orders.&lt;br&gt;Database: {url}</source>
        <translation>&lt;b&gt;crmdesk&lt;/b&gt; {version}&lt;br&gt;Customers and their orders.&lt;br&gt;Database: {url}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Customer sales</source>
        <translation>Customer sales</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation>&amp;Sales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;customers</source>
        <translation>Go to &amp;customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;orders</source>
        <translation>Go to &amp;orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to &amp;products</source>
        <translation>Go to &amp;products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About crmdesk</source>
        <translation>&amp;About crmdesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Reference lists…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customer (Ctrl+N)</source>
        <translation>New customer (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/list_page.py" line="-948"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/dialog.py" line="+397"/>
        <source>As on the order: %1</source>
        <translation>As on the order: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+9"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+308"/>
        <location line="+72"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-685"/>
        <source>Your changes are not saved yet: the document shows the order as last saved.</source>
        <translation>Your changes are not saved yet: the document shows the order as last saved.</translation>
    </message>
    <message>
        <location line="+227"/>
        <source>No address on the order</source>
        <translation>No address on the order</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+4"/>
        <source>No address</source>
        <translation>No address</translation>
    </message>
    <message numerus="yes">
        <location line="+77"/>
        <location line="+322"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="-306"/>
        <source>VAT %1 %</source>
        <translation>VAT %1 %</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Order %1 saved</source>
        <translation>Order %1 saved</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Order not saved</source>
        <translation>Order not saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your changes are still on screen; nothing was written. Reload to see the order as it is now (your changes will be lost).</source>
        <translation>Your changes are still on screen; nothing was written. Reload to see the order as it is now (your changes will be lost).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+99"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Keep my changes on screen</source>
        <translation>Keep my changes on screen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the order</source>
        <translation>Check the order</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+159"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>this order</source>
        <translation>this order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark order %1 as prepared? It can then no longer be edited.</source>
        <translation>Mark order %1 as prepared? It can then no longer be edited.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark order %1 as shipped? This cannot be undone.</source>
        <translation>Mark order %1 as shipped? This cannot be undone.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark order %1 as delivered? The order will then be final.</source>
        <translation>Mark order %1 as delivered? The order will then be final.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order %1? A cancelled order is final and cannot be edited.</source>
        <translation>Cancel order %1? A cancelled order is final and cannot be edited.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Don&apos;t change</source>
        <translation>Don&apos;t change</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Status not changed</source>
        <translation>Status not changed</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes made to this order?</source>
        <translation>Save the changes made to this order?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1</source>
        <translation>Order %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: this order can no longer be edited.</source>
        <translation>%1: this order can no longer be edited.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read-only view.</source>
        <translation>Read-only view.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO reference</source>
        <translation>Customer PO reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation>Billing address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>Delivery address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Given when saved</source>
        <translation>Given when saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit this order (it is not prepared yet)</source>
        <translation>Edit this order (it is not prepared yet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Validate</source>
        <translation>Validate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validate the order (saves it first)</source>
        <translation>Validate the order (saves it first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to draft</source>
        <translation>Back to draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Put the validated order back to draft</source>
        <translation>Put the validated order back to draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark prepared</source>
        <translation>Mark prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order has been prepared: it can no longer be edited</source>
        <translation>The order has been prepared: it can no longer be edited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ship</source>
        <translation>Ship</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The order has left the warehouse</source>
        <translation>The order has left the warehouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>Mark delivered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The customer has received the order</source>
        <translation>The customer has received the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the order (final)</source>
        <translation>Cancel the order (final)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the order (Ctrl+S)</source>
        <translation>Save the order (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line from the catalogue: search by reference, name or barcode (Ctrl+Shift+A)</source>
        <translation>Add a line from the catalogue: search by reference, name or barcode (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a free line</source>
        <translation>Add a free line</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line that is not in the catalogue</source>
        <translation>Add a line that is not in the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected lines</source>
        <translation>Remove the selected lines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total excl. tax</source>
        <translation>Total excl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
</context>
<context>
    <name>OrderHistoryDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/history_page.py" line="+30"/>
        <source>History of order %1</source>
        <translation>History of order %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>OrderHistoryPanel</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/orders/history.py" line="+390"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total excl. tax: %1 — Total incl. tax: %2</source>
        <translation>Total excl. tax: %1 — Total incl. tax: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>New order</source>
        <translation>New order</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Orders of this customer</source>
        <translation>Orders of this customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the customer first: its orders will then be shown here.</source>
        <translation>Save the customer first: its orders will then be shown here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create an order for this customer, with its preferred payment method and addresses</source>
        <translation>Create an order for this customer, with its preferred payment method and addresses</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+133"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax</source>
        <translation>Unit price excl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount %</source>
        <translation>Discount %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total excl. tax</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Correct the line to see its total</source>
        <translation>Correct the line to see its total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free line (not from the catalogue)</source>
        <translation>Free line (not from the catalogue)</translation>
    </message>
</context>
<context>
    <name>OrderListPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/list_page.py" line="+231"/>
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
        <translation>New order</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: order number, customer name or code, PO reference</source>
        <translation>Search: order number, customer name or code, PO reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (draft or validated)</source>
        <translation>Open (draft or validated)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any date</source>
        <translation>Any date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search and the filters</source>
        <translation>Clear the search and the filters</translation>
    </message>
</context>
<context>
    <name>OrderTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/models.py" line="-323"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total excl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery city</source>
        <translation>Delivery city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO</source>
        <translation>Customer PO</translation>
    </message>
</context>
<context>
    <name>OrderTableView</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/history.py" line="-203"/>
        <source>Edit the order</source>
        <translation>Edit the order</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>View the order</source>
        <translation>View the order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/dialog.py" line="+329"/>
        <source>The orders are shown once the customer is saved.</source>
        <translation>The orders are shown once the customer is saved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders yet.</source>
        <translation>No orders yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 order</source>
        <translation>1 order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} orders</source>
        <translation>{count} orders</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location line="-557"/>
        <source>{label}: {text} does not exist; type the date again.</source>
        <translation>{label}: {text} does not exist; type the date again.</translation>
    </message>
</context>
<context>
    <name>PagedModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/paged_model.py" line="+555"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/password_dialog.ui" line="+20"/>
        <source>crmdesk — Password</source>
        <translation>crmdesk — Password</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/connection/password_dialog.py" line="+93"/>
        <source>The database server %1 asks for the password of %2 (database %3).</source>
        <translation>The database server %1 asks for the password of %2 (database %3).</translation>
    </message>
    <message>
        <location filename="../../ui/password_dialog.ui" line="+15"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Remember it in this computer&apos;s keychain</source>
        <translation>&amp;Remember it in this computer&apos;s keychain</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No system keychain is available on this computer, so the password cannot be remembered (crmdesk never writes it to a file): it will be asked at each start.</source>
        <translation>No system keychain is available on this computer, so the password cannot be remembered (crmdesk never writes it to a file): it will be asked at each start.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/connection/password_dialog.py" line="+3"/>
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
    <name>PickerDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/common/picker.py" line="+203"/>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
</context>
<context>
    <name>PrintDocumentDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/documents/dialog.py" line="+95"/>
        <source>Reading the orders…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The orders could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The document could not be printed.</source>
        <translation>The document could not be printed.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page sent to the printer.</numerusform>
            <numerusform>%n pages sent to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder for the PDF files</source>
        <translation>Folder for the PDF files</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the PDF…</source>
        <translation>Writing the PDF…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The PDF could not be written there (folder read-only or disk full?).</source>
        <translation>The PDF could not be written there (folder read-only or disk full?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n PDF file(s) saved.</source>
        <translation>
            <numerusform>%n PDF file saved.</numerusform>
            <numerusform>%n PDF files saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) selected.</source>
        <translation>
            <numerusform>%n order selected.</numerusform>
            <numerusform>%n orders selected.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order confirmation</source>
        <translation>Order confirmation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery note</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s language</source>
        <translation>The customer&apos;s language</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/print_document_dialog.ui" line="+6"/>
        <source>Print documents</source>
        <translation>Print documents</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One PDF with every order</source>
        <translation>One PDF with every order</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>One PDF file per order</source>
        <translation>One PDF file per order</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/catalog/product_dialog.py" line="+84"/>
        <source>Type a price, e.g. 12.50.</source>
        <translation>Type a price, e.g. 12.50.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a VAT rate, e.g. 20 or 5.5.</source>
        <translation>Type a VAT rate, e.g. 20 or 5.5.</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../ui/product_dialog.ui" line="+14"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit product</source>
        <translation>Edit product</translation>
    </message>
    <message>
        <location filename="../../ui/product_dialog.ui" line="+8"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>EAN barcode</source>
        <translation>EAN barcode</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unit price excl. tax (€)</source>
        <translation>Unit price excl. tax (€)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>VAT rate (%)</source>
        <translation>VAT rate (%)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>8 or 13 digits (optional)</source>
        <translation>8 or 13 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/catalog/product_dialog.py" line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProductPage</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/catalog/product_page.py" line="+121"/>
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
        <translation>Products</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search: reference, name or EAN barcode</source>
        <translation>Search: reference, name or EAN barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show archived products</source>
        <translation>Show archived products</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a product to the catalogue</source>
        <translation>Add a product to the catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected product</source>
        <translation>Edit the selected product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive: no longer offered for new orders; past orders keep it</source>
        <translation>Archive: no longer offered for new orders; past orders keep it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offer the product again</source>
        <translation>Offer the product again</translation>
    </message>
</context>
<context>
    <name>ProductPickerDialog</name>
    <message numerus="yes">
        <location filename="../../src/crmdesk/gui/catalog/product_picker.py" line="+52"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a product</source>
        <translation>Add a product</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by reference, name or EAN barcode (a scanner works too):</source>
        <translation>Search by reference, name or EAN barcode (a scanner works too):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference, name or barcode</source>
        <translation>Reference, name or barcode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProductTableModel</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+97"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EAN barcode</source>
        <translation>EAN barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price excl. tax</source>
        <translation>Unit price excl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT %</source>
        <translation>VAT %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>ReferenceEntryDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/reference/dialog.py" line="+367"/>
        <source>Between businesses, French law caps payment terms at 60 days after the invoice, or 45 days end of month (Code de commerce, art. L441-10).</source>
        <translation>Between businesses, French law caps payment terms at 60 days after the invoice, or 45 days end of month (Code de commerce, art. L441-10).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>New payment method</source>
        <translation>New payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit payment method</source>
        <translation>Edit payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New payment terms</source>
        <translation>New payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit payment terms</source>
        <translation>Edit payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New carrier</source>
        <translation>New carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit carrier</source>
        <translation>Edit carrier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/reference_entry_dialog.ui" line="+47"/>
        <source>Label (French)</source>
        <translation>Label (French)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reference_entry_dialog.ui" line="+20"/>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/reference_entry_dialog.ui" line="-50"/>
        <source>Days after invoice</source>
        <translation>Days after invoice</translation>
    </message>
    <message>
        <location filename="../../ui/reference_entry_dialog.ui" line="+23"/>
        <source>End of month</source>
        <translation>End of month</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The payment is due on the last day of the month in which the days run out, e.g. 30 days end of month.</source>
        <translation>The payment is due on the last day of the month in which the days run out, e.g. 30 days end of month.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Optional: the French label is used in English too</source>
        <translation>Optional: the French label is used in English too</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>0 for payment on receipt</source>
        <translation>0 for payment on receipt</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/reference/dialog.py" line="+4"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReferenceListPage</name>
    <message>
        <location line="+193"/>
        <source>The database could not complete the operation: %1</source>
        <translation>The database could not complete the operation: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+18"/>
        <location line="+73"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Deactivate it instead? It will no longer be offered for new customers and orders; those that use it keep it.</source>
        <translation>Deactivate it instead? It will no longer be offered for new customers and orders; those that use it keep it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is already deactivated: it is no longer offered.</source>
        <translation>It is already deactivated: it is no longer offered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+70"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete “%1”?</source>
        <translation>Delete “%1”?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer and no order uses it. This cannot be undone.</source>
        <translation>No customer and no order uses it. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>1 customer</source>
        <translation>1 customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 order</source>
        <translation>1 order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 orders</source>
        <translation>%1 orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is used by %2, so it cannot be deleted.</source>
        <translation>“%1” is used by %2, so it cannot be deleted.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reference lists</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer this entry again for new customers and orders</source>
        <translation>Offer this entry again for new customers and orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No longer offer this entry; customers and orders that use it keep it</source>
        <translation>No longer offer this entry; customers and orders that use it keep it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add an entry at the end of the list (Ins)</source>
        <translation>Add an entry at the end of the list (Ins)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected entry (F2)</source>
        <translation>Edit the selected entry (F2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected entry earlier in the lists (Ctrl+Up)</source>
        <translation>Show the selected entry earlier in the lists (Ctrl+Up)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the selected entry later in the lists (Ctrl+Down)</source>
        <translation>Show the selected entry later in the lists (Ctrl+Down)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entry if nothing uses it (Del)</source>
        <translation>Delete the selected entry if nothing uses it (Del)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriers</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The forms offer the active entries in this order. An entry used by a customer or an order cannot be deleted: deactivate it, and those that use it keep it.</source>
        <translation>The forms offer the active entries in this order. An entry used by a customer or an order cannot be deleted: deactivate it, and those that use it keep it.</translation>
    </message>
</context>
<context>
    <name>ReferenceListsDialog</name>
    <message>
        <location filename="../../ui/reference_lists_dialog.ui" line="+6"/>
        <source>Reference lists</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/reference/dialog.py" line="+61"/>
        <source>Payment methods</source>
        <translation>Payment methods</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Carriers</source>
        <translation>Carriers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ReferenceTableModel</name>
    <message>
        <location line="-706"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (French)</source>
        <translation>Label (French)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label (English)</source>
        <translation>Label (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of month</source>
        <translation>End of month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No English label: the French one is shown in English too.</source>
        <translation>No English label: the French one is shown in English too.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated: no longer offered for new customers and orders; those that use it keep it.</source>
        <translation>Deactivated: no longer offered for new customers and orders; those that use it keep it.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/restore_dialog.ui" line="+14"/>
        <source>Restore the database</source>
        <translation>Restore the database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Backup file:</source>
        <translation>&amp;Backup file:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Replace the current database by this backup (a copy of the current one is kept)</source>
        <translation>&amp;Replace the current database by this backup (a copy of the current one is kept)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/gui/data/backup_dialog.py" line="+38"/>
        <source>crmdesk backups (*.db *.sqlite)</source>
        <translation>crmdesk backups (*.db *.sqlite)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A sound crmdesk database: {c} customers, {o} orders ({size} MB).</source>
        <translation>A sound crmdesk database: {c} customers, {o} orders ({size} MB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored. The replaced database is kept in {path}.</source>
        <translation>Restored. The replaced database is kept in {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/crmdesk/gui/settings/dialog.py" line="+102"/>
        <location filename="../../ui/settings_dialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SummaryBand</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/activity_page.py" line="-279"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Turnover 12 months: %1</source>
        <translation>Turnover 12 months: %1</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Outstanding orders: %1</source>
        <translation>Outstanding orders: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outstanding orders: %1 of %2</source>
        <translation>Outstanding orders: %1 of %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outstanding orders: %1 (no limit)</source>
        <translation>Outstanding orders: %1 (no limit)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders validated and not yet delivered nor cancelled, incl. tax</source>
        <translation>Orders validated and not yet delivered nor cancelled, incl. tax</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order: %1</source>
        <translation>Last order: %1</translation>
    </message>
</context>
<context>
    <name>TurnoverRoll</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/turnover_roll.py" line="+121"/>
        <source>Updating the 12-month turnover…</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month changed: the customers&apos; 12-month turnover is being brought up to date. You can work meanwhile.</source>
        <translation></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>12-month turnover updated</source>
        <translation></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The 12-month turnover could not be updated: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UnencryptedBadge</name>
    <message>
        <location filename="../../src/crmdesk/gui/connection/security.py" line="+22"/>
        <source>Connection not encrypted</source>
        <translation>Connection not encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data travels in clear text between this computer and the database server. Ask for TLS on the server and put sslmode=verify-full in the database address.</source>
        <translation>The data travels in clear text between this computer and the database server. Ask for TLS on the server and put sslmode=verify-full in the database address.</translation>
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
        <translation>Something went wrong; what you were doing may not have been saved. The details are in %1.</translation>
    </message>
</context>
<context>
    <name>cli.data_commands</name>
    <message>
        <location filename="../../src/crmdesk/cli/data_commands.py" line="+82"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{n} rows written to {path}</source>
        <translation>{n} rows written to {path}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>line {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>... and {n} more problems</source>
        <translation>... and {n} more problems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{summary} (dry run: nothing written)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing was imported: fix the rejected rows or use --valid-only</source>
        <translation>nothing was imported: fix the rejected rows or use --valid-only</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backup written to {path} ({c} customers, {o} orders)</source>
        <translation>Backup written to {path} ({c} customers, {o} orders)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>restore replaces the database: confirm with --yes</source>
        <translation>restore replaces the database: confirm with --yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the database by {path} ({c} customers, {o} orders)? [y/N] </source>
        <translation>Replace the database by {path} ({c} customers, {o} orders)? [y/N] </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restored from {path}; the replaced database is kept in {kept}</source>
        <translation>Restored from {path}; the replaced database is kept in {kept}</translation>
    </message>
</context>
<context>
    <name>cli.print_command</name>
    <message>
        <location filename="../../src/crmdesk/cli/print_command.py" line="+34"/>
        <source>cannot write {file}: no such folder.</source>
        <translation>cannot write {file}: no such folder.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot write {file}: {reason}</source>
        <translation>cannot write {file}: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {title} {number}, {n} page(s)</source>
        <translation>{file}: {title} {number}, {n} page(s)</translation>
    </message>
</context>
<context>
    <name>domain.catalog</name>
    <message>
        <location filename="../../src/crmdesk/domain/catalog.py" line="+34"/>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>EAN barcode {v} is not valid (8 or 13 digits with their check digit).</source>
        <translation>EAN barcode {v} is not valid (8 or 13 digits with their check digit).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose goods or service.</source>
        <translation>Choose goods or service.</translation>
    </message>
</context>
<context>
    <name>domain.company</name>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="+130"/>
        <source>The logo is too large ({size} KB): 2 MB at most.</source>
        <translation>The logo is too large ({size} KB): 2 MB at most.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo must be a PNG or SVG image.</source>
        <translation>The logo must be a PNG or SVG image.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The company name is required.</source>
        <translation>The company name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share capital cannot be negative.</source>
        <translation>The share capital cannot be negative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register: RCS or RM.</source>
        <translation>Register: RCS or RM.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the company is registered (RCS Lyon): documents must state it.</source>
        <translation>Say where the company is registered (RCS Lyon): documents must state it.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This VAT number is not the one of SIREN {siren} ({vat}).</source>
        <translation>This VAT number is not the one of SIREN {siren} ({vat}).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The penalty rate must be between 0 and 100 %.</source>
        <translation>The penalty rate must be between 0 and 100 %.</translation>
    </message>
</context>
<context>
    <name>domain.contacts</name>
    <message>
        <location filename="../../src/crmdesk/domain/contacts.py" line="+27"/>
        <source>Management</source>
        <translation>Management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchasing</source>
        <translation>Purchasing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting</source>
        <translation>Accounting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose a civility from the list.</source>
        <translation>Choose a civility from the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a role from the list.</source>
        <translation>Choose a role from the list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the contact&apos;s first or last name.</source>
        <translation>Enter the contact&apos;s first or last name.</translation>
    </message>
</context>
<context>
    <name>domain.credit</name>
    <message>
        <location filename="../../src/crmdesk/domain/credit.py" line="+38"/>
        <source>No control</source>
        <translation>No control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn</source>
        <translation>Warn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Outstanding orders {outstanding} + this order {amount} = {after}, over the credit limit of {limit} by {excess}.</source>
        <translation>Outstanding orders {outstanding} + this order {amount} = {after}, over the credit limit of {limit} by {excess}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Credit limit of {name} exceeded: the order is refused.</source>
        <translation>Credit limit of {name} exceeded: the order is refused.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit limit of {name} exceeded.</source>
        <translation>Credit limit of {name} exceeded.</translation>
    </message>
</context>
<context>
    <name>domain.einvoicing</name>
    <message>
        <location filename="../../src/crmdesk/domain/einvoicing.py" line="+43"/>
        <source>Not specified</source>
        <translation>Not specified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>French business</source>
        <translation>French business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EU business</source>
        <translation>EU business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business outside the EU</source>
        <translation>Business outside the EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private individual</source>
        <translation>Private individual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public entity (Chorus Pro)</source>
        <translation>Public entity (Chorus Pro)</translation>
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
        <translation>SIREN_SIRET_routing code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN_suffix</source>
        <translation>SIREN_suffix</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choose a customer category.</source>
        <translation>Choose a customer category.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A company cannot be in the category private individual.</source>
        <translation>A company cannot be in the category private individual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An individual is in the category private individual.</source>
        <translation>An individual is in the category private individual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A French business needs its SIREN (9 digits).</source>
        <translation>A French business needs its SIREN (9 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EU business needs its intra-EU VAT number.</source>
        <translation>An EU business needs its intra-EU VAT number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A public entity needs the SIRET Chorus Pro knows it by (14 digits).</source>
        <translation>A public entity needs the SIRET Chorus Pro knows it by (14 digits).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A public entity needs its Chorus Pro service code.</source>
        <translation>A public entity needs its Chorus Pro service code.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A French VAT number: this customer is a French business, not an EU business.</source>
        <translation>A French VAT number: this customer is a French business, not an EU business.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chorus Pro service code {value}: letters, digits, hyphens and dots only (100 at most).</source>
        <translation>Chorus Pro service code {value}: letters, digits, hyphens and dots only (100 at most).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>E-invoicing address {value}: {reason}</source>
        <translation>E-invoicing address {value}: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown scheme {s} (0225: French directory).</source>
        <translation>unknown scheme {s} (0225: French directory).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose its form.</source>
        <translation>choose its form.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An e-invoicing address has no identifier: type it or remove the row.</source>
        <translation>An e-invoicing address has no identifier: type it or remove the row.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {n} characters.</source>
        <translation>at most {n} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected the form {form}, e.g. {example}.</source>
        <translation>expected the form {form}, e.g. {example}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the SIRET must start with the SIREN {siren}.</source>
        <translation>the SIRET must start with the SIREN {siren}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the last part has letters, digits, hyphens and dots only.</source>
        <translation>the last part has letters, digits, hyphens and dots only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it must start with the customer&apos;s SIREN {siren}.</source>
        <translation>it must start with the customer&apos;s SIREN {siren}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its end of validity comes before its start.</source>
        <translation>its end of validity comes before its start.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>E-invoicing address {value} is listed twice.</source>
        <translation>E-invoicing address {value} is listed twice.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only one e-invoicing address can be the default.</source>
        <translation>Only one e-invoicing address can be the default.</translation>
    </message>
</context>
<context>
    <name>domain.enums</name>
    <message>
        <location filename="../../src/crmdesk/domain/enums.py" line="+17"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing and delivery</source>
        <translation>Billing and delivery</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-EU</source>
        <translation>Intra-EU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT exempt</source>
        <translation>VAT exempt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>domain.errors</name>
    <message>
        <location filename="../../src/crmdesk/domain/errors.py" line="+103"/>
        <source>no such file or folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is a folder, not a file</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>part of the path is not a folder</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>access refused (read-only, or open in another program?)</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is full</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk is read-only</source>
        <translation></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name is too long</source>
        <translation></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system refused it</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>domain.history</name>
    <message>
        <location filename="../../src/crmdesk/domain/history.py" line="+27"/>
        <location line="+67"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+67"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main contact</source>
        <translation>Main contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default billing address</source>
        <translation>Default billing address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default delivery address</source>
        <translation>Default delivery address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total excl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred payment method</source>
        <translation>Preferred payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default carrier</source>
        <translation>Default carrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Order</translation>
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
        <translation>Billing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymised (GDPR)</source>
        <translation>Pseudonymised (GDPR)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: credit limit</source>
        <translation>Refused: credit limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit overridden</source>
        <translation>Credit limit overridden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over the credit limit, confirmed</source>
        <translation>Over the credit limit, confirmed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>domain.numbers</name>
    <message>
        <location filename="../../src/crmdesk/domain/numbers.py" line="+52"/>
        <source>“{text}” is not a number: {reason}</source>
        <translation>“{text}” is not a number: {reason}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>there are no digits.</source>
        <translation>there are no digits.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one sign at most, before the digits.</source>
        <translation>one sign at most, before the digits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only digits, a decimal separator and spaces between thousands are allowed (e.g. 1 234.5).</source>
        <translation>only digits, a decimal separator and spaces between thousands are allowed (e.g. 1 234.5).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>it has several separators; write one decimal separator and group thousands with spaces (e.g. 1 234.5).</source>
        <translation>it has several separators; write one decimal separator and group thousands with spaces (e.g. 1 234.5).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spaces group the thousands of the whole part only.</source>
        <translation>spaces group the thousands of the whole part only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>spaces must separate groups of three digits (e.g. 12 500).</source>
        <translation>spaces must separate groups of three digits (e.g. 12 500).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>digits are missing around the separator.</source>
        <translation>digits are missing around the separator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreadable.</source>
        <translation>unreadable.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{text}” has more than {n} decimals.</source>
        <translation>“{text}” has more than {n} decimals.</translation>
    </message>
</context>
<context>
    <name>domain.orders</name>
    <message>
        <location filename="../../src/crmdesk/domain/orders.py" line="+47"/>
        <source>Order cancelled</source>
        <translation>Order cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order already prepared</source>
        <translation>Order already prepared</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This order can no longer be changed: {reason}.</source>
        <translation>This order can no longer be changed: {reason}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order {number} can no longer be changed: {reason}.</source>
        <translation>Order {number} can no longer be changed: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An order that is {current} cannot become {target}.</source>
        <translation>An order that is {current} cannot become {target}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no line</source>
        <translation>no line</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no delivery address</source>
        <translation>no delivery address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order {number} cannot be validated: {missing}. Add the lines and the address first.</source>
        <translation>Order {number} cannot be validated: {missing}. Add the lines and the address first.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity</source>
        <translation>The quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The unit price</source>
        <translation>The unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The discount</source>
        <translation>The discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT rate</source>
        <translation>VAT rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VAT rate</source>
        <translation>The VAT rate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label}: type a number.</source>
        <translation>{label}: type a number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} must be more than zero.</source>
        <translation>{subject} must be more than zero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} must be between 0 and 100 %.</source>
        <translation>{subject} must be between 0 and 100 %.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{subject} cannot be negative.</source>
        <translation>{subject} cannot be negative.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{subject} cannot exceed {max_en}.</source>
        <translation>{subject} cannot exceed {max_en}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{label}: at most {n} decimals.</source>
        <translation>{label}: at most {n} decimals.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The order&apos;s total is too large to be stored; check the quantities and prices.</source>
        <translation>The order&apos;s total is too large to be stored; check the quantities and prices.</translation>
    </message>
</context>
<context>
    <name>domain.reference</name>
    <message>
        <location filename="../../src/crmdesk/domain/reference.py" line="+84"/>
        <source>“{label}” is already in the list.</source>
        <translation>“{label}” is already in the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{label}” is already in the list, deactivated: reactivate it instead.</source>
        <translation>“{label}” is already in the list, deactivated: reactivate it instead.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The label is required.</source>
        <translation>The label is required.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Type the number of days (0 for payment on receipt).</source>
        <translation>Type the number of days (0 for payment on receipt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The number of days must be between 0 and {n}.</source>
        <translation>The number of days must be between 0 and {n}.</translation>
    </message>
</context>
<context>
    <name>domain.text</name>
    <message>
        <location filename="../../src/crmdesk/domain/text.py" line="+41"/>
        <source>{code} (half of a character pair)</source>
        <translation>{code} (half of a character pair)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a line break</source>
        <translation>a line break</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a tab</source>
        <translation>a tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} (control character)</source>
        <translation>{code} (control character)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}: contains an invisible character that cannot be stored ({char}), probably pasted; remove it and save again.</source>
        <translation>{label}: contains an invisible character that cannot be stored ({char}), probably pasted; remove it and save again.</translation>
    </message>
</context>
<context>
    <name>domain.validation</name>
    <message>
        <location filename="../../src/crmdesk/domain/validation.py" line="+60"/>
        <source>wrong number of characters</source>
        <translation>wrong number of characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the check digits do not match (typing error?)</source>
        <translation>the check digits do not match (typing error?)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected characters</source>
        <translation>unexpected characters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown country or bank code</source>
        <translation>unknown country or bank code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{label}: at most {n} characters ({count} typed).</source>
        <translation>{label}: at most {n} characters ({count} typed).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SIREN {value}: {reason}. A SIREN has 9 digits.</source>
        <translation>SIREN {value}: {reason}. A SIREN has 9 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIRET {value}: {reason}. A SIRET has 14 digits.</source>
        <translation>SIRET {value}: {reason}. A SIRET has 14 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number {value}: {reason}. Example: FR40303265045.</source>
        <translation>VAT number {value}: {reason}. Example: FR40303265045.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN: {reason}. Example: FR76 3000 6000 0112 3456 7890 189.</source>
        <translation>IBAN: {reason}. Example: FR76 3000 6000 0112 3456 7890 189.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BIC {value}: {reason}. A BIC has 8 or 11 characters, e.g. BNPAFRPP.</source>
        <translation>BIC {value}: {reason}. A BIC has 8 or 11 characters, e.g. BNPAFRPP.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Email address {value} is not valid: {reason}</source>
        <translation>Email address {value} is not valid: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{label}: {value} is not a valid phone number. Example: 01 23 45 67 89 or +44 20 7946 0958.</source>
        <translation>{label}: {value} is not a valid phone number. Example: 01 23 45 67 89 or +44 20 7946 0958.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The postal code is required.</source>
        <translation>The postal code is required.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Postal code {value}: this is an INSEE commune code; Corsican postal codes start with 20, e.g. 20000.</source>
        <translation>Postal code {value}: this is an INSEE commune code; Corsican postal codes start with 20, e.g. 20000.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal code {value}: expected {expected}.</source>
        <translation>Postal code {value}: expected {expected}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>NAF/APE code {value}: expected 4 digits and a letter, e.g. 62.01Z.</source>
        <translation>NAF/APE code {value}: expected 4 digits and a letter, e.g. 62.01Z.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Website {value}: expected an address such as www.example.fr.</source>
        <translation>Website {value}: expected an address such as www.example.fr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a country.</source>
        <translation>Choose a country.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{label} cannot be negative.</source>
        <translation>{label} cannot be negative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label} cannot exceed {max}.</source>
        <translation>{label} cannot exceed {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: at most 2 decimals.</source>
        <translation>{label}: at most 2 decimals.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the kind of customer: company or individual.</source>
        <translation>Choose the kind of customer: company or individual.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The name is required.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is required (first and last name).</source>
        <translation>The name is required (first and last name).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code is required.</source>
        <translation>The code is required.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The SIRET must start with the SIREN {siren}.</source>
        <translation>The SIRET must start with the SIREN {siren}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a VAT regime.</source>
        <translation>Choose a VAT regime.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{label}: {value} is not one of {choices}.</source>
        <translation>{label}: {value} is not one of {choices}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a usage.</source>
        <translation>Choose a usage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The street is required.</source>
        <translation>The street is required.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The city is required.</source>
        <translation>The city is required.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="-137"/>
        <source>Company name</source>
        <translation>Company name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/crmdesk/domain/fields.py" line="+29"/>
        <source>Legal form</source>
        <translation>Legal form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share capital</source>
        <translation>Share capital</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="+16"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/company.py" line="+2"/>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register city</source>
        <translation>Register city</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="+2"/>
        <source>VAT number</source>
        <translation>VAT number</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Street (line 2)</source>
        <translation>Street (line 2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+40"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Website</source>
        <translation>Website</translation>
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
        <translation>Default payment terms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late-payment penalty rate</source>
        <translation>Late-payment penalty rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fixed recovery indemnity (40 €)</source>
        <translation>Fixed recovery indemnity (40 €)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-payment discount</source>
        <translation>Early-payment discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Footer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default payment terms (English)</source>
        <translation>Default payment terms (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early-payment discount (English)</source>
        <translation>Early-payment discount (English)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer (English)</source>
        <translation>Footer (English)</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/fields.py" line="-27"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+60"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>Incoterm place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carriage-paid threshold</source>
        <translation>Carriage-paid threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimum order</source>
        <translation>Minimum order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery instructions</source>
        <translation>Delivery instructions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAF/APE code</source>
        <translation>NAF/APE code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accounting code</source>
        <translation>Accounting code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred payment method</source>
        <translation>Preferred payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SEPA mandate reference</source>
        <translation>SEPA mandate reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate signature date</source>
        <translation>Mandate signature date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit control</source>
        <translation>Credit control</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default discount</source>
        <translation>Default discount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT regime</source>
        <translation>VAT regime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer category</source>
        <translation>Customer category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chorus Pro service code</source>
        <translation>Chorus Pro service code</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/crmdesk/domain/reference.py" line="-91"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Street (line 3)</source>
        <translation>Street (line 3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer PO reference</source>
        <translation>Customer PO reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>EAN barcode</source>
        <translation>EAN barcode</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/domain/reference.py" line="+1"/>
        <source>English label</source>
        <translation>English label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
</context>
<context>
    <name>gui.data.jobs</name>
    <message>
        <location filename="../../src/crmdesk/gui/data/jobs.py" line="+67"/>
        <source>The operation failed; details are in the log.</source>
        <translation>The operation failed; details are in the log.</translation>
    </message>
</context>
<context>
    <name>gui.orders.models</name>
    <message>
        <location filename="../../src/crmdesk/gui/orders/models.py" line="+111"/>
        <source>Line {n}: {reason}</source>
        <translation>Line {n}: {reason}</translation>
    </message>
</context>
<context>
    <name>m</name>
    <message>
        <location filename="../../src/crmdesk/gui/customers/list_page.py" line="+815"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>services.backup</name>
    <message>
        <location filename="../../src/crmdesk/services/backup.py" line="+52"/>
        <source>On PostgreSQL, the server&apos;s own backup (pg_dump or the host&apos;s backups) saves the database; crmdesk&apos;s exports give the customers and orders as spreadsheets.</source>
        <translation>On PostgreSQL, the server&apos;s own backup (pg_dump or the host&apos;s backups) saves the database; crmdesk&apos;s exports give the customers and orders as spreadsheets.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choose another file than the database itself.</source>
        <translation>Choose another file than the database itself.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup to {path} failed: {reason}.</source>
        <translation>The backup to {path} failed: {reason}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>database error</source>
        <translation>database error</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a crmdesk backup.</source>
        <translation>{name} is not a crmdesk backup.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} is damaged (integrity check failed).</source>
        <translation>{name} is damaged (integrity check failed).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a crmdesk database.</source>
        <translation>{name} is not a crmdesk database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} was written by a newer crmdesk (schema {rev}); update crmdesk to restore it.</source>
        <translation>{name} was written by a newer crmdesk (schema {rev}); update crmdesk to restore it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a readable crmdesk database.</source>
        <translation>{name} is not a readable crmdesk database.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The restore failed ({reason}); the database is unchanged, a copy is in {kept}.</source>
        <translation>The restore failed ({reason}); the database is unchanged, a copy is in {kept}.</translation>
    </message>
</context>
<context>
    <name>services.catalog</name>
    <message>
        <location filename="../../src/crmdesk/services/catalog.py" line="+92"/>
        <location line="+13"/>
        <source>This product no longer exists.</source>
        <translation>This product no longer exists.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Reference {r} is already used.</source>
        <translation>Reference {r} is already used.</translation>
    </message>
</context>
<context>
    <name>services.categories</name>
    <message>
        <location filename="../../src/crmdesk/services/categories.py" line="+36"/>
        <source>Name the category.</source>
        <translation>Name the category.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A category&apos;s name has at most {n} characters ({length} typed).</source>
        <translation>A category&apos;s name has at most {n} characters ({length} typed).</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
</context>
<context>
    <name>services.company</name>
    <message>
        <location filename="../../src/crmdesk/services/company.py" line="+40"/>
        <source>Someone else saved the company&apos;s details since you opened them. Close and reopen the settings to see their changes.</source>
        <translation>Someone else saved the company&apos;s details since you opened them. Close and reopen the settings to see their changes.</translation>
    </message>
</context>
<context>
    <name>services.contacts</name>
    <message>
        <location filename="../../src/crmdesk/services/contacts.py" line="+151"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+30"/>
        <source>This contact no longer exists.</source>
        <translation>This contact no longer exists.</translation>
    </message>
</context>
<context>
    <name>services.customer_search</name>
    <message>
        <location filename="../../src/crmdesk/services/customer_search.py" line="+234"/>
        <location line="+3"/>
        <source>Contact:</source>
        <translation>Contact:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>SIRET:</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIREN:</source>
        <translation>SIREN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VAT number:</source>
        <translation>VAT number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile:</source>
        <translation>Mobile:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
</context>
<context>
    <name>services.customers</name>
    <message>
        <location filename="../../src/crmdesk/services/customers.py" line="+91"/>
        <source> (copy)</source>
        <translation> (copy)</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>addresses</source>
        <translation>addresses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default carrier</source>
        <translation>Default carrier</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+362"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>{names} has orders and cannot be deleted; archive it instead.</source>
        <translation>{names} has orders and cannot be deleted; archive it instead.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+25"/>
        <source>This address no longer exists.</source>
        <translation>This address no longer exists.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This customer was deleted by someone else: your changes cannot be saved.</source>
        <translation>This customer was deleted by someone else: your changes cannot be saved.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone else saved {name} since you opened it{what}. Reload to see their changes, or keep editing.</source>
        <translation>Someone else saved {name} since you opened it{what}. Reload to see their changes, or keep editing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (changed: {f})</source>
        <translation> (changed: {f})</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Code {code} is already used by another customer.</source>
        <translation>Code {code} is already used by another customer.</translation>
    </message>
</context>
<context>
    <name>services.documents</name>
    <message>
        <location filename="../../src/crmdesk/services/documents.py" line="+29"/>
        <source>No order numbered {number}.</source>
        <translation>No order numbered {number}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order {number} is not prepared yet: it has no delivery note.</source>
        <translation>Order {number} is not prepared yet: it has no delivery note.</translation>
    </message>
</context>
<context>
    <name>services.exports</name>
    <message>
        <location filename="../../src/crmdesk/services/exports.py" line="+67"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>{n} rows do not fit in one XLSX sheet ({max} at most): export as CSV.</source>
        <translation>{n} rows do not fit in one XLSX sheet ({max} at most): export as CSV.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last order</source>
        <translation>Last order</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total excl. tax</source>
        <translation>Total excl. tax</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total incl. tax</source>
        <translation>Total incl. tax</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery city</source>
        <translation>Delivery city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer reference</source>
        <translation>Customer reference</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer code</source>
        <translation>Customer code</translation>
    </message>
</context>
<context>
    <name>services.gdpr</name>
    <message>
        <location filename="../../src/crmdesk/services/gdpr.py" line="+43"/>
        <source>Pseudonymised customer {code}</source>
        <translation>Pseudonymised customer {code}</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+32"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
</context>
<context>
    <name>services.history</name>
    <message>
        <location filename="../../src/crmdesk/domain/card.py" line="+44"/>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a kind of note.</source>
        <translation>Choose a kind of note.</translation>
    </message>
    <message>
        <location filename="../../src/crmdesk/services/history.py" line="+288"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
</context>
<context>
    <name>services.imports</name>
    <message>
        <location filename="../../src/crmdesk/services/imports.py" line="+116"/>
        <source>(ignore)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(add to notes)</source>
        <translation>(add to notes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment method</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Default carrier</source>
        <translation>Default carrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+120"/>
        <location line="+33"/>
        <location line="+456"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location line="-534"/>
        <source>{name}: unsupported file; save it as CSV, XLSX or ODS.</source>
        <translation>{name}: unsupported file; save it as CSV, XLSX or ODS.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>After line {line}, the file is not in {encoding}: choose its encoding.</source>
        <translation>After line {line}, the file is not in {encoding}: choose its encoding.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line {line}: the file cannot be read as CSV (a quote is not closed?).</source>
        <translation>Line {line}: the file cannot be read as CSV (a quote is not closed?).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <location line="+10"/>
        <source>{name} is not a readable spreadsheet.</source>
        <translation>{name} is not a readable spreadsheet.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{c} created, {u} updated, {n} unchanged, {r} rejected</source>
        <translation>{c} created, {u} updated, {n} unchanged, {r} rejected</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{n} cells</source>
        <translation>{n} cells</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the row has {n} cells and the first line {m} columns (a separator inside a value?)</source>
        <translation>the row has {n} cells and the first line {m} columns (a separator inside a value?)</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>not in the list “{what}” (it can be created)</source>
        <translation>not in the list “{what}” (it can be created)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a date (expected 31/12/2024 or 2024-12-31)</source>
        <translation>not a date (expected 31/12/2024 or 2024-12-31)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected Active or Archived</source>
        <translation>expected Active or Archived</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invalid value</source>
        <translation>invalid value</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>The file is empty: its first line should name the columns.</source>
        <translation>The file is empty: its first line should name the columns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No column is mapped to a customer field.</source>
        <translation>No column is mapped to a customer field.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key {key} is not among the mapped columns.</source>
        <translation>The key {key} is not among the mapped columns.</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>this {key} is already on line {line} of the file</source>
        <translation>this {key} is already on line {line} of the file</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>this code is already on line {line} of the file</source>
        <translation>this code is already on line {line} of the file</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Code {code} is already used by another customer.</source>
        <translation>Code {code} is already used by another customer.</translation>
    </message>
    <message>
        <location line="+226"/>
        <source>Reason for rejection</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>(new code)</source>
        <translation>(new code)</translation>
    </message>
</context>
<context>
    <name>services.orders</name>
    <message>
        <location filename="../../src/crmdesk/services/orders.py" line="+147"/>
        <source>Choose a customer.</source>
        <translation>Choose a customer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the description contains an invisible character that cannot be stored ({char}); remove it.</source>
        <translation>{where}: the description contains an invisible character that cannot be stored ({char}); remove it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: the description is required.</source>
        <translation>{where}: the description is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: the description is too long.</source>
        <translation>{where}: the description is too long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{where}: {reason}</source>
        <translation>{where}: {reason}</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+140"/>
        <location line="+34"/>
        <source>This order no longer exists.</source>
        <translation>This order no longer exists.</translation>
    </message>
    <message>
        <location line="-164"/>
        <location line="+92"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Someone else saved order {number} since you opened it. Reload it to see their changes.</source>
        <translation>Someone else saved order {number} since you opened it. Reload it to see their changes.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Someone else changed order {number} meanwhile; it is now {status}.</source>
        <translation>Someone else changed order {number} meanwhile; it is now {status}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Only a draft order can be deleted; cancel it instead.</source>
        <translation>Only a draft order can be deleted; cancel it instead.</translation>
    </message>
</context>
<context>
    <name>services.reference</name>
    <message>
        <location filename="../../src/crmdesk/services/reference.py" line="+214"/>
        <source>“{label}” is used by customers or orders, so it cannot be deleted: deactivate it instead. It will no longer be offered, and the customers and orders that use it keep it.</source>
        <translation>“{label}” is used by customers or orders, so it cannot be deleted: deactivate it instead. It will no longer be offered, and the customers and orders that use it keep it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{label}” is now used by a customer or an order: deactivate it instead.</source>
        <translation>“{label}” is now used by a customer or an order: deactivate it instead.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This entry no longer exists (deleted by someone else?).</source>
        <translation>This entry no longer exists (deleted by someone else?).</translation>
    </message>
</context>
<context>
    <name>store.database</name>
    <message>
        <location filename="../../src/crmdesk/store/database.py" line="+211"/>
        <source>Not a database URL: {url}</source>
        <translation>Not a database URL: {url}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder {folder} does not exist.</source>
        <translation>Folder {folder} does not exist.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsupported database {url}: use sqlite:/// or postgresql://</source>
        <translation>Unsupported database {url}: use sqlite:/// or postgresql://</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SQLite {v} is too old: 3.34 or newer is needed.</source>
        <translation>SQLite {v} is too old: 3.34 or newer is needed.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The server {url} refused the password of {user}.</source>
        <translation>The server {url} refused the password of {user}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server {url} offers no encrypted connection: add sslmode=disable to the URL to connect in clear text anyway (not advised outside a trusted network).</source>
        <translation>The server {url} offers no encrypted connection: add sslmode=disable to the URL to connect in clear text anyway (not advised outside a trusted network).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot open the database {url}: {reason}</source>
        <translation>Cannot open the database {url}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This database holds tables crmdesk did not create: it belongs to another program and is left untouched.</source>
        <translation>This database holds tables crmdesk did not create: it belongs to another program and is left untouched.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This database was written by a newer crmdesk (schema {rev}); update crmdesk to open it.</source>
        <translation>This database was written by a newer crmdesk (schema {rev}); update crmdesk to open it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The database could not be upgraded: {n} rows refer to missing rows. It is left at its previous version.</source>
        <translation>The database could not be upgraded: {n} rows refer to missing rows. It is left at its previous version.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create {path}: the folder is read-only.</source>
        <translation>Cannot create {path}: the folder is read-only.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is not a crmdesk database.</source>
        <translation>{path} is not a crmdesk database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is read-only: crmdesk needs to write to it and beside it. Copy it to a folder where you can write, or ask for write access.</source>
        <translation>{path} is read-only: crmdesk needs to write to it and beside it. Copy it to a folder where you can write, or ask for write access.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} is not a readable database (damaged or not SQLite).</source>
        <translation>{path} is not a readable database (damaged or not SQLite).</translation>
    </message>
</context>
<context>
    <name>store.errors</name>
    <message>
        <location filename="../../src/crmdesk/store/errors.py" line="+34"/>
        <source>This code is already used by another customer.</source>
        <translation>This code is already used by another customer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order number is already used.</source>
        <translation>This order number is already used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This reference is already used by another product.</source>
        <translation>This reference is already used by another product.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The database server does not answer; nothing was saved. What you typed is kept: try again in a moment.</source>
        <translation>The database server does not answer; nothing was saved. What you typed is kept: try again in a moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is busy with another desk; nothing was saved. What you typed is kept: try again in a moment.</source>
        <translation>The database is busy with another desk; nothing was saved. What you typed is kept: try again in a moment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database refuses changes (read-only file or account); nothing was saved.</source>
        <translation>The database refuses changes (read-only file or account); nothing was saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not complete the operation; nothing was saved. Details are in the log.</source>
        <translation>The database could not complete the operation; nothing was saved. Details are in the log.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>A field contains a character that cannot be stored (half of a character pair); remove it.</source>
        <translation>A field contains a character that cannot be stored (half of a character pair); remove it.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>What you saved refers to a record another desk has just deleted; nothing was saved.</source>
        <translation>What you saved refers to a record another desk has just deleted; nothing was saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A field contains an invisible character that cannot be stored; remove it.</source>
        <translation>A field contains an invisible character that cannot be stored; remove it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A field contains an invisible character that cannot be stored (NUL); remove it.</source>
        <translation>A field contains an invisible character that cannot be stored (NUL); remove it.</translation>
    </message>
</context>
</TS>
