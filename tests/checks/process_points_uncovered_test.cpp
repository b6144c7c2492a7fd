#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

// Shenzhen economic 1.1 points: 文化建立 (使命 愿景 价值观 核心理念 深圳质量), 文化传递 (内外沟通 品牌推广
// 信息传播 示范 文化认同), 机制保障 (规章制度 行为规范 奖惩 守法 诚信), 文化发展 (适宜性 战略调整 品牌建设 文化内涵).
TEST(ProcessPointsUncovered, NamesThePointWhoseTermsAreAbsent) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1",
        "公司确立了使命、愿景和价值观，通过内外沟通和品牌推广传递文化，以规章制度和行为规范保障。"
        "每年审视文化的适宜性。");  // 文化发展: only one of its terms
  auto fs = run_one(r, "process.points_uncovered");
  ASSERT_EQ(where(fs), std::vector<std::string>{"1.1"});
  EXPECT_EQ(fs[0].severity, Severity::Info);
  EXPECT_NE(fs[0].message.find("文化发展"), std::string::npos) << fs[0].message;
  EXPECT_FALSE(fs[0].range);
}

TEST(ProcessPointsUncovered, SilentWhenEveryPointHasEnoughTerms) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1",
        "公司确立了使命、愿景和价值观，通过内外沟通和品牌推广传递文化，以规章制度和行为规范保障，"
        "每年审视文化的适宜性，随战略调整丰富文化内涵。");
  EXPECT_TRUE(run_one(r, "process.points_uncovered").empty());
}

}  // namespace
}  // namespace zp::checks::testing
