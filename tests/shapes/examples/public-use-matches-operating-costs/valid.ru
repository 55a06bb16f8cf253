# Operating costs written "200000"^^xsd:decimal: compared as numbers with 200,000.00 public use.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-total bkg:amount ?amount } ;
INSERT DATA { fig:operating-cost-total bkg:amount "200000"^^xsd:decimal }
