"""The vocabulary the corpus generator draws from: places, departments, policy documents,
project names and indicator templates.

Everything here is fixed data or is built from a seeded ``random.Random``, so the same
seed gives the same pools. Standard library only.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

# Province (name, short name used in document numbers) → cities → counties. Real names,
# so documents read like the real thing; the short names are the one-character issuer
# prefixes (冀, 秦, 昌) that document numbers carry.
PLACES: tuple[tuple[str, str, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    ("河北省", "冀", (
        ("石家庄市", ("正定县", "行唐县", "灵寿县", "赞皇县")),
        ("唐山市", ("乐亭县", "迁西县", "玉田县", "滦南县")),
        ("秦皇岛市", ("昌黎县", "卢龙县", "青龙满族自治县", "抚宁区")),
        ("邯郸市", ("成安县", "大名县", "涉县", "磁县")),
        ("保定市", ("涞水县", "阜平县", "定兴县", "唐县")))),
    ("山西省", "晋", (
        ("太原市", ("清徐县", "阳曲县", "娄烦县")),
        ("大同市", ("阳高县", "天镇县", "广灵县")),
        ("长治市", ("襄垣县", "平顺县", "黎城县")))),
    ("河南省", "豫", (
        ("郑州市", ("中牟县", "巩义市", "荥阳市")),
        ("开封市", ("杞县", "通许县", "尉氏县")),
        ("洛阳市", ("新安县", "栾川县", "嵩县")))),
    ("山东省", "鲁", (
        ("济南市", ("平阴县", "商河县")),
        ("青岛市", ("胶州市", "平度市", "莱西市")),
        ("淄博市", ("桓台县", "高青县", "沂源县")))),
    ("江苏省", "苏", (
        ("南京市", ("溧水区", "高淳区")),
        ("无锡市", ("江阴市", "宜兴市")),
        ("徐州市", ("丰县", "沛县", "睢宁县")))),
    ("浙江省", "浙", (
        ("杭州市", ("桐庐县", "淳安县", "建德市")),
        ("宁波市", ("象山县", "宁海县", "余姚市")),
        ("温州市", ("永嘉县", "平阳县", "苍南县")))),
    ("安徽省", "皖", (
        ("合肥市", ("长丰县", "肥东县", "肥西县")),
        ("芜湖市", ("南陵县", "无为市")))),
    ("湖北省", "鄂", (
        ("宜昌市", ("远安县", "兴山县", "秭归县")),
        ("襄阳市", ("南漳县", "谷城县", "保康县")))),
    ("湖南省", "湘", (
        ("长沙市", ("长沙县", "浏阳市", "宁乡市")),
        ("株洲市", ("攸县", "茶陵县", "炎陵县")),
        ("湘潭市", ("湘潭县", "韶山市")))),
    ("四川省", "川", (
        ("成都市", ("金堂县", "大邑县", "蒲江县")),
        ("绵阳市", ("三台县", "盐亭县", "梓潼县")),
        ("南充市", ("南部县", "营山县", "蓬安县")))),
    ("广东省", "粤", (
        ("韶关市", ("始兴县", "仁化县", "翁源县")),
        ("梅州市", ("大埔县", "丰顺县", "五华县")))),
    ("福建省", "闽", (
        ("福州市", ("闽侯县", "连江县", "罗源县")),
        ("泉州市", ("惠安县", "安溪县", "永春县")))),
    ("江西省", "赣", (
        ("南昌市", ("南昌县", "安义县", "进贤县")),
        ("赣州市", ("信丰县", "大余县", "上犹县")))),
    ("陕西省", "陕", (
        ("西安市", ("蓝田县", "周至县")),
        ("宝鸡市", ("岐山县", "扶风县", "眉县")))),
)


@dataclass(frozen=True)
class Place:
    name: str  # 昌黎县
    level: str  # province, city, county
    short: str  # issuer prefix: 昌
    province: str  # the province's name (itself for a province)
    scopes: tuple[str, ...]  # policy scopes whose documents its departments cite


def places() -> list[Place]:
    """Every province, city and county, each with a unique short name."""
    taken: set[str] = set()
    found: list[Place] = []

    def short_for(name: str) -> str:
        stem = name.rstrip("省市县区")
        for candidate in (stem[:1], stem[:2], stem[:1] + stem[-1:], stem, name):
            if candidate and candidate not in taken:
                taken.add(candidate)
                return candidate
        raise ValueError(f"no unique short name for {name}")

    taken.update(short for _, short, _ in PLACES)
    for province, short, cities in PLACES:
        found.append(Place(province, "province", short, province, ("central", province)))
        for city, counties in cities:
            found.append(Place(city, "city", short_for(city), province,
                               ("central", province, city)))
            for county in counties:
                found.append(Place(county, "county", short_for(county), province,
                                   ("central", province, city, county)))
    return found


@dataclass(frozen=True)
class DepartmentKind:
    code: str  # first three digits of the budget unit code (functional group)
    province_name: str  # the name at province level, {place} stands for the place
    local_name: str  # at city and county level
    domain: str  # the topic its projects, units and responsibilities are about
    party: bool = False


DEPARTMENTS: tuple[DepartmentKind, ...] = (
    DepartmentKind("203", "中共{place}委员会组织部", "中国共产党{place}委员会组织部",
                   "党的建设", True),
    DepartmentKind("204", "中共{place}委员会宣传部", "中共{place}委员会宣传部",
                   "宣传思想文化", True),
    DepartmentKind("205", "中共{place}委员会统一战线工作部", "中共{place}委员会统战部",
                   "统一战线", True),
    DepartmentKind("206", "中共{place}委员会政法委员会", "中共{place}委员会政法委员会",
                   "平安建设", True),
    DepartmentKind("201", "{place}人民政府办公厅", "{place}人民政府办公室", "政务服务"),
    DepartmentKind("211", "{place}财政厅", "{place}财政局", "财政管理"),
    DepartmentKind("212", "{place}发展和改革委员会", "{place}发展和改革局", "经济发展"),
    DepartmentKind("213", "{place}审计厅", "{place}审计局", "审计监督"),
    DepartmentKind("214", "{place}统计局", "{place}统计局", "统计调查"),
    DepartmentKind("301", "{place}教育厅", "{place}教育局", "教育"),
    DepartmentKind("302", "{place}科学技术厅", "{place}科学技术局", "科技创新"),
    DepartmentKind("303", "{place}文化和旅游厅", "{place}文化广电和旅游局", "文化旅游"),
    DepartmentKind("304", "{place}体育局", "{place}体育局", "全民健身"),
    DepartmentKind("401", "{place}卫生健康委员会", "{place}卫生健康局", "卫生健康"),
    DepartmentKind("402", "{place}医疗保障局", "{place}医疗保障局", "医疗保障"),
    DepartmentKind("403", "{place}民政厅", "{place}民政局", "民政服务"),
    DepartmentKind("404", "{place}人力资源和社会保障厅", "{place}人力资源和社会保障局",
                   "就业和社会保障"),
    DepartmentKind("405", "{place}退役军人事务厅", "{place}退役军人事务局", "退役军人服务"),
    DepartmentKind("501", "{place}农业农村厅", "{place}农业农村局", "农业农村"),
    DepartmentKind("502", "{place}水利厅", "{place}水务局", "水利"),
    DepartmentKind("503", "{place}林业和草原局", "{place}林业局", "林业"),
    DepartmentKind("504", "{place}乡村振兴局", "{place}乡村振兴局", "乡村振兴"),
    DepartmentKind("601", "{place}自然资源厅", "{place}自然资源和规划局", "自然资源"),
    DepartmentKind("602", "{place}生态环境厅", "{place}生态环境局", "生态环境"),
    DepartmentKind("603", "{place}住房和城乡建设厅", "{place}住房和城乡建设局", "城乡建设"),
    DepartmentKind("604", "{place}交通运输厅", "{place}交通运输局", "交通运输"),
    DepartmentKind("701", "{place}应急管理厅", "{place}应急管理局", "应急管理"),
    DepartmentKind("702", "{place}市场监督管理局", "{place}市场监督管理局", "市场监管"),
    DepartmentKind("703", "{place}司法厅", "{place}司法局", "法治建设"),
    DepartmentKind("704", "{place}商务厅", "{place}商务局", "商务流通"),
    DepartmentKind("705", "{place}工业和信息化厅", "{place}工业和信息化局", "工业和信息化"),
    DepartmentKind("706", "{place}档案局", "{place}档案馆", "档案管理"),
)

# What a department's projects are about: its own domain words, then generic ones.
ACTIVITIES = ("专项经费", "工作经费", "补助资金", "运行维护费", "专项资金", "建设项目", "培训经费",
              "宣传经费", "购置经费", "工作专项", "奖补资金", "服务经费")
DOMAIN_TOPICS: dict[str, tuple[str, ...]] = {
    "党的建设": ("基层党建", "干部教育培训", "党员教育", "人才工作", "干部档案管理", "远程教育站点",
             "村级组织活动场所", "非公经济组织党建", "组织史编纂"),
    "宣传思想文化": ("新时代文明实践", "理论宣讲", "网络宣传", "精神文明创建", "主题宣传"),
    "统一战线": ("民族宗教事务", "党外人士联谊", "港澳台侨联络", "民营经济人士培训"),
    "平安建设": ("社会治安综合治理", "矛盾纠纷排查化解", "网格化管理", "平安创建"),
    "政务服务": ("政务公开", "政务服务平台", "机要保密", "督查督办", "应急值守"),
    "财政管理": ("预算管理一体化", "财政信息化", "国库集中支付", "政府采购监管", "财政投资评审",
             "预算绩效管理"),
    "经济发展": ("重点项目前期", "价格监测", "粮食储备", "节能监察", "社会信用体系"),
    "审计监督": ("审计信息化", "政府投资审计", "经济责任审计", "专项资金审计"),
    "统计调查": ("人口普查", "经济普查", "统计执法", "农业统计调查"),
    "教育": ("学前教育", "义务教育均衡发展", "教师培训", "学生资助", "校舍维修改造",
             "营养改善计划"),
    "科技创新": ("科技创新平台", "科技成果转化", "科普宣传", "高新技术企业培育"),
    "文化旅游": ("公共文化服务", "文物保护", "旅游宣传推介", "非物质文化遗产保护", "文化市场执法"),
    "全民健身": ("全民健身活动", "体育设施维护", "青少年体育训练", "体育赛事"),
    "卫生健康": ("基本公共卫生服务", "重大疾病防控", "家庭医生签约", "妇幼健康", "卫生监督执法",
             "疫情防控"),
    "医疗保障": ("医保基金监管", "医疗救助", "医保信息化", "药品集中采购"),
    "民政服务": ("城乡低保", "特困人员供养", "养老服务", "儿童福利", "殡葬管理", "社区建设"),
    "就业和社会保障": ("就业培训", "创业担保贷款贴息", "劳动保障监察", "社保经办"),
    "退役军人服务": ("优抚对象慰问", "退役军人就业创业", "烈士纪念设施保护"),
    "农业农村": ("高标准农田建设", "动物防疫", "农产品质量安全", "农业技术推广",
             "农村人居环境整治"),
    "水利": ("农村饮水安全", "河长制", "防汛抗旱", "水土保持", "小型水库管护"),
    "林业": ("森林防火", "植树造林", "林业有害生物防治", "生态护林员"),
    "乡村振兴": ("驻村帮扶", "产业扶贫", "防返贫监测", "乡村振兴示范村"),
    "自然资源": ("国土空间规划", "不动产登记", "耕地保护", "地质灾害防治", "土地整治"),
    "生态环境": ("大气污染防治", "水污染防治", "环境监测", "环境执法", "土壤污染防治"),
    "城乡建设": ("城市管理", "老旧小区改造", "建筑市场监管", "燃气安全", "园林绿化"),
    "交通运输": ("农村公路养护", "道路运输管理", "公路安全生命防护", "城乡客运"),
    "应急管理": ("安全生产监管", "应急救援队伍", "防灾减灾", "应急物资储备"),
    "市场监管": ("食品安全抽检", "特种设备安全", "计量检定", "知识产权保护", "消费维权"),
    "法治建设": ("普法宣传", "人民调解", "社区矫正", "法律援助", "公共法律服务"),
    "商务流通": ("电子商务进农村", "招商引资", "市场运行监测", "外贸发展"),
    "工业和信息化": ("中小企业服务", "工业转型升级", "电子政务网络", "无线电管理"),
    "档案管理": ("档案数字化", "档案库房维护", "档案征集", "地方志编纂"),
}
GENERIC_TOPICS = ("机关运行维护", "信息化建设", "业务培训", "办公设备购置", "政务公开", "专项调研",
                  "会议组织", "宣传教育", "法律顾问服务", "档案整理", "安全保卫", "车辆运行")

UNITS_BY_LEVEL = {"province": "处", "city": "科", "county": "股"}
UNIT_STEMS = ("办公室", "综合{u}", "财务{u}", "法规{u}", "规划{u}", "人事{u}", "监督{u}",
              "政策研究室", "信息{u}", "业务一{u}", "业务二{u}", "执法{u}", "审批{u}", "宣传{u}")
UNIT_ALIASES = {"综合{u}": "政策法规{u}", "财务{u}": "审计{u}", "人事{u}": "老干部{u}",
                "信息{u}": "网络安全{u}", "政策研究室": "调研{u}"}

# Titles of policy documents: topic words and the shapes titles take.
POLICY_TOPICS = ("预算绩效管理", "项目支出绩效评价", "基层党组织建设", "干部教育培训", "乡村振兴",
                 "农村人居环境整治", "义务教育经费保障", "基本公共卫生服务", "城乡居民医疗保险",
                 "社会救助", "养老服务体系建设", "就业创业", "安全生产", "森林防火", "河长制",
                 "大气污染防治", "政务公开", "财政资金监管", "政府采购", "国有资产管理",
                 "民营经济发展", "科技创新", "文物保护", "全民健身", "食品安全", "法治政府建设",
                 "档案工作", "统计工作", "审计监督", "防汛抗旱", "高标准农田建设", "动物防疫",
                 "电子商务进农村", "退役军人服务保障", "精神文明建设", "平安建设", "应急管理",
                 "耕地保护", "老旧小区改造", "农村公路养护")
TITLE_SHAPES = ("关于印发《{scope}{topic}管理办法》的通知", "关于进一步加强{topic}工作的意见",
                "关于印发{scope}{topic}实施方案的通知", "关于做好{year}年{topic}工作的通知",
                "{scope}{topic}专项资金管理办法", "关于全面推进{topic}的实施意见")
CENTRAL_ISSUERS = ("国发", "国办发", "中发", "中办发", "财预", "财行", "财教", "财社", "财农",
                   "财建", "财办预", "发改投资", "教财", "人社部发", "民发", "农计财发", "财绩")
PROVINCE_ISSUERS = ("政发", "政办发", "财预", "财行", "办字", "发", "组字", "党建字", "财教",
                    "财社", "财农")
CITY_ISSUERS = ("政", "政字", "办", "财预", "发", "办字")
COUNTY_ISSUERS = ("发", "字", "政", "办字", "财字", "政办")
# Documents cited by title only: laws, regulations and rules without a number in the cell.
TITLED = ("中华人民共和国预算法实施条例", "干部教育培训工作条例", "党政机关厉行节约反浪费条例",
          "行政事业单位内部控制规范（试行）", "项目支出绩效评价管理办法", "干部档案工作条例",
          "中华人民共和国政府采购法", "行政事业性国有资产管理条例", "社会救助暂行办法",
          "中华人民共和国安全生产法", "基本公共卫生服务规范（第三版）",
          "中国共产党支部工作条例（试行）", "党政领导干部选拔任用工作条例", "中华人民共和国档案法",
          "全民健身条例")
LEGAL_BASIS = ("中华人民共和国预算法", "地方预决算公开操作规程")


@dataclass(frozen=True)
class Policy:
    number: str | None  # canonical 发文字号 (昌发〔2019〕4号), None for a title-only document
    issuer: str
    year: int
    serial: int
    title: str
    scope: str  # "central", or the province/city/county it was issued in
    weight: float


def policy_pool(rng: random.Random, all_places: list[Place]) -> list[Policy]:
    """A few hundred policy documents: central ones, a handful per province, a couple per
    city and one or two per county; titled-only laws and rules besides. Weights fall off
    by rank (Zipf) so a few documents are cited everywhere."""
    pool: list[Policy] = []
    seen: set[tuple[str, int, int]] = set()

    def add(issuers: tuple[str, ...], prefix: str, scope: str, scope_name: str, count: int):
        for rank in range(count):
            while True:
                issuer = prefix + rng.choice(issuers)
                year = rng.choice((2008, 2010, 2012, 2013, 2014, 2015, 2015, 2016, 2016, 2017,
                                   2017, 2018, 2018, 2019, 2019, 2020, 2021))
                serial = rng.choice((rng.randint(1, 30), rng.randint(1, 200)))
                if (issuer, year, serial) not in seen:
                    seen.add((issuer, year, serial))
                    break
            title = rng.choice(TITLE_SHAPES).format(scope=scope_name, topic=rng.choice(
                POLICY_TOPICS), year=year)
            number = f"{issuer}〔{year}〕{serial}号"
            pool.append(Policy(number, issuer, year, serial, title, scope,
                               1.0 / (rank + 1) ** 1.1))

    add(CENTRAL_ISSUERS, "", "central", "", 60)
    for place in all_places:
        if place.level == "province":
            add(PROVINCE_ISSUERS, place.short, place.name, place.name, 8)
        elif place.level == "city":
            add(CITY_ISSUERS, place.short, place.name, place.name, 2)
        else:
            add(COUNTY_ISSUERS, place.short, place.name, place.name, 1 + rng.randint(0, 1))
    for rank, title in enumerate(TITLED):
        pool.append(Policy(None, "", 2000, 0, title, "central", 0.5 / (rank + 1)))
    return pool


# Indicator templates by level 2: (level 3 name, description, target shapes). {thing} is
# the project's topic, {year} its fiscal year, {n} a count, {p} a percentage, {cost} a
# cost ceiling in 万元.
INDICATORS: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "数量指标": (
        ("{thing}覆盖单位数", "开展{thing}工作覆盖的单位数量", ("≥{n}个", "{n}个", "不少于{n}个")),
        ("举办培训班期数", "围绕{thing}举办培训班", ("{n}期", "≥{n}期")),
        ("培训人次", "参加{thing}培训的人次", ("≥{n}人次", "{n}人次")),
        ("印制宣传资料数量", "印制{thing}宣传资料", ("≥{n}份", "{n}册")),
        ("检查次数", "开展{thing}监督检查的次数", ("≥{n}次", ">{n}次")),
    ),
    "质量指标": (
        ("{thing}合格率", "{thing}达到标准的比例", ("≥{p}%", "100%", "≥{p}百分比", "不低于{p}%")),
        ("资金拨付准确率", "资金按规定准确拨付的比例", ("100%", "≥{p}%")),
        ("工作完成率", "{thing}工作任务完成的比例", ("≥{p}%", "100％")),
    ),
    "时效指标": (
        ("完成时间", "{year}年内完成{thing}各项工作", ("{year}年12月31日前", "{year}年12月底前",
                                               "{year}年11月30日前")),
        ("资金支付及时率", "资金按计划及时支付的比例", ("≥{p}%", "100%")),
    ),
    "成本指标": (
        ("{thing}成本", "严格控制{thing}成本，控制在预算范围内", ("≤{cost}万元", "≤{cost}万")),
    ),
    "经济成本指标": (
        ("项目总成本", "项目实施的总成本", ("≤{cost}万元",)),
    ),
    "社会效益指标": (
        ("{thing}水平", "{thing}工作水平进一步提高", ("明显提升", "有效提升", "≥{p}%")),
        ("群众知晓率", "群众对{thing}政策的知晓比例", ("≥{p}%", ">{p}%")),
    ),
    "经济效益指标": (
        ("带动相关产业发展", "促进{thing}相关产业发展", ("有效带动", "≥{n}个")),
    ),
    "生态效益指标": (
        ("生态环境改善", "{thing}对生态环境的改善作用", ("明显改善", "有所改善")),
    ),
    "可持续影响指标": (
        ("长效机制建设", "建立健全{thing}长效机制", ("长期", "持续发挥作用", "≥3年")),
        ("制度建设", "完善{thing}相关制度", ("逐步完善", "≥{n}项")),
    ),
    "服务对象满意度指标": (
        ("服务对象满意度", "抽样调查的服务对象对{thing}满意和较满意的比率", ("≥{p}%", ">{p}%",
                                                            "≥{p}百分比", "不低于{p}%")),
        ("群众满意度", "群众对{thing}工作的满意程度", ("≥{p}%", "{p}%以上")),
    ),
}
# Level 1 → the level 2 kinds that belong under it (codes.LEVEL2 allows them there).
LEVEL1_GROUPS = (
    ("产出指标", ("数量指标", "质量指标", "时效指标", "成本指标")),
    ("效益指标", ("社会效益指标", "经济效益指标", "生态效益指标", "可持续影响指标")),
    ("满意度指标", ("服务对象满意度指标",)),
)
OUTCOME_LEVEL1 = ("效益指标", "效果指标")  # the older template says 效果指标
DESCRIPTIVE_BASES = ("单位内部管理制度", "根据工作实际确定", "参考以前年度标准", "部门工作计划",
                     "行业标准")
