# Revenue of 1,250,000 (its parts agree) against expenditure of 1,200,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:revenue-total bkg:amount ?total } ;
DELETE WHERE { fig:revenue-other bkg:amount ?other } ;
DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:totalRevenue ?headline } ;
INSERT DATA {
    fig:revenue-total bkg:amount 1250000.00 .
    fig:revenue-other bkg:amount 250000.00 .
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:totalRevenue 1250000.00 .
}
