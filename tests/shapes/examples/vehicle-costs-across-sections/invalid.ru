# Operating costs set aside 25,000 for vehicles (office 75,000), the 三公 table 20,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-vehicles bkg:amount ?vehicles } ;
DELETE WHERE { fig:operating-cost-office bkg:amount ?office } ;
INSERT DATA {
    fig:operating-cost-vehicles bkg:amount 25000.00 .
    fig:operating-cost-office bkg:amount 75000.00 .
}
