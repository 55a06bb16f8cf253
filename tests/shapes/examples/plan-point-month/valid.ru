# A point at the end of January, month 1, the lowest allowed.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX plan: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/plan/>

INSERT DATA {
    prj:999-0101-ABC-0001 bkg:spendingPlan plan:1 .
    plan:1 a bkg:SpendingPlanPoint ;
        rdfs:label "1月底"@zh ;
        bkg:month 1 ;
        bkg:cumulativePercent 5.0 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 30 .
}
