// Golden tests of the PDF export: reports built in code (short, long, table-heavy,
// image-heavy, over the limit) are exported and read back with poppler-utils and PoDoFo:
// the extracted body text must be exactly model::body_pieces(), the outline must list every
// heading, the font must be embedded as a subset, no glyph may be missing. A summary of
// each PDF (pages, fonts, outline) is compared with tests/golden/pdf/<name>.golden;
// ZP_UPDATE_GOLDEN=1 rewrites those files so a change is reviewed as a diff.
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "golden/pdf/pdf_reports.h"
#include "io/pdf/font.h"
#include "io/pdf/pdf_export.h"
#include "model/report_text.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace zp {
namespace {

namespace fs = std::filesystem;
using io::pdf::ExportOptions;

std::string run(const std::string& cmd) {
  std::string out;
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return out;
  std::array<char, 4096> buf{};
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
  pclose(p);
  return out;
}

bool have_poppler() {
  return run("command -v pdftotext >/dev/null && command -v pdffonts >/dev/null && command -v pdfinfo >/dev/null && echo yes") ==
         "yes\n";
}

std::string strip_space(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') out += c;
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) out.push_back(cur), cur.clear();
    else cur += c;
  }
  out.push_back(cur);
  return out;
}

/// Outline titles with their depth, read back with PoDoFo.
void walk(PoDoFo::PdfOutlineItem* item, int depth, std::vector<std::string>& out) {
  for (; item; item = item->Next()) {
    out.push_back(std::string(static_cast<size_t>(depth) * 2, ' ') + item->GetTitle().GetStringUtf8());
    walk(item->First(), depth + 1, out);
  }
}
std::vector<std::string> outline_of(const fs::path& pdf) {
  PoDoFo::PdfError::EnableDebug(false);  // PoDoFo prints the trailer while loading otherwise
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument doc;
  doc.Load(pdf.c_str());
  std::vector<std::string> out;
  if (PoDoFo::PdfOutlines* o = doc.GetOutlines(false)) walk(o->First(), 0, out);
  return out;
}

struct Exported {
  fs::path file;
  io::pdf::ExportResult result;
  std::string summary;
};

