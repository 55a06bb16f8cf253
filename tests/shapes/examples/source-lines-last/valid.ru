# A change stated over two lines, 14 to 15: one last line, after its first line.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

INSERT DATA { chg:expenditure-total bkg:lastLine 15 }
