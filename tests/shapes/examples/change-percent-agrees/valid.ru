# Revenue up 34,567.89 from 1,165,432.11 is 2.9661 %, stated as 2.97 to two decimals.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX dir: <https://w3id.org/budgetkg/code/direction/>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

INSERT DATA {
    chg:revenue-total a bkg:YearOnYearChange ;
        bkg:measure m:revenue-total ;
        bkg:changeOf fig:revenue-total ;
        bkg:previousYear 2020 ;
        bkg:direction dir:increase ;
        bkg:amount 34567.89 ;
        bkg:percent 2.97 ;
        bkg:percentPrecision 2 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 11 .
}
