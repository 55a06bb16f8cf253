# One amount stated twice as "80000.00" and "80000.0": two values for pySHACL, one for Oxigraph.
# expected: engines agree
# Oxigraph stores numeric literals by value, so the two terms become one triple; rdflib
# keeps both, and pySHACL reports figure-amount (maxCount 1) and parts-sum-to-total (the
# office expenses counted twice). The mapping writes canonical forms only (_dec, _int), so
# this needs hand-written or merged data; "030"^^xsd:integer next to 30 does the same.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

INSERT DATA { fig:operating-cost-office bkg:amount "80000.0"^^xsd:decimal }
