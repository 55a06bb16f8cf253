# Expenditure up 200,000 from 1,000,000 is 20 %, but the text says 25 %.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:expenditure-total bkg:percent ?percent } ;
INSERT DATA { chg:expenditure-total bkg:percent 25.0 }
