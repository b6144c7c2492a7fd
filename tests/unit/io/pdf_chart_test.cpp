#include "io/pdf/chart.h"

#include <gtest/gtest.h>

#include "io/pdf/font.h"

namespace zp::io::pdf {
namespace {

TEST(PdfChart, NiceAxisCoversTheDataWithRoundSteps) {
  Axis a = nice_axis(12.5, 1634.5, true, 5);
  EXPECT_EQ(a.min, 0);
  EXPECT_GE(a.max, 1634.5);
  EXPECT_EQ(a.step, 500);
  EXPECT_EQ(a.ticks.size(), 5u);  // 0 500 1000 1500 2000

  a = nice_axis(0.5, 0.8, false, 5);  // near each other: no zero
  EXPECT_LE(a.min, 0.5);
  EXPECT_GE(a.max, 0.8);
  EXPECT_GT(a.min, 0);
  EXPECT_NEAR(a.step, 0.1, 1e-12);

  a = nice_axis(90, 98.6, true, 5);  // bars start at zero
  EXPECT_EQ(a.min, 0);
  EXPECT_EQ(a.max, 100);
  EXPECT_EQ(a.step, 20);

  a = nice_axis(-3, 7, false, 5);
  EXPECT_LE(a.min, -3);
  EXPECT_GE(a.max, 7);
  EXPECT_EQ(a.step, 2);

  a = nice_axis(0, 9, false, 4);  // 9 / 4 = 2.25 → 2.5
  EXPECT_EQ(a.step, 2.5);
  EXPECT_EQ(a.max, 10);

  for (double hi : {0.37, 3.7, 42.0, 777.0, 12345.0}) {  // never more steps than asked
    a = nice_axis(0, hi, true, 5);
    EXPECT_LE(a.ticks.size(), 6u) << hi;
    EXPECT_GE(a.max, hi);
  }

  a = nice_axis(5, 5, false, 5);  // one value: some room around it
  EXPECT_LT(a.min, 5);
  EXPECT_GT(a.max, 5);
}

TEST(PdfChart, TickLabelsHaveTheDecimalsTheStepNeeds) {
  EXPECT_EQ(tick_label(1000, 500), "1000");
  EXPECT_EQ(tick_label(0.25, 0.05), "0.25");
  EXPECT_EQ(tick_label(0.3, 0.1), "0.3");
  EXPECT_EQ(tick_label(7.5, 2.5), "7.5");
  EXPECT_EQ(tick_label(-0.0, 1), "0");
}

model::IndicatorTable table() {
  model::IndicatorTable t;
  t.years = {2021, 2022, 2023};
  model::Indicator ind;
  ind.name = "营业收入";
  ind.unit = "亿元";
  ind.values = {{2021, model::Value::parse("12.5")}, {2022, model::Value::parse("—")}, {2023, model::Value::parse("16")}};
  ind.target = model::Value::parse("15");
  ind.comparisons = {{model::ComparisonKind::IndustryAverage, "", {{2021, model::Value::parse("10")}}, std::nullopt},
                     {model::ComparisonKind::Benchmark, "标杆企业", {}, model::Value::parse("18.0")},
                     {model::ComparisonKind::Competitor, "对手", {}, model::Value::parse("—")}};
  t.indicators.push_back(ind);
  return t;
}

TEST(PdfChart, DataTakesYearsComparisonsAndTarget) {
  ChartData d = chart_data(table(), 0);
  EXPECT_EQ(d.unit, "亿元");
  EXPECT_EQ(d.years, (std::vector<int>{2021, 2022, 2023}));
  EXPECT_EQ(d.organisation.values[0], 12.5);
  EXPECT_FALSE(d.organisation.values[1]);  // "—" has no number
  ASSERT_EQ(d.comparisons.size(), 2u);     // the competitor has no number at all
  EXPECT_EQ(d.comparisons[0].label, "行业平均");
  EXPECT_EQ(d.comparisons[1].values[2], 18.0);  // a single value stands at the latest year
  EXPECT_EQ(d.target, 15);
  EXPECT_TRUE(d.bars);
}

TEST(PdfChart, HigherValuesAreDrawnHigherAndLabelsAreShapes) {
  Font font(locate_font());
  ChartData d = chart_data(table(), 0);
  std::vector<Op> ops;
  draw_chart(d, font, 100, 500, 300, ops);
  std::vector<const RectOp*> bars;
  int labels = 0;
  bool has_unit = false, has_legend = false;
  for (const Op& op : ops) {
    if (const auto* r = std::get_if<RectOp>(&op); r && r->fill && r->w > 14) bars.push_back(r);
    if (const auto* t = std::get_if<TextOp>(&op)) {
      ++labels;
      EXPECT_TRUE(t->outline) << "chart labels are drawn as shapes, not as text: " << t->text;
      has_unit |= t->text == "单位：亿元";
      has_legend |= t->text == "行业平均";
    }
  }
  ASSERT_EQ(bars.size(), 2u);  // 2021 and 2023; 2022 has no number
  EXPECT_LT(bars[0]->h, bars[1]->h);
  EXPECT_LT(bars[0]->x, bars[1]->x);
  EXPECT_TRUE(has_unit);
  EXPECT_TRUE(has_legend);
  EXPECT_GT(labels, 8);
  for (const Op& op : ops) {  // everything inside the box
    if (const auto* l = std::get_if<LineOp>(&op)) {
      EXPECT_GE(std::min(l->x1, l->x2), 100);
      EXPECT_LE(std::max(l->x1, l->x2), 400);
      EXPECT_LE(std::max(l->y1, l->y2), 500);
      EXPECT_GE(std::min(l->y1, l->y2), 500 - chart_height(300));
    }
  }
}

}  // namespace
}  // namespace zp::io::pdf
