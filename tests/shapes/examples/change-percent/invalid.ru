# A percentage typed xsd:integer: the same number, but not an exact xsd:decimal.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:expenditure-total bkg:percent ?percent } ;
INSERT DATA { chg:expenditure-total bkg:percent 20 }
