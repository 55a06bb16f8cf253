# The fiscal year as an xsd:gYear instead of an xsd:integer.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>

DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:fiscalYear ?year } ;
INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:fiscalYear "2021"^^xsd:gYear .
}
