# Revenue with money carried over (900,000 + 100,000 + 200,000) still equals expenditure.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:revenue-fiscal bkg:amount ?amount } ;
INSERT DATA {
    fig:revenue-fiscal bkg:amount 900000.00 .
    fig:revenue-carry-over a bkg:BudgetFigure ;
        rdfs:label "上年结转"@zh ;
        bkg:measure m:revenue-carry-over ;
        bkg:amount 100000.00 ;
        bkg:partOf fig:revenue-total ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 10 .
}
