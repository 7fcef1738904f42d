"""Demo data: a realistic French data set for `crmdesk --demo`, and large generated sets for benchmarks.

`fill_demo(services)` fills an empty database with about 200 customers (companies and individuals), a
catalogue of about 100 products and orders in every status. `generate(db, n, m)` appends `n` customers with
about `m` orders each, fast enough for a million customers in a few minutes.

Both write through core inserts (executemany on SQLite, COPY on PostgreSQL) rather than the services, one
transaction per batch, and fill every summary column the services maintain (billing city and postal code,
order counts, last order date, folded sort name and search text) and the number counters, so that the
result is exactly what the services would have written. Everything is seeded: the same seed gives the same
data.
"""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from operator import itemgetter
from typing import Any, TextIO, cast

from sqlalchemy import Connection, Date, DateTime, Numeric, func, insert, select, text, update

from crmdesk.demo.seller import fill_documents_demo, product_nature
from crmdesk.domain.addresses import ORDER_ADDRESS_PARTS, default_addresses, order_address
from crmdesk.domain.codes import customer_code, order_number, order_number_prefix
from crmdesk.domain.money import LineAmounts, rate_key, vat_amount
from crmdesk.domain.orders import OPEN_STATUSES, line_vat_rate, overseas_territory
from crmdesk.domain.validation import fold
from crmdesk.services.activity import demo_card_rows
from crmdesk.services.common import customer_search_text
from crmdesk.services.contacts import stamp_demo_card
from crmdesk.services.history import fill_demo_history
from crmdesk.services.order_search import word_rows as order_word_rows
from crmdesk.store.database import Database
from crmdesk.store.models import (
    Address,
    Carrier,
    Contact,
    Counter,
    Customer,
    CustomerTurnover,
    OrderLine,
    OrderWord,
    PaymentMethod,
    PaymentTerms,
    Product,
    SalesOrder,
)

DEMO_CUSTOMERS = 200
DEMO_ORDERS_PER_CUSTOMER = 3
STATUSES = ("draft", "validated", "prepared", "shipped", "delivered", "cancelled")
QUANTITIES = (1, 1, 2, 3, 5, 10, 12, 20)
SMALL_DECIMALS = [Decimal(i) for i in range(101)]
CENT = Decimal("0.01")
ZERO_CENTS = Decimal("0.00")
# Age in days of the showcase orders of each status.
STATUS_AGE = {"draft": 1, "validated": 3, "prepared": 9, "shipped": 16, "delivered": 60, "cancelled": 30}

# ---- pools -------------------------------------------------------------------------------------

# (postal code, city, landline area digit) -- real communes with their real postal codes.
CITIES: tuple[tuple[str, str, str], ...] = (
    ("01000", "Bourg-en-Bresse", "4"), ("01100", "Oyonnax", "4"), ("02100", "Saint-Quentin", "3"),
    ("03100", "Montluçon", "4"), ("06000", "Nice", "4"), ("06400", "Cannes", "4"), ("10000", "Troyes", "3"),
    ("13001", "Marseille", "4"), ("13006", "Marseille", "4"), ("13008", "Marseille", "4"),
    ("13100", "Aix-en-Provence", "4"), ("14000", "Caen", "2"), ("17000", "La Rochelle", "5"),
    ("20000", "Ajaccio", "4"), ("20200", "Bastia", "4"), ("21000", "Dijon", "3"), ("25000", "Besançon", "3"),
    ("29200", "Brest", "2"), ("29000", "Quimper", "2"), ("30000", "Nîmes", "4"), ("31000", "Toulouse", "5"),
    ("31400", "Toulouse", "5"), ("33000", "Bordeaux", "5"), ("33800", "Bordeaux", "5"),
    ("34000", "Montpellier", "4"), ("35000", "Rennes", "2"), ("37000", "Tours", "2"), ("38000", "Grenoble", "4"),
    ("42000", "Saint-Étienne", "4"), ("44000", "Nantes", "2"), ("44600", "Saint-Nazaire", "2"),
    ("45000", "Orléans", "2"), ("49000", "Angers", "2"), ("51100", "Reims", "3"), ("54000", "Nancy", "3"),
    ("56100", "Lorient", "2"), ("57000", "Metz", "3"), ("59000", "Lille", "3"), ("59100", "Roubaix", "3"),
    ("59200", "Tourcoing", "3"), ("62000", "Arras", "3"), ("63000", "Clermont-Ferrand", "4"), ("64000", "Pau", "5"),
    ("64100", "Bayonne", "5"), ("66000", "Perpignan", "4"), ("67000", "Strasbourg", "3"), ("68100", "Mulhouse", "3"),
    ("68000", "Colmar", "3"), ("69001", "Lyon", "4"), ("69003", "Lyon", "4"), ("69007", "Lyon", "4"),
    ("69100", "Villeurbanne", "4"), ("72000", "Le Mans", "2"), ("73000", "Chambéry", "4"), ("74000", "Annecy", "4"),
    ("75001", "Paris", "1"), ("75002", "Paris", "1"), ("75008", "Paris", "1"), ("75011", "Paris", "1"),
    ("75015", "Paris", "1"), ("75017", "Paris", "1"), ("75020", "Paris", "1"), ("76000", "Rouen", "2"),
    ("76600", "Le Havre", "2"), ("77000", "Melun", "1"), ("78000", "Versailles", "1"), ("80000", "Amiens", "3"),
    ("83000", "Toulon", "4"), ("84000", "Avignon", "4"), ("86000", "Poitiers", "5"), ("87000", "Limoges", "5"),
    ("92100", "Boulogne-Billancourt", "1"), ("92200", "Neuilly-sur-Seine", "1"), ("93200", "Saint-Denis", "1"),
    ("94300", "Vincennes", "1"), ("97400", "Saint-Denis", "R"), ("97410", "Saint-Pierre", "R"),
    ("97200", "Fort-de-France", "M"), ("97100", "Basse-Terre", "G"),
)

STREET_TYPES = ("rue", "rue", "rue", "avenue", "boulevard", "place", "chemin", "allée", "impasse", "quai", "route")
STREET_NAMES = (
    "de la République", "Victor-Hugo", "Jean-Jaurès", "du Général-de-Gaulle", "Pasteur", "de la Gare",
    "des Écoles", "du Moulin", "de l'Église", "Gambetta", "Émile-Zola", "des Lilas", "du Château",
    "Saint-Michel", "de Verdun", "Jeanne-d'Arc", "des Tanneurs", "du Port", "Aristide-Briand", "Clemenceau",
    "Lamartine", "de la Liberté", "des Acacias", "Molière", "du 8-Mai-1945", "Foch", "de Bretagne",
    "Nationale", "des Forges", "des Vignes", "du Faubourg", "des Œillets", "François-Mitterrand",
)
STREET2 = ("Bâtiment B", "ZA des Écureuils", "ZI Nord", "BP 42", "Parc d'activités du Moulin", "3e étage",
           "Résidence Les Tilleuls", "Zone artisanale", "CS 70012")

