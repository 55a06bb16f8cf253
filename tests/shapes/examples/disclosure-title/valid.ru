# A title in English as well as Chinese: any number of titles, each with a language tag.
PREFIX dct: <http://purl.org/dc/terms/>

INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget>
        dct:title "Example County Finance Bureau: 2021 departmental budget"@en .
}
