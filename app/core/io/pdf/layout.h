#pragma once
/// A small typesetter for the report: cover, contents (page numbers filled in a second
/// pass, once the body is laid out), the body exactly as model::body_pieces() gives it
/// (headings, justified paragraphs, lists, ruled tables with repeated header rows,
/// indicator tables with their trend charts, figures, captions), the draft appendix of
/// findings, running header and footer, and the draft watermark.
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "checks/finding.h"
#include "io/pdf/display_list.h"
#include "io/pdf/font.h"
#include "model/report.h"
#include "standards/standard.h"

namespace zp::io::pdf {

/// A figure the caller draws itself, as vectors, in place of an image (a chart of its own,
/// a diagram): the typesetter places it like an image figure — centred, kept on one page
/// with its caption below it, numbered by model::body_pieces() like any figure — and calls
/// draw with the box it reserved.
struct VectorFigure {
  double width = 1;     ///< share of the text width, in (0, 1]
  double aspect = 0.5;  ///< height / width (the box is no taller than half the text area)
  /// Append the drawing for the box whose bottom left corner is (x, y), in PDF points.
  /// Text drawn here should be outline text (TextOp::outline), as chart labels are, so
  /// that extracting the PDF's text gives the report's text only.
  std::function<void(double x, double y, double w, double h, std::vector<Op>& ops)> draw;
};

struct LayoutOptions {
  std::string date;   ///< shown on the cover
  bool draft = false; ///< watermark every page and append the findings
  std::vector<checks::Finding> findings;
  /// Progress from 0 to 1; return false to cancel (typeset then throws zp::Error).
  std::function<bool(double, const std::string&)> progress;
  /// Figures drawn by the caller, by the media id of their model::Figure block. A figure
  /// whose id is here needs no media in the report (and is drawn here even when it has
  /// some); an id that is neither here nor in the report's media is warned about and
  /// prints its caption only.
  std::map<std::string, VectorFigure> vector_figures;
};

/// The page geometry (points).
struct Geometry {
  double left = 90, right = 90;        ///< 3.17 cm, as Word's default
  double top = 80, bottom = 72;        ///< body area, below the running header
  double text_width() const { return kPageWidth - left - right; }
  double body_top() const { return kPageHeight - top; }
};

/// Lay the report out. Warnings (an unreadable image, a character the font lacks) are
/// added to warnings. Throws zp::Error (Invalid) when progress cancels.
Document typeset(const model::Report& report, const standards::Standard& standard, const Font& font,
                 const LayoutOptions& options, std::vector<std::string>& warnings);

/// Width and height in pixels of a PNG or JPEG, from its header; nullopt when unknown.
std::optional<std::pair<int, int>> image_size(const std::string& data);

}  // namespace zp::io::pdf
