#include "io/pdf/font.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H
#include FT_ADVANCES_H
#include FT_SFNT_NAMES_H

#include <unicode/unistr.h>
#include <unistd.h>

#include <cstdlib>
#include <cstdio>

#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::pdf {

namespace fs = std::filesystem;

std::filesystem::path locate_font() {
  std::vector<fs::path> tried;
  if (const char* env = std::getenv("ZHUOPING_FONT"); env && *env) {
    fs::path p(env);
    if (fs::is_regular_file(p)) return p;
    throw Error(ErrorCode::Io, p.string(),
                ZP_("ZHUOPING_FONT names no font file; point it at a TrueType (.ttf) font or unset it"));
  }
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) tried.push_back(exe.parent_path().parent_path() / "share" / "zhuoping" / "fonts" / "wqy-microhei.ttf");
#ifdef ZP_BUILD_FONT_FILE
  tried.emplace_back(ZP_BUILD_FONT_FILE);
#endif
  std::string where;
  for (const fs::path& p : tried) {
    if (fs::is_regular_file(p, ec)) return p;
    where += (where.empty() ? "" : ", ") + p.string();
  }
  throw Error(ErrorCode::Io, "wqy-microhei.ttf",
              format(ZP_("the PDF font is missing (looked in {0}); rebuild Zhuoping with the Debian packages "
                         "fonts-wqy-microhei and python3-fonttools installed, or set ZHUOPING_FONT to a TrueType font"),
                     where));
}

struct Font::Impl {
  FT_Library lib = nullptr;
  FT_Face face = nullptr;
  double upem = 1000;
  ~Impl() {
    if (face) FT_Done_Face(face);
    if (lib) FT_Done_FreeType(lib);
  }
};

Font::Font(const fs::path& file) : impl_(std::make_unique<Impl>()), file_(file), bmp_advance_(0x10000, -1.0f) {
  if (FT_Init_FreeType(&impl_->lib) != 0) throw Error(ErrorCode::Io, file.string(), ZP_("FreeType could not start"));
  if (FT_New_Face(impl_->lib, file.c_str(), 0, &impl_->face) != 0)
    throw Error(ErrorCode::Format, file.string(),
                ZP_("cannot be read as a TrueType font; set ZHUOPING_FONT to a .ttf file or rebuild Zhuoping"));
  FT_Face f = impl_->face;
  if (!FT_IS_SFNT(f) || !FT_IS_SCALABLE(f))
    throw Error(ErrorCode::Format, file.string(), ZP_("is not a scalable TrueType font"));
  impl_->upem = f->units_per_EM ? f->units_per_EM : 1000;
  ascent_ = f->ascender / impl_->upem;
  descent_ = -f->descender / impl_->upem;
  family_ = f->family_name ? f->family_name : "Font";
  FT_Select_Charmap(f, FT_ENCODING_UNICODE);
}

Font::~Font() = default;

bool Font::has_glyph(char32_t cp) const { return FT_Get_Char_Index(impl_->face, cp) != 0; }

double Font::advance(char32_t cp) const {
  if (cp < 0x20) return 0;
  if (cp < 0x10000 && bmp_advance_[cp] >= 0) return bmp_advance_[cp];
  FT_UInt gid = FT_Get_Char_Index(impl_->face, cp);
  FT_Fixed adv = 0;
  double a = 0;
  if (FT_Get_Advance(impl_->face, gid, FT_LOAD_NO_SCALE, &adv) == 0) a = static_cast<double>(adv) / impl_->upem;
  if (cp < 0x10000) bmp_advance_[cp] = static_cast<float>(a);
  return a;
}

namespace {

struct OutlineSink {
  std::string out;
  double scale = 1;
  double cx = 0, cy = 0;  // current point in font units
  bool open = false;
  void num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f ", v * scale);  // 1/1000 em is finer than any print
    out += buf;
  }
};

int move_to(const FT_Vector* to, void* user) {
  auto* s = static_cast<OutlineSink*>(user);
  if (s->open) s->out += "h ";
  s->num(to->x), s->num(to->y);
  s->out += "m ";
  s->cx = to->x, s->cy = to->y;
  s->open = true;
  return 0;
}
int line_to(const FT_Vector* to, void* user) {
  auto* s = static_cast<OutlineSink*>(user);
  s->num(to->x), s->num(to->y);
  s->out += "l ";
  s->cx = to->x, s->cy = to->y;
  return 0;
}
int conic_to(const FT_Vector* c, const FT_Vector* to, void* user) {
  auto* s = static_cast<OutlineSink*>(user);
  // A quadratic Bézier as a cubic: control points at 2/3 towards the conic control point.
  double c1x = s->cx + 2.0 / 3.0 * (c->x - s->cx), c1y = s->cy + 2.0 / 3.0 * (c->y - s->cy);
  double c2x = to->x + 2.0 / 3.0 * (c->x - to->x), c2y = to->y + 2.0 / 3.0 * (c->y - to->y);
  s->num(c1x), s->num(c1y), s->num(c2x), s->num(c2y), s->num(to->x), s->num(to->y);
  s->out += "c ";
  s->cx = to->x, s->cy = to->y;
  return 0;
}
int cubic_to(const FT_Vector* c1, const FT_Vector* c2, const FT_Vector* to, void* user) {
  auto* s = static_cast<OutlineSink*>(user);
  s->num(c1->x), s->num(c1->y), s->num(c2->x), s->num(c2->y), s->num(to->x), s->num(to->y);
  s->out += "c ";
  s->cx = to->x, s->cy = to->y;
  return 0;
}

}  // namespace

const std::string& Font::outline(char32_t cp) const {
  auto it = outlines_.find(cp);
  if (it != outlines_.end()) return it->second;
  std::string& out = outlines_[cp];
  FT_UInt gid = FT_Get_Char_Index(impl_->face, cp);
  if (FT_Load_Glyph(impl_->face, gid, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0) return out;
  FT_GlyphSlot g = impl_->face->glyph;
  if (g->format != FT_GLYPH_FORMAT_OUTLINE || g->outline.n_contours == 0) return out;
  FT_Outline_Funcs funcs{move_to, line_to, conic_to, cubic_to, 0, 0};
  OutlineSink sink;
  sink.scale = 1000.0 / impl_->upem;
  FT_Outline_Decompose(&g->outline, &funcs, &sink);
  if (sink.open) sink.out += "h ";
  // TrueType contours wind in opposite directions for holes: the non-zero rule fills right.
  sink.out += "f";
  out = std::move(sink.out);
  return out;
}

std::u32string to_u32(const std::string& s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);  // invalid bytes become U+FFFD
  std::u32string out;
  out.reserve(static_cast<size_t>(u.length()));
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(static_cast<char32_t>(u.char32At(i)));
  return out;
}

std::string to_utf8(const std::u32string& s) {
  icu::UnicodeString u;
  for (char32_t cp : s) u.append(static_cast<UChar32>(cp));
  std::string out;
  u.toUTF8String(out);
  return out;
}

}  // namespace zp::io::pdf
