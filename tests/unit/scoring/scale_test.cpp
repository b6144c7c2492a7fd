#include "scoring/scale.h"

#include <gtest/gtest.h>

#include "standards/library.h"
#include "util/error.h"

namespace zp::scoring {
namespace {

using standards::Library;
using standards::Standard;

const Standard& std_(const char* id) { return Library::instance().get(id); }

std::string refusal(const char* standard, const char* clause, double percent) {
  const Standard& st = std_(standard);
  try {
    validate_percent(st, scoring_unit(st, clause), percent, "r.zpr");
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Invalid);
    EXPECT_EQ(e.file(), "r.zpr");
    return e.message();
  }
  return {};
}

TEST(Scale, FivePercentGuideRefuses57AndNamesTheAllowedValues) {
  std::string m = refusal("shenzhen-2019-economic", "1.1", 57);
  ASSERT_FALSE(m.empty());
  EXPECT_NE(m.find("57%"), std::string::npos) << m;
  EXPECT_NE(m.find("1.1"), std::string::npos) << m;
  EXPECT_NE(m.find("0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100"), std::string::npos) << m;
  EXPECT_TRUE(refusal("shenzhen-2019-economic", "1.1", 55).empty());
  EXPECT_TRUE(refusal("shenzhen-2019-economic", "1.3", 0).empty());
  EXPECT_TRUE(refusal("shenzhen-2019-economic", "1.3", 100).empty());
  EXPECT_FALSE(refusal("shenzhen-2019-economic", "1.3", 105).empty());
  EXPECT_FALSE(refusal("shenzhen-2019-economic", "1.3", -5).empty());
  EXPECT_FALSE(refusal("beijing-2020", "7.1", 52.5).empty());
}

TEST(Scale, WuhanIndividualBandsStartAt30) {
  std::string m = refusal("wuhan-2022-individual", "1.1", 20);
  ASSERT_FALSE(m.empty());
  EXPECT_NE(m.find("30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100"), std::string::npos) << m;
  EXPECT_EQ(m.find("25"), std::string::npos) << m;
  EXPECT_TRUE(refusal("wuhan-2022-individual", "1.1", 30).empty());
  EXPECT_TRUE(refusal("wuhan-2022-individual", "2.3", 85).empty());
  EXPECT_FALSE(refusal("wuhan-2022-individual", "2.3", 0).empty());
}

TEST(Scale, ShenzhenSocialTakesWholeNumbersWithinTheFiveLevels) {
  EXPECT_TRUE(refusal("shenzhen-2019-social", "1.1.1", 37).empty());
  EXPECT_TRUE(refusal("shenzhen-2019-social", "3.1.2", 0).empty());
  std::string m = refusal("shenzhen-2019-social", "1.1.1", 37.5);
  EXPECT_NE(m.find("any whole number from 0 to 100"), std::string::npos) << m;
  EXPECT_FALSE(refusal("shenzhen-2019-social", "1.1.1", 101).empty());
  const Standard& st = std_("shenzhen-2019-social");
  Scale s = scale_for(st, *st.clause("1.1.1"));
  ASSERT_EQ(s.guides.size(), 1u);
  EXPECT_EQ(s.allowed_values().size(), 101u);
  ASSERT_NE(s.bands_for(37).front(), nullptr);
  EXPECT_EQ(s.bands_for(37).front()->name, "较好水平");
}

TEST(Scale, WuhanCategoryIsJudgedOnProcessAndResultsGuidesTogether) {
  const Standard& st = std_("wuhan-2022-manufacturing");
  Scale s = scale_for(st, scoring_unit(st, "5.2"));
  ASSERT_EQ(s.guides.size(), 2u);
  EXPECT_EQ(s.guides[0]->id, "process");
  EXPECT_EQ(s.guides[1]->id, "results");
  EXPECT_TRUE(s.accepts(55));
  EXPECT_FALSE(s.accepts(57));
  EXPECT_EQ(s.allowed_values().size(), 21u);
  EXPECT_FALSE(refusal("wuhan-2022-service", "5.7", 12).empty());
}

TEST(Scale, UnknownClauseAndNonUnitsAreRefusedNamingTheUnits) {
  const Standard& st = std_("shenzhen-2019-economic");
  try {
    scoring_unit(st, "9.9", "r.zpr");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::NotFound);
    EXPECT_NE(e.message().find("9.9"), std::string::npos);
    EXPECT_NE(e.message().find("1.1, 1.2, 1.3, 2.1"), std::string::npos) << e.message();
  }
  try {
    scoring_unit(st, "1", "r.zpr");  // a category: its items are scored
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Invalid);
    EXPECT_NE(e.message().find("not a scoring unit"), std::string::npos);
  }
  EXPECT_THROW(scoring_unit(std_("wuhan-2022-manufacturing"), "5.2.2"), Error);  // judged with its category
  EXPECT_THROW(scoring_unit(std_("shenzhen-2019-social"), "1.1"), Error);       // the third level is scored
  EXPECT_THROW(scoring_unit(std_("beijing-2020"), "0"), Error);                 // the profile is not scored
  EXPECT_TRUE(is_scoring_unit(std_("shenzhen-2019-social"), "3.3.2"));
}

TEST(Scale, EveryUnitOfEveryStandardHasAScaleAndUnitsAddUpToTheTotal) {
  for (const Standard* st : Library::instance().all()) {
    double points = 0;
    for (const standards::Clause* u : st->scoring_units()) {
      Scale s = scale_for(*st, *u);
      EXPECT_FALSE(s.guides.empty()) << st->id << " " << u->id;
      EXPECT_FALSE(s.allowed_values().empty()) << st->id << " " << u->id;
      EXPECT_TRUE(s.accepts(s.allowed_values().back())) << st->id << " " << u->id;
      points += u->points.value_or(0);
    }
    EXPECT_DOUBLE_EQ(points, st->total_points) << st->id;
  }
}

TEST(Scale, PercentText) {
  EXPECT_EQ(percent_text(55), "55");
  EXPECT_EQ(percent_text(52.5), "52.5");
  EXPECT_EQ(percent_text(100), "100");
}

}  // namespace
}  // namespace zp::scoring
