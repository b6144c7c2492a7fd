#include "io/pdf/line_breaker.h"

#include <gtest/gtest.h>

#include "io/pdf/font.h"

namespace zp::io::pdf {
namespace {

/// Advances as a typesetter would see them: CJK 1 em, Latin and digits half an em.
std::vector<double> widths(const std::u32string& t) {
  std::vector<double> w;
  for (char32_t c : t) w.push_back(c < 0x2000 ? 0.5 : 1.0);
  return w;
}

std::vector<std::u32string> lines_of(const std::u32string& t, double width) {
  std::vector<std::u32string> out;
  for (const Line& l : break_lines(t, widths(t), width, width)) out.push_back(t.substr(l.begin, l.end - l.begin));
  return out;
}

TEST(PdfLineBreaker, NoLineStartsWithClosingPunctuationAtAnyWidth) {
  const std::u32string t =
      U"公司坚持以顾客为中心，建立了覆盖全价值链的质量管理体系。顾客满意度达到92.5%！"
      U"（详见表3）形成了“战略—执行—评价”闭环；《卓越绩效评价准则》要求：持续改进？是的。";
  for (double w = 4; w <= 20; w += 0.5) {
    const auto lines = lines_of(t, w);
    std::u32string joined;
    for (size_t i = 0; i < lines.size(); ++i) {
      const auto& l = lines[i];
      ASSERT_FALSE(l.empty()) << "width " << w;
      if (i > 0) {
        EXPECT_FALSE(text::forbidden_at_line_start(l.front())) << "width " << w << " line " << i << ": " << to_utf8(l);
      }
      if (i + 1 < lines.size()) {
        EXPECT_FALSE(text::forbidden_at_line_end(l.back())) << "width " << w << " line " << i << ": " << to_utf8(l);
      }
      joined += l;
    }
    EXPECT_EQ(joined, t) << "lines must give back the text, width " << w;
  }
}

TEST(PdfLineBreaker, LatinWordsAndNumbersStayWhole) {
  const std::u32string t = U"通过ISO 9001与IATF 16949认证，关键工序一次合格率提升至99.25%，引入Lean Six Sigma方法。";
  auto latin = [](char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'A' && c <= U'z') || c == U'.' || c == U'%'; };
  for (double w = 6; w <= 16; w += 0.5) {
    const auto ls = break_lines(t, widths(t), w, w);
    for (size_t i = 0; i + 1 < ls.size(); ++i) {
      // Between two lines: either a space was dropped, or not both sides are Latin or digits.
      if (ls[i].end < ls[i + 1].begin) continue;
      EXPECT_FALSE(latin(t[ls[i].end - 1]) && latin(t[ls[i + 1].begin]))
          << "width " << w << ": split inside a word at line " << i << " "
          << to_utf8(t.substr(ls[i].begin, ls[i].end - ls[i].begin));
    }
  }
}

TEST(PdfLineBreaker, PercentAndClosingBracketsNeverStartALine) {
  EXPECT_TRUE(text::forbidden_at_line_start(U'，'));
  EXPECT_TRUE(text::forbidden_at_line_start(U'。'));
  EXPECT_TRUE(text::forbidden_at_line_start(U'%'));
  EXPECT_TRUE(text::forbidden_at_line_start(U'）'));
  EXPECT_TRUE(text::forbidden_at_line_start(U'」'));
  EXPECT_TRUE(text::forbidden_at_line_start(U'》'));
  EXPECT_TRUE(text::forbidden_at_line_end(U'（'));
  EXPECT_TRUE(text::forbidden_at_line_end(U'「'));
  EXPECT_TRUE(text::forbidden_at_line_end(U'《'));
  EXPECT_FALSE(text::forbidden_at_line_start(U'中'));
  // "5" would still fit on the first line, but % may not start the next: both move down.
  const auto lines = lines_of(U"合格率达到九十五 5%", 9);
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1], U"5%");
}

TEST(PdfLineBreaker, OverlongWordIsBrokenAsALastResort) {
  const std::u32string t = U"https://example.com/a/very/long/path/without/spaces";
  const auto lines = lines_of(t, 5);  // 10 characters per line
  ASSERT_GT(lines.size(), 1u);
  for (const auto& l : lines) EXPECT_LE(l.size(), 10u);
}

