# A change that does not say which year it compares with.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

DELETE WHERE { chg:three-public-total bkg:previousYear ?year }
