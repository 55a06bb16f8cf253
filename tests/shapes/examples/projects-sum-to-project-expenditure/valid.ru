# A second project of 50,000: project expenditure of 250,000 is the two tables together.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX basis: <https://w3id.org/budgetkg/code/basis-kind/>
PREFIX cmp: <https://w3id.org/budgetkg/code/comparator/>
PREFIX l1: <https://w3id.org/budgetkg/code/indicator-level1/>
PREFIX l2: <https://w3id.org/budgetkg/code/indicator-level2/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

# Expenditure stays 1,200,000: basic 950,000 (personnel 750,000 + public use 200,000).
DELETE WHERE { fig:expenditure-project bkg:amount ?project } ;
DELETE WHERE { fig:expenditure-basic bkg:amount ?basic } ;
DELETE WHERE { fig:expenditure-personnel bkg:amount ?personnel } ;
DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:projectExpenditure ?projectHeadline ;
    bkg:basicExpenditure ?basicHeadline ; bkg:personnelExpenditure ?personnelHeadline } ;
INSERT DATA {
    fig:expenditure-project bkg:amount 250000.00 .
    fig:expenditure-basic bkg:amount 950000.00 .
    fig:expenditure-personnel bkg:amount 750000.00 .
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:projectExpenditure 250000.00 ;
        bkg:basicExpenditure 950000.00 ; bkg:personnelExpenditure 750000.00 .

    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> bkg:hasProject prj:999-0102-ABC-0002 .
    prj:999-0102-ABC-0002 a bkg:Project ;
        bkg:projectCode "999-0102-ABC-0002" ;
        rdfs:label "档案数字化"@zh ;
        bkg:organisation <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> ;
        bkg:fiscalYear 2021 ;
        bkg:budgetAmount 50000.00 ;
        bkg:fiscalAmount 50000.00 ;
        bkg:indicator <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0102-ABC-0002/indicator/1> ;
        bkg:indicatorBasis <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 38 ;
        bkg:lastLine 40 .
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0102-ABC-0002/indicator/1> a bkg:Indicator ;
        bkg:project prj:999-0102-ABC-0002 ;
        bkg:level1 l1:satisfaction ;
        bkg:level1Label "满意度指标"@zh ;
        bkg:level2 l2:beneficiary-satisfaction ;
        bkg:level2Label "服务对象满意度指标"@zh ;
        bkg:level3 "查档群众满意度"@zh ;
        bkg:target "≥95%"@zh ;
        bkg:comparator cmp:ge ;
        bkg:targetValue 95.0 ;
        bkg:targetUnit "%" ;
        bkg:basisText "财预〔2020〕10号"@zh ;
        bkg:basisKind basis:document ;
        bkg:cites <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 40 .
}
