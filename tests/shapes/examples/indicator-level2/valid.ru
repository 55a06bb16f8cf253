# Another benefit kind of the list: 可持续影响指标 (sustainability).
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX l2: <https://w3id.org/budgetkg/code/indicator-level2/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:level2 ?kind ; bkg:level2Label ?label } ;
INSERT DATA { ind:2 bkg:level2 l2:sustainability ; bkg:level2Label "可持续影响指标"@zh }
