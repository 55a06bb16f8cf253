# A change said to end on line 13, before line 14 where it starts.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

INSERT DATA { chg:expenditure-total bkg:lastLine 13 }
