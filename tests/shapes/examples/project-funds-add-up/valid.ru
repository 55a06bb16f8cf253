# A table that does not split the budget into fiscal and other funds is not checked.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:fiscalAmount ?fiscal ; bkg:otherAmount ?other } ;
DELETE WHERE { prj:999-0101-ABC-0001 bkg:purposeAmount pa:2 . pa:2 ?p ?o } ;
DELETE WHERE { prj:999-0101-ABC-0001 bkg:purposeAmount pa:3 . pa:3 ?p ?o }
