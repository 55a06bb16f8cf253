# A project carried over from 2020 into the 2021 budget: one integer year, any year.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:fiscalYear ?year } ;
INSERT DATA { prj:999-0101-ABC-0001 bkg:fiscalYear 2020 }
