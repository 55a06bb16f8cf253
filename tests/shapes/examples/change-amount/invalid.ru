# A change amount typed xsd:integer: the same number, but not an exact xsd:decimal.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:expenditure-total bkg:amount ?amount } ;
INSERT DATA { chg:expenditure-total bkg:amount 200000 }
