# A disclosure of another department: still exactly one bkg:Department.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:organisation ?org } ;
INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget>
        bkg:organisation <https://w3id.org/budgetkg/id/org/999002-d76469f0> .
    <https://w3id.org/budgetkg/id/org/999002-d76469f0> a bkg:Department ;
        rdfs:label "示例县审计局"@zh ;
        bkg:budgetUnitCode "999002" .
}
