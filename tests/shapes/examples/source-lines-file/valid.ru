# An indicator that names its source file itself too, as graphs did before only the disclosure named it.
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX ind: <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget/project/999-0101-ABC-0001/indicator/>

INSERT DATA { ind:2 prov:wasDerivedFrom <https://w3id.org/budgetkg/id/source/f10b450688d548600a40540fddb2785ca26c6ceab288f4e6d79676fd050dedbb> }
