#pragma once
/// Drawing a laid-out document with PoDoFo 0.9.8: the font embedded as a subset with
/// Identity-H encoding (so the text extracts exactly), fake bold (fill and stroke) and fake
/// italic (a 12° skew) because WenQuanYi Micro Hei has one face only, outline text as
/// cached glyph forms, images, the outline (bookmarks) and the document info.
#include <map>
#include <string>

#include "io/pdf/display_list.h"
#include "io/pdf/font.h"
#include "model/report.h"

namespace zp::io::pdf {

struct DocumentInfo {
  std::string title, author, subject, keywords, creator;
  /// Fixed creation date and so a fixed document id (the id is a digest of the info).
  bool deterministic = false;
};

/// The PDF's bytes. Throws zp::Error (Format) naming the font when PoDoFo cannot load it.
std::string write_pdf(const Document& doc, const Font& font, const std::map<std::string, model::Media>& media,
                      const DocumentInfo& info);

}  // namespace zp::io::pdf
