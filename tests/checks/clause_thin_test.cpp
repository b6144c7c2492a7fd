#include <gtest/gtest.h>

#include "checks/check_fixtures.h"
#include "checks/config.h"
#include "checks/fair_share.h"

namespace zp::checks::testing {
namespace {

TEST(ClauseThin, FiresUnderTwentyPercentOfTheFairShare) {
  // Shenzhen economic 1.1: 30,000 × 20 ÷ 500 = 1,200 字; 20% = 240 字.
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", han(239));
  auto fs = run_one(r, "clause.thin");
  ASSERT_EQ(where(fs), std::vector<std::string>{"1.1"});
  EXPECT_EQ(fs[0].severity, Severity::Warning);
  EXPECT_NE(fs[0].message.find("1,200"), std::string::npos) << fs[0].message;
  EXPECT_NE(fs[0].message.find("240"), std::string::npos) << fs[0].message;
}

TEST(ClauseThin, SilentAtTheShareAndForEmptyClauses) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", han(240));
  write(r, "1.2", " ");  // empty: clause.missing's
  EXPECT_TRUE(run_one(r, "clause.thin").empty());
}

TEST(ClauseThin, WithoutALimitUsesTheFallback) {
  Report r = report_for("wuhan-2022-manufacturing");
  write(r, "5.2.2", han(299));
  write(r, "5.2.3", han(300));
  EXPECT_EQ(where(run_one(r, "clause.thin")), std::vector<std::string>{"5.2.2"});
}

TEST(FairShare, CategoryPointsAreSplitAmongWrittenClauses) {
  const auto& wuhan = standard("wuhan-2022-manufacturing");
  EXPECT_DOUBLE_EQ(*clause_points(wuhan, *wuhan.clause("5.2.2")), 60.0);  // 180 ÷ 3
  EXPECT_DOUBLE_EQ(*clause_points(wuhan, *wuhan.clause("5.2.4")), 60.0);
  EXPECT_FALSE(clause_points(wuhan, *wuhan.clause("5.1")));
  const auto& sz = standard("shenzhen-2019-economic");
  EXPECT_DOUBLE_EQ(*clause_points(sz, *sz.clause("1.3")), 40.0);
}

TEST(FairShare, TheProfileUsesItsClauseLimitOrTheFallback) {
  const auto& cfg = CheckConfig::builtin();
  const auto& bj = standard("beijing-2020");
  ThinThreshold t = thin_threshold(bj, *bj.clause("0.1"), cfg);  // 3,000 ÷ 2 written clauses
  EXPECT_EQ(t.fair_share, 1500);
  EXPECT_EQ(t.min_words, 300);
  const auto& sz = standard("shenzhen-2019-economic");
  t = thin_threshold(sz, *sz.clause("0"), cfg);
  EXPECT_FALSE(t.fair_share);
  EXPECT_EQ(t.min_words, 300);
  t = thin_threshold(bj, *bj.clause("7.1"), cfg);  // 60,000 × 80 ÷ 1000
  EXPECT_EQ(t.fair_share, 4800);
  EXPECT_EQ(t.min_words, 960);
}

}  // namespace
}  // namespace zp::checks::testing