Exported export_and_check(const std::string& name, const model::Report& r, ExportOptions opts = {}) {
  const auto& st = standards::Library::instance().get(r.standard_id);
  Exported e;
  e.file = fs::path(testing::temp_dir("pdf-golden")) / (name + ".pdf");
  opts.deterministic = true;
  e.result = io::pdf::export_pdf(r, st, e.file, opts);
  EXPECT_TRUE(fs::exists(e.file));
  EXPECT_TRUE(e.result.warnings.empty()) << e.result.warnings.front();

  // Every character of the body has a glyph in the font.
  io::pdf::Font font(io::pdf::locate_font());
  const auto pieces = model::body_pieces(r, st);
  for (const auto& p : pieces) {
    for (char32_t c : io::pdf::to_u32(p.text)) {
      if (c > 0x20 && c != 0x3000) {
        EXPECT_TRUE(font.has_glyph(c)) << name << ": no glyph for U+" << std::hex << static_cast<unsigned>(c);
      }
    }
  }

  // Pages.
  const std::string info = run("pdfinfo " + e.file.string());
  EXPECT_NE(info.find("Pages:           " + std::to_string(e.result.pages) + "\n"), std::string::npos) << info;
  EXPECT_NE(info.find("A4"), std::string::npos);

  // Fonts: one font, embedded, subset, with a ToUnicode map.
  const std::vector<std::string> fonts = split(run("pdffonts " + e.file.string()), '\n');
  EXPECT_EQ(fonts.size(), 4u) << "one font expected";  // two header lines, one font, trailing empty
  std::string font_line = fonts.size() > 2 ? fonts[2] : "";
  EXPECT_NE(font_line.find("+WenQuanYiMicroHei"), std::string::npos) << font_line;
  EXPECT_NE(font_line.find("CID TrueType      Identity-H       yes yes yes"), std::string::npos) << font_line;

  // Text: the body pages (after the cover and the contents), without the running header
  // (first line) and footer (last line), are exactly the body pieces.
  std::vector<std::string> pages = split(run("pdftotext -raw -enc UTF-8 " + e.file.string() + " -"), '\f');
  if (!pages.empty() && pages.back().empty()) pages.pop_back();
  EXPECT_EQ(static_cast<int>(pages.size()), e.result.pages);
  const std::string first_heading = pieces.front().text;
  size_t first_body = 0;
  for (size_t i = 2; i < pages.size(); ++i) {
    std::vector<std::string> lines = split(pages[i], '\n');
    if (lines.size() > 1 && lines[1] == first_heading) {
      first_body = i;
      break;
    }
  }
  EXPECT_GE(first_body, 2u) << "no page starts with " << first_heading;
  std::string body;
  size_t last_body = pages.size();
  if (opts.draft) --last_body;  // the appendix of findings
  for (size_t i = first_body; i < last_body && first_body; ++i) {
    std::vector<std::string> lines = split(pages[i], '\n');
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    EXPECT_EQ(lines.back(), std::to_string(i + 1) + " / " + std::to_string(pages.size())) << "footer of page " << i + 1;
    EXPECT_EQ(strip_space(lines.front()), strip_space(r.organisation + r.title)) << "header of page " << i + 1;
    for (size_t l = 1; l + 1 < lines.size(); ++l) body += lines[l] + "\n";
  }
  std::string expected;
  for (const auto& p : pieces) expected += p.text;
  if (!opts.draft || e.result.pages - static_cast<int>(first_body) > 1) {
    const std::string got = strip_space(body), want = strip_space(expected);
    size_t at = 0;
    while (at < got.size() && at < want.size() && got[at] == want[at]) ++at;
    if (!opts.draft) {
      EXPECT_EQ(got.size(), want.size()) << name;
      EXPECT_EQ(at, want.size()) << name << ": text differs at byte " << at << ": got «"
                                 << got.substr(at > 30 ? at - 30 : 0, 90) << "» want «"
                                 << want.substr(at > 30 ? at - 30 : 0, 90) << "»";
    } else {
      EXPECT_EQ(got.substr(0, want.size()), want) << name;
    }
  }

  // Outline: every heading, nested as the clauses are.
  std::vector<std::string> outline = outline_of(e.file);
  std::vector<std::string> headings;
  for (const auto& p : pieces)
    if (p.kind == model::PieceKind::Heading) headings.push_back(p.text);
  size_t h = 0;
  for (const std::string& o : outline) {
    std::string t = o.substr(o.find_first_not_of(' '));
    if (h < headings.size() && t == headings[h]) ++h;
  }
  EXPECT_EQ(h, headings.size()) << name << ": outline misses " << (h < headings.size() ? headings[h] : "");

  std::ostringstream sum;
  sum << "pages: " << e.result.pages << "\n";
  sum << "font: " << font_line.substr(font_line.find('+') + 1, font_line.find(' ') - font_line.find('+') - 1) << "\n";
  sum << "outline:\n";
  for (const auto& o : outline) sum << "  " << o << "\n";
  e.summary = sum.str();
  return e;
}

/// The test's files go unless it failed (then they stay for a look).
void tidy(const fs::path& file) {
  if (!::testing::Test::HasFailure()) fs::remove_all(file.parent_path());
}

