# The year-end point misread as month 13.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX plan: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/plan/>

DELETE WHERE { plan:12 bkg:month ?month } ;
INSERT DATA { plan:12 bkg:month 13 }
