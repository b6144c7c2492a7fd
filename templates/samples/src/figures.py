#!/usr/bin/python3
"""Draw the system diagrams of the sample reports as PNG (Debian: python3-pil and
fonts-wqy-microhei). The PNGs are committed under src/<sample>/media/; run this only to
redraw them:  /usr/bin/python3 templates/samples/src/figures.py
"""
import os

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
HERE = os.path.dirname(os.path.abspath(__file__))
BLUE, LIGHT, GREY, INK, ORANGE, GREEN = "#1f4e79", "#dce9f5", "#f2f2f2", "#222222", "#c55a11", "#e2f0d9"


def font(size):
    return ImageFont.truetype(FONT, size)


class Canvas:
    def __init__(self, w, h, title):
        self.img = Image.new("RGB", (w, h), "white")
        self.d = ImageDraw.Draw(self.img)
        self.w = w
        self.d.text((w // 2, 28), title, fill=BLUE, font=font(30), anchor="mm")

    def box(self, x, y, w, h, text, fill=LIGHT, outline=BLUE, size=20, color=INK, radius=10):
        if fill or outline:
            self.d.rounded_rectangle((x, y, x + w, y + h), radius=radius, fill=fill, outline=outline, width=2)
        lines = text.split("\n")
        lh = size + 6
        top = y + h / 2 - lh * (len(lines) - 1) / 2
        for i, line in enumerate(lines):
            self.d.text((x + w / 2, top + i * lh), line, fill=color, font=font(size), anchor="mm")
        return (x, y, w, h)

    def arrow(self, x1, y1, x2, y2, color=BLUE, width=3):
        self.d.line((x1, y1, x2, y2), fill=color, width=width)
        import math
        a = math.atan2(y2 - y1, x2 - x1)
        s = 12
        p1 = (x2 - s * math.cos(a - 0.4), y2 - s * math.sin(a - 0.4))
        p2 = (x2 - s * math.cos(a + 0.4), y2 - s * math.sin(a + 0.4))
        self.d.polygon([(x2, y2), p1, p2], fill=color)

    def text(self, x, y, text, size=18, color=INK, anchor="mm"):
        self.d.text((x, y), text, fill=color, font=font(size), anchor=anchor)

    def save(self, sample, name):
        path = os.path.join(HERE, sample, "media", name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        self.img.save(path, optimize=True)
        print("wrote", path)


def org_chart(sample, name, title, top, second, units, functions, note=None):
    """A tree: governance on top, management below, business units and functions."""
    c = Canvas(1200, 620, title)
    c.box(450, 60, 300, 50, top[0], fill=BLUE, color="white")
    c.box(120, 62, 240, 46, top[1], fill=GREY)
    c.arrow(450, 85, 360, 85)
    c.box(840, 62, 260, 46, top[2], fill=GREY)
    c.arrow(600, 170, 840, 100)
    c.arrow(600, 110, 600, 145)
    c.box(450, 145, 300, 50, second, fill=BLUE, color="white")
    c.arrow(600, 195, 600, 230)
    c.d.line((150, 230, 1050, 230), fill=BLUE, width=3)
    c.text(330, 258, "业务单元", 20, ORANGE)
    c.text(870, 258, "职能与支持部门", 20, ORANGE)
    n = len(units)
    for i, u in enumerate(units):
        x = 60 + i * (520 // n)
        c.arrow(x + 230 // n + 20, 230, x + 230 // n + 20, 280)
        c.box(x, 280, 520 // n - 14, 140, u, fill=GREEN, size=19)
    cols = 3
    for i, f in enumerate(functions):
        r, k = divmod(i, cols)
        x = 620 + k * 180
        c.box(x, 280 + r * 84, 168, 70, f, fill=LIGHT, size=17)
    if note:
        c.text(600, 590, note, 17, GREY if False else "#555555")
    c.save(sample, name)


def culture(sample, name, title, core, rings, base):
    c = Canvas(1200, 640, title)
    cx, cy = 600, 330
    c.d.ellipse((cx - 310, cy - 240, cx + 310, cy + 240), fill=LIGHT, outline=BLUE, width=3)
    c.d.ellipse((cx - 150, cy - 130, cx + 150, cy + 130), fill="white", outline=BLUE, width=3)
    c.box(cx - 110, cy - 60, 220, 120, core, fill=BLUE, color="white", size=22)
    pos = [(cx, cy - 185), (cx + 205, cy), (cx, cy + 185), (cx - 205, cy)]
    for (x, y), t in zip(pos, rings):
        c.box(x - 230, y - 30, 460, 60, t, fill=None, outline=None, size=19, color=BLUE)
    left, right = base
    for i, t in enumerate(left):
        c.box(30, 90 + i * 130, 250, 100, t, fill=GREEN, size=18)
        c.arrow(280, 140 + i * 130, cx - 312, cy - 40 + i * 20)
    for i, t in enumerate(right):
        c.box(920, 90 + i * 130, 250, 100, t, fill=GREY, size=18)
        c.arrow(920, 140 + i * 130, cx + 312, cy - 40 + i * 20)
    c.save(sample, name)


def cycle(sample, name, title, steps, center, side=None):
    """Steps around a loop with arrows, the center names the mechanism."""
    import math
    c = Canvas(1200, 660, title)
    cx, cy, rx, ry = (600, 350, 380, 230) if not side else (470, 350, 330, 230)
    n = len(steps)
    pts = []
    for i in range(n):
        a = -math.pi / 2 + 2 * math.pi * i / n
        pts.append((cx + rx * math.cos(a), cy + ry * math.sin(a)))
    for (x, y), t in zip(pts, steps):
        c.box(x - 125, y - 48, 250, 96, t, fill=LIGHT, size=17)

    def edge(ux, uy):  # distance from a box's centre to its border along (ux, uy), plus a gap
        return min(125 / abs(ux) if ux else 1e9, 48 / abs(uy) if uy else 1e9) + 6

    for i, (x, y) in enumerate(pts):
        x2, y2 = pts[(i + 1) % n]
        L = math.hypot(x2 - x, y2 - y)
        ux, uy = (x2 - x) / L, (y2 - y) / L
        d = edge(ux, uy)
        c.arrow(x + ux * d, y + uy * d, x2 - ux * d, y2 - uy * d)
    c.box(cx - 140, cy - 55, 280, 110, center, fill=BLUE, color="white", size=21)
    if side:
        for i, t in enumerate(side):
            c.box(930, 110 + i * 150, 250, 120, t, fill=GREEN, size=17)
    c.save(sample, name)


def flow(sample, name, title, inputs, stages, outputs, supports, top=None):
    """Value chain: inputs → stages → outputs, with support processes below."""
    c = Canvas(1200, 600, title)
    if top:
        c.box(60, 60, 1080, 56, top, fill=BLUE, color="white", size=20)
    c.box(20, 170, 150, 200, inputs, fill=GREY, size=18)
    n = len(stages)
    w = (860 - 20 * (n - 1)) // n
    for i, s in enumerate(stages):
        x = 200 + i * (w + 20)
        c.box(x, 170, w, 200, s, fill=LIGHT, size=18)
        if i < n - 1:
            c.arrow(x + w, 270, x + w + 20, 270)
    c.arrow(170, 270, 200, 270)
    c.arrow(1060, 270, 1060 + 20, 270)
    c.box(1030 + 50, 170, 110, 200, outputs, fill=GREY, size=18)
    m = len(supports)
    sw = (1140 - 14 * (m - 1)) // m
    c.text(712, 400, "支持过程", 20, ORANGE)
    for i, s in enumerate(supports):
        c.box(30 + i * (sw + 14), 425, sw, 110, s, fill=GREEN, size=17)
        c.arrow(30 + i * (sw + 14) + sw // 2, 425, 30 + i * (sw + 14) + sw // 2, 375, color=GREEN)
    c.save(sample, name)


def layers(sample, name, title, rows):
    """Stacked layers, each with a label and items."""
    c = Canvas(1200, 120 + 110 * len(rows), title)
    for i, (label, items) in enumerate(rows):
        y = 70 + i * 110
        c.box(30, y, 180, 90, label, fill=BLUE, color="white", size=20)
        n = len(items)
        w = (940 - 12 * (n - 1)) // n
        for k, t in enumerate(items):
            c.box(230 + k * (w + 12), y, w, 90, t, fill=LIGHT if i % 2 == 0 else GREEN, size=17)
    c.save(sample, name)


def shenzhen():
    s = "shenzhen-economic-sample"
    org_chart(s, "fig-org.png", "衡准精密组织结构图",
              ["股东大会", "监事会", "战略·审计·薪酬与考核委员会"],
              "董事会 · 总经理办公会",
              ["消费电子\n精密件\n事业部", "新能源\n精密件\n事业部", "医疗与工业\n精密件\n事业部"],
              ["战略与运营\n管理部", "质量管理部\n（首席质量官）", "研究院", "人力资源部",
               "财务部", "供应链管理部", "信息与\n数字化部", "审计与风控部", "安全环保部"],
              note="宝安总部基地 · 光明新能源精密件基地")
    culture(s, "fig-culture.png", "衡准文化体系",
            "以准为本\n以衡致远",
            ["使命：以精密制造成就客户产品的卓越品质", "价值观\n协同·进取", "愿景：成为全球信赖的精密部件首选伙伴", "价值观\n精准·诚信"],
            (["内化于心\n文化课堂 · 师带徒", "固化于制\n《衡准行为准则》", "外化于形\n品牌识别 · 开放日"],
             ["实化于行\n文化积分 · 标兵评选", "评价\n年度文化认同度调查", "改进\n三年一次文化审视"]))
    cycle(s, "fig-strategy.png", "战略管理闭环（五步法）",
          ["① 环境扫描\nPEST · 五力 · 顾客之声", "② 战略分析\nSWOT · 关键成功要素", "③ 战略选择\n五年规划 · 战略地图",
           "④ 目标分解\n平衡计分卡 · 年度经营计划", "⑤ 监控调整\n月度经营分析 · 季度战略回顾"],
          "战略委员会\n战略与运营管理部",
          ["输入\n顾客需求 · 技术路线\n政策与行业数据", "输出\n战略目标 · KPI\n重点项目清单", "评价\n年度战略评审与对标"])
    flow(s, "fig-operations.png", "衡准精益运营体系（价值创造过程）",
         "顾客需求\n与订单",
         ["市场与\n需求管理", "同步开发\nAPQP · DFM", "精密模具\n与工艺", "精密加工\n与表面处理", "检测与\n交付服务"],
         "满意的\n顾客",
         ["战略与计划", "人力资源与培训", "供应链与采购", "设备与数字化（MES）", "质量与体系"],
         top="以顾客为关注焦点 · 一次做对 · 准时交付 · 持续改进（PDCA）")
    layers(s, "fig-innovation.png", "“一院三中心”创新体系",
           [("创新决策", ["技术委员会（总经理任主任）", "年度技术路线图", "创新项目评审会"]),
            ("创新平台", ["研究院：材料与工艺中心", "精密模具中心", "检测与仿真中心", "产学研联合实验室"]),
            ("创新活动", ["新产品同步开发", "工艺攻关项目", "QC小组 · 精益改善", "员工提案"]),
            ("保障机制", ["研发投入不低于营收6%", "创新积分与项目奖励", "宽容失败条款", "知识产权管理"])])


def beijing():
    s = "beijing-service-sample"
    org_chart(s, "fig-org.png", "安澜数智组织结构图",
              ["股东大会", "监事会", "战略·审计·薪酬与提名委员会"],
              "董事会 · 总裁办公会",
              ["政务与\n公共服务\n事业部", "金融\n事业部", "医疗与\n教育\n事业部"],
              ["战略发展部", "质量与服务\n管理部", "运营中心\n（7×24服务台）", "研发中心", "人力资源部",
               "财务部", "信息与安全部", "风控与法务部", "采购与伙伴\n管理部"],
              note="海淀总部 · 亦庄运营中心 · 天津、石家庄服务分部")
    flow(s, "fig-process.png", "安澜数智服务价值链与关键过程",
         "顾客需求\n与服务\n请求",
         ["市场与\n方案设计", "服务\n导入与交付", "7×24运维\n与事件管理", "持续优化\n与增值服务", "服务评价\n与续约"],
         "满意\n忠诚的\n顾客",
         ["战略与绩效管理", "人才与知识管理", "伙伴与采购管理", "平台与信息安全", "财务与风险管理"],
         top="安心服务 · 澜起创新：可用、及时、一次解决、持续改进（ITIL + PDCA）")
    cycle(s, "fig-strategy.png", "战略管理过程",
          ["① 环境扫描\n京津冀政策 · 顾客之声", "② 战略研讨\nSWOT · 关键成功因素", "③ 战略目标\n五年规划 · 战略地图",
           "④ 计划部署\n年度计划 · 绩效合约", "⑤ 监测调控\n月度经营会 · 季度复盘"],
          "战略委员会\n战略发展部",
          ["输入\n政策 · 市场 · 技术\n竞争对手与标杆数据", "输出\n战略目标与KPI\n重点项目清单", "评价\n年度战略评审\n与标杆对比"])
    layers(s, "fig-measure.png", "绩效测量、分析与改进体系",
           [("公司层", ["战略KPI 32项", "经营驾驶舱（日更新）", "月度经营分析会", "年度管理评审"]),
            ("事业部层", ["顾客与财务指标", "SLA与服务质量", "周例会与红黄绿灯", "季度对标"]),
            ("团队层", ["工单与事件指标", "服务看板", "每日站会", "改进提案"]),
            ("改进方式", ["PDCA项目", "QC小组 · 精益", "六西格玛", "创新孵化"])])


if __name__ == "__main__":
    shenzhen()
    beijing()
