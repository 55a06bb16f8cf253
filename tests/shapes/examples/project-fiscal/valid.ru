# No fiscal funds at all (0) and 200,000 of other funds, as the purpose text restates.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:fiscalAmount ?fiscal ; bkg:otherAmount ?other } ;
DELETE WHERE { pa:2 bkg:amount ?statedFiscal } ;
DELETE WHERE { pa:3 bkg:amount ?statedOther } ;
INSERT DATA {
    prj:999-0101-ABC-0001 bkg:fiscalAmount 0.00 ; bkg:otherAmount 200000.00 .
    pa:2 bkg:amount 0.00 .
    pa:3 bkg:amount 200000.00 .
}
