# An office listed only in the 2020 disclosure does not count towards the 2021 statement of 2.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX unit: <https://w3id.org/budgetkg/id/org/999001-cd7d3a32/unit/>

INSERT DATA {
    <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> org:hasUnit unit:c702fac20271 .
    unit:c702fac20271 a bkg:InternalUnit ;
        rdfs:label "综合股"@zh ;
        org:unitOf <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2020/budget> ;
        bkg:firstLine 5 .
}
