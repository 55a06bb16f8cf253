# A flat change may state its amount, 0: still one non-negative exact decimal.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX chg: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/change/>

INSERT DATA { chg:three-public-total bkg:amount 0.00 }
