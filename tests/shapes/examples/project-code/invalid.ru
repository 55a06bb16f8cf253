# A project code whose groups are joined by en dashes (a Word export), not hyphens.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:projectCode ?code } ;
INSERT DATA { prj:999-0101-ABC-0001 bkg:projectCode "999–0101–ABC–0001" }
