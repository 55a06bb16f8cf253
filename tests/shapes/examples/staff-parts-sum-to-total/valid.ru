# Staff in post as well: 18 = 14 administrative + 4 institution.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX sc: <https://w3id.org/budgetkg/code/staff/>
PREFIX staff: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/staff/>

INSERT DATA {
    staff:actual-total a bkg:StaffCount ;
        rdfs:label "实有人员"@zh ;
        bkg:measure sc:actual-total ;
        bkg:headcount 18 ;
        bkg:asOf "至2020年底"@zh ;
        bkg:organisation <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 7 .
    staff:actual-administrative a bkg:StaffCount ;
        rdfs:label "行政"@zh ;
        bkg:measure sc:actual-administrative ;
        bkg:headcount 14 ;
        bkg:partOf staff:actual-total ;
        bkg:organisation <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 7 .
    staff:actual-institution a bkg:StaffCount ;
        rdfs:label "事业"@zh ;
        bkg:measure sc:actual-institution ;
        bkg:headcount 4 ;
        bkg:partOf staff:actual-total ;
        bkg:organisation <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 7 .
}
