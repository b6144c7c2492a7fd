#pragma once
/// The low-level walk of a .docx body: paragraphs with their runs (text as Word shows it,
/// with bold, italic and the East Asian font hint resolved through styles), numbering
/// labels, tables, images, text boxes, footnotes and endnotes. What Word does not show or
/// count is left out here: deleted revisions, field codes, the unused branch of
/// mc:AlternateContent, headers and footers.
#include <string>
#include <variant>
#include <vector>

#include "io/docx/docx_package.h"

namespace zp::io::docx {

/// A piece of a paragraph's text with one formatting. Tabs, line breaks and carriage
/// returns appear as '\t' and '\n'; w:sym as its character.
struct TextRun {
  std::string text;
  bool bold = false;
  bool italic = false;
  bool east_asian = false;  ///< the run's w:rFonts/@w:hint is eastAsia (directly or by style)
};

/// An image the paragraph shows.
struct ImageRef {
  std::string entry;  ///< package entry, e.g. "word/media/image1.png" ("" when unresolved)
  std::string rel_id;
};

struct DocParagraph {
  std::vector<TextRun> runs;
  std::string style_id;
  std::string style_name;    ///< lower case, "" when none
  int heading_level = 0;     ///< 1…9 from the style, 0 for body text
  // Automatic numbering (w:numPr directly or through the style).
  bool numbered = false;
  bool bullet = false;
  int list_level = 0;
  int num_id = 0;
  std::string label;         ///< the label as Word shows it: "一、", "1.1", "•"
  std::string label_suffix;  ///< "\t", " " or ""
  bool label_east_asian = false;
  std::vector<ImageRef> images;
  bool page_break = false;   ///< holds a page break (ignored for the content)
  /// The text of the runs (without the label).
  std::string text() const;
  /// Whether every non-space character is bold.
  bool all_bold() const;
};

struct DocCell {
  std::vector<DocParagraph> paragraphs;  ///< nested tables' paragraphs flattened in
  int span = 1;                          ///< w:gridSpan
  bool merged_continuation = false;      ///< w:vMerge without restart: the cell above continues
  std::string text() const;              ///< paragraphs joined by '\n'
};

struct DocTable {
  std::vector<std::vector<DocCell>> rows;
};

using DocBlock = std::variant<DocParagraph, DocTable>;

/// The document as Word lays it out for counting and import.
struct Document {
  std::vector<DocBlock> body;
  std::vector<DocParagraph> text_boxes;  ///< w:txbxContent, in document order
  std::vector<DocParagraph> footnotes;
  std::vector<DocParagraph> endnotes;
};

/// Walk the package's main document, footnotes and endnotes.
Document read_document(Package& pkg);

}  // namespace zp::io::docx
