# A 2021 disclosure whose 三公 change compares with 2019.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:three-public-total bkg:previousYear ?year } ;
INSERT DATA { chg:three-public-total bkg:previousYear 2019 }
