// Golden tests of the .docx import: each fixture in tests/fixtures/docx (made by LibreOffice
// from the HTML beside it) is imported, and a readable dump of the report, the warnings and
// the mapping report is compared with tests/golden/docx/<name>.txt.
// ZP_UPDATE_GOLDEN=1 rewrites the golden files (review the diff before committing).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "golden/docx/report_dump.h"
#include "io/docx/docx_import.h"
#include "io/readers.h"
#include "model/report.h"
#include "util/atomic_file.h"

namespace zp::io::docx {
namespace {

namespace fs = std::filesystem;

std::string dump_import(const fs::path& file, const std::string& standard) {
  ReadOptions o;
  o.standard_id = standard;
  ReadResult r = read_report(file, o);  // through the reader table, as the GUI opens it
  std::string out = zp::testing::dump_report(r.report);
  out += "warnings:\n";
  for (const auto& w : r.warnings) out += "  " + w.message + "\n";
  out += "notes:\n";
  for (const auto& n : r.notes) out += "  " + n + "\n";
  return out;
}

void check_golden(const std::string& fixture, const std::string& standard = {}) {
  fs::path in = fs::path(ZP_TEST_FIXTURES) / "docx" / (fixture + ".docx");
  fs::path golden = fs::path(ZP_TEST_GOLDEN) / "docx" / (fixture + (standard.empty() ? "" : "." + standard) + ".txt");
  std::string got = dump_import(in, standard);
  const char* update = std::getenv("ZP_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << got;
    GTEST_SKIP() << "rewrote " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with ZP_UPDATE_GOLDEN=1 to create it";
  EXPECT_EQ(got, read_file(golden)) << "the import of " << in << " changed; if that is intended, rerun with ZP_UPDATE_GOLDEN=1";
}

TEST(DocxGolden, StyledHeadingsShenzhen) { check_golden("styled-shenzhen"); }
TEST(DocxGolden, PlainNumberedHeadingsWuhan) { check_golden("plain-wuhan"); }
TEST(DocxGolden, GivenStandardOverridesDetection) { check_golden("plain-wuhan", "wuhan-2022-service"); }
TEST(DocxGolden, PicturesInTableCells) { check_golden("pictures-in-tables"); }

// The same fixture, asserted directly: each picture of a table cell becomes a figure right
// after its table, taking the cell's caption along; a table of pictures only becomes them.
TEST(DocxPicturesInTables, BecomeFiguresAfterTheirTable) {
  DocxImport imp = import_docx_detailed(fs::path(ZP_TEST_FIXTURES) / "docx" / "pictures-in-tables.docx", {});
  const model::Report& r = imp.result.report;
  ASSERT_EQ(imp.standard.id, "shenzhen-2019-economic");
  auto blocks = [&](const std::string& id) -> const std::vector<model::Block>& {
    const model::Section* s = r.section(id);
    EXPECT_NE(s, nullptr) << id;
    static const std::vector<model::Block> none;
    return s ? s->blocks : none;
  };
  // 1.1: paragraph, table (its picture cell now empty), the figure, paragraph.
  const auto& b11 = blocks("1.1");
  ASSERT_GE(b11.size(), 4u);
  const auto* t = std::get_if<model::Table>(&b11[1]);
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->caption, "文化活动统计");
  EXPECT_EQ(t->rows[1][2], "");  // the caption went with the picture
  const auto* f = std::get_if<model::Figure>(&b11[2]);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->caption, "文化讲堂现场");
  EXPECT_TRUE(r.media.count(f->media_id));
  // 1.2: the layout table of two pictures became two figures with the cells' captions.
  int figures = 0;
  for (const auto& b : blocks("1.2")) {
    EXPECT_FALSE(std::holds_alternative<model::Table>(b));
    if (const auto* fig = std::get_if<model::Figure>(&b)) {
      EXPECT_EQ(fig->caption, figures == 0 ? "董事会会议" : "监事会会议");
      ++figures;
    }
  }
  EXPECT_EQ(figures, 2);
  // 1.3: one picture, no cell text: the table's caption names it.
  const auto& b13 = blocks("1.3");
  ASSERT_FALSE(b13.empty());
  const auto* f13 = std::get_if<model::Figure>(&b13[0]);
  ASSERT_NE(f13, nullptr);
  EXPECT_EQ(f13->caption, "组织架构");
  // 2.1: the picture beside a long description is moved without a caption; the GIF is skipped.
  const auto& b21 = blocks("2.1");
  ASSERT_GE(b21.size(), 2u);
  EXPECT_TRUE(std::holds_alternative<model::Table>(b21[0]));
  const auto* f21 = std::get_if<model::Figure>(&b21[1]);
  ASSERT_NE(f21, nullptr);
  EXPECT_EQ(f21->caption, "");
  bool gif_warned = false;
  for (const auto& w : imp.result.warnings)
    if (w.message.find(".gif") != std::string::npos) gif_warned = true;
  EXPECT_TRUE(gif_warned);
  // Every move is reported as information, naming the table.
  ASSERT_EQ(imp.moved_pictures.size(), 4u);
  EXPECT_EQ(imp.moved_pictures[0].table, "“文化活动统计”");
  EXPECT_FALSE(imp.moved_pictures[0].table_dropped);
  EXPECT_TRUE(imp.moved_pictures[1].table_dropped);
  int moved_notes = 0;
  for (const auto& n : imp.result.notes)
    if (n.find("文化活动统计") != std::string::npos && n.find("1.1") != std::string::npos) ++moved_notes;
  EXPECT_EQ(moved_notes, 1);
  for (const auto& m : imp.moved_pictures) {
    ASSERT_LT(m.note, imp.result.notes.size());
    EXPECT_NE(imp.result.notes[m.note].find(m.table), std::string::npos) << m.table;
  }
  EXPECT_GE(imp.moved_pictures[0].note, imp.mapping_lines);
  for (const auto& w : imp.result.warnings) EXPECT_EQ(w.message.find("inside a table are not imported"), std::string::npos);
}

}  // namespace
}  // namespace zp::io::docx

