"""Citations in 指标值确定依据 cells and canonical 发文字号."""

from __future__ import annotations

import pytest

from budgetkg.citations import (
    Citation,
    CitationKind,
    CitedDocument,
    DocumentNumber,
    find_document_numbers,
    normalise_title,
    parse_citation,
    parse_document_number,
)

DOC, DESC = CitationKind.DOCUMENT, CitationKind.DESCRIPTIVE
N = DocumentNumber

# (cell, kind, [(number, title), ...]) — cells from the seed disclosure first, then other styles.
CELLS = [
    ('冀党建字﹝2019﹞1号中共河北省委党的建设工作领导小组关于印发《开展"基层党建质量提升年"活动的实施方案》的通知',
     DOC, [(N("冀党建字", 2019, 1),
            '中共河北省委党的建设工作领导小组关于印发《开展"基层党建质量提升年"活动的实施方案》的通知')]),
    ("中共昌黎县委组织部关于开展组织史资料续编工作的通知（昌组〔2018〕53号）",
     DOC, [(N("昌组", 2018, 53), "中共昌黎县委组织部关于开展组织史资料续编工作的通知")]),
    ("昌字[2008]11号文件", DOC, [(N("昌字", 2008, 11), None)]),
    ("电教室工作职责", DESC, []),
    ("中共昌黎县委、昌黎县人民政府关于印发推动全县经济社会高质量发展“1+9”攻坚战实施方案的通知（昌发〔2019〕4号）",
     DOC, [(N("昌发", 2019, 4),
            "中共昌黎县委、昌黎县人民政府关于印发推动全县经济社会高质量发展“1+9”攻坚战实施方案的通知")]),
    ("《2019年秦皇岛市基层党建工作要点》", DOC, [(None, "2019年秦皇岛市基层党建工作要点")]),
    ("秦办〔2019〕19号 印发《关于加强非公有制企业和社会组织党建工作的若干措施》的通知",
     DOC, [(N("秦办", 2019, 19),
            "印发《关于加强非公有制企业和社会组织党建工作的若干措施》的通知")]),
    ("干部档案工作条例", DOC, [(None, "干部档案工作条例")]),
    ("干部考核条例", DOC, [(None, "干部考核条例")]),
    ("建国前老党员补贴办法", DOC, [(None, "建国前老党员补贴办法")]),
    ("中共秦皇岛市委组织部关于开展大组工网分级保护建设工程招标及下步工作的通知",
     DOC, [(None, "中共秦皇岛市委组织部关于开展大组工网分级保护建设工程招标及下步工作的通知")]),
    ("组织部机关各项规章制度", DESC, []),
    ("部机关工作人员满意度测评", DESC, []),
    ("综合干部出勤率、课堂表现等情况，评价出学员综合得分", DESC, []),
    ("服务对象", DESC, []),
    ("评选县级优秀人才", DESC, []),
    ("《干部教育培训工作条例》", DOC, [(None, "干部教育培训工作条例")]),
    ("《昌黎县科级干部工作日志管理办法（试行）》",
     DOC, [(None, "昌黎县科级干部工作日志管理办法（试行）")]),
    ("中共昌黎县委昌黎县人民政府关于开展全县重点工作大督查的意见  昌字〔2017〕124号",
     DOC, [(N("昌字", 2017, 124), "中共昌黎县委昌黎县人民政府关于开展全县重点工作大督查的意见")]),
    ("昌黎县人才开发专项资金的请示（昌人才[2005]1号)",
     DOC, [(N("昌人才", 2005, 1), "昌黎县人才开发专项资金的请示")]),
    ("《昌黎县人才开发专项资金管理使用暂行办法》（昌人才〔2005〕3号）、《昌黎县人才开发专项资金使用协议书》",
     DOC, [(N("昌人才", 2005, 3), "昌黎县人才开发专项资金管理使用暂行办法"),
           (None, "昌黎县人才开发专项资金使用协议书")]),
    ("根据冀组字[2015]26号文", DOC, [(N("冀组字", 2015, 26), None)]),
    # Styles met in other provinces.
    ("国发〔2014〕45号、财预〔2017〕87号和京政办发〔2020〕3号",
     DOC, [(N("国发", 2014, 45), None), (N("财预", 2017, 87), None),
           (N("京政办发", 2020, 3), None)]),
    ("国发〔２０１４〕４５号；财预〔2017〕87号", DOC,
     [(N("国发", 2014, 45), None), (N("财预", 2017, 87), None)]),
    ("国发〔2014〕45号 财预 〔2 017〕 8 7 号", DOC,
     [(N("国发", 2014, 45), None), (N("财预", 2017, 87), None)]),
    ("关于印发X办法的通知昌发〔2019〕4号", DOC, [(N("昌发", 2019, 4), "关于印发X办法的通知")]),
    ("《预算管理办法》昌发〔2019〕4号", DOC, [(N("昌发", 2019, 4), "预算管理办法")]),
    ("昌发〔2019〕4号《预算管理办法》", DOC, [(N("昌发", 2019, 4), "预算管理办法")]),
    ("国办函〔2019〕1号", DOC, [(N("国办函", 2019, 1), None)]),
    ("国务院关于深化预算管理制度改革的决定（国发〔2014〕45号）；财政部关于印发《X》的通知（财预〔2017〕87号）",
     DOC, [(N("国发", 2014, 45), "国务院关于深化预算管理制度改革的决定"),
           (N("财预", 2017, 87), "财政部关于印发《X》的通知")]),
    ("A的通知（昌发〔2019〕4号）B的意见（昌字〔2017〕124号）", DOC,
     [(N("昌发", 2019, 4), "A的通知"), (N("昌字", 2017, 124), "B的意见")]),
    ("国发〔2014〕45号关于A、B工作的通知", DOC, [(N("国发", 2014, 45), "关于A、B工作的通知")]),
    ("关于印发A办法、B细则的通知", DOC, [(None, "关于印发A办法、B细则的通知")]),
    ("关于印发《A办法》和《B细则》的通知", DOC, [(None, "关于印发《A办法》和《B细则》的通知")]),
    ("关于印发《A办法》《B细则》的通知", DOC, [(None, "关于印发《A办法》《B细则》的通知")]),
    ("《X条例》《Y办法》", DOC, [(None, "X条例"), (None, "Y办法")]),
    ("干部考核条例和干部档案工作条例", DOC, [(None, "干部考核条例"), (None, "干部档案工作条例")]),
    ("国发〔2014〕45号及《X条例》", DOC, [(N("国发", 2014, 45), None), (None, "X条例")]),
    ("按照《中华人民共和国预算法》规定", DOC, [(None, "中华人民共和国预算法")]),
    ("按昌发〔2019〕4号要求", DOC, [(N("昌发", 2019, 4), None)]),
    ('根据"关于做好X工作的通知"', DOC, [(None, "关于做好X工作的通知")]),
    ("“关于做好X工作的通知”", DOC, [(None, "关于做好X工作的通知")]),
    ("国家有关规定", DESC, []),
]


