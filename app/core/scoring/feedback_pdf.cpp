#include "scoring/feedback_pdf.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "io/pdf/chart.h"
#include "io/pdf/display_list.h"
#include "io/pdf/font.h"
#include "io/pdf/layout.h"
#include "io/pdf/pdf_writer.h"
#include "model/report_factory.h"
#include "util/atomic_file.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::scoring {

using model::Block;
using model::List;
using model::ListItem;
using model::Paragraph;
using model::Remark;
using model::Report;
using model::Run;
using model::Table;
using standards::Clause;
using standards::Standard;

namespace {

std::string num(double v) { return percent_text(tidy(v)); }

const char* role_name(model::ReviewerRole r) {
  switch (r) {
    case model::ReviewerRole::Writer: return ZP_("撰写人");
    case model::ReviewerRole::Consultant: return ZP_("顾问");
    case model::ReviewerRole::Lead: return ZP_("评审组长");
    default: return ZP_("内部评审员");
  }
}

Paragraph para(const std::string& text) { return Paragraph{{Run{text}}}; }

/// A bold lead-in followed by plain text.
Paragraph labelled(const std::string& label, const std::string& text) {
  Paragraph p{{Run{label, true}}};
  if (!text.empty()) p.runs.push_back(Run{text});
  return p;
}

List bullets(const std::vector<std::string>& items) {
  List l;
  for (const std::string& t : items) l.items.push_back(ListItem{para(t), 1, "•"});  // under the labels
  return l;
}

/// The text a remark points to, when it points into a paragraph (at most 60 characters).
std::string quoted(const Report& r, const Remark& m, const std::string& unit) {
  if (m.block < 0 || m.begin < 0 || m.end <= m.begin) return {};
  const model::Section* s = r.section(m.clause.empty() ? unit : m.clause);
  if (!s || static_cast<size_t>(m.block) >= s->blocks.size()) return {};
  const auto* p = std::get_if<Paragraph>(&s->blocks[static_cast<size_t>(m.block)]);
  if (!p) return {};
  std::u32string t = io::pdf::to_u32(p->text());
  if (static_cast<size_t>(m.begin) >= t.size()) return {};
  size_t end = std::min(t.size(), static_cast<size_t>(m.end));
  std::u32string part = t.substr(static_cast<size_t>(m.begin), end - static_cast<size_t>(m.begin));
  if (part.size() > 60) part = part.substr(0, 59) + U"…";
  return io::pdf::to_utf8(part);
}

bool holds_unit(const Clause& c, const std::vector<const Clause*>& units) {
  for (const Clause* u : units)
    if (u->id == c.id || (u->id.size() > c.id.size() && u->id.compare(0, c.id.size(), c.id) == 0 && u->id[c.id.size()] == '.'))
      return true;
  return false;
}

std::vector<Block> summary_blocks(const Standard& st, const ScoreSummary& s) {
  std::vector<Block> out;
  out.push_back(labelled(ZP_("总分："), format(ZP_("{0} / {1} 分（{2}%），已评分 {3} / {4} 个评分单元。"), num(s.score),
                                                num(s.total_points), num(s.percent), s.scored_units, s.units.size())));
  bool has_award_levels = std::any_of(st.levels.begin(), st.levels.end(), [](const auto& l) { return !l.hearing; });
  std::string level;
  if (!has_award_levels) level = ZP_("本标准未规定奖项等次的分数线。");
  else if (s.level) level = format(ZP_("{0}（不低于总分的 {1}%）。"), s.level->name, num(s.level->min_percent));
  else level = ZP_("未达到任何奖项等次的分数线。");
  out.push_back(labelled(ZP_("奖项等次："), level));
  if (s.hearing_line)
    out.push_back(labelled(format(ZP_("{0}（综合评分超过总分 {1}%）："), s.hearing_line->name, num(s.hearing_line->min_percent)),
                           *s.hearing ? ZP_("已超过。") : ZP_("未超过。")));
  std::string people;
  for (const model::Reviewer& r : s.reviewers) {
    if (!people.empty()) people += "、";
    people += r.name + "（" + role_name(r.role) + "）";
  }
  out.push_back(labelled(ZP_("评审人："), (people.empty() ? std::string(ZP_("无")) : people) +
                                           ZP_("。每个评分单元的共识得分取评审组长确定的值，未确定时取各评审人的中位数。")));
  std::string spread;
  for (const UnitRow& u : s.units)
    if (u.consensus.spread) spread += (spread.empty() ? "" : "、") + u.id;
  if (!spread.empty())
    out.push_back(labelled(format(ZP_("评审人相差 {0} 分及以上、需讨论的评分单元："), num(kSpreadThreshold)), spread + "。"));

  Table units;
  units.caption = ZP_("各评分单元得分");
  std::vector<std::string> head = {ZP_("条款"), ZP_("名称"), ZP_("分值")};
  for (const model::Reviewer& r : s.reviewers) head.push_back(r.name);
  head.push_back(ZP_("共识"));
  head.push_back(ZP_("得分"));
  units.rows.push_back(head);
  for (const UnitRow& u : s.units) {
    std::vector<std::string> row = {u.id, u.title, num(u.points)};
    for (const model::Reviewer& r : s.reviewers) {
      auto it = u.consensus.by_reviewer.find(r.name);
      row.push_back(it == u.consensus.by_reviewer.end() ? "—" : num(it->second) + "%");
    }
    std::string cons = u.consensus.percent ? num(*u.consensus.percent) + "%" : "—";
    if (u.consensus.agreed) cons += ZP_("（定）");
    if (u.consensus.spread) cons += ZP_("（议）");
    row.push_back(cons);
    row.push_back(u.consensus.percent ? num(u.score) : "—");
    units.rows.push_back(row);
  }
  std::vector<std::string> total = {ZP_("合计"), "", num(s.total_points)};
  for (size_t i = 0; i < s.reviewers.size(); ++i) total.push_back("");
  total.push_back(num(s.percent) + "%");
  total.push_back(num(s.score));
  units.rows.push_back(total);
  out.push_back(units);
  out.push_back(para(ZP_("“（定）”为评审组长确定的共识，“（议）”为评审人相差较大、需讨论的评分单元；“—”为尚未评分，计 0 分。")));

  Table cats;
  cats.caption = ZP_("各类目可得分与得分");
  cats.rows.push_back({ZP_("类目"), ZP_("名称"), ZP_("可得分"), ZP_("得分"), ZP_("得分率")});
  for (const CategoryTotal& c : s.categories)
    cats.rows.push_back({c.id, c.title, num(c.points), num(c.score), c.points > 0 ? num(c.score * 100 / c.points) + "%" : "—"});
  out.push_back(cats);
  if (!s.categories.empty()) out.push_back(model::Figure{kFeedbackChartId, ZP_("各类目可得分与得分")});
  return out;
}

std::vector<Block> unit_blocks(const UnitRow& u) {
  std::vector<Block> out;
  if (!u.consensus.percent) {
    out.push_back(labelled(ZP_("共识得分："), format(ZP_("尚未评分，计 0 分（分值 {0}）。"), num(u.points))));
    return out;
  }
  out.push_back(labelled(ZP_("共识得分："),
                         format(ZP_("{0}%（{1}），得 {2} / {3} 分。"), num(*u.consensus.percent),
                                u.consensus.agreed ? ZP_("评审组长确定") : ZP_("各评审人的中位数"), num(u.score),
                                num(u.points))));
  std::string each;
  for (const auto& [name, pct] : u.consensus.by_reviewer) each += (each.empty() ? "" : "、") + name + " " + num(pct) + "%";
  if (!each.empty()) {
    std::string note = each + "。";
    if (u.consensus.spread) note += format(ZP_("评审人相差 {0} 分，需讨论。"), num(u.consensus.range));
    out.push_back(labelled(ZP_("各评审人："), note));
  }
  for (size_t g = 0; g < u.scale.guides.size(); ++g) {
    const standards::Band* b = g < u.bands.size() ? u.bands[g] : nullptr;
    if (!b) continue;
    std::string head = u.scale.guides[g]->name + " " + b->label + (b->name.empty() ? "" : "（" + b->name + "）");
    out.push_back(labelled(ZP_("评分区间："), head));
    std::vector<std::string> items;
    for (const standards::BandDescriptor& d : b->descriptors) items.push_back(d.factor.empty() ? d.text : d.factor + "：" + d.text);
    if (!items.empty()) out.push_back(bullets(items));
  }
  if (!u.caps.empty()) {
    out.push_back(labelled(ZP_("证据上限（建议，不改变得分）："),
                           u.above_cap ? format(ZP_("共识得分高于建议上限 {0}%。"), num(*u.cap)) : std::string()));
    std::vector<std::string> items;
    for (const CapAdvice& a : u.caps) {
      // In the language of the report (the CLI's advice() follows the user's locale).
      std::string found;
      for (const std::string& m : a.messages) found += (found.empty() ? "" : "；") + m;
      items.push_back(format(ZP_("建议不超过 {0}%：评分指南 {1} 区间的描述为“{2}”；检查发现：{3}"), num(a.max_percent),
                             a.band_label, a.quote, found.empty() ? a.finding : found));
    }
    out.push_back(bullets(items));
  }
  return out;
}

/// The unit's notes, strengths and OFIs from every reviewer.
void remark_blocks(const Report& report, const UnitRow& u, std::vector<Block>& out) {
  std::vector<std::string> notes, strengths, ofis;
  for (const model::UnitScore& sc : report.reviews.scores) {
    if (sc.clause != u.id) continue;
    for (const auto& [factor, text] : sc.factor_notes)
      if (!text.empty()) notes.push_back(factor + "：" + text + "（" + sc.reviewer + "）");
    auto add = [&](const std::vector<Remark>& from, std::vector<std::string>& to) {
      for (const Remark& m : from) {
        std::string q = quoted(report, m, u.id);
        to.push_back(m.text + (q.empty() ? "" : "（见“" + q + "”）") + "（" + sc.reviewer + "）");
      }
    };
    add(sc.strengths, strengths);
    add(sc.opportunities, ofis);
  }
  if (!notes.empty()) {
    out.push_back(labelled(ZP_("评分说明："), ""));
    out.push_back(bullets(notes));
  }
  out.push_back(labelled(ZP_("优势："), strengths.empty() ? ZP_("未填写。") : ""));
  if (!strengths.empty()) out.push_back(bullets(strengths));
  out.push_back(labelled(ZP_("改进机会："), ofis.empty() ? ZP_("未填写。") : ""));
  if (!ofis.empty()) out.push_back(bullets(ofis));
}

// The trend charts' palette and sizes (io/pdf/chart.cpp), so the feedback's chart reads
// like the submission's.
const io::pdf::Color kScoredColor{0.16, 0.38, 0.67};     // the organisation's bars there
const io::pdf::Color kAvailableColor{0.78, 0.84, 0.92};  // the same blue, light
const io::pdf::Color kGrid{0.85, 0.85, 0.85};
const io::pdf::Color kAxis{0.3, 0.3, 0.3};
const io::pdf::Color kLabel{0.2, 0.2, 0.2};
constexpr double kLabelSize = 8;

double text_width(const io::pdf::Font& font, const std::string& s, double size) {
  double w = 0;
  for (char32_t cp : io::pdf::to_u32(s)) w += font.advance(cp) * size;
  return w;
}

/// A label drawn as glyph shapes (so the PDF's text is the report's text), aligned on x:
/// -1 left, 0 centre, 1 right.
void label(std::vector<io::pdf::Op>& out, const io::pdf::Font& font, const std::string& s, double x, double y,
           double size, int align, io::pdf::Color c = kLabel) {
  io::pdf::TextOp t;
  t.text = s;
  t.size = size;
  const double w = text_width(font, s, size);
  t.x = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
  t.y = y;
  t.color = c;
  t.outline = true;
  out.push_back(std::move(t));
}

/// s cut with an ellipsis to fit width.
std::string fitted(const io::pdf::Font& font, const std::string& s, double size, double width) {
  if (text_width(font, s, size) <= width) return s;
  std::u32string t = io::pdf::to_u32(s);
  while (!t.empty() && text_width(font, io::pdf::to_utf8(t + U"…"), size) > width) t.pop_back();
  return t.empty() ? std::string() : io::pdf::to_utf8(t + U"…");
}

/// Points available against points scored per category: a pair of bars per category
/// (light: available, dark: scored) with their values above them, a value axis in points
/// with nice ticks and grid lines, the categories' numbers and names below, and a legend.
void draw_category_chart(const std::vector<CategoryTotal>& cats, const io::pdf::Font& font, double x, double y,
                         double w, double h, std::vector<io::pdf::Op>& out) {
  using namespace io::pdf;
  double hi = 0;
  for (const CategoryTotal& c : cats) hi = std::max({hi, c.points, c.score});
  const Axis axis = nice_axis(0, hi > 0 ? hi : 1, true, 5);

  // Plot area: room on the left for the tick labels, above for the unit, below for two
  // lines of category labels and the legend.
  double tick_w = 0;
  for (double t : axis.ticks) tick_w = std::max(tick_w, text_width(font, tick_label(t, axis.step), kLabelSize));
  const double top = y + h;
  const double px = x + tick_w + 8, pw = w - (tick_w + 8) - 6;
  const double ptop = top - 22, pbottom = y + 44;
  const double ph = ptop - pbottom;
  auto yof = [&](double v) { return pbottom + (v - axis.min) / (axis.max - axis.min) * ph; };
  const double slot = cats.empty() ? pw : pw / static_cast<double>(cats.size());
  auto xof = [&](size_t i) { return px + slot * (static_cast<double>(i) + 0.5); };

  for (double t : axis.ticks) {
    out.push_back(LineOp{px, yof(t), px + pw, yof(t), 0.4, kGrid, false});
    label(out, font, tick_label(t, axis.step), px - 4, yof(t) - kLabelSize * 0.35, kLabelSize, 1);
  }
  label(out, font, ZP_("单位：分"), px - tick_w - 8, ptop + 11, kLabelSize, -1);
  out.push_back(LineOp{px, pbottom, px + pw, pbottom, 0.8, kAxis, false});
  out.push_back(LineOp{px, pbottom, px, ptop, 0.8, kAxis, false});

  const double bw = std::min(slot * 0.3, 26.0);
  for (size_t i = 0; i < cats.size(); ++i) {
    const CategoryTotal& c = cats[i];
    const double cx = xof(i);
    out.push_back(LineOp{cx, pbottom, cx, pbottom - 3, 0.6, kAxis, false});
    out.push_back(RectOp{cx - bw - 1, pbottom, bw, yof(c.points) - pbottom, kAvailableColor, std::nullopt, 0});
    label(out, font, num(c.points), cx - 1 - bw / 2, yof(c.points) + 2.5, 6.5, 0, kAxis);
    if (c.score > 0) out.push_back(RectOp{cx + 1, pbottom, bw, yof(c.score) - pbottom, kScoredColor, std::nullopt, 0});
    label(out, font, num(c.score), cx + 1 + bw / 2, yof(c.score) + 2.5, 6.5, 0, kScoredColor);
    label(out, font, c.id, cx, pbottom - 12, kLabelSize, 0);
    label(out, font, fitted(font, c.title, kLabelSize, slot - 4), cx, pbottom - 23, kLabelSize, 0);
  }

  // Legend, centred at the bottom, as the trend charts have it.
  const std::pair<std::string, Color> legend[] = {{ZP_("可得分"), kAvailableColor}, {ZP_("得分"), kScoredColor}};
  double total = 0;
  for (const auto& [name, colour] : legend) total += 18 + text_width(font, name, kLabelSize) + 12;
  double lx = x + (w - total + 12) / 2;
  const double ly = y + 6;
  for (const auto& [name, colour] : legend) {
    out.push_back(RectOp{lx, ly - 1, 14, 7, colour, std::nullopt, 0});
    label(out, font, name, lx + 18, ly, kLabelSize, -1);
    lx += 18 + text_width(font, name, kLabelSize) + 12;
  }
}

}  // namespace

