#include <gtest/gtest.h>

#include "checks/check_fixtures.h"
#include "text/report_count.h"

namespace zp::checks::testing {
namespace {

long total_of(const Report& r) { return text::count_report(r, standard(r.standard_id)).total.words; }

TEST(LengthNearLimit, FiresAtNinetyFivePercent) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", han(1));
  const long base = total_of(r) - 1;  // headings
  r.section("1.1")->blocks[0] = para(han(static_cast<int>(28500 - base)));
  ASSERT_EQ(total_of(r), 28500);
  auto fs = run_one(r, "length.near_limit");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs[0].severity, Severity::Warning);
  EXPECT_NE(fs[0].message.find("1,500"), std::string::npos) << fs[0].message;  // what remains
}

TEST(LengthNearLimit, SilentBelowTheShareAndOverTheLimit) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", han(1));
  const long base = total_of(r) - 1;
  r.section("1.1")->blocks[0] = para(han(static_cast<int>(28499 - base)));
  ASSERT_EQ(total_of(r), 28499);
  EXPECT_TRUE(run_one(r, "length.near_limit").empty());
  r.section("1.1")->blocks[0] = para(han(30001));
  EXPECT_TRUE(run_one(r, "length.near_limit").empty());  // length.over_limit's
}

}  // namespace
}  // namespace zp::checks::testing
