#include "io/docx/docx_word_count.h"

namespace zp::io::docx {
namespace {

using text::Ambiguity;

Ambiguity mode(bool east_asian) { return east_asian ? Ambiguity::EastAsian : Ambiguity::Latin; }

void add_paragraph(text::Counter& c, const DocParagraph& p) {
  if (!p.label.empty()) {
    c.add(p.label, mode(p.label_east_asian));
    c.add(p.label_suffix, Ambiguity::Latin);
  }
  for (const TextRun& r : p.runs) c.add(r.text, mode(r.east_asian));
  c.paragraph_break();
}

text::Counts count_paragraphs(const std::vector<DocParagraph>& ps) {
  text::Counter c;
  for (const auto& p : ps) add_paragraph(c, p);
  return c.counts();
}

}  // namespace

text::Counts count_paragraph(const DocParagraph& p) {
  text::Counter c;
  add_paragraph(c, p);
  return c.counts();
}

text::Counts count_block(const DocBlock& b) {
  if (const auto* p = std::get_if<DocParagraph>(&b)) return count_paragraph(*p);
  text::Counter c;
  for (const auto& row : std::get<DocTable>(b).rows)
    for (const auto& cell : row)
      for (const auto& p : cell.paragraphs) add_paragraph(c, p);
  return c.counts();
}

DocxCounts count_document(const Document& doc) {
  DocxCounts out;
  for (const auto& b : doc.body) out.body += count_block(b);
  out.text_boxes = count_paragraphs(doc.text_boxes);
  out.footnotes = count_paragraphs(doc.footnotes);
  out.endnotes = count_paragraphs(doc.endnotes);
  return out;
}

DocxCounts count_docx(const std::filesystem::path& path) {
  Package pkg(path);
  return count_document(read_document(pkg));
}

}  // namespace zp::io::docx