ACTIVITIES = (
    "Boulangerie", "Pâtisserie", "Menuiserie", "Transports", "Imprimerie", "Électricité", "Plomberie",
    "Garage", "Cave", "Fromagerie", "Librairie", "Brasserie", "Quincaillerie", "Maçonnerie", "Chocolaterie",
    "Œnologie Conseil", "Façonnage", "Torréfaction", "Ébénisterie", "Carrosserie", "Traiteur", "Pharmacie",
    "Fleuriste", "Épicerie fine", "Jardinerie", "Serrurerie", "Couverture", "Boucherie", "Hôtel",
    "Informatique", "Conseil", "Bureautique", "Emballages", "Distribution", "Négoce", "Textiles",
)
REGIONS = ("du Lyonnais", "de Bretagne", "d'Alsace", "de Provence", "du Val de Loire", "de Normandie",
           "des Alpes", "du Sud-Ouest", "de Bourgogne", "de la Côte d'Azur", "du Nord", "de l'Océan Indien",
           "de Corse", "de Champagne", "du Périgord", "d'Auvergne")
ADJECTIVES = ("Nouvelle", "Générale", "Française", "Régionale", "Moderne", "Artisanale", "Industrielle")

EXTRA_FIRST = (("Élodie", "F"), ("François", "M"), ("Hélène", "F"), ("Jérôme", "M"), ("Zoé", "F"),
               ("Noël", "M"), ("Anaïs", "F"), ("Maël", "M"), ("Gaëlle", "F"), ("Loïc", "M"), ("Françoise", "F"),
               ("Stéphane", "M"), ("Clémence", "F"), ("Benoît", "M"), ("Léa", "F"), ("Joël", "M"))
EXTRA_LAST = ("Müller", "Lefèvre", "Bœuf", "Cœurdevey", "Gonçalves", "Besançon", "Doré", "Hérault",
              "Lœillet", "Schäfer", "Bénard", "Périer", "Chevalier", "Leclère", "Façon", "Noël", "Duprè")

JOB_TITLES = ("Gérant", "Gérante", "Directeur achats", "Directrice achats", "Comptable", "Responsable logistique",
              "Assistante de direction", "Président", "Directrice administrative et financière", "Chef d'atelier")
LEGAL_FORMS = ("SARL", "SARL", "SAS", "SAS", "SASU", "EURL", "SA", "SNC", "EI")
NAF_CODES = ("10.71C", "10.71D", "47.11F", "43.22A", "43.21A", "49.41A", "56.10A", "46.90Z", "41.20A",
             "70.22Z", "25.62B", "45.20A", "47.73Z", "62.01Z", "47.61Z", "11.02B", "16.23Z", "18.12Z",
             "47.24Z", "55.10Z", "46.34Z", "10.51C", "43.91B", "81.30Z")
MAIL_DOMAINS = ("orange.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr", "wanadoo.fr", "outlook.fr",
                "yahoo.fr", "icloud.com")
# (bank code, BIC) of French banks.
BANKS = (("30004", "BNPAFRPP"), ("30003", "SOGEFRPP"), ("30002", "CRLYFRPP"), ("10278", "CMCIFR2A"),
         ("30066", "CMCIFRPP"), ("20041", "PSSTFRPP"), ("10907", "CCBPFRPP"), ("18206", "AGRIFRPP882"),
         ("14505", "CEPAFRPP450"), ("30056", "CCFRFRPP"))
NOTES = ("Client fidèle depuis 2015.", "Préfère être contacté par e-mail.", "Livraison le matin uniquement.",
         "Attention : relancer avant échéance.", "Remise négociée sur volume annuel.", "")
DELIVERY_INSTRUCTIONS = ("Livraison par l'arrière, quai n° 2.", "Appeler 30 minutes avant.",
                         "Fermé le lundi.", "Sonner à l'interphone « Accueil ».", "")
ADDRESS_LABELS = ("Entrepôt", "Dépôt", "Magasin", "Atelier", "Agence")

PRODUCTS: tuple[tuple[str, str, str], ...] = (
    # (name, unit price excl. tax, VAT rate)
    ("Ramette papier A4 80 g (500 feuilles)", "4.90", "20"), ("Ramette papier A3 80 g", "9.80", "20"),
    ("Stylo bille bleu (boîte de 50)", "12.50", "20"), ("Surligneurs assortis (x4)", "3.60", "20"),
    ("Classeur à levier dos 80 mm", "2.95", "20"), ("Enveloppes C5 (boîte de 500)", "18.40", "20"),
    ("Agrafeuse de bureau", "14.90", "20"), ("Cartouche d'encre noire XL", "32.00", "20"),
    ("Toner laser noir", "89.00", "20"), ("Clé USB 64 Go", "11.90", "20"), ("Souris sans fil", "19.90", "20"),
    ("Clavier AZERTY USB", "24.90", "20"), ("Écran 24 pouces Full HD", "149.00", "20"),
    ("Casque audio filaire", "29.00", "20"), ("Câble HDMI 2 m", "7.50", "20"),
    ("Multiprise parafoudre 6 prises", "21.00", "20"), ("Chaise de bureau ergonomique", "219.00", "20"),
    ("Lampe de bureau LED", "34.90", "20"), ("Caisson mobile 3 tiroirs", "129.00", "20"),
    ("Tableau blanc magnétique 120 × 90", "79.00", "20"), ("Marqueurs effaçables (x4)", "5.90", "20"),
    ("Carton de déménagement (x10)", "16.50", "20"), ("Rouleau adhésif d'emballage", "2.20", "20"),
    ("Film étirable 450 mm", "12.80", "20"), ("Palette bois 80 × 120", "9.00", "20"),
    ("Gants de manutention (paire)", "3.40", "20"), ("Chaussures de sécurité S3", "59.00", "20"),
    ("Gilet haute visibilité", "4.50", "20"), ("Casque de chantier", "9.90", "20"),
    ("Perceuse-visseuse 18 V", "129.00", "20"), ("Coffret d'embouts (32 pièces)", "19.90", "20"),
    ("Vis à bois 4 × 40 (boîte de 200)", "6.80", "20"), ("Chevilles nylon 8 mm (x100)", "4.20", "20"),
    ("Mètre ruban 5 m", "8.90", "20"), ("Niveau à bulle 60 cm", "14.50", "20"),
    ("Peinture acrylique blanche 10 L", "64.00", "20"), ("Rouleau de peinture 180 mm", "6.90", "20"),
    ("Bâche de protection 4 × 5 m", "7.90", "20"), ("Nettoyant multi-surfaces 5 L", "13.90", "20"),
    ("Essuie-tout industriel (x2)", "17.50", "20"), ("Sacs poubelle 100 L (x200)", "24.00", "20"),
    ("Savon liquide mains 5 L", "15.80", "20"), ("Désinfectant sans rinçage 750 ml", "4.60", "20"),
    ("Papier toilette (colis de 96)", "39.00", "20"), ("Distributeur d'essuie-mains", "45.00", "20"),
    ("Machine à café expresso", "349.00", "20"), ("Bouilloire électrique 1,7 L", "29.90", "20"),
    ("Fontaine à eau (location mensuelle)", "35.00", "20"), ("Gobelets carton 20 cl (x1000)", "27.00", "20"),
    ("Agenda 2027 semainier", "12.90", "20"), ("Calculatrice de bureau", "15.90", "20"),
    ("Étiquettes adhésives A4 (x100)", "19.50", "20"), ("Pochettes perforées (x100)", "5.20", "20"),
    ("Bloc-notes A5 quadrillé (x10)", "11.00", "20"), ("Post-it 76 × 76 (x12)", "13.80", "20"),
    ("Trombones (boîte de 1000)", "3.10", "20"), ("Ciseaux 21 cm", "3.90", "20"),
    ("Règle aluminium 50 cm", "6.40", "20"), ("Corbeille à papier", "7.20", "20"),
    ("Extincteur à eau 6 L", "69.00", "20"), ("Trousse de premiers secours", "24.90", "20"),
    ("Café en grains Arabica 1 kg", "16.90", "5.5"), ("Café moulu pur Robusta 250 g", "3.80", "5.5"),
    ("Capsules café (boîte de 100)", "26.00", "5.5"), ("Thé vert bio (100 sachets)", "9.50", "5.5"),
    ("Infusion verveine (50 sachets)", "4.90", "5.5"), ("Sucre en morceaux 1 kg", "1.95", "5.5"),
    ("Lait UHT demi-écrémé (6 × 1 L)", "5.70", "5.5"), ("Eau minérale 6 × 1,5 L", "3.20", "5.5"),
    ("Eau gazeuse 6 × 1 L", "4.10", "5.5"), ("Jus d'orange pur jus 1 L", "2.40", "5.5"),
    ("Chocolat noir 70 % 200 g", "2.90", "5.5"), ("Biscuits sablés pur beurre 1 kg", "8.40", "5.5"),
    ("Confiture de fraises 370 g", "3.10", "5.5"), ("Miel de lavande 500 g", "8.90", "5.5"),
    ("Huile d'olive vierge extra 1 L", "11.50", "5.5"), ("Farine de blé T55 25 kg", "19.00", "5.5"),
    ("Levure boulangère 500 g", "3.30", "5.5"), ("Beurre doux 82 % 2,5 kg", "24.50", "5.5"),
    ("Crème fraîche épaisse 5 L", "21.90", "5.5"), ("Comté AOP 18 mois 1 kg", "24.90", "5.5"),
    ("Fleur de sel de Guérande 250 g", "4.80", "5.5"), ("Pâtes coquillettes 5 kg", "9.90", "5.5"),
    ("Riz de Camargue 5 kg", "12.40", "5.5"), ("Lentilles vertes du Puy 1 kg", "4.60", "5.5"),
    ("Plateau-repas traiteur", "18.50", "10"), ("Buffet froid (par personne)", "24.00", "10"),
    ("Sandwich jambon-beurre", "4.20", "10"), ("Salade composée", "7.50", "10"),
    ("Pose de cloison (forfait m²)", "42.00", "10"), ("Rénovation peinture (forfait m²)", "28.00", "10"),
    ("Nuitée hôtel séminaire", "96.00", "10"), ("Transport de voyageurs (forfait)", "180.00", "10"),
    ("Quotidien régional (abonnement mensuel)", "32.00", "2.1"), ("Hebdomadaire professionnel", "4.50", "2.1"),
    ("Paracétamol 500 mg (boîte)", "1.60", "2.1"), ("Magazine spécialisé (numéro)", "6.90", "2.1"),
)