@pytest.mark.parametrize(("cell", "kind", "expected"), CELLS, ids=[c[0][:24] for c in CELLS])
def test_parse_citation(cell: str, kind: CitationKind, expected: list) -> None:
    citation = parse_citation(cell)
    assert citation.text == cell
    assert citation.kind is kind
    assert [(d.number, d.title) for d in citation.documents] == expected


def test_document_fields_and_text() -> None:
    cell = ("《昌黎县人才开发专项资金管理使用暂行办法》（昌人才〔2005〕3号）、"
            "《昌黎县人才开发专项资金使用协议书》")
    first, second = parse_citation(cell).documents
    assert first.number is not None
    assert (first.number.issuer, first.number.year, first.number.serial) == ("昌人才", 2005, 3)
    assert first.number.canonical == "昌人才〔2005〕3号"
    assert first.text == "《昌黎县人才开发专项资金管理使用暂行办法》（昌人才〔2005〕3号）"
    assert second.text == "《昌黎县人才开发专项资金使用协议书》"
    assert first.key == "no:昌人才〔2005〕3号"
    assert second.key == "title:昌黎县人才开发专项资金使用协议书"


@pytest.mark.parametrize("cell", ["", "   ", "/", "—", "\t-\n"])
def test_empty_cells(cell: str) -> None:
    assert parse_citation(cell) == Citation(cell, CitationKind.EMPTY, ())


NUMBER_STYLES = [
    "昌发[2019]4号", "昌发〔2019〕4号", "昌发（2019）4号", "昌发(2019)4号", "昌发【2019】4号",
    "昌发﹝2019﹞4号", "昌发［2019］4号", "昌发〖2019〗4号", "昌发〔２０１９〕４号",
    "昌发〔2019〕04号", "昌发〔2019〕第4号", "昌发 〔2019〕 4 号", "  昌发(2019)4号\n",
]


