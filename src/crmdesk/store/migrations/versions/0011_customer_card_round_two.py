"""customer card round two (issue 13)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01

- A company's contact person lives in its contacts only. Migration 0006 copied each company's single contact
  person into `contact`; customers created or edited since with the old fields may differ. Any company whose
  civility / first / last name / job title names a person not among its contacts (same first and last name,
  case ignored) gets that person as a contact (its main one when it has none, then with the customer's email
  and phones, as 0006 did); then those four columns are emptied on companies. The columns stay: an
  individual's civility and names are the customer's own. Nothing is lost: every person emptied is a contact.
- `sales_order.accounting_contact_name|email|phone`: the customer's accounting contact stored on the order
  when it is created. Existing orders get their customer's current one (the rule of
  domain.contacts.accounting_contact: the main accounting contact, else the first accounting one, else the
  main contact), the best that is known of them.

Downgrade: the order columns are dropped; companies get their main contact's civility, names and job title
back in the customer columns.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_PERSON = "(cu.first_name <> '' OR cu.last_name <> '' OR cu.civility <> '' OR cu.job_title <> '')"
# The contact an order proposes for invoicing, as domain.contacts.accounting_contact chooses it.
_CHOSEN = """FROM contact c WHERE c.customer_id = sales_order.customer_id AND (c.role = 'accounting' OR c.is_main)
 ORDER BY CASE WHEN c.role = 'accounting' THEN 0 ELSE 1 END, CASE WHEN c.is_main THEN 0 ELSE 1 END, c.position, c.id
 LIMIT 1"""
_NAME = ("COALESCE(NULLIF(TRIM(REPLACE(REPLACE(c.civility || ' ' || c.first_name || ' ' || c.last_name, '  ', ' '),"
         " '  ', ' ')), ''), c.job_title)")


def upgrade() -> None:
    op.add_column("sales_order", sa.Column("accounting_contact_name", sa.String(length=250), server_default="",
                                           nullable=False))
    op.add_column("sales_order", sa.Column("accounting_contact_email", sa.String(length=254), server_default="",
                                           nullable=False))
    op.add_column("sales_order", sa.Column("accounting_contact_phone", sa.String(length=32), server_default="",
                                           nullable=False))
    # Every company's person becomes (or already is) one of its contacts...
    op.execute("""
        INSERT INTO contact (customer_id, position, civility, first_name, last_name, job_title, role, email, phone,
                             mobile, language, is_main)
        SELECT cu.id,
               COALESCE((SELECT MAX(o.position) + 1 FROM contact o WHERE o.customer_id = cu.id), 0),
               cu.civility, cu.first_name, cu.last_name, cu.job_title, 'other',
               CASE WHEN EXISTS (SELECT 1 FROM contact o WHERE o.customer_id = cu.id) THEN '' ELSE cu.email END,
               CASE WHEN EXISTS (SELECT 1 FROM contact o WHERE o.customer_id = cu.id) THEN '' ELSE cu.phone END,
               CASE WHEN EXISTS (SELECT 1 FROM contact o WHERE o.customer_id = cu.id) THEN '' ELSE cu.mobile END,
               COALESCE(NULLIF(cu.language, ''), 'fr'),
               NOT EXISTS (SELECT 1 FROM contact o WHERE o.customer_id = cu.id)
        FROM customer cu
        WHERE cu.kind = 'company' AND (cu.first_name <> '' OR cu.last_name <> '')
          AND NOT EXISTS (SELECT 1 FROM contact o WHERE o.customer_id = cu.id
                          AND LOWER(o.first_name) = LOWER(cu.first_name) AND LOWER(o.last_name) = LOWER(cu.last_name))
    """)
    # ... and the company keeps no second copy of it.
    op.execute(f"UPDATE customer SET civility = '', first_name = '', last_name = '', job_title = '' "
               f"WHERE kind = 'company' AND {_PERSON.replace('cu.', '')}")
    op.execute(f"""
        UPDATE sales_order SET
            accounting_contact_name = COALESCE((SELECT {_NAME} {_CHOSEN}), ''),
            accounting_contact_email = COALESCE((SELECT c.email {_CHOSEN}), ''),
            accounting_contact_phone = COALESCE((SELECT COALESCE(NULLIF(c.phone, ''), c.mobile) {_CHOSEN}), '')
        WHERE EXISTS (SELECT 1 FROM contact c WHERE c.customer_id = sales_order.customer_id)
    """)


def downgrade() -> None:
    main = "FROM contact c WHERE c.customer_id = customer.id AND c.is_main LIMIT 1"
    op.execute(f"""
        UPDATE customer SET
            civility = COALESCE((SELECT c.civility {main}), ''),
            first_name = COALESCE((SELECT c.first_name {main}), ''),
            last_name = COALESCE((SELECT c.last_name {main}), ''),
            job_title = COALESCE((SELECT c.job_title {main}), '')
        WHERE kind = 'company' AND EXISTS (SELECT 1 FROM contact c WHERE c.customer_id = customer.id AND c.is_main)
    """)
    op.drop_column("sales_order", "accounting_contact_phone")
    op.drop_column("sales_order", "accounting_contact_email")
    op.drop_column("sales_order", "accounting_contact_name")