Row = dict[str, Any]
OrderRows = tuple[Row, list[Row]]  # an order and its lines


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    gender: str  # "M" or "F"


@cache
def _first_names() -> tuple[tuple[str, str], ...]:
    from faker.providers.person.fr_FR import Provider  # pools only: fast and deterministic

    names: list[tuple[str, str]] = list(EXTRA_FIRST)
    names += [(n, "M") for n in Provider.first_names_male] + [(n, "F") for n in Provider.first_names_female]
    seen: set[str] = set()
    return tuple(n for n in names if not (n[0] in seen or seen.add(n[0])))  # type: ignore[func-returns-value]


@cache
def _last_names() -> tuple[str, ...]:
    from faker.providers.person.fr_FR import Provider

    names: list[str] = list(EXTRA_LAST)
    names += list(Provider.last_names)
    return tuple(dict.fromkeys(names))


# ---- identifiers -------------------------------------------------------------------------------

def luhn_digit(digits: str) -> str:
    """The digit that makes `digits + it` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def make_siren(rnd: random.Random) -> str:
    while True:
        body = f"{rnd.randrange(10_000_000, 99_999_999):08d}"
        siren = body + luhn_digit(body)
        if siren != "356000000":  # La Poste's SIREN follows another rule for its SIRETs
            return siren


def make_siret(siren: str, rnd: random.Random) -> str:
    body = siren + f"{rnd.randrange(1, 9999):04d}"
    return body + luhn_digit(body)


def vat_key(siren: str) -> str:
    return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def _iban_check(country: str, bban: str) -> str:
    moved = bban + country + "00"
    number = int("".join(str(int(ch, 36)) for ch in moved))
    return f"{98 - number % 97:02d}"


def make_iban(rnd: random.Random) -> tuple[str, str]:
    """A French IBAN with a valid RIB key and check digits, and the bank's BIC."""
    bank, bic = BANKS[rnd.randrange(len(BANKS))]
    branch = f"{rnd.randrange(100000):05d}"
    account = f"{rnd.randrange(10**11):011d}"
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    bban = f"{bank}{branch}{account}{key:02d}"
    return f"FR{_iban_check('FR', bban)}{bban}", bic


def make_ean13(prefix: str) -> str:
    body = prefix[:12].rjust(12, "0")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    return body + str((10 - total % 10) % 10)


def _phone(rnd: random.Random, area: str, mobile: bool) -> str:
    """An E.164 number valid for phonenumbers: Réunion, Martinique, Guadeloupe or mainland France."""
    if area == "R":
        return f"+262{'692' if mobile else '262'}{rnd.randrange(10**6):06d}"
    if area == "M":
        return f"+596{'696' if mobile else '596'}{rnd.randrange(10**6):06d}" if mobile else \
            f"+59659661{rnd.randrange(10**4):04d}"
    if area == "G":
        return f"+590690{rnd.randrange(10**6):06d}" if mobile else f"+59059099{rnd.randrange(10**4):04d}"
    if mobile:
        if rnd.random() < 0.7:
            return f"+336{rnd.choice('0124578')}{rnd.randrange(10**7):07d}"
        return f"+337{rnd.choice('5678')}{rnd.randrange(10**7):07d}"
    # 02 6x, 04 0x, 05 9x are overseas or unassigned ranges.
    return f"+33{area}{rnd.choice('1234578')}{rnd.randrange(10**7):07d}"


def phone_forms(e164: str) -> str:
    """The same digit strings as validation.phone_search_forms, without parsing (numbers made here only)."""
    digits = e164[1:]
    country = 3 if digits.startswith(("262", "596", "590")) else 2
    return f"{digits} 0{digits[country:]}"


def _slug(value: str) -> str:
    out = []
    for ch in fold(value):
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


def _sqlite_datetime(value: datetime) -> str:
    # SQLAlchemy's SQLite storage format: 2026-11-28 09:30:00.000000
    return value.isoformat(" ", "microseconds")


# ---- building rows -----------------------------------------------------------------------------

@dataclass
class Refs:
    """Reference ids the generated rows point at."""

    payment_methods: dict[str, int]
    payment_terms: dict[str, int]
    carriers: list[int]
    products: list[tuple[int, str, Decimal, Decimal]]  # id, name, unit price, VAT rate


@dataclass
class Batch:
    customers: list[dict[str, Any]] = field(default_factory=list)
    addresses: list[dict[str, Any]] = field(default_factory=list)
    orders: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)


