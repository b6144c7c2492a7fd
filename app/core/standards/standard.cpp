#include "standards/standard.h"

#include <cmath>

namespace zp::standards {

const Band* Guide::band_for(double percent) const {
  for (const Band& b : bands)
    if (b.contains(percent)) return &b;
  return nullptr;
}

bool Guide::accepts(double percent) const {
  if (!band_for(percent)) return false;
  if (step <= 1) return std::fabs(percent - std::round(percent)) < 1e-9 || step <= 0;
  double q = percent / step;
  return std::fabs(q - std::round(q)) < 1e-9;
}

const Clause* Standard::clause(const std::string& id) const {
  auto it = index_.find(id);
  return it == index_.end() ? nullptr : &clauses[it->second];
}

const Guide* Standard::guide(const std::string& gid) const {
  for (const Guide& g : guides)
    if (g.id == gid) return &g;
  return nullptr;
}

const Guide* Standard::guide_for(const Clause& c) const {
  if (c.local_guide) return &*c.local_guide;
  if (!c.guide_id.empty()) return guide(c.guide_id);
  return nullptr;
}

std::optional<long> Standard::report_limit() const { return clause_limit("report"); }

std::optional<long> Standard::clause_limit(const std::string& scope) const {
  for (const Limit& l : limits)
    if (l.scope == scope) return l.max;
  return std::nullopt;
}

std::vector<const Clause*> Standard::writable_clauses() const {
  std::vector<const Clause*> out;
  for (const Clause& c : clauses)
    if (c.writable) out.push_back(&c);
  return out;
}

std::vector<const Clause*> Standard::scoring_units() const {
  std::vector<const Clause*> out;
  for (const Clause& c : clauses) {
    if (!c.points || c.kind == ClauseKind::Profile) continue;
    bool scored_descendant = false;
    for (const Clause& d : clauses) {
      if (&d != &c && d.points && d.id.size() > c.id.size() && d.id.compare(0, c.id.size(), c.id) == 0 &&
          d.id[c.id.size()] == '.') {
        scored_descendant = true;
        break;
      }
    }
    if (!scored_descendant) out.push_back(&c);
  }
  return out;
}

std::vector<const Clause*> Standard::roots() const {
  std::vector<const Clause*> out;
  for (const Clause& c : clauses)
    if (c.parent.empty()) out.push_back(&c);
  return out;
}

int Standard::order_of(const std::string& cid) const {
  auto it = index_.find(cid);
  return it == index_.end() ? -1 : static_cast<int>(it->second);
}

void Standard::reindex() {
  index_.clear();
  for (size_t i = 0; i < clauses.size(); ++i) index_[clauses[i].id] = i;
}

const char* to_string(ClauseKind k) {
  switch (k) {
    case ClauseKind::Profile: return "profile";
    case ClauseKind::Category: return "category";
    case ClauseKind::Process: return "process";
    case ClauseKind::Results: return "results";
    case ClauseKind::Item: return "item";
    case ClauseKind::Guidance: return "guidance";
  }
  return "item";
}

const char* to_string(GuideKind k) {
  switch (k) {
    case GuideKind::Process: return "process";
    case GuideKind::Results: return "results";
    case GuideKind::Indicator: return "indicator";
  }
  return "process";
}

}  // namespace zp::standards
