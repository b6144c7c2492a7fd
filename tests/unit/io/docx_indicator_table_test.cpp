// Recognising indicator tables and deciding directions from the lexicon.
#include "io/docx/indicator_table.h"

#include <gtest/gtest.h>

#include "util/embedded.h"
#include "util/error.h"

namespace zp::io::docx {
namespace {

using model::ComparisonKind;
using model::Direction;
using Grid = std::vector<std::vector<std::string>>;

const DirectionLexicon& lex() { return DirectionLexicon::builtin(); }

TEST(DocxDirectionLexicon, TheMeasureTheNameEndsInDecides) {
  EXPECT_EQ(lex().direction_of("故障率"), Direction::LowerIsBetter);
  EXPECT_EQ(lex().direction_of("设备故障率"), Direction::LowerIsBetter);
  EXPECT_EQ(lex().direction_of("不良品率（%）"), Direction::LowerIsBetter);
  EXPECT_EQ(lex().direction_of("员工离职率"), Direction::LowerIsBetter);
  EXPECT_EQ(lex().direction_of("单位成本"), Direction::LowerIsBetter);
  EXPECT_EQ(lex().direction_of("产品交付周期"), Direction::LowerIsBetter);
  EXPECT_EQ(lex().direction_of("故障修复及时率"), Direction::HigherIsBetter);
  EXPECT_EQ(lex().direction_of("不良品拦截率"), Direction::HigherIsBetter);
  EXPECT_EQ(lex().direction_of("节能率"), Direction::HigherIsBetter);
  EXPECT_EQ(lex().direction_of("成本降低额"), Direction::HigherIsBetter);
  EXPECT_EQ(lex().direction_of("顾客满意度"), Direction::HigherIsBetter);
  EXPECT_EQ(lex().direction_of("合规审计发现项"), Direction::Unknown);
  EXPECT_EQ(lex().direction_of("某某率"), Direction::Unknown);  // 率 alone says nothing
}

TEST(DocxDirectionLexicon, CellsNameDirections) {
  EXPECT_EQ(DirectionLexicon::from_cell("越高越好"), Direction::HigherIsBetter);
  EXPECT_EQ(DirectionLexicon::from_cell(" ↓ "), Direction::LowerIsBetter);
  EXPECT_FALSE(DirectionLexicon::from_cell("其他").has_value());
}

TEST(DocxDirectionLexicon, TheDataFileIsValidatedAndABrokenOneRefused) {
  EXPECT_GT(lex().size(), 50u);
  EXPECT_THROW(DirectionLexicon::parse("<indicator-directions format=\"1\"><measure suffix=\"率\" direction=\"up\"/>"
                                       "</indicator-directions>",
                                       "bad.xml"),
               zp::Error);
}

TEST(DocxIndicatorTable, YearHeaders) {
  EXPECT_EQ(header_year("2021"), 2021);
  EXPECT_EQ(header_year("2021年"), 2021);
  EXPECT_EQ(header_year("2021年度"), 2021);
  EXPECT_EQ(header_year("２０２２年"), 2022);
  EXPECT_FALSE(header_year("2021年目标").has_value());
  EXPECT_FALSE(header_year("单位").has_value());
}

TEST(DocxIndicatorTable, HeaderRoles) {
  EXPECT_EQ(classify_header("单位").role, ColumnRole::Unit);
  EXPECT_EQ(classify_header("目标值").role, ColumnRole::Target);
  EXPECT_EQ(classify_header("原因分析").role, ColumnRole::Note);
  EXPECT_EQ(classify_header("备注").role, ColumnRole::Note);
  for (const char* b : {"标杆", "标杆值", "对标值", "行业先进", "行业领先", "国内先进", "国际先进"}) {
    ColumnHeader h = classify_header(b);
    EXPECT_EQ(h.role, ColumnRole::Comparison) << b;
    EXPECT_EQ(h.kind, ComparisonKind::Benchmark) << b;
  }
  EXPECT_EQ(classify_header("行业平均值").kind, ComparisonKind::IndustryAverage);
  EXPECT_EQ(classify_header("竞争对手A").kind, ComparisonKind::Competitor);
  ColumnHeader y = classify_header("2023年行业平均");
  EXPECT_EQ(y.role, ColumnRole::Comparison);
  EXPECT_EQ(y.year, 2023);
}

TEST(DocxIndicatorTable, RowsAreIndicators) {
  Grid g = {{"指标", "单位", "2021年", "2022年", "2023年", "行业平均", "竞争对手A", "目标值", "说明"},
            {"设备故障率", "%", "2.1", "1.8", "1.5", "2.5", "1.9", "1.4", "逐年下降"},
            {"营业收入", "万元", "1,234.5", "—", "/", "", "", "", ""}};
  auto t = recognise_indicator_table(g, lex());
  ASSERT_TRUE(t);
  EXPECT_EQ(t->years, (std::vector<int>{2021, 2022, 2023}));
  ASSERT_EQ(t->indicators.size(), 2u);
  const auto& a = t->indicators[0];
  EXPECT_EQ(a.name, "设备故障率");
  EXPECT_EQ(a.unit, "%");
  EXPECT_EQ(a.direction, Direction::LowerIsBetter);
  EXPECT_DOUBLE_EQ(*a.values.at(2022).number, 1.8);
  ASSERT_TRUE(a.target);
  EXPECT_EQ(a.target->text, "1.4");
  ASSERT_EQ(a.comparisons.size(), 2u);
  EXPECT_EQ(a.comparisons[0].kind, ComparisonKind::IndustryAverage);
  EXPECT_EQ(a.comparisons[1].kind, ComparisonKind::Competitor);
  EXPECT_EQ(a.comparisons[1].single->text, "1.9");
  EXPECT_EQ(a.note, "逐年下降");
  const auto& b = t->indicators[1];
  EXPECT_DOUBLE_EQ(*b.values.at(2021).number, 1234.5);
  EXPECT_EQ(b.values.at(2022).text, "—");
  EXPECT_FALSE(b.values.at(2022).number);
  EXPECT_FALSE(b.values.at(2023).number);
}

TEST(DocxIndicatorTable, ComparisonRowsUnderTheirIndicator) {
  // The layout Zhuoping's own export writes.
  Grid g = {{"指标", "单位", "2021", "2022", "2023", "目标值", "说明"},
            {"顾客满意度", "分", "85", "87", "90", "", ""},
            {"行业平均", "", "80", "81", "82", "", ""}};
  auto t = recognise_indicator_table(g, lex());
  ASSERT_TRUE(t);
  ASSERT_EQ(t->indicators.size(), 1u);
  ASSERT_EQ(t->indicators[0].comparisons.size(), 1u);
  EXPECT_EQ(t->indicators[0].comparisons[0].by_year.at(2023).text, "82");
}

TEST(DocxIndicatorTable, DirectionColumnWins) {
  Grid g = {{"指标", "2022", "2023", "方向"}, {"设备故障率", "1", "2", "越高越好"}};
  auto t = recognise_indicator_table(g, lex());
  ASSERT_TRUE(t);
  EXPECT_EQ(t->indicators[0].direction, Direction::HigherIsBetter);
}

TEST(DocxIndicatorTable, TransposedTablesHaveYearsAsRows) {
  Grid g = {{"年份", "顾客满意度（分）", "员工离职率（%）"},
            {"2021年", "86.3", "5.8"},
            {"2022年", "88.0", "5.1"},
            {"目标值", "90", "5.0"}};
  auto t = recognise_indicator_table(g, lex());
  ASSERT_TRUE(t);
  EXPECT_EQ(t->years, (std::vector<int>{2021, 2022}));
  ASSERT_EQ(t->indicators.size(), 2u);
  EXPECT_EQ(t->indicators[1].name, "员工离职率");
  EXPECT_EQ(t->indicators[1].unit, "%");
  EXPECT_EQ(t->indicators[1].direction, Direction::LowerIsBetter);
  EXPECT_EQ(t->indicators[1].target->text, "5.0");
}

TEST(DocxIndicatorTable, OrdinaryTablesAreNotIndicatorTables) {
  Grid g = {{"活动", "次数"}, {"文化讲堂", "12"}};
  EXPECT_FALSE(recognise_indicator_table(g, lex()));
  Grid one_year = {{"指标", "2023年"}, {"产值", "5"}};
  EXPECT_FALSE(recognise_indicator_table(one_year, lex()));
}

}  // namespace
}  // namespace zp::io::docx
