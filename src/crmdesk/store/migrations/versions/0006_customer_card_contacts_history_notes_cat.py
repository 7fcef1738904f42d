"""customer card: contacts, history, notes, categories, figures, credit control (issue 13)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

- customer: credit_control (none / warn / block), and the figures the list sorts and filters on, kept by the
  services with every order write: turnover_12m, outstanding_amount, over_credit_limit;
- customer_turnover: turnover excl. tax per customer and month (YYYYMM), the source of the 12-month and
  yearly figures and of the chart;
- contact: several per customer; each company's existing contact person (civility, names, job title, with
  the customer's email, phones and language) becomes its first, main contact. The customer's own columns are
  kept as they were: nothing is lost;
- history_entry, customer_note, category, customer_category, app_setting.

The figures are filled from the existing orders here, in SQL (cancelled and draft orders never count).
"""

from __future__ import annotations

from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

MONEY = sa.Numeric(precision=14, scale=2)
CUSTOMER_INDEXES = [
    ("ix_customer_turnover_12m", ["turnover_12m", "sort_name"]),
    ("ix_customer_active_turnover_12m", ["active", "turnover_12m", "sort_name"]),
    ("ix_customer_outstanding", ["outstanding_amount", "sort_name"]),
    ("ix_customer_active_outstanding", ["active", "outstanding_amount", "sort_name"]),
    # The filter "over the limit" counts and pages from this index alone, with the status filter.
    ("ix_customer_over_limit", ["over_credit_limit", "active", "sort_name"]),
]
# As domain/credit.py says (a migration does not import the application).
TURNOVER = "('validated', 'prepared', 'shipped', 'delivered')"
OUTSTANDING = "('validated', 'prepared', 'shipped')"


def _month_sql(dialect: str) -> str:
    if dialect == "sqlite":
        return "CAST(strftime('%Y', order_date) AS INTEGER) * 100 + CAST(strftime('%m', order_date) AS INTEGER)"
    return "CAST(EXTRACT(YEAR FROM order_date) AS INTEGER) * 100 + CAST(EXTRACT(MONTH FROM order_date) AS INTEGER)"


def _window(today: date) -> tuple[int, int]:
    first = today.year * 12 + today.month - 1 - 11
    return (first // 12) * 100 + first % 12 + 1, today.year * 100 + today.month


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # Plain ADD COLUMN on both backends (no batch copy of the table: its search triggers stay).
    op.add_column("customer", sa.Column("credit_control", sa.String(length=8), server_default="warn", nullable=False))
    op.add_column("customer", sa.Column("turnover_12m", MONEY, server_default="0", nullable=False))
    op.add_column("customer", sa.Column("outstanding_amount", MONEY, server_default="0", nullable=False))
    op.add_column("customer", sa.Column("over_credit_limit", sa.Boolean(), server_default=sa.text("false"),
                                        nullable=False))
    for name, columns in CUSTOMER_INDEXES:
        op.create_index(name, "customer", columns)
    op.create_index("ix_sales_order_customer_figures", "sales_order",
                    ["customer_id", "status", "order_date", "total_excl_tax", "total_incl_tax"])

    op.create_table(
        "customer_turnover",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("amount_excl_tax", MONEY, nullable=False),
        sa.Column("order_count", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_customer_turnover_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("customer_id", "month", name=op.f("pk_customer_turnover")),
    )
    op.create_index("ix_customer_turnover_month", "customer_turnover", ["month", "customer_id"])

    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("civility", sa.String(length=20), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("job_title", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=12), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("mobile", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("is_main", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_contact_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_contact_customer_id", "contact", ["customer_id"])
    op.create_index("uq_contact_main", "contact", ["customer_id"], unique=True,
                    sqlite_where=sa.text("is_main"), postgresql_where=sa.text("is_main"))

    op.create_table(
        "history_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=True),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(length=12), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_history_entry")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_history_entry_customer", "history_entry", ["customer_id", "at", "id"])
    op.create_index("ix_history_entry_order", "history_entry", ["order_id", "at", "id"])

    op.create_table(
        "customer_note",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("author", sa.String(length=100), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"], name=op.f("fk_customer_note_customer_id_customer"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_note")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_customer_note_customer", "customer_note", ["customer_id", "at"])

    op.create_table(
        "category",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(length=60), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_category")),
        sa.UniqueConstraint("label", name=op.f("uq_category_label")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "customer_category",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["customer_id"], ["customer.id"],
                                name=op.f("fk_customer_category_customer_id_customer"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"],
                                name=op.f("fk_customer_category_category_id_category"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("customer_id", "category_id", name=op.f("pk_customer_category")),
    )
    op.create_index("ix_customer_category_category", "customer_category", ["category_id", "customer_id"])

    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_setting")),
    )

    # ---- data -----------------------------------------------------------------------------------------
    op.execute("""
        INSERT INTO contact (customer_id, position, civility, first_name, last_name, job_title, role, email,
                             phone, mobile, language, is_main)
        SELECT id, 0, civility, first_name, last_name, job_title, 'other', email, phone, mobile, language, true
        FROM customer
        WHERE kind = 'company' AND (first_name <> '' OR last_name <> '' OR job_title <> '')
    """)
    month = _month_sql(dialect)
    op.execute(f"""
        INSERT INTO customer_turnover (customer_id, month, amount_excl_tax, order_count)
        SELECT customer_id, {month}, SUM(total_excl_tax), COUNT(*)
        FROM sales_order WHERE status IN {TURNOVER}
        GROUP BY customer_id, {month}
    """)
    first, last = _window(date.today())
    op.execute(f"""
        UPDATE customer SET
            turnover_12m = COALESCE((SELECT SUM(amount_excl_tax) FROM customer_turnover t
                                     WHERE t.customer_id = customer.id AND t.month BETWEEN {first} AND {last}), 0),
            outstanding_amount = COALESCE((SELECT SUM(total_incl_tax) FROM sales_order o
                                           WHERE o.customer_id = customer.id AND o.status IN {OUTSTANDING}), 0)
        WHERE id IN (SELECT customer_id FROM sales_order)
    """)
    op.execute("""
        UPDATE customer SET over_credit_limit = (credit_limit IS NOT NULL AND outstanding_amount > credit_limit)
        WHERE credit_limit IS NOT NULL
    """)
    op.execute(f"INSERT INTO app_setting (key, value) VALUES ('turnover_month', '{last}')")


def downgrade() -> None:
    op.drop_table("app_setting")
    op.drop_index("ix_customer_category_category", "customer_category")
    op.drop_table("customer_category")
    op.drop_table("category")
    op.drop_index("ix_customer_note_customer", "customer_note")
    op.drop_table("customer_note")
    op.drop_index("ix_history_entry_order", "history_entry")
    op.drop_index("ix_history_entry_customer", "history_entry")
    op.drop_table("history_entry")
    op.drop_index("uq_contact_main", "contact")
    op.drop_index("ix_contact_customer_id", "contact")
    op.drop_table("contact")
    op.drop_index("ix_customer_turnover_month", "customer_turnover")
    op.drop_table("customer_turnover")
    op.drop_index("ix_sales_order_customer_figures", "sales_order")
    for name, _ in CUSTOMER_INDEXES:
        op.drop_index(name, "customer")
    # Plain DROP COLUMN (SQLite 3.35+): a batch copy of the table would lose its search triggers.
    for column in ("over_credit_limit", "outstanding_amount", "turnover_12m", "credit_control"):
        op.execute(f"ALTER TABLE customer DROP COLUMN {column}")
