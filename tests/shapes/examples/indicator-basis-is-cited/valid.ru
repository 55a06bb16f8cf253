# No indicator cites a document (each basis text is dropped), and the project lists none.
PREFIX bkg: <https://w3id.org/budgetkg/def#>
PREFIX prj: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

DELETE WHERE { ind:1 bkg:cites ?first } ;
DELETE WHERE { ind:2 bkg:cites ?second } ;
DELETE WHERE { ind:3 bkg:cites ?third } ;
DELETE WHERE { prj:999-0101-ABC-0001 bkg:indicatorBasis ?document }
