"""French postal codes and their communes, offline: a postal code gives its city, a city its postal codes.

The data (src/crmdesk/data/postal_codes_fr.tsv.gz, 35,683 pairs) comes from the npm package `codes-postaux`
4.1.2 by the Base Adresse Nationale (MIT licence), itself built from INSEE's Code officiel géographique and
the DGFiP's FIMOCT, published by Etalab under the Licence Ouverte. La Poste's own "base officielle des codes
postaux" is under the ODbL (a derived database would have to be shared alike): not used.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from importlib import resources


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.replace("-", " ").replace("'", " ").split())


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[str]], dict[str, list[tuple[str, str]]]]:
    by_code: dict[str, list[str]] = {}
    by_city: dict[str, list[tuple[str, str]]] = {}
    data = resources.files("crmdesk").joinpath("data/postal_codes_fr.tsv.gz").read_bytes()
    for line in gzip.decompress(data).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, commune, _routing = line.split("\t")
        names = by_code.setdefault(code, [])
        if commune not in names:
            names.append(commune)
        by_city.setdefault(_fold(commune), []).append((code, commune))
        if commune.endswith("Arrondissement"):  # "Paris" finds the codes of its arrondissements
            by_city.setdefault(_fold(commune.split(" ")[0]), []).append((code, commune))
    return by_code, by_city


def cities_for(postal_code: str) -> list[str]:
    """The communes a French postal code serves ("69002" → ["Lyon 2e Arrondissement"]), sorted."""
    code = (postal_code or "").replace(" ", "")
    if len(code) != 5 or not code.isdigit():
        return []
    return sorted(_index()[0].get(code, []))


def postal_codes_for(city: str) -> list[str]:
    """The postal codes of a commune, accents, case and hyphens ignored ("saint etienne" → 42000, 42100)."""
    return sorted({code for code, _name in _index()[1].get(_fold(city or ""), [])})


def city_choices(postal_code: str) -> list[str]:
    """The city names to propose for a postal code: Paris, Lyon and Marseille arrondissements give the
    city's own name ("69002" → ["Lyon"]), as an address writes it."""
    return sorted({n.split(" ")[0] if n.endswith("Arrondissement") else n for n in cities_for(postal_code)})


def city_name(postal_code: str) -> str:
    """The one city to fill in for a postal code ('' when none or several)."""
    plain = city_choices(postal_code)
    return plain[0] if len(plain) == 1 else ""
