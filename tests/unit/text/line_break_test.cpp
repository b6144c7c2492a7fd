#include "text/line_break.h"

#include <gtest/gtest.h>

namespace zp::text {
namespace {

// The byte offsets where a line may break.
std::vector<size_t> allowed(const std::string& s) {
  std::vector<size_t> out;
  const auto k = break_opportunities_utf8(s);
  for (size_t i = 1; i < s.size(); ++i)
    if (k[i] != BreakKind::None) out.push_back(i);
  return out;
}

bool breaks_inside(const std::string& s, const std::string& word) {
  const size_t at = s.find(word);
  for (size_t b : allowed(s))
    if (b > at && b < at + word.size()) return true;
  return false;
}

TEST(LineBreak, Utf8OffsetsFollowTheCodePoints) {
  const std::string s = "质量管理";  // 3 bytes each: breaks between characters only
  EXPECT_EQ(allowed(s), (std::vector<size_t>{3, 6, 9}));
  const auto k = break_opportunities_utf8(s);
  ASSERT_EQ(k.size(), s.size() + 1);
  EXPECT_EQ(k[0], BreakKind::None);
  EXPECT_EQ(k[s.size()], BreakKind::Mandatory);
}

TEST(LineBreak, NumbersPercentagesAndLatinWordsStayWhole) {
  const std::string s = "营业收入达到1,200.5万元，增长12.5%，Hunspell词典";
  EXPECT_FALSE(breaks_inside(s, "1,200.5"));
  EXPECT_FALSE(breaks_inside(s, "12.5%"));
  EXPECT_FALSE(breaks_inside(s, "Hunspell"));
  EXPECT_TRUE(breaks_inside(s, "营业收入"));
}

TEST(LineBreak, NoLineStartsWithClosingPunctuation) {
  const std::string s = "顾客满意度提升。（见表1）“质量第一”";
  for (size_t b : allowed(s)) {
    const std::string rest = s.substr(b);
    EXPECT_NE(rest.rfind("。", 0), 0u) << b;
    EXPECT_NE(rest.rfind("）", 0), 0u) << b;
    EXPECT_NE(rest.rfind("”", 0), 0u) << b;
    const std::string before = s.substr(0, b);
    EXPECT_FALSE(before.size() >= 3 && (before.substr(before.size() - 3) == "（" || before.substr(before.size() - 3) == "“"))
        << b;
  }
  EXPECT_FALSE(allowed(s).empty());
}

TEST(LineBreak, InvalidBytesDoNotCrashAndKeepOffsets) {
  const std::string s = std::string("ab\xff\xfe") + "中" + "\xe4\xb8";  // stray bytes, cut character
  const auto k = break_opportunities_utf8(s);
  EXPECT_EQ(k.size(), s.size() + 1);
  EXPECT_EQ(break_opportunities_utf8("").size(), 1u);
}

}  // namespace
}  // namespace zp::text
