# A project paid wholly from fiscal funds: no other funds stated, in the table or the text.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:fiscalAmount ?fiscal ; bkg:otherAmount ?other } ;
DELETE WHERE { pa:2 bkg:amount ?statedFiscal } ;
DELETE WHERE { prj:999-0101-ABC-0001 bkg:purposeAmount pa:3 . pa:3 ?p ?o } ;
INSERT DATA {
    prj:999-0101-ABC-0001 bkg:fiscalAmount 200000.00 .
    pa:2 bkg:amount 200000.00 .
}