namespace zp::io::docx {
namespace {

// The structured lists behind the GUI's mapping report point at the warnings they stand for.
TEST(DocxMappingDetails, UnmappedHeadingsAndClausesMatchedTwiceNameTheirWarnings) {
  DocxImport imp = import_docx_detailed(std::filesystem::path(ZP_TEST_FIXTURES) / "docx" / "styled-shenzhen.docx", {});
  ASSERT_FALSE(imp.unmapped_headings.empty());
  for (const auto& u : imp.unmapped_headings) {
    ASSERT_LT(u.warning, imp.result.warnings.size());
    EXPECT_NE(imp.result.warnings[u.warning].message.find(u.text), std::string::npos) << u.text;
  }
  ASSERT_FALSE(imp.matched_twice.empty());
  for (const auto& m : imp.matched_twice) {
    EXPECT_GE(m.headings.size(), 2u);
    ASSERT_LT(m.warning, imp.result.warnings.size());
    EXPECT_NE(imp.result.warnings[m.warning].message.find(m.headings.front()), std::string::npos) << m.clause_id;
  }
  EXPECT_GT(imp.mapping_lines, 2u);
  EXPECT_EQ(imp.result.notes.front().rfind("Standard:", 0), 0u);
}

}  // namespace
}  // namespace zp::io::docx

#include "unit/io/docx_test_support.h"

namespace zp::io::docx {
namespace {

// Text boxes and footnotes: Word's 字数 leaves them out; the import counts them apart and
// says so, and text-box text (which is not imported) is a warning naming its 字数.
TEST(DocxMappingDetails, TextBoxesAndFootnotesAreCountedApartAndReported) {
  using zp::testing::para;
  zp::testing::DocxParts p;
  std::string box = "<w:txbxContent>" + para("文本框内容") + "</w:txbxContent>";
  p.body = para("1 领导", "", "<w:pStyle w:val=\"Heading1\"/>") +
           "<w:p><w:r><w:t>正文</w:t></w:r><w:r><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box +
           "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>";
  p.styles = "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>";
  p.footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                "<w:footnote w:id=\"1\">" + para("脚注文字") + "</w:footnote>";
  ReadOptions o;
  o.standard_id = "shenzhen-2019-economic";
  DocxImport imp = import_docx_bytes(zp::testing::make_docx(p), "box.docx", o);
  EXPECT_EQ(imp.counts.text_boxes.words, 5);
  EXPECT_EQ(imp.counts.footnotes.words, 4);
  EXPECT_EQ(imp.counts.body.words, 3 + 2);  // "1 领导" and 正文
  bool warned = false;
  for (const auto& w : imp.result.warnings)
    if (w.message.find("text boxes") != std::string::npos && w.message.find("5 字") != std::string::npos) warned = true;
  EXPECT_TRUE(warned);
  ASSERT_GE(imp.mapping_lines, 2u);
  EXPECT_NE(imp.result.notes[1].find("text boxes 5, footnotes 4"), std::string::npos) << imp.result.notes[1];
  // The text box's text is not in the report.
  for (const auto& s : imp.result.report.sections)
    for (const auto& b : s.blocks)
      if (const auto* para_block = std::get_if<model::Paragraph>(&b)) {
        for (const auto& r : para_block->runs) EXPECT_EQ(r.text.find("文本框"), std::string::npos);
      }
}

}  // namespace
}  // namespace zp::io::docx
