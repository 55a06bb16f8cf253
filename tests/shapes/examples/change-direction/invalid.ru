# A direction written as text ("持平") instead of a concept of the direction list.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:three-public-total bkg:direction ?direction } ;
INSERT DATA { chg:three-public-total bkg:direction "持平"@zh }
