# A change stated over two lines, 14 to 15: one last line, an integer of at least 1.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:expenditure-total bkg:lastLine ?line } ;
INSERT DATA { chg:expenditure-total bkg:lastLine 15 }
