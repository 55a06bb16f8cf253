# A range as the target, 90%-95%, parsed into lower and upper values.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX cmp: <https://w3id.org/budgetkg/code/comparator/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:3 bkg:target ?target ; bkg:comparator ?comparator } ;
INSERT DATA {
    ind:3 bkg:target "90%-95%"@zh ;
        bkg:comparator cmp:between ;
        bkg:targetUpperValue 95.0 .
}