@pytest.mark.parametrize("text", NUMBER_STYLES)
def test_parse_document_number_styles(text: str) -> None:
    number = parse_document_number(text)
    assert number == DocumentNumber("昌发", 2019, 4)
    assert number is not None and number.canonical == "昌发〔2019〕4号"
    assert CitedDocument(number, None, text).key == "no:昌发〔2019〕4号"


@pytest.mark.parametrize("text", [
    "昌发", "2019", "昌发〔2019〕", "abc", "", "〔2019〕4号", "根据昌发〔2019〕4号",
    "昌发〔2019〕4号文件", "昌发〔1800〕4号", "昌发〔2019〕0号", "昌发〔2019〕4号、昌字〔2017〕1号",
])
def test_parse_document_number_rejects(text: str) -> None:
    assert parse_document_number(text) is None


@pytest.mark.parametrize(("text", "canonical"), [
    ("国发〔2014〕45号", "国发〔2014〕45号"),
    ("财预〔2017〕87号", "财预〔2017〕87号"),
    ("京政办发〔2020〕3号", "京政办发〔2020〕3号"),
    ("冀党建字﹝2019﹞1号", "冀党建字〔2019〕1号"),
])
def test_canonical_numbers(text: str, canonical: str) -> None:
    number = parse_document_number(text)
    assert number is not None and number.canonical == canonical


def test_find_document_numbers_offsets() -> None:
    text = "根据冀组字[2015]26号文和国发〔２０１４〕４５号"
    found = find_document_numbers(text)
    assert found == [
        (2, 14, DocumentNumber("冀组字", 2015, 26)),
        (16, 27, DocumentNumber("国发", 2014, 45)),
    ]
    spans = [text[start:end] for start, end, _ in found]
    assert spans == ["冀组字[2015]26号", "国发〔２０１４〕４５号"]


def test_find_document_numbers_cuts_issuer_after_title() -> None:
    text = "关于印发X办法的通知昌发〔2019〕4号和财预〔2017〕87号"
    assert [(text[s:e], n.issuer) for s, e, n in find_document_numbers(text)] == [
        ("昌发〔2019〕4号", "昌发"), ("财预〔2017〕87号", "财预")]


@pytest.mark.parametrize(("text", "spans"), [
    ("X的函国办函〔2019〕1号", [(3, "国办函〔2019〕1号")]),  # 函 ends a title and an issuer
    ("国发〔2014〕45号文旅发〔2019〕1号", [(0, "国发〔2014〕45号"), (11, "文旅发〔2019〕1号")]),
    ("中共昌黎县委文件昌发〔2019〕4号", [(8, "昌发〔2019〕4号")]),
    ("依据发改规划〔2020〕1号", [(2, "发改规划〔2020〕1号")]),
])
def test_find_document_numbers_issuer_edges(text: str, spans: list[tuple[int, str]]) -> None:
    found = find_document_numbers(text)
    assert [(start, number.canonical) for start, _, number in found] == spans


def test_find_document_numbers_ignores_brackets_without_a_number() -> None:
    assert find_document_numbers("《昌黎县科级干部工作日志管理办法（试行）》") == []
    assert find_document_numbers("2019年工作要点") == []


def test_same_document_same_key() -> None:
    def keys(cell: str) -> list[str]:
        return [d.key for d in parse_citation(cell).documents]

    assert keys("《干部教育培训工作条例》") == keys("干部教育培训工作条例")
    assert keys("昌发[2019]4号") == keys("昌发〔2019〕4号") == ["no:昌发〔2019〕4号"]
    assert keys("根据昌发（２０１９）第04号文件") == ["no:昌发〔2019〕4号"]
    assert keys("《管理办法（试行）》") == keys("管理办法(试行)")
    assert keys('《关于印发“X”的通知》') == keys('关于印发"X"的通知') == keys("关于印发「X」的通知")


@pytest.mark.parametrize(("title", "key"), [
    ("《干部教育培训工作条例》", "干部教育培训工作条例"),
    ("〈干部教育培训工作条例〉", "干部教育培训工作条例"),
    (" 干部 教育培训 工作条例 ", "干部教育培训工作条例"),
    ("管理办法（试行）", "管理办法(试行)"),
    ("“1+9”攻坚战实施方案", '"1+9"攻坚战实施方案'),
    ("‘１＋９’攻坚战实施方案", '"1+9"攻坚战实施方案'),
    ("关于印发《X》的通知", "关于印发《X》的通知"),
    ("《A》和《B》", "《A》和《B》"),
])
def test_normalise_title(title: str, key: str) -> None:
    assert normalise_title(title) == key
