# Personnel expenditure stated twice, 800,000 and 780,000 (figure/expenditure-personnel-2): the disclosure carries both.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

INSERT DATA {
    fig:expenditure-personnel-2 a bkg:BudgetFigure ;
        rdfs:label "人员经费"@zh ;
        bkg:measure m:expenditure-personnel ;
        bkg:amount 780000.00 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 22 .
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:personnelExpenditure 780000.00 .
}
