#include "scoring/consensus.h"

#include <gtest/gtest.h>

namespace zp::scoring {
namespace {

using model::Reviews;
using model::UnitScore;

Reviews reviews(std::initializer_list<std::tuple<const char*, const char*, double>> scores) {
  Reviews r;
  for (const auto& [clause, who, pct] : scores) {
    UnitScore s;
    s.clause = clause;
    s.reviewer = who;
    s.percent = pct;
    r.scores.push_back(s);
  }
  return r;
}

TEST(Consensus, Median) {
  EXPECT_FALSE(median({}));
  EXPECT_EQ(*median({40}), 40);
  EXPECT_EQ(*median({60, 40, 50}), 50);
  EXPECT_EQ(*median({50, 55}), 52.5);
  EXPECT_EQ(*median({30, 70, 50, 45}), 47.5);
}

TEST(Consensus, WithoutALeadTheMedianOfTheReviewers) {
  Reviews r = reviews({{"1.1", "张工", 40}, {"1.1", "李顾问", 55}, {"1.1", "王经理", 50}, {"1.2", "张工", 30}});
  Consensus c = consensus_for(r, "1.1");
  ASSERT_TRUE(c.percent);
  EXPECT_EQ(*c.percent, 50);
  EXPECT_FALSE(c.agreed);
  EXPECT_EQ(c.range, 15);
  EXPECT_FALSE(c.spread);
  EXPECT_EQ(c.by_reviewer.size(), 3u);
  EXPECT_EQ(c.by_reviewer.at("李顾问"), 55);
  EXPECT_EQ(*consensus_for(r, "1.2").percent, 30);
  EXPECT_FALSE(consensus_for(r, "1.3").percent);  // nobody scored it
}

TEST(Consensus, TheLeadsAgreedValueStands) {
  Reviews r = reviews({{"1.1", "张工", 40}, {"1.1", "李顾问", 60}});
  r.agreed["1.1"] = 45;
  Consensus c = consensus_for(r, "1.1");
  EXPECT_EQ(*c.percent, 45);
  EXPECT_TRUE(c.agreed);
  EXPECT_EQ(*c.median, 50);
  EXPECT_TRUE(c.spread);  // still 20 apart: the flag shows it was discussed
  // An agreed value without any reviewer's score.
  r.agreed["2.1"] = 35;
  EXPECT_EQ(*consensus_for(r, "2.1").percent, 35);
  EXPECT_FALSE(consensus_for(r, "2.1").median);
}

TEST(Consensus, SpreadFlagAtTwentyPointsApart) {
  EXPECT_TRUE(consensus_for(reviews({{"1.1", "a", 50}, {"1.1", "b", 70}}), "1.1").spread);
  EXPECT_FALSE(consensus_for(reviews({{"1.1", "a", 50}, {"1.1", "b", 65}}), "1.1").spread);
  EXPECT_TRUE(consensus_for(reviews({{"1.1", "a", 30}, {"1.1", "b", 40}, {"1.1", "c", 55}}), "1.1").spread);
  EXPECT_FALSE(consensus_for(reviews({{"1.1", "a", 90}}), "1.1").spread);  // one reviewer
  // Shenzhen social whole numbers: 19 apart is not flagged.
  EXPECT_FALSE(consensus_for(reviews({{"1.1.1", "a", 41}, {"1.1.1", "b", 60}}), "1.1.1").spread);
}

TEST(Consensus, ALaterEntryForTheSameReviewerReplacesTheEarlierOne) {
  Reviews r = reviews({{"1.1", "a", 30}, {"1.1", "a", 60}});
  Consensus c = consensus_for(r, "1.1");
  EXPECT_EQ(c.by_reviewer.size(), 1u);
  EXPECT_EQ(*c.percent, 60);
}

}  // namespace
}  // namespace zp::scoring
