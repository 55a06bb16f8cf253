# A document from 1993 (国发〔1993〕85号), well inside 1949–2100.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:basisText ?text } ;
INSERT DATA {
    ind:2 bkg:basisText "财预〔2020〕10号、国发〔1993〕85号"@zh ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/%E5%9B%BD%E5%8F%91/1993/85> .
    <https://w3id.org/budgetkg/id/policy/%E5%9B%BD%E5%8F%91/1993/85> a bkg:PolicyDocument ;
        rdfs:label "国发〔1993〕85号"@zh ;
        bkg:policyKey "no:国发〔1993〕85号" ;
        bkg:documentNumber "国发〔1993〕85号"@zh ;
        bkg:issuerCode "国发"@zh ;
        bkg:documentYear 1993 ;
        bkg:serialNumber 85 ;
        bkg:citationText "国发〔1993〕85号"@zh .
    prj:999-0101-ABC-0001 bkg:indicatorBasis <https://w3id.org/budgetkg/id/policy/%E5%9B%BD%E5%8F%91/1993/85> .
}
