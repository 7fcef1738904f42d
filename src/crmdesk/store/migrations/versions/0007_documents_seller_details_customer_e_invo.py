"""documents: seller details, customer e-invoicing identity, product nature (issue 12)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

- `company`: the seller's own details, one row shared by the whole office (printed on every document).
- `customer.einvoicing_category` and `customer.chorus_service_code`: which identifiers the e-invoicing reform asks for.
  Existing customers get a category only where their data already satisfies it (individuals, EU and export
  companies with what they need, French companies with a SIREN); the others stay "not specified".
- `einvoice_address`: a customer's electronic invoicing addresses (scheme 0225, French directory).
- `product.nature`: goods or service, the nature of the operation a document states.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "company",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("legal_form", sa.String(length=50), nullable=False),
        sa.Column("share_capital", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("siren", sa.String(length=9), nullable=False),
        sa.Column("trade_register", sa.String(length=3), nullable=False),
        sa.Column("registry_city", sa.String(length=100), nullable=False),
        sa.Column("vat_number", sa.String(length=20), nullable=False),
        sa.Column("street1", sa.String(length=200), nullable=False),
        sa.Column("street2", sa.String(length=200), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("website", sa.String(length=200), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("logo_type", sa.String(length=40), nullable=False),
        sa.Column("iban", sa.String(length=34), nullable=False),
        sa.Column("bic", sa.String(length=11), nullable=False),
        sa.Column("payment_terms_text", sa.Text(), nullable=False),
        sa.Column("late_penalty_rate", sa.Numeric(precision=5, scale=2), nullable=True),
        sa.Column("recovery_indemnity", sa.Boolean(), nullable=False),
        sa.Column("early_payment_discount", sa.Text(), nullable=False),
        sa.Column("footer", sa.Text(), nullable=False),
        # English wording of the free texts, for documents printed in English (empty: the French one)
        sa.Column("payment_terms_text_en", sa.Text(), nullable=False),
        sa.Column("early_payment_discount_en", sa.Text(), nullable=False),
        sa.Column("footer_en", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_company")),
    )
    op.add_column("customer", sa.Column("einvoicing_category", sa.String(length=16), server_default="", nullable=False))
    op.add_column("customer", sa.Column("chorus_service_code", sa.String(length=100), server_default="",
                                        nullable=False))
    op.add_column("product", sa.Column("nature", sa.String(length=8), server_default="goods", nullable=False))
    op.create_table(
        "einvoice_address",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("scheme", sa.String(length=4), nullable=False),
        sa.Column("form", sa.String(length=24), nullable=False),
        sa.Column("identifier", sa.String(length=125), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name=op.f("fk_einvoice_address_customer_id_customer"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_einvoice_address")),
        sqlite_autoincrement=True,  # an id a window holds never comes back (shared/NOTES.md)
    )
    op.create_index(op.f("ix_einvoice_address_customer_id"), "einvoice_address", ["customer_id"], unique=False)

    # Categories that existing data already satisfies; the rest is for the user to say.
    op.execute("UPDATE customer SET einvoicing_category = 'individual' WHERE kind = 'individual'")
    op.execute("UPDATE customer SET einvoicing_category = 'eu_business' WHERE kind = 'company' AND vat_regime = 'intra_eu' "
               "AND vat_number <> '' AND vat_number NOT LIKE 'FR%'")
    op.execute("UPDATE customer SET einvoicing_category = 'non_eu_business' WHERE kind = 'company' AND vat_regime = 'export'")
    op.execute("UPDATE customer SET einvoicing_category = 'fr_business' WHERE kind = 'company' AND einvoicing_category = '' "
               "AND vat_regime IN ('france', 'exempt') AND siren <> ''")


def downgrade() -> None:
    op.drop_index(op.f("ix_einvoice_address_customer_id"), table_name="einvoice_address")
    op.drop_table("einvoice_address")
    op.drop_column("product", "nature")
    op.drop_column("customer", "chorus_service_code")
    op.drop_column("customer", "einvoicing_category")
    op.drop_table("company")
