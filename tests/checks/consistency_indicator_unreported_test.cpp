#include <gtest/gtest.h>

#include "checks/check_fixtures.h"
#include "checks/config.h"
#include "checks/key_measures.h"

namespace zp::checks::testing {
namespace {

std::vector<std::string> names(const std::string& text) {
  std::vector<std::string> out;
  for (const auto& k : key_measures(text, CheckConfig::builtin())) out.push_back(k.name);
  return out;
}

TEST(KeyMeasures, ListsIntroducedOrEndedByAMarker) {
  EXPECT_EQ(names("公司的关键绩效指标包括：营业收入、及时交付率和员工流失率。"),
            (std::vector<std::string>{"营业收入", "及时交付率", "员工流失率"}));
  EXPECT_EQ(names("建立了指标体系，重点监测利润总额、顾客满意度等关键指标。"),
            (std::vector<std::string>{"利润总额", "顾客满意度"}));
  EXPECT_EQ(names("以一次交验合格率等作为KPI，逐级分解。"), (std::vector<std::string>{"一次交验合格率"}));
  EXPECT_EQ(names("关键指标：人均产值（万元）、“研发投入占比”。"),
            (std::vector<std::string>{"人均产值", "研发投入占比"}));
  EXPECT_EQ(names("KPI（人均产值/研发投入占比）按月监控。"), (std::vector<std::string>{"人均产值", "研发投入占比"}));
  EXPECT_TRUE(names("高层领导定期评价关键绩效指标。设定指标，分解目标。").empty());
}

TEST(ConsistencyIndicatorUnreported, FiresForAKeyMeasureNoResultsClauseReports) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "0", "公司成立于2003年。");
  write(r, "2.2", "战略实施以营业收入、利润总额和顾客满意度等作为关键绩效指标，逐级分解。");
  write(r, "2.3", "利润总额稳步增长。");
  r.ensure_section("2.3").blocks.push_back(table({indicator("营业收入", Direction::HigherIsBetter, {{2023, "1"}})}));
  auto fs = run_one(r, "consistency.indicator_unreported");
  ASSERT_EQ(where(fs), std::vector<std::string>{"2.2|顾客满意度"});
  EXPECT_EQ(fs[0].severity, Severity::Info);
  ASSERT_TRUE(fs[0].range);
  EXPECT_EQ(fs[0].range->block, 0);
  EXPECT_EQ(fs[0].range->begin, 15);
  EXPECT_EQ(fs[0].range->end, 20);
}

TEST(ConsistencyIndicatorUnreported, SilentWhenEveryKeyMeasureIsReported) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "2.2", "关键绩效指标：营业收入、利润总额。");
  write(r, "2.3", "利润总额稳步增长。");
  r.ensure_section("2.3").blocks.push_back(table({indicator("营业收入", Direction::HigherIsBetter, {{2023, "1"}})}));
  EXPECT_TRUE(run_one(r, "consistency.indicator_unreported").empty());
  Report none = report_for("shenzhen-2019-economic");  // no results written yet
  write(none, "2.2", "关键绩效指标：营业收入、利润总额。");
  EXPECT_TRUE(run_one(none, "consistency.indicator_unreported").empty());
}

}  // namespace
}  // namespace zp::checks::testing

namespace zp::checks::testing {
namespace {

TEST(KeyMeasures, AListAfterRuXiaAndNothingFromPlainMentions) {
  EXPECT_EQ(names("公司设定的主要指标如下：人均产值、研发投入占比；同时开展对标管理。"),
            (std::vector<std::string>{"人均产值", "研发投入占比"}));
  EXPECT_TRUE(names("建立了涵盖财务、顾客等四个维度的KPI体系，各项指标均达到目标值。").empty());
}

}  // namespace
}  // namespace zp::checks::testing
