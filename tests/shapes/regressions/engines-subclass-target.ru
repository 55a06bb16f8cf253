# An instance of a subclass of bkg:Project: pySHACL targets it (SHACL's rdfs:subClassOf* rule), the SPARQL engine does not.
# expected: engines agree
# The SPARQL translation targets "?this a ?targetClass" without rdfs:subClassOf*. No
# class of the ontology is a subclass of a targeted class today, so this is latent.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

INSERT DATA {
    <https://example.org/CarriedOverProject> rdfs:subClassOf bkg:Project .
    prj:999-0199-ABC-0099 a <https://example.org/CarriedOverProject> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> .
}
