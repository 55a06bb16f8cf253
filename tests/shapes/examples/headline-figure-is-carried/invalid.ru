# Personnel expenditure of 800,000 stated by its figure but not carried on the disclosure.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:personnelExpenditure ?amount .
}