FeedbackDocument feedback_document(const Report& report, const Standard& st, const ScoreSummary& summary) {
  FeedbackDocument d;
  Standard& fb = d.standard;
  fb.id = st.id;
  fb.name = st.name;
  fb.short_name = st.short_name;
  fb.award = st.award;
  fb.class_name = st.class_name;
  fb.year = st.year;
  fb.total_points = st.total_points;
  fb.levels = st.levels;
  fb.guides = st.guides;
  fb.origin = st.origin;
  Clause head;
  head.id = "0";  // clause_heading() prints the title alone for "0"
  head.kind = standards::ClauseKind::Profile;
  head.title = ZP_("评分汇总");
  head.writable = true;
  fb.clauses.push_back(head);
  const std::vector<const Clause*> units = st.scoring_units();
  std::set<std::string> kept;
  for (const Clause& c : st.clauses) {
    if (c.kind == standards::ClauseKind::Profile || !holds_unit(c, units)) continue;
    Clause k = c;
    k.children.clear();
    k.local_guide.reset();
    if (k.kind == standards::ClauseKind::Guidance) k.kind = standards::ClauseKind::Item;
    if (!kept.count(k.parent)) k.parent.clear();
    kept.insert(k.id);
    fb.clauses.push_back(std::move(k));
  }
  for (Clause& c : fb.clauses)
    if (!c.parent.empty())
      for (Clause& p : fb.clauses)
        if (p.id == c.parent) p.children.push_back(c.id);
  fb.reindex();

  Report& r = d.report;
  r.standard_id = st.id;
  r.organisation = report.organisation;
  r.title = ZP_("内部预评分反馈报告");
  r.meta = report.meta;
  r.sections.push_back(model::Section{"0", summary_blocks(st, summary), ""});
  for (const UnitRow& u : summary.units) {
    model::Section s{u.id, unit_blocks(u), ""};
    if (u.consensus.percent || !u.consensus.by_reviewer.empty()) remark_blocks(report, u, s.blocks);
    r.sections.push_back(std::move(s));
  }
  return d;
}

