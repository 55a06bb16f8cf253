# Integers whose lexical form is not an integer ("二〇二一"^^xsd:integer): pySHACL reports the datatype, the SPARQL engine does not.
# expected: engines agree
# pySHACL checks that a literal is well formed for sh:datatype; the SPARQL translation
# compares DATATYPE() only. Shapes with a datatype and no range test (project-year,
# change-year) are the ones where nothing else catches it.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:fiscalYear ?year } ;
DELETE WHERE { chg:three-public-total bkg:previousYear ?previous } ;
INSERT DATA {
    prj:999-0101-ABC-0001 bkg:fiscalYear "二〇二一"^^xsd:integer .
    chg:three-public-total bkg:previousYear "2020年"^^xsd:integer .
}
