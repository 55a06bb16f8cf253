# A department whose disclosure prints no budget unit code: the code is optional.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> bkg:budgetUnitCode ?code }
