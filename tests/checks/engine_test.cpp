#include "checks/engine.h"

#include <gtest/gtest.h>

#include <thread>

#include "checks/check_fixtures.h"
#include "checks/config.h"
#include "model/report_factory.h"
#include "support/sample_reports.h"
#include "util/error.h"

namespace zp::checks::testing {
namespace {

TEST(CheckEngine, TheCatalogListsEveryCodeOfTheInterfaceOnce) {
  std::vector<std::string> codes;
  for (const auto& c : check_catalog()) {
    codes.push_back(c.code);
    EXPECT_FALSE(c.title.empty()) << c.code;
  }
  EXPECT_EQ(codes, (std::vector<std::string>{
                       "length.over_limit", "length.near_limit", "length.part_over_limit", "clause.missing",
                       "clause.thin", "results.no_data", "results.few_indicators", "results.trend_short",
                       "results.no_comparison", "results.adverse_unexplained", "process.points_uncovered",
                       "process.no_learning", "text.non_bmp", "spell.unknown", "consistency.indicator_unreported"}));
}

TEST(CheckEngine, FindingsFollowTheStandardsOrderWithErrorsFirst) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "0", han(30001));      // over the limit: a report-wide error
  write(r, "2.1", "战略制定。");  // thin (warning), no learning (info)
  write(r, "1.3", "结果良好。");  // no data (error), thin (warning)
  auto fs = run_checks(r, standard(r.standard_id));
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs[0].code, "length.over_limit");
  const auto& st = standard(r.standard_id);
  for (size_t i = 1; i < fs.size(); ++i) {
    int a = fs[i - 1].clause.empty() ? -1 : st.order_of(fs[i - 1].clause);
    int b = fs[i].clause.empty() ? -1 : st.order_of(fs[i].clause);
    ASSERT_LE(a, b) << fs[i - 1].code << " before " << fs[i].code;
    if (a == b) {
      EXPECT_GE(fs[i - 1].severity, fs[i].severity) << fs[i - 1].code << " before " << fs[i].code;
    }
  }
}

TEST(CheckEngine, ChecksNeverChangeTheReportAndOnlyFilters) {
  Report r = zp::testing::rich_report();
  const Report before = r;
  auto all = run_checks(r, standard(r.standard_id));
  EXPECT_EQ(r, before);
  EXPECT_FALSE(all.empty());
  CheckOptions o;
  o.only = {"clause.missing"};
  for (const auto& f : run_checks(r, standard(r.standard_id), o)) EXPECT_EQ(f.code, "clause.missing");
}

TEST(CheckEngine, AWellWrittenReportHasNoErrors) {
  const auto& st = standard("wuhan-2022-individual");  // items only, no limit
  Report r = model::new_report(st, "某人");
  for (auto& s : r.sections) s.blocks = {para(han(400))};
  for (const auto& f : run_checks(r, st)) EXPECT_NE(f.severity, Severity::Error) << f.code << " " << f.message;
}

TEST(CheckConfig, TheBuiltInDataHoldsTheThresholds) {
  const CheckConfig& c = CheckConfig::builtin();
  EXPECT_DOUBLE_EQ(c.near_limit_ratio, 0.95);
  EXPECT_DOUBLE_EQ(c.thin_ratio, 0.20);
  EXPECT_EQ(c.thin_fallback_min, 300);
  EXPECT_EQ(c.min_indicators, 3);
  EXPECT_EQ(c.min_consecutive_years, 3);
  for (const char* w : {"原因", "由于", "因为", "导致", "主要是"})
    EXPECT_NE(std::find(c.reason_words.begin(), c.reason_words.end(), w), c.reason_words.end()) << w;
  ASSERT_FALSE(c.reason_pairs.empty());
  EXPECT_EQ(c.reason_pairs[0].first, "受");
  for (const char* w : {"评价", "评估", "改进", "优化", "复盘", "PDCA", "对标", "迭代"})
    EXPECT_NE(std::find(c.learning_words.begin(), c.learning_words.end(), w), c.learning_words.end()) << w;
  EXPECT_EQ(c.key_measure_markers.front(), "关键绩效指标");  // longest first
}

TEST(CheckConfig, ABrokenFileIsRejectedWithItsName) {
  try {
    CheckConfig::parse(R"(<checks format="1"><length near-limit-ratio="1.5"/></checks>)", "mine.xml");
    FAIL() << "accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Format);
    EXPECT_NE(std::string(e.what()).find("mine.xml"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace zp::checks::testing

namespace zp::checks::testing {
namespace {

TEST(CheckEngine, RunsOnSeveralThreadsAtOnceWithTheSameFindings) {
  Report r = zp::testing::rich_report();
  write(r, "1.1", "We recieve feedback via KPI reviews and PDCA.");
  const auto expected = run_checks(r, standard(r.standard_id));
  std::vector<std::vector<Finding>> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i)
    threads.emplace_back([&, i] { got[i] = run_checks(r, standard(r.standard_id)); });
  for (auto& t : threads) t.join();
  for (const auto& g : got) {
    ASSERT_EQ(g.size(), expected.size());
    for (size_t k = 0; k < g.size(); ++k) EXPECT_EQ(g[k].message, expected[k].message);
  }
}

TEST(CheckEngine, SurvivesBrokenUtf8AndOddBlocks) {
  Report r = report_for("beijing-2020");
  write(r, "0.1", std::string("\xff\xfe abc \xe4 关键绩效指标：\xe4\xb8", 30));
  write(r, "1.1", "指标：、、，等指标（）KPI");
  r.ensure_section("7.1").blocks.push_back(
      table({indicator("", Direction::HigherIsBetter, {{2023, "1"}, {2022, "2"}})}));
  r.ensure_section("7.1").blocks.push_back(List{});
  r.ensure_section("7.1").blocks.push_back(Table{});
  r.ensure_section("7.1").blocks.push_back(Figure{});
  EXPECT_FALSE(run_checks(r, standard(r.standard_id)).empty());
}

}  // namespace
}  // namespace zp::checks::testing

namespace zp::checks::testing {
namespace {

TEST(CheckEngine, EachClassInTheListHasTheCodeTheListGivesIt) {
  const std::vector<std::string> listed = {
#define ZP_CHECK(Class, code) code,
#include "checks/check_list.h"
#undef ZP_CHECK
  };
  std::vector<std::string> made;
  for (const auto& c : check_catalog()) made.push_back(c.code);
  EXPECT_EQ(made, listed);
}

}  // namespace
}  // namespace zp::checks::testing
