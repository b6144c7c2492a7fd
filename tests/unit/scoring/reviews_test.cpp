#include "scoring/reviews.h"

#include <gtest/gtest.h>

#include "model/report_factory.h"
#include "scoring/consensus.h"
#include "standards/library.h"
#include "util/error.h"

namespace zp::scoring {
namespace {

using model::Report;
using model::ReviewerRole;

const standards::Standard& economic() { return standards::Library::instance().get("shenzhen-2019-economic"); }

ScoreEntry entry(const char* who, const char* clause, double pct) {
  ScoreEntry e;
  e.reviewer = who;
  e.clause = clause;
  e.percent = pct;
  return e;
}

TEST(Reviews, SetScoreAddsTheReviewerAndReplacesThePercentage) {
  Report r = model::new_report(economic(), "测试公司");
  ScoreEntry e = entry("张工", "1.1", 50);
  e.strengths = {"价值观清晰"};
  e.factor_notes = {{"A", "方法系统"}};
  set_score(r, economic(), e);
  ASSERT_EQ(r.reviews.reviewers.size(), 1u);
  EXPECT_EQ(r.reviews.reviewers[0].role, ReviewerRole::InternalReviewer);
  e.percent = 55;
  e.role = ReviewerRole::Lead;
  e.strengths = {"价值观清晰", "传递到位"};  // the first is there already
  e.opportunities = {"缺少评价"};
  model::UnitScore& s = set_score(r, economic(), e);
  EXPECT_EQ(r.reviews.scores.size(), 1u);
  EXPECT_EQ(s.percent, 55);
  EXPECT_EQ(s.strengths.size(), 2u);
  EXPECT_EQ(s.strengths[1].clause, "1.1");
  EXPECT_EQ(s.opportunities.size(), 1u);
  EXPECT_EQ(s.factor_notes.at("A"), "方法系统");
  EXPECT_EQ(r.reviews.reviewers[0].role, ReviewerRole::Lead);
}

TEST(Reviews, RefusalsLeaveTheReportUnchanged) {
  Report r = model::new_report(economic(), "测试公司");
  set_score(r, economic(), entry("张工", "1.1", 50));
  const Report before = r;
  EXPECT_THROW(set_score(r, economic(), entry("李顾问", "1.1", 57)), Error);   // off the 5% scale
  EXPECT_THROW(set_score(r, economic(), entry("李顾问", "1", 50)), Error);     // a category
  EXPECT_THROW(set_score(r, economic(), entry("李顾问", "8.1", 50)), Error);   // no such clause
  EXPECT_THROW(set_score(r, economic(), entry("", "1.1", 50)), Error);         // no name
  ScoreEntry e = entry("李顾问", "1.3", 25);
  e.factor_notes = {{"A", "x"}};  // results are judged on Le, T, C, I
  try {
    set_score(r, economic(), e, "r.zpr");
    FAIL();
  } catch (const Error& err) {
    EXPECT_NE(err.message().find("Le, T, C, I"), std::string::npos) << err.message();
  }
  EXPECT_THROW(agree(r, economic(), "1.1", 52.5), Error);
  EXPECT_EQ(r, before);
}

TEST(Reviews, AgreeWithdrawAndRemove) {
  Report r = model::new_report(economic(), "测试公司");
  set_score(r, economic(), entry("张工", "1.1", 40));
  set_score(r, economic(), entry("李顾问", "1.1", 60));
  agree(r, economic(), "1.1", 45);
  EXPECT_EQ(*consensus_for(r.reviews, "1.1").percent, 45);
  EXPECT_TRUE(withdraw_agreement(r, "1.1"));
  EXPECT_FALSE(withdraw_agreement(r, "1.1"));
  EXPECT_EQ(*consensus_for(r.reviews, "1.1").percent, 50);
  EXPECT_TRUE(remove_score(r, "李顾问", "1.1"));
  EXPECT_FALSE(remove_score(r, "李顾问", "1.1"));
  EXPECT_EQ(*consensus_for(r.reviews, "1.1").percent, 40);
  EXPECT_EQ(unit_factors(economic(), *economic().clause("1.1")), (std::vector<std::string>{"A", "D", "L", "I"}));
  const auto& wuhan = standards::Library::instance().get("wuhan-2022-manufacturing");
  EXPECT_EQ(unit_factors(wuhan, *wuhan.clause("5.2")), (std::vector<std::string>{"A", "D", "L", "I", "Le", "T", "C"}));
}

}  // namespace
}  // namespace zp::scoring
