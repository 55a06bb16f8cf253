# "≥0个" systems maintained holds whatever happens.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:target ?target ; bkg:targetValue ?value } ;
INSERT DATA { ind:1 bkg:target "≥0个"@zh ; bkg:targetValue 0.0 }
