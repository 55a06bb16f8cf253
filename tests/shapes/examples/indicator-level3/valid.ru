# A short level-3 name of three characters: one, non-empty.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:level3 ?name } ;
INSERT DATA { ind:1 bkg:level3 "系统数"@zh }
