# A plan ending at 90 % goes unreported when the year-end point has no rdfs:label.
# expected: fires plan-ends-at-100
# The label is only needed for the message, but the query requires it; no structure shape
# requires it. plan-is-cumulative requires labels the same way.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX plan: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/plan/>

DELETE WHERE { plan:12 rdfs:label ?label ; bkg:cumulativePercent ?percent } ;
INSERT DATA { plan:12 bkg:cumulativePercent 90.0 }
