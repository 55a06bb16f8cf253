# A short name of two characters: one non-empty name with a language tag.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

DELETE WHERE { prj:999-0101-ABC-0001 rdfs:label ?name } ;
INSERT DATA { prj:999-0101-ABC-0001 rdfs:label "运维"@zh }
