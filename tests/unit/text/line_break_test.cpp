#include "text/line_break.h"

#include <gtest/gtest.h>

#include "io/pdf/font.h"

namespace zp::text {
namespace {

// The code point positions where a line may break.
std::vector<size_t> allowed(const std::u32string& s) {
  std::vector<size_t> out;
  const auto k = break_opportunities(s);
  for (size_t i = 1; i < s.size(); ++i)
    if (k[i] != BreakKind::None) out.push_back(i);
  return out;
}

bool breaks_inside(const std::string& s, const std::string& word) {
  const std::u32string t = io::pdf::to_u32(s), w = io::pdf::to_u32(word);
  const size_t at = t.find(w);
  for (size_t b : allowed(t))
    if (b > at && b < at + w.size()) return true;
  return false;
}

TEST(LineBreak, BetweenChineseCharactersAndAtTheEnd) {
  const std::u32string s = U"质量管理";
  EXPECT_EQ(allowed(s), (std::vector<size_t>{1, 2, 3}));
  const auto k = break_opportunities(s);
  ASSERT_EQ(k.size(), s.size() + 1);
  EXPECT_EQ(k[0], BreakKind::None);
  EXPECT_EQ(k[s.size()], BreakKind::Mandatory);
  EXPECT_EQ(break_opportunities(U"").size(), 1u);
}

TEST(LineBreak, NumbersPercentagesAndLatinWordsStayWhole) {
  const std::string s = "营业收入达到1,200.5万元，增长12.5%，Hunspell词典";
  EXPECT_FALSE(breaks_inside(s, "1,200.5"));
  EXPECT_FALSE(breaks_inside(s, "12.5%"));
  EXPECT_FALSE(breaks_inside(s, "Hunspell"));
  EXPECT_TRUE(breaks_inside(s, "营业收入"));
}

TEST(LineBreak, NoLineStartsWithClosingPunctuation) {
  const std::u32string s = U"顾客满意度提升。（见表1）“质量第一”";
  for (size_t b : allowed(s)) {
    EXPECT_NE(s[b], U'。') << b;
    EXPECT_NE(s[b], U'）') << b;
    EXPECT_NE(s[b], U'”') << b;
    EXPECT_NE(s[b - 1], U'（') << b;
    EXPECT_NE(s[b - 1], U'“') << b;
  }
  EXPECT_FALSE(allowed(s).empty());
}

}  // namespace
}  // namespace zp::text
