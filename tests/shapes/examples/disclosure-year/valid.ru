# The earliest year allowed, 1990 (its changes compare with 1989).
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE { ?entity bkg:fiscalYear ?year }
INSERT { ?entity bkg:fiscalYear 1990 }
WHERE { ?entity a bkg:Disclosure ; bkg:fiscalYear ?year } ;

DELETE { ?change bkg:previousYear ?year }
INSERT { ?change bkg:previousYear 1989 }
WHERE { ?change a bkg:YearOnYearChange ; bkg:previousYear ?year }
