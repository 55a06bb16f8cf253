# The description column repeats the target "≥5个", but the target has a number: checkable.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:description ?description } ;
INSERT DATA { ind:1 bkg:description "≥5个"@zh }
