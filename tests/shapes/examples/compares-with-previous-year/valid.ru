# The same disclosure a year later: a 2022 budget whose changes compare with 2021.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE { ?disclosure bkg:fiscalYear ?year }
INSERT { ?disclosure bkg:fiscalYear 2022 }
WHERE { ?disclosure a bkg:Disclosure ; bkg:fiscalYear ?year } ;

DELETE { ?change bkg:previousYear ?year }
INSERT { ?change bkg:previousYear 2021 }
WHERE { ?change a bkg:YearOnYearChange ; bkg:previousYear ?year }
