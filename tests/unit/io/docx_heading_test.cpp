// Taking draft headings apart and mapping them onto clauses.
#include "io/docx/heading_matcher.h"

#include <gtest/gtest.h>

#include "standards/library.h"

namespace zp::io::docx {
namespace {

const standards::Standard& sz() { return standards::Library::instance().get("shenzhen-2019-economic"); }
const standards::Standard& wh() { return standards::Library::instance().get("wuhan-2022-manufacturing"); }

TEST(DocxHeading, NumbersInTheFormsDraftsUse) {
  struct Case {
    const char* text;
    const char* number;
    const char* title;
  } cases[] = {
      {"1.1 文化引领", "1.1", "文化引领"},
      {"1.1文化引领", "1.1", "文化引领"},
      {"1.1、文化引领", "1.1", "文化引领"},
      {"5. 2. 1 概述", "5.2.1", "概述"},
      {"５.２.２引领发展（２０分）", "5.2.2", "引领发展"},
      {"1.3 领导的结果（40分）", "1.3", "领导的结果"},
      {"一、领导", "1", "领导"},
      {"十二、其他", "12", "其他"},
      {"第二部分 战略", "2", "战略"},
      {"1 领导", "1", "领导"},
      {"2. 战略规划", "2", "战略规划"},
      {"组织简介", "", "组织简介"},
      {"2021年营业收入", "", "2021年营业收入"},
      {"12%的增长", "", "12%的增长"},
      {"一是加强管理", "", "一是加强管理"},
  };
  for (const auto& c : cases) {
    HeadingText h = parse_heading(c.text);
    EXPECT_EQ(h.number, c.number) << c.text;
    EXPECT_EQ(h.title, c.title) << c.text;
  }
  EXPECT_TRUE(parse_heading("1.1 文化引领（20分）").points_note);
  EXPECT_TRUE(parse_heading("一、领导").chinese_number);
}

TEST(DocxHeading, PlainParagraphsLookLikeHeadingsOnlyWhenShort) {
  auto looks = [](const char* t) { return looks_like_heading(parse_heading(t), t); };
  EXPECT_TRUE(looks("1.1 文化引领"));
  EXPECT_TRUE(looks("一、领导"));
  EXPECT_FALSE(looks("1. 公司建立了完善的质量管理体系，覆盖全部业务。"));
  EXPECT_FALSE(looks("组织简介"));  // no number
  EXPECT_FALSE(looks("3.5万元的投入"));
}

TEST(DocxHeading, MatchByNumberAndTitle) {
  HeadingMatch m = match_heading(parse_heading("1.1 文化引领（20分）"), sz(), Evidence::Plain);
  ASSERT_NE(m.clause, nullptr);
  EXPECT_EQ(m.clause->id, "1.1");
  EXPECT_EQ(m.how, MatchHow::NumberAndTitle);
  EXPECT_TRUE(m.exact_title);
}

TEST(DocxHeading, WrongNumberIsOverruledByTheTitle) {
  HeadingMatch m = match_heading(parse_heading("1.2 战略制定"), sz(), Evidence::Styled);
  ASSERT_NE(m.clause, nullptr);
  EXPECT_EQ(m.clause->id, "2.1");
  EXPECT_EQ(m.how, MatchHow::Title);
  EXPECT_FALSE(m.note.empty());
}

TEST(DocxHeading, MissingNumberMatchesByTitleOrAlias) {
  HeadingMatch m = match_heading(parse_heading("领导结果"), sz(), Evidence::Styled);  // alias of 1.3
  ASSERT_NE(m.clause, nullptr);
  EXPECT_EQ(m.clause->id, "1.3");
  // A plain paragraph naming a title without a number is body text.
  EXPECT_EQ(match_heading(parse_heading("领导结果"), sz(), Evidence::Plain).clause, nullptr);
}

TEST(DocxHeading, CategoryInChineseNumeralsMatchesByTitleInWuhan) {
  HeadingMatch m = match_heading(parse_heading("一、领导作用"), wh(), Evidence::Plain);
  ASSERT_NE(m.clause, nullptr);
  EXPECT_EQ(m.clause->id, "5.2");
}

TEST(DocxHeading, WritersOwnOutlineDoesNotJumpToACategory) {
  // "三、完善制度" inside a section is not category 3 聚焦顾客.
  EXPECT_EQ(match_heading(parse_heading("三、完善制度"), sz(), Evidence::Styled).clause, nullptr);
  EXPECT_EQ(match_heading(parse_heading("1. 建立制度体系"), sz(), Evidence::Plain).clause, nullptr);
  // A title in the middle of a longer heading is a coincidence.
  EXPECT_EQ(match_heading(parse_heading("四、论文的文化引领尝试"), sz(), Evidence::Plain).clause, nullptr);
  // Body text numbered like a category is not the category unless its title is exact.
  EXPECT_EQ(match_heading(parse_heading("1. 领导带头抓质量"), sz(), Evidence::Plain).clause, nullptr);
  ASSERT_NE(match_heading(parse_heading("1. 领导带头抓质量"), sz(), Evidence::Bold).clause, nullptr);
  EXPECT_EQ(match_heading(parse_heading("1 领导"), sz(), Evidence::Plain).clause->id, "1");
}

TEST(DocxHeading, AmbiguousTitleMatchesNothing) {
  // Every Wuhan category has a 概述 clause: the title alone does not say which.
  EXPECT_EQ(match_heading(parse_heading("概述"), wh(), Evidence::Styled).clause, nullptr);
}

TEST(DocxHeading, TextHelpers) {
  EXPECT_EQ(fold_width("ＡＢ１２．３"), "AB12.3");
  EXPECT_EQ(trim("\u3000 文化 \t"), "文化");
  EXPECT_EQ(compact_key("1.1、文化 引领（20分）"), "11文化引领20分");
  EXPECT_EQ(utf8_length("文化ab"), 4u);
}

}  // namespace
}  // namespace zp::io::docx

namespace zp::io::docx {
namespace {

TEST(DocxHeading, NumberedHeadingsNeedAnExactTitleToBeMatchedByTitle) {
  const auto& bj = standards::Library::instance().get("beijing-2020");
  // 三 is clause 3 顾客与市场; the title merely ends in 战略 (clause 2).
  EXPECT_EQ(match_heading(parse_heading("三、 航空制造业采购战略"), bj, Evidence::Styled).clause, nullptr);
  // Without a number, a heading that begins with a clause title is close enough.
  HeadingMatch m = match_heading(parse_heading("组织简介（概况）"), sz(), Evidence::Styled);
  ASSERT_NE(m.clause, nullptr);
  EXPECT_EQ(m.clause->id, "0");
}

}  // namespace
}  // namespace zp::io::docx
