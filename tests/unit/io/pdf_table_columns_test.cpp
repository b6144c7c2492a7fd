#include "io/pdf/table_columns.h"

#include <gtest/gtest.h>

namespace zp::io::pdf {
namespace {

const Font& font() {
  static Font f(locate_font());
  return f;
}

double sum(const std::vector<double>& v) {
  double s = 0;
  for (double x : v) s += x;
  return s;
}

TEST(PdfTableColumns, NarrowTablesSpreadToTheFullWidthByWhatColumnsWant) {
  const auto w = column_widths({{"部门", "人数"}, {"研发中心", "120"}}, font(), 9, 4, 400);
  ASSERT_EQ(w.size(), 2u);
  EXPECT_NEAR(sum(w), 400, 1e-6);
  EXPECT_GT(w[0], w[1]);  // 研发中心 wants more than 120
}

TEST(PdfTableColumns, WideTablesKeepShortColumnsReadable) {
  const std::string longtext(300, 'x');  // one unbreakable word, capped at a third
  const std::string prose = "公司坚持以顾客为中心建立质量管理体系，持续改进。公司坚持以顾客为中心建立质量管理体系";
  const auto w = column_widths({{"序号", "说明", "部门"}, {"1", prose, "质量管理部"}, {"2", longtext, "运营中心"}}, font(),
                               9, 4, 400);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NEAR(sum(w), 400, 1e-6);
  EXPECT_GE(w[2], 4 * 9 + 8);   // four characters of 部门
  EXPECT_LE(w[1], 400 - w[0] - w[2] + 1e-6);
  EXPECT_GE(w[0], 9.0);
}

TEST(PdfTableColumns, RaggedAndEmptyRowsAreFine) {
  EXPECT_TRUE(column_widths({}, font(), 9, 4, 400).empty());
  const auto w = column_widths({{"甲"}, {}, {"乙", "丙", "丁"}}, font(), 9, 4, 300);
  ASSERT_EQ(w.size(), 3u);
  EXPECT_NEAR(sum(w), 300, 1e-6);
}

}  // namespace
}  // namespace zp::io::pdf
