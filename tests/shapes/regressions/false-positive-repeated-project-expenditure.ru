# Project expenditure stated twice (figure/expenditure-project-2, same 200,000): the project budgets are summed once per statement.
# expected: no result
# The mapping mints <measure>-2 when a disclosure states a measure again. The join of
# every stated figure with every project groups by the stated amount, so two equal
# statements count each project twice: 400,000 against 200,000.
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
