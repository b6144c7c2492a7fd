// Speed of the PDF export on a 60,000-字 report (beijing-2020, whose limit is 60,000 字) with
// ten indicator tables and their trend charts. bench/export_bench.sh runs this, then times
// `zhuoping export` against LibreOffice converting a .docx of the same content.
// With ZP_EXPORT_BENCH_DIR set, the benchmark first writes report.zpr and report.docx there.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "golden/pdf/pdf_reports.h"
#include "io/pdf/pdf_export.h"
#include "model/report_file.h"
#include "model/report_text.h"
#include "standards/library.h"
#include "text/report_count.h"
#include "util/zip_archive.h"

namespace {

namespace fs = std::filesystem;
using namespace zp;

const model::Report& bench_report() {
  static const model::Report r = testing::pdf::filled_report("beijing-2020", 59000, 0, 10, 0);
  return r;
}

std::string esc(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '&') o += "&amp;";
    else if (c == '<') o += "&lt;";
    else if (c == '>') o += "&gt;";
    else o += c;
  }
  return o;
}

std::string wpara(const std::string& text, const std::string& style = "", bool indent = false) {
  std::string p = "<w:p>";
  if (!style.empty() || indent) {
    p += "<w:pPr>";
    if (!style.empty()) p += "<w:pStyle w:val=\"" + style + "\"/>";
    // The same typography as Zhuoping's PDF: 19 pt lines, 5 pt after a paragraph, justified.
    if (indent)
      p += "<w:spacing w:after=\"100\" w:line=\"380\" w:lineRule=\"exact\"/><w:ind w:firstLineChars=\"200\" "
           "w:firstLine=\"420\"/><w:jc w:val=\"both\"/>";
    p += "</w:pPr>";
  }
  return p + "<w:r><w:t xml:space=\"preserve\">" + esc(text) + "</w:t></w:r></w:p>";
}

/// The report body (model::body_pieces) as a plain Word document: headings with outline
/// levels (categories opening a page, as in the PDF), justified paragraphs with the PDF's line
/// spacing, list items, ruled tables and captions. Hand-written: the
/// project has no .docx writer (it reads Word files, it does not write them). The trend
/// charts are not in it, so LibreOffice has less to draw than Zhuoping.
void write_docx(const model::Report& r, const fs::path& out) {
  const auto& st = standards::Library::instance().get(r.standard_id);
  const auto pieces = model::body_pieces(r, st);
  std::string body;
  for (size_t i = 0; i < pieces.size();) {
    const auto& p = pieces[i];
    if (p.kind == model::PieceKind::Heading) {
      body += wpara(p.text, "Heading" + std::to_string(std::min(p.level, 2) + 1));
      ++i;
    } else if (p.kind == model::PieceKind::Paragraph || p.kind == model::PieceKind::ListItem) {
      body += wpara(p.text, "", p.kind == model::PieceKind::Paragraph);
      ++i;
    } else {
      // A caption, then the block's cells as a table, then any chart captions.
      const model::Section* s = r.section(p.clause);
      const auto& block = s->blocks[static_cast<size_t>(p.block)];
      body += wpara(p.text, "Caption");
      ++i;
      std::vector<std::vector<std::string>> rows;
      if (const auto* t = std::get_if<model::Table>(&block)) rows = t->rows;
      if (const auto* t = std::get_if<model::IndicatorTable>(&block)) rows = model::indicator_table_rows(*t);
      if (!rows.empty()) {
        body += "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\"/><w:tblBorders>";
        for (const char* b : {"top", "left", "bottom", "right", "insideH", "insideV"})
          body += std::string("<w:") + b + " w:val=\"single\" w:sz=\"4\" w:color=\"888888\"/>";
        body += "</w:tblBorders></w:tblPr>";
        for (size_t ri = 0; ri < rows.size(); ++ri) {
          body += ri == 0 ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>";
          for (size_t c = 0; c < rows[ri].size(); ++c, ++i) body += "<w:tc>" + wpara(pieces[i].text) + "</w:tc>";
          body += "</w:tr>";
        }
        body += "</w:tbl>";
      }
      while (i < pieces.size() && pieces[i].kind == model::PieceKind::Caption && pieces[i].clause == p.clause &&
             pieces[i].block == p.block)
        body += wpara(pieces[i++].text, "Caption");
    }
  }
  const std::string ns = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  ZipWriter z(out);
  z.add("[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
        "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/><Override "
        "PartName=\"/word/styles.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
  z.add("_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>");
  z.add("word/_rels/document.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
        "Target=\"styles.xml\"/></Relationships>");
  std::string styles = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles " + ns +
                       "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"WenQuanYi Micro Hei\" "
                       "w:hAnsi=\"WenQuanYi Micro Hei\" w:eastAsia=\"WenQuanYi Micro Hei\"/><w:sz w:val=\"21\"/>"
                       "</w:rPr></w:rPrDefault></w:docDefaults>";
  for (int l = 1; l <= 3; ++l)
    styles += "<w:style w:type=\"paragraph\" w:styleId=\"Heading" + std::to_string(l) + "\"><w:name w:val=\"heading " +
              std::to_string(l) + "\"/><w:pPr><w:keepNext/><w:outlineLvl w:val=\"" + std::to_string(l - 1) +
              "\"/>" + (l == 1 ? "<w:pageBreakBefore/>" : "") +
              "</w:pPr><w:rPr><w:b/><w:sz w:val=\"" + std::to_string(36 - 4 * l) + "\"/></w:rPr></w:style>";
  styles += "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:pPr><w:jc "
            "w:val=\"center\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"20\"/></w:rPr></w:style></w:styles>";
  z.add("word/styles.xml", styles);
  z.add("word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document " + ns +
                                 "><w:body>" + body +
                                 "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" "
                                 "w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\"/></w:sectPr></w:body></w:document>");
  z.commit(false);
}

void BM_ExportPdf60k(benchmark::State& state) {
  const model::Report& r = bench_report();
  const auto& st = standards::Library::instance().get(r.standard_id);
  fs::path dir = fs::temp_directory_path() / "zp-export-bench";
  if (const char* d = std::getenv("ZP_EXPORT_BENCH_DIR")) {
    dir = d;
    fs::create_directories(dir);
    model::save_report(r, dir / "report.zpr", false);
    write_docx(r, dir / "report.docx");
  }
  fs::create_directories(dir);
  io::pdf::ExportOptions o;
  o.deterministic = true;
  int pages = 0;
  for (auto _ : state) pages = io::pdf::export_pdf(r, st, dir / "bench.pdf", o).pages;
  state.counters["words"] = static_cast<double>(text::count_report(r, st).total.words);
  state.counters["pages"] = pages;
  state.counters["bytes"] = static_cast<double>(fs::file_size(dir / "bench.pdf"));
}
BENCHMARK(BM_ExportPdf60k)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
