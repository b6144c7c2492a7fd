#pragma once
/// The PDF export's font: one face of WenQuanYi Micro Hei, extracted from its collection
/// into a standalone TrueType file at build time (PoDoFo 0.9.8 subsets only those).
/// FreeType gives the layout its advances and the writer the outlines of glyphs that are
/// drawn as graphics rather than as text (chart labels, the watermark, repeated header rows).
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace zp::io::pdf {

/// The font file: $ZHUOPING_FONT when set, else share/zhuoping/fonts/wqy-microhei.ttf in the
/// directory above the executable's, else the build tree's copy. Throws zp::Error (Io)
/// naming the places it looked and how to fix it when none exists.
std::filesystem::path locate_font();

/// A TrueType face opened with FreeType. Metrics are in em (1.0 = the font size).
class Font {
 public:
  /// Throws zp::Error (Io/Format) naming the file when it cannot be opened as a font.
  explicit Font(const std::filesystem::path& file);
  ~Font();
  Font(const Font&) = delete;
  Font& operator=(const Font&) = delete;

  const std::filesystem::path& file() const { return file_; }
  /// The family name stored in the font ("WenQuanYi Micro Hei").
  const std::string& family() const { return family_; }
  /// Advance width of a code point in em; 0 for control characters.
  double advance(char32_t cp) const;
  /// Whether the face has a glyph for the code point.
  bool has_glyph(char32_t cp) const;
  /// Ascent and descent (positive, below the baseline) in em.
  double ascent() const { return ascent_; }
  double descent() const { return descent_; }
  /// The glyph's outline as PDF path operators in whole units of 1/1000 em, filled with " f".
  /// Empty for blank glyphs (space).
  const std::string& outline(char32_t cp) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::filesystem::path file_;
  std::string family_;
  double ascent_ = 0.8;
  double descent_ = 0.2;
  mutable std::vector<float> bmp_advance_;  // -1 = not yet measured
  mutable std::unordered_map<char32_t, std::string> outlines_;
};

/// Code points of UTF-8 text (invalid bytes become U+FFFD).
std::u32string to_u32(const std::string& utf8);
/// UTF-8 of code points.
std::string to_utf8(const std::u32string& s);

}  // namespace zp::io::pdf
