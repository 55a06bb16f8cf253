"""Namespaces, the one fixed prefix map, and the minting of IRIs from natural keys.

IRIs are ASCII: Chinese natural keys (an issuer prefix such as 昌发) are percent-encoded,
long ones (titles, names) are hashed, and the Chinese itself lives in ``@zh`` labels.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache
from urllib.parse import quote

from rdflib import Namespace
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from budgetkg.citations import CitedDocument, DocumentNumber, normalise_title
from budgetkg.errors import UsageError

BKG = Namespace("https://w3id.org/budgetkg/def#")
CODE = Namespace("https://w3id.org/budgetkg/code/")
ORG = Namespace("http://www.w3.org/ns/org#")
QB = Namespace("http://purl.org/linked-data/cube#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
SCHEMA = Namespace("https://schema.org/")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace("http://rdfs.org/ns/void#")
OBEU = Namespace("http://data.openbudgets.eu/ontology/")
OBEU_DIM = Namespace("http://data.openbudgets.eu/ontology/dsd/dimension/")
OBEU_MEASURE = Namespace("http://data.openbudgets.eu/ontology/dsd/measure/")

DEFAULT_BASE = "https://w3id.org/budgetkg/id/"

PREFIXES: dict[str, Namespace] = {
    "bkg": BKG, "code": CODE, "dcat": DCAT, "dct": DCTERMS, "eli": ELI, "obeu": OBEU,
    "org": ORG, "owl": OWL, "prov": PROV, "qb": QB, "rdf": RDF, "rdfs": RDFS,
    "schema": SCHEMA, "sh": SH, "skos": SKOS, "void": VOID, "xsd": XSD,
}


def _hash(text: str, length: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


# An absolute IRI as RDF allows it (RFC 3987): a scheme, then no space, control character,
# <>"{}|\^`, stray % or second #. Every minted IRI is the base and slugs, so checking the
# base once makes every IRI the mapping writes valid, and the store loads them without
# checking each one again.
_IRI_CHAR = r'(?:[^\x00-\x20\x7f-\x9f<>"{}|\\^`%#]|%[0-9A-Fa-f]{2})'
_ABSOLUTE_IRI = re.compile(rf"[A-Za-z][A-Za-z0-9+.-]*:{_IRI_CHAR}*(?:#{_IRI_CHAR}*)?")


@lru_cache(maxsize=4096)  # the same keys come back in every document: positions, months
def slug(text: str) -> str:
    """An ASCII path segment for a natural key: kept as is when it is already safe
    (project codes), percent-encoded otherwise."""
    return quote(text.strip(), safe="-._~")


class Minter:
    """Mints every IRI of the knowledge graph under one configurable base."""

    def __init__(self, base: str = DEFAULT_BASE):
        if not _ABSOLUTE_IRI.fullmatch(base):
            raise UsageError(f"the base must be an absolute IRI such as {DEFAULT_BASE}, "
                             f"without spaces or <>\"{{}}|\\^`; got {base!r}")
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def organisation(self, name: str, code: str | None) -> str:
        # Budget unit codes are local to a county's finance bureau, so the same code
        # names different departments elsewhere; the name's hash keeps them apart.
        key = f"{slug(code)}-{_hash(name, 8)}" if code else f"n-{_hash(name)}"
        return f"{self.base}org/{key}"

    def disclosure(self, organisation: str, year: int, phase: str) -> str:
        key = organisation.rsplit("/", 1)[-1]
        return f"{self.base}disclosure/{key}/{year}/{phase}"

    def source(self, sha256: str) -> str:
        return f"{self.base}source/{sha256}"

    def policy(self, document: CitedDocument) -> str:
        if document.number is not None:
            return self.policy_number(document.number)
        return f"{self.base}policy/title/{_hash(normalise_title(document.title or ''), 16)}"

    def policy_number(self, number: DocumentNumber) -> str:
        return f"{self.base}policy/{slug(number.issuer)}/{number.year}/{number.serial}"

    @staticmethod
    def child(parent: str, *parts: object) -> str:
        return "/".join([parent, *(slug(str(part)) for part in parts)])

    @staticmethod
    def hashed(parent: str, kind: str, text: str) -> str:
        return f"{parent}/{kind}/{_hash(text)}"


def code(scheme: str, key: str) -> str:
    """A concept of one of budgetkg's code lists (``ontology/codelists.ttl``)."""
    return str(CODE[f"{scheme}/{key}"])
