# Office expenses filed under the section's catch-all, a concept of the measure list too.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:operating-cost-office bkg:measure ?measure } ;
INSERT DATA { fig:operating-cost-office bkg:measure m:operating-cost-unclassified }
