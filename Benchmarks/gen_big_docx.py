#!/usr/bin/env python3
"""Generate large, realistic .docx files (copied from ../shared/bench/gen_big_docx.py and given a
function, `generate`, so the benchmark can make 1,000 small annexes in one process) full of Chinese government
performance-indicator tables (项目支出绩效目标表), for speed tests.

Writes the OOXML parts directly with zipfile (python-docx would be far too slow
for 50 MB of document.xml). Output is deterministic for a given seed and
parameters: fixed zip timestamps, fixed part order, random.Random(seed).

Each "project" section contains
  * a heading paragraph (style 2) wrapped in a _Toc bookmark,
  * 1-3 body paragraphs of CJK prose, split into several runs as Word does,
  * a caption paragraph "表N  ...绩效目标表",
  * a 5-column table:
      row 1  项目名称 | value (gridSpan=4)
      row 2  主管部门 | value | 实施单位 | value (gridSpan=2)
      row 3  年度绩效目标 | long text (gridSpan=4)
      row 4  一级指标 | 二级指标 | 三级指标 | 指标值 | 绩效标准   (header, shaded)
      rows   data rows; columns 1 and 2 vertically merged with
             w:vMerge w:val="restart" / <w:vMerge/> continuation cells,
  * sometimes a note paragraph after the table.
Exactly one _GoBack bookmark is placed in a random table cell (as Word does
for the last edit position).

Usage:
  gen_big_docx.py OUT.docx --tables N [--seed S]
  gen_big_docx.py OUT.docx --target-mb M [--seed S]   # M = MB (10^6 bytes) of word/document.xml
Prints a summary line: tables, rows, cells, paragraphs, document.xml bytes, docx bytes.
"""
import argparse
import random
import sys
import zipfile
from xml.sax.saxutils import escape

W_NS_DECL = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'mc:Ignorable="w14 w15 wp14"'
)

REGIONS = ["市本级", "城关区", "高新区", "经开区", "东城区", "西湖区", "长安区", "滨海新区", "南山区", "江北区"]
YEARS = ["2022年", "2023年", "2024年", "2025年"]
FIELDS = ["城乡居民基本医疗保险", "义务教育学校公用经费", "农村饮水安全巩固提升", "老旧小区改造",
          "高标准农田建设", "公共文化服务体系建设", "困难群众救助", "就业创业补贴", "疾病预防控制",
          "森林草原防火", "河湖长制", "乡村振兴衔接", "养老服务体系建设", "中小学校舍维修",
          "食品安全抽检", "数字政府建设", "生活垃圾分类处理", "退役军人优抚", "科技创新券", "职业技能提升"]
KINDS = ["补助项目", "专项资金", "建设工程", "运行维护项目", "能力提升项目", "购买服务项目"]
DEPTS = ["财政局", "教育局", "卫生健康委员会", "农业农村局", "住房和城乡建设局", "民政局",
         "人力资源和社会保障局", "生态环境局", "文化和旅游局", "市场监督管理局", "水利局", "科学技术局"]
UNITS = ["信息中心", "服务中心", "事务中心", "管理站", "监测站", "综合执法大队", "疾病预防控制中心", "各乡镇（街道）"]

LEVELS = [
    ("产出指标", [
        ("数量指标", ["完成培训人次", "覆盖乡镇数量", "新建改建设施数量", "补助对象人数", "抽检批次",
                    "维修校舍面积", "发放补贴人数", "建设里程", "采购设备数量", "开展宣传活动次数"]),
        ("质量指标", ["项目验收合格率", "资金拨付准确率", "培训考核合格率", "设备完好率",
                    "数据准确率", "工程质量达标率", "抽检合格率"]),
        ("时效指标", ["项目完成及时率", "资金拨付及时性", "按期完工率", "问题整改完成时限"]),
        ("成本指标", ["人均补助标准", "单位面积改造成本", "项目总成本控制", "单次活动成本"]),
    ]),
    ("效益指标", [
        ("经济效益指标", ["带动农民增收", "节约财政资金", "减轻群众负担", "带动社会投资"]),
        ("社会效益指标", ["群众就医负担减轻程度", "公共服务均等化水平", "受益群众覆盖率",
                      "政策知晓率", "社会稳定和谐程度"]),
        ("生态效益指标", ["水质达标率", "森林覆盖率提升", "垃圾无害化处理率", "主要污染物减排量"]),
        ("可持续影响指标", ["长效管护机制建立情况", "设施持续使用年限", "制度建设完善程度"]),
    ]),
    ("满意度指标", [
        ("服务对象满意度指标", ["受益群众满意度", "学生及家长满意度", "参训人员满意度", "企业满意度"]),
    ]),
]

