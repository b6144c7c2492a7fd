#include <gtest/gtest.h>

#include "checks/check_fixtures.h"

namespace zp::checks::testing {
namespace {

TEST(TextNonBmp, FiresWithTheRangeOfEachRun) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", "文化建设。");
  write(r, "1.1", "员工😀😀满意，𠀀字。");
  auto fs = run_one(r, "text.non_bmp");
  ASSERT_EQ(fs.size(), 2u);
  EXPECT_EQ(fs[0].severity, Severity::Warning);
  ASSERT_TRUE(fs[0].range);
  EXPECT_EQ(fs[0].range->block, 1);
  EXPECT_EQ(fs[0].range->begin, 2);
  EXPECT_EQ(fs[0].range->end, 4);
  ASSERT_TRUE(fs[1].range);
  EXPECT_EQ(fs[1].range->begin, 7);
  EXPECT_EQ(fs[1].range->end, 8);
}

TEST(TextNonBmp, TheCoverIsCheckedToo) {
  Report r = report_for("shenzhen-2019-economic");
  r.organisation = "𠮷野家餐饮有限公司";
  auto fs = run_one(r, "text.non_bmp");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs[0].clause, "");
  EXPECT_FALSE(fs[0].range);
}

TEST(TextNonBmp, SilentForBasicPlaneText) {
  Report r = report_for("shenzhen-2019-economic");
  r.organisation = "吉野家餐饮有限公司";
  write(r, "1.1", "质量“第一”①，ＡＢＣ — ok。");
  EXPECT_TRUE(run_one(r, "text.non_bmp").empty());
}

}  // namespace
}  // namespace zp::checks::testing
