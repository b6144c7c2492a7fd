#include "io/pdf/layout.h"

#include <gtest/gtest.h>

#include "golden/pdf/pdf_reports.h"
#include "io/pdf/font.h"
#include "model/report_text.h"
#include "standards/library.h"

namespace zp::io::pdf {
namespace {

const Font& font() {
  static Font f(locate_font());
  return f;
}

Document lay(const model::Report& r, bool draft = false, std::vector<std::string>* warnings = nullptr) {
  const auto& st = standards::Library::instance().get(r.standard_id);
  LayoutOptions o;
  o.date = "2024年1月1日";
  o.draft = draft;
  std::vector<std::string> w;
  Document d = typeset(r, st, font(), o, warnings ? *warnings : w);
  return d;
}

std::string text_of(const Page& p, bool outline) {
  std::string s;
  for (const Op& op : p.ops)
    if (const auto* t = std::get_if<TextOp>(&op); t && t->outline == outline) s += t->text;
  return s;
}

TEST(PdfLayout, CoverHasNoRunningHeaderAndOtherPagesDo) {
  const model::Report r = testing::pdf::short_report();
  Document d = lay(r);
  ASSERT_GT(d.pages.size(), 3u);
  EXPECT_TRUE(d.pages[0].cover);
  const std::string cover = text_of(d.pages[0], false);
  EXPECT_NE(cover.find(r.title), std::string::npos);
  EXPECT_NE(cover.find(r.organisation), std::string::npos);
  EXPECT_NE(cover.find("2024年1月1日"), std::string::npos);
  EXPECT_EQ(cover.find(" / "), std::string::npos);
  for (size_t i = 1; i < d.pages.size(); ++i) {
    const std::string t = text_of(d.pages[i], false);
    EXPECT_EQ(t.rfind(r.organisation + r.title, 0), 0u) << "header on page " << i + 1;
    const std::string footer = std::to_string(i + 1) + " / " + std::to_string(d.pages.size());
    EXPECT_EQ(t.substr(t.size() - footer.size()), footer);
  }
}

TEST(PdfLayout, ContentsListsEveryHeadingWithItsPage) {
  const model::Report r = testing::pdf::long_report();
  Document d = lay(r);
  const auto& st = standards::Library::instance().get(r.standard_id);
  size_t headings = 0;
  for (const auto& p : model::body_pieces(r, st)) headings += p.kind == model::PieceKind::Heading;
  ASSERT_EQ(d.outline.size(), headings);
  const std::string contents = text_of(d.pages[1], false);
  for (const OutlineEntry& e : d.outline) {
    // The page an entry names is the page the heading is on (second pass).
    EXPECT_NE(contents.find(e.title + std::to_string(e.page + 1)), std::string::npos) << e.title;
    const std::string page = text_of(d.pages[static_cast<size_t>(e.page)], false);
    EXPECT_NE(page.find(e.title), std::string::npos) << e.title << " not on page " << e.page + 1;
  }
}

TEST(PdfLayout, TextStaysInsideTheMarginsAndOnThePage) {
  Document d = lay(testing::pdf::long_report());
  Geometry g;
  for (const Page& p : d.pages)
    for (const Op& op : p.ops)
      if (const auto* t = std::get_if<TextOp>(&op); t && !t->outline) {
        EXPECT_GE(t->x, g.left - 0.01) << t->text;
        double w = 0;
        for (char32_t c : to_u32(t->text)) w += font().advance(c) * t->size + t->spacing;
        for (const auto& [k, a] : t->adjust) w += a;
        EXPECT_LE(t->x + w - t->spacing, kPageWidth - g.right + 0.01) << t->text;
        EXPECT_GT(t->y, 30);
        EXPECT_LT(t->y, kPageHeight - 40);
      }
}

TEST(PdfLayout, LongTablesRepeatTheirHeaderRowAsShapes) {
  Document d = lay(testing::pdf::table_heavy_report());
  int repeated = 0;
  for (const Page& p : d.pages)
    if (text_of(p, true).find("序号过程方法与工具责任部门") != std::string::npos) ++repeated;
  EXPECT_GT(repeated, 0);
}

TEST(PdfLayout, FiguresAreScaledToTheTextWidth) {
  Document d = lay(testing::pdf::image_heavy_report());
  Geometry g;
  int images = 0;
  for (const Page& p : d.pages)
    for (const Op& op : p.ops)
      if (const auto* i = std::get_if<ImageOp>(&op)) {
        ++images;
        EXPECT_NEAR(i->w, g.text_width(), 0.01);
        EXPECT_GE(i->y, g.bottom - 0.01);
      }
  EXPECT_EQ(images, 12);
}

TEST(PdfLayout, DraftHasAWatermarkOnEveryPageAndAnAppendix) {
  Document d = lay(testing::pdf::short_report(), true);
  for (const Page& p : d.pages) EXPECT_NE(text_of(p, true).find("草稿"), std::string::npos);
  EXPECT_EQ(d.outline.back().title, "附录　检查结果（草稿）");
}

TEST(PdfLayout, MissingImageIsAWarningNotACrash) {
  model::Report r = testing::pdf::short_report();
  r.media.erase("fig2.jpg");
  std::vector<std::string> warnings;
  lay(r, false, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("fig2.jpg"), std::string::npos);
}

TEST(PdfLayout, ImageSizesComeFromTheHeaders) {
  EXPECT_EQ(image_size(testing::pdf::gradient_png()), std::make_pair(96, 54));
  EXPECT_EQ(image_size(testing::pdf::gradient_jpeg()), std::make_pair(80, 60));
  EXPECT_EQ(image_size(testing::tiny_png()), std::make_pair(1, 1));
  EXPECT_FALSE(image_size("GIF89a...."));
  EXPECT_FALSE(image_size(""));
}

}  // namespace
}  // namespace zp::io::pdf

