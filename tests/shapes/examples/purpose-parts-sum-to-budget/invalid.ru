# Software 110,000 + hardware 80,000 = 190,000 of a 200,000 budget.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { pa:4 bkg:amount ?amount } ;
INSERT DATA { pa:4 bkg:amount 110000.00 }
