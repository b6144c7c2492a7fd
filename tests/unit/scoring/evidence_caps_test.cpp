#include "scoring/evidence_caps.h"

#include <gtest/gtest.h>

#include "model/report_factory.h"
#include "scoring/totals.h"
#include "standards/library.h"
#include "util/error.h"

namespace zp::scoring {
namespace {

using checks::Finding;
using checks::Severity;
using standards::Library;

const standards::Standard& std_(const char* id) { return Library::instance().get(id); }

Finding finding(const char* code, const char* clause, const char* indicator = "") {
  return Finding{code, Severity::Warning, clause, indicator, std::string(code) + " in " + clause, std::nullopt};
}

TEST(EvidenceCaps, BuiltInRulesQuoteTheirStandardsBandDescriptors) {
  const auto& rules = cap_rules();
  ASSERT_GE(rules.size(), 3u);
  for (const CapRule& r : rules) {
    const standards::Standard* st = Library::instance().find(r.standard);
    ASSERT_NE(st, nullptr) << r.standard;
    std::vector<std::string> problems = verify_cap_rule(r, *st);
    EXPECT_TRUE(problems.empty()) << problems.front();
  }
  // The issue's own example is among them.
  bool example = false;
  for (const CapRule& r : rules)
    example |= r.standard == "shenzhen-2019-economic" && r.finding == "results.few_indicators" && r.max_percent == 25 &&
               r.quote.find("基本指标少于3个") != std::string::npos;
  EXPECT_TRUE(example);
}

TEST(EvidenceCaps, VerifyCatchesAMisquote) {
  CapRule r{"shenzhen-2019-economic", "results", "results.few_indicators", 25, "Le", "基本指标少于5个", 1};
  EXPECT_EQ(verify_cap_rule(r, std_("shenzhen-2019-economic")).size(), 1u);
  r.quote = "基本指标少于3个，少量的结果较好。";
  EXPECT_TRUE(verify_cap_rule(r, std_("shenzhen-2019-economic")).empty());
  r.factor = "T";  // right text, wrong factor
  EXPECT_EQ(verify_cap_rule(r, std_("shenzhen-2019-economic")).size(), 1u);
  r.factor = "Le";
  r.max_percent = 45;  // the quote is not in the 30%–45% band
  EXPECT_EQ(verify_cap_rule(r, std_("shenzhen-2019-economic")).size(), 1u);
  r.max_percent = 27;  // no band ends there
  EXPECT_EQ(verify_cap_rule(r, std_("shenzhen-2019-economic")).size(), 1u);
}

TEST(EvidenceCaps, BadRulesFilesAreRefused) {
  EXPECT_THROW(parse_cap_rules("<evidence-caps format=\"1\"><cap standard=\"x\"/></evidence-caps>", "t.xml"), Error);
  EXPECT_THROW(parse_cap_rules("<evidence-caps", "t.xml"), Error);
  EXPECT_THROW(parse_cap_rules("<evidence-caps format=\"1\"><cap standard=\"x\" guide=\"g\" finding=\"f\" "
                               "max-percent=\"250\">q</cap></evidence-caps>",
                               "t.xml"),
               Error);
  EXPECT_EQ(parse_cap_rules("<evidence-caps format=\"1\"/>", "t.xml").size(), 0u);
}

TEST(EvidenceCaps, ShenzhenEconomicResultsItemsAreCappedAt25) {
  const auto& st = std_("shenzhen-2019-economic");
  std::vector<Finding> f = {finding("results.few_indicators", "1.3"), finding("results.trend_short", "2.3", "营业收入"),
                            finding("results.trend_short", "2.3", "利润总额"), finding("process.no_learning", "1.1"),
                            finding("results.few_indicators", "")};
  std::vector<CapAdvice> a = evidence_caps(st, f);
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].clause, "1.3");
  EXPECT_EQ(a[0].max_percent, 25);
  EXPECT_EQ(a[0].factor, "Le");
  EXPECT_NE(a[0].band_label.find("25%"), std::string::npos);
  EXPECT_NE(a[0].advice().find("基本指标少于3个"), std::string::npos) << a[0].advice();
  EXPECT_NE(a[0].advice().find("25%"), std::string::npos);
  EXPECT_EQ(a[1].clause, "2.3");
  EXPECT_EQ(a[1].indicators, (std::vector<std::string>{"营业收入", "利润总额"}));
  EXPECT_EQ(a[1].messages.size(), 2u);
  EXPECT_EQ(lowest_cap(a, "2.3"), 25);
  EXPECT_FALSE(lowest_cap(a, "1.1"));
  // No data at all: the 0%–5% band, the lowest cap wins.
  a = evidence_caps(st, {finding("results.few_indicators", "3.3"), finding("results.no_data", "3.3")});
  EXPECT_EQ(lowest_cap(a, "3.3"), 5);
}

TEST(EvidenceCaps, OnlyUnitsScoredOnTheRulesGuideAreCapped) {
  // Wuhan: the results clause 5.2.4 is judged with its category 5.2, which no results finding caps.
  EXPECT_TRUE(evidence_caps(std_("wuhan-2022-manufacturing"), {finding("results.no_data", "5.2.4")}).empty());
  // Beijing: a results item without any results.
  auto a = evidence_caps(std_("beijing-2020"), {finding("results.no_data", "7.1"), finding("results.few_indicators", "7.2")});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].max_percent, 5);
  // Shenzhen social: the third-level results clauses.
  a = evidence_caps(std_("shenzhen-2019-social"), {finding("results.no_data", "3.2.1")});
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].clause, "3.2.1");
  EXPECT_EQ(a[0].max_percent, 20);
}

TEST(EvidenceCaps, AdviceNeverChangesTheScore) {
  const auto& st = std_("shenzhen-2019-economic");
  model::Report r = model::new_report(st, "测试单位");
  model::UnitScore s;
  s.clause = "1.3";
  s.reviewer = "张工";
  s.percent = 40;
  r.reviews.scores.push_back(s);
  ScoreSummary sum = summarize(r, st);
  apply_caps(sum, evidence_caps(st, {finding("results.few_indicators", "1.3")}));
  const UnitRow* row = sum.unit("1.3");
  EXPECT_EQ(row->cap, 25);
  EXPECT_TRUE(row->above_cap);
  EXPECT_EQ(row->caps.size(), 1u);
  EXPECT_DOUBLE_EQ(row->score, 16);  // 40 × 40%, not 40 × 25%
  EXPECT_DOUBLE_EQ(sum.score, 16);
  EXPECT_FALSE(sum.unit("2.3")->above_cap);
}

}  // namespace
}  // namespace zp::scoring
