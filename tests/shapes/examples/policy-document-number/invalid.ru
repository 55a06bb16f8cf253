# A document number kept with the citation's square brackets instead of 〔〕.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> bkg:documentNumber ?number } ;
INSERT DATA { <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> bkg:documentNumber "财预[2020]10号"@zh }
