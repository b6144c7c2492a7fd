#include "io/pdf/pdf_export.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "io/pdf/font.h"
#include "io/pdf/layout.h"
#include "io/pdf/pdf_writer.h"
#include "model/report_factory.h"
#include "text/report_count.h"
#include "util/atomic_file.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::pdf {

namespace {

/// Every text of the report that the export prints, with the clause it belongs to.
template <typename F>
void for_each_text(model::Report& r, F&& f) {
  f(std::string(), r.organisation);
  f(std::string(), r.title);
  for (model::Section& s : r.sections) {
    for (model::Block& b : s.blocks) {
      if (auto* p = std::get_if<model::Paragraph>(&b)) {
        for (auto& run : p->runs) f(s.clause_id, run.text);
      } else if (auto* l = std::get_if<model::List>(&b)) {
        for (auto& it : l->items) {
          f(s.clause_id, it.label);
          for (auto& run : it.content.runs) f(s.clause_id, run.text);
        }
      } else if (auto* t = std::get_if<model::Table>(&b)) {
        f(s.clause_id, t->caption);
        for (auto& row : t->rows)
          for (auto& c : row) f(s.clause_id, c);
      } else if (auto* it = std::get_if<model::IndicatorTable>(&b)) {
        f(s.clause_id, it->caption);
        for (auto& ind : it->indicators) {
          f(s.clause_id, ind.name), f(s.clause_id, ind.unit), f(s.clause_id, ind.note);
          for (auto& [y, v] : ind.values) f(s.clause_id, v.text);
          if (ind.target) f(s.clause_id, ind.target->text);
          for (auto& c : ind.comparisons) {
            f(s.clause_id, c.label);
            for (auto& [y, v] : c.by_year) f(s.clause_id, v.text);
            if (c.single) f(s.clause_id, c.single->text);
          }
        }
      } else if (auto* fig = std::get_if<model::Figure>(&b)) {
        f(s.clause_id, fig->caption);
      }
    }
  }
}

std::string code_point_name(char32_t c) {
  char b[16];
  std::snprintf(b, sizeof b, "U+%04X", static_cast<unsigned>(c));
  return b;
}

/// Characters beyond the Basic Multilingual Plane (PoDoFo 0.9.8 cannot draw them), by clause.
std::map<char32_t, std::set<std::string>> beyond_bmp(model::Report& r, bool replace) {
  std::map<char32_t, std::set<std::string>> found;
  for_each_text(r, [&](const std::string& clause, std::string& text) {
    bool any = false;
    for (unsigned char c : text)
      if (c >= 0xf0) any = true;  // a 4-byte UTF-8 sequence starts with 0xF0..0xF7
    if (!any) return;
    std::u32string u = to_u32(text);
    for (char32_t& c : u)
      if (c > 0xffff) {
        found[c].insert(clause.empty() ? std::string(ZP_("cover")) : clause);
        if (replace) c = U'□';
      }
    if (replace) text = to_utf8(u);
  });
  return found;
}

std::string cover_date(const ExportOptions& o) {
  std::string d = o.date;
  if (d.empty()) d = o.deterministic ? "2024-01-01" : model::now_iso8601().substr(0, 10);
  int y = 0, m = 0, day = 0;
  if (d.size() == 10 && std::sscanf(d.c_str(), "%d-%d-%d", &y, &m, &day) == 3)
    return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(day) + "日";
  return d;
}

}  // namespace

