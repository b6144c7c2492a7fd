#include "model/report_template.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "model/report_factory.h"
#include "util/atomic_file.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"
#include "util/xml.h"

namespace zp::model {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kSchemaName = "template.rng";
constexpr std::string_view kDefaultName = "default";

/// The embedded name of a built-in template: templates/<id>.xml is embedded as "<id>.template"
/// (not .xml, which the standards library would take for a standard).
std::string embedded_name(const std::string& standard_id) { return standard_id + ".template"; }


std::string join(const std::vector<std::string>& v, const std::string& sep) {
  std::string out;
  for (const auto& s : v) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

Error template_error(const ReportTemplate& t, long line, const std::string& message) {
  return Error(ErrorCode::Format, t.origin, message, line);
}

}  // namespace

const TemplateClause* ReportTemplate::clause(const std::string& id) const {
  for (const auto& c : clauses)
    if (c.clause_id == id) return &c;
  return nullptr;
}

ReportTemplate parse_template(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  auto schema = embedded::data_file(kSchemaName);
  if (!schema) throw Error(ErrorCode::Io, std::string(kSchemaName), ZP_("the template schema is missing from this build"));
  xml::validate(doc.get(), *schema, std::string(kSchemaName), name);

  const xmlNode* root = xmlDocGetRootElement(doc.get());
  ReportTemplate t;
  t.origin = name;
  t.standard_id = xml::attr(root, "standard");
  t.display_name = xml::normalize_space(xml::text(xml::child(root, "name")));
  if (const xmlNode* d = xml::child(root, "description")) t.description = xml::block_text(d);
  t.title = xml::normalize_space(xml::text(xml::child(root, "title")));
  const xmlNode* org = xml::child(root, "organisation");
  t.organisation_clause = xml::attr(org, "clause");
  t.organisation_caption = xml::attr(org, "caption");
  for (const xmlNode* f : xml::children(org, "field")) t.organisation_fields.push_back(xml::normalize_space(xml::text(f)));
  for (const xmlNode* c : xml::children(xml::child(root, "comparisons"), "comparison"))
    t.comparisons.push_back({*comparison_kind_from_string(xml::attr(c, "kind")), xml::attr(c, "label")});
  for (const xmlNode* c : xml::children(root, "clause")) {
    TemplateClause tc;
    tc.clause_id = xml::attr(c, "id");
    tc.line = xml::line(c);
    tc.prompt = xml::block_text(xml::child(c, "prompt"));
    for (const xmlNode* tab : xml::children(c, "indicators")) {
      TemplateIndicatorTable table;
      table.caption = xml::attr(tab, "caption");
      for (const xmlNode* i : xml::children(tab, "indicator")) {
        TemplateIndicator ind;
        ind.name = xml::normalize_space(xml::attr(i, "name"));
        ind.unit = xml::attr(i, "unit");
        ind.direction = direction_from_string(xml::attr(i, "direction", "unknown")).value_or(Direction::Unknown);
        ind.editorial = xml::attr(i, "basis") == "editorial";
        table.indicators.push_back(std::move(ind));
      }
      tc.tables.push_back(std::move(table));
    }
    t.clauses.push_back(std::move(tc));
  }
  return t;
}

void check_template(const ReportTemplate& t, const standards::Standard& st) {
  if (t.standard_id != st.id)
    throw template_error(t, 0, format(ZP_("is a template for the standard {0}, not {1}; choose a template made for {1}"),
                                      t.standard_id, st.id));
  const standards::Clause* oc = st.clause(t.organisation_clause);
  if (!oc || !oc->writable)
    throw template_error(t, 0, format(ZP_("puts the organisation fields in clause {0}, which the report of {1} does not have; "
                                          "name a clause the applicant writes"),
                                      t.organisation_clause, st.id));
  std::set<std::string> seen;
  for (const TemplateClause& tc : t.clauses) {
    const standards::Clause* c = st.clause(tc.clause_id);
    if (!c || !c->writable)
      throw template_error(t, tc.line, format(ZP_("clause {0} is not a clause the applicant writes in {1}; remove it or correct its id"),
                                              tc.clause_id, st.id));
    if (!seen.insert(tc.clause_id).second)
      throw template_error(t, tc.line, format(ZP_("clause {0} appears twice; keep one entry per clause"), tc.clause_id));
    if (!tc.tables.empty() && c->kind != standards::ClauseKind::Results)
      throw template_error(t, tc.line, format(ZP_("clause {0} is not a results clause, so it cannot suggest indicator tables"),
                                              tc.clause_id));
    std::set<std::string> examples;
    for (const auto& e : c->indicators) examples.insert(e.name);
    for (const TemplateIndicatorTable& table : tc.tables)
      for (const TemplateIndicator& ind : table.indicators) {
        if (!ind.editorial && !examples.count(ind.name))
          throw template_error(t, tc.line, format(ZP_("indicator {0} is not one of the example indicators the standard lists for "
                                                      "clause {1}; use one of them or mark it basis=\"editorial\""),
                                                  ind.name, tc.clause_id));
        if (ind.editorial && !examples.empty())
          throw template_error(t, tc.line, format(ZP_("indicator {0} is editorial, but the standard lists example indicators for "
                                                      "clause {1}; suggest those instead"),
                                                  ind.name, tc.clause_id));
      }
  }
}

ReportTemplate load_template_file(const fs::path& path, const standards::Standard& st) {
  std::string bytes = read_file(path);
  ReportTemplate t = parse_template(bytes, path.string());
  t.name = path.stem().string();
  check_template(t, st);
  return t;
}

ReportTemplate builtin_template(const standards::Standard& st) {
  std::string ename = embedded_name(st.id);
  auto bytes = embedded::data_file(ename);
  if (!bytes)
    throw Error(ErrorCode::NotFound, st.id, ZP_("has no built-in template; create the report without --template or give a template file"));
  ReportTemplate t = parse_template(*bytes, "built-in:templates/" + st.id + ".xml");
  t.name = st.id;
  check_template(t, st);
  return t;
}

std::vector<std::string> template_names(const standards::Standard& st) {
  std::vector<std::string> names;
  if (embedded::data_file(embedded_name(st.id))) {
    names.emplace_back(kDefaultName);
    names.push_back(st.id);
  }
  return names;
}

ReportTemplate find_template(const standards::Standard& st, const std::string& name) {
  std::vector<std::string> names = template_names(st);
  if (std::find(names.begin(), names.end(), name) != names.end()) return builtin_template(st);
  std::error_code ec;
  if (name.find('/') != std::string::npos || fs::path(name).extension() == ".xml") {
    if (fs::is_regular_file(name, ec)) return load_template_file(name, st);
  }
  std::string valid = names.empty() ? std::string(ZP_("none")) : join(names, ", ");
  throw Error(ErrorCode::NotFound, name,
              format(ZP_("is not a template for {0}; valid names: {1}, or the path of a template file"), st.id, valid));
}

std::string section_prompt(const standards::Clause& c, const TemplateClause* tc) {
  std::string out;
  if (tc && !tc->prompt.empty()) {
    out = tc->prompt;
  } else if (c.kind == standards::ClauseKind::Results) {
    out = ZP_("按水平、趋势、对比、整合（Le-T-C-I）报告本条款的关键绩效指标：至少三个连续年度的数据，与行业平均、标杆或竞争对手对比，说明不利趋势的原因和改进措施。");
  } else if (c.kind == standards::ClauseKind::Profile) {
    out = ZP_("概述组织的基本情况、竞争环境和核心竞争力，为后文各条款提供背景。");
  } else {
    out = ZP_("按方法、展开、学习、整合（A-D-L-I）说明本条款：采用什么方法，在哪些部门和层级展开，如何评价和改进，如何与战略和其他过程协调一致。");
  }
  if (!c.points_list.empty()) {
    out += '\n';
    out += ZP_("要点：");
    std::vector<std::string> points;
    for (const auto& p : c.points_list) {
      std::string s = p.display_name();
      if (!p.terms.empty()) s += "（" + join(p.terms, "、") + "）";
      points.push_back(std::move(s));
    }
    out += join(points, "；");
  }
  return out;
}

Report new_report_from_template(const standards::Standard& st, const ReportTemplate& t,
                                const std::string& organisation, const std::string& title) {
  Report r = new_report(st, organisation, title.empty() ? t.title : title);
  for (Section& s : r.sections) {
    const standards::Clause* c = st.clause(s.clause_id);
    if (!c) continue;
    const TemplateClause* tc = t.clause(s.clause_id);
    s.prompt = section_prompt(*c, tc);
    if (s.clause_id == t.organisation_clause) {
      Table table;
      table.caption = t.organisation_caption;
      table.header_rows = 1;
      table.rows.push_back({ZP_("项目"), ZP_("内容")});
      for (const auto& f : t.organisation_fields)
        table.rows.push_back({f, f == t.organisation_fields.front() ? organisation : std::string()});
      s.blocks.emplace_back(std::move(table));
    }
    if (!tc) continue;
    for (const TemplateIndicatorTable& tt : tc->tables) {
      IndicatorTable table;
      table.caption = tt.caption;
      for (const TemplateIndicator& ti : tt.indicators) {
        Indicator ind;
        ind.name = ti.name;
        ind.unit = ti.unit;
        ind.direction = ti.direction;
        for (const TemplateComparison& cmp : t.comparisons) ind.comparisons.push_back({cmp.kind, cmp.label, {}, std::nullopt});
        table.indicators.push_back(std::move(ind));
      }
      s.blocks.emplace_back(std::move(table));
    }
  }
  return r;
}

}  // namespace zp::model
