# Project expenditure stated twice with the same 200,000 (figure/expenditure-project-2): one amount on the disclosure.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

INSERT DATA {
    fig:expenditure-project-2 a bkg:BudgetFigure ;
        rdfs:label "项目支出"@zh ;
        bkg:measure m:expenditure-project ;
        bkg:amount 200000.00 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 22 .
}
