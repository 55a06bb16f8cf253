# A head count whose kind is an x- key with no concept in the code lists.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX sc: <https://w3id.org/budgetkg/code/staff/>
PREFIX staff: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/staff/>

DELETE WHERE { staff:authorised-institution bkg:measure ?measure } ;
INSERT DATA { staff:authorised-institution bkg:measure sc:x-3e1f0c7d9a21 }
