# The budget written "200000"^^xsd:decimal: the datatype counts, not the decimal point.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:budgetAmount ?budget } ;
INSERT DATA { prj:999-0101-ABC-0001 bkg:budgetAmount "200000"^^xsd:decimal }
