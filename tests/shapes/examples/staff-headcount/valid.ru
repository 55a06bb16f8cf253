# A kind of post with a head count of 0 (工勤编制0人): non-negative integers only.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sc: <https://w3id.org/budgetkg/code/staff/>
PREFIX staff: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/staff/>

INSERT DATA {
    staff:authorised-worker a bkg:StaffCount ;
        rdfs:label "工勤编制"@zh ;
        bkg:measure sc:authorised-worker ;
        bkg:headcount 0 ;
        bkg:partOf staff:authorised-total ;
        bkg:organisation <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 6 .
}
