"""Shapes → SPARQL, for validating a whole store in one query per shape.

pySHACL checks one focus node at a time, which is too slow past ~100k triples. Here
every shape becomes one SELECT over the union of all graphs, with the shape's target as
a pattern: SHACL-SPARQL constraints are reused as written ($this becomes a free ?this
bound by the target), and the SHACL Core components the shapes use are translated. The
shapes stay the single source of truth; a test checks that both engines report the same
(focus, shape, severity) on every example and on the seed.

The queries are written so that their cost grows linearly with the store (Oxigraph 0.5,
measured on stores of 1,000 and 10,000 disclosures):

- Oxigraph joins two triple patterns that share a variable by looking each row of one
  up in the index of the other: a RocksDB seek, ~15 µs a row. Scanning one predicate
  costs ~0.4 µs a row, and a hash join of two scans (sub-SELECTs, MINUS, GROUP BY) ~1.5
  µs. So the Core components are scans combined by hashing, and value tests filter the
  scan of the path first, so that only failing values meet the target.
- The union default graph is a multiset (oxigraph#1919): a department stated in 500
  disclosures matches 500 times, and a join through it is 500 times larger, which also
  leads the planner astray (one cross-section check took minutes at 1,000 documents).
  A SHACL-SPARQL constraint of a shape whose focus nodes belong to one disclosure
  therefore runs inside ``GRAPH ?focusGraph``, so its joins stay within that document,
  unless it reads the code lists (those live in the ontology graph, not the document's).
  Oxigraph 0.5 evaluates a sub-select there over the union of the graphs, not the
  focus graph: the same rows, as long as an entity's triples are all in its own
  document's graph (as the mapping writes them); the faster arithmetic and quality
  constraints rely on that.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.plugins.sparql import prepareQuery

from budgetkg.errors import BudgetKGError
from budgetkg.validate.shapes import Severity, shape_id, vocabulary_graph
from budgetkg.vocab import SH

_XSD = "http://www.w3.org/2001/XMLSchema#"
_LEXICAL = {_XSD + "integer": r"^[+-]?[0-9]+$",
            _XSD + "decimal": r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)$",
            _XSD + "date": r"^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(Z|[+-][0-9]{2}:[0-9]{2})?$"}
# Entities shared by all disclosures (a department across years, a policy document cited
# everywhere): they carry no bkg:disclosure and are checked over the whole store.
SHARED_CLASSES = {"https://w3id.org/budgetkg/def#Department",
                  "https://w3id.org/budgetkg/def#PolicyDocument"}
FOCUS_GRAPH = "focusGraph"  # the variable of the GRAPH a local constraint runs in
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


# SHACL Core -------------------------------------------------------------------------


def _property_query(shapes: Graph, prop, target: str, local: bool) -> ShapeQuery:
    unknown = set(shapes.predicates(prop)) - _KNOWN
    if unknown:
        raise BudgetKGError(f"shape {shape_id(prop)} uses {sorted(unknown)}, which the "
                            "whole-store validator cannot translate")
    path = _path(shapes, prop)
    branches = (_scanned if local else _looked_up)(shapes, prop, path, target)
    severity = Severity.from_iri(shapes.value(prop, SH.severity, default=SH.Violation))
    body = "\n  UNION\n  ".join(f"{{ {branch} }}" for branch in branches)
    sparql = f"SELECT DISTINCT ?this ?value WHERE {{\n  {body}\n}}"
    return ShapeQuery(shape_id(prop), severity, sparql, _messages(shapes, prop), local)


def _path(shapes: Graph, prop) -> tuple[str, ...]:
    """The predicates a property shape's path follows: one, or a sequence of them (an
    entity's source file is ``( bkg:disclosure prov:wasDerivedFrom )``)."""
    path = shapes.value(prop, SH.path)
    if isinstance(path, URIRef):
        return (term(path),)
    steps = list(Collection(shapes, path)) if (path, RDF.first, None) in shapes else []
    if not steps or not all(isinstance(step, URIRef) for step in steps):
        raise BudgetKGError(f"shape {shape_id(prop)}: the whole-store validator translates a "
                            "path of one predicate or a sequence of predicates only")
    return tuple(term(step) for step in steps)


def _walk(path: tuple[str, ...], subject: str, obj: str, *, backwards: bool) -> str:
    """Triple patterns for ``subject path obj``, written from the end of a sequence
    ``backwards``: Oxigraph joins in the order written, and a sequence of these shapes
    narrows towards its end (many facts share a disclosure, which has one source file),
    so a scan or a known value starts there. Not a property path, for which Oxigraph
    chooses slow plans."""
    nodes = [subject, *(f"{obj}_{i}" for i in range(1, len(path))), obj]
    steps = [f"{nodes[i]} {predicate} {nodes[i + 1]} ." for i, predicate in enumerate(path)]
    return " ".join(reversed(steps) if backwards else steps)


