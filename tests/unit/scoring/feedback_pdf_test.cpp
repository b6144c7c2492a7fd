#include "scoring/feedback_pdf.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>

#include "checks/engine.h"
#include "model/report_factory.h"
#include "model/report_text.h"
#include "standards/library.h"
#include "support/sample_reports.h"
#include "util/atomic_file.h"

namespace zp::scoring {
namespace {

using model::Report;
using model::UnitScore;

const standards::Standard& std_(const char* id) { return standards::Library::instance().get(id); }

void score(Report& r, const char* clause, const char* who, double pct, const char* strength = nullptr) {
  UnitScore s;
  s.clause = clause;
  s.reviewer = who;
  s.percent = pct;
  if (strength) s.strengths.push_back(model::Remark{strength, clause});
  r.reviews.scores.push_back(s);
}

std::string body_text(const FeedbackDocument& d) {
  std::string all;
  for (const model::TextPiece& p : model::body_pieces(d.report, d.standard)) all += p.text + "\n";
  return all;
}

TEST(FeedbackDocument, SummaryThenEveryUnitUnderItsCategory) {
  const auto& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试公司");
  score(r, "1.1", "张工", 50, "价值观体系完整");
  score(r, "1.1", "李顾问", 70);
  ScoreSummary s = summarize(r, st);
  FeedbackDocument d = feedback_document(r, st, s);
  // Summary, 6 categories, 18 units; the profile and guidance clauses are left out.
  EXPECT_EQ(d.standard.clauses.size(), 1u + 6u + 18u);
  EXPECT_EQ(d.standard.clauses.front().title, "评分汇总");
  std::string text = body_text(d);
  EXPECT_NE(text.find("评分汇总"), std::string::npos);
  EXPECT_NE(text.find("表1 各评分单元得分"), std::string::npos);
  EXPECT_NE(text.find("图1 各类目可得分与得分"), std::string::npos);
  EXPECT_NE(text.find("1 领导\n"), std::string::npos);
  EXPECT_NE(text.find("1.1 文化引领"), std::string::npos);
  EXPECT_NE(text.find("60%（各评审人的中位数），得 12 / 20 分。"), std::string::npos) << text;
  EXPECT_NE(text.find("评审人相差 20 分，需讨论。"), std::string::npos);
  EXPECT_NE(text.find("价值观体系完整（张工）"), std::string::npos);
  EXPECT_NE(text.find("尚未评分，计 0 分（分值 20）。"), std::string::npos);  // 1.2
  EXPECT_NE(text.find("入围现场核查"), std::string::npos);
  EXPECT_EQ(text.find("组织简介"), std::string::npos);
  // The chart is a vector figure: a figure block in the summary, and no media at all.
  EXPECT_TRUE(d.report.media.empty());
  const auto& summary = d.report.sections.front().blocks;
  EXPECT_TRUE(std::any_of(summary.begin(), summary.end(), [](const model::Block& b) {
    const auto* f = std::get_if<model::Figure>(&b);
    return f && f->media_id == kFeedbackChartId;
  }));
}

TEST(FeedbackChart, DrawsAvailableAndScoredBarsPerCategoryInsideItsBox) {
  const auto& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试公司");
  score(r, "1.1", "张工", 50);  // 10 of 20 points in category 1
  score(r, "3.2", "张工", 40);
  const ScoreSummary s = summarize(r, st);
  ASSERT_EQ(s.categories.size(), 6u);
  io::pdf::Font font(io::pdf::locate_font());
  const io::pdf::VectorFigure fig = category_chart(s, font);
  ASSERT_TRUE(fig.draw);
  EXPECT_GT(fig.width, 0);
  EXPECT_GT(fig.aspect, 0);
  const double x = 100, y = 200, w = 370, h = w * fig.aspect;
  std::vector<io::pdf::Op> ops;
  fig.draw(x, y, w, h, ops);

  std::vector<const io::pdf::RectOp*> bars;
  std::string labels;
  int lines = 0;
  for (const io::pdf::Op& op : ops) {
    if (const auto* t = std::get_if<io::pdf::TextOp>(&op)) {
      EXPECT_TRUE(t->outline) << t->text;  // the PDF's text stays the report's text
      EXPECT_GE(t->x, x - 0.01) << t->text;
      EXPECT_GE(t->y, y - 0.01) << t->text;
      EXPECT_LE(t->y + t->size, y + h + 0.01) << t->text;
      labels += t->text + "|";
    } else if (const auto* b = std::get_if<io::pdf::RectOp>(&op)) {
      EXPECT_GE(b->x, x - 0.01);
      EXPECT_LE(b->x + b->w, x + w + 0.01);
      EXPECT_GE(b->y, y - 0.01);
      EXPECT_LE(b->y + b->h, y + h + 0.01);
      if (b->y > y + 20) bars.push_back(b);  // above the legend
    } else if (std::holds_alternative<io::pdf::LineOp>(op)) {
      ++lines;
    }
  }
  // Six bars of points available, and a scored bar for the two categories with a score.
  ASSERT_EQ(bars.size(), 6u + 2u);
  const io::pdf::RectOp& avail1 = *bars[0];
  const io::pdf::RectOp& scored1 = *bars[1];
  EXPECT_NEAR(scored1.h, avail1.h * 10 / s.categories[0].points, 0.01);  // heights in proportion to points
  EXPECT_FALSE(avail1.fill == scored1.fill);
  EXPECT_GT(lines, 6 + 2);  // grid lines, both axes, a tick per category
  for (const char* l : {"单位：分|", "|可得分|", "|得分|", "|1|", "|领导|", "|6|", "|高质量的运营|", "|10|", "|0|"})
    EXPECT_NE(labels.find(l), std::string::npos) << l << " in " << labels;
}

TEST(FeedbackDocument, WuhanCategoriesShowBothGuidesBands) {
  const auto& st = std_("wuhan-2022-manufacturing");
  Report r = model::new_report(st, "测试公司");
  score(r, "5.2", "张工", 55);
  FeedbackDocument d = feedback_document(r, st, summarize(r, st));
  std::string text = body_text(d);
  EXPECT_NE(text.find("过程维度评分指南 50% , 55% , 60%或 65%"), std::string::npos) << text;
  EXPECT_NE(text.find("结果维度评分指南 50% , 55% , 60%或 65%"), std::string::npos);
  EXPECT_NE(text.find("本标准未规定奖项等次的分数线。"), std::string::npos);
  EXPECT_EQ(text.find("5.2.2"), std::string::npos);  // judged with its category
}

TEST(FeedbackDocument, RemarksQuoteTheTextTheyPointTo) {
  const auto& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试公司");
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{model::Run{"公司以质量第一为核心价值观。"}}});
  score(r, "1.1", "张工", 50);
  r.reviews.scores[0].opportunities.push_back(model::Remark{"未说明传递方式", "1.1", 0, 3, 7});
  std::string text = body_text(feedback_document(r, st, summarize(r, st)));
  EXPECT_NE(text.find("未说明传递方式（见“质量第一”）（张工）"), std::string::npos) << text;
}