io::pdf::VectorFigure category_chart(const ScoreSummary& summary, const io::pdf::Font& font) {
  io::pdf::VectorFigure f;
  f.width = 0.9;
  f.aspect = 0.56;
  f.draw = [cats = summary.categories, &font](double x, double y, double w, double h, std::vector<io::pdf::Op>& ops) {
    draw_category_chart(cats, font, x, y, w, h, ops);
  };
  return f;
}

FeedbackResult export_feedback_pdf(const Report& report, const Standard& st, const ScoreSummary& summary,
                                   const std::filesystem::path& out, const FeedbackOptions& options) {
  FeedbackDocument d = feedback_document(report, st, summary);
  io::pdf::Font font(io::pdf::locate_font());
  io::pdf::LayoutOptions lo;
  lo.date = options.date.empty() ? model::now_iso8601().substr(0, 10) : options.date;
  FeedbackResult result;
  lo.vector_figures[kFeedbackChartId] = category_chart(summary, font);
  io::pdf::Document doc = io::pdf::typeset(d.report, d.standard, font, lo, result.warnings);
  io::pdf::DocumentInfo info;
  info.title = d.report.title + (report.organisation.empty() ? "" : " — " + report.organisation);
  info.author = report.organisation;
  info.subject = st.name;
  info.creator = std::string("Zhuoping ") + ZP_VERSION;
  info.deterministic = options.deterministic;
  std::string bytes = io::pdf::write_pdf(doc, font, d.report.media, info);
  write_file_atomically(out, bytes);
  result.pages = static_cast<int>(doc.pages.size());
  return result;
}

}  // namespace zp::scoring
