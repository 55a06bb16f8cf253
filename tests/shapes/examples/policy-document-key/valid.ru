# A document without a number, identified by its title: a title: key.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:basisText ?text } ;
INSERT DATA {
    ind:2 bkg:basisText "财预〔2020〕10号、《预算管理一体化规范》"@zh ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/title/6788dabac86b2cd2> .
    <https://w3id.org/budgetkg/id/policy/title/6788dabac86b2cd2> a bkg:PolicyDocument ;
        rdfs:label "预算管理一体化规范"@zh ;
        dct:title "预算管理一体化规范"@zh ;
        bkg:policyKey "title:预算管理一体化规范" ;
        bkg:citationText "《预算管理一体化规范》"@zh .
    prj:999-0101-ABC-0001 bkg:indicatorBasis <https://w3id.org/budgetkg/id/policy/title/6788dabac86b2cd2> .
}
