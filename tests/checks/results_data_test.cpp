// The results-data test set: every combination the results rules name, in one results clause,
// with the exact findings of all results checks asserted.
#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

std::vector<std::string> results_findings(const Report& r) {
  CheckOptions o;
  o.spelling = false;
  o.only = {"results.no_data", "results.few_indicators", "results.trend_short", "results.no_comparison",
            "results.adverse_unexplained"};
  std::vector<std::string> out;
  for (const Finding& f : run_checks(r, standard(r.standard_id), o))
    out.push_back(f.code + " " + f.clause + (f.indicator.empty() ? "" : "|" + f.indicator));
  return out;
}

Indicator with_benchmark(Indicator ind) {
  ind.comparisons.push_back(benchmark_series({{2023, "100"}}));
  return ind;
}

TEST(ResultsDataSet, EveryCombinationGivesExactlyItsFindings) {
  using D = Direction;
  Report r = report_for("shenzhen-2019-economic");
  std::vector<Indicator> inds;
  // two years only
  inds.push_back(with_benchmark(indicator("两年指标", D::HigherIsBetter, {{2022, "10"}, {2023, "11"}})));
  // non-consecutive years; the latest (2023) is worse than the year before it with data (2021)
  inds.push_back(with_benchmark(indicator("隔年指标", D::HigherIsBetter, {{2019, "10"}, {2021, "12"}, {2023, "11"}})));
  // five years, improving, compared: nothing to say
  inds.push_back(with_benchmark(
      indicator("五年指标", D::HigherIsBetter, {{2019, "1"}, {2020, "2"}, {2021, "3"}, {2022, "4"}, {2023, "5"}})));
  // a target only: not a comparison
  Indicator target_only = indicator("目标指标", D::HigherIsBetter, {{2021, "1"}, {2022, "2"}, {2023, "3"}});
  target_only.target = Value::parse("4");
  inds.push_back(target_only);
  // comparisons in one column (a single value per series)
  Indicator one_column = indicator("单列对比指标", D::HigherIsBetter, {{2021, "1"}, {2022, "2"}, {2023, "3"}});
  one_column.comparisons.push_back(ComparisonSeries{ComparisonKind::Competitor, "竞争对手A", {}, Value::parse("2.5")});
  one_column.comparisons.push_back(
      ComparisonSeries{ComparisonKind::IndustryAverage, "行业平均", {}, Value::parse("2")});
  inds.push_back(one_column);
  // adverse, explained in the note
  Indicator note_reason = indicator("注释说明指标", D::HigherIsBetter, {{2021, "5"}, {2022, "6"}, {2023, "4"}});
  note_reason.note = "主要是2023年产线搬迁所致。";
  inds.push_back(with_benchmark(note_reason));
  // adverse, explained in a sentence of the clause that names it
  inds.push_back(with_benchmark(indicator("正文说明指标", D::HigherIsBetter, {{2021, "5"}, {2022, "6"}, {2023, "4"}})));
  // adverse, a reason given only in a sentence about something else
  inds.push_back(with_benchmark(indicator("未说明指标", D::HigherIsBetter, {{2021, "5"}, {2022, "6"}, {2023, "4"}})));
  // lower is better: rising is adverse, falling is not
  inds.push_back(
      with_benchmark(indicator("投诉率", D::LowerIsBetter, {{2021, "0.5%"}, {2022, "0.4%"}, {2023, "0.6%"}})));
  inds.push_back(
      with_benchmark(indicator("不良率", D::LowerIsBetter, {{2021, "0.5%"}, {2022, "0.4%"}, {2023, "0.3%"}})));
  // unknown direction: a fall is no finding
  inds.push_back(with_benchmark(indicator("方向未知指标", D::Unknown, {{2021, "5"}, {2022, "6"}, {2023, "4"}})));

  Section& s = r.ensure_section("1.3");
  s.blocks.push_back(
      para("正文说明指标在2023年下降，原因是订单结构调整。未说明指标在2023年下降。另有产量下降，由于检修。"));
  s.blocks.push_back(table(std::move(inds), {2019, 2020, 2021, 2022, 2023}));

  EXPECT_EQ(results_findings(r), (std::vector<std::string>{
                                     "results.trend_short 1.3|两年指标",
                                     "results.trend_short 1.3|隔年指标",
                                     "results.no_comparison 1.3|目标指标",
                                     "results.adverse_unexplained 1.3|隔年指标",
                                     "results.adverse_unexplained 1.3|未说明指标",
                                     "results.adverse_unexplained 1.3|投诉率",
                                 }));
}

TEST(ResultsDataSet, AClauseWithoutDataAndOneWithTooFewIndicators) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.3", "各项结果良好。");
  r.ensure_section("2.3").blocks.push_back(table({with_benchmark(
      indicator("战略目标达成率", Direction::HigherIsBetter, {{2021, "90"}, {2022, "95"}, {2023, "98"}}))}));
  EXPECT_EQ(results_findings(r), (std::vector<std::string>{"results.no_data 1.3", "results.few_indicators 2.3"}));
}

}  // namespace
}  // namespace zp::checks::testing
