# A disclosure also said to be derived from itself, which is no source file: every fact of it reaches a non-file through bkg:disclosure/prov:wasDerivedFrom.
# expected: fires source-lines-file
# sh:class on a sequence path: the SPARQL engine checks the values of the path's last
# step and looks up the facts that reach them, where pySHACL walks the path from each.
PREFIX prov: <http://www.w3.org/ns/prov#>

INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget>
        prov:wasDerivedFrom <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> .
}
