# The purpose text restates the budget as 210,000; the table says 200,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { pa:1 bkg:amount ?stated } ;
INSERT DATA { pa:1 bkg:amount 210000.00 }
