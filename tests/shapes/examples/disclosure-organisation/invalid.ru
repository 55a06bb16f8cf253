# The disclosure's organisation is one of the department's offices, not a department.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:organisation ?org } ;
INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget>
        bkg:organisation <https://w3id.org/budgetkg/id/org/999001-cd7d3a32/unit/728fef49550f> .
}