VALUES = ["≥{n}人次", "≥{n}个", "={n}个", "≥{p}%", "≤{n}万元", "{y}12月底前", "100%", "≥{p}%",
          "≤{n}元/人", "≥{n}平方米", "≥{n}公里", "逐步提高", "有所提升", "明显改善", "长期", "≥{n}次",
          "<{n}天"]
STANDARDS = ["按照年度计划完成", "达到国家和省规定标准", "参照历史标准确定", "依据行业标准", "按合同约定执行",
             "根据项目实施方案", "参照上年度完成情况", "以第三方评估结果为准", "按照计划标准",
             "符合《预算绩效管理办法》要求"]
PROSE = ["根据《中共中央 国务院关于全面实施预算绩效管理的意见》要求", "为进一步加强财政资金管理",
         "切实提高资金使用效益", "结合本地区实际情况", "围绕年度工作重点任务", "坚持以人民为中心的发展思想",
         "按照“谁申请资金、谁设定目标”的原则", "科学合理设置绩效目标和指标", "做到指标细化、量化、可衡量",
         "项目资金全部纳入预算管理", "严格执行政府采购相关规定", "建立健全项目管理制度",
         "定期开展绩效运行监控", "及时发现并纠正存在的问题", "确保项目按期保质完成",
         "进一步提升公共服务水平", "不断增强人民群众的获得感、幸福感、安全感", "实现预期绩效目标",
         "加强部门协同配合", "强化结果应用"]
HEAD_NUM = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

FONT = '<w:rFonts w:ascii="仿宋_GB2312" w:eastAsia="仿宋_GB2312" w:hAnsi="仿宋_GB2312" w:hint="eastAsia"/>'


