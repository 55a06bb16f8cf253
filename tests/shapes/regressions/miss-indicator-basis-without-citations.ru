# The project lists 财预〔2020〕10号 as its indicator basis, but none of its indicators cites any document.
# expected: fires indicator-basis-is-cited
# With no citation at all, the comparison of each listed document with the cited ones has
# nothing to compare with; an error there (an unbound term) must count as "not cited", not
# drop the project from the report.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:cites ?first } ;
DELETE WHERE { ind:2 bkg:cites ?second } ;
DELETE WHERE { ind:3 bkg:cites ?third }
