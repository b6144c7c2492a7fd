#include "checks/indicator_series.h"

namespace zp::checks {

using namespace zp::model;

std::vector<const Indicator*> section_indicators(const Section& section) {
  std::vector<const Indicator*> out;
  for (const Block& b : section.blocks)
    if (const auto* t = std::get_if<IndicatorTable>(&b))
      for (const Indicator& ind : t->indicators) out.push_back(&ind);
  return out;
}

int longest_consecutive_years(const Indicator& ind) {
  int best = 0, run = 0, last = 0;
  for (const auto& [year, v] : ind.values) {  // std::map: ascending years
    if (!v.number) {
      run = 0;
      continue;
    }
    run = (run > 0 && year == last + 1) ? run + 1 : 1;
    last = year;
    if (run > best) best = run;
  }
  return best;
}

bool has_comparison(const Indicator& ind) {
  for (const ComparisonSeries& c : ind.comparisons) {
    if (c.single && c.single->number) return true;
    for (const auto& [y, v] : c.by_year)
      if (v.number) return true;
  }
  return false;
}

std::optional<LatestChange> latest_change(const Indicator& ind) {
  std::optional<LatestChange> out;
  const Value* prev = nullptr;
  int prev_year = 0;
  for (const auto& [year, v] : ind.values) {
    if (!v.number) continue;
    if (prev) out = LatestChange{prev_year, *prev->number, year, *v.number};
    prev = &v;
    prev_year = year;
  }
  return out;
}

bool is_adverse(const Indicator& ind, const LatestChange& c) {
  switch (ind.direction) {
    case Direction::HigherIsBetter:
      return c.value < c.previous;
    case Direction::LowerIsBetter:
      return c.value > c.previous;
    default:
      return false;
  }
}

}  // namespace zp::checks
