# Posts of a kind the list does not name, filed under its catch-all concept.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX sc: <https://w3id.org/budgetkg/code/staff/>
PREFIX staff: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/staff/>

DELETE WHERE { staff:authorised-institution bkg:measure ?measure } ;
INSERT DATA { staff:authorised-institution bkg:measure sc:authorised-unclassified }
