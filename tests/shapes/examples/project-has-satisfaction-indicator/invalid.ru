# The project's table without its satisfaction row.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:3 ?p ?o }
