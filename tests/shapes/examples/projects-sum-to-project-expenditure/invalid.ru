# Project expenditure stated as 250,000 (basic 950,000), but the one project table has 200,000.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

# The narrative figures still add up among themselves: only the project tables fall short.
DELETE WHERE { fig:expenditure-project bkg:amount ?project } ;
DELETE WHERE { fig:expenditure-basic bkg:amount ?basic } ;
DELETE WHERE { fig:expenditure-personnel bkg:amount ?personnel } ;
DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:projectExpenditure ?projectHeadline ;
    bkg:basicExpenditure ?basicHeadline ; bkg:personnelExpenditure ?personnelHeadline } ;
INSERT DATA {
    fig:expenditure-project bkg:amount 250000.00 .
    fig:expenditure-basic bkg:amount 950000.00 .
    fig:expenditure-personnel bkg:amount 750000.00 .
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:projectExpenditure 250000.00 ;
        bkg:basicExpenditure 950000.00 ; bkg:personnelExpenditure 750000.00 .
}
