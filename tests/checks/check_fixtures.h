#pragma once
// Helpers for the check tests: reports built in code, findings run for one check.
#include <string>
#include <utility>
#include <vector>

#include "checks/engine.h"
#include "model/report.h"
#include "standards/library.h"

namespace zp::checks::testing {

using namespace zp::model;

inline const standards::Standard& standard(const std::string& id) { return standards::Library::instance().get(id); }

inline Paragraph para(const std::string& text) { return Paragraph{{Run{text, false, false}}}; }

/// n Han characters (n 字).
inline std::string han(int n, const std::string& ch = "质") {
  std::string s;
  for (int i = 0; i < n; ++i) s += ch;
  return s;
}

inline Report report_for(const std::string& standard_id) {
  Report r;
  r.standard_id = standard_id;
  return r;
}

inline void write(Report& r, const std::string& clause, const std::string& text) {
  r.ensure_section(clause).blocks.push_back(para(text));
}

/// An indicator with yearly values given as text ("12.5", "—").
inline Indicator indicator(const std::string& name, Direction d,
                           const std::vector<std::pair<int, std::string>>& values) {
  Indicator ind;
  ind.name = name;
  ind.direction = d;
  for (const auto& [y, v] : values) ind.values[y] = Value::parse(v);
  return ind;
}

inline ComparisonSeries benchmark_series(const std::vector<std::pair<int, std::string>>& values) {
  ComparisonSeries c;
  c.kind = ComparisonKind::Benchmark;
  c.label = "标杆";
  for (const auto& [y, v] : values) c.by_year[y] = Value::parse(v);
  return c;
}

inline IndicatorTable table(std::vector<Indicator> inds, std::vector<int> years = {2021, 2022, 2023}) {
  IndicatorTable t;
  t.caption = "主要指标";
  t.years = std::move(years);
  t.indicators = std::move(inds);
  return t;
}

/// The findings of one check.
inline std::vector<Finding> run_one(const Report& r, const std::string& code, CheckOptions o = {}) {
  o.only = {code};
  o.spelling = code == "spell.unknown";
  return run_checks(r, standard(r.standard_id), o);
}

/// "clause|indicator" of each finding, for exact comparisons.
inline std::vector<std::string> where(const std::vector<Finding>& fs) {
  std::vector<std::string> out;
  for (const auto& f : fs) out.push_back(f.clause + (f.indicator.empty() ? "" : "|" + f.indicator));
  return out;
}

}  // namespace zp::checks::testing
