# Final accounts (部门决算) are the other phase allowed.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:budgetPhase ?phase } ;
INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget>
        bkg:budgetPhase <https://w3id.org/budgetkg/code/phase/final> .
}
