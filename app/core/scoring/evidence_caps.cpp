#include "scoring/evidence_caps.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "scoring/scale.h"
#include "util/embedded.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"
#include "util/xml.h"

namespace zp::scoring {

using standards::Band;
using standards::Clause;
using standards::Guide;
using standards::Standard;

namespace {

std::string_view embedded_or_throw(std::string_view name) {
  auto data = embedded::data_file(name);
  if (!data) throw Error(ErrorCode::NotFound, std::string(name), ZP_("is not built into this program; rebuild Zhuoping"));
  return *data;
}

const Band* band_topping_at(const Guide& g, double max_percent) {
  for (const Band& b : g.bands)
    if (std::fabs(b.max - max_percent) < 1e-9) return &b;
  return nullptr;
}

bool holds(const Clause& unit, const std::string& clause_id) {
  return clause_id == unit.id || (clause_id.size() > unit.id.size() && clause_id.compare(0, unit.id.size(), unit.id) == 0 &&
                                  clause_id[unit.id.size()] == '.');
}

}  // namespace

std::vector<CapRule> parse_cap_rules(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  xml::validate(doc.get(), embedded_or_throw("evidence-caps.rng"), "evidence-caps.rng", name);
  std::vector<CapRule> out;
  for (const xmlNode* n : xml::children(xmlDocGetRootElement(doc.get()), "cap")) {
    CapRule r;
    r.standard = xml::attr(n, "standard");
    r.guide = xml::attr(n, "guide");
    r.finding = xml::attr(n, "finding");
    r.max_percent = std::strtod(xml::attr(n, "max-percent").c_str(), nullptr);
    r.factor = xml::attr(n, "factor");
    r.quote = xml::normalize_space(xml::text(n));
    r.line = xml::line(n);
    if (r.max_percent < 0 || r.max_percent > 100)
      throw Error(ErrorCode::Format, name, ZP_("max-percent must lie between 0 and 100"), r.line);
    out.push_back(std::move(r));
  }
  return out;
}

const std::vector<CapRule>& cap_rules() {
  static const std::vector<CapRule> rules = parse_cap_rules(embedded_or_throw("evidence-caps.xml"), "evidence-caps.xml");
  return rules;
}

std::vector<std::string> verify_cap_rule(const CapRule& rule, const Standard& st) {
  std::vector<std::string> problems;
  const Guide* g = st.guide(rule.guide);
  if (!g) {
    problems.push_back(format("line {0}: {1} has no guide '{2}'", rule.line, st.id, rule.guide));
    return problems;
  }
  const Band* b = band_topping_at(*g, rule.max_percent);
  if (!b) {
    problems.push_back(format("line {0}: guide {1} of {2} has no band ending at {3}%", rule.line, rule.guide, st.id,
                              percent_text(rule.max_percent)));
    return problems;
  }
  bool found = std::any_of(b->descriptors.begin(), b->descriptors.end(), [&](const standards::BandDescriptor& d) {
    return xml::normalize_space(d.text) == rule.quote && (rule.factor.empty() || d.factor == rule.factor);
  });
  if (!found)
    problems.push_back(format("line {0}: “{1}” is not a descriptor{2} of band {3} of guide {4} in {5}", rule.line,
                              rule.quote, rule.factor.empty() ? std::string() : " (" + rule.factor + ")", b->label,
                              rule.guide, st.id));
  return problems;
}

std::string CapAdvice::advice() const {
  std::string what = messages.empty() ? finding : messages.front();
  if (messages.size() > 1) what += format(ZP_(" (and {0} more)"), messages.size() - 1);
  return format(ZP_("at most {0}% advised: the guide's band {1} says “{2}”; the checks found: {3}"),
                percent_text(max_percent), band_label, quote, what);
}

std::vector<CapAdvice> evidence_caps(const Standard& st, const std::vector<checks::Finding>& findings,
                                     const std::vector<CapRule>& rules) {
  std::vector<CapAdvice> out;
  std::vector<const Clause*> units = st.scoring_units();
  for (const checks::Finding& f : findings) {
    if (f.clause.empty()) continue;
    for (const CapRule& rule : rules) {
      if (rule.standard != st.id || rule.finding != f.code) continue;
      for (const Clause* unit : units) {
        if (!holds(*unit, f.clause)) continue;
        const Guide* g = st.guide_for(*unit);
        if (!g || g->id != rule.guide) continue;
        auto it = std::find_if(out.begin(), out.end(), [&](const CapAdvice& a) {
          return a.clause == unit->id && a.finding == rule.finding && a.max_percent == rule.max_percent;
        });
        if (it == out.end()) {
          CapAdvice a;
          a.clause = unit->id;
          a.max_percent = rule.max_percent;
          a.finding = rule.finding;
          a.factor = rule.factor;
          a.quote = rule.quote;
          if (const Band* b = band_topping_at(*g, rule.max_percent)) a.band_label = b->label;
          out.push_back(std::move(a));
          it = std::prev(out.end());
        }
        if (!f.indicator.empty() && std::find(it->indicators.begin(), it->indicators.end(), f.indicator) == it->indicators.end())
          it->indicators.push_back(f.indicator);
        if (!f.message.empty()) it->messages.push_back(f.message);
      }
    }
  }
  return out;
}

std::optional<double> lowest_cap(const std::vector<CapAdvice>& advice, const std::string& clause_id) {
  std::optional<double> low;
  for (const CapAdvice& a : advice)
    if (a.clause == clause_id && (!low || a.max_percent < *low)) low = a.max_percent;
  return low;
}

}  // namespace zp::scoring
