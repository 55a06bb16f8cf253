# A project budget typed xsd:integer: the same number, but not an exact xsd:decimal.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:budgetAmount ?budget } ;
INSERT DATA { prj:999-0101-ABC-0001 bkg:budgetAmount 200000 }
