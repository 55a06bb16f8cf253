# A project use named 公务用车购置费 (buying a vehicle, 80,000) is counted against the vehicle operation budget.
# expected: no result
# The regex 公务用车|车辆运行 also matches purchase. Here the 三公 table has purchase
# 80,000 + operation 20,000 = 100,000, and every sum holds.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX m: <https://w3id.org/budgetkg/code/measure/>
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>
PREFIX pa: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/purpose-amount/>

DELETE WHERE { pa:5 rdfs:label ?label } ;
DELETE WHERE { fig:three-public-vehicles bkg:amount ?vehicles } ;
DELETE WHERE { fig:three-public-total bkg:amount ?total } ;
INSERT DATA {
    pa:5 rdfs:label "公务用车购置费"@zh .
    fig:three-public-vehicles bkg:amount 100000.00 .
    fig:three-public-total bkg:amount 110000.00 .
    fig:three-public-vehicle-purchase a bkg:BudgetFigure ;
        rdfs:label "公务用车购置费"@zh ;
        bkg:measure m:three-public-vehicle-purchase ;
        bkg:amount 80000.00 ;
        bkg:partOf fig:three-public-vehicles ;
        bkg:disclosure <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> ;
        bkg:firstLine 17 .
}
