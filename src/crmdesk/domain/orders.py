"""Order workflow and the editing rule."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from crmdesk.domain.addresses import Place
from crmdesk.domain.enums import OrderStatus, VatRegime
from crmdesk.domain.errors import FieldError, OrderLockedError, TransitionError
from crmdesk.domain.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.domain.records import CustomerData, OrderLineData, ProductData

EDITABLE_STATUSES = frozenset({OrderStatus.DRAFT, OrderStatus.VALIDATED})
# An open order is one not yet prepared: the customer's "commandes en cours", the order list's default filter.
# The same statuses as the editable ones, as plain values for queries.
OPEN_STATUSES: tuple[str, ...] = tuple(s.value for s in OrderStatus if s in EDITABLE_STATUSES)
FINAL_STATUSES = frozenset({OrderStatus.DELIVERED, OrderStatus.CANCELLED})

TRANSITIONS: dict[OrderStatus, frozenset[OrderStatus]] = {
    OrderStatus.DRAFT: frozenset({OrderStatus.VALIDATED, OrderStatus.CANCELLED}),
    OrderStatus.VALIDATED: frozenset({OrderStatus.DRAFT, OrderStatus.PREPARED, OrderStatus.CANCELLED}),
    OrderStatus.PREPARED: frozenset({OrderStatus.SHIPPED, OrderStatus.CANCELLED}),
    OrderStatus.SHIPPED: frozenset({OrderStatus.DELIVERED}),
    OrderStatus.DELIVERED: frozenset(),
    OrderStatus.CANCELLED: frozenset(),
}

# Transitions that cannot be taken back: the UI asks for confirmation.
IRREVERSIBLE = frozenset({OrderStatus.PREPARED, OrderStatus.SHIPPED, OrderStatus.DELIVERED, OrderStatus.CANCELLED})


def is_editable(status: OrderStatus | str) -> bool:
    return OrderStatus(status) in EDITABLE_STATUSES


def can_transition(current: OrderStatus | str, target: OrderStatus | str) -> bool:
    return OrderStatus(target) in TRANSITIONS[OrderStatus(current)]


def locked_reason(status: OrderStatus | str) -> str:
    """Why an order in this status cannot be edited ('' when it can)."""
    status = OrderStatus(status)
    if status in EDITABLE_STATUSES:
        return ""
    if status is OrderStatus.CANCELLED:
        return translate("domain.orders", "Order cancelled")
    return translate("domain.orders", "Order already prepared")


def check_editable(status: OrderStatus | str, number: str = "") -> None:
    if not is_editable(status):
        reason = locked_reason(status).lower()
        if not number:
            raise OrderLockedError(
                translate("domain.orders", "This order can no longer be changed: {reason}.").format(reason=reason)
            )
        raise OrderLockedError(
            translate("domain.orders", "Order {number} can no longer be changed: {reason}.").format(number=number,
                reason=reason)
        )


def check_transition(current: OrderStatus | str, target: OrderStatus | str) -> None:
    if not can_transition(current, target):
        raise TransitionError(
            translate("domain.orders", "An order that is {current} cannot become {target}.").format(current=OrderStatus(current).label.lower(),
                target=OrderStatus(target).label.lower())
        )


def check_can_validate(line_count: int, delivery_street: str = "", number: str = "") -> None:
    """An order is validated (confirmed to the customer) only with something to deliver somewhere: at least
    one line and a delivery address (a line at 0 € stays possible: a free sample). TransitionError says what
    is missing."""
    missing = []
    if line_count <= 0:
        missing.append(translate("domain.orders", "no line"))
    if not (delivery_street or "").strip():
        missing.append(translate("domain.orders", "no delivery address"))
    if missing:
        raise TransitionError(translate("domain.orders", "Order {number} cannot be validated: {missing}. Add the lines and the address first.").format(number=number or "", missing=", ".join(missing)).replace("  ", " "))


# ---- order lines: bounds ---------------------------------------------------------------------------

@dataclass(frozen=True)
class LineBound:
    """What a line's number may be: from 0 (excluded when `positive`) to `maximum`, with at most `places`
    decimals (the database column's scale: more would be rounded without a word). `feminine`: the French
    label's gender, for the agreement of the messages."""

    source: str  # the English label ("Quantity"), translated in context "domain.orders"
    subject_source: str  # the label as the subject of a sentence ("The quantity", "La quantité")
    maximum: Decimal
    places: int
    positive: bool = False
    feminine: bool = False

    @property
    def label(self) -> str:
        return translate("domain.orders", self.source)

    @property
    def subject(self) -> str:
        return translate("domain.orders", self.subject_source)


LINE_BOUNDS: dict[str, LineBound] = {
    "quantity": LineBound(QT_TRANSLATE_NOOP("domain.orders", "Quantity"),
                             QT_TRANSLATE_NOOP("domain.orders", "The quantity"), Decimal(1_000_000), 3, positive=True, feminine=True),
    "unit_price": LineBound(QT_TRANSLATE_NOOP("domain.orders", "Unit price"),
                             QT_TRANSLATE_NOOP("domain.orders", "The unit price"), Decimal(10_000_000), 4),
    "discount_percent": LineBound(QT_TRANSLATE_NOOP("domain.orders", "Discount"),
                             QT_TRANSLATE_NOOP("domain.orders", "The discount"), Decimal(100), 2, feminine=True),
    "vat_rate": LineBound(QT_TRANSLATE_NOOP("domain.orders", "VAT rate"),
                             QT_TRANSLATE_NOOP("domain.orders", "The VAT rate"), Decimal(100), 2),
}


def check_line_value(field: str, value: Decimal | None) -> Decimal:
    """`value` if a line's `field` may hold it, else FieldError(field) saying why. The one rule for the
    lines editor and for saving an order."""
    bound = LINE_BOUNDS[field]
    e = "e" if bound.feminine else ""
    if value is None:
        raise FieldError(field, translate("domain.orders", "{label}: type a number.").format(label=bound.label))
    if bound.positive and value <= 0:
        raise FieldError(field, translate("domain.orders", "{subject} must be more than zero.").format(subject=bound.subject, e=e))
    if bound.maximum == 100 and not 0 <= value <= 100:
        raise FieldError(field, translate("domain.orders", "{subject} must be between 0 and 100 %.").format(subject=bound.subject, e=e))
    if value < 0:
        raise FieldError(field, translate("domain.orders", "{subject} cannot be negative.").format(subject=bound.subject, f="ve" if bound.feminine else "f"))
    if value > bound.maximum:
        whole = int(bound.maximum)
        raise FieldError(field, translate("domain.orders", "{subject} cannot exceed {max_en}.").format(subject=bound.subject, max_en=f"{whole:,}",
                                  max_fr=f"{whole:,}".replace(",", "\u202f")))
    if value != value.quantize(Decimal(1).scaleb(-bound.places)):
        raise FieldError(field, translate("domain.orders", "{label}: at most {n} decimals.").format(label=bound.label, n=bound.places))
    return value


def line_errors(line: OrderLineData) -> list[FieldError]:
    """Every number of `line` that check_line_value refuses, in column order."""
    errors = []
    for field in LINE_BOUNDS:
        try:
            check_line_value(field, getattr(line, field))
        except FieldError as exc:
            errors.append(exc)
    return errors


# The amount columns are NUMERIC(14, 2): an order above this cannot be stored (and is surely a typing error).
MAX_ORDER_TOTAL = Decimal("999999999999.99")


def order_total_errors(lines: list[OrderLineData]) -> list[FieldError]:
    """A FieldError("order_lines") when the lines' total including tax is more than an order can hold."""
    from crmdesk.domain.money import LineAmounts, compute_totals

    totals = compute_totals(LineAmounts(line.quantity, line.unit_price, line.discount_percent, line.vat_rate)
                            for line in lines)
    if totals.incl_tax <= MAX_ORDER_TOTAL:
        return []
    return [FieldError("order_lines", translate("domain.orders", "The order's total is too large to be stored; check the quantities "
                                        "and prices."))]


# ---- order lines: defaults -------------------------------------------------------------------------

DEFAULT_VAT_RATE = Decimal(20)
# The rates a French seller uses in metropolitan France (normal, intermediate, reduced, super-reduced, none).
FRENCH_VAT_RATES = (Decimal(20), Decimal(10), Decimal("5.5"), Decimal("2.1"), Decimal(0))
# Guadeloupe, Martinique, La Réunion (CGI art. 296): a normal rate of 8.5 % and a reduced rate of 2.1 %.
OVERSEAS_NORMAL_RATE = Decimal("8.5")
OVERSEAS_REDUCED_RATE = Decimal("2.1")
OVERSEAS_VAT_DEPARTMENTS = frozenset({"971", "972", "974"})
# Guyane and Mayotte (CGI art. 294), and the collectivities of Saint-Pierre-et-Miquelon, Saint-Barthélemy and
# Saint-Martin, are outside the French VAT territory: no VAT is charged there.
NO_VAT_TERRITORIES = frozenset({"973", "975", "976", "977", "978"})
# Overseas country codes and the postal prefix that stands for each.
_OVERSEAS_COUNTRIES = {"GP": "971", "MQ": "972", "GF": "973", "RE": "974", "PM": "975", "YT": "976", "BL": "977",
                       "MF": "978"}


def overseas_territory(postal_code: str, country: str = "FR") -> str:
    """The overseas postal prefix ("974") of a delivery place, or "" for metropolitan France and abroad."""
    country = (country or "FR").upper()
    if country in _OVERSEAS_COUNTRIES:
        return _OVERSEAS_COUNTRIES[country]
    code = (postal_code or "").replace(" ", "")
    if country == "FR" and code[:3] in OVERSEAS_VAT_DEPARTMENTS | NO_VAT_TERRITORIES:
        return code[:3]
    return ""


def line_vat_rate(regime: str, rate: Decimal, postal_code: str = "", country: str = "FR") -> Decimal:
    """The VAT rate a line takes by default: `rate` (the product's, in metropolitan terms) for a customer of
    the French regime, its overseas equivalent when delivered to Guadeloupe, Martinique or La Réunion, 0
    in Guyane and Mayotte, and 0 for a customer outside the French regime (intra-EU, export, exempt)."""
    if regime != VatRegime.FRANCE.value:
        return Decimal(0)
    territory = overseas_territory(postal_code, country)
    if territory in NO_VAT_TERRITORIES:
        return Decimal(0)
    if territory in OVERSEAS_VAT_DEPARTMENTS and rate:
        return OVERSEAS_NORMAL_RATE if rate >= DEFAULT_VAT_RATE else OVERSEAS_REDUCED_RATE
    return rate


def vat_rate_for_new_place(rate: Decimal, regime: str, old: Place, new: Place,
                           product_rate: Decimal | None = None) -> Decimal:
    """A line's VAT rate after the order's delivery place changed: a rate that is still the old place's
    default for the line's product follows to the new place's. A free line's rate follows when it reads as
    exactly one metropolitan rate at the old place (5.5 % in Lyon is 2.1 % in La Réunion; 2.1 % there could be
    10, 5.5 or 2.1 back in Lyon, so it stays), or as the default rate among others (0 % in Guyane). Any other
    rate was chosen by the user and stays."""
    def at(place: Place, base: Decimal) -> Decimal:
        return line_vat_rate(regime, base, place.postal_code, place.country)

    bases = [product_rate] if product_rate is not None else [r for r in FRENCH_VAT_RATES if at(old, r) == rate]
    if len(bases) > 1 and DEFAULT_VAT_RATE in bases:
        bases = [DEFAULT_VAT_RATE]  # 0 % in Guyane: most likely a free line's default rate
    if len(bases) == 1 and at(old, bases[0]) == rate:
        return at(new, bases[0])
    return rate


def new_line(customer: CustomerData | None, delivery: Place | None = None,
             product: ProductData | None = None) -> OrderLineData:
    """A new order line with its defaults: a catalogue line takes the product's reference, name, price and
    VAT and the customer's usual discount; a free line 1 × 0 at the default rate. The VAT rate follows the
    customer's regime and the delivery place (line_vat_rate)."""
    regime = customer.vat_regime if customer is not None else VatRegime.FRANCE.value
    postal, country = (delivery.postal_code, delivery.country) if delivery is not None else ("", "FR")
    if product is None:
        return OrderLineData(description="", quantity=Decimal(1), unit_price=Decimal(0),
                             discount_percent=Decimal(0),
                             vat_rate=line_vat_rate(regime, DEFAULT_VAT_RATE, postal, country))
    discount = (customer.default_discount if customer is not None else None) or Decimal(0)
    return OrderLineData(product_id=product.id, product_reference=product.reference, description=product.name,
                         quantity=Decimal(1), unit_price=product.unit_price, discount_percent=discount,
                         vat_rate=line_vat_rate(regime, product.vat_rate, postal, country))
