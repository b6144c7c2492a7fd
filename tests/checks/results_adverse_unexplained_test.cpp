#include <gtest/gtest.h>

#include "checks/check_fixtures.h"
#include "checks/config.h"
#include "checks/word_lists.h"

namespace zp::checks::testing {
namespace {

TEST(ResultsAdverseUnexplained, FiresWhenTheLatestYearIsWorseWithoutAReason) {
  Report r = report_for("shenzhen-2019-economic");
  Indicator rev = indicator("营业收入", Direction::HigherIsBetter, {{2021, "10"}, {2022, "12"}, {2023, "11"}});
  r.ensure_section("1.3").blocks.push_back(para("营业收入保持较高水平。"));
  r.ensure_section("1.3").blocks.push_back(table({rev}));
  auto fs = run_one(r, "results.adverse_unexplained");
  ASSERT_EQ(where(fs), std::vector<std::string>{"1.3|营业收入"});
  EXPECT_EQ(fs[0].severity, Severity::Warning);
  EXPECT_NE(fs[0].message.find("2023"), std::string::npos);
  EXPECT_NE(fs[0].message.find("11"), std::string::npos);
}

TEST(ResultsAdverseUnexplained, SilentWhenASentenceNamingTheIndicatorGivesAReason) {
  Report r = report_for("shenzhen-2019-economic");
  Indicator rev = indicator("营业收入", Direction::HigherIsBetter, {{2021, "10"}, {2022, "12"}, {2023, "11"}});
  r.ensure_section("1.3").blocks.push_back(para("公司经营稳健。2023年营业收入受原材料价格上涨影响略有下降。"));
  r.ensure_section("1.3").blocks.push_back(table({rev}));
  EXPECT_TRUE(run_one(r, "results.adverse_unexplained").empty());
}

TEST(ReasonWords, PairsNeedBothPartsCloseTogether) {
  const auto& cfg = CheckConfig::builtin();
  EXPECT_TRUE(gives_reason("受疫情影响", cfg));
  EXPECT_TRUE(gives_reason("主要是产能调整", cfg));
  EXPECT_FALSE(gives_reason("受理投诉" + han(30, "。") + "影响", cfg));
  EXPECT_FALSE(gives_reason("收入下降。", cfg));
}

}  // namespace
}  // namespace zp::checks::testing
