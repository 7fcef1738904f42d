"""Importing customers (and their billing and delivery addresses) from CSV, XLSX or ODS.

The file is read as a stream of rows (CSV by the csv module, XLSX and ODS by imports_sheets, calamine for the
rarer variants), each row becomes a
`CustomerData` checked by the same domain rules as the customer dialog (`validate_customer`, the services'
address checks), and the customers are written in ONE transaction: all or nothing, or, on request, the valid
rows only with the rejected ones written to a file to fix. Existing customers are found by a key (code,
SIRET, SIREN or email, archived customers included): a row that changes nothing is counted "unchanged", so
importing the same file twice creates nothing the second time. A dry run is the same pass without writing.

A large file: its rows that create customers are checked ahead by another process (imports_parallel, the same
rules, never a copy of one) while this one writes; the keys met so far are kept on disk (imports_keys); on
SQLite the search tables are filled per chunk rather than by a trigger per row. Memory stays flat.

No Qt here: the GUI runs `run_import` in a worker and gives it `progress` and `cancelled` callables.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, selectinload

from crmdesk.domain.addresses import default_addresses
from crmdesk.domain.enums import AddressUsage, CustomerKind, VatRegime
from crmdesk.domain.errors import CrmError, FieldError, ValidationErrors, file_reason
from crmdesk.domain.fields import ADDRESS_FIELDS, CUSTOMER_FIELDS
from crmdesk.domain.i18n import translate
from crmdesk.domain.numbers import parse_decimal
from crmdesk.domain.records import AddressData, CustomerData
from crmdesk.domain.text import check_storable, excerpt, single_line
from crmdesk.domain.validation import (
    check_email,
    check_siren,
    check_siret,
    clean_text,
    fold,
    validate_address,
    validate_customer,
)
from crmdesk.services.common import customer_search_text, now
from crmdesk.services.customers import (
    _ADDRESS_COLUMNS,
    CODE_SERIES,
    CustomerService,
    _to_data,
    format_code,
)
from crmdesk.services.imports_keys import KeyLines
from crmdesk.services.reference import ReferenceKind, ReferenceService
from crmdesk.store.database import Database
from crmdesk.store.models import Address, Carrier, Counter, Customer, PaymentMethod, PaymentTerms

if TYPE_CHECKING:
    from crmdesk.services.imports_parallel import Answers

log = logging.getLogger(__name__)

# A notes cell of a few MB is a value to report, not a reason for csv to stop reading the file.
csv.field_size_limit(64 * 1024 * 1024)

CHUNK = 500  # rows checked, looked up and written together
PROBE_ROWS = 2000  # rows checked here before checking processes may start (imports_parallel)
MAX_PROBLEMS = 5000  # problems kept for display; the rest are counted (the rejects file has every row)
SAMPLE_BYTES = 256 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"  # what the export puts before a text cell a spreadsheet would run as a formula

ADDRESS_PARTS = ("recipient", "street1", "street2", "street3", "postal_code", "city", "country")
# A row may also carry one contact of the customer (issue 13's contacts), matched by email or name.
CONTACT_PARTS = ("civility", "first_name", "last_name", "job_title", "email", "phone", "mobile")
PERSON_PARTS = ("civility", "first_name", "last_name", "job_title")  # a company's person: a contact
REFERENCE_TARGETS = {
    "payment_method": ReferenceKind.PAYMENT_METHOD,
    "payment_terms": ReferenceKind.PAYMENT_TERMS,
    "carrier": ReferenceKind.CARRIER,
}
# Customer fields an import can fill (ids of reference entries come from the reference targets above).
CUSTOMER_TARGETS = [name for name in CUSTOMER_FIELDS if name not in ("preferred_payment_method", "payment_terms")]
IGNORE = ""
TO_NOTES = "to_notes"
KEYS = ("code", "siret", "siren", "email")


# ---- targets and their labels ---------------------------------------------------------------------------------

def address_target(usage: str, part: str) -> str:
    return f"{usage}.{part}"


def all_targets() -> list[str]:
    """Every column an import can fill, in the order the export writes them."""
    first = ["code", "name", "kind", "active"]
    out = first + [x for x in CUSTOMER_TARGETS if x not in first]
    out += list(REFERENCE_TARGETS)
    out += [address_target(u, p) for u in ("billing", "delivery") for p in ADDRESS_PARTS]
    out += [f"contact.{p}" for p in CONTACT_PARTS]
    return out


def target_label(target: str) -> str:
    """The column's name as the export writes it and the mapping shows it, in the user's language."""
    if target == IGNORE:
        return translate("services.imports", "(ignore)")
    if target == TO_NOTES:
        return translate("services.imports", "(add to notes)")
    if target == "active":
        return translate("services.imports", "Status")
    if target == "payment_method":
        return translate("services.imports", "Payment method")
    if target == "payment_terms":
        return CUSTOMER_FIELDS["payment_terms"].label
    if target == "carrier":
        return translate("services.imports", "Default carrier")
    if target.startswith("contact."):
        part = target.split(".", 1)[1]
        label = translate("services.imports", "Last name") if part == "last_name" else CUSTOMER_FIELDS[part].label
        return translate("services.imports", "Contact") + f" - {label}"
    if "." in target:
        usage, part = target.split(".", 1)
        prefix = translate("services.imports", "Billing") if usage == "billing" else translate("services.imports", "Delivery")
        return f"{prefix} - {ADDRESS_FIELDS[part].label}"
    return CUSTOMER_FIELDS[target].label


def _key(text: str) -> str:
    """A header compared without accents, case, punctuation or spaces: 'N° TVA' is 'ntva'."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


