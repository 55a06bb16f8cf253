# An indicator read from two files (the text and an attachment): each is a bkg:SourceFile.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

INSERT DATA {
    ind:2 prov:wasDerivedFrom <https://w3id.org/budgetkg/id/source/0000000000000000000000000000000000000000000000000000000000000001> .
    <https://w3id.org/budgetkg/id/source/0000000000000000000000000000000000000000000000000000000000000001> a bkg:SourceFile ;
        bkg:fileName "attachment.txt" ;
        bkg:sha256 "0000000000000000000000000000000000000000000000000000000000000001" .
}
