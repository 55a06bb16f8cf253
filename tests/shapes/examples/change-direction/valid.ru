# The expenditure change read as a decrease: 200,000 less than 1,400,000 is 14.29 %.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX dir: <https://w3id.org/budgetkg/code/direction/>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:expenditure-total bkg:direction ?direction ; bkg:percent ?percent ;
                                     bkg:percentPrecision ?precision } ;
INSERT DATA {
    chg:expenditure-total bkg:direction dir:decrease ;
        bkg:percent 14.29 ;
        bkg:percentPrecision 2 .
}
