# Indicator 1 also cites the budget law (预算法), which the project's indicator basis leaves out.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:basisText ?text } ;
INSERT DATA {
    ind:1 bkg:basisText "财预〔2020〕10号、《中华人民共和国预算法》"@zh ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/title/0974d25ee2eac466> .
}
