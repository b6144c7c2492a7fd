#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

Indicator any(const std::string& name) { return indicator(name, Direction::HigherIsBetter, {{2023, "1"}}); }

TEST(ResultsFewIndicators, FiresUnderThreeIndicatorsCountedAcrossTables) {
  Report r = report_for("shenzhen-2019-economic");
  r.ensure_section("1.3").blocks.push_back(table({any("营业收入"), any("利润总额")}));
  auto fs = run_one(r, "results.few_indicators");
  ASSERT_EQ(where(fs), std::vector<std::string>{"1.3"});
  EXPECT_EQ(fs[0].severity, Severity::Warning);
  EXPECT_NE(fs[0].message.find('2'), std::string::npos);
}

TEST(ResultsFewIndicators, SilentAtThreeAndWithoutAny) {
  Report r = report_for("shenzhen-2019-economic");
  r.ensure_section("1.3").blocks.push_back(table({any("营业收入"), any("利润总额")}));
  r.ensure_section("1.3").blocks.push_back(table({any("纳税额")}));
  write(r, "2.3", "无数据。");  // no indicators at all: results.no_data's
  EXPECT_TRUE(run_one(r, "results.few_indicators").empty());
}

}  // namespace
}  // namespace zp::checks::testing
