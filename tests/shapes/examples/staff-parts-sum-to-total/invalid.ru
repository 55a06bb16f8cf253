# 21 authorised posts, of which 15 administrative and 5 institution: one is unaccounted for.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX staff: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/staff/>

DELETE WHERE { staff:authorised-total bkg:headcount ?count } ;
INSERT DATA { staff:authorised-total bkg:headcount 21 }
