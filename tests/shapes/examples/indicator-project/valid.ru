# A fourth indicator row (a deadline), linked to its project both ways.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX basis: <https://w3id.org/budgetkg/code/basis-kind/>
PREFIX cmp: <https://w3id.org/budgetkg/code/comparator/>
PREFIX l1: <https://w3id.org/budgetkg/code/indicator-level1/>
PREFIX l2: <https://w3id.org/budgetkg/code/indicator-level2/>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

INSERT DATA {
    prj:999-0101-ABC-0001 bkg:indicator ind:4 .
    ind:4 a bkg:Indicator ;
        bkg:project prj:999-0101-ABC-0001 ;
        bkg:level1 l1:output ;
        bkg:level1Label "产出指标"@zh ;
        bkg:level2 l2:timeliness ;
        bkg:level2Label "时效指标"@zh ;
        bkg:level3 "完成时间"@zh ;
        bkg:description "全年运维"@zh ;
        bkg:target "2021年12月31日前"@zh ;
        bkg:comparator cmp:le ;
        bkg:targetDate "2021-12-31"^^xsd:date ;
        bkg:basisText "财预〔2020〕10号"@zh ;
        bkg:basisKind basis:document ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 37 .
}
