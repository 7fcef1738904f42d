"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28

Tables, reference lists and the customer search indexes: FTS5 (trigram for
substrings, unicode61 word prefixes for one or two characters) on SQLite,
pg_trgm on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('carrier',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_carrier')),
    sa.UniqueConstraint('code', name=op.f('uq_carrier_code'))
    )
    op.create_table('counter',
    sa.Column('name', sa.String(length=40), nullable=False),
    sa.Column('value', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_counter'))
    )
    op.create_table('payment_method',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('label_en', sa.String(length=100), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_method')),
    sa.UniqueConstraint('code', name=op.f('uq_payment_method_code'))
    )
    op.create_table('payment_terms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('label_en', sa.String(length=100), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('end_of_month', sa.Boolean(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment_terms')),
    sa.UniqueConstraint('code', name=op.f('uq_payment_terms_code'))
    )
    op.create_table('product',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=50), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('ean', sa.String(length=13), nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=12, scale=4), nullable=False),
    sa.Column('vat_rate', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_product')),
    sa.UniqueConstraint('reference', name=op.f('uq_product_reference'))
    )
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_product_ean'), ['ean'], unique=False)

    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('legal_form', sa.String(length=50), nullable=False),
    sa.Column('civility', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('job_title', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('mobile', sa.String(length=32), nullable=False),
    sa.Column('website', sa.String(length=200), nullable=False),
    sa.Column('language', sa.String(length=5), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('default_carrier_id', sa.Integer(), nullable=True),
    sa.Column('incoterm', sa.String(length=3), nullable=False),
    sa.Column('incoterm_place', sa.String(length=100), nullable=False),
    sa.Column('franco_threshold', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('minimum_order_amount', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('delivery_instructions', sa.Text(), nullable=False),
    sa.Column('siren', sa.String(length=9), nullable=False),
    sa.Column('siret', sa.String(length=14), nullable=False),
    sa.Column('vat_number', sa.String(length=20), nullable=False),
    sa.Column('naf_code', sa.String(length=6), nullable=False),
    sa.Column('accounting_code', sa.String(length=20), nullable=False),
    sa.Column('preferred_payment_method_id', sa.Integer(), nullable=True),
    sa.Column('payment_terms_id', sa.Integer(), nullable=True),
    sa.Column('iban', sa.String(length=34), nullable=False),
    sa.Column('bic', sa.String(length=11), nullable=False),
    sa.Column('sepa_mandate_ref', sa.String(length=35), nullable=False),
    sa.Column('sepa_mandate_date', sa.Date(), nullable=True),
    sa.Column('credit_limit', sa.Numeric(precision=14, scale=2), nullable=True),
    sa.Column('default_discount', sa.Numeric(precision=5, scale=2), nullable=True),
    sa.Column('vat_regime', sa.String(length=12), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('sort_name', sa.String(length=200), nullable=False),
    sa.Column('billing_city', sa.String(length=100), nullable=False),
    sa.Column('billing_postal_code', sa.String(length=10), nullable=False),
    sa.Column('order_count', sa.Integer(), nullable=False),
    sa.Column('open_order_count', sa.Integer(), nullable=False),
    sa.Column('last_order_date', sa.Date(), nullable=True),
    sa.Column('search_text', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['default_carrier_id'], ['carrier.id'], name=op.f('fk_customer_default_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['payment_terms_id'], ['payment_terms.id'], name=op.f('fk_customer_payment_terms_id_payment_terms')),
    sa.ForeignKeyConstraint(['preferred_payment_method_id'], ['payment_method.id'], name=op.f('fk_customer_preferred_payment_method_id_payment_method')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('code', name=op.f('uq_customer_code'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index('ix_customer_active', ['active', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_billing_city', ['billing_city', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_billing_postal_code', ['billing_postal_code', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_created_at', ['created_at'], unique=False)
        batch_op.create_index('ix_customer_email', ['email'], unique=False)
        batch_op.create_index('ix_customer_kind', ['kind', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_last_order_date', ['last_order_date', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_open_order_count', ['open_order_count'], unique=False)
        batch_op.create_index('ix_customer_order_count', ['order_count', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_payment_method', ['preferred_payment_method_id', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_payment_terms', ['payment_terms_id', 'sort_name'], unique=False)
        batch_op.create_index('ix_customer_phone', ['phone'], unique=False)
        batch_op.create_index('ix_customer_siren', ['siren'], unique=False)
        batch_op.create_index('ix_customer_siret', ['siret'], unique=False)
        batch_op.create_index('ix_customer_sort_name', ['sort_name', 'id'], unique=False)
        batch_op.create_index('ix_customer_vat_number', ['vat_number'], unique=False)
        batch_op.create_index('ix_customer_default_carrier', ['default_carrier_id'], unique=False)

    op.create_table('address',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('usage', sa.String(length=10), nullable=False),
    sa.Column('recipient', sa.String(length=200), nullable=False),
    sa.Column('street1', sa.String(length=200), nullable=False),
    sa.Column('street2', sa.String(length=200), nullable=False),
    sa.Column('street3', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('instructions', sa.Text(), nullable=False),
    sa.Column('is_default_billing', sa.Boolean(), nullable=False),
    sa.Column('is_default_delivery', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_address_customer_id_customer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_address'))
    )
    with op.batch_alter_table('address', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_address_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('uq_address_default_billing', ['customer_id'], unique=True, sqlite_where=sa.text('is_default_billing'), postgresql_where=sa.text('is_default_billing'))
        batch_op.create_index('uq_address_default_delivery', ['customer_id'], unique=True, sqlite_where=sa.text('is_default_delivery'), postgresql_where=sa.text('is_default_delivery'))

    op.create_table('sales_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('order_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('payment_method_id', sa.Integer(), nullable=True),
    sa.Column('payment_terms_id', sa.Integer(), nullable=True),
    sa.Column('carrier_id', sa.Integer(), nullable=True),
    sa.Column('billing_recipient', sa.String(length=200), nullable=False),
    sa.Column('billing_street1', sa.String(length=200), nullable=False),
    sa.Column('billing_street2', sa.String(length=200), nullable=False),
    sa.Column('billing_street3', sa.String(length=200), nullable=False),
    sa.Column('billing_postal_code', sa.String(length=10), nullable=False),
    sa.Column('billing_city', sa.String(length=100), nullable=False),
    sa.Column('billing_country', sa.String(length=2), nullable=False),
    sa.Column('delivery_recipient', sa.String(length=200), nullable=False),
    sa.Column('delivery_street1', sa.String(length=200), nullable=False),
    sa.Column('delivery_street2', sa.String(length=200), nullable=False),
    sa.Column('delivery_street3', sa.String(length=200), nullable=False),
    sa.Column('delivery_postal_code', sa.String(length=10), nullable=False),
    sa.Column('delivery_city', sa.String(length=100), nullable=False),
    sa.Column('delivery_country', sa.String(length=2), nullable=False),
    sa.Column('customer_reference', sa.String(length=100), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('line_count', sa.Integer(), nullable=False),
    sa.Column('total_excl_tax', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('total_incl_tax', sa.Numeric(precision=14, scale=2), nullable=False),
    sa.Column('created_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.Column('updated_at', sa.DateTime(), server_default=sa.text('(CURRENT_TIMESTAMP)'), nullable=False),
    sa.ForeignKeyConstraint(['carrier_id'], ['carrier.id'], name=op.f('fk_sales_order_carrier_id_carrier')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_sales_order_customer_id_customer'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['payment_method_id'], ['payment_method.id'], name=op.f('fk_sales_order_payment_method_id_payment_method')),
    sa.ForeignKeyConstraint(['payment_terms_id'], ['payment_terms.id'], name=op.f('fk_sales_order_payment_terms_id_payment_terms')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales_order')),
    sa.UniqueConstraint('number', name=op.f('uq_sales_order_number'))
    )
    with op.batch_alter_table('sales_order', schema=None) as batch_op:
        batch_op.create_index('ix_sales_order_customer', ['customer_id', 'order_date', 'id'], unique=False)
        batch_op.create_index('ix_sales_order_customer_reference', ['customer_reference'], unique=False)
        batch_op.create_index('ix_sales_order_payment_method', ['payment_method_id'], unique=False)
        batch_op.create_index('ix_sales_order_payment_terms', ['payment_terms_id'], unique=False)
        batch_op.create_index('ix_sales_order_carrier', ['carrier_id'], unique=False)
        batch_op.create_index('ix_sales_order_date', ['order_date', 'id'], unique=False)
        batch_op.create_index('ix_sales_order_status', ['status', 'order_date'], unique=False)

    op.create_table('order_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=300), nullable=False),
    sa.Column('quantity', sa.Numeric(precision=12, scale=3), nullable=False),
    sa.Column('unit_price', sa.Numeric(precision=12, scale=4), nullable=False),
    sa.Column('discount_percent', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('vat_rate', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['sales_order.id'], name=op.f('fk_order_line_order_id_sales_order'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['product_id'], ['product.id'], name=op.f('fk_order_line_product_id_product')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_line'))
    )
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_line_order_id'), ['order_id'], unique=False)


    _seed_reference_lists()
    _create_search_indexes()


PAYMENT_METHODS = [
    ("virement", "Virement", "Bank transfer"),
    ("cheque", "Chèque", "Cheque"),
    ("sepa", "Prélèvement SEPA", "SEPA direct debit"),
    ("carte", "Carte bancaire", "Card"),
    ("especes", "Espèces", "Cash"),
    ("lcr", "LCR", "Bill of exchange (LCR)"),
]
PAYMENT_TERMS = [
    ("reception", "À réception", "On receipt", 0, False),
    ("30j", "30 jours", "30 days", 30, False),
    ("30jfdm", "30 jours fin de mois", "30 days end of month", 30, True),
    ("45jfdm", "45 jours fin de mois", "45 days end of month", 45, True),
    ("60j", "60 jours", "60 days", 60, False),
]
CARRIERS = [
    ("colissimo", "Colissimo"),
    ("chronopost", "Chronopost"),
    ("dpd", "DPD"),
    ("gls", "GLS"),
    ("geodis", "Geodis"),
    ("dbschenker", "DB Schenker"),
    ("retrait", "Retrait sur place"),
]


def _seed_reference_lists() -> None:
    pm = sa.table("payment_method", sa.column("code"), sa.column("label"), sa.column("label_en"),
                  sa.column("position"), sa.column("active"))
    op.bulk_insert(pm, [dict(code=c, label=fr, label_en=en, position=i, active=True)
                        for i, (c, fr, en) in enumerate(PAYMENT_METHODS)])
    pt = sa.table("payment_terms", sa.column("code"), sa.column("label"), sa.column("label_en"),
                  sa.column("days"), sa.column("end_of_month"), sa.column("position"), sa.column("active"))
    op.bulk_insert(pt, [dict(code=c, label=fr, label_en=en, days=d, end_of_month=eom, position=i, active=True)
                        for i, (c, fr, en, d, eom) in enumerate(PAYMENT_TERMS)])
    ca = sa.table("carrier", sa.column("code"), sa.column("label"), sa.column("position"), sa.column("active"))
    op.bulk_insert(ca, [dict(code=c, label=label, position=i, active=True) for i, (c, label) in enumerate(CARRIERS)])


SQLITE_SEARCH = [
    "CREATE VIRTUAL TABLE customer_fts USING fts5(search_text, content='customer', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE VIRTUAL TABLE customer_words USING fts5(search_text, content='customer', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2', prefix='1 2', detail='none')",
    """CREATE TRIGGER customer_search_ai AFTER INSERT ON customer BEGIN
        INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text);
        INSERT INTO customer_words(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
    """CREATE TRIGGER customer_search_ad AFTER DELETE ON customer BEGIN
        INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO customer_words(customer_words, rowid, search_text) VALUES ('delete', old.id, old.search_text);
    END""",
    """CREATE TRIGGER customer_search_au AFTER UPDATE OF search_text ON customer BEGIN
        INSERT INTO customer_fts(customer_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO customer_words(customer_words, rowid, search_text) VALUES ('delete', old.id, old.search_text);
        INSERT INTO customer_fts(rowid, search_text) VALUES (new.id, new.search_text);
        INSERT INTO customer_words(rowid, search_text) VALUES (new.id, new.search_text);
    END""",
]


def _create_search_indexes() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for statement in SQLITE_SEARCH:
            op.execute(statement)
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_customer_search_trgm ON customer USING gin (search_text gin_trgm_ops)")
        op.execute("CREATE INDEX ix_product_search_trgm ON product USING gin (search_text gin_trgm_ops)")
        op.execute("CREATE INDEX ix_sales_order_number_trgm ON sales_order USING gin (number gin_trgm_ops)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for name in ("customer_search_ai", "customer_search_ad", "customer_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS customer_fts")
        op.execute("DROP TABLE IF EXISTS customer_words")

    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_line_order_id'))

    op.drop_table('order_line')
    with op.batch_alter_table('sales_order', schema=None) as batch_op:
        batch_op.drop_index('ix_sales_order_status')
        batch_op.drop_index('ix_sales_order_date')
        batch_op.drop_index('ix_sales_order_customer_reference')
        batch_op.drop_index('ix_sales_order_customer')

    op.drop_table('sales_order')
    with op.batch_alter_table('address', schema=None) as batch_op:
        batch_op.drop_index('uq_address_default_delivery', sqlite_where=sa.text('is_default_delivery'), postgresql_where=sa.text('is_default_delivery'))
        batch_op.drop_index('uq_address_default_billing', sqlite_where=sa.text('is_default_billing'), postgresql_where=sa.text('is_default_billing'))
        batch_op.drop_index(batch_op.f('ix_address_customer_id'))

    op.drop_table('address')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index('ix_customer_vat_number')
        batch_op.drop_index('ix_customer_sort_name')
        batch_op.drop_index('ix_customer_siret')
        batch_op.drop_index('ix_customer_siren')
        batch_op.drop_index('ix_customer_phone')
        batch_op.drop_index('ix_customer_payment_terms')
        batch_op.drop_index('ix_customer_payment_method')
        batch_op.drop_index('ix_customer_order_count')
        batch_op.drop_index('ix_customer_open_order_count')
        batch_op.drop_index('ix_customer_last_order_date')
        batch_op.drop_index('ix_customer_kind')
        batch_op.drop_index('ix_customer_email')
        batch_op.drop_index('ix_customer_created_at')
        batch_op.drop_index('ix_customer_billing_postal_code')
        batch_op.drop_index('ix_customer_billing_city')
        batch_op.drop_index('ix_customer_active')

    op.drop_table('customer')
    with op.batch_alter_table('product', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_product_ean'))

    op.drop_table('product')
    op.drop_table('payment_terms')
    op.drop_table('payment_method')
    op.drop_table('counter')
    op.drop_table('carrier')

