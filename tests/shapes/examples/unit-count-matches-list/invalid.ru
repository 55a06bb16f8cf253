# The text says 3 offices but lists 2.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/organisation-facts> bkg:statedInternalUnitCount ?count } ;
INSERT DATA { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/organisation-facts> bkg:statedInternalUnitCount 3 }