def _scanned(shapes: Graph, prop, path: tuple[str, ...], target: str) -> list[str]:
    """The constraints of a property shape on entities of one disclosure, of which there
    are many: the target and the path are each scanned once and combined by hashing,
    and a test on single values sees each distinct value once (reading a string costs a
    seek of its own). What a branch finds meets the target in an OPTIONAL, which
    Oxigraph evaluates only for the rows it has, by lookup (a plain join with the
    target would scan the target even when nothing fails)."""
    branches = []
    walk = _walk(path, "?this", "?v", backwards=True)
    if (count := shapes.value(prop, SH.minCount)) is not None and int(count) > 0:
        focus = f"{{ SELECT ?this WHERE {{ {target} }} }}"
        if int(count) == 1:
            branches.append(f"{focus}\n    MINUS {{ {walk} }}")
        else:
            branches.append(f"""{{ SELECT ?this WHERE {{
      {focus}
      OPTIONAL {{ SELECT DISTINCT ?this ?v WHERE {{ {walk} }} }}
    }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(count)}) }}""")
    if (count := shapes.value(prop, SH.maxCount)) is not None:
        branches.append(f"""{{ SELECT ?this WHERE {{ {walk} }}
      GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(count)}) }}
    OPTIONAL {{ {target} }} FILTER (BOUND(?targetClass))""")
    # The values of the last step: a superset of the path's values, which the focus
    # pattern narrows to those reached from a focus node.
    values = f"{{ SELECT ?value WHERE {{ ?valueOf {path[-1]} ?value }} GROUP BY ?value }}"
    reached = _walk(path, "?this", "?value", backwards=True)
    if len(path) == 1:
        focus = f"OPTIONAL {{ {reached} {target} }} FILTER (BOUND(?this))"
    else:
        # With more than one pattern beside it, the target in the same OPTIONAL made
        # Oxigraph join the whole path with the target first (2 s for 1,000 documents
        # with no value to look up); nested, it is looked up for the rows reached.
        focus = f"OPTIONAL {{ {reached} OPTIONAL {{ {target} }} }} FILTER (BOUND(?targetClass))"
    if tests := _value_tests(shapes, prop):
        branches.append(f"{values}\n    FILTER ({_any(tests)})\n    {focus}")
    if (cls := shapes.value(prop, SH["class"])) is not None:
        branches.append(f"{values}\n    MINUS {{ {_instances(cls)} }}\n    {focus}")
    return branches


def _looked_up(shapes: Graph, prop, path: tuple[str, ...], target: str) -> list[str]:
    """The constraints of a property shape on shared entities (departments, policy
    documents): few, but stated once in every disclosure that mentions them, and with
    properties (rdfs:label) that every other entity has too. So each is looked up from
    the distinct focus nodes, and a test sees each (focus node, value) once."""
    focus = f"{{ SELECT DISTINCT ?this WHERE {{ {target} }} }}"
    reached = _walk(path, "?this", "?value", backwards=False)
    values = f"""{{ SELECT ?this ?value WHERE {{ {focus} {reached} }}
      GROUP BY ?this ?value }}"""
    branches = []
    if (count := shapes.value(prop, SH.minCount)) is not None and int(count) > 0:
        # OPTIONAL + !BOUND, not FILTER NOT EXISTS, which Oxigraph evaluates in full for
        # every focus node.
        walk = _walk(path, "?this", "?v", backwards=False)
        branches.append(f"""{{ SELECT ?this WHERE {{ {focus} OPTIONAL {{ {walk} }} }}
      GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {int(count)}) }}""")
    if (count := shapes.value(prop, SH.maxCount)) is not None:
        branches.append(f"""{{ SELECT ?this WHERE {{ {values} }}
      GROUP BY ?this HAVING (COUNT(?value) > {int(count)}) }}""")
    if tests := _value_tests(shapes, prop):
        branches.append(f"{values}\n    FILTER ({_any(tests)})")
    if (cls := shapes.value(prop, SH["class"])) is not None:
        branches.append(f"{values}\n    MINUS {{ {_instances(cls)} }}")
    return branches


def _any(tests: list[str]) -> str:
    return "\n        || ".join(f"({test})" for test in tests)


def _instances(cls) -> str:
    """The instances of a class, for sh:class: an anti-join with all of them (hashed
    once), not NOT EXISTS for each value."""
    return f"?valueClass <{RDFS.subClassOf}>* {term(cls)} . ?value a ?valueClass"


def _value_tests(shapes: Graph, prop) -> list[str]:
    """FILTER conditions true for a value that breaks a constraint on single values."""
    tests = []
    if (datatype := shapes.value(prop, SH.datatype)) is not None:
        tests.append(_datatype_test(str(datatype)))
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
    return tests


