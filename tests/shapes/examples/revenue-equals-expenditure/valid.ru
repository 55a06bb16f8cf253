# Revenue with money carried over (900,000 + 100,000 + 200,000) still equals expenditure.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
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
        prov:wasDerivedFrom <https://w3id.org/budgetkg/id/source/f10b450688d548600a40540fddb2785ca26c6ceab288f4e6d79676fd050dedbb> ;
        bkg:firstLine 10 ;
        bkg:lastLine 10 .
}
