# A department named in English as well: any number of names, each with a language tag.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT DATA { <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> rdfs:label "Example County Finance Bureau"@en }
