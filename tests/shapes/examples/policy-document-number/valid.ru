# A document number with a three-character issuer code and a single-digit serial.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:basisText ?text } ;
INSERT DATA {
    ind:2 bkg:basisText "财预〔2020〕10号、冀财预（2019）5号"@zh ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/%E5%86%80%E8%B4%A2%E9%A2%84/2019/5> .
    <https://w3id.org/budgetkg/id/policy/%E5%86%80%E8%B4%A2%E9%A2%84/2019/5> a bkg:PolicyDocument ;
        rdfs:label "冀财预〔2019〕5号"@zh ;
        bkg:policyKey "no:冀财预〔2019〕5号" ;
        bkg:documentNumber "冀财预〔2019〕5号"@zh ;
        bkg:issuerCode "冀财预"@zh ;
        bkg:documentYear 2019 ;
        bkg:serialNumber 5 ;
        bkg:citationText "冀财预（2019）5号"@zh .
    prj:999-0101-ABC-0001 bkg:indicatorBasis <https://w3id.org/budgetkg/id/policy/%E5%86%80%E8%B4%A2%E9%A2%84/2019/5> .
}
