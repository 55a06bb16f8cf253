# Operating costs of 190,000 (their categories agree) against public-use expenditure of 200,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-total bkg:amount ?total } ;
DELETE WHERE { fig:operating-cost-office bkg:amount ?office } ;
INSERT DATA {
    fig:operating-cost-total bkg:amount 190000.00 .
    fig:operating-cost-office bkg:amount 70000.00 .
}
