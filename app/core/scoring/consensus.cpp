#include "scoring/consensus.h"

#include <algorithm>

namespace zp::scoring {

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  size_t n = values.size();
  if (n % 2 == 1) return values[n / 2];
  return (values[n / 2 - 1] + values[n / 2]) / 2;
}

Consensus consensus_for(const model::Reviews& reviews, const std::string& clause_id) {
  Consensus c;
  for (const model::UnitScore& s : reviews.scores)
    if (s.clause == clause_id) c.by_reviewer[s.reviewer] = s.percent;  // a later entry for a reviewer wins
  std::vector<double> values;
  for (const auto& [name, pct] : c.by_reviewer) values.push_back(pct);
  c.median = median(values);
  if (!values.empty()) {
    auto [lo, hi] = std::minmax_element(values.begin(), values.end());
    c.range = *hi - *lo;
    c.spread = c.range >= kSpreadThreshold - 1e-9;
  }
  if (auto it = reviews.agreed.find(clause_id); it != reviews.agreed.end()) {
    c.percent = it->second;
    c.agreed = true;
  } else {
    c.percent = c.median;
  }
  return c;
}

}  // namespace zp::scoring
