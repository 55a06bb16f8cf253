# Nothing planned in the third quarter: 70 % at both June and September never decreases.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX plan: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/plan/>

DELETE WHERE { plan:6 bkg:cumulativePercent ?percent } ;
INSERT DATA { plan:6 bkg:cumulativePercent 70.0 }
