# The title as a plain string, without its language tag.
PREFIX dct: <http://purl.org/dc/terms/>

DELETE WHERE { <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget> dct:title ?title } ;
INSERT DATA {
    <https://w3id.org/budgetkg/id/disclosure/999001-cd7d3a32/2021/budget>
        dct:title "示例县财政局2021年部门预算信息公开" .
}