std::optional<Refusal> submission_refusal(const model::Report& report, const standards::Standard& standard) {
  const text::ReportCounts rc = text::count_report(report, standard);
  if (rc.limit && rc.total.words > *rc.limit) {
    Refusal r;
    r.count = rc.total.words;
    r.limit = *rc.limit;
    r.scope = "report";
    r.message = format(ZP_("the report has {0} 字, {1} over the limit of {2} 字 set by {3}."), group_digits(r.count),
                       group_digits(r.count - r.limit), group_digits(r.limit), standard.name);
    // What to cut: the clauses furthest over their fair share of the limit (limit × points ÷ total).
    struct Over {
      const standards::Clause* clause;
      long count, share;
    };
    std::vector<Over> over;
    if (standard.total_points > 0) {
      for (const standards::Clause* c : standard.scoring_units()) {
        const long share = static_cast<long>(static_cast<double>(r.limit) * *c->points / standard.total_points);
        const long count = static_cast<long>(rc.subtree(c->id).words);
        if (count > share) over.push_back({c, count, share});
      }
    }
    std::sort(over.begin(), over.end(), [](const Over& a, const Over& b) {
      return a.count - a.share != b.count - b.share ? a.count - a.share > b.count - b.share : a.clause->id < b.clause->id;
    });
    if (over.size() > 5) over.resize(5);
    if (!over.empty()) {
      r.message += "\n";
      r.message += ZP_("Cut first where clauses are furthest over their fair share (limit × points ÷ total points):");
      for (const Over& o : over)
        r.message += "\n  " + format(ZP_("{0} {1}: {2} 字, fair share {3} 字 ({4} over)"), o.clause->id, o.clause->title,
                                    group_digits(o.count), group_digits(o.share), group_digits(o.count - o.share));
    }
    r.message += "\n";
    r.message += ZP_("Shorten the report, or export a draft with --draft.");
    return r;
  }
  for (const standards::Limit& l : standard.limits) {
    if (l.scope == "report" || l.max <= 0) continue;
    const long count = static_cast<long>(rc.subtree(l.scope).words);
    if (count <= l.max) continue;
    const standards::Clause* c = standard.clause(l.scope);
    Refusal r;
    r.count = count;
    r.limit = l.max;
    r.scope = l.scope;
    r.message = format(ZP_("clause {0} {1} has {2} 字, {3} over its limit of {4} 字; shorten it, or export a draft with --draft."),
                       l.scope, c ? c->title : std::string(), group_digits(count), group_digits(count - l.max),
                       group_digits(l.max));
    return r;
  }
  return std::nullopt;
}

ExportResult export_pdf(const model::Report& report, const standards::Standard& standard,
                        const std::filesystem::path& out, const ExportOptions& options) {
  auto progress = [&](double f, const std::string& what) {
    if (options.progress && !options.progress(f, what))
      throw Error(ErrorCode::Invalid, out.string(), ZP_("the PDF export was cancelled"));
  };
  progress(0, ZP_("Checking the length"));
  if (!options.draft) {
    if (auto refusal = submission_refusal(report, standard))
      throw Error(ErrorCode::Invalid, out.string(), refusal->message);
  }
  ExportResult result;
  model::Report copy = report;
  const auto beyond = beyond_bmp(copy, options.draft);
  if (!beyond.empty()) {
    std::string list;
    for (const auto& [c, clauses] : beyond) {
      std::string where;
      for (const auto& id : clauses) where += (where.empty() ? "" : ", ") + id;
      list += format("\n  {0} {1} ({2})", to_utf8(std::u32string(1, c)), code_point_name(c), where);
    }
    if (!options.draft)
      throw Error(ErrorCode::Invalid, out.string(),
                  ZP_("the report holds characters beyond the Basic Multilingual Plane, which the PDF cannot draw; "
                      "replace them (with a common variant or a description) and export again:") + list);
    result.warnings.push_back(
        std::string(ZP_("characters beyond the Basic Multilingual Plane were printed as □ in this draft:")) + list);
  }
  const Font font(locate_font());
  LayoutOptions lo;
  lo.date = cover_date(options);
  lo.draft = options.draft;
  lo.findings = options.findings;
  lo.progress = [&](double f, const std::string& what) {
    return !options.progress || options.progress(f * 0.8, what);
  };
  Document doc = typeset(copy, standard, font, lo, result.warnings);
  progress(0.85, ZP_("Writing the PDF"));
  DocumentInfo info;
  info.title = copy.title.empty() ? std::string("自评报告") : copy.title;
  info.author = !copy.organisation.empty() ? copy.organisation : copy.meta.author;
  info.subject = standard.name;
  info.keywords = standard.award.empty() ? std::string("自评报告") : standard.award + "，自评报告";
  if (options.draft) info.keywords += "，草稿";
  info.creator = std::string("Zhuoping ") + ZP_VERSION;
  info.deterministic = options.deterministic;
  const std::string bytes = write_pdf(doc, font, copy.media, info);
  write_file_atomically(out, bytes);
  result.pages = static_cast<int>(doc.pages.size());
  progress(1, ZP_("Done"));
  return result;
}

}  // namespace zp::io::pdf
