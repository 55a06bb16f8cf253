"""Shapes → SPARQL, for validating a whole store in one query per shape.

pySHACL checks one focus node at a time, which is too slow past ~100k triples. Here
every shape becomes one SELECT over the union of all graphs, with the shape's target as
a pattern: SHACL-SPARQL constraints are reused as written ($this becomes a free ?this
bound by the target), and the SHACL Core components the shapes use are translated. The
shapes stay the single source of truth; a test checks that both engines report the same
(focus, shape, severity) on every example and on the seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS

from budgetkg.errors import BudgetKGError
from budgetkg.validate.shapes import Severity, shape_id
from budgetkg.vocab import SH

_XSD = "http://www.w3.org/2001/XMLSchema#"
_LEXICAL = {_XSD + "integer": r"^[+-]?[0-9]+$",
            _XSD + "decimal": r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$",
            _XSD + "date": r"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$"}
# Entities shared by all disclosures (a department across years, a policy document cited
# everywhere): they carry no bkg:disclosure and are checked over the whole store.
SHARED_CLASSES = {"https://w3id.org/budgetkg/def#Department",
                  "https://w3id.org/budgetkg/def#PolicyDocument"}
_KNOWN = {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH["in"], SH.pattern,
          SH.minInclusive, SH.maxInclusive, SH.minLength, SH.message, SH.severity, RDF.type,
          RDFS.label, RDFS.comment, SH.name, SH.description}


@dataclass(frozen=True)
class ShapeQuery:
    """One shape as one query. Rows have ?this, optionally ?value and the variables its
    message template uses."""

    shape: str  # shape id
    severity: Severity
    sparql: str
    messages: dict[str, str]
    scoped: bool  # its focus nodes belong to one disclosure (bkg:disclosure), so an
    #               incremental run can limit the query to the documents that changed


def term(node: object) -> str:
    """An rdflib term in SPARQL syntax (IRIs and literals from the shapes, escaped)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if isinstance(node, Literal):
        return node.n3()
    raise BudgetKGError(f"cannot write {node!r} in a query")


def queries(shapes: Graph, subclasses: dict[str, set[str]] | None = None,
            ) -> list[ShapeQuery]:
    """One query per reporting shape. ``subclasses`` maps a class to its subclasses (as
    found in the data): their instances are targets too, as SHACL's rdfs:subClassOf*
    rule says. They are listed in the query, because a property path in the target
    pattern makes Oxigraph choose plans minutes slower on a store of 1,000 documents."""
    result = []
    for node_shape in sorted(shapes.subjects(RDF.type, SH.NodeShape)):
        targets = sorted(shapes.objects(node_shape, SH.targetClass))
        if not targets:
            continue
        severity = Severity.from_iri(shapes.value(node_shape, SH.severity,
                                                  default=SH.Violation))
        classes = {str(t) for t in targets}
        for known in list(classes):
            classes |= (subclasses or {}).get(known, set())
        target = _target(sorted(URIRef(c) for c in classes))
        local = not {str(t) for t in targets} & SHARED_CLASSES
        for prop in sorted(shapes.objects(node_shape, SH.property)):
            result.append(_property_query(shapes, prop, target, local))
        for constraint in sorted(shapes.objects(node_shape, SH.sparql)):
            result.append(_sparql_query(shapes, node_shape, constraint, target, severity,
                                        local))
    return result


def _target(classes: list) -> str:
    values = " ".join(term(c) for c in classes)
    return f"VALUES ?targetClass {{ {values} }} ?this a ?targetClass ."


def subclass_query(classes: set[str]) -> str:
    """The SELECT (class, subclass) that ``queries`` needs, for the target classes."""
    values = " ".join(f"<{c}>" for c in sorted(classes))
    return (f"SELECT DISTINCT ?class ?subclass WHERE {{ VALUES ?class {{ {values} }} "
            f"?subclass <{RDFS.subClassOf}>+ ?class . }}")


def target_classes(shapes: Graph) -> set[str]:
    return {str(c) for c in shapes.objects(None, SH.targetClass)}


def _messages(shapes: Graph, node) -> dict[str, str]:
    return {lit.language or "": str(lit) for lit in shapes.objects(node, SH.message)}