class Builder:
    """Makes customers, addresses, orders and lines as column dicts, with every summary column filled."""

    def __init__(self, rnd: random.Random, refs: Refs, today: date, *, orders_per_customer: float,
                 exact_search_text: bool) -> None:
        self.rnd = rnd
        self.refs = refs
        self.today = today
        self.now = datetime.combine(today, datetime.min.time())
        self.orders_per_customer = orders_per_customer
        self.exact_search_text = exact_search_text
        self.first_names = _first_names()
        self.last_names = _last_names()
        self.random = rnd.random
        self.folded: dict[str, str] = {}
        self.slugs: dict[str, str] = {}
        methods = refs.payment_methods
        self.company_methods = [methods[c] for c in ("virement", "virement", "virement", "sepa", "sepa", "cheque",
                                                     "lcr", "carte") if c in methods]
        self.individual_methods = [methods[c] for c in ("carte", "carte", "cheque", "virement", "sepa", "especes")
                                   if c in methods]
        terms = refs.payment_terms
        self.company_terms = [terms[c] for c in ("30j", "30jfdm", "30jfdm", "45jfdm", "60j", "reception")
                              if c in terms]
        self.individual_terms = [terms[c] for c in ("reception",) if c in terms] or list(terms.values())[:1]
        self.sepa_id = methods.get("sepa")
        self.line_cache: dict[tuple[int, int, int], Decimal] = {}
        # Per (VAT regime, overseas territory): each product's VAT rate by the domain's line defaults.
        self.rates: dict[tuple[str, str], list[Decimal]] = {}

    def pick(self, items: Sequence[Any]) -> Any:
        # Faster than Random.choice (no rejection sampling) and as deterministic.
        return items[int(self.random() * len(items))]

    def slug(self, value: str) -> str:
        found = self.slugs.get(value)
        if found is None:
            found = self.slugs[value] = _slug(value)
        return found

    def fold(self, value: str) -> str:
        found = self.folded.get(value)
        if found is None:
            found = self.folded[value] = fold(value)
        return found

    # ---- customers ----
    def person(self) -> Person:
        first, gender = self.pick(self.first_names)
        return Person(first, self.pick(self.last_names), gender)

    def company_name(self, person: Person, city: str) -> str:
        rnd = self.rnd
        activity = self.pick(ACTIVITIES)
        other = self.pick(self.last_names)
        pattern = rnd.randrange(8)
        if pattern == 0:
            return f"{person.last} et Fils"
        if pattern == 1:
            return f"Établissements {person.last}"
        if pattern == 2:
            return f"{activity} {self.pick(REGIONS)}"
        if pattern == 3:
            return f"{person.last}-{other} {activity}"
        if pattern == 4:
            return f"Société {self.pick(ADJECTIVES)} de {activity}"
        if pattern == 5:
            return f"{activity} de {city}"
        return f"{activity} {person.last}"

    def customer(self, cid: int, number: int, code: str, created: datetime, *, kind: str | None = None,
                 city: tuple[str, str, str] | None = None, name: str | None = None, person: Person | None = None,
                 active: bool | None = None, statuses: Sequence[str] = ()) -> tuple[Row, list[Row], list[OrderRows]]:
        """A customer, its addresses and its orders (each with its lines).

        `statuses`: orders to give it whatever the draw, one per status, dated as the status makes likely.
        """
        rnd = self.rnd
        refs = self.refs
        kind = kind or ("company" if rnd.random() < 0.7 else "individual")
        city = city or self.pick(CITIES)
        person = person or self.person()
        company = kind == "company"
        c: dict[str, Any] = {
            "id": cid, "version": 1, "code": code, "kind": kind, "language": "fr", "notes": "",
            "active": rnd.random() >= 0.04 if active is None else active, "created_at": created,
            "updated_at": min(created + timedelta(days=rnd.randrange(0, 60), seconds=rnd.randrange(86400)),
                              self.now),
            "civility": "M." if person.gender == "M" else "Mme", "first_name": person.first,
            "last_name": person.last, "job_title": "", "legal_form": "", "website": "", "mobile": "",
            "default_carrier_id": self.pick(refs.carriers) if refs.carriers else None,
            "incoterm": "", "incoterm_place": "", "franco_threshold": None, "minimum_order_amount": None,
            "delivery_instructions": "", "siren": "", "siret": "", "vat_number": "", "naf_code": "",
            "accounting_code": f"411{number:06d}", "iban": "", "bic": "", "sepa_mandate_ref": "",
            "sepa_mandate_date": None, "credit_limit": None, "default_discount": None, "vat_regime": "france",
            "currency": "EUR", "einvoicing_category": "fr_business" if company else "individual",
            "chorus_service_code": "",
            "pseudonymised_at": None,  # GDPR (issue 11)
        }
        if company:
            c["name"] = name or self.company_name(person, city[1])
            c["legal_form"] = self.pick(LEGAL_FORMS)
            c["job_title"] = self.pick(JOB_TITLES)
            siren = make_siren(rnd)
            c["siren"], c["siret"], c["vat_number"] = siren, make_siret(siren, rnd), vat_key(siren)
            c["naf_code"] = self.pick(NAF_CODES)
            slug = self.slug(c["name"])[:40].strip("-") or "entreprise"
            c["email"] = f"{self.pick(('contact', 'compta', 'commandes', 'accueil'))}@{slug}.fr"
            c["website"] = f"www.{slug}.fr" if rnd.random() < 0.6 else ""
            c["phone"] = _phone(rnd, city[2], False)
            c["mobile"] = _phone(rnd, city[2], True) if rnd.random() < 0.5 else ""
            c["preferred_payment_method_id"] = self.pick(self.company_methods)
            c["payment_terms_id"] = self.pick(self.company_terms)
            c["credit_limit"] = Decimal(self.pick((2000, 5000, 10000, 20000, 50000)))
            c["default_discount"] = Decimal(self.pick((0, 0, 0, 2, 5)))
            if rnd.random() < 0.3:
                c["franco_threshold"] = Decimal(self.pick((300, 500, 800)))
                c["minimum_order_amount"] = Decimal(self.pick((50, 100, 150)))
            if rnd.random() < 0.2:
                c["incoterm"], c["incoterm_place"] = self.pick(("DAP", "EXW", "DDP")), city[1]
        else:
            c["name"] = name or f"{person.first} {person.last}"
            local = f"{self.slug(person.first)}.{self.slug(person.last)}"
            if rnd.random() < 0.5:
                local += str(rnd.randrange(1, 99))
            c["email"] = f"{local}@{self.pick(MAIL_DOMAINS)}" if rnd.random() < 0.9 else ""
            c["phone"] = _phone(rnd, city[2], False) if rnd.random() < 0.4 else ""
            c["mobile"] = _phone(rnd, city[2], True)
            c["preferred_payment_method_id"] = self.pick(self.individual_methods)
            c["payment_terms_id"] = self.pick(self.individual_terms)
        if c["preferred_payment_method_id"] == self.sepa_id or (company and rnd.random() < 0.3):
            c["iban"], c["bic"] = make_iban(rnd)
            if c["preferred_payment_method_id"] == self.sepa_id:
                c["sepa_mandate_ref"] = f"RUM-{code}-{rnd.randrange(1000):03d}"
                c["sepa_mandate_date"] = created.date()
        if rnd.random() < 0.15:
            c["notes"] = self.pick(NOTES)
        if rnd.random() < 0.1:
            c["delivery_instructions"] = self.pick(DELIVERY_INSTRUCTIONS)
        c["sort_name"] = self.fold(c["name"])[:200]

        addresses = self.addresses(c, city)
        billing = addresses[0]
        c["billing_city"], c["billing_postal_code"] = billing["city"], billing["postal_code"]
        c["search_text"] = self.search_text(c, addresses)

        order_list = [self.order(c, addresses, created.date()) for _ in range(self.order_count())]
        order_list += [self.order(c, addresses, created.date(), status, self.today - timedelta(days=STATUS_AGE[status]))
                       for status in statuses]
        c["order_count"] = len(order_list)
        c["open_order_count"] = sum(1 for o, _ in order_list if o["status"] in OPEN_STATUSES)
        c["last_order_date"] = max((o["order_date"] for o, _ in order_list), default=None)
        return c, addresses, order_list

    def order_count(self) -> int:
        m = self.orders_per_customer
        if m <= 0:
            return 0
        # Uniform on 0..2m: about m on average, with customers of every size to sort on.
        return self.rnd.randrange(int(2 * m) + 1)

    def addresses(self, c: dict[str, Any], city: tuple[str, str, str]) -> list[dict[str, Any]]:
        rnd = self.rnd
        count = 1 + (rnd.random() < 0.35) + (rnd.random() < 0.15)
        company = c["kind"] == "company"
        out = []
        for i in range(count):
            place = city if i == 0 else self.pick(CITIES)
            street = (f"{rnd.randrange(1, 180)}{self.pick(('', '', '', ' bis', ' ter'))} "
                      f"{self.pick(STREET_TYPES)} {self.pick(STREET_NAMES)}")
            label = ("Siège social" if company else "Domicile") if i == 0 else ADDRESS_LABELS[
                rnd.randrange(len(ADDRESS_LABELS))]
            out.append({
                "customer_id": c["id"], "label": label, "usage": "both" if i == 0 else "delivery",
                "recipient": c["name"] if i == 0 else f"{c['name']} — {label}", "street1": street,
                "street2": self.pick(STREET2) if company and rnd.random() < 0.3 else "",
                "street3": "", "postal_code": place[0], "city": place[1], "country": "FR", "phone": "",
                "instructions": "", "is_default_billing": i == 0, "is_default_delivery": i == 0,
            })
        if count > 1 and rnd.random() < 0.5:
            out[0]["is_default_delivery"] = False
            out[1]["is_default_delivery"] = True
        return out

    def search_text(self, c: dict[str, Any], addresses: list[dict[str, Any]]) -> str:
        places = [(a["city"], a["postal_code"]) for a in addresses]
        if self.exact_search_text:
            return customer_search_text(_Attrs(c), places)  # type: ignore[arg-type]
        # The same text as customer_search_text, from folded pools (the generator's hot path).
        parts = [c["code"].lower(), self.fold(c["name"]), self.fold(c["first_name"]), self.fold(c["last_name"]),
                 c["email"].lower(), c["siren"], c["siret"], c["vat_number"].lower()]
        for city, postal in places:
            parts.append(self.fold(city))
            parts.append(postal)
        phones = " ".join(phone_forms(p) for p in (c["phone"], c["mobile"]) if p)
        return f"{' '.join(p for p in parts if p)} {phones}".strip()

    # ---- orders ----
    def order(self, c: Row, addresses: list[Row], since: date, status: str | None = None,
              when: date | None = None) -> OrderRows:
        random_ = self.random
        today = self.today
        if when is None:
            span = max((today - since).days, 1)
            when = since + timedelta(days=int(random_() * (span + 1)))
        age = (today - when).days
        if status is None:
            if random_() < 0.05:
                status = "cancelled"
            elif age > 45:
                status = "delivered"
            elif age > 20:
                status = self.pick(("shipped", "delivered", "delivered"))
            elif age > 7:
                status = self.pick(("prepared", "shipped", "validated"))
            else:
                status = self.pick(("draft", "validated", "prepared"))
        created = datetime(when.year, when.month, when.day) + timedelta(seconds=28800 + int(random_() * 36000))
        o: Row = {
            "version": 1, "customer_id": c["id"], "order_date": when, "status": status,
            "payment_method_id": c["preferred_payment_method_id"], "payment_terms_id": c["payment_terms_id"],
            "carrier_id": c["default_carrier_id"],
            "customer_reference": f"BC-{when.year}-{1 + int(random_() * 9998):04d}" if random_() < 0.3 else "",
            "notes": "", "created_at": created,
            "updated_at": created + timedelta(days=min(age, int(random_() * 10))),
        }
        o.update(self.order_addresses(c, addresses))
        products = self.refs.products
        rates = self.vat_rates(c["vat_regime"], o["delivery_postal_code"], o["delivery_country"])
        lines = []
        discount = int(c["default_discount"] or 0)  # the customer's usual discount, as new_line gives it
        bases: dict[Decimal, Decimal] = {}
        excl = ZERO_CENTS
        small = SMALL_DECIMALS
        for position in range(1 + (random_() < 0.6) + (random_() < 0.4) + (random_() < 0.2)):
            index = int(random_() * len(products))
            product_id, name, price, _rate = products[index]
            rate = rates[index]
            quantity = self.pick(QUANTITIES)
            amount = self.line_amount(index, quantity, discount)
            excl += amount
            bases[rate] = bases.get(rate, ZERO_CENTS) + amount
            lines.append({"position": position, "product_id": product_id, "description": name,
                          "quantity": small[quantity], "unit_price": price, "discount_percent": small[discount],
                          "vat_rate": rate})
        vat = ZERO_CENTS
        for rate, base in bases.items():
            vat += vat_amount(base, rate)
        o["line_count"] = len(lines)
        o["total_excl_tax"] = excl
        o["total_incl_tax"] = excl + vat
        return o, lines

    def order_addresses(self, c: Row, addresses: list[Row]) -> Row:
        """The customer's default addresses as an order copies them (see OrderService.new_order_for)."""
        cached = c.get("_order_addresses")
        if cached is None:
            billing, delivery = default_addresses([cast(Any, _Attrs(a)) for a in addresses])
            cached = {}
            for prefix, a in (("billing", billing), ("delivery", delivery)):
                copy = order_address(a, c["name"])
                for part in ORDER_ADDRESS_PARTS:
                    cached[f"{prefix}_{part}"] = getattr(copy, part)
            c["_order_addresses"] = cached
        return cached

    def vat_rates(self, regime: str, postal_code: str, country: str) -> list[Decimal]:
        """Each product's VAT rate on a line for this customer and delivery place (domain.orders.line_vat_rate),
        as the one key per rate the totals use."""
        key = (regime, overseas_territory(postal_code, country))
        found = self.rates.get(key)
        if found is None:
            found = [rate_key(line_vat_rate(regime, rate, postal_code, country))
                     for _, _, _, rate in self.refs.products]
            self.rates[key] = found
        return found

    def line_amount(self, index: int, quantity: int, discount: int) -> Decimal:
        key = (index, quantity, discount)
        found = self.line_cache.get(key)
        if found is None:
            price = self.refs.products[index][2]
            found = LineAmounts(SMALL_DECIMALS[quantity], price, SMALL_DECIMALS[discount]).total_excl_tax
            self.line_cache[key] = found
        return found


