// Word's 字数 of .docx details: each test builds a small package whose count is known from
// the rule in docs/domain.md and Word's behaviour (labels, fields, revisions, hints, boxes).
#include "io/docx/docx_word_count.h"

#include <gtest/gtest.h>

#include "unit/io/docx_test_support.h"

namespace zp::io::docx {
namespace {

using zp::testing::DocxParts;
using zp::testing::make_docx;
using zp::testing::para;

DocxCounts counts_of(const DocxParts& parts) {
  Package pkg(make_docx(parts), "test.docx");
  return count_document(read_document(pkg));
}

const char* kNumbering =
    "<w:abstractNum w:abstractNumId=\"0\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
    "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:isLgl/><w:lvlText w:val=\"%1.%2\"/>"
    "<w:suff w:val=\"space\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"1\">"
    "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\xef\x82\xb7\"/></w:lvl>"
    "</w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";

std::string numbered(const std::string& text, int num, int lvl) {
  return para(text, "", "<w:numPr><w:ilvl w:val=\"" + std::to_string(lvl) + "\"/><w:numId w:val=\"" + std::to_string(num) +
                            "\"/></w:numPr>");
}

TEST(DocxWordCount, PlainParagraphsFollowTheRule) {
  DocxParts p;
  p.body = para("2023年营业收入增长12.5%") + para("使用Word文档");
  auto c = counts_of(p);
  EXPECT_EQ(c.body.words, 2 + 6 + 1 + 5);  // 2023|年 营业收入增长 12.5% ; 使用 Word 文档
}

TEST(DocxWordCount, RunsSplitInsideAWordStayOneWord) {
  DocxParts p;
  p.body = "<w:p><w:r><w:t>Wo</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>rd</w:t></w:r></w:p>";
  EXPECT_EQ(counts_of(p).body.words, 1);
}

TEST(DocxWordCount, NumberingLabelsAndTheTabAfterThemCount) {
  DocxParts p;
  p.numbering = kNumbering;
  p.body = numbered("领导", 1, 0) + numbered("文化", 1, 1) + numbered("治理", 1, 1) + numbered("战略", 1, 0) +
           numbered("规划", 1, 1);
  auto c = counts_of(p);
  // 一、领导 = 4; 1.1 文化 = 1+2 (w:isLgl shows level 1 in digits); 1.2 治理 = 3; 二、战略 = 4;
  // 2.1 规划 = 3.
  EXPECT_EQ(c.body.words, 4 + 3 + 3 + 4 + 3);
  // Characters with spaces: the tab after 一、 and 二、 and the space after 1.1 etc.
  EXPECT_EQ(c.body.characters_with_spaces - c.body.characters, 5);
}

TEST(DocxWordCount, HigherLevelsKeepTheirOwnFormatWithoutIsLgl) {
  DocxParts p;
  p.numbering =
      "<w:abstractNum w:abstractNumId=\"0\">"
      "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.%2\"/></w:lvl>"
      "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  p.body = numbered("领导", 1, 0) + numbered("文化", 1, 1);
  Package pkg(make_docx(p), "t.docx");
  Document d = read_document(pkg);
  EXPECT_EQ(std::get<DocParagraph>(d.body[1]).label, "一.1");
  EXPECT_EQ(count_document(d).body.words, 4 + (1 + 1 + 2));  // 一 + .1 + 文化
}

TEST(DocxWordCount, ChineseCountingFormatsTenAndBeyond) {
  EXPECT_EQ(format_number(10, "chineseCounting"), "十");
  EXPECT_EQ(format_number(12, "chineseCounting"), "十二");
  EXPECT_EQ(format_number(20, "chineseCounting"), "二十");
  EXPECT_EQ(format_number(3, "chineseLegalSimplified"), "叁");
  EXPECT_EQ(format_number(4, "upperRoman"), "IV");
  EXPECT_EQ(format_number(28, "lowerLetter"), "bb");
  EXPECT_EQ(format_number(3, "decimalEnclosedCircle"), "③");
}

TEST(DocxWordCount, BulletLabelsCount) {
  DocxParts p;
  p.numbering = kNumbering;
  p.body = numbered("要点", 2, 0);
  EXPECT_EQ(counts_of(p).body.words, 1 + 2);
}

TEST(DocxWordCount, FieldResultsCountButNotFieldCodes) {
  DocxParts p;
  p.body =
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>目录结果</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
      "<w:p><w:fldSimple w:instr=\" PAGE \"><w:r><w:t>12</w:t></w:r></w:fldSimple></w:p>";
  EXPECT_EQ(counts_of(p).body.words, 4 + 1);
}

TEST(DocxWordCount, NestedFieldsHideTheirCodes) {
  DocxParts p;
  p.body =
      "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>IF </w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>3</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:instrText> = 3 \"是\"</w:instrText></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>是</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
  EXPECT_EQ(counts_of(p).body.words, 1);
}

TEST(DocxWordCount, DeletedRevisionsDoNotCountInsertedDo) {
  DocxParts p;
  p.body =
      "<w:p><w:r><w:t>质量</w:t></w:r><w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>管理体系</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>奖</w:t></w:r></w:ins></w:p>";
  EXPECT_EQ(counts_of(p).body.words, 3);
}

TEST(DocxWordCount, EastAsianHintDirectlyThroughStylesAndDefaults) {
  // “Word” with the hint: “ Word ” = 3; without: one LAT run = 1.
  const std::string quoted = "\xe2\x80\x9cWord\xe2\x80\x9d";
  DocxParts direct;
  direct.body = para(quoted, "<w:rFonts w:hint=\"eastAsia\"/>") + para(quoted);
  EXPECT_EQ(counts_of(direct).body.words, 3 + 1);

  DocxParts styled;
  styled.styles =
      "<w:style w:type=\"character\" w:styleId=\"EA\"><w:name w:val=\"ea\"/><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"EA2\"><w:name w:val=\"ea2\"/><w:basedOn w:val=\"EA\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"P\"><w:name w:val=\"p\"/><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"P2\"><w:name w:val=\"p2\"/><w:basedOn w:val=\"P\"/></w:style>";
  styled.body = para(quoted, "<w:rStyle w:val=\"EA2\"/>") + para(quoted, "", "<w:pStyle w:val=\"P2\"/>") +
                para(quoted, "<w:rStyle w:val=\"EA2\"/><w:rFonts w:hint=\"default\"/>");
  EXPECT_EQ(counts_of(styled).body.words, 3 + 3 + 1);

  DocxParts defaults;
  defaults.styles = "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:rPrDefault></w:docDefaults>";
  defaults.body = para(quoted);
  EXPECT_EQ(counts_of(defaults).body.words, 3);
}

TEST(DocxWordCount, TextBoxesAreCountedSeparatelyAndOnlyOnce) {
  DocxParts p;
  std::string box = "<w:txbxContent>" + para("文本框内容") + "</w:txbxContent>";
  p.body = "<w:p><w:r><w:t>正文</w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor>"
           "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
           "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box +
           "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  auto c = counts_of(p);
  EXPECT_EQ(c.body.words, 2);
  EXPECT_EQ(c.text_boxes.words, 5);
}

TEST(DocxWordCount, FootnotesCountedSeparatelySeparatorsNot) {
  DocxParts p;
  p.body = para("正文");
  p.footnotes = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                "<w:footnote w:id=\"1\">" + para("脚注文字") + "</w:footnote>";
  auto c = counts_of(p);
  EXPECT_EQ(c.body.words, 2);
  EXPECT_EQ(c.footnotes.words, 4);
}

TEST(DocxWordCount, HeadersAndFootersAreNotCounted) {
  DocxParts p;
  p.body = para("正文");
  p.rels = "<Relationship Id=\"rH\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" "
           "Target=\"header1.xml\"/>";
  p.extra["word/header1.xml"] = zp::testing::wrap("hdr", para("页眉文字很多"));
  EXPECT_EQ(counts_of(p).body.words, 2);
}

TEST(DocxWordCount, TabsBreaksSymbolsAndHyphens) {
  DocxParts p;
  p.body =
      "<w:p><w:r><w:t>ab</w:t><w:tab/><w:t>cd</w:t><w:br/><w:t>ef</w:t><w:cr/><w:t>gh</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>x</w:t><w:noBreakHyphen/><w:t>y</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>exam</w:t><w:softHyphen/><w:t>ple</w:t></w:r></w:p>"
      "<w:p><w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/></w:r></w:p>";
  auto c = counts_of(p);
  EXPECT_EQ(c.body.words, 4 + 1 + 1 + 1);
  // ab cd ef gh (8) + x‑y (3) + example (7, the soft hyphen is not a character) + the symbol.
  EXPECT_EQ(c.body.characters, 8 + 3 + 7 + 1);
  EXPECT_EQ(c.body.characters_with_spaces, c.body.characters + 3);
}

TEST(DocxWordCount, TableCellsCountAndEndWords) {
  DocxParts p;
  p.body = "<w:tbl><w:tr><w:tc>" + para("ab") + "</w:tc><w:tc>" + para("cd") + "</w:tc></w:tr></w:tbl>";
  EXPECT_EQ(counts_of(p).body.words, 2);
}

}  // namespace
}  // namespace zp::io::docx

namespace zp::io::docx {
namespace {

TEST(DocxWordCount, ListsDefinedThroughANumberingStyle) {
  DocxParts p;
  p.styles = "<w:style w:type=\"numbering\" w:styleId=\"NS\"><w:name w:val=\"list style\"/>"
             "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
  p.numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"chineseCounting\"/>"
      "<w:lvlText w:val=\"（%1）\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:numStyleLink w:val=\"NS\"/></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
  p.body = para("方法", "", "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr>");
  Package pkg(make_docx(p), "t.docx");
  Document d = read_document(pkg);
  EXPECT_EQ(std::get<DocParagraph>(d.body[0]).label, "（一）");
  EXPECT_EQ(count_document(d).body.words, 3 + 2);
}

}  // namespace
}  // namespace zp::io::docx
