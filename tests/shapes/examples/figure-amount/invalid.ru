# An amount typed xsd:integer: the same number, but not the exact xsd:decimal required.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-office bkg:amount ?amount } ;
INSERT DATA { fig:operating-cost-office bkg:amount 80000 }
