#include "checks/guidance_coverage.h"

#include <gtest/gtest.h>

namespace zp::checks {
namespace {

standards::GuidancePoint point(std::vector<std::string> terms, std::string name = "文化建立") {
  standards::GuidancePoint p;
  p.label = p.name = std::move(name);
  p.terms = std::move(terms);
  return p;
}

model::Section section(const std::string& text) {
  model::Section s;
  s.clause_id = "1.1";
  s.blocks.push_back(model::Paragraph{{model::Run{text, false, false}}});
  return s;
}

TEST(GuidanceCoverage, EnoughTermsCoverAPoint) {
  CheckConfig cfg = CheckConfig::builtin();
  cfg.min_matched_terms = 2;
  auto p = point({"使命", "愿景", "价值观"});
  EXPECT_TRUE(point_coverage(p, "明确了使命与愿景", cfg).covered());
  PointCoverage one = point_coverage(p, "明确了使命", cfg);
  EXPECT_FALSE(one.covered());
  EXPECT_EQ(one.found, 1u);
  EXPECT_EQ(one.needed, 2u);
}

TEST(GuidanceCoverage, APointWithFewerTermsNeedsAllOfThem) {
  CheckConfig cfg = CheckConfig::builtin();
  cfg.min_matched_terms = 3;
  auto p = point({"使命", "愿景"});
  EXPECT_EQ(point_coverage(p, "", cfg).needed, 2u);
  EXPECT_TRUE(point_coverage(p, "使命和愿景", cfg).covered());
}

TEST(GuidanceCoverage, PerClauseTicksFollowTheSectionText) {
  standards::Clause c;
  c.id = "1.1";
  c.points_list = {point({"使命", "愿景", "价值观"}), point({"宣贯", "培训", "传播"}, "文化传递"), point({}, "机制保障")};
  model::Section s = section("确立使命、愿景和价值观，建立机制保障。");
  EXPECT_EQ(guidance_coverage(c, &s), (std::vector<bool>{true, false, true}));
  EXPECT_EQ(guidance_coverage(c, nullptr), (std::vector<bool>{false, false, false}));
}

}  // namespace
}  // namespace zp::checks
