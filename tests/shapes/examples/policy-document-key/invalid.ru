# A policy key without its no: or title: prefix.
PREFIX bkg: <https://w3id.org/budgetkg/def#>

DELETE WHERE { <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> bkg:policyKey ?key } ;
INSERT DATA { <https://w3id.org/budgetkg/id/policy/%E8%B4%A2%E9%A2%84/2020/10> bkg:policyKey "财预〔2020〕10号" }