# Headers of other tools (EBP, Sage, Dolibarr, Odoo, plain spreadsheets), in French and English.
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("code client", "code", "ref client", "reference client", "customer code", "customer id", "id client",
             "numero client", "n client", "no client", "compte client", "client code", "account", "ref"),
    "name": ("raison sociale", "nom", "name", "societe", "company", "company name", "nom client", "client",
             "customer", "customer name", "denomination", "nom de la societe", "entreprise", "display name"),
    "kind": ("type", "type de client", "kind", "customer type", "nature", "type client"),
    "legal_form": ("forme juridique", "legal form", "forme"),
    "civility": ("civilite", "civility", "title", "titre"),
    "first_name": ("prenom", "first name", "firstname", "given name"),
    "last_name": ("last name", "lastname", "surname", "family name", "nom de famille"),
    "job_title": ("fonction", "job title", "poste", "job position"),
    "email": ("email", "e-mail", "mail", "courriel", "adresse email", "adresse e-mail", "email address"),
    "phone": ("telephone", "tel", "phone", "telephone fixe", "phone number", "tel fixe", "standard"),
    "mobile": ("mobile", "portable", "telephone portable", "cell", "gsm", "tel portable"),
    "website": ("site web", "site", "website", "web", "site internet", "url"),
    "language": ("langue", "language", "lang"),
    "notes": ("notes", "note", "commentaire", "commentaires", "comment", "remarques", "observations"),
    "siren": ("siren", "n siren", "numero siren"),
    "siret": ("siret", "n siret", "numero siret"),
    "vat_number": ("n tva", "tva intracommunautaire", "numero de tva", "n tva intracommunautaire", "vat",
                   "vat number", "tva intra", "vat id", "tax id", "num tva", "tva"),
    "naf_code": ("code naf", "naf", "ape", "code ape", "code naf ape", "naf ape"),
    "accounting_code": ("compte comptable", "accounting code", "compte", "compte tiers", "account code"),
    "iban": ("iban",),
    "bic": ("bic", "swift", "bic swift"),
    "credit_limit": ("encours autorise", "encours", "credit limit", "plafond"),
    "default_discount": ("remise", "remise par defaut", "discount", "default discount"),
    "payment_method": ("mode de reglement", "mode de paiement", "payment method", "reglement", "moyen de paiement",
                       "paiement", "mode de paiement privilegie", "preferred payment method"),
    "payment_terms": ("conditions de paiement", "conditions de reglement", "payment terms", "echeance",
                      "delai de paiement", "terms"),
    "carrier": ("transporteur", "carrier", "transporteur par defaut", "default carrier", "livreur"),
    "active": ("statut", "status", "actif", "active", "etat"),
    "billing.street1": ("adresse", "address", "rue", "street", "adresse 1", "address 1", "adresse ligne 1",
                        "adresse de facturation", "billing address", "voie"),
    "billing.street2": ("adresse 2", "address 2", "complement d'adresse", "complement", "adresse ligne 2",
                        "street 2"),
    "billing.street3": ("adresse 3", "address 3", "adresse ligne 3", "street 3"),
    "billing.postal_code": ("code postal", "cp", "postal code", "zip", "zip code", "postcode"),
    "billing.city": ("ville", "city", "commune", "localite", "town"),
    "billing.country": ("pays", "country", "code pays", "country code"),
    "delivery.street1": ("adresse de livraison", "delivery address", "shipping address", "livraison adresse"),
    "delivery.postal_code": ("code postal de livraison", "cp livraison", "delivery postal code", "shipping zip"),
    "delivery.city": ("ville de livraison", "delivery city", "shipping city"),
    "delivery.country": ("pays de livraison", "delivery country", "shipping country"),
    # A column naming "the contact" fills a contact of the customer (issue 13), not the customer's own name.
    "contact.first_name": ("prenom contact", "contact first name", "contact prenom", "prenom du contact"),
    "contact.last_name": ("nom contact", "contact last name", "contact nom", "nom du contact", "contact",
                          "contact name", "nom et prenom du contact", "interlocuteur"),
    "contact.email": ("email contact", "e-mail contact", "contact email", "mail contact"),
    "contact.phone": ("telephone contact", "tel contact", "contact phone"),
    "contact.mobile": ("mobile contact", "portable contact", "contact mobile"),
    "contact.job_title": ("fonction contact", "contact job title", "contact fonction"),
}


def _synonym_table() -> dict[str, str]:
    table: dict[str, str] = {}
    # Our own export's headers first, in both languages: an export always maps back exactly.
    from crmdesk.domain.i18n import language, set_language

    current = language()
    try:
        for lang in ("fr", "en"):
            set_language(lang)
            for target in all_targets():
                table.setdefault(_key(target_label(target)), target)
    finally:
        set_language(current)
    for target in all_targets():
        table.setdefault(_key(target), target)
    for target, names in _SYNONYMS.items():
        for name in names:
            table.setdefault(_key(name), target)
    return table


_SYNONYM_CACHE: dict[str, str] = {}


def propose_mapping(headers: Sequence[str]) -> list[str]:
    """A target per column (IGNORE when not recognised); a target is given to one column only."""
    if not _SYNONYM_CACHE:
        _SYNONYM_CACHE.update(_synonym_table())
    used: set[str] = set()
    out: list[str] = []
    for header in headers:
        target = _SYNONYM_CACHE.get(_key(header), IGNORE)
        if target in used:
            target = IGNORE
        if target:
            used.add(target)
        out.append(target)
    return out


def layout_key(headers: Sequence[str]) -> str:
    """What identifies a file layout (its headers) for remembering a mapping."""
    import hashlib

    return hashlib.sha1("\x1f".join(_key(h) for h in headers).encode()).hexdigest()[:16]


def propose_key(mapping: Sequence[str]) -> str:
    for key in KEYS:
        if key in mapping:
            return key
    return "code"


# ---- reading files -----------------------------------------------------------------------------------------------

class ImportFileError(CrmError):
    """The file cannot be read as a table (not a spreadsheet, wrong encoding, unbalanced quotes)."""


@dataclass(frozen=True)
class FileFormat:
    kind: str  # csv, xlsx, ods
    encoding: str = "utf-8"
    delimiter: str = ";"


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
ENCODINGS = ("utf-8-sig", "utf-8", "cp1252", "iso8859-15", "utf-16")
DELIMITERS = (";", ",", "\t", "|")


def detect_format(path: Path) -> FileFormat:
    """The kind of file, and for a CSV its encoding and separator (shown to the user, who may change them)."""
    try:
        with path.open("rb") as fh:
            head = fh.read(SAMPLE_BYTES)
    except OSError as exc:
        raise ImportFileError(translate("services.imports", "Cannot read {path}: {reason}.").format(path=path, reason=file_reason(exc))) from None
    if head[:4] == b"PK\x03\x04":
        return FileFormat("ods" if b"opendocument" in head[:200] or path.suffix.lower() == ".ods" else "xlsx")
    if head[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return FileFormat("xls")
    encoding = detect_encoding(head)
    text = head.decode(encoding, errors="ignore")
    return FileFormat("csv", encoding, detect_delimiter(text))


def detect_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3 and len(head) == SAMPLE_BYTES:
            return "utf-8"  # a character cut by the end of the sample
        if _UTF8_SEQUENCE.search(head):
            # UTF-8 accents with a stray byte: read as UTF-8, so that the bad line is reported, rather than
            # as Windows-1252, which would turn every "é" of the file into "Ã©" without a word.
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head, cp_isolation=["cp1252", "iso8859_15", "utf_8"]).best()
    name = codecs.lookup(best.encoding).name if best is not None else "cp1252"
    # The two differ on a few bytes only, which detectors cannot weigh: ISO-8859-15 has no characters at
    # 0x80-0x9F (Windows-1252 puts € œ ’ … there) and has € at 0xA4 and œ/Œ at 0xBD/0xBC (¤ ½ ¼ in 1252).
    if not any(0x80 <= b <= 0x9F for b in head) and any(b in (0xA4, 0xBC, 0xBD) for b in head):
        return "iso8859-15"
    return "iso8859-15" if name == "iso8859-15" else "cp1252"