void compare_golden(const std::string& name, const std::string& summary) {
  const fs::path golden = fs::path(ZP_TEST_GOLDEN) / "pdf" / (name + ".golden");
  if (std::getenv("ZP_UPDATE_GOLDEN")) {
    write_file_atomically(golden, summary);
    return;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden << " is missing; run with ZP_UPDATE_GOLDEN=1";
  const std::vector<std::string> want = split(read_file(golden), '\n'), got = split(summary, '\n');
  for (size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
    const std::string w = i < want.size() ? want[i] : "(end)", g = i < got.size() ? got[i] : "(end)";
    if (w != g) {
      ADD_FAILURE() << golden.string() << ":" << i + 1 << ": the PDF summary changed: expected \"" << w << "\", got \""
                    << g << "\"; review, then rerun with ZP_UPDATE_GOLDEN=1";
      break;
    }
  }
}

TEST(PdfGolden, Short) {
  if (!have_poppler()) GTEST_SKIP() << "poppler-utils not installed";
  auto e = export_and_check("short", testing::pdf::short_report());
  compare_golden("short", e.summary);
  tidy(e.file);
}

TEST(PdfGolden, Long) {
  if (!have_poppler()) GTEST_SKIP() << "poppler-utils not installed";
  auto e = export_and_check("long", testing::pdf::long_report());
  EXPECT_GT(e.result.pages, 30);
  compare_golden("long", e.summary);
  tidy(e.file);
}

TEST(PdfGolden, TableHeavy) {
  if (!have_poppler()) GTEST_SKIP() << "poppler-utils not installed";
  auto e = export_and_check("table_heavy", testing::pdf::table_heavy_report());
  compare_golden("table_heavy", e.summary);
  tidy(e.file);
}

TEST(PdfGolden, ImageHeavy) {
  if (!have_poppler()) GTEST_SKIP() << "poppler-utils not installed";
  auto e = export_and_check("image_heavy", testing::pdf::image_heavy_report());
  // Every figure is drawn: one image XObject per media file (pdfimages lists them).
  const std::string images = run("pdfimages -list " + e.file.string() + " | tail -n +3 | wc -l");
  EXPECT_GE(std::stoi(images), 12);
  compare_golden("image_heavy", e.summary);
  tidy(e.file);
}

TEST(PdfGolden, OverTheLimitIsRefusedButDrafts) {
  if (!have_poppler()) GTEST_SKIP() << "poppler-utils not installed";
  const model::Report r = testing::pdf::over_limit_report();
  const auto& st = standards::Library::instance().get(r.standard_id);
  auto refusal = io::pdf::submission_refusal(r, st);
  ASSERT_TRUE(refusal);
  EXPECT_EQ(refusal->limit, 30000);
  EXPECT_GT(refusal->count, 30000);
  EXPECT_NE(refusal->message.find("30,000"), std::string::npos) << refusal->message;
  const fs::path out = fs::path(testing::temp_dir("pdf-golden")) / "refused.pdf";
  EXPECT_THROW(io::pdf::export_pdf(r, st, out), Error);
  EXPECT_FALSE(fs::exists(out));
  tidy(out);

  ExportOptions draft;
  draft.draft = true;
  draft.findings.push_back({"length.over_limit", checks::Severity::Error, "", "", "报告超出字数限制。", std::nullopt});
  auto e = export_and_check("over_limit_draft", r, draft);
  const std::string text = run("pdftotext -enc UTF-8 -l 999 " + e.file.string() + " - | tail -c 2000");
  EXPECT_NE(text.find("报告超出字数限制"), std::string::npos) << "the findings appendix";
  compare_golden("over_limit_draft", e.summary);
  tidy(e.file);
}

TEST(PdfGolden, DeterministicModeGivesIdenticalBytes) {
  const model::Report r = testing::pdf::short_report();
  const auto& st = standards::Library::instance().get(r.standard_id);
  const fs::path dir = testing::temp_dir("pdf-golden");
  ExportOptions o;
  o.deterministic = true;
  io::pdf::export_pdf(r, st, dir / "a.pdf", o);
  io::pdf::export_pdf(r, st, dir / "b.pdf", o);
  EXPECT_EQ(read_file(dir / "a.pdf"), read_file(dir / "b.pdf"));
  tidy(dir / "a.pdf");
}

}  // namespace
}  // namespace zp
