# The changes of basic (+150,000) and project expenditure (+50,000) add up to the +200,000 total.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX dir: <https://w3id.org/budgetkg/code/direction/>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

INSERT DATA {
    chg:expenditure-basic a bkg:YearOnYearChange ;
        bkg:measure m:expenditure-basic ;
        bkg:changeOf fig:expenditure-basic ;
        bkg:previousYear 2020 ;
        bkg:direction dir:increase ;
        bkg:amount 150000.00 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 15 .
    chg:expenditure-project a bkg:YearOnYearChange ;
        bkg:measure m:expenditure-project ;
        bkg:changeOf fig:expenditure-project ;
        bkg:previousYear 2020 ;
        bkg:direction dir:increase ;
        bkg:amount 50000.00 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 15 .
}
