# A change with two last lines (14 and 15): a passage has exactly one.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

INSERT DATA { chg:expenditure-total bkg:lastLine 15 }
