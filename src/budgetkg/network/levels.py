"""Which level of government issued a policy document, from its number and title.

Pure stage: standard library only. The rule, in order:

1. A 发文字号 whose issuer prefix (机关代字) starts with a central code (``CENTRAL_PREFIXES``:
   国发, 国办发, 中发, 中办发, 财 …) is **central**.
2. A title that names a place whose first character is the prefix's first character says
   the level itself (``中共昌黎县委…`` with 昌发 → county).
3. A prefix starting with a province abbreviation (冀, 京, 粤 …) is **province**.
4. Otherwise the store decides: place names found in its department labels, disclosure
   titles, document titles and project names (``中国共产党昌黎县委员会组织部`` → 昌黎县 →
   昌 is county; ``秦皇岛市`` → 秦 is city), when that first character names one level only.
5. A document cited by title alone takes the first issuer its title names (a central organ,
   or a place such as ``秦皇岛市``); a title naming none (``干部考核条例``) is **unknown**.

Limits: a prefix is one character of evidence. A place whose name starts with a province
abbreviation (青龙县, 冀州区) reads as the province unless its own titles say otherwise;
county-level cities (迁安市) read as cities; a first character that names places of two
levels in the store stays unknown; the central list is short and grows as disclosures cite
more ministries.
"""

from __future__ import annotations

import enum
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping

__all__ = ["IssuingLevel", "issuing_level", "place_levels", "places_in"]


class IssuingLevel(str, enum.Enum):
    CENTRAL = "central"
    PROVINCE = "province"
    CITY = "city"
    COUNTY = "county"
    UNKNOWN = "unknown"


PROVINCE_ABBREVIATIONS = frozenset("冀京津晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏"
                                   "陕甘陇青宁新")
CENTRAL_PREFIXES = ("国发", "国办发", "国办函", "国函", "中发", "中办发", "中组发", "中组字",
                    "中纪发", "中宣发", "财", "发改", "人社部", "民发", "教")
# Central organs a title can name ("国务院关于…", "中华人民共和国预算法").
_CENTRAL_NAMES = re.compile("中华人民共和国|全国人民代表大会|国务院|中共中央|中央办公厅|财政部"
                            "|国家(?!级)")
_SUFFIXES = {"特别行政区": IssuingLevel.PROVINCE, "自治区": IssuingLevel.PROVINCE,
             "省": IssuingLevel.PROVINCE, "自治州": IssuingLevel.CITY, "地区": IssuingLevel.CITY,
             "市": IssuingLevel.CITY, "州": IssuingLevel.CITY, "盟": IssuingLevel.CITY,
             "自治县": IssuingLevel.COUNTY, "县": IssuingLevel.COUNTY, "区": IssuingLevel.COUNTY,
             "旗": IssuingLevel.COUNTY}
_CJK = "\u3400-\u4dbf\u4e00-\u9fff"
# Words around a place name in an organ's name, cut out so a name starts after them.
_ORGAN_WORDS = re.compile("中国共产党|中共|人民政府|人民代表大会|委员会|关于|印发|转发"
                          "|[0-9０-９]+年")
# A place name starts a run of CJK text or follows another place ("河北省秦皇岛市"), and
# is not "全县", "本市", "各区" (a word about places, not a place).
_PLACE = re.compile(
    rf"(?:(?<![{_CJK}])|(?<=[省市州盟县区旗]))(?P<name>[{_CJK}]{{2,7}}?)(?<![全本各该我两每])"
    rf"(?P<suffix>{'|'.join(_SUFFIXES)})")


def places_in(text: str) -> list[tuple[int, str, IssuingLevel]]:
    """The place names in ``text``: (offset, name with its suffix, level)."""
    cleaned = _ORGAN_WORDS.sub(lambda m: "|" * len(m.group()), text)
    return [(m.start(), m.group(), _SUFFIXES[m["suffix"]]) for m in _PLACE.finditer(cleaned)]


def place_levels(texts: Iterable[str]) -> dict[str, IssuingLevel]:
    """First character → level, for the characters that start places of one level only."""
    found: dict[str, set[IssuingLevel]] = defaultdict(set)
    for text in texts:
        for _, name, level in places_in(text):
            found[name[0]].add(level)
    return {char: next(iter(levels)) for char, levels in found.items() if len(levels) == 1}


def issuing_level(issuer: str | None, *, title: str | None = None,
                  places: Mapping[str, IssuingLevel] | None = None) -> IssuingLevel:
    """The level of the organ that issued a document with this issuer prefix (None for a
    document cited by title alone) and title; ``places`` comes from ``place_levels``."""
    named = places_in(title or "")
    if issuer:
        if issuer.startswith(CENTRAL_PREFIXES):
            return IssuingLevel.CENTRAL
        for _, name, level in named:
            if name[0] == issuer[0]:
                return level
        if issuer[0] in PROVINCE_ABBREVIATIONS:
            return IssuingLevel.PROVINCE
        return (places or {}).get(issuer[0], IssuingLevel.UNKNOWN)
    evidence = [(m.start(), IssuingLevel.CENTRAL) for m in _CENTRAL_NAMES.finditer(title or "")]
    evidence += [(start, level) for start, _, level in named]
    return min(evidence)[1] if evidence else IssuingLevel.UNKNOWN