def _datatype_test(datatype: str) -> str:
    test = f"!isLiteral(?value) || DATATYPE(?value) != <{datatype}>"
    if datatype in _LEXICAL:
        # An ill-typed literal ("二〇二一"^^xsd:integer) keeps its datatype in the
        # store; SHACL counts it as a datatype violation.
        test += f" || !REGEX(STR(?value), {term(Literal(_LEXICAL[datatype]))})"
    # DATATYPE() costs a microsecond a value, more than the rest of the scan, so a cheap
    # test that holds for every value the full test rejects goes first: a well-formed
    # number is the same term as its cast to its own type, and an rdf:langString has a
    # language tag.
    if datatype in (_XSD + "integer", _XSD + "decimal"):
        return f"!COALESCE(sameTerm(?value, <{datatype}>(?value)), false) && ({test})"
    if datatype == str(RDF.langString):
        return f"(!isLiteral(?value) || LANG(?value) = \"\") && ({test})"
    return test


# SHACL-SPARQL -----------------------------------------------------------------------


_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def _sparql_query(shapes: Graph, node_shape, constraint, target: str,
                  severity: Severity, local: bool) -> ShapeQuery:
    select = str(shapes.value(constraint, SH.select))
    namespaces = {}
    for declared in shapes.objects(shapes.value(constraint, SH.prefixes), SH.declare):
        namespaces[str(shapes.value(declared, SH.prefix))] = str(
            shapes.value(declared, SH.namespace))
    select = select.replace("$this", "?this")
    found = _WHERE.search(select)
    if found is None:
        raise BudgetKGError(f"shape {shape_id(node_shape)}: its SELECT has no WHERE clause")
    open_brace = found.end() - 1
    close_brace = _closing_brace(select, open_brace)
    # The target goes last: Oxigraph joins in the order written, and a constraint
    # opens with its most selective pattern, which a scan of the target would precede.
    body = f"{select[open_brace + 1:close_brace].rstrip()}\n    {target}\n"
    if local and not _reads_vocabulary(select, tuple(sorted(namespaces.items()))):
        body = f"\n  GRAPH ?{FOCUS_GRAPH} {{{body}  }}\n"
    where = f"{{{body}{select[close_brace:]}"
    header = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in sorted(namespaces.items()))
    return ShapeQuery(shape_id(node_shape), severity,
                      f"{header}\n{select[:open_brace]}{where}",
                      _messages(shapes, constraint), local)


def _closing_brace(text: str, start: int) -> int:
    """The index of the brace that closes the one at ``start``, skipping strings, IRIs
    and comments."""
    depth = 0
    index = start
    while index < len(text):
        char = text[index]
        if char in "\"'":
            quote = char * 3 if text.startswith(char * 3, index) else char
            index = text.index(quote, index + len(quote))
            index += len(quote)
            continue
        if char == "<" and (iri := re.match(r"<[^<>\"{}|^`\\\s]*>", text[index:])):
            index += len(iri.group(0))
            continue
        if char == "#":
            index = text.find("\n", index)
            if index < 0:
                break
            continue
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    raise BudgetKGError(f"unbalanced braces in a shape's SELECT: {text[start:start + 80]}…")


@cache
def _reads_vocabulary(select: str, namespaces: tuple[tuple[str, str], ...]) -> bool:
    """Whether a constraint uses a property of the code lists or of the class hierarchy,
    which live in the ontology graph and so cannot be seen inside a document's graph."""
    parsed = prepareQuery(select, initNs=dict(namespaces))
    return bool(_iris(parsed.algebra) & _vocabulary_properties())


@cache
def _vocabulary_properties() -> frozenset[URIRef]:
    """Properties stated of code-list concepts (rdfs:domain skos:Concept, such as
    bkg:allowedUnder), their labels and the class and concept hierarchies. The shapes read
    skos:prefLabel for a concept's label, which is in the ontology graph: inside the focus
    graph, an OPTIONAL lookup of it that succeeds binds that graph to the ontology's, and
    the focus node is lost."""
    vocabulary = vocabulary_graph()
    declared = set(vocabulary.subjects(RDFS.domain, SKOS.Concept))
    return frozenset(declared | {RDFS.subClassOf, SKOS.broader, SKOS.narrower,
                                 SKOS.inScheme, SKOS.topConceptOf, SKOS.hasTopConcept,
                                 SKOS.prefLabel})


def _iris(node: object) -> set[URIRef]:
    found = set()
    seen = set()
    stack = [node]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, URIRef):
            found.add(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list | tuple | set):
            stack.extend(item)
        elif hasattr(item, "__dict__") and not isinstance(item, str):
            stack.extend(vars(item).values())
    return found


def scoped(query: ShapeQuery, documents: list[str]) -> str:
    """The query limited to focus nodes of some documents (an incremental run)."""
    values = " ".join(f"<{d}>" for d in documents)
    pattern = (f"?this <https://w3id.org/budgetkg/def#disclosure> ?scopeDocument . "
               f"VALUES ?scopeDocument {{ {values} }}")
    return _TARGET_LINE.sub(lambda m: m.group(0) + " " + pattern, query.sparql)


_TARGET_LINE = re.compile(r"VALUES \?targetClass \{[^}]*\} \?this a \?targetClass \.")
