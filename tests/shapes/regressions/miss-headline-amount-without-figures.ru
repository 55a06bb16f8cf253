# Personnel and public-use expenditure carried on the disclosure, but the figures of those measures removed.
# expected: fires headline-amount-is-a-figure
# With no figure of the measure, the comparison of the headline amount with the figures'
# amounts has nothing to compare with; an error there (an unbound term) must count as "no
# figure states it", not drop the amount from the report. Both parts of basic expenditure
# go, so that parts-sum-to-total and public-use-matches-operating-costs have nothing to check.
PREFIX fig: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/figure/>

DELETE WHERE { fig:expenditure-personnel ?p ?o } ;
DELETE WHERE { fig:expenditure-public-use ?p ?o }
