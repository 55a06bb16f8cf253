# A budget unit code with a hyphen: it must be 3 to 12 digits.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> bkg:budgetUnitCode ?code } ;
INSERT DATA { <https://w3id.org/budgetkg/id/org/999001-cd7d3a32> bkg:budgetUnitCode "999-001" }
