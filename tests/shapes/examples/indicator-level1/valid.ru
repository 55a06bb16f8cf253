# A social benefit filed under 效果指标 (outcome), the 2020 framework's name for benefit.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX l1: <https://w3id.org/budgetkg/code/indicator-level1/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:level1 ?kind ; bkg:level1Label ?label } ;
INSERT DATA { ind:2 bkg:level1 l1:outcome ; bkg:level1Label "效果指标"@zh }