class Gen:
    def __init__(self, seed):
        self.rnd = random.Random(seed)
        self.bm_id = 0
        self.n_tables = self.n_rows = self.n_cells = self.n_paras = 0
        self.goback_done = False
        self.goback_at = None  # table index that receives _GoBack

    # -- small helpers -------------------------------------------------------
    def hex8(self):
        return "%08X" % self.rnd.getrandbits(31)

    def rsid(self):
        return "00%06X" % self.rnd.getrandbits(24)

    def p_open(self):
        self.n_paras += 1
        r = self.rsid()
        return '<w:p w14:paraId="%s" w14:textId="%s" w:rsidR="%s" w:rsidRDefault="%s">' % (
            self.hex8(), "77777777", r, r)

    def run(self, text, sz=32, bold=False):
        rpr = FONT + ('<w:b/><w:bCs/>' if bold else '') + '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (sz, sz)
        t = escape(text)
        space = ' xml:space="preserve"' if text[:1] == " " or text[-1:] == " " else ""
        return '<w:r><w:rPr>%s</w:rPr><w:t%s>%s</w:t></w:r>' % (rpr, space, t)

    def runs(self, text, sz=32, bold=False):
        """Split text into 1-3 runs like Word does after edits (rsid changes)."""
        if len(text) < 6 or self.rnd.random() < 0.5:
            return self.run(text, sz, bold)
        k = self.rnd.randint(2, 3)
        cuts = sorted(self.rnd.sample(range(1, len(text)), k - 1))
        parts = [text[i:j] for i, j in zip([0] + cuts, cuts + [len(text)])]
        return "".join(self.run(p, sz, bold) for p in parts)

    def sentence(self, lo=2, hi=5):
        return "，".join(self.rnd.sample(PROSE, self.rnd.randint(lo, hi))) + "。"

    # -- paragraphs ------------------------------------------------------------
    def heading(self, n, title):
        self.bm_id += 1
        toc = "_Toc%d" % self.rnd.randint(100000000, 199999999)
        return (self.p_open() + '<w:pPr><w:pStyle w:val="2"/><w:spacing w:before="120" w:after="120"/>'
                '<w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr></w:pPr>'
                '<w:bookmarkStart w:id="%d" w:name="%s"/>' % (self.bm_id, toc)
                + self.run("%s、%s" % (HEAD_NUM[n % 10], title))
                + '<w:bookmarkEnd w:id="%d"/></w:p>' % self.bm_id)

    def body_para(self):
        return (self.p_open() + '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="640"/>'
                '<w:rPr>' + FONT + '<w:sz w:val="32"/></w:rPr></w:pPr>'
                + self.runs(self.sentence(3, 7)) + '</w:p>')

    def caption(self, n, title):
        return (self.p_open() + '<w:pPr><w:jc w:val="center"/><w:rPr>' + FONT + '<w:b/></w:rPr></w:pPr>'
                + self.run("表%d  %s绩效目标表" % (n, title), sz=28, bold=True) + '</w:p>')

    # -- table -----------------------------------------------------------------
    WIDTHS = (1250, 1550, 2300, 1650, 2150)

    def cell(self, text, col, span=1, vmerge=None, bold=False, shade=False, center=True, goback=False):
        self.n_cells += 1
        w = sum(self.WIDTHS[col:col + span])
        tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % w
        if span > 1:
            tcpr += '<w:gridSpan w:val="%d"/>' % span
        if vmerge == "restart":
            tcpr += '<w:vMerge w:val="restart"/>'
        elif vmerge == "continue":
            tcpr += '<w:vMerge/>'
        if shade:
            tcpr += '<w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/>'
        tcpr += '<w:vAlign w:val="center"/>'
        ppr = '<w:pPr><w:spacing w:line="320" w:lineRule="exact"/>%s<w:rPr>%s<w:sz w:val="21"/></w:rPr></w:pPr>' % (
            '<w:jc w:val="center"/>' if center else '', FONT)
        content = self.runs(text, sz=21, bold=bold) if text else ""
        if goback:
            self.bm_id += 1
            content += '<w:bookmarkStart w:id="%d" w:name="_GoBack"/><w:bookmarkEnd w:id="%d"/>' % (self.bm_id, self.bm_id)
        return '<w:tc><w:tcPr>%s</w:tcPr>%s%s%s</w:p></w:tc>' % (tcpr, self.p_open(), ppr, content)

    def row(self, cells, header=False):
        self.n_rows += 1
        r = self.rsid()
        trpr = '<w:trPr><w:trHeight w:val="454"/>%s</w:trPr>' % ('<w:tblHeader/>' if header else '')
        return '<w:tr w:rsidR="%s" w:rsidTr="%s">%s%s</w:tr>' % (r, r, trpr, "".join(cells))

    def value(self, year):
        v = self.rnd.choice(VALUES)
        return v.format(n=self.rnd.choice([3, 5, 10, 12, 20, 30, 50, 100, 200, 500, 1000, 1200, 5000]),
                        p=self.rnd.choice([80, 85, 90, 95, 98, 100]), y=year)

    def table(self, title, dept, unit, year, table_idx):
        self.n_tables += 1
        rnd = self.rnd
        out = ['<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>'
               '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
               '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders>'
               '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
               '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/></w:tblPr>'
               '<w:tblGrid>' + "".join('<w:gridCol w:w="%d"/>' % w for w in self.WIDTHS) + '</w:tblGrid>']
        # Some tables repeat their four head rows on each page (w:tblHeader must
        # be contiguous from the first row, as Word requires).
        rep = rnd.random() < 0.3
        out.append(self.row([self.cell("项目名称", 0, bold=True), self.cell(title, 1, span=4)], header=rep))
        out.append(self.row([self.cell("主管部门", 0, bold=True), self.cell(dept, 1),
                             self.cell("实施单位", 2, bold=True), self.cell(dept.replace("局", "") + unit, 3, span=2)],
                            header=rep))
        out.append(self.row([self.cell("年度绩效目标", 0, bold=True),
                             self.cell(self.sentence(3, 6), 1, span=4, center=False)], header=rep))
        out.append(self.row([self.cell(h, i, bold=True, shade=True)
                             for i, h in enumerate(["一级指标", "二级指标", "三级指标", "指标值", "绩效标准"])], header=rep))
        data_rows = []
        for lvl1, subs in LEVELS:
            chosen = [s for s in subs if rnd.random() < 0.8] or subs[:1]
            first1 = True
            for lvl2, names in chosen:
                k = rnd.randint(1, min(4, len(names)))
                first2 = True
                for name in rnd.sample(names, k):
                    data_rows.append((lvl1 if first1 else "", "restart" if first1 else "continue",
                                      lvl2 if first2 else "", "restart" if first2 else "continue",
                                      name))
                    first1 = first2 = False
        goback_row = rnd.randrange(len(data_rows)) if table_idx == self.goback_at else -1
        for i, (l1, m1, l2, m2, name) in enumerate(data_rows):
            out.append(self.row([
                self.cell(l1, 0, vmerge=m1),
                self.cell(l2, 1, vmerge=m2),
                self.cell(name, 2),
                self.cell(self.value(year), 3),
                self.cell(rnd.choice(STANDARDS), 4, center=False, goback=(i == goback_row)),
            ]))
        out.append('</w:tbl>')
        return "".join(out)

    def section(self, i):
        rnd = self.rnd
        year = rnd.choice(YEARS)
        title = year + rnd.choice(REGIONS) + rnd.choice(FIELDS) + rnd.choice(KINDS)
        dept = rnd.choice(DEPTS)
        unit = rnd.choice(UNITS)
        parts = [self.heading(i, title)]
        parts += [self.body_para() for _ in range(rnd.randint(1, 3))]
        parts.append(self.caption(i + 1, title))
        parts.append(self.table(title, dept, unit, year, i))
        if rnd.random() < 0.3:
            parts.append(self.p_open() + '<w:pPr><w:rPr>' + FONT + '</w:rPr></w:pPr>'
                         + self.run("注：" + self.sentence(1, 2), sz=21) + '</w:p>')
        return "".join(parts)


