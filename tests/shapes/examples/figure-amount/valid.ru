# Amounts to the fen (79,999.99 + 50,000.01), and 0 for overseas travel: exact, non-negative.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-office bkg:amount ?office } ;
DELETE WHERE { fig:operating-cost-travel bkg:amount ?travel } ;
INSERT DATA {
    fig:operating-cost-office bkg:amount 79999.99 .
    fig:operating-cost-travel bkg:amount 50000.01 .
}
