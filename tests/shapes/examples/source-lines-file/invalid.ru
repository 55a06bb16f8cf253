# An indicator without bkg:disclosure: no disclosure leads to the file it was read from.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:disclosure ?document }
