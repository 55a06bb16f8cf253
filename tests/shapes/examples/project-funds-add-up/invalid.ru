# Fiscal funds of 140,000 (the purpose text agrees) plus 50,000 other are not the 200,000 budget.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { prj:999-0101-ABC-0001 bkg:fiscalAmount ?fiscal } ;
DELETE WHERE { pa:2 bkg:amount ?stated } ;
INSERT DATA {
    prj:999-0101-ABC-0001 bkg:fiscalAmount 140000.00 .
    pa:2 bkg:amount 140000.00 .
}
