# A basis that names no document: "单位内部管理制度".
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX basis: <https://w3id.org/budgetkg/code/basis-kind/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:basisText ?text ; bkg:basisKind ?kind ; bkg:cites ?document } ;
INSERT DATA { ind:2 bkg:basisText "单位内部管理制度"@zh ; bkg:basisKind basis:descriptive }
