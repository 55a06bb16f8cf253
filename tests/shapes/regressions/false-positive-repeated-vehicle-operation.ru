# The 三公 vehicle operation budget stated twice (same 20,000): the operating-cost vehicles are summed once per statement.
# expected: no result
# Same join as in the repeated project expenditure: 40,000 against 20,000. The reception
# cross-check is written the same way.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

INSERT DATA {
    fig:three-public-vehicle-operation-2 a bkg:BudgetFigure ;
        rdfs:label "公务用车运行维护费"@zh ;
        bkg:measure m:three-public-vehicle-operation ;
        bkg:amount 20000.00 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 22 .
}