namespace zp::io::pdf {
namespace {

TEST(PdfLayout, ARowTallerThanAPageIsSplitAndStaysInsideTheMargins) {
  model::Report r = testing::pdf::short_report();
  model::Table t;
  t.caption = "长单元格";
  t.rows = {{"项目", "说明"}, {"甲", testing::pdf::prose(3, 60)}, {"乙", "短"}};
  r.section("1.1")->blocks.push_back(t);
  Document d = lay(r);
  Geometry g;
  int pages_with_header_repeat = 0;
  for (const Page& p : d.pages) {
    for (const Op& op : p.ops)
      if (const auto* rect = std::get_if<RectOp>(&op)) {
        EXPECT_GE(rect->y, g.bottom - 0.01);
      }
    if (text_of(p, true).find("项目说明") != std::string::npos) ++pages_with_header_repeat;
  }
  EXPECT_GE(pages_with_header_repeat, 1);
}

}  // namespace
}  // namespace zp::io::pdf

namespace zp::io::pdf {
namespace {

TEST(PdfLayout, OddBlocksAreLaidOutWithoutLosingText) {
  model::Report r = testing::pdf::short_report();
  r.title = std::string("一个非常长的报告标题") + testing::pdf::prose(9, 2);
  model::Section& s = *r.section("1.2");
  s.blocks.push_back(model::Paragraph{});                                        // empty
  s.blocks.push_back(testing::pdf::para("制表符\t与换行\n第二行\r结束。"));         // control characters
  s.blocks.push_back(model::Table{"空表", 1, {}});                                 // no rows
  s.blocks.push_back(model::Table{"参差", 2, {{"甲"}, {"乙", "丙", "丁"}, {}}});   // ragged, header_rows > 1
  model::IndicatorTable it;                                                        // no years
  it.caption = "无年份";
  model::Indicator ind;
  ind.name = "投诉数";
  ind.values = {{2022, model::Value::parse("3")}, {2023, model::Value::parse("1")}};
  it.indicators = {ind};
  s.blocks.push_back(it);
  s.blocks.push_back(model::List{false, {}});                                      // no items
  std::vector<std::string> warnings;
  Document d = lay(r, false, &warnings);
  std::string all;
  for (const Page& p : d.pages) all += text_of(p, false);
  for (const char* piece : {"制表符", "第二行", "表", "参差", "丁", "无年份", "投诉数趋势"})
    EXPECT_NE(all.find(piece), std::string::npos) << piece;
  Geometry g;
  for (const Page& p : d.pages)  // the long title is cut to fit the running header
    for (const Op& op : p.ops)
      if (const auto* t = std::get_if<TextOp>(&op); t && !t->outline) {
        double w = 0;
        for (char32_t c : to_u32(t->text)) w += font().advance(c) * t->size + t->spacing;
        for (const auto& [k, a] : t->adjust) w += a;
        EXPECT_LE(t->x + w - t->spacing, kPageWidth - g.right + 0.01) << t->text;
      }
}

}  // namespace
}  // namespace zp::io::pdf