TEST(PdfLineBreaker, HardBreaksEndALineAndAreNotJustified) {
  const std::u32string t = U"第一行\n第二行";
  const auto ls = break_lines(t, widths(t), 20, 20);
  ASSERT_EQ(ls.size(), 2u);
  EXPECT_TRUE(ls[0].last);
  EXPECT_EQ(t.substr(ls[0].begin, ls[0].end - ls[0].begin), U"第一行");
  for (double g : justify_gaps(t, ls[0], 20, 5)) EXPECT_EQ(g, 0);
}

TEST(PdfLineBreaker, JustificationFillsTheLineExactly) {
  const std::u32string t = U"公司坚持以顾客为中心，建立了覆盖全价值链的质量管理体系，持续改进。";
  const double width = 10.4;  // not a whole number of characters: every full line has slack
  const auto ls = break_lines(t, widths(t), width, width);
  ASSERT_GT(ls.size(), 2u);
  for (const Line& l : ls) {
    const auto gaps = justify_gaps(t, l, width, 1.0);
    ASSERT_EQ(gaps.size(), l.end - l.begin);
    double sum = 0;
    for (double g : gaps) sum += g;
    if (l.last) {
      EXPECT_EQ(sum, 0);
      continue;
    }
    EXPECT_NEAR(l.width + sum, width, 1e-9);
    EXPECT_EQ(gaps.back(), 0);
    for (size_t k = 0; k + 1 < gaps.size(); ++k) EXPECT_NEAR(gaps[k], gaps[0], 1e-12);  // all CJK: even gaps
  }
  // Too much slack (a ragged line with a long word after it) stays unjustified.
  Line loose{0, 3, 3, 1.5, false};
  for (double g : justify_gaps(U"abc", loose, 10, 1.0)) EXPECT_EQ(g, 0);
}

TEST(PdfLineBreaker, JustificationIsEvenInChineseAndAtSpacesInEnglish) {
  auto justify = [](const std::u32string& t, double slack) {
    Line l{0, t.size(), t.size(), 0, false};
    for (double a : widths(t)) l.width += a;
    auto gaps = justify_gaps(t, l, l.width + slack, 1.0);
    double sum = 0;
    for (double g : gaps) sum += g;
    EXPECT_NEAR(sum, slack, 1e-9);
    return gaps;
  };
  // Chinese with a Latin term: every gap alike.
  const std::u32string zh = U"采用精益六西格玛与Lean Six方法";
  auto g = justify(zh, 2);
  EXPECT_GT(g[0], 0);
  for (size_t k = 0; k + 1 < zh.size(); ++k) EXPECT_NEAR(g[k], g[0], 1e-12);
  // An English sentence: at its spaces only, words stay tight.
  const std::u32string en = U"The guidance point does not seem to be addressed";
  g = justify(en, 3);
  for (size_t k = 0; k + 1 < en.size(); ++k) {
    if (en[k] == U' ') EXPECT_GT(g[k], 0) << k;
    else EXPECT_EQ(g[k], 0) << k;
  }
}

TEST(PdfLineBreaker, FirstLineIndentIsHonoured) {
  const std::u32string t(30, U'字');
  const auto ls = break_lines(t, widths(t), 8, 10);
  ASSERT_EQ(ls.size(), 4u);
  EXPECT_EQ(ls[0].end - ls[0].begin, 8u);
  EXPECT_EQ(ls[1].end - ls[1].begin, 10u);
}

}  // namespace
}  // namespace zp::io::pdf

namespace zp::io::pdf {
namespace {

TEST(PdfLineBreaker, CharactersBeyondTheBmpCountAsOne) {
  const std::u32string t = U"𠀀𠀀𠀀，中文𠀀𠀀。";
  const auto br = text::break_opportunities(t);
  ASSERT_EQ(br.size(), t.size() + 1);
  EXPECT_EQ(br[3], text::BreakKind::None);  // never before ，
  EXPECT_EQ(br[8], text::BreakKind::None);  // never before 。
  EXPECT_EQ(br[2], text::BreakKind::Allowed);
  EXPECT_EQ(br[t.size()], text::BreakKind::Mandatory);
}

TEST(PdfLineBreaker, EmptyTextIsOneEmptyLastLine) {
  const auto ls = break_lines(U"", {}, 10, 10);
  ASSERT_EQ(ls.size(), 1u);
  EXPECT_EQ(ls[0].begin, 0u);
  EXPECT_EQ(ls[0].end, 0u);
  EXPECT_TRUE(ls[0].last);
  const auto spaces = break_lines(U"   ", {0.5, 0.5, 0.5}, 10, 10);
  ASSERT_EQ(spaces.size(), 1u);
  EXPECT_EQ(spaces[0].end, 0u);
}

}  // namespace
}  // namespace zp::io::pdf
