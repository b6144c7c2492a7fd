#pragma once
/// What the typesetter produces and the PDF writer draws: pages of positioned drawing
/// operations in PDF points (origin at the bottom left of an A4 page).
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace zp::io::pdf {

inline constexpr double kPageWidth = 595.276;   ///< A4 in points
inline constexpr double kPageHeight = 841.890;

struct Color {
  double r = 0, g = 0, b = 0;
  friend bool operator==(const Color&, const Color&) = default;
};

/// A run of text on one baseline in one style. Text drawn as text can be searched and
/// extracted; outline text (chart labels, the watermark, repeated table headers) is drawn
/// as glyph shapes, so extracting the PDF's text gives back the report's text exactly once.
struct TextOp {
  double x = 0, y = 0;     ///< start of the baseline
  double size = 10.5;
  std::string text;        ///< UTF-8
  bool bold = false;       ///< fake bold: fill and stroke (the font has no bold face)
  bool italic = false;     ///< fake italic: the glyphs skewed by 12°
  double spacing = 0;      ///< extra space after each character (justification), in points
  /// Space added to spacing after some characters (by index in text's code points): none
  /// inside a Latin word, more after a space.
  std::vector<std::pair<size_t, double>> adjust;
  Color color;
  bool outline = false;
  double angle = 0;        ///< rotation in degrees (outline text only)
  double opacity = 1;      ///< below 1: translucent (outline text only; the draft watermark)
};

struct LineOp {
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  double width = 0.5;
  Color color;
  bool dashed = false;
};

struct RectOp {
  double x = 0, y = 0, w = 0, h = 0;
  std::optional<Color> fill;
  std::optional<Color> stroke;
  double width = 0.5;
};

/// An open polyline (a chart series).
struct PolylineOp {
  std::vector<double> xy;  ///< x0 y0 x1 y1 …
  double width = 1;
  Color color;
  bool dashed = false;
};

enum class Marker { Circle, Square, Diamond, Triangle };

struct MarkerOp {
  double x = 0, y = 0, r = 2;
  Marker shape = Marker::Circle;
  Color color;
};

struct ImageOp {
  std::string media_id;
  double x = 0, y = 0, w = 0, h = 0;
};

using Op = std::variant<TextOp, LineOp, RectOp, PolylineOp, MarkerOp, ImageOp>;

struct Page {
  std::vector<Op> ops;
  bool cover = false;  ///< no running header or footer
};

/// A bookmark: a heading and where it is.
struct OutlineEntry {
  std::string title;
  int level = 0;   ///< 0 = top
  int page = 0;    ///< 0-based page index
  double y = 0;    ///< top of the heading
};

struct Document {
  std::vector<Page> pages;
  std::vector<OutlineEntry> outline;
};

}  // namespace zp::io::pdf