class _Attrs:
    """Attribute access to a row dict, for customer_search_text."""

    def __init__(self, row: dict[str, Any]) -> None:
        self.__dict__.update(row)


# ---- writing -----------------------------------------------------------------------------------

def _columns(model: Any) -> list[str]:
    return [c.key for c in model.__table__.columns]


def _sqlite_converters(model: Any) -> list[tuple[int, Callable[[Any], Any]]]:
    """(column index, converter) for the columns whose Python values sqlite3 cannot bind as they are,
    written as SQLAlchemy writes them so rows read back exactly as the services' own."""
    out: list[tuple[int, Callable[[Any], Any]]] = []
    for i, column in enumerate(model.__table__.columns):
        kind = column.type
        if isinstance(kind, DateTime):
            out.append((i, _sqlite_datetime))
        elif isinstance(kind, Date):
            out.append((i, date.isoformat))
        elif isinstance(kind, Numeric):
            out.append((i, str))
    return out


class Writer:
    """Bulk inserts on one connection: executemany on SQLite, COPY on PostgreSQL. Every column of the
    table is written: core inserts bypass the models' Python-side defaults."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def insert(self, model: Any, rows: Sequence[Row]) -> None:
        if not rows:
            return
        table = model.__table__.name
        cols = _columns(model)
        getter = itemgetter(*cols)
        dbapi = self.conn.connection.dbapi_connection
        assert dbapi is not None
        if self.sqlite:
            converters = _sqlite_converters(model)
            data = []
            for row in rows:
                values = list(getter(row))
                for i, convert in converters:
                    value = values[i]
                    if value is not None:
                        values[i] = convert(value)
                data.append(values)
            sql = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"
            cursor = dbapi.cursor()
            try:
                cursor.executemany(sql, data)
            finally:
                cursor.close()
        else:
            copy_sql = f"COPY {table} ({', '.join(cols)}) FROM STDIN"
            with dbapi.cursor() as cursor, cursor.copy(copy_sql) as copy:  # type: ignore[attr-defined]
                for row in rows:
                    copy.write_row(getter(row))


def _load_refs(conn: Connection) -> Refs:
    methods = {code: id_ for id_, code in conn.execute(select(PaymentMethod.id, PaymentMethod.code))}
    terms = {code: id_ for id_, code in conn.execute(select(PaymentTerms.id, PaymentTerms.code))}
    carriers = [id_ for (id_,) in conn.execute(select(Carrier.id).where(Carrier.active.is_(True))
                                               .order_by(Carrier.position, Carrier.id))]
    products = [(id_, name, Decimal(str(price)).quantize(Decimal("0.01")), Decimal(str(rate)))
                for id_, name, price, rate in conn.execute(
                    select(Product.id, Product.name, Product.unit_price, Product.vat_rate)
                    .where(Product.active.is_(True)).order_by(Product.id))]
    return Refs(methods, terms, carriers, products)


def _ensure_catalogue(conn: Connection, writer: Writer) -> None:
    """The demo catalogue, when there is no product at all."""
    if conn.scalar(select(func.count()).select_from(Product)):
        return
    rows = []
    for i, (name, price, rate) in enumerate(PRODUCTS, start=1):
        reference = f"ART-{i:04d}"
        ean = make_ean13(f"376{i:09d}")  # 376: a prefix GS1 France allocates
        rows.append({"id": i, "reference": reference, "name": name, "ean": ean, "unit_price": Decimal(price),
                     "vat_rate": Decimal(rate), "active": True, "search_text": fold(f"{reference} {name} {ean}"),
                     "nature": product_nature(name)})
    writer.insert(Product, rows)
    _fix_sequence(conn, "product")


def _fix_sequence(conn: Connection, table: str) -> None:
    """After inserts with explicit ids, move PostgreSQL's serial sequence past them."""
    if conn.dialect.name == "postgresql":
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                          f"COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"))


