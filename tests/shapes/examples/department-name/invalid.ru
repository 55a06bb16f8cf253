# The department's name as a plain string, without its language tag.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

DELETE WHERE { <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> rdfs:label ?name } ;
INSERT DATA { <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> rdfs:label "示例县财政局" }
