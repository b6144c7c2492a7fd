// Totals and award levels for every standard, computed by hand from the standards' points
// (shown in the comments) rather than by the code under test.
#include "scoring/totals.h"

#include <gtest/gtest.h>

#include "model/report_factory.h"
#include "standards/library.h"

namespace zp::scoring {
namespace {

using model::Report;
using model::UnitScore;
using standards::Library;
using standards::Standard;

const Standard& std_(const char* id) { return Library::instance().get(id); }

void score(Report& r, const char* clause, const char* who, double pct) {
  UnitScore s;
  s.clause = clause;
  s.reviewer = who;
  s.percent = pct;
  r.reviews.scores.push_back(s);
}

Report every_unit_at(const Standard& st, double pct) {
  Report r = model::new_report(st, "测试单位");
  for (const standards::Clause* u : st.scoring_units()) score(r, u->id.c_str(), "张工", pct);
  return r;
}

std::optional<std::string> level_id(const ScoreSummary& s) {
  return s.level ? std::optional<std::string>(s.level->id) : std::nullopt;
}

TEST(Totals, ShenzhenEconomicMixed) {
  const Standard& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试单位");
  score(r, "1.1", "张工", 50);  // 20 × 50% = 10
  score(r, "1.3", "张工", 25);  // 40 × 25% = 10
  score(r, "2.1", "张工", 60);  // 25 × 60% = 15
  ScoreSummary s = summarize(r, st);
  EXPECT_EQ(s.total_points, 500);
  EXPECT_DOUBLE_EQ(s.score, 35);
  EXPECT_DOUBLE_EQ(s.percent, 7);  // 35 / 500
  EXPECT_FALSE(s.level);
  ASSERT_TRUE(s.hearing);
  EXPECT_FALSE(*s.hearing);
  EXPECT_EQ(s.units.size(), 18u);
  EXPECT_EQ(s.scored_units, 3);
  const UnitRow* u12 = s.unit("1.2");
  ASSERT_TRUE(u12);
  EXPECT_FALSE(u12->consensus.percent);  // nobody scored it: counts zero
  EXPECT_EQ(u12->score, 0);
  EXPECT_EQ(s.unit("1.3")->points, 40);
  ASSERT_NE(s.unit("1.3")->bands.front(), nullptr);
  EXPECT_EQ(s.unit("1.3")->bands.front()->max, 25);
  ASSERT_EQ(s.categories.size(), 6u);
  EXPECT_EQ(s.categories[0].id, "1");
  EXPECT_EQ(s.categories[0].points, 80);  // 20 + 20 + 40
  EXPECT_DOUBLE_EQ(s.categories[0].score, 20);
  EXPECT_EQ(s.categories[0].scored_units, 2);
  EXPECT_EQ(s.categories[1].points, 85);
  EXPECT_DOUBLE_EQ(s.categories[1].score, 15);
}

TEST(Totals, ShenzhenEconomicLevelsAndTheHearingLine) {
  const Standard& st = std_("shenzhen-2019-economic");
  // 500 × 60% = 300: gold; 55%: 275 silver; 50%: 250 bronze but not over the 50% line.
  ScoreSummary gold = summarize(every_unit_at(st, 60), st);
  EXPECT_DOUBLE_EQ(gold.score, 300);
  EXPECT_EQ(level_id(gold), "gold");
  EXPECT_EQ(gold.level->name, "金奖");
  EXPECT_TRUE(*gold.hearing);
  ScoreSummary silver = summarize(every_unit_at(st, 55), st);
  EXPECT_DOUBLE_EQ(silver.score, 275);
  EXPECT_EQ(level_id(silver), "silver");
  EXPECT_TRUE(*silver.hearing);
  ScoreSummary bronze = summarize(every_unit_at(st, 50), st);
  EXPECT_DOUBLE_EQ(bronze.score, 250);
  EXPECT_EQ(level_id(bronze), "bronze");
  EXPECT_FALSE(*bronze.hearing);  // 综合评分超过标准总分50%: strictly over
  ScoreSummary none = summarize(every_unit_at(st, 45), st);
  EXPECT_DOUBLE_EQ(none.score, 225);
  EXPECT_FALSE(none.level);
  // Just over the line: 1.1 at 55% instead of 50% adds 1 point: 251 = 50.2%.
  Report r = every_unit_at(st, 50);
  r.reviews.scores.front().percent = 55;
  ScoreSummary over = summarize(r, st);
  EXPECT_DOUBLE_EQ(over.score, 251);
  EXPECT_DOUBLE_EQ(over.percent, 50.2);
  EXPECT_TRUE(*over.hearing);
  EXPECT_EQ(level_id(over), "bronze");
}

TEST(Totals, ShenzhenSocialHasGoldAndSilverOnly) {
  const Standard& st = std_("shenzhen-2019-social");
  Report r = model::new_report(st, "测试单位");
  score(r, "1.1.1", "张工", 37);  // 30 × 37% = 11.1
  score(r, "3.1.2", "张工", 83);  // 50 × 83% = 41.5
  ScoreSummary s = summarize(r, st);
  EXPECT_DOUBLE_EQ(tidy(s.score), 52.6);
  EXPECT_DOUBLE_EQ(tidy(s.percent), 10.52);
  EXPECT_FALSE(s.level);
  EXPECT_FALSE(*s.hearing);
  EXPECT_EQ(s.units.size(), 16u);
  ASSERT_EQ(s.categories.size(), 3u);
  EXPECT_EQ(s.categories[0].points, 120);
  EXPECT_DOUBLE_EQ(s.categories[0].score, 11.1);
  EXPECT_EQ(s.categories[2].points, 250);
  EXPECT_EQ(s.unit("1.1.1")->category, "1");
  // 500 × 50% = 250: no bronze in the social class, and not over the line.
  ScoreSummary half = summarize(every_unit_at(st, 50), st);
  EXPECT_DOUBLE_EQ(half.score, 250);
  EXPECT_FALSE(half.level);
  EXPECT_FALSE(*half.hearing);
  ScoreSummary silver = summarize(every_unit_at(st, 56), st);  // 280
  EXPECT_DOUBLE_EQ(silver.score, 280);
  EXPECT_EQ(level_id(silver), "silver");
  EXPECT_TRUE(*silver.hearing);
  ScoreSummary gold = summarize(every_unit_at(st, 61), st);  // 305
  EXPECT_DOUBLE_EQ(gold.score, 305);
  EXPECT_EQ(level_id(gold), "gold");
}

TEST(Totals, WuhanManufacturingScoresCategoriesAndStatesNoLevels) {
  const Standard& st = std_("wuhan-2022-manufacturing");
  Report r = model::new_report(st, "测试单位");
  score(r, "5.2", "张工", 55);  // 180 × 55% = 99
  score(r, "5.3", "张工", 40);  // 170 × 40% = 68
  score(r, "5.4", "张工", 60);  // 170 × 60% = 102
  score(r, "5.5", "张工", 35);  // 150 × 35% = 52.5
  score(r, "5.6", "张工", 50);  // 170 × 50% = 85
  score(r, "5.7", "张工", 45);  // 160 × 45% = 72
  ScoreSummary s = summarize(r, st);
  EXPECT_EQ(s.total_points, 1000);
  EXPECT_DOUBLE_EQ(s.score, 478.5);
  EXPECT_DOUBLE_EQ(s.percent, 47.85);
  EXPECT_FALSE(s.level);
  EXPECT_FALSE(s.hearing);  // no hearing line: null
  ASSERT_EQ(s.categories.size(), 6u);  // each category is its own unit
  EXPECT_EQ(s.categories[0].id, "5.2");
  EXPECT_DOUBLE_EQ(s.categories[0].score, 99);
  EXPECT_EQ(s.unit("5.2")->bands.size(), 2u);  // process and results guides
}

TEST(Totals, WuhanService) {
  const Standard& st = std_("wuhan-2022-service");
  ScoreSummary s = summarize(every_unit_at(st, 70), st);  // 1000 × 70%
  EXPECT_DOUBLE_EQ(s.score, 700);
  EXPECT_DOUBLE_EQ(s.percent, 70);
  EXPECT_FALSE(s.level);
  EXPECT_FALSE(s.hearing);
  Report r = model::new_report(st, "测试单位");
  score(r, "5.5", "张工", 85);  // 150 × 85% = 127.5
  score(r, "5.7", "张工", 5);   // 160 × 5% = 8
  EXPECT_DOUBLE_EQ(summarize(r, st).score, 135.5);
}

TEST(Totals, WuhanIndividual) {
  const Standard& st = std_("wuhan-2022-individual");
  Report r = model::new_report(st, "");
  score(r, "1.1", "张工", 90);   // 10 × 90% = 9
  score(r, "1.2", "张工", 80);   // 5 × 80% = 4
  score(r, "1.3", "张工", 100);  // 5 × 100% = 5
  score(r, "2.1", "张工", 70);   // 30 × 70% = 21
  score(r, "2.2", "张工", 65);   // 25 × 65% = 16.25
  score(r, "2.3", "张工", 30);   // 25 × 30% = 7.5
  ScoreSummary s = summarize(r, st);
  EXPECT_EQ(s.total_points, 100);
  EXPECT_DOUBLE_EQ(s.score, 62.75);
  EXPECT_DOUBLE_EQ(s.percent, 62.75);
  EXPECT_FALSE(s.level);
  EXPECT_FALSE(s.hearing);
  ASSERT_EQ(s.categories.size(), 2u);
  EXPECT_EQ(s.categories[0].points, 20);
  EXPECT_DOUBLE_EQ(s.categories[0].score, 18);
  EXPECT_EQ(s.categories[1].points, 80);
  EXPECT_DOUBLE_EQ(s.categories[1].score, 44.75);
}

TEST(Totals, Beijing) {
  const Standard& st = std_("beijing-2020");
  Report r = model::new_report(st, "测试单位");
  score(r, "1.1", "张工", 45);  // 50 × 45% = 22.5
  score(r, "7.1", "张工", 35);  // 80 × 35% = 28
  score(r, "4.6", "张工", 95);  // 10 × 95% = 9.5
  ScoreSummary s = summarize(r, st);
  EXPECT_EQ(s.total_points, 1000);
  EXPECT_DOUBLE_EQ(s.score, 60);
  EXPECT_DOUBLE_EQ(s.percent, 6);
  EXPECT_FALSE(s.level);
  EXPECT_FALSE(s.hearing);
  EXPECT_EQ(s.units.size(), 23u);
  ASSERT_EQ(s.categories.size(), 7u);
  EXPECT_EQ(s.categories[6].points, 400);
  EXPECT_DOUBLE_EQ(s.categories[6].score, 28);
  EXPECT_DOUBLE_EQ(summarize(every_unit_at(st, 65), st).score, 650);
}

TEST(Totals, ConsensusFeedsTheTotalWithAndWithoutALead) {
  const Standard& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试单位");
  score(r, "1.3", "张工", 30);
  score(r, "1.3", "李顾问", 50);
  score(r, "1.3", "王经理", 45);  // median 45: 40 × 45% = 18
  score(r, "2.3", "张工", 20);
  score(r, "2.3", "李顾问", 30);  // median 25: 40 × 25% = 10
  ScoreSummary s = summarize(r, st);
  EXPECT_DOUBLE_EQ(s.score, 28);
  EXPECT_TRUE(s.unit("1.3")->consensus.spread);  // 30 … 50
  EXPECT_FALSE(s.unit("2.3")->consensus.spread);
  EXPECT_EQ(s.spread_units, 1);
  EXPECT_EQ(s.reviewers.size(), 3u);  // named only in scores: listed anyway
  r.reviews.agreed["1.3"] = 40;      // the lead: 40 × 40% = 16
  s = summarize(r, st);
  EXPECT_DOUBLE_EQ(s.score, 26);
  EXPECT_EQ(s.agreed_units, 1);
  EXPECT_TRUE(s.unit("1.3")->consensus.agreed);
}

TEST(Totals, ScoresOfOtherClausesAreIgnored) {
  const Standard& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试单位");
  score(r, "1", "张工", 50);    // a category, not a unit
  score(r, "9.9", "张工", 50);  // no such clause
  ScoreSummary s = summarize(r, st);
  EXPECT_EQ(s.score, 0);
  EXPECT_EQ(s.scored_units, 0);
}

TEST(Totals, LevelReachedUsesTheThresholds) {
  const Standard& st = std_("shenzhen-2019-economic");
  EXPECT_EQ(level_reached(st, 59.99)->id, "silver");
  EXPECT_EQ(level_reached(st, 60)->id, "gold");
  EXPECT_EQ(level_reached(st, 50)->id, "bronze");
  EXPECT_EQ(level_reached(st, 49.99), nullptr);
  EXPECT_EQ(level_reached(std_("beijing-2020"), 100), nullptr);
  ASSERT_NE(hearing_line(st), nullptr);
  EXPECT_EQ(hearing_line(std_("wuhan-2022-individual")), nullptr);
}

}  // namespace
}  // namespace zp::scoring
