# A level-2 label outside the list (社会效应指标), minted as an x- key by the extractor.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX l2: <https://w3id.org/budgetkg/code/indicator-level2/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:2 bkg:level2 ?kind ; bkg:level2Label ?label } ;
INSERT DATA { ind:2 bkg:level2 l2:x-8c1d2e3f4a5b ; bkg:level2Label "社会效应指标"@zh }
