# A quantity indicator under 效果指标 (outcome) goes unreported when it has no bkg:level1Label.
# expected: fires level2-under-its-level1
# The labels are only needed for the message, but the query requires them; no structure
# shape requires them. target-has-number requires bkg:level2Label the same way.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX l1: <https://w3id.org/budgetkg/code/indicator-level1/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:level1 ?kind ; bkg:level1Label ?label } ;
INSERT DATA { ind:1 bkg:level1 l1:outcome }
