#include <gtest/gtest.h>

#include "checks/check_fixtures.h"
#include "text/report_count.h"
#include "util/format.h"

namespace zp::checks::testing {
namespace {

TEST(LengthOverLimit, FiresOverTheReportLimitWithCountLimitAndExcess) {
  Report r = report_for("shenzhen-2019-economic");  // limit 30,000 字
  write(r, "1.1", han(30000));
  auto fs = run_one(r, "length.over_limit");
  ASSERT_EQ(fs.size(), 1u);
  const long total = text::count_report(r, standard(r.standard_id)).total.words;
  EXPECT_EQ(fs[0].severity, Severity::Error);
  EXPECT_EQ(fs[0].clause, "");
  EXPECT_NE(fs[0].message.find("30,000"), std::string::npos);
  EXPECT_NE(fs[0].message.find(group_digits(total - 30000)), std::string::npos) << fs[0].message;
}

TEST(LengthOverLimit, NamesTheClausesThatGrewMostSinceTheLastSave) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", han(20000));
  write(r, "2.1", han(11000));
  CheckOptions o;
  o.previous_clause_counts = {{"1.1", 20006}, {"2.1", 100}};
  auto fs = run_one(r, "length.over_limit", o);
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_NE(fs[0].message.find("2.1 (+"), std::string::npos) << fs[0].message;
  EXPECT_EQ(fs[0].message.find("1.1 (+"), std::string::npos) << fs[0].message;
}

TEST(LengthOverLimit, SilentAtTheLimitAndWithoutALimit) {
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", han(1000));
  EXPECT_TRUE(run_one(r, "length.over_limit").empty());
  Report w = report_for("wuhan-2022-manufacturing");  // no limit stated
  write(w, "5.2.2", han(100000));
  EXPECT_TRUE(run_one(w, "length.over_limit").empty());
}

}  // namespace
}  // namespace zp::checks::testing