def _property_query(shapes: Graph, prop, target: str, local: bool) -> ShapeQuery:
    unknown = set(shapes.predicates(prop)) - _KNOWN
    if unknown:
        raise BudgetKGError(f"shape {shape_id(prop)} uses {sorted(unknown)}, which the "
                            "whole-store validator cannot translate")
    path = term(shapes.value(prop, SH.path))
    branches = []
    if (count := shapes.value(prop, SH.minCount)) is not None:
        branches.append(f"""{{ SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?v }} }}
            GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(count)}) }}""")
    if (count := shapes.value(prop, SH.maxCount)) is not None:
        branches.append(f"""{{ SELECT ?this WHERE {{ {target} ?this {path} ?v }}
            GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(count)}) }}""")
    tests = []
    if (datatype := shapes.value(prop, SH.datatype)) is not None:
        test = f"!isLiteral(?value) || DATATYPE(?value) != {term(datatype)}"
        if str(datatype) in _LEXICAL:
            # An ill-typed literal ("二〇二一"^^xsd:integer) keeps its datatype in the
            # store; SHACL counts it as a datatype violation.
            test += f" || !REGEX(STR(?value), {term(Literal(_LEXICAL[str(datatype)]))})"
        tests.append(test)
    if (cls := shapes.value(prop, SH["class"])) is not None:
        tests.append(f"NOT EXISTS {{ ?value a/<{RDFS.subClassOf}>* {term(cls)} }}")
    if (members := shapes.value(prop, SH["in"])) is not None:
        allowed = ", ".join(term(m) for m in Collection(shapes, members))
        tests.append(f"?value NOT IN ({allowed})")
    if (pattern := shapes.value(prop, SH.pattern)) is not None:
        tests.append(f"isBlank(?value) || !REGEX(STR(?value), {term(Literal(str(pattern)))})")
    if (low := shapes.value(prop, SH.minInclusive)) is not None:
        tests.append(f"!COALESCE(?value >= {term(low)}, false)")
    if (high := shapes.value(prop, SH.maxInclusive)) is not None:
        tests.append(f"!COALESCE(?value <= {term(high)}, false)")
    if (length := shapes.value(prop, SH.minLength)) is not None:
        tests.append(f"isBlank(?value) || STRLEN(STR(?value)) < {int(length)}")
    for test in tests:
        branches.append(f"{{ {target} ?this {path} ?value . FILTER ({test}) }}")
    severity = Severity.from_iri(shapes.value(prop, SH.severity, default=SH.Violation))
    body = "\n  UNION\n  ".join(branches)
    sparql = f"SELECT DISTINCT ?this ?value WHERE {{\n  {body}\n}}"
    return ShapeQuery(shape_id(prop), severity, sparql, _messages(shapes, prop), local)


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _sparql_query(shapes: Graph, node_shape, constraint, target: str,
                  severity: Severity, local: bool) -> ShapeQuery:
    select = str(shapes.value(constraint, SH.select))
    prefixes = []
    for declared in shapes.objects(shapes.value(constraint, SH.prefixes), SH.declare):
        prefix = shapes.value(declared, SH.prefix)
        namespace = shapes.value(declared, SH.namespace)
        prefixes.append(f"PREFIX {prefix}: <{namespace}>")
    select = select.replace("$this", "?this")
    found = _WHERE.search(select)
    if found is None:
        raise BudgetKGError(f"shape {shape_id(node_shape)}: its SELECT has no WHERE clause")
    sparql = (select[: found.end()] + f"\n  {target}\n" + select[found.end():])
    header = "\n".join(sorted(set(prefixes)))
    return ShapeQuery(shape_id(node_shape), severity, f"{header}\n{sparql}",
                      _messages(shapes, constraint), local)


def scoped(query: ShapeQuery, documents: list[str]) -> str:
    """The query limited to focus nodes of some documents (an incremental run)."""
    values = " ".join(f"<{d}>" for d in documents)
    pattern = (f"?this <https://w3id.org/budgetkg/def#disclosure> ?scopeDocument . "
               f"VALUES ?scopeDocument {{ {values} }}")
    return _TARGET_LINE.sub(lambda m: m.group(0) + " " + pattern, query.sparql)


_TARGET_LINE = re.compile(r"VALUES \?targetClass \{[^}]*\} \?this a \?targetClass \.")
