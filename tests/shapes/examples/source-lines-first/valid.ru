# A figure stated over two lines, 9 to 10: its first line (9) is an integer of at least 1.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:revenue-total bkg:firstLine ?line } ;
INSERT DATA { fig:revenue-total bkg:firstLine 9 ; bkg:lastLine 10 }
