# A document year read as 20, a two-digit year.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> bkg:documentYear ?year } ;
INSERT DATA { <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> bkg:documentYear 20 }
