"""Records → RDF. The only module that turns extracted records into triples.

One disclosure becomes one named graph whose name is the disclosure's IRI. Every entity
has a minted IRI (no blank nodes), points to its disclosure (``bkg:disclosure``) and to its
lines (``bkg:firstLine``, and ``bkg:lastLine`` only for a passage of several lines), so a
report can quote the line a reader finds in the original document. Only the disclosure
states the source file it was read from (``prov:wasDerivedFrom``); an entity's file is
``bkg:disclosure/prov:wasDerivedFrom``. Loading costs about the same for every triple, so
facts another triple already implies are not stated: an amount written in yuan has no
``bkg:statedAmount``/``bkg:statedUnit`` (it is its ``bkg:amount``), an indicator kind
written as the code list spells it has no ``bkg:level1Label``/``bkg:level2Label`` (it is its
concept's ``skos:prefLabel``), and a project's indicators are found by their ``bkg:project``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rdflib import Graph, URIRef
from rdflib.namespace import DCAT as _DCAT
from rdflib.namespace import DCTERMS as _DCTERMS
from rdflib.namespace import PROV as _PROV
from rdflib.namespace import RDF as _RDF
from rdflib.namespace import RDFS as _RDFS
from rdflib.namespace import SKOS as _SKOS

from budgetkg import codes
from budgetkg.citations import Citation
from budgetkg.records import Disclosure, Figure, Indicator, Project, Span
from budgetkg.values import Amount, MoneyUnit, Target
from budgetkg.vocab import BKG as _BKG
from budgetkg.vocab import DEFAULT_BASE, PREFIXES, Minter, code
from budgetkg.vocab import ORG as _ORG
from budgetkg.vocab import VOID as _VOID

__all__ = ["disclosure_iri", "to_graph", "to_ntriples"]


def disclosure_iri(disclosure: Disclosure, *, base: str = DEFAULT_BASE) -> str:
    minter = Minter(base)
    org = minter.organisation(disclosure.department.name, disclosure.department.code)
    return minter.disclosure(org, disclosure.year, disclosure.phase.value)


def to_ntriples(disclosure: Disclosure, *, base: str = DEFAULT_BASE) -> tuple[str, str, int]:
    """The graph name, the N-Triples text and the triple count. This is the fast path a
    corpus build takes: the mapping writes N-Triples directly, with no rdflib term in
    between (creating those took most of the time of a build). The lines come in the
    order the mapping writes them, without repeats, so the same input gives the same text;
    they are not sorted, which would cost half as much again as the mapping itself
    (serialisers sort: to_graph, the export)."""
    mapper = _Mapper(disclosure, Minter(base))
    mapper.run()
    # A cited document is described by every row citing it: a fifth of the lines repeat.
    lines = list(dict.fromkeys(mapper.triples))
    # The graph states its own size (counting this triple), so a store can say how many
    # triples it holds without counting tens of millions of quads.
    lines.append(f"<{mapper.doc}> {VOID.triples} {_int(len(lines) + 1)} .")
    return mapper.doc, "\n".join(lines) + "\n", len(lines)


def to_graph(disclosure: Disclosure, *, base: str = DEFAULT_BASE) -> Graph:
    """The named graph of one disclosure, as an rdflib Graph with the fixed prefixes.
    The same records always give the same triples."""
    name, ntriples, _ = to_ntriples(disclosure, base=base)
    graph = Graph(identifier=URIRef(name))
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    graph.bind("id", Minter(base).base, override=True, replace=True)
    graph.parse(data=ntriples, format="nt")
    return graph


class _Terms:
    """IRIs of one namespace, already in N-Triples form: ``BKG.amount`` → ``"<…#amount>"``."""

    def __init__(self, namespace: object):
        self._namespace = str(namespace)

    def __getattr__(self, name: str) -> str:
        term = f"<{self._namespace}{name}>"
        setattr(self, name, term)
        return term


BKG, DCAT, DCTERMS, ORG = _Terms(_BKG), _Terms(_DCAT), _Terms(_DCTERMS), _Terms(_ORG)
PROV, RDF, RDFS, SKOS = _Terms(_PROV), _Terms(_RDF), _Terms(_RDFS), _Terms(_SKOS)
VOID = _Terms(_VOID)
# The headline figures are also stated on the disclosure itself, as Wikidata states "truthy"
# values beside its full statements: a department's budget is then one lookup away (seven
# times faster for a year's summary at 10,000 disclosures), while the figure keeps its
# source lines and the unit it was written in.
HEADLINE = {"revenue-total": BKG.totalRevenue, "expenditure-total": BKG.totalExpenditure,
            "expenditure-basic": BKG.basicExpenditure,
            "expenditure-personnel": BKG.personnelExpenditure,
            "expenditure-public-use": BKG.publicUseExpenditure,
            "expenditure-project": BKG.projectExpenditure}
_XSD = "http://www.w3.org/2001/XMLSchema#"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _str(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


def _zh(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"@zh'


def _int(value: int) -> str:
    return f'"{int(value)}"^^<{_XSD}integer>'


def _bool(value: bool) -> str:
    return f'"{"true" if value else "false"}"^^<{_XSD}boolean>'


def _date(value: date) -> str:
    return f'"{value.isoformat()}"^^<{_XSD}date>'


def _dec(value: Decimal) -> str:
    # Canonical xsd:decimal lexical form, so equal amounts are equal literals.
    text = format(value.normalize(), "f")
    if "." not in text:
        text += ".0"
    return f'"{text}"^^<{_XSD}decimal>'


class _Mapper:
    def __init__(self, disclosure: Disclosure, minter: Minter):
        self.d = disclosure
        self.m = minter
        self.org = minter.organisation(disclosure.department.name, disclosure.department.code)
        self.doc = minter.disclosure(self.org, disclosure.year, disclosure.phase.value)
        self.src = minter.source(disclosure.source.sha256)
        self.triples: list[str] = []

    def add(self, subject: str, predicate: str, obj: str | None) -> None:
        """One triple: ``obj`` is an IRI, or a term already in N-Triples form."""
        if obj is None:
            return
        if obj[0] not in '<"':
            obj = f"<{obj}>"
        self.triples.append(f"<{subject}> {predicate} {obj} .")

    def entity(self, iri: str, rdf_type: str, span: Span | None) -> str:
        """Type an entity and tie it to its disclosure and its source lines. A one-line
        passage has no bkg:lastLine: absent, it is bkg:firstLine."""
        self.add(iri, RDF.type, rdf_type)
        self.add(iri, BKG.disclosure, self.doc)
        if span is not None:
            self.add(iri, BKG.firstLine, _int(span.first))
            if span.last != span.first:
                self.add(iri, BKG.lastLine, _int(span.last))
        return iri

    def amount(self, iri: str, predicate: str, value: Amount | None) -> None:
        if value is not None:
            self.add(iri, predicate, _dec(value.yuan))

    def stated(self, iri: str, value: Amount) -> None:
        """How an amount was written, where that is not already its amount in yuan."""
        if value.unit is not MoneyUnit.YUAN:
            self.add(iri, BKG.statedAmount, _dec(value.stated))
            self.add(iri, BKG.statedUnit, _str(value.unit.value))

    def run(self) -> None:
        self.disclosure()
        self.organisation()
        self.figures()
        self.changes()
        self.texts()
        for project in self.d.projects:
            self.project(project)

    def disclosure(self) -> None:
        d, doc = self.d, self.doc
        self.entity(doc, BKG.Disclosure, d.title_span)
        self.add(doc, DCTERMS.title, _zh(d.title))
        self.add(doc, BKG.fiscalYear, _int(d.year))
        self.add(doc, BKG.budgetPhase, code("phase", d.phase.value))
        self.add(doc, DCTERMS.publisher, self.org)
        self.add(doc, BKG.organisation, self.org)
        src = self.src
        self.add(doc, PROV.wasDerivedFrom, src)
        self.add(src, RDF.type, BKG.SourceFile)
        self.add(src, BKG.fileName, _str(d.source.name))
        self.add(src, BKG.sha256, _str(d.source.sha256))
        self.add(src, DCAT.byteSize, _int(d.source.byte_size))
        self.add(src, BKG.lineCount, _int(d.source.line_count))
        self.add(src, BKG.encoding, _str(d.source.encoding))
        for basis in d.legal_basis:
            for policy in self.citation(doc, basis.citation, describe=False):
                self.add(doc, BKG.legalBasis, policy)

    def organisation(self) -> None:
        d, org = self.d, self.org
        self.add(org, RDF.type, BKG.Department)
        self.add(org, RDFS.label, _zh(d.department.name))
        self.add(org, SKOS.prefLabel, _zh(d.department.name))
        if d.department.code:
            self.add(org, BKG.budgetUnitCode, _str(d.department.code))
        for item in d.responsibilities:
            iri = self.entity(self.m.child(self.doc, "responsibility", item.number),
                              BKG.Responsibility, item.span)
            self.add(iri, BKG.position, _int(item.number))
            self.add(iri, BKG.text, _zh(item.text))
            self.add(iri, BKG.responsibilityOf, org)
        for unit in d.units:
            iri = self.entity(self.m.hashed(org, "unit", unit.name), BKG.InternalUnit, unit.span)
            self.add(org, ORG.hasUnit, iri)
            self.add(iri, ORG.unitOf, org)
            self.add(iri, RDFS.label, _zh(unit.name))
            self.add(iri, BKG.position, _int(unit.position))
            for alias in unit.aliases:
                self.add(iri, SKOS.altLabel, _zh(alias))
        for institution in d.institutions:
            iri = self.entity(self.m.hashed(org, "institution", institution.name),
                              BKG.AffiliatedInstitution, institution.span)
            self.add(org, ORG.hasSubOrganization, iri)
            self.add(iri, ORG.subOrganizationOf, org)
            self.add(iri, RDFS.label, _zh(institution.name))
        if facts := d.organisation:
            iri = self.entity(self.m.child(self.doc, "organisation-facts"),
                              BKG.OrganisationFacts, facts.span)
            self.add(iri, BKG.describes, org)
            if facts.budget_level:
                self.add(iri, BKG.budgetLevel, _zh(facts.budget_level))
            for prop, value in ((BKG.statedInstitutionCount, facts.institution_count),
                                (BKG.statedIndependentUnitCount, facts.independent_units),
                                (BKG.statedInternalUnitCount, facts.internal_unit_count)):
                if value is not None:
                    self.add(iri, prop, _int(value))
        for staff in d.staff:
            iri = self.entity(self.m.child(self.doc, "staff", staff.measure), BKG.StaffCount,
                              staff.span)
            self.add(iri, BKG.measure, code("staff", staff.measure))
            self.add(iri, BKG.headcount, _int(staff.count))
            self.add(iri, RDFS.label, _zh(staff.label))
            self.add(iri, BKG.organisation, org)
            if staff.as_of:
                self.add(iri, BKG.asOf, _zh(staff.as_of))
            if staff.part_of:
                self.add(iri, BKG.partOf, self.m.child(self.doc, "staff", staff.part_of))

    def figure_iri(self, measure: str) -> str:
        return self.m.child(self.doc, "figure", measure)

    def figures(self) -> None:
        seen: dict[str, int] = {}
        for figure in self.d.figures:
            seen[figure.measure] = seen.get(figure.measure, 0) + 1
            self.figure(figure, seen[figure.measure])

    def figure(self, figure: Figure, occurrence: int) -> None:
        key = figure.measure if occurrence == 1 else f"{figure.measure}-{occurrence}"
        iri = self.entity(self.figure_iri(key), BKG.BudgetFigure, figure.span)
        self.add(iri, BKG.measure, code("measure", figure.measure))
        self.amount(iri, BKG.amount, figure.amount)
        if figure.measure in HEADLINE:
            self.amount(self.doc, HEADLINE[figure.measure], figure.amount)
        self.stated(iri, figure.amount)
        self.add(iri, RDFS.label, _zh(figure.label))
        self.add(iri, BKG.fiscalYear, _int(self.d.year))
        self.add(iri, BKG.organisation, self.org)
        if figure.part_of and any(f.measure == figure.part_of for f in self.d.figures):
            self.add(iri, BKG.partOf, self.figure_iri(figure.part_of))
        if figure.as_of:
            self.add(iri, BKG.asOf, _zh(figure.as_of))

    def changes(self) -> None:
        for change in self.d.changes:
            iri = self.entity(self.m.child(self.doc, "change", change.measure),
                              BKG.YearOnYearChange, change.span)
            self.add(iri, BKG.measure, code("measure", change.measure))
            if any(f.measure == change.measure for f in self.d.figures):
                self.add(iri, BKG.changeOf, self.figure_iri(change.measure))
            self.add(iri, BKG.previousYear, _int(change.previous_year))
            self.add(iri, BKG.direction, code("direction", change.direction.value))
            if change.amount is not None:
                self.amount(iri, BKG.amount, change.amount)
                self.stated(iri, change.amount)
            if change.percent is not None:
                self.add(iri, BKG.percent, _dec(change.percent))
                # The canonical decimal drops trailing zeros; the checks need the
                # precision the document stated ("24%" vs "24.00%").
                decimals = max(0, -change.percent.as_tuple().exponent)
                self.add(iri, BKG.percentPrecision, _int(decimals))
            if change.reason:
                self.add(iri, BKG.reason, _zh(change.reason))

    def texts(self) -> None:
        d = self.d
        for index, note in enumerate(d.notes, start=1):
            iri = self.entity(self.m.child(self.doc, "note", index), BKG.Note, note.span)
            self.add(iri, BKG.topic, _str(note.topic))
            self.add(iri, BKG.text, _zh(note.text))
        for index, goal in enumerate(d.goals, start=1):
            iri = self.entity(self.m.child(self.doc, "goal", index), BKG.PerformanceGoal,
                              goal.span)
            self.add(iri, BKG.goalKind, _str(goal.kind))
            self.add(iri, BKG.position, _int(index))
            if goal.area is not None:
                self.add(iri, BKG.area, _int(goal.area))
            if goal.number is not None:
                self.add(iri, BKG.number, _int(goal.number))
            if goal.title:
                self.add(iri, DCTERMS.title, _zh(goal.title))
            if goal.text:
                self.add(iri, BKG.text, _zh(goal.text))
        terms: dict[str, str] = {}
        for index, entry in enumerate(d.glossary, start=1):
            iri = self.entity(self.m.child(self.doc, "glossary", index), BKG.GlossaryEntry,
                              entry.span)
            terms[entry.term] = iri
            self.add(iri, SKOS.prefLabel, _zh(entry.term))
            self.add(iri, BKG.position, _int(index))
            if entry.definition:
                self.add(iri, SKOS.definition, _zh(entry.definition))
            if entry.number is not None:
                self.add(iri, BKG.number, _int(entry.number))
            if entry.level:
                self.add(iri, BKG.classificationLevel,
                         code("classification-level",
                              codes.CLASSIFICATION_LEVELS[entry.level][0]))
            if entry.parent and entry.parent in terms:
                self.add(iri, SKOS.broader, terms[entry.parent])
        for index, matter in enumerate(d.other_matters, start=1):
            iri = self.entity(self.m.child(self.doc, "matter", index), BKG.OtherMatter,
                              matter.span)
            self.add(iri, BKG.position, _int(index))
            if matter.title:
                self.add(iri, DCTERMS.title, _zh(matter.title))
            if matter.text:
                self.add(iri, BKG.text, _zh(matter.text))
            if matter.arranged is not None:
                self.add(iri, BKG.arranged, _bool(matter.arranged))

    def project(self, p: Project) -> None:
        iri = self.entity(self.m.child(self.doc, "project", p.code), BKG.Project, p.span)
        self.add(self.doc, BKG.hasProject, iri)
        self.add(iri, BKG.projectCode, _str(p.code))
        self.add(iri, RDFS.label, _zh(p.name))
        self.add(iri, DCTERMS.title, _zh(p.title))
        self.add(iri, BKG.position, _int(p.position))
        self.add(iri, BKG.organisation, self.org)
        self.add(iri, BKG.fiscalYear, _int(self.d.year))
        self.amount(iri, BKG.budgetAmount, p.budget)
        self.amount(iri, BKG.fiscalAmount, p.fiscal)
        self.amount(iri, BKG.otherAmount, p.other)
        if p.unit is not MoneyUnit.YUAN:
            self.add(iri, BKG.statedUnit, _str(p.unit.value))
        if p.purpose:
            self.add(iri, BKG.purpose, _zh(p.purpose))
        for index, stated in enumerate(p.purpose_amounts, start=1):
            part = self.entity(self.m.child(iri, "purpose-amount", index), BKG.PurposeAmount,
                               stated.span)
            self.add(iri, BKG.purposeAmount, part)
            self.add(part, BKG.role, _str(stated.role))
            self.add(part, RDFS.label, _zh(stated.label))
            self.add(part, BKG.position, _int(index))
            self.amount(part, BKG.amount, stated.amount)
            self.stated(part, stated.amount)
        for point in p.plan:
            part = self.entity(self.m.child(iri, "plan", point.month), BKG.SpendingPlanPoint,
                               point.span)
            self.add(iri, BKG.spendingPlan, part)
            self.add(part, RDFS.label, _zh(point.label))
            self.add(part, BKG.month, _int(point.month))
            if point.percent is not None:
                self.add(part, BKG.cumulativePercent, _dec(point.percent))
        for index, goal in enumerate(p.goals, start=1):
            part = self.entity(self.m.child(iri, "goal", index), BKG.PerformanceGoal, p.span)
            self.add(iri, BKG.goal, part)
            self.add(part, BKG.goalKind, _str("project"))
            self.add(part, BKG.position, _int(index))
            self.add(part, BKG.text, _zh(goal))
        # A project rests on every document its indicators cite, stated once on the project
        # (like the headline figures): who relies on a document is then one lookup per
        # project, not one per citing indicator.
        cited = [policy for indicator in p.indicators
                 for policy in self.indicator(iri, indicator)]
        for policy in dict.fromkeys(cited):
            self.add(iri, BKG.indicatorBasis, policy)

    def indicator(self, project: str, i: Indicator) -> list[str]:
        """Map one indicator row; the policy documents it cites."""
        iri = self.entity(self.m.child(project, "indicator", i.position), BKG.Indicator, i.span)
        self.add(iri, BKG.project, project)
        self.add(iri, BKG.position, _int(i.position))
        self.add(iri, BKG.level1, code("indicator-level1", codes.level1(i.level1)))
        self.add(iri, BKG.level2, code("indicator-level2", codes.level2(i.level2)))
        # As written, only where the table did not spell the kind as the code list does.
        if i.level1 not in codes.LEVEL1:
            self.add(iri, BKG.level1Label, _zh(i.level1))
        if i.level2 not in codes.LEVEL2:
            self.add(iri, BKG.level2Label, _zh(i.level2))
        self.add(iri, BKG.level3, _zh(i.level3))
        if i.description:
            self.add(iri, BKG.description, _zh(i.description))
        self.target(iri, i.target)
        policies = self.citation(iri, i.basis)
        for policy in policies:
            self.add(iri, BKG.cites, policy)
        return policies

    def target(self, iri: str, t: Target) -> None:
        self.add(iri, BKG.target, _zh(t.text))
        if t.comparator is not None:
            self.add(iri, BKG.comparator,
                     code("comparator", codes.COMPARATORS[t.comparator.value][0]))
        if t.value is not None:
            self.add(iri, BKG.targetValue, _dec(t.value))
        if t.upper is not None:
            self.add(iri, BKG.targetUpperValue, _dec(t.upper))
        if t.unit:
            self.add(iri, BKG.targetUnit, _str(t.unit))
        if t.date is not None:
            self.add(iri, BKG.targetDate, _date(t.date))
        if t.remainder and t.remainder != t.text:
            self.add(iri, BKG.targetQualifier, _zh(t.remainder))

    def citation(self, subject: str, citation: Citation, *, describe: bool = True) -> list[str]:
        """One policy-document entity per cited document; with ``describe``, the basis
        text and its kind on ``subject`` (an indicator has one basis cell)."""
        if describe:
            if citation.text.strip():
                self.add(subject, BKG.basisText, _zh(citation.text))
            self.add(subject, BKG.basisKind, code("basis-kind", citation.kind.value))
        policies = []
        for document in citation.documents:
            iri = self.m.policy(document)
            policies.append(iri)
            self.add(iri, RDF.type, BKG.PolicyDocument)
            self.add(iri, BKG.policyKey, _str(document.key))
            if document.number is not None:
                number = document.number
                self.add(iri, BKG.documentNumber, _zh(number.canonical))
                self.add(iri, BKG.issuerCode, _zh(number.issuer))
                self.add(iri, BKG.documentYear, _int(number.year))
                self.add(iri, BKG.serialNumber, _int(number.serial))
                self.add(iri, RDFS.label, _zh(number.canonical))
            else:
                self.add(iri, RDFS.label, _zh(document.title or ""))
            if document.title:
                self.add(iri, DCTERMS.title, _zh(document.title))
            self.add(iri, BKG.citationText, _zh(document.text))
        return policies

