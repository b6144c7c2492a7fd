#pragma once
// Building small .docx packages in memory for the docx tests: a body (the children of
// w:body), optional styles, numbering, footnotes and extra entries.
#include <filesystem>
#include <map>
#include <string>

#include "support/sample_reports.h"
#include "util/atomic_file.h"
#include "util/zip_archive.h"

namespace zp::testing {

inline const char* kWordNs =
    "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
    "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" "
    "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
    "xmlns:v=\"urn:schemas-microsoft-com:vml\"";

struct DocxParts {
  std::string body;       // children of w:body
  std::string styles;     // children of w:styles ("" = no styles.xml)
  std::string numbering;  // children of w:numbering ("" = none)
  std::string footnotes;  // children of w:footnotes ("" = none)
  std::string rels;       // extra Relationship elements of document.xml.rels
  std::map<std::string, std::string> extra;  // more entries, by name
  bool with_document = true;
};

inline std::string wrap(const char* root, const std::string& children) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:") + root + " " + kWordNs + ">" +
         children + "</w:" + root + ">";
}

/// The bytes of a .docx made of these parts.
inline std::string make_docx(const DocxParts& p) {
  static int n = 0;
  std::filesystem::path file = std::filesystem::path(temp_dir("docx")) / ("t" + std::to_string(++n) + ".docx");
  {
    ZipWriter z(file);
    z.add("[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
    z.add("_rels/.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
          "Target=\"word/document.xml\"/></Relationships>");
    if (p.with_document) z.add("word/document.xml", wrap("document", "<w:body>" + p.body + "</w:body>"));
    if (!p.styles.empty()) z.add("word/styles.xml", wrap("styles", p.styles));
    if (!p.numbering.empty()) z.add("word/numbering.xml", wrap("numbering", p.numbering));
    if (!p.footnotes.empty()) z.add("word/footnotes.xml", wrap("footnotes", p.footnotes));
    z.add("word/_rels/document.xml.rels",
          "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
              p.rels + "</Relationships>");
    for (const auto& [name, data] : p.extra) z.add(name, data);
    z.commit(false);
  }
  std::string bytes = read_file(file);
  std::filesystem::remove(file);
  return bytes;
}

/// A paragraph with one run of text (optionally with run properties).
inline std::string para(const std::string& text, const std::string& rpr = "", const std::string& ppr = "") {
  return "<w:p>" + (ppr.empty() ? "" : "<w:pPr>" + ppr + "</w:pPr>") + "<w:r>" + (rpr.empty() ? "" : "<w:rPr>" + rpr + "</w:rPr>") +
         "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

}  // namespace zp::testing
