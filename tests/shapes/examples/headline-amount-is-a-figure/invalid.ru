# Total revenue carried on the disclosure as 1,300,000 besides 1,200,000: no figure states it.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:totalRevenue 1300000.00 .
}
