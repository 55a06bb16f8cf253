# An indicator "derived from" the disclosure itself, which is no source file.
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 prov:wasDerivedFrom ?source } ;
INSERT DATA { ind:2 prov:wasDerivedFrom <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> }
