// Vector figures: a figure the caller draws itself (LayoutOptions::vector_figures) is placed
// in the flow like an image, with its caption, and its drawing reaches the PDF's content stream.
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include "golden/pdf/pdf_reports.h"
#include "io/pdf/font.h"
#include "io/pdf/layout.h"
#include "io/pdf/pdf_writer.h"
#include "model/report_text.h"
#include "standards/library.h"

namespace zp::io::pdf {
namespace {

const Font& font() {
  static Font f(locate_font());
  return f;
}

const Color kMark{0.12, 0.34, 0.56};  // a colour nothing else in the report uses

struct Drawn {
  int calls = 0;
  double x = 0, y = 0, w = 0, h = 0;
};

/// The short report with a vector figure "org-chart" after its image, and no media for it.
model::Report report_with_vector_figure() {
  model::Report r = testing::pdf::short_report();
  r.section("1.1")->blocks.push_back(model::Figure{"org-chart", "组织结构"});
  return r;
}

Document lay(const model::Report& r, double width, double aspect, Drawn& drawn, std::vector<std::string>& warnings) {
  LayoutOptions o;
  o.date = "2024年1月1日";
  VectorFigure f;
  f.width = width;
  f.aspect = aspect;
  f.draw = [&drawn](double x, double y, double w, double h, std::vector<Op>& ops) {
    ++drawn.calls;
    drawn = {drawn.calls, x, y, w, h};
    ops.push_back(RectOp{x, y, w, h, std::nullopt, kMark, 0.7});
    ops.push_back(LineOp{x, y, x + w, y + h, 0.9, kMark, false});
    TextOp t;
    t.x = x + 4, t.y = y + 4, t.size = 8, t.text = "总经理", t.outline = true, t.color = kMark;
    ops.push_back(t);
  };
  o.vector_figures["org-chart"] = f;
  return typeset(r, standards::Library::instance().get(r.standard_id), font(), o, warnings);
}

/// The page holding the first op drawn in kMark, or -1.
int marked_page(const Document& d) {
  for (size_t i = 0; i < d.pages.size(); ++i)
    for (const Op& op : d.pages[i].ops)
      if (const auto* r = std::get_if<RectOp>(&op); r && r->stroke == kMark) return static_cast<int>(i);
  return -1;
}

TEST(PdfVectorFigure, IsPlacedInTheFlowWithItsCaptionBelow) {
  Drawn drawn;
  std::vector<std::string> warnings;
  const model::Report r = report_with_vector_figure();
  const Document d = lay(r, 0.6, 0.5, drawn, warnings);
  std::string numbered;  // the caption as counted, with its figure number
  for (const model::TextPiece& p : model::body_pieces(r, standards::Library::instance().get(r.standard_id)))
    if (p.kind == model::PieceKind::Caption && p.text.find("组织结构") != std::string::npos) numbered = p.text;
  ASSERT_FALSE(numbered.empty());
  EXPECT_TRUE(warnings.empty()) << warnings.front();  // no media, yet no “missing image”
  ASSERT_EQ(drawn.calls, 1);
  const Geometry g;
  EXPECT_NEAR(drawn.w, 0.6 * g.text_width(), 0.01);
  EXPECT_NEAR(drawn.h, 0.5 * drawn.w, 0.01);
  EXPECT_NEAR(drawn.x, g.left + (g.text_width() - drawn.w) / 2, 0.01);  // centred
  EXPECT_GE(drawn.y, g.bottom - 0.01);
  EXPECT_LE(drawn.y + drawn.h, g.body_top() + 0.01);

  const int page = marked_page(d);
  ASSERT_GE(page, 0);
  bool caption = false, image = false;
  for (const Op& op : d.pages[static_cast<size_t>(page)].ops) {
    if (const auto* t = std::get_if<TextOp>(&op); t && !t->outline && t->text.find("组织结构") != std::string::npos) {
      caption = true;
      EXPECT_LT(t->y, drawn.y);  // below the drawing, on the same page
      EXPECT_GT(t->y, drawn.y - 20);
      EXPECT_EQ(t->text, numbered);
    }
    if (const auto* i = std::get_if<ImageOp>(&op); i && i->media_id == "org-chart") image = true;
  }
  EXPECT_TRUE(caption);
  EXPECT_FALSE(image);
}

TEST(PdfVectorFigure, IsNoTallerThanHalfTheTextArea) {
  Drawn drawn;
  std::vector<std::string> warnings;
  lay(report_with_vector_figure(), 1, 3, drawn, warnings);
  const Geometry g;
  ASSERT_EQ(drawn.calls, 1);
  EXPECT_NEAR(drawn.h, (g.body_top() - g.bottom) / 2, 0.01);
  EXPECT_NEAR(drawn.w, drawn.h / 3, 0.01);  // the aspect is kept
}

TEST(PdfVectorFigure, ItsOperatorsAreInThePagesContentStream) {
  Drawn drawn;
  std::vector<std::string> warnings;
  const model::Report r = report_with_vector_figure();
  const Document d = lay(r, 0.6, 0.5, drawn, warnings);
  const int page = marked_page(d);
  ASSERT_GE(page, 0);
  DocumentInfo info;
  info.deterministic = true;
  const std::string bytes = write_pdf(d, font(), r.media, info);

  PoDoFo::PdfError::EnableDebug(false);
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument pdf;
  pdf.LoadFromBuffer(bytes.data(), static_cast<PoDoFo::pdf_long>(bytes.size()));
  ASSERT_EQ(pdf.GetPageCount(), static_cast<int>(d.pages.size()));
  auto content = [&](int index) {
    PoDoFo::PdfObject* c = pdf.GetPage(index)->GetContents();
    if (c && c->IsReference()) c = pdf.GetObjects().GetObject(c->GetReference());
    if (!c || !c->HasStream()) return std::string();
    char* buf = nullptr;
    PoDoFo::pdf_long len = 0;
    c->GetStream()->GetFilteredCopy(&buf, &len);
    std::string s(buf, static_cast<size_t>(len));
    PoDoFo::podofo_free(buf);
    return s;
  };
  const std::string stream = content(page);
  // The rectangle and the diagonal, stroked in the figure's colour.
  EXPECT_NE(stream.find("0.12 0.34 0.56 RG"), std::string::npos) << stream;
  char rect[96];
  std::snprintf(rect, sizeof rect, "%.1f %.1f %.1f %.1f re S", drawn.x, drawn.y, drawn.w, drawn.h);
  std::string expected = rect;
  for (std::string::size_type p; (p = expected.find(".0 ")) != std::string::npos;) expected.erase(p, 2);  // 1 decimal, zeros dropped
  EXPECT_NE(stream.find(expected), std::string::npos) << expected << "\n" << stream;
  EXPECT_NE(stream.find(" l S"), std::string::npos);
  // No other page carries the figure's colour.
  for (int i = 0; i < pdf.GetPageCount(); ++i) {
    if (i != page) {
      EXPECT_EQ(content(i).find("0.12 0.34 0.56"), std::string::npos) << "page " << i + 1;
    }
  }
}

}  // namespace
}  // namespace zp::io::pdf
