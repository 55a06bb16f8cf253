# The percentage written with two decimals, 20.00 %, and its precision recorded.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:expenditure-total bkg:percent ?percent ; bkg:percentPrecision ?precision } ;
INSERT DATA { chg:expenditure-total bkg:percent 20.00 ; bkg:percentPrecision 2 }
