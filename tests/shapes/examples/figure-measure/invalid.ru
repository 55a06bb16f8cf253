# A figure whose measure is an x- key with no concept in the code lists.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-office bkg:measure ?measure } ;
INSERT DATA { fig:operating-cost-office bkg:measure m:x-6f1ed002ab55 }