def _max_id(conn: Connection, model: Any) -> int:
    return int(conn.scalar(select(func.coalesce(func.max(model.id), 0))) or 0)


def _counter(conn: Connection, name: str) -> int:
    return int(conn.scalar(select(Counter.value).where(Counter.name == name)) or 0)


def _set_counter(conn: Connection, name: str, value: int) -> None:
    current = conn.scalar(select(Counter.value).where(Counter.name == name))
    if current is None:
        conn.execute(insert(Counter).values(name=name, value=value))
    elif current < value:
        conn.execute(update(Counter).where(Counter.name == name).values(value=value))


def _lock(conn: Connection) -> None:
    """Writers wait for us (and we for them) so the ids and numbers taken here stay ours."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE customer, sales_order, counter IN SHARE ROW EXCLUSIVE MODE"))
        # A bulk COPY of 50,000 customers can outlast a desk's per-query bound on a loaded server.
        conn.execute(text("SET LOCAL statement_timeout = 0"))
    else:
        # pysqlite opens a deferred transaction at the first write: take the write lock now.
        conn.execute(text("UPDATE counter SET value = value WHERE 0"))


@dataclass
class _Numbers:
    customer_id: int
    customer_number: int
    address_id: int
    order_id: int
    line_id: int
    order_numbers: dict[int, int]


def _write_batch(conn: Connection, writer: Writer, builder: Builder, numbers: _Numbers, count: int,
                 created_between: tuple[datetime, datetime],
                 customize: Callable[[int], dict[str, Any]] | None = None, bulk_search_index: bool = False,
                 ) -> tuple[int, int]:
    """Build and insert `count` customers with their addresses, orders and lines; return (customers, orders).

    bulk_search_index (SQLite): fill the FTS5 tables with one statement for the whole batch instead of the
    insert trigger's row by row -- 6 to 7 times faster. The trigger is dropped and re-created inside the
    batch's transaction, so no other connection ever sees it missing.
    """
    rnd = builder.rnd
    start, end = created_between
    span = int((end - start).total_seconds())
    existing_codes = _taken_codes(conn, numbers.customer_number + 1, count)
    batch = Batch()
    pending_orders: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
    for i in range(count):
        numbers.customer_number += 1
        while _code(numbers.customer_number) in existing_codes:
            numbers.customer_number += 1
        numbers.customer_id += 1
        created = start + timedelta(seconds=rnd.randrange(span))
        extra = customize(i) if customize else {}
        c, addresses, orders = builder.customer(numbers.customer_id, numbers.customer_number,
                                                _code(numbers.customer_number), created, **extra)
        batch.customers.append(c)
        for a in addresses:
            numbers.address_id += 1
            a["id"] = numbers.address_id
            batch.addresses.append(a)
        pending_orders.extend(orders)
    # Order numbers follow the dates within a year, as if they had been typed in day by day.
    pending_orders.sort(key=lambda pair: (pair[0]["order_date"], pair[0]["created_at"]))
    for o, lines in pending_orders:
        numbers.order_id += 1
        year = o["order_date"].year
        n = numbers.order_numbers.get(year, 0) + 1
        numbers.order_numbers[year] = n
        o["id"] = numbers.order_id
        o["number"] = order_number(year, n)
        batch.orders.append(o)
        for line in lines:
            numbers.line_id += 1
            line["id"] = numbers.line_id
            line["order_id"] = o["id"]
            batch.lines.append(line)
    trigger = _search_trigger(conn) if bulk_search_index and writer.sqlite else None
    if trigger is not None:
        conn.exec_driver_sql(f"DROP TRIGGER {SEARCH_TRIGGER}")
    # Issue 13: the kept figures on the customer rows, their monthly turnover rows and their contacts.
    card = demo_card_rows(batch.customers, batch.orders, builder.today, _max_id(conn, Contact) + 1, phone_forms)
    stamp_demo_card(batch.customers, batch.orders, card.contacts)  # people in contacts; orders' accounting contact
    writer.insert(Customer, batch.customers)
    if trigger is not None:
        for fts in SEARCH_TABLES:
            conn.exec_driver_sql(f"INSERT INTO {fts}(rowid, search_text) SELECT id, search_text FROM customer "
                                 f"WHERE id >= ?", (batch.customers[0]["id"],))
        conn.exec_driver_sql(trigger)
    writer.insert(Address, batch.addresses)
    writer.insert(SalesOrder, batch.orders)
    writer.insert(OrderWord, order_word_rows(batch.orders))  # the order list's search (issue 16)
    writer.insert(OrderLine, batch.lines)
    writer.insert(CustomerTurnover, card.turnover)
    writer.insert(Contact, card.contacts)
    _fix_sequence(conn, "contact")
    return len(batch.customers), len(batch.orders)


# The insert trigger of the SQLite search tables (migration 0001) and the tables it fills.
SEARCH_TRIGGER = "customer_search_ai"
SEARCH_TABLES = ("customer_fts", "customer_words")


def _search_trigger(conn: Connection) -> str | None:
    sql = conn.scalar(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                      {"name": SEARCH_TRIGGER})
    # Only the trigger this code knows how to replace: one insert per search table, nothing else.
    if sql and all(f"INSERT INTO {fts}(rowid, search_text)" in sql for fts in SEARCH_TABLES) and \
            sql.count("INSERT INTO") == len(SEARCH_TABLES):
        return str(sql)
    return None


_code = customer_code  # as the services make them (crmdesk.domain.codes)


def _taken_codes(conn: Connection, first: int, count: int) -> set[str]:
    """Codes in the range about to be used that a person already gave to some customer by hand."""
    codes = [_code(n) for n in range(first, first + count + 1000)]
    taken: set[str] = set()
    for i in range(0, len(codes), 5000):
        chunk = codes[i:i + 5000]
        taken.update(conn.scalars(select(Customer.code).where(Customer.code.in_(chunk))))
    return taken


def _start_numbers(conn: Connection) -> _Numbers:
    years = {int(name.split("-")[1]): value for name, value in conn.execute(
        select(Counter.name, Counter.value).where(Counter.name.like("order-%")))
        if name.split("-")[1].isdigit()}
    return _Numbers(customer_id=_max_id(conn, Customer), customer_number=_counter(conn, "customer"),
                    address_id=_max_id(conn, Address), order_id=_max_id(conn, SalesOrder),
                    line_id=_max_id(conn, OrderLine), order_numbers=years)


def _taken_order_numbers(conn: Connection, numbers: _Numbers, years: range) -> None:
    """Start each year's series after the highest number already used, should one have been typed by hand
    past the counter (the counters are otherwise authoritative)."""
    for year in years:
        prefix = order_number_prefix(year)
        # A range on the unique index (LIKE would scan on SQLite); 6-digit numbers sort as numbers.
        highest = conn.scalar(select(func.max(SalesOrder.number)).where(
            SalesOrder.number >= prefix, SalesOrder.number < prefix + "A", func.length(SalesOrder.number) == 15))
        if highest and highest[9:].isdigit():
            numbers.order_numbers[year] = max(numbers.order_numbers.get(year, 0), int(highest[9:]))


def _save_numbers(conn: Connection, numbers: _Numbers) -> None:
    _set_counter(conn, "customer", numbers.customer_number)
    for year, value in numbers.order_numbers.items():
        _set_counter(conn, f"order-{year}", value)
    for table in ("customer", "address", "sales_order", "order_line"):
        _fix_sequence(conn, table)


# ---- fill_demo ----------------------------------------------------------------------------------

# A few customers written by hand so that the demo shows the interesting cases on its first screen.
_SHOWCASE: tuple[dict[str, Any], ...] = (
    {"kind": "company", "name": "Boulangerie Müller", "city": CITIES[0], "person": Person("Jürgen", "Müller", "M"),
     "statuses": STATUSES},
    {"kind": "company", "name": "Société Réunionnaise de Négoce", "city": ("97400", "Saint-Denis", "R"),
     "person": Person("Anaïs", "Hoarau", "F")},
    {"kind": "company", "name": "Œnologie Corse", "city": ("20000", "Ajaccio", "4"),
     "person": Person("Dominique", "Santoni", "M")},
    {"kind": "individual", "city": ("75011", "Paris", "1"), "person": Person("Françoise", "Lefèvre", "F")},
    {"kind": "company", "name": "Façonnage & Cœur de Métier", "city": ("69003", "Lyon", "4"),
     "person": Person("Zoé", "Gonçalves", "F")},
    {"kind": "individual", "city": ("13006", "Marseille", "4"), "person": Person("Noël", "Bœuf", "M")},
)


def fill_demo(services: Any, *, customers: int = DEMO_CUSTOMERS, seed: int = 2026) -> bool:
    """Fill an empty database (no customer) with French demo data; change nothing otherwise.

    Returns True when data was written. About 200 customers (70 % companies) with one to three addresses,
    a catalogue of 100 products and about 3 orders per customer, every status present.
    """
    db: Database = services.db
    rnd = random.Random(seed)
    today = date.today()
    with db.engine.begin() as conn:
        _lock(conn)
        if conn.scalar(select(func.count()).select_from(Customer)):
            return False
        writer = Writer(conn)
        _ensure_catalogue(conn, writer)
        refs = _load_refs(conn)
        builder = Builder(rnd, refs, today, orders_per_customer=DEMO_ORDERS_PER_CUSTOMER, exact_search_text=True)
        numbers = _start_numbers(conn)
        start = datetime.combine(today - timedelta(days=3 * 365), datetime.min.time())
        _taken_order_numbers(conn, numbers, range(start.year, today.year + 1))
        end = datetime.combine(today, datetime.min.time())

        def customize(i: int) -> dict[str, Any]:
            # The first customers show the interesting cases; the first has an order in every status.
            return {**_SHOWCASE[i], "active": True} if i < len(_SHOWCASE) else {}

        _write_batch(conn, writer, builder, numbers, customers, (start, end), customize)
        _save_numbers(conn, numbers)
        fill_documents_demo(conn)  # the seller's details, so that printed documents are complete
        fill_demo_history(conn, today)  # issue 13: what the "Historique" tab shows
    return True


# ---- generate -------------------------------------------------------------------------------------

class Progress:
    """One updating line on stderr: bar, count, rate and time left."""

    def __init__(self, total: int, stream: TextIO | None = None, label: str = "customers") -> None:
        self.total = max(total, 1)
        self.stream = stream or sys.stderr
        self.label = label
        self.started = time.monotonic()
        self.last = 0.0
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def update(self, done: int, force: bool = False) -> None:
        now_ = time.monotonic()
        if not force and now_ - self.last < (0.2 if self.tty else 5.0):
            return
        self.last = now_
        elapsed = max(now_ - self.started, 1e-6)
        rate = done / elapsed
        left = (self.total - done) / rate if rate > 0 else 0.0
        width = 30
        filled = int(width * done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        line = (f"[{bar}] {done:>{len(str(self.total))}}/{self.total} {self.label}  {rate:,.0f}/s  "
                f"{_duration(elapsed)} elapsed, {_duration(left)} left")
        if self.tty:
            self.stream.write("\r" + line + "\x1b[K")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def finish(self, done: int, message: str = "") -> None:
        self.update(done, force=True)
        if self.tty:
            self.stream.write("\n")
        if message:
            self.stream.write(message + "\n")
        self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


BATCH_SIZE = 50_000
# SQLite, adding at least this many customers and more than the database holds: one transaction with the
# indexes rebuilt at the end (sorting a million keys once beats a million random index inserts).
BULK_MINIMUM = 100_000
GENERATED_TABLES = ("customer", "address", "sales_order", "order_line")


def generate(db: Database, customers: int, orders_per_customer: int, seed: int = 1, progress: bool = True,
             *, batch_size: int = BATCH_SIZE, stream: TextIO | None = None, bulk: bool | None = None) -> int:
    """Append `customers` generated customers with about `orders_per_customer` orders each; return how many.

    Customer codes and order numbers continue after the existing ones, and everything the services keep is
    written: summary columns, search index, counters.

    Rows are written in batches of `batch_size` customers, one transaction per batch: if the run is
    interrupted, the batch in progress is rolled back and the batches already written stay, each complete.
    A large run on SQLite (`bulk`; by default BULK_MINIMUM customers or more, and more than the database
    holds) is instead one transaction: indexes and the search tables' trigger are dropped inside it, the
    rows written, the search tables filled and the indexes rebuilt at the end -- about twice as fast for a
    million customers. Interrupted, it leaves the database exactly as it was.
    """
    if customers <= 0:
        return 0
    rnd = random.Random(seed)
    today = date.today()
    bar = Progress(customers, stream) if progress else None
    start = datetime.combine(today - timedelta(days=5 * 365), datetime.min.time())
    end = datetime.combine(today, datetime.min.time())
    years = range(start.year, today.year + 1)
    with db.engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        journal = ""
        if sqlite:
            # Faster bulk writes: no fsync per commit (a crash of the machine, not of the program, could
            # lose the last batches), and a bigger page cache for the index inserts.
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.exec_driver_sql("PRAGMA cache_size=-524288")
            conn.commit()
        try:
            with conn.begin():
                writer = Writer(conn)
                _lock(conn)
                _ensure_catalogue(conn, writer)
                existing = int(conn.scalar(select(func.count()).select_from(Customer)) or 0)
            if bulk is None:
                bulk = sqlite and customers >= BULK_MINIMUM and customers > existing
            if bulk and sqlite:
                journal = _rollback_journal(conn)
            refs = _load_refs_once(conn)
            builder = Builder(rnd, refs, today, orders_per_customer=orders_per_customer, exact_search_text=False)
            if bulk and sqlite:
                with conn.begin():
                    _lock(conn)
                    first_id = _max_id(conn, Customer) + 1
                    rebuild, search_trigger_dropped = _drop_for_bulk(conn)
                    done, orders_done = _write_batches(conn, writer, builder, customers, batch_size,
                                                       (start, end), years, bar, bulk_search_index=False)
                    if bar:
                        bar.stream.write(("\n" if bar.tty else "") + "Building the indexes and the search "
                                         "tables...\n")
                        bar.stream.flush()
                        bar.tty = False
                    for fts in SEARCH_TABLES if search_trigger_dropped else ():
                        conn.exec_driver_sql(f"INSERT INTO {fts}(rowid, search_text) SELECT id, search_text "
                                             f"FROM customer WHERE id >= ?", (first_id,))
                    # One segment: the list's per-row word probes seek in each (migration 0012, issue 16).
                    conn.exec_driver_sql("INSERT INTO customer_words(customer_words) VALUES ('optimize')")
                    for statement in rebuild:
                        conn.exec_driver_sql(statement)
            else:
                done, orders_done = _write_batches(conn, writer, builder, customers, batch_size, (start, end),
                                                   years, bar, bulk_search_index=True)
        finally:
            if sqlite:
                if conn.in_transaction():
                    conn.rollback()
                if journal:
                    conn.exec_driver_sql(f"PRAGMA journal_mode={journal}")
                conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
                conn.exec_driver_sql("PRAGMA cache_size=-65536")
                conn.commit()
    if bar:
        bar.finish(done, f"{done:,} customers and {orders_done:,} orders written to {db.url}")
    return done


def _write_batches(conn: Connection, writer: Writer, builder: Builder, customers: int, batch_size: int,
                   created_between: tuple[datetime, datetime], years: range, bar: Progress | None, *,
                   bulk_search_index: bool) -> tuple[int, int]:
    """Batches of customers; each in its own transaction unless one is already open (the bulk run)."""
    done = orders_done = 0
    while done < customers:
        count = min(batch_size, customers - done)
        own = not conn.in_transaction()
        transaction = conn.begin() if own else None
        try:
            if own:
                _lock(conn)
            numbers = _start_numbers(conn)
            _taken_order_numbers(conn, numbers, years)
            made, orders_made = _write_batch(conn, writer, builder, numbers, count, created_between,
                                             bulk_search_index=bulk_search_index)
            _save_numbers(conn, numbers)
        except BaseException:
            if transaction is not None:
                transaction.rollback()
            raise
        if transaction is not None:
            transaction.commit()
        done += made
        orders_done += orders_made
        if bar:
            bar.update(done)
    return done, orders_done


def _rollback_journal(conn: Connection) -> str:
    """For the bulk run: a rollback journal instead of the WAL. Pages added at the end of the file need no
    journal, where the WAL would hold a copy of the whole data set until the final checkpoint. Returns the
    mode to put back ("" when the switch was refused: another connection is open; the WAL then serves)."""
    previous = str(conn.exec_driver_sql("PRAGMA journal_mode").scalar() or "")
    try:
        mode = str(conn.exec_driver_sql("PRAGMA journal_mode=TRUNCATE").scalar() or "")
    except Exception:  # database locked by another connection
        conn.rollback()
        return ""
    conn.commit()
    return previous if mode.lower() == "truncate" and previous.lower() != "truncate" else ""


def _drop_for_bulk(conn: Connection) -> tuple[list[str], bool]:
    """Drop the indexes of the generated tables and the search insert trigger; return the SQL that puts them
    back, and whether the trigger was dropped. Automatic indexes of UNIQUE constraints (customer code, order
    number) stay: the run looks codes up."""
    tables = ", ".join(f"'{t}'" for t in GENERATED_TABLES)
    rows = conn.exec_driver_sql(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        f"AND tbl_name IN ({tables})").all()
    rebuild = []
    known_trigger = _search_trigger(conn) is not None
    for kind, name, sql in rows:
        if kind == "trigger" and (name != SEARCH_TRIGGER or not known_trigger):
            continue  # a trigger this code does not know how to replace: let it work row by row
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
        rebuild.append(str(sql))
    return rebuild, known_trigger


def _load_refs_once(conn: Connection) -> Refs:
    with conn.begin():
        return _load_refs(conn)


__all__ = ["Progress", "fill_demo", "generate", "luhn_digit", "make_ean13", "make_iban", "make_siren", "make_siret",
           "phone_forms"]
