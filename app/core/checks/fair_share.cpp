#include "checks/fair_share.h"

#include <cmath>

namespace zp::checks {

using standards::Clause;
using standards::Standard;

namespace {

bool is_descendant(const std::string& id, const std::string& ancestor) {
  return id.size() > ancestor.size() && id.compare(0, ancestor.size(), ancestor) == 0 && id[ancestor.size()] == '.';
}

int written_under(const Standard& st, const std::string& ancestor) {
  int n = 0;
  for (const Clause& d : st.clauses)
    if (d.writable && (d.id == ancestor || is_descendant(d.id, ancestor))) ++n;
  return n;
}

}  // namespace

std::optional<double> clause_points(const Standard& st, const Clause& c) {
  if (c.points) return c.points;
  for (const Clause* a = st.clause(c.parent); a; a = st.clause(a->parent)) {
    if (!a->points) continue;
    // The ancestor's points are split only when none of its written clauses has points of
    // its own (points given per category only).
    for (const Clause& d : st.clauses)
      if (d.writable && d.points && is_descendant(d.id, a->id)) return std::nullopt;
    int n = written_under(st, a->id);
    return n > 0 ? std::optional<double>(*a->points / n) : std::nullopt;
  }
  return std::nullopt;
}

ThinThreshold thin_threshold(const Standard& st, const Clause& c, const CheckConfig& config) {
  ThinThreshold t;
  t.min_words = config.thin_fallback_min;
  std::optional<long> fair;
  auto limit = st.report_limit();
  if (auto pts = clause_points(st, c); pts && limit && st.total_points > 0) {
    fair = std::lround(static_cast<double>(*limit) * *pts / st.total_points);
  } else if (!pts) {
    // A clause without points: a clause-scoped limit on it or an ancestor, shared evenly.
    for (const Clause* a = &c; a; a = st.clause(a->parent)) {
      if (auto cl = st.clause_limit(a->id)) {
        int n = written_under(st, a->id);
        if (n > 0) fair = std::lround(static_cast<double>(*cl) / n);
        break;
      }
    }
  }
  if (fair) {
    t.fair_share = fair;
    t.min_words = std::lround(config.thin_ratio * static_cast<double>(*fair));
  }
  return t;
}

}  // namespace zp::checks
