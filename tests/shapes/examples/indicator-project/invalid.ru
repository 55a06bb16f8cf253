# An indicator row that lost the link to its project (the project still lists it).
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:project ?project }
