# Printing split off office expenses: 60,000 + 20,000 + 50,000 + 50,000 + 20,000 = 200,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-office bkg:amount ?amount } ;
INSERT DATA {
    fig:operating-cost-office bkg:amount 60000.00 .
    fig:operating-cost-printing a bkg:BudgetFigure ;
        rdfs:label "印刷费"@zh ;
        bkg:measure m:operating-cost-printing ;
        bkg:amount 20000.00 ;
        bkg:partOf fig:operating-cost-total ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 20 .
}
