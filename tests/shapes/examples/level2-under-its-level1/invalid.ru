# A quantity indicator filed under 效果指标 (outcome): quantity belongs under output.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX l1: <https://w3id.org/budgetkg/code/indicator-level1/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:level1 ?kind ; bkg:level1Label ?label } ;
INSERT DATA { ind:1 bkg:level1 l1:outcome ; bkg:level1Label "效果指标"@zh }