HEAD = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
        '<w:document ' + W_NS_DECL + '><w:body>')
TAIL = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>'
        '<w:cols w:space="425"/><w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr></w:body></w:document>')

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'''

STYLES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>'''

SETTINGS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat></w:settings>'''

FONTS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="仿宋_GB2312"><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>'''

CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>项目支出绩效目标表（测试数据）</dc:title><dc:creator>gen_big_docx.py</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-01T00:00:00Z</dcterms:modified></cp:coreProperties>'''

APP = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>'''


def generate(out, tables=None, target_mb=None, seed=1, level=6):
    """Write one .docx and return its summary line (also the CLI's output)."""
    gen = Gen(seed)
    # _GoBack goes into one of the first five tables; drawn the same way for
    # --tables and --target-mb so that `--target-mb M` and `--tables <the
    # count it printed>` give byte-identical files.
    gen.goback_at = gen.rnd.randrange(min(5, tables) if tables else 5)

    def fixed(name):
        zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        # ZipInfo has __slots__: the level attribute is _compresslevel up to
        # Python 3.12 and compress_level from 3.13.
        for attr in ("compress_level", "_compresslevel"):
            if hasattr(zipfile.ZipInfo, attr):
                setattr(zi, attr, level)
                break
        zi.external_attr = 0o644 << 16
        return zi

    xml_bytes = 0
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr(fixed("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(fixed("_rels/.rels"), ROOT_RELS)
        with z.open(fixed("word/document.xml"), "w") as f:
            def put(s):
                nonlocal xml_bytes
                b = s.encode("utf-8")
                xml_bytes += len(b)
                f.write(b)
            put(HEAD)
            title_para = (gen.p_open() + '<w:pPr><w:pStyle w:val="1"/><w:jc w:val="center"/></w:pPr>'
                          + gen.run("项目支出绩效目标申报表汇编", sz=44, bold=True) + '</w:p>')
            put(title_para)
            i = 0
            limit = target_mb * 1e6 if target_mb else None
            while (i < tables) if tables else (xml_bytes + len(TAIL) < limit):
                put(gen.section(i))
                i += 1
            put(TAIL)
        z.writestr(fixed("word/_rels/document.xml.rels"), DOC_RELS)
        z.writestr(fixed("word/styles.xml"), STYLES)
        z.writestr(fixed("word/settings.xml"), SETTINGS)
        z.writestr(fixed("word/fontTable.xml"), FONTS)
        z.writestr(fixed("docProps/core.xml"), CORE)
        z.writestr(fixed("docProps/app.xml"), APP)
    import os
    return "%s\ttables=%d rows=%d cells=%d paragraphs=%d document.xml=%d bytes docx=%d bytes seed=%d" % (
        out, gen.n_tables, gen.n_rows, gen.n_cells, gen.n_paras, xml_bytes, os.path.getsize(out), seed)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--tables", type=int, help="number of indicator tables (one per project section)")
    g.add_argument("--target-mb", type=float, help="stop once word/document.xml reaches this many MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--level", type=int, default=6, help="deflate level (default 6, like Word)")
    a = ap.parse_args()
    print(generate(a.out, tables=a.tables, target_mb=a.target_mb, seed=a.seed, level=a.level))


if __name__ == "__main__":
    main()
