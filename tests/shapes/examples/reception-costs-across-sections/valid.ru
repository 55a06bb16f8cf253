# Operating costs name 公务接待费 10,000 (office 70,000): the 三公 reception budget agrees.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

# The list has no operating-cost measure for reception, so the line lands in the catch-all.
DELETE WHERE { fig:operating-cost-office bkg:amount ?office } ;
INSERT DATA {
    fig:operating-cost-office bkg:amount 70000.00 .
    fig:operating-cost-unclassified a bkg:BudgetFigure ;
        rdfs:label "公务接待费"@zh ;
        bkg:measure m:operating-cost-unclassified ;
        bkg:amount 10000.00 ;
        bkg:partOf fig:operating-cost-total ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 20 .
}
