#include "scoring/scale.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::scoring {

using standards::Band;
using standards::Clause;
using standards::Guide;
using standards::Standard;

namespace {

int effective_step(const Guide& g) { return g.step > 0 ? g.step : 1; }

/// The values one guide allows: every step inside one of its bands.
std::set<long> guide_values(const Guide& g) {
  std::set<long> out;
  const int step = effective_step(g);
  for (const Band& b : g.bands) {
    long first = static_cast<long>(std::ceil(b.min / step - 1e-9)) * step;
    for (long v = first; v <= b.max + 1e-9; v += step) out.insert(v);
  }
  return out;
}

bool is_descendant(const Clause& d, const Clause& c) {
  return d.id.size() > c.id.size() && d.id.compare(0, c.id.size(), c.id) == 0 && d.id[c.id.size()] == '.';
}

std::string unit_list(const Standard& st) {
  std::string out;
  for (const Clause* u : st.scoring_units()) {
    if (!out.empty()) out += ", ";
    out += u->id;
  }
  return out;
}

}  // namespace

bool Scale::accepts(double percent) const {
  if (!std::isfinite(percent)) return false;
  if (guides.empty()) return percent >= 0 && percent <= 100 && std::fabs(percent - std::round(percent)) < 1e-9;
  for (const Guide* g : guides)
    if (!g->accepts(percent)) return false;
  return true;
}

std::vector<double> Scale::allowed_values() const {
  std::vector<double> out;
  if (guides.empty()) {
    for (int v = 0; v <= 100; ++v) out.push_back(v);
    return out;
  }
  std::set<long> common = guide_values(*guides.front());
  for (size_t i = 1; i < guides.size(); ++i) {
    std::set<long> other = guide_values(*guides[i]), both;
    std::set_intersection(common.begin(), common.end(), other.begin(), other.end(), std::inserter(both, both.end()));
    common = std::move(both);
  }
  for (long v : common) out.push_back(static_cast<double>(v));
  return out;
}

std::string Scale::describe() const {
  std::vector<double> values = allowed_values();
  if (values.empty()) return ZP_("no value (the guide has no bands)");
  std::ostringstream os;
  if (values.size() <= 25) {
    for (size_t i = 0; i < values.size(); ++i) os << (i ? ", " : "") << percent_text(values[i]);
    return os.str();
  }
  // Long scales: runs of evenly spaced values.
  size_t i = 0;
  bool first = true;
  while (i < values.size()) {
    size_t j = i + 1;
    double gap = j < values.size() ? values[j] - values[i] : 0;
    while (j + 1 < values.size() && std::fabs(values[j + 1] - values[j] - gap) < 1e-9) ++j;
    if (!first) os << "; ";
    first = false;
    if (j >= values.size() || j - i < 2) {
      os << percent_text(values[i]);
      ++i;
      continue;
    }
    if (std::fabs(gap - 1) < 1e-9)
      os << format(ZP_("any whole number from {0} to {1}"), percent_text(values[i]), percent_text(values[j]));
    else
      os << format(ZP_("{0} to {1} in steps of {2}"), percent_text(values[i]), percent_text(values[j]), percent_text(gap));
    i = j + 1;
  }
  return os.str();
}

std::vector<const Band*> Scale::bands_for(double percent) const {
  std::vector<const Band*> out;
  for (const Guide* g : guides) out.push_back(g->band_for(percent));
  return out;
}

Scale scale_for(const Standard& st, const Clause& unit) {
  Scale s;
  if (const Guide* g = st.guide_for(unit)) {
    s.guides.push_back(g);
    return s;
  }
  // Judged on its parts together (Wuhan unit awards: the category's process and results).
  for (const Clause& d : st.clauses) {
    if (!is_descendant(d, unit)) continue;
    const Guide* g = st.guide_for(d);
    if (g && std::find(s.guides.begin(), s.guides.end(), g) == s.guides.end()) s.guides.push_back(g);
  }
  return s;
}

bool is_scoring_unit(const Standard& st, const std::string& clause_id) {
  for (const Clause* u : st.scoring_units())
    if (u->id == clause_id) return true;
  return false;
}

const Clause& scoring_unit(const Standard& st, const std::string& clause_id, const std::string& file) {
  const Clause* c = st.clause(clause_id);
  if (!c)
    throw Error(ErrorCode::NotFound, file,
                format(ZP_("{0} has no clause '{1}'; the scoring units are {2}"), st.short_name, clause_id,
                       unit_list(st)));
  if (!is_scoring_unit(st, clause_id))
    throw Error(ErrorCode::Invalid, file,
                format(ZP_("clause {0} {1} is not a scoring unit of {2}; score one of {3}"), c->id, c->title,
                       st.short_name, unit_list(st)));
  return *c;
}

void validate_percent(const Standard& st, const Clause& unit, double percent, const std::string& file) {
  Scale s = scale_for(st, unit);
  if (s.accepts(percent)) return;
  std::string guide_names;
  for (const Guide* g : s.guides) {
    if (!guide_names.empty()) guide_names += ZP_(" and ");
    guide_names += g->name;
  }
  throw Error(ErrorCode::Invalid, file,
              format(ZP_("{0}% is not on the scale of {1} {2} ({3}); the allowed percentages are {4}"),
                     std::isfinite(percent) ? percent_text(percent) : std::string("?"), unit.id, unit.title,
                     guide_names.empty() ? std::string(ZP_("no guide")) : guide_names, s.describe()));
}

std::string percent_text(double percent) {
  double r = std::round(percent * 100) / 100;
  std::ostringstream os;
  os.precision(12);
  os << r;
  return os.str();
}

}  // namespace zp::scoring