def detect_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:20] if line.strip()]
    if not lines:
        return ";"
    try:
        return csv.Sniffer().sniff("\n".join(lines), delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        counts = {d: lines[0].count(d) for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ";"


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class TableReader:
    """Rows of a file as lists of text: header first. `total` is the number of data rows (estimated for CSV)."""

    def __init__(self, path: Path, fmt: FileFormat) -> None:
        self.path = path
        self.format = fmt

    def rows(self) -> Iterator[list[str]]:
        if self.format.kind == "csv":
            yield from self._csv_rows()
        elif self.format.kind in ("xlsx", "ods"):
            yield from self._sheet_rows()
        else:
            raise ImportFileError(translate("services.imports", "{name}: unsupported file; save it as CSV, XLSX or ODS.").format(name=self.path.name))

    def count_rows(self) -> int:
        """Data rows (for the progress bar): lines of a CSV (a cell with a line break counts twice), or the
        sheet's height."""
        if self.format.kind == "csv":
            n = 0
            last = b"\n"
            with self.path.open("rb") as fh:
                while block := fh.read(1 << 20):
                    n += block.count(b"\n")
                    last = block[-1:]
            return max(n - (1 if last == b"\n" else 0), 0)
        from crmdesk.services import imports_sheets

        try:
            with self.path.open("rb") as fh:
                if self.format.kind == "xlsx":
                    return max(imports_sheets.xlsx_height(fh) - 1, 0)
                return imports_sheets.ods_height_estimate(fh)
        except Exception:  # the count is for the progress bar only: reading the rows reports the error
            return 0

    def estimate_rows(self) -> int:
        """About how many rows, from the file's size alone (a spreadsheet row of ten cells is about 100
        bytes compressed): enough to decide whether checking processes are worth starting."""
        try:
            return self.path.stat().st_size // 100
        except OSError:
            return 0

    def _csv_rows(self) -> Iterator[list[str]]:
        line = 0
        try:
            with self.path.open(encoding=self.format.encoding, newline="", errors="strict") as fh:
                reader = csv.reader(fh, delimiter=self.format.delimiter, strict=False)
                for row in reader:
                    line = reader.line_num
                    yield row
        except UnicodeDecodeError:
            raise ImportFileError(translate("services.imports", "After line {line}, the file is not in {encoding}: choose its encoding.").format(line=line, encoding=self.format.encoding)) from None
        except csv.Error as exc:
            log.info("csv error at line %s: %s", line, exc)
            raise ImportFileError(translate("services.imports", "Line {line}: the file cannot be read as CSV (a quote is not closed?).").format(line=line + 1)) from None
        except OSError as exc:
            raise ImportFileError(translate("services.imports", "Cannot read {path}: {reason}.").format(path=self.path, reason=file_reason(exc))) from None

    def _sheet(self) -> Any:
        from python_calamine import CalamineWorkbook

        try:
            book = CalamineWorkbook.from_path(str(self.path))
            return book.get_sheet_by_index(0)
        except Exception as exc:  # calamine's errors (zip, xml, password) are all "cannot read this file"
            log.info("calamine cannot read %s: %r", self.path, exc)
            raise ImportFileError(translate("services.imports", "{name} is not a readable spreadsheet.").format(name=self.path.name)) from None

    def _sheet_rows(self) -> Iterator[list[str]]:
        """Streamed (imports_sheets); a sheet that reader cannot read, or finds empty, is read by calamine
        (whole: Strict OOXML and other rarer variants), which has the last word on what is readable."""
        from crmdesk.services import imports_sheets

        stream = imports_sheets.xlsx_rows if self.format.kind == "xlsx" else imports_sheets.ods_rows
        yielded = False
        width = 0
        try:
            with self.path.open("rb") as fh:
                for row in stream(fh):
                    cells = [_cell_text(v) for v in row]
                    if not yielded:
                        width = len(cells)
                    yielded = True
                    # A sheet's rows are as wide as its first (calamine's rule: the range is a rectangle and
                    # a cell right of the last header belongs to no column).
                    yield cells[:width] + [""] * (width - len(cells))
            if yielded:
                return
        except OSError as exc:
            raise ImportFileError(translate("services.imports", "Cannot read {path}: {reason}.").format(path=self.path, reason=file_reason(exc))) from None
        except Exception as exc:  # zip, XML or layout errors of a damaged or unusual file
            log.info("streamed reading of %s failed: %r", self.path, exc)
            if yielded:
                raise ImportFileError(translate("services.imports", "{name} is not a readable spreadsheet.").format(name=self.path.name)) from None
        yield from self._calamine_rows()

    def _calamine_rows(self) -> Iterator[list[str]]:
        sheet = self._sheet()
        try:
            for row in sheet.iter_rows():
                yield [_cell_text(v) for v in row]
        except Exception as exc:
            log.info("calamine failed in %s: %r", self.path, exc)
            raise ImportFileError(translate("services.imports", "{name} is not a readable spreadsheet.").format(name=self.path.name)) from None


def preview(path: Path, fmt: FileFormat, rows: int = 20) -> tuple[list[str], list[list[str]]]:
    """The header and the first rows (for the mapping page)."""
    it = TableReader(path, fmt).rows()
    try:
        header = next(it)
    except StopIteration:
        return [], []
    body: list[list[str]] = []
    for row in it:
        if len(body) >= rows:
            break
        body.append(row)
    return [clean_text(h) for h in header], body


# ---- one row to a customer -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    line: int
    column: str  # the file's header of the column, or "" for the row as a whole
    value: str
    reason: str


@dataclass(frozen=True)
class PossibleDuplicate:
    line: int
    field: str
    value: str
    code: str
    name: str
    active: bool


@dataclass
class ImportOptions:
    mapping: list[str]  # a target per column of the file
    key: str = "code"
    valid_only: bool = False
    rejects_path: Path | None = None
    dry_run: bool = False
    workers: int | None = None  # processes checking rows ahead of the writer (None: by the file's size)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    problems: list[Problem] = field(default_factory=list)
    problem_count: int = 0
    duplicates: list[PossibleDuplicate] = field(default_factory=list)
    unknown_references: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> folded -> as written
    written: bool = False
    would_create: int = 0  # what a dry run, or an import refused for its rejected rows, would have done
    would_update: int = 0
    cancelled: bool = False
    file_error: str = ""
    rows: int = 0

    def summary(self) -> str:
        return translate("services.imports", "{c} created, {u} updated, {n} unchanged, {r} rejected").format(c=self.created, u=self.updated, n=self.unchanged, r=self.rejected)


class ImportCancelled(Exception):
    pass


class _Discard(Exception):
    """Leaves the import's transaction by rolling it back (dry run, rejected rows)."""


def strip_guard(value: str) -> str:
    """The export's formula guard taken off again: "'=SUM" was "=SUM", "'+33 1 23" was "+33 1 23"."""
    if len(value) > 1 and value[0] == GUARD and value[1] in FORMULA_START:
        return value[1:]
    return value


def parse_date(value: str) -> date | None:
    text = value.strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S", "%d-%m-%Y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(value)


def _choice_table(enum: Any) -> dict[str, str]:
    from crmdesk.domain.i18n import language, set_language

    table: dict[str, str] = {}
    current = language()
    try:
        for lang in ("fr", "en"):
            set_language(lang)
            for member in enum:
                table[_key(member.label)] = member.value
                table[_key(member.value)] = member.value
    finally:
        set_language(current)
    return table


_KINDS = _choice_table(CustomerKind)
_KINDS.update({"entreprise": "company", "pro": "company", "professionnel": "company", "b2b": "company",
               "particulier": "individual", "b2c": "individual", "person": "individual", "personne": "individual"})
_REGIMES = _choice_table(VatRegime)
_ACTIVE = {"actif": True, "active": True, "1": True, "oui": True, "yes": True, "true": True, "vrai": True,
           "archive": False, "archived": False, "inactif": False, "inactive": False, "0": False, "non": False,
           "no": False, "false": False, "faux": False}


def status_text(active: bool) -> str:
    return translate("services.imports", "Active") if active else translate("services.imports", "Archived")


class _RefMatcher:
    """Entries of the reference lists by folded label, English label and code."""

    def __init__(self, s: Session) -> None:
        self.by_kind: dict[str, dict[str, int]] = {}
        models: tuple[tuple[str, Any], ...] = (("payment_method", PaymentMethod), ("payment_terms", PaymentTerms),
                                               ("carrier", Carrier))
        for target, model in models:
            table: dict[str, int] = {}
            for row in s.scalars(select(model).order_by(model.active.desc(), model.position)):
                for name in (row.label, getattr(row, "label_en", ""), row.code):
                    if name:
                        table.setdefault(_key(name), row.id)
            self.by_kind[target] = table
        self._seen: dict[tuple[str, str], int | None] = {}  # a file names the same few entries on every row

    @classmethod
    def from_tables(cls, by_kind: dict[str, dict[str, int]]) -> _RefMatcher:
        """The same matcher without a database (the checking processes of imports_parallel)."""
        matcher = cls.__new__(cls)
        matcher.by_kind = by_kind
        matcher._seen = {}
        return matcher

    def find(self, target: str, value: str) -> int | None:
        try:
            return self._seen[target, value]
        except KeyError:
            found = self.by_kind[target].get(_key(value))
            if len(self._seen) < 4096:
                self._seen[target, value] = found
            return found


@dataclass
class _Row:
    line: int
    cells: list[str]
    data: CustomerData | None = None
    billing: dict[str, str] | None = None  # the address parts the file maps, when any is filled in
    delivery: dict[str, str] | None = None
    problems: list[Problem] = field(default_factory=list)
    to_notes: list[str] = field(default_factory=list)
    set_fields: set[str] = field(default_factory=set)
    existing_key: str = ""  # the row's key value as stored (empty: the row creates a customer)
    contact: dict[str, str] | None = None  # the contact parts the file maps, when any is filled in
    contact_plan: _ContactPlan | None = None
    customer_changed: bool = True
    new_values: tuple[dict[str, Any], list[dict[str, Any]]] | None = None  # computed ahead (imports_parallel)
    rerouted: dict[str, str] = field(default_factory=dict)  # person columns taken into the contact


def _person_back(row: _Row) -> None:
    """Undo the rerouting of person columns for a row that turns out to update an individual (no "Type"
    column said so): an individual's names are its own."""
    if not row.rerouted or row.data is None:
        return
    for part, value in row.rerouted.items():
        setattr(row.data, part, value)
        row.set_fields.add(part)
        if row.contact is not None and row.contact.get(part) == value:
            del row.contact[part]
    if row.contact is not None and not any(row.contact.values()):
        row.contact = None
    row.rerouted = {}


_DECIMALS = ("franco_threshold", "minimum_order_amount", "credit_limit", "default_discount")


class _Converter:
    """Cells of one row to the values of a CustomerData (types only; the rules are validate_customer's)."""

    def __init__(self, headers: list[str], mapping: list[str], refs: _RefMatcher,
                 unknown: dict[str, dict[str, str]]) -> None:
        self.headers = headers
        self.mapping = mapping
        self.refs = refs
        self.unknown = unknown

    def convert(self, row: _Row) -> None:
        width = len(self.headers)
        if len(row.cells) < width and any(self.mapping[i] for i in range(len(row.cells), width)) or \
                any(c.strip() for c in row.cells[width:]):
            # A cell too few or too many: a separator inside an unquoted value shifts every column after it.
            row.problems.append(Problem(row.line, "", translate("services.imports", "{n} cells").format(n=len(row.cells)), translate("services.imports", "the row has {n} cells and the first line {m} columns (a separator inside a value?)").format(n=len(row.cells), m=width)))
            return
        values: dict[str, Any] = {}
        addr: dict[str, dict[str, str]] = {"billing": {}, "delivery": {}, "contact": {}}
        for index, target in enumerate(self.mapping):
            if not target:
                continue
            header = self.headers[index] if index < len(self.headers) else f"#{index + 1}"
            raw = row.cells[index] if index < len(row.cells) else ""
            value = clean_text(strip_guard(raw))
            if target == TO_NOTES:
                if value:
                    row.to_notes.append(f"{header} : {value}")
                continue
            try:
                if "." in target:
                    usage, part = target.split(".", 1)
                    addr[usage][part] = value
                elif target in REFERENCE_TARGETS:
                    values[target] = self._reference(row, header, target, value)
                elif target in _DECIMALS:
                    values[target] = parse_decimal(value, field=target)  # the domain's one number reader
                elif target == "sepa_mandate_date":
                    values[target] = parse_date(value)
                elif target == "kind":
                    values[target] = _KINDS.get(_key(value), value or "company") if value else "company"
                elif target == "vat_regime":
                    values[target] = _REGIMES.get(_key(value), value) if value else "france"
                elif target == "active":
                    if value and _key(value) not in _ACTIVE:
                        raise ValueError(value)
                    values[target] = _ACTIVE.get(_key(value), True)
                elif target == "currency":
                    values[target] = value.upper() or "EUR"
                elif target == "language":
                    values[target] = value.lower() or "fr"
                else:
                    values[target] = value
            except ValueError:
                row.problems.append(Problem(row.line, header, excerpt(value, 200), self._type_reason(target)))
            except FieldError as exc:
                row.problems.append(Problem(row.line, header, excerpt(value, 200), exc.message))
        # A company's person is one of its contacts (issue 13): the person columns of a company row (a file
        # with "Prénom", "Nom", "Fonction") fill the row's contact, where the file does not map the contact's own.
        if values.get("kind", "company") == "company" and (values.get("first_name") or values.get("last_name")):
            for part in PERSON_PARTS:
                if part in values:
                    value = values.pop(part)
                    row.rerouted[part] = value
                    if value and not addr["contact"].get(part):
                        addr["contact"][part] = value
        row.set_fields = set(values)
        data = CustomerData()
        for name, value in values.items():
            if name == "payment_method":
                data.preferred_payment_method_id = value
            elif name == "payment_terms":
                data.payment_terms_id = value
            elif name == "carrier":
                data.default_carrier_id = value
            else:
                setattr(data, name, value)
        row.data = data
        row.billing = addr["billing"] if any(addr["billing"].values()) else None
        row.delivery = addr["delivery"] if any(addr["delivery"].values()) else None
        row.contact = addr["contact"] if any(addr["contact"].values()) else None

    def _reference(self, row: _Row, header: str, target: str, value: str) -> int | None:
        if not value:
            return None
        check_storable(target, target_label(target), value)  # raises FieldError, reported like the others
        found = self.refs.find(target, value)
        if found is None:
            self.unknown.setdefault(target, {}).setdefault(_key(value), value)
            row.problems.append(Problem(row.line, header, value, translate("services.imports", "not in the list \u201c{what}\u201d (it can be created)").format(what=target_label(target))))
        return found

    @staticmethod
    def _type_reason(target: str) -> str:
        if target in _DECIMALS:
            return translate("services.imports", "not a number")
        if target == "sepa_mandate_date":
            return translate("services.imports", "not a date (expected 31/12/2024 or 2024-12-31)")
        if target == "active":
            return translate("services.imports", "expected Active or Archived")
        return translate("services.imports", "invalid value")


def _merge(existing: CustomerData | None, row: _Row) -> CustomerData:
    """The customer the row describes: the existing one with the file's columns over it, or a new one."""
    assert row.data is not None
    base = replace(existing, addresses=[replace(a) for a in existing.addresses]) if existing else CustomerData(
        preferred_payment_method_id=None)
    for name in row.set_fields:
        attr = {"payment_method": "preferred_payment_method_id", "payment_terms": "payment_terms_id",
                "carrier": "default_carrier_id"}.get(name, name)
        setattr(base, attr, getattr(row.data, attr))
    if row.to_notes:
        lines = [n for n in row.to_notes if n not in base.notes.splitlines()]
        if lines:
            base.notes = "\n".join([base.notes, *lines]).strip("\n") if base.notes else "\n".join(lines)
    _merge_addresses(base, row.billing, row.delivery)
    return base


def _new_address(parts: dict[str, str], usage: str) -> AddressData:
    address = AddressData(usage=usage)
    for name, value in parts.items():
        setattr(address, name, value)
    address.country = address.country or "FR"
    return address


def _same_place(parts: dict[str, str], a: AddressData) -> bool:
    return all(clean_text(v).upper() == clean_text(getattr(a, p)).upper() for p, v in parts.items()
               if p != "country" or v)


def _merge_addresses(c: CustomerData, billing: dict[str, str] | None, delivery: dict[str, str] | None) -> None:
    """The file's billing address updates the default billing one (the parts the file has), its delivery
    address the default delivery one; a delivery address equal to the billing one is that one address."""
    if billing is None and delivery is None:
        return
    eb = next((a for a in c.addresses if a.is_default_billing), None)
    ed = next((a for a in c.addresses if a.is_default_delivery), None)
    if billing is not None:
        if eb is None:
            eb = replace(_new_address(billing, AddressUsage.BOTH), is_default_billing=True,
                         is_default_delivery=ed is None)
            c.addresses.append(eb)
            ed = ed or eb
        else:
            for p, v in billing.items():
                setattr(eb, p, v or ("FR" if p == "country" else ""))
    if delivery is not None:
        if ed is not None and _same_place(delivery, ed):
            return
        if ed is None or ed is eb:
            if eb is not None:
                eb.is_default_delivery = False
                if eb.usage == AddressUsage.BOTH:
                    eb.usage = AddressUsage.BILLING
            c.addresses.append(replace(_new_address(delivery, AddressUsage.DELIVERY), is_default_delivery=True,
                                       is_default_billing=eb is None))
        else:
            for p, v in delivery.items():
                setattr(ed, p, v or ("FR" if p == "country" else ""))


_COMPARED = [f.name for f in fields(CustomerData)
             if f.name not in ("id", "version", "created_at", "updated_at", "order_count", "addresses")]
_ADDRESS_COMPARED = [f.name for f in fields(AddressData)]


def _differs(a: Any, b: Any) -> bool:
    if isinstance(a, Decimal) or isinstance(b, Decimal):
        return (Decimal(a) if a is not None else None) != (Decimal(b) if b is not None else None)
    return (a or None) != (b or None)


def changed_fields(old: CustomerData, new: CustomerData) -> list[str]:
    # Equal values never differ: _differs (None is "", Decimal by value) only decides the others.
    out = [n for n in _COMPARED if (a := getattr(old, n)) != (b := getattr(new, n)) and _differs(a, b)]
    if len(old.addresses) != len(new.addresses) or any(
            _differs(getattr(a, n), getattr(b, n)) for a, b in zip(old.addresses, new.addresses, strict=True)
            for n in _ADDRESS_COMPARED):
        out.append("addresses")
    return out


def check_customer(data: CustomerData) -> tuple[CustomerData | None, list[tuple[str, str]]]:
    """The customer dialog's rules (the domain's validate_customer and validate_address, as the services run
    them): the stored form, or None and every problem as (import target, message)."""
    errors: list[tuple[str, str]] = []
    clean: CustomerData | None = None
    try:
        clean = validate_customer(data)
    except ValidationErrors as exc:
        errors += [(e.field, e.message) for e in exc.errors]
    addresses: list[AddressData] = []
    for a in (clean or data).addresses:
        usage = "billing" if a.is_default_billing else "delivery" if a.is_default_delivery else ""
        try:
            addresses.append(validate_address(a))
        except ValidationErrors as exc:
            errors += [(f"{usage}.{e.field}" if usage else "addresses", f"{a.one_line()} — {e.message}"
                        if not usage else e.message) for e in exc.errors]
    if clean is None or errors:
        return None, errors
    clean.addresses = addresses
    return clean, []


def new_customer_values(clean: CustomerData, stamp: datetime) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The row of a new customer and of its addresses, as CustomerService.create stores them (its own _apply,
    _fix_defaults and search text). Also run ahead by imports_parallel for a row that has its code."""
    # A plain object in place of a mapped one: the services' helpers only set and read attributes.
    c: Any = SimpleNamespace(created_at=stamp, updated_at=stamp, version=1, order_count=0,
                             open_order_count=0, last_order_date=None)
    CustomerService._apply(c, clean)
    c.addresses = clean.addresses
    CustomerService._fix_defaults(c)
    billing, _delivery = default_addresses(c.addresses)
    c.billing_city = billing.city if billing else ""
    c.billing_postal_code = billing.postal_code if billing else ""
    c.search_text = customer_search_text(c, [(a.city, a.postal_code) for a in c.addresses])
    values = {}
    for col in Customer.__table__.columns:
        value = getattr(c, col.key, None)
        if col.key != "id" and (value is not None or col.nullable):
            values[col.key] = value
    return values, [{name: getattr(a, name) for name in _ADDRESS_COLUMNS} for a in c.addresses]


# ---- the import ----------------------------------------------------------------------------------------------------

ProgressFn = Callable[[int, int], None]


class CustomerImporter:
    """Runs imports on one database (one transaction per run)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def run_import(self, path: Path, fmt: FileFormat, options: ImportOptions,
                   progress: ProgressFn | None = None, cancelled: Callable[[], bool] | None = None) -> ImportResult:
        result = ImportResult()
        reader = TableReader(path, fmt)
        try:
            total = reader.count_rows() if progress or fmt.kind == "csv" else 0
        except (OSError, ImportFileError) as exc:
            result.file_error = exc.message if isinstance(exc, CrmError) else translate(
                "services.imports", "Cannot read {path}: {reason}.").format(path=path, reason=file_reason(exc))
            return result
        rejects = _Rejects(options.rejects_path) if options.valid_only and options.rejects_path else None
        try:
            with self.db.session() as s:
                self._run(s, reader, options, result, rejects, progress, total, cancelled)
                if options.dry_run or (result.rejected and not options.valid_only):
                    raise _Discard()
            result.written = (result.created + result.updated) > 0
        except _Discard:
            # Rolled back: nothing was created or updated; the would_ counts say what the import would do.
            result.would_create, result.would_update = result.created, result.updated
            result.created = result.updated = 0
        except ImportFileError as exc:
            result.file_error = exc.message
        except ImportCancelled:
            result.cancelled = True
        finally:
            if rejects is not None:
                rejects.close(keep_file=bool(result.rejected) and not result.cancelled and not result.file_error)
        return result

    def _run(self, s: Session, reader: TableReader, options: ImportOptions, result: ImportResult,
             rejects: _Rejects | None, progress: ProgressFn | None, total: int,
             cancelled: Callable[[], bool] | None) -> None:
        rows = reader.rows()
        header = next(rows, None)
        if header is None or not any(h.strip() for h in header):
            raise ImportFileError(translate("services.imports", "The file is empty: its first line should name the columns."))
        headers = [clean_text(h) for h in header]
        mapping = list(options.mapping)[: len(headers)] + [IGNORE] * max(len(headers) - len(options.mapping), 0)
        if not any(m for m in mapping):
            raise ImportFileError(translate("services.imports", "No column is mapped to a customer field."))
        if options.key not in mapping and options.key != "code":
            raise ImportFileError(translate("services.imports", "The key {key} is not among the mapped columns.").format(key=target_label(options.key)))
        if rejects is not None:
            rejects.start(header)
        refs = _RefMatcher(s)
        converter = _Converter(headers, mapping, refs, result.unknown_references)
        state = _State(key=options.key)
        from crmdesk.services.imports_parallel import Checker, worker_count

        estimate = total or reader.estimate_rows()
        workers = worker_count(estimate) if options.workers is None else options.workers
        # Given a number, the workers start at once; by default only once the first rows show that most
        # rows create customers (a second import, or a file of repeated codes, has nothing for them to do).
        checker = Checker(workers, headers, mapping, refs.by_kind) if options.workers else None

        def done(chunk: list[_Row], answers: Answers | None) -> None:
            self._chunk(s, chunk, converter, state, options, result, rejects, answers)
            if answers is not None:
                answers.drop()
            if cancelled is not None and cancelled():
                raise ImportCancelled()
            if progress is not None:
                progress(result.rows, max(total, result.rows))

        def feed(chunk: list[_Row]) -> None:
            nonlocal checker
            if checker is None and workers > 0 and result.rows >= PROBE_ROWS and \
                    state.new_checks > result.rows // 2:
                checker = Checker(workers, headers, mapping, refs.by_kind)
            if checker is None:
                done(chunk, None)
            else:
                for ready, answers in checker.put(chunk):
                    done(ready, answers)

        try:
            chunk: list[_Row] = []
            line = 1
            for cells in rows:
                line += 1
                if not any(c.strip() for c in cells):
                    continue
                chunk.append(_Row(line, cells))
                if len(chunk) >= CHUNK:
                    feed(chunk)
                    chunk = []
            if chunk:
                feed(chunk)
            if checker is not None:
                for ready, answers in checker.drain():
                    done(ready, answers)
                checker.close(wait=True)
        finally:
            if checker is not None:
                checker.close()
            state.close()
        self._resume_search_trigger(s, state)
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(result.rows, result.rows)

    # ---- one chunk ----------------------------------------------------------------------------------------------
    def _chunk(self, s: Session, chunk: list[_Row], converter: _Converter, state: _State, options: ImportOptions,
               result: ImportResult, rejects: _Rejects | None, answers: Answers | None = None) -> None:
        """`answers`: a checked new customer per row from imports_parallel (None where it is checked here)."""
        result.rows += len(chunk)
        for row in chunk:
            converter.convert(row)
        existing = self._existing(s, chunk, state.key)
        keys = [row.existing_key for row in chunk if row.existing_key]
        state.seen.prefetch(keys)
        state.codes.prefetch(clean_text(single_line(row.data.code)) for row in chunk if row.data is not None)
        writes: list[tuple[_Row, CustomerData, Customer | None]] = []
        for index, row in enumerate(chunk):
            if row.data is None:  # a row of the wrong width: its cells cannot be trusted
                self._reject(row, result, rejects)
                continue
            found = existing.get(row.existing_key) if row.existing_key else None
            if found is not None and found.kind == "individual" and "kind" not in row.set_fields:
                _person_back(row)
            key_value = row.existing_key
            if key_value:
                first = state.seen.get(key_value)
                if first is not None:
                    row.problems.append(Problem(row.line, self._column_of(converter, state.key), key_value, translate("services.imports", "this {key} is already on line {line} of the file").format(key=target_label(state.key), line=first)))
                    self._reject(row, result, rejects)
                    continue
                state.seen.set(key_value, row.line)
            old = _to_data(found) if found is not None else None
            checked = answers.get(index) if answers is not None and old is None and not row.problems else None
            if checked is not None:
                # Checked ahead by the same rules on the same new customer (imports_parallel).
                checked, row.new_values = checked
                clean, needs_code = checked, not checked.code
                errors: list[tuple[str, str]] = []
            else:
                merged = _merge(old, row)
                needs_code = not merged.code
                if needs_code:
                    merged.code = "C?"  # given at write time; the rule "code required" is met meanwhile
                clean, errors = check_customer(merged)
                if old is None:
                    state.new_checks += 1
            # Every problem of the row at once: those of reading its cells and those of the rules.
            for target, message in errors:
                row.problems.append(Problem(row.line, self._column_of(converter, target), self._value_of(
                    converter, row, target), message))
            if row.contact is not None:
                row.contact_plan = self._plan_contact(s, row, found, converter)
            if clean is None or row.problems:
                self._reject(row, result, rejects)
                continue
            if needs_code:
                clean.code = ""
            if clean.code:
                other = state.codes.get(clean.code)
                if other is not None and other != row.line:
                    row.problems.append(Problem(row.line, target_label("code"), clean.code, translate("services.imports", "this code is already on line {line} of the file").format(line=other)))
                    self._reject(row, result, rejects)
                    continue
                state.codes.set(clean.code, row.line)
            if old is not None:
                row.customer_changed = bool(changed_fields(old, clean))
                if not row.customer_changed and (row.contact_plan is None or not row.contact_plan.changed):
                    result.unchanged += 1
                    continue
                writes.append((row, clean, found))
            else:
                writes.append((row, clean, None))
        self._check_codes(s, writes, result, rejects)
        self._find_duplicates(s, writes, result)
        if options.dry_run or (not options.valid_only and result.rejected):
            # Nothing will be kept: count what would be done, and stop writing.
            for _row, _clean, found in writes:
                if found is None:
                    result.created += 1
                else:
                    result.updated += 1
            return
        creates = [(row, clean) for row, clean, found in writes if found is None]
        for row, clean, found in writes:
            if found is not None:
                if row.customer_changed:
                    self._update(s, found, clean)
                if row.contact_plan is not None and row.contact_plan.changed:
                    self._write_contact(s, found.id, row.contact_plan)
                result.updated += 1
        ids = self._create(s, creates, state)
        for row, clean in creates:
            if row.contact_plan is not None:
                self._write_contact(s, ids[clean.code], row.contact_plan)
        result.created += len(creates)
        s.flush()
        s.expunge_all()  # memory stays flat: nothing of a written chunk is kept by the session

    @staticmethod
    def _column_of(converter: _Converter, field_name: str) -> str:
        targets = {"addresses": "billing.street1", "preferred_payment_method": "payment_method",
                   "preferred_payment_method_id": "payment_method", "payment_terms_id": "payment_terms",
                   "default_carrier_id": "carrier"}
        wanted = targets.get(field_name, field_name)
        for index, target in enumerate(converter.mapping):
            if target == wanted and index < len(converter.headers):
                return converter.headers[index]
        try:
            return target_label(wanted)
        except KeyError:
            return ""

    @staticmethod
    def _value_of(converter: _Converter, row: _Row, field_name: str) -> str:
        for index, target in enumerate(converter.mapping):
            if target == field_name and index < len(row.cells):
                return excerpt(row.cells[index], 200)
        return ""

    def _reject(self, row: _Row, result: ImportResult, rejects: _Rejects | None) -> None:
        result.rejected += 1
        for problem in row.problems:
            result.problem_count += 1
            if len(result.problems) < MAX_PROBLEMS:
                result.problems.append(problem)
        if rejects is not None:
            rejects.write(row.cells, "; ".join(
                f"{p.column} : {p.reason}" if p.column else p.reason for p in row.problems))

    def _existing(self, s: Session, chunk: list[_Row], key: str) -> dict[str, Customer]:
        """The customers of the database that the chunk's rows name by their key (archived ones included)."""
        checks = {"code": lambda v: v, "siret": check_siret, "siren": check_siren, "email": check_email}
        wanted: dict[str, _Row] = {}
        for row in chunk:
            row.existing_key = ""
            if row.data is None:
                continue
            raw = getattr(row.data, key, "")
            if not raw:
                continue
            try:
                value = checks[key](raw)
            except FieldError:
                value = ""  # validate_customer reports it
            if key == "email":
                value = value.lower()
            row.existing_key = value
            if value:
                wanted[value] = row
        if not wanted:
            return {}
        column = getattr(Customer, key)
        # An email's case is not part of the address in practice: Contact@X.fr names contact@x.fr.
        column_expr = func.lower(column) if key == "email" else column
        found: dict[str, Customer] = {}
        stmt = (select(Customer).where(column_expr.in_(list(wanted)))
                .options(selectinload(Customer.addresses), selectinload(Customer.einvoice_addresses))
                .order_by(Customer.active.desc(), Customer.id))
        for c in s.scalars(stmt):
            value = getattr(c, key)
            if key == "email":
                value = value.lower()
            found.setdefault(value, c)
        return found

    def _check_codes(self, s: Session, writes: list[tuple[_Row, CustomerData, Customer | None]],
                     result: ImportResult, rejects: _Rejects | None) -> None:
        """A code given in the file must not be another customer's (the service's uniqueness rule)."""
        codes = {clean.code: (row, found) for row, clean, found in writes if clean.code}
        if not codes:
            return
        taken = dict(s.execute(select(Customer.code, Customer.id).where(Customer.code.in_(list(codes)))).all())
        bad: set[int] = set()
        for code, (row, found) in codes.items():
            owner = taken.get(code)
            if owner is not None and (found is None or found.id != owner):
                row.problems.append(Problem(row.line, target_label("code"), code, translate("services.imports", "Code {code} is already used by another customer.").format(code=code)))
                bad.add(row.line)
                self._reject(row, result, rejects)
        if bad:
            writes[:] = [w for w in writes if w[0].line not in bad]

    def _find_duplicates(self, s: Session, writes: list[tuple[_Row, CustomerData, Customer | None]],
                         result: ImportResult) -> None:
        """Customers of the database (archived ones included) sharing the SIRET, VAT number or email of a row
        that creates a customer or names another one: shown before writing (CustomerService.find_duplicates
        does this for the dialog, one customer at a time)."""
        if len(result.duplicates) >= MAX_PROBLEMS:
            return
        for name in ("siret", "vat_number", "email"):
            values: dict[str, tuple[_Row, Customer | None]] = {}
            for row, clean, found in writes:
                value = getattr(clean, name)
                if value:
                    values[value] = (row, found)
            if not values:
                continue
            column = getattr(Customer, name)
            stmt = select(Customer.id, Customer.code, Customer.name, Customer.active, column).where(
                column.in_(list(values)))
            for cid, code, cname, active, value in s.execute(stmt):
                row, found = values[value]
                if found is None or found.id != cid:
                    result.duplicates.append(PossibleDuplicate(row.line, name, value, code, cname, bool(active)))

    # ---- writing ------------------------------------------------------------------------------------------------
    def _update(self, s: Session, c: Customer, clean: CustomerData) -> None:
        """What CustomerService.update does, inside the import's transaction."""
        CustomerService._apply(c, clean)
        CustomerService._write_addresses(s, c, clean.addresses)
        c.version += 1
        c.updated_at = now()
        s.flush()
        CustomerService._refresh_summary(s, c)

    @staticmethod
    def _free_codes(s: Session, n: int, state: _State) -> list[str]:
        """`n` codes of the customer series (C000123) for rows without one, taken in one step; codes the
        database or the file already hold are skipped."""
        if n <= 0:
            return []
        counter = s.get(Counter, CODE_SERIES)
        number = counter.value if counter is not None else 0
        codes: list[str] = []
        while len(codes) < n:
            batch = [format_code(number + i + 1) for i in range(n - len(codes))]
            number += len(batch)
            taken = set(s.scalars(select(Customer.code).where(Customer.code.in_(batch))))
            state.codes.prefetch(batch)
            codes.extend(code for code in batch if code not in taken and state.codes.get(code) is None)
        if counter is None:
            s.add(Counter(name=CODE_SERIES, value=number))
        else:
            counter.value = number
        s.flush()
        for code in codes:
            state.codes.set(code, 0)
        return codes

    def _create(self, s: Session, creates: list[tuple[_Row, CustomerData]], state: _State) -> dict[str, int]:
        """New customers in bulk: the columns CustomerService.create stores (its own _apply, _fix_defaults and
        search text), written by two executemany INSERTs per chunk instead of an ORM flush per customer."""
        if not creates:
            return {}
        stamp = now()
        codes = iter(self._free_codes(s, sum(1 for _row, clean in creates if not clean.code), state))
        table: Any = Customer.__table__
        customers: list[dict[str, Any]] = []
        addresses: dict[str, list[dict[str, Any]]] = {}
        for row, clean in creates:
            clean.code = clean.code or next(codes)
            ready = row.new_values
            if ready is not None and ready[0].get("code") == clean.code:
                values, address_rows = dict(ready[0], created_at=stamp, updated_at=stamp), ready[1]
            else:
                values, address_rows = new_customer_values(clean, stamp)
            customers.append(values)
            addresses[clean.code] = address_rows
        conn = s.connection()
        self._suspend_search_trigger(s, state)
        # Core executemany without RETURNING (SQLite would run it row by row); the ids come back by code.
        conn.execute(insert(table), customers)
        ids: dict[str, int] = {}
        batch = list(addresses)
        for start in range(0, len(batch), 500):
            part = batch[start:start + 500]
            ids.update({code: cid for cid, code in conn.execute(
                select(Customer.id, Customer.code).where(Customer.code.in_(part)))})
        if state.search_trigger:
            self._index_search(s, state, min(ids.values()), max(ids.values()))
        flat = []
        for code, rows in addresses.items():
            for a in rows:
                a["customer_id"] = ids[code]
                flat.append(a)
        if flat:
            conn.execute(insert(Address.__table__), flat)  # type: ignore[arg-type]
        return ids

    # ---- the search tables of SQLite ------------------------------------------------------------------------
    # On SQLite a trigger copies each new customer's search text into the two FTS5 tables, row by row. For
    # many rows it is cheaper (about 170 µs a row instead of 390 at 100,000 customers) to set that trigger
    # aside, insert the chunk, and copy the chunk's rows into the same tables with one INSERT ... SELECT each:
    # the trigger's own statements, run on a set. The trigger is put back, with its SQL as it was, before the
    # transaction ends (a rollback puts it back too). A trigger that does not read as expected is left alone.
    _TRIGGER = "customer_search_ai"
    _TRIGGER_INSERT = re.compile(r"INSERT INTO (\w+)\(rowid, search_text\) VALUES \(new\.id, new\.search_text\);")

    def _suspend_search_trigger(self, s: Session, state: _State) -> None:
        if state.search_trigger or s.get_bind().dialect.name != "sqlite":
            return
        conn = s.connection()
        sql = conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                   (self._TRIGGER,)).scalar()
        if not sql:
            return
        body = re.sub(r"\s+", " ", sql)
        tables = self._TRIGGER_INSERT.findall(body)
        expected = "".join(f" INSERT INTO {t}(rowid, search_text) VALUES (new.id, new.search_text);" for t in tables)
        if not tables or not body.endswith(f"BEGIN{expected} END"):
            log.info("search trigger not as expected: kept for the import")
            return
        conn.exec_driver_sql(f"DROP TRIGGER {self._TRIGGER}")
        state.search_trigger = sql
        state.search_tables = tables

    def _index_search(self, s: Session, state: _State, first_id: int, last_id: int) -> None:
        """The rows just inserted (ids first_id..last_id: no one else writes during the transaction)."""
        conn = s.connection()
        for table in state.search_tables:
            conn.exec_driver_sql(f"INSERT INTO {table}(rowid, search_text) SELECT id, search_text FROM customer "
                                 "WHERE id BETWEEN ? AND ?", (first_id, last_id))

    def _resume_search_trigger(self, s: Session, state: _State) -> None:
        if state.search_trigger:
            s.connection().exec_driver_sql(state.search_trigger)
            state.search_trigger = ""

    # ---- contacts -------------------------------------------------------------------------------------------
    def _plan_contact(self, s: Session, row: _Row, found: Customer | None,
                      converter: _Converter) -> _ContactPlan | None:
        """The row's contact checked by the contact dialog's rules (domain.contacts.validate_contact), and the
        existing contact of the customer it names (same email, else same first and last name)."""
        from crmdesk.domain.contacts import ContactData, validate_contact
        from crmdesk.store.models import Contact

        assert row.contact is not None
        data = ContactData()
        for part, value in row.contact.items():
            setattr(data, part, value)
        try:
            clean = validate_contact(data)
        except ValidationErrors as exc:
            for e in exc.errors:
                target = f"contact.{e.field}"
                row.problems.append(Problem(row.line, self._column_of(converter, target),
                                            self._value_of(converter, row, target), e.message))
            return None
        existing = [] if found is None else list(s.scalars(
            select(Contact).where(Contact.customer_id == found.id).order_by(Contact.position, Contact.id)))
        match = next((c for c in existing if clean.email and c.email.lower() == clean.email.lower()), None) or \
            next((c for c in existing if (fold(c.first_name), fold(c.last_name)) ==
                  (fold(clean.first_name), fold(clean.last_name))), None)
        if match is None:
            return _ContactPlan(clean, None, True, first=not existing)
        changed = any((getattr(match, p) or "") != (getattr(clean, p) or "") for p in row.contact)
        return _ContactPlan(clean, match.id, changed)

    @staticmethod
    def _write_contact(s: Session, customer_id: int, plan: _ContactPlan) -> None:
        from crmdesk.services.contacts import refresh_customer_search
        from crmdesk.store.models import Contact

        if plan.existing_id is None:
            last = s.scalar(select(func.max(Contact.position)).where(Contact.customer_id == customer_id))
            s.add(Contact(customer_id=customer_id, position=0 if last is None else int(last) + 1,
                          is_main=plan.first, role=plan.data.role, language=plan.data.language,
                          **{p: getattr(plan.data, p) for p in CONTACT_PARTS}))
        else:
            contact = s.get(Contact, plan.existing_id)
            if contact is not None:
                for p in CONTACT_PARTS:
                    setattr(contact, p, getattr(plan.data, p))
        s.flush()
        refresh_customer_search(s, customer_id)


@dataclass
class _ContactPlan:
    data: Any  # domain.contacts.ContactData, validated
    existing_id: int | None
    changed: bool
    first: bool = False  # the customer's first contact: its main one


@dataclass
class _State:
    key: str
    # Kept in a temporary SQLite file, not in memory: memory stays flat with the file's number of rows.
    seen: KeyLines = field(default_factory=KeyLines)  # key value -> first line
    codes: KeyLines = field(default_factory=KeyLines)  # codes of the file (and given) -> line
    search_trigger: str = ""  # the SQL of the search trigger set aside while new customers are written
    search_tables: list[str] = field(default_factory=list)  # the FTS5 tables it fills
    new_checks: int = 0  # rows checked here as new customers (what checking processes would take over)

    def close(self) -> None:
        self.seen.close()
        self.codes.close()


class _Rejects:
    """The rejected rows, as they were in the file, with a last column saying why: fix and import again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".part")
        self.fh: io.TextIOWrapper | None = None
        self.writer: Any = None

    def start(self, header: list[str]) -> None:
        self.fh = self.tmp.open("w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.fh, delimiter=";")
        self.writer.writerow([*header, translate("services.imports", "Reason for rejection")])

    def write(self, cells: list[str], reason: str) -> None:
        if self.writer is not None:
            self.writer.writerow([c.replace("\x00", "") for c in cells] + [reason])

    def close(self, keep_file: bool) -> None:
        if self.fh is not None:
            self.fh.close()
            if keep_file:
                self.tmp.replace(self.path)
            else:
                self.tmp.unlink(missing_ok=True)


# ---- reference entries the file names -------------------------------------------------------------------------

def _terms_days(label: str) -> tuple[int, bool]:
    folded = fold(label)
    digits = re.search(r"\d+", folded)
    days = min(int(digits.group()), 365) if digits else 0
    return days, ("fin de mois" in folded or "end of month" in folded or "fdm" in folded)


def create_unknown_references(db: Database, unknown: dict[str, dict[str, str]]) -> int:
    """Create the payment methods, terms and carriers the file named and the lists lacked; returns how many.
    Terms get their days from the label ("30 jours fin de mois": 30, end of month)."""
    service = ReferenceService(db)
    created = 0
    for target, labels in unknown.items():
        kind = REFERENCE_TARGETS[target]
        for label in labels.values():
            if kind.has_days:
                days, end_of_month = _terms_days(label)
                service.add(kind, label, days=days, end_of_month=end_of_month)
            else:
                service.add(kind, label)
            created += 1
    return created


__all__ = [
    "CustomerImporter", "FileFormat", "ImportFileError", "ImportOptions", "ImportResult", "Problem",
    "PossibleDuplicate", "TableReader", "all_targets", "create_unknown_references", "detect_format",
    "layout_key", "preview", "preview_stored", "propose_key", "propose_mapping", "strip_guard", "target_label",
]


@dataclass(frozen=True)
class PreviewRow:
    line: int
    values: dict[str, str]  # target -> the value as it will be stored
    problems: list[str]


def preview_stored(db: Database, path: Path, fmt: FileFormat, mapping: Sequence[str],
                   rows: int = 10) -> list[PreviewRow]:
    """The first rows as they will be stored (a new customer each: the dry run compares with existing ones)."""
    reader = TableReader(path, fmt).rows()
    header = next(reader, None)
    if header is None:
        return []
    headers = [clean_text(h) for h in header]
    with db.read() as s:
        converter = _Converter(headers, list(mapping), _RefMatcher(s), {})
    out: list[PreviewRow] = []
    line = 1
    for cells in reader:
        line += 1
        if not any(c.strip() for c in cells):
            continue
        if len(out) >= rows:
            break
        row = _Row(line, cells)
        converter.convert(row)
        merged = _merge(None, row)
        problems = [p.reason for p in row.problems]
        clean, errors = check_customer(replace(merged, code=merged.code or "C?"))
        stored = clean or merged
        problems += [message for _target, message in errors]
        values: dict[str, str] = {}
        billing = next((a for a in stored.addresses if a.is_default_billing), None)
        delivery = next((a for a in stored.addresses if a.is_default_delivery), None)
        for target in mapping:
            if not target or target == TO_NOTES:
                continue
            if "." in target:
                usage, part = target.split(".", 1)
                address = billing if usage == "billing" else delivery
                values[target] = str(getattr(address, part)) if address is not None else ""
            elif target in REFERENCE_TARGETS:
                values[target] = row.cells[mapping.index(target)] if mapping.index(target) < len(row.cells) else ""
            elif target == "active":
                values[target] = status_text(stored.active)
            else:
                value = getattr(stored, target, "")
                values[target] = "" if value is None else str(value)
        if not merged.code:
            values["code"] = translate("services.imports", "(new code)")
        out.append(PreviewRow(line, values, problems))
    return out
