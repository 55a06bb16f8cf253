# Office expenses of 70,000: the operating-cost categories add up to 190,000, not 200,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-office bkg:amount ?amount } ;
INSERT DATA { fig:operating-cost-office bkg:amount 70000.00 }
