#include "checks/sentences.h"

#include <gtest/gtest.h>

#include <string>

#include "checks/clause_text.h"

namespace zp::checks {
namespace {

TEST(Sentences, ChineseAndLatinEndsAndLineBreaks) {
  std::vector<std::string> got;
  for (auto s : split_sentences("营业收入下降。原因是疫情！是吗？\nSales fell. Why")) got.emplace_back(s);
  EXPECT_EQ(got, (std::vector<std::string>{"营业收入下降。", "原因是疫情！", "是吗？\n", "Sales fell. ", "Why"}));
  EXPECT_TRUE(split_sentences("").empty());
}

TEST(ClauseText, CodePointOffsets) {
  const std::string s = "质量abc管理";
  EXPECT_EQ(code_points_before(s, 6), 2);
  EXPECT_EQ(code_point_count(s), 7);
  EXPECT_EQ(advance_code_points(s, 0, 3), 7u);
  EXPECT_EQ(advance_code_points(s, 0, 100), s.size());
}

}  // namespace
}  // namespace zp::checks
