#include "scoring/merge.h"

#include <gtest/gtest.h>

#include "model/report_factory.h"
#include "scoring/totals.h"
#include "standards/library.h"

namespace zp::scoring {
namespace {

using model::Paragraph;
using model::Remark;
using model::Report;
using model::Reviewer;
using model::ReviewerRole;
using model::UnitScore;

const standards::Standard& economic() { return standards::Library::instance().get("shenzhen-2019-economic"); }

Report base_report() {
  Report r = model::new_report(economic(), "测试单位", "自评报告");
  r.ensure_section("1.1").blocks.push_back(Paragraph{{model::Run{"公司以“质量第一”为核心价值观。"}}});
  return r;
}

void score(Report& r, const char* clause, const char* who, double pct, ReviewerRole role = ReviewerRole::InternalReviewer) {
  bool known = false;
  for (const Reviewer& x : r.reviews.reviewers) known |= x.name == who;
  if (!known) r.reviews.reviewers.push_back(Reviewer{who, role});
  for (UnitScore& s : r.reviews.scores)
    if (s.clause == clause && s.reviewer == who) {
      s.percent = pct;
      return;
    }
  UnitScore s;
  s.clause = clause;
  s.reviewer = who;
  s.percent = pct;
  r.reviews.scores.push_back(s);
}

const UnitScore* find(const Report& r, const char* clause, const char* who) {
  for (const UnitScore& s : r.reviews.scores)
    if (s.clause == clause && s.reviewer == who) return &s;
  return nullptr;
}

TEST(Merge, DisjointReviewersAreCombined) {
  Report base = base_report();
  Report a = base, b = base;
  score(a, "1.1", "张工", 40);
  score(a, "1.3", "张工", 25);
  score(b, "1.1", "李顾问", 60, ReviewerRole::Consultant);
  a.reviews.scores[0].strengths.push_back(Remark{"价值观清晰", "1.1", 0, 0, 6});
  MergeResult m = merge_reviews(base, "base.zpr", {{"a.zpr", a}, {"b.zpr", b}});
  EXPECT_TRUE(m.warnings.empty());
  EXPECT_EQ(m.scores_taken, 3);
  const Report& r = m.report;
  ASSERT_EQ(r.reviews.reviewers.size(), 2u);
  EXPECT_EQ(r.reviews.reviewers[1].role, ReviewerRole::Consultant);
  ASSERT_TRUE(find(r, "1.1", "张工"));
  EXPECT_EQ(find(r, "1.1", "张工")->strengths.size(), 1u);
  EXPECT_EQ(find(r, "1.1", "李顾问")->percent, 60);
  EXPECT_EQ(find(r, "1.3", "张工")->percent, 25);
  EXPECT_EQ(r.sections, base.sections);
  // The merged file gives the consensus of both reviewers.
  ScoreSummary s = summarize(r, economic());
  EXPECT_EQ(*s.unit("1.1")->consensus.percent, 50);
  EXPECT_TRUE(s.unit("1.1")->consensus.spread);
}

TEST(Merge, OverlappingReviewersTakeWhatEachCopyChanged) {
  Report base = base_report();
  score(base, "1.1", "张工", 50);  // scored before the copies were made
  Report a = base, b = base;
  score(a, "1.1", "张工", 55);      // 张工 revises his own score in his copy
  score(a, "1.2", "张工", 30);
  score(b, "1.1", "李顾问", 60);    // b still holds 张工's old 50: no change there
  score(b, "1.2", "张工", 30);      // the same new score in both copies: no conflict
  MergeResult m = merge_reviews(base, "base.zpr", {{"a.zpr", a}, {"b.zpr", b}});
  EXPECT_EQ(find(m.report, "1.1", "张工")->percent, 55);
  EXPECT_EQ(find(m.report, "1.2", "张工")->percent, 30);
  EXPECT_EQ(find(m.report, "1.1", "李顾问")->percent, 60);
  EXPECT_EQ(m.report.reviews.scores.size(), 3u);
  EXPECT_EQ(m.report.reviews.reviewers.size(), 2u);
}

TEST(Merge, ConflictingChangesAreRefused) {
  Report base = base_report();
  score(base, "1.1", "张工", 50);
  Report a = base, b = base;
  score(a, "1.1", "张工", 55);
  score(b, "1.1", "张工", 45);
  try {
    merge_reviews(base, "base.zpr", {{"a.zpr", a}, {"b.zpr", b}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Invalid);
    EXPECT_EQ(e.file(), "b.zpr");
    EXPECT_NE(e.message().find("张工"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("1.1"), std::string::npos);
    EXPECT_NE(e.message().find("a.zpr"), std::string::npos);
  }
}

TEST(Merge, AgreedValuesAndRemovalsAreThreeWay) {
  Report base = base_report();
  score(base, "1.1", "张工", 50);
  score(base, "1.2", "张工", 40);
  base.reviews.agreed["1.1"] = 50;
  Report a = base, b = base;
  a.reviews.agreed["1.3"] = 25;                                 // new in a
  b.reviews.agreed.erase("1.1");                                // withdrawn in b
  b.reviews.scores.erase(b.reviews.scores.begin() + 1);         // 张工 withdrew 1.2 in b
  MergeResult m = merge_reviews(base, "base.zpr", {{"a.zpr", a}, {"b.zpr", b}});
  EXPECT_EQ(m.report.reviews.agreed.size(), 1u);
  EXPECT_EQ(m.report.reviews.agreed.at("1.3"), 25);
  EXPECT_FALSE(find(m.report, "1.2", "张工"));
  EXPECT_TRUE(find(m.report, "1.1", "张工"));
  Report c = base;
  c.reviews.agreed["1.1"] = 55;
  Report d = base;
  d.reviews.agreed["1.1"] = 45;
  EXPECT_THROW(merge_reviews(base, "base.zpr", {{"c.zpr", c}, {"d.zpr", d}}), Error);
}

TEST(Merge, RefusesCopiesWhoseTextDiffersUnlessKeepingBaseText) {
  Report base = base_report();
  Report edited = base;
  edited.ensure_section("1.1").blocks.push_back(Paragraph{{model::Run{"新增一段。"}}});
  score(edited, "1.1", "张工", 45);
  edited.reviews.scores[0].opportunities.push_back(Remark{"缺少部署", "1.1", 1, 0, 4});
  try {
    merge_reviews(base, "base.zpr", {{"edited.zpr", edited}});
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "edited.zpr");
    EXPECT_NE(e.message().find("clause 1.1"), std::string::npos) << e.message();
    EXPECT_NE(e.message().find("--keep-base-text"), std::string::npos);
  }
  MergeResult m = merge_reviews(base, "base.zpr", {{"edited.zpr", edited}}, MergeOptions{true});
  EXPECT_EQ(m.report.sections, base.sections);  // BASE's text kept
  EXPECT_EQ(find(m.report, "1.1", "张工")->percent, 45);
  ASSERT_EQ(m.warnings.size(), 2u);  // the text difference, and remarks pointing into changed text
  EXPECT_NE(m.warnings[1].message.find("text ranges"), std::string::npos);
  // A title change is a text difference too.
  Report retitled = base;
  retitled.title = "另一个标题";
  EXPECT_EQ(first_text_difference(base, retitled), "the title");
  EXPECT_EQ(first_text_difference(base, base), "");
}

TEST(Merge, RefusesAnotherStandardEvenWhenKeepingBaseText) {
  Report base = base_report();
  Report other = model::new_report(standards::Library::instance().get("beijing-2020"), "测试单位");
  EXPECT_THROW(merge_reviews(base, "base.zpr", {{"other.zpr", other}}, MergeOptions{true}), Error);
}

TEST(Merge, ConflictingRolesForANewReviewerAreRefused) {
  Report base = base_report();
  Report a = base, b = base;
  score(a, "1.1", "王经理", 50, ReviewerRole::Lead);
  score(b, "1.2", "王经理", 50, ReviewerRole::Consultant);
  EXPECT_THROW(merge_reviews(base, "base.zpr", {{"a.zpr", a}, {"b.zpr", b}}), Error);
}

}  // namespace
}  // namespace zp::scoring
