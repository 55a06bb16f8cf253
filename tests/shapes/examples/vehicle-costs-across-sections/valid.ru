# Vehicle costs of 20,000 found in two places: 15,000 operating costs + 5,000 in a project's uses.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

# Operating costs: office 85,000 + vehicles 15,000 (total unchanged); project uses:
# software 115,000 + hardware 80,000 + vehicles 5,000 (budget unchanged).
DELETE WHERE { fig:operating-cost-vehicles bkg:amount ?vehicles } ;
DELETE WHERE { fig:operating-cost-office bkg:amount ?office } ;
DELETE WHERE { pa:4 bkg:amount ?software } ;
INSERT DATA {
    fig:operating-cost-vehicles bkg:amount 15000.00 .
    fig:operating-cost-office bkg:amount 85000.00 .
    pa:4 bkg:amount 115000.00 .
    prj:999-0101-ABC-0001 bkg:purposeAmount pa:6 .
    pa:6 a bkg:PurposeAmount ;
        rdfs:label "公务用车运行费"@zh ;
        bkg:role "component" ;
        bkg:amount 5000.00 ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 28 .
}
