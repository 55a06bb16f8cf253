# Line numbers are 1-based: a spending plan point said to start on line 0.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX plan: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/plan/>

DELETE WHERE { plan:3 bkg:firstLine ?line } ;
INSERT DATA { plan:3 bkg:firstLine 0 }
