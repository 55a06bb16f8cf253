# A head count typed xsd:decimal (15.0 posts): it must be an integer.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX staff: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/staff/>

DELETE WHERE { staff:authorised-administrative bkg:headcount ?count } ;
INSERT DATA { staff:authorised-administrative bkg:headcount 15.0 }
