#pragma once
/// Word's 字数 of a .docx: body paragraphs and table cells with their numbering labels (and
/// the tab after them) and field results, each run classified by its East Asian font hint.
/// Text boxes, footnotes and endnotes are counted separately (Word's dialog adds them only
/// with its tick box); headers, footers, deleted revisions and field codes are not counted.
#include <filesystem>

#include "io/docx/docx_document.h"
#include "text/word_count.h"

namespace zp::io::docx {

struct DocxCounts {
  text::Counts body;        ///< what Word's 字数 shows by default
  text::Counts text_boxes;
  text::Counts footnotes;
  text::Counts endnotes;
};

/// One paragraph as Word counts it: label, its suffix, then the runs.
text::Counts count_paragraph(const DocParagraph& p);
/// A paragraph or every cell of a table.
text::Counts count_block(const DocBlock& b);
DocxCounts count_document(const Document& doc);
/// Open and count a .docx; throws zp::Error for an unusable file.
DocxCounts count_docx(const std::filesystem::path& path);

}  // namespace zp::io::docx
