// The .docx import on small hand-made packages: details the LibreOffice fixtures cannot show
// (numeric style ids, heading numbers from list numbering, a table of contents, a standard
// without a profile clause).
#include "io/docx/docx_import.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "model/report_file.h"

#include "unit/io/docx_test_support.h"

namespace zp::io::docx {
namespace {

namespace fs = std::filesystem;

using zp::testing::DocxParts;
using zp::testing::make_docx;
using zp::testing::para;

// Styles as a Chinese-locale Word writes them: numeric ids, Chinese or English names.
const char* kStyles =
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"a\"><w:name w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"a\"/>"
    "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"2\"><w:name w:val=\"标题 2\"/><w:basedOn w:val=\"a\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"10\"><w:name w:val=\"toc 1\"/></w:style>";

std::string styled(const std::string& text, const char* id) { return para(text, "", std::string("<w:pStyle w:val=\"") + id + "\"/>"); }

DocxImport run(const DocxParts& p, const std::string& standard = {}) {
  ReadOptions o;
  o.standard_id = standard;
  return import_docx_bytes(make_docx(p), "draft.docx", o);
}

bool has_warning(const DocxImport& imp, const std::string& part) {
  for (const auto& w : imp.result.warnings)
    if (w.message.find(part) != std::string::npos) return true;
  return false;
}

TEST(DocxImport, NumericStyleIdsAreResolvedByName) {
  DocxParts p;
  p.styles = kStyles;
  p.body = styled("1 领导", "1") + para("领导正文") + styled("文化引领", "2") + para("文化正文");
  DocxImport imp = run(p, "shenzhen-2019-economic");
  ASSERT_TRUE(imp.clauses.count("1.1"));
  EXPECT_EQ(imp.clauses.at("1.1").paragraphs, 1);
  EXPECT_EQ(imp.clauses.at("1").paragraphs, 1);
}

TEST(DocxImport, HeadingNumbersFromListNumbering) {
  DocxParts p;
  p.styles = kStyles;
  p.numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/></w:num>";
  auto h = [](const char* text, int lvl) {
    return para(text, "", std::string("<w:pStyle w:val=\"") + (lvl ? "2" : "1") + "\"/><w:numPr><w:ilvl w:val=\"" +
                              std::to_string(lvl) + "\"/><w:numId w:val=\"3\"/></w:numPr>");
  };
  p.body = h("领导", 0) + h("文化引领", 1) + para("一") + h("组织治理", 1) + para("二") + h("战略规划", 0) + h("战略制定", 1) + para("三");
  DocxImport imp = run(p);
  EXPECT_EQ(imp.standard.id, "shenzhen-2019-economic");
  for (const char* id : {"1.1", "1.2", "2.1"}) {
    ASSERT_TRUE(imp.clauses.count(id)) << id;
    EXPECT_EQ(imp.clauses.at(id).paragraphs, 1) << id;
  }
  EXPECT_EQ(imp.clauses.at("2.1").headings.at(0), "2.1 战略制定");
}

TEST(DocxImport, TableOfContentsIsLeftOutButCounted) {
  DocxParts p;
  p.styles = kStyles;
  p.body = styled("1.1 文化引领\t3", "10") + styled("1.2 组织治理\t5", "10") + styled("1.1 文化引领", "2") + para("正文");
  DocxImport imp = run(p, "shenzhen-2019-economic");
  EXPECT_EQ(imp.clauses.at("1.1").headings.size(), 1u);
  EXPECT_FALSE(has_warning(imp, "matched by 2 headings"));
  // Word counts the contents; so does the document total.
  EXPECT_EQ(imp.counts.body.words, (1 + 4 + 1) * 2 + 1 + 4 + 2);
}

TEST(DocxImport, TextBeforeTheFirstHeadingWithoutAProfileIsReported) {
  DocxParts p;
  p.styles = kStyles;
  p.body = para("封面文字") + styled("1.1 政治素质", "2") + para("正文");
  DocxImport imp = run(p, "wuhan-2022-individual");
  EXPECT_TRUE(has_warning(imp, "before the first clause heading"));
  EXPECT_EQ(imp.unassigned.words, 4);
  EXPECT_EQ(imp.clauses.at("1.1").paragraphs, 1);
}

TEST(DocxImport, ClauseCountsAddUpToWordsTotal) {
  DocxParts p;
  p.styles = kStyles;
  p.body = para("简介文字") + styled("1 领导", "1") + para("领导 text") + styled("1.1 文化引领", "2") +
           "<w:tbl><w:tr><w:tc>" + para("指标") + "</w:tc><w:tc>" + para("2022") + "</w:tc><w:tc>" + para("2023") +
           "</w:tc></w:tr><w:tr><w:tc>" + para("故障率") + "</w:tc><w:tc>" + para("1.2") + "</w:tc><w:tc>" + para("1.1") +
           "</w:tc></w:tr></w:tbl>";
  DocxImport imp = run(p);
  long sum = imp.unassigned.words;
  for (const auto& [id, s] : imp.clauses) sum += s.counts.words;
  EXPECT_EQ(sum, imp.counts.body.words);
  EXPECT_EQ(imp.clauses.at("1.1").indicator_tables, 1);
  ASSERT_EQ(imp.indicator_tables.size(), 1u);
  EXPECT_EQ(imp.indicator_tables[0].lower, 1);
}

// A picture in a paragraph or a table cell, the image being word/media/image1.png.
std::string picture() {
  return "<w:p><w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:blip r:embed=\"rIdImg\"/>"
         "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>";
}

DocxParts with_image(const std::string& body) {
  DocxParts p;
  p.styles = kStyles;
  p.body = body;
  p.rels = "<Relationship Id=\"rIdImg\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" "
           "Target=\"media/image1.png\"/>";
  p.extra["word/media/image1.png"] = zp::testing::tiny_png();
  return p;
}

// "表1 …" under a table whose picture was taken out of it: the caption is the table's, though
// the picture's figure now stands between them.
TEST(DocxImport, TableCaptionBelowTheTableSkipsItsMovedPictures) {
  DocxParts p = with_image(styled("1.1 文化引领", "2") + "<w:tbl><w:tr><w:tc>" + para("活动") + "</w:tc><w:tc>" + para("照片") +
                           "</w:tc></w:tr><w:tr><w:tc>" + para("文化讲堂") + "</w:tc><w:tc>" + picture() +
                           "</w:tc></w:tr></w:tbl>" + para("表1 文化活动统计") + para("正文"));
  DocxImport imp = run(p, "shenzhen-2019-economic");
  const model::Section* s = imp.result.report.section("1.1");
  ASSERT_NE(s, nullptr);
  ASSERT_EQ(s->blocks.size(), 3u);
  const auto* t = std::get_if<model::Table>(&s->blocks[0]);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->caption, "文化活动统计");
  const auto* f = std::get_if<model::Figure>(&s->blocks[1]);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->caption, "");
  EXPECT_TRUE(std::holds_alternative<model::Paragraph>(s->blocks[2]));
}

// A picture before the first heading, in a standard without a profile clause, has nowhere to
// go: it is reported with the other dropped blocks, and the saved report does not carry it.
TEST(DocxImport, DroppedPicturesAreNotSaved) {
  DocxParts p = with_image(picture() + styled("1.1 政治素质", "2") + para("正文"));
  DocxImport imp = run(p, "wuhan-2022-individual");
  EXPECT_TRUE(has_warning(imp, "before the first clause heading"));
  const fs::path file = fs::path(zp::testing::temp_dir("docx-dropped")) / "dropped.zpr";
  model::save_report(imp.result.report, file, false);
  EXPECT_TRUE(model::load_report(file).media.empty());
}

TEST(DocxImport, ReaderTableKnowsDocx) {
  const Reader* r = reader_for("draft.DOCX");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->format, "docx");
}

}  // namespace
}  // namespace zp::io::docx