TEST(EvidenceCapsWithChecks, TheCheckEnginesFindingsCapAResultsItem) {
  const auto& st = std_("shenzhen-2019-economic");
  Report r = model::new_report(st, "测试公司");
  model::IndicatorTable t;
  t.caption = "领导结果";
  t.years = {2022, 2023};
  model::Indicator ind;
  ind.name = "营业收入";
  ind.direction = model::Direction::HigherIsBetter;
  ind.values[2022] = model::Value::parse("10");
  ind.values[2023] = model::Value::parse("12");
  t.indicators.push_back(ind);
  auto& sec = r.ensure_section("1.3");
  sec.blocks.push_back(model::Paragraph{{model::Run{"领导的结果见下表。"}}});
  sec.blocks.push_back(t);
  checks::CheckOptions o;
  o.spelling = false;
  std::vector<CapAdvice> advice = evidence_caps(st, checks::run_checks(r, st, o));
  EXPECT_EQ(lowest_cap(advice, "1.3"), 25);
  bool few = false, trend = false;
  for (const CapAdvice& a : advice) {
    few |= a.finding == "results.few_indicators";
    trend |= a.finding == "results.trend_short" && a.indicators == std::vector<std::string>{"营业收入"};
  }
  EXPECT_TRUE(few);
  EXPECT_TRUE(trend);
}

TEST(FeedbackPdf, WritesAPdfWhoseTextExtracts) {
  const auto& st = std_("shenzhen-2019-economic");
  Report r = zp::testing::rich_report();
  std::string dir = zp::testing::temp_dir("feedback");
  std::string out = dir + "/f.pdf";
  FeedbackOptions o;
  o.deterministic = true;
  o.date = "2024-01-01";
  FeedbackResult res;
  try {
    res = export_feedback_pdf(r, st, summarize(r, st), out, o);
  } catch (const Error& e) {
    if (e.code() == ErrorCode::Io && e.file() == "wqy-microhei.ttf") GTEST_SKIP() << e.what();
    throw;
  }
  EXPECT_GE(res.pages, 3);
  std::string bytes = read_file(out);
  EXPECT_EQ(bytes.compare(0, 5, "%PDF-"), 0);
  // Deterministic: the same bytes again.
  export_feedback_pdf(r, st, summarize(r, st), dir + "/g.pdf", o);
  EXPECT_EQ(read_file(dir + "/g.pdf"), bytes);
  if (std::system("command -v pdftotext >/dev/null 2>&1") == 0) {
    ASSERT_EQ(std::system(("pdftotext " + out + " " + dir + "/f.txt").c_str()), 0);
    std::string text = read_file(dir + "/f.txt");
    EXPECT_NE(text.find("内部预评分反馈报告"), std::string::npos);
    EXPECT_NE(text.find("评分汇总"), std::string::npos);
    EXPECT_NE(text.find("1.1 文化引领"), std::string::npos);
    EXPECT_NE(text.find("图1 各类目可得分与得分"), std::string::npos);
    EXPECT_EQ(text.find("单位：分"), std::string::npos);  // the chart's labels are shapes, not text
  }
  // The chart is drawn as vectors: the PDF holds no image at all.
  EXPECT_EQ(bytes.find("/Image"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace zp::scoring
