# Indicator 2 cites the budget law instead of 财预〔2020〕10号: the project lists both documents.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:basisText ?text ; bkg:cites ?document } ;
INSERT DATA {
    ind:2 bkg:basisText "《中华人民共和国预算法》"@zh ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/title/0974d25ee2eac466> .
    prj:999-0101-ABC-0001 bkg:indicatorBasis <https://w3id.org/budgetkg/id/policy/title/0974d25ee2eac466> .
}
