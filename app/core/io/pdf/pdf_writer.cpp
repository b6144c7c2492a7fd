#include "io/pdf/pdf_writer.h"

#include <podofo/podofo.h>

#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>
#include <unordered_map>

#include "util/error.h"
#include "util/i18n.h"

namespace zp::io::pdf {

namespace {

using namespace PoDoFo;

PdfString utf8(const std::string& s) { return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str())); }

/// A page's content stream, written directly: PdfPainter prints every state again for
/// each text run through iostreams, which made writing three times slower and the PDF larger.
class Content {
 public:
  std::string out;

  /// A number with two decimals (colours, widths, spacing), trailing zeros dropped.
  void num(double v) { number(v, 2); }
  /// A position: a tenth of a point (0.035 mm) is finer than print, and deflates better.
  void pos(double v) { number(v, 1); }
  void number(double v, int decimals) {
    char buf[32];
    if (std::abs(v) < (decimals == 1 ? 0.05 : 0.005)) v = 0;
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals);
    if (ec != std::errc()) end = buf + std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    char* e = end;
    if (std::memchr(buf, '.', static_cast<size_t>(e - buf))) {
      while (e[-1] == '0') --e;
      if (e[-1] == '.') --e;
    }
    out.append(buf, e);
    out += ' ';
  }
  void op(const char* o) {
    out += o;
    out += '\n';
  }
  void fill(const Color& c) {
    if (have_fill_ && c == fill_) return;
    num(c.r), num(c.g), num(c.b), op("rg");
    fill_ = c, have_fill_ = true;
  }
  void stroke(const Color& c) {
    if (have_stroke_ && c == stroke_) return;
    num(c.r), num(c.g), num(c.b), op("RG");
    stroke_ = c, have_stroke_ = true;
  }
  void width(double w) {
    if (w == width_) return;
    num(w), op("w");
    width_ = w;
  }
  void dash(bool on, const char* pattern = "[2 2] 0") {
    if (on == dashed_ && (!on || std::strcmp(pattern, pattern_) == 0)) return;
    out += on ? pattern : "[] 0";
    out += " d\n";
    dashed_ = on, pattern_ = pattern;
  }
  void spacing(double tc) {
    if (tc == tc_) return;
    num(tc), op("Tc");
    tc_ = tc;
  }
  /// q … Q restores the state set inside: go back to what we knew before it.
  void save() {
    end_text();
    op("q");
    saved_.push_back({fill_, stroke_, width_, tc_, size_, render_, have_fill_, have_stroke_});
  }
  void restore() {
    end_text();
    op("Q");
    const State& st = saved_.back();
    fill_ = st.fill, stroke_ = st.stroke, width_ = st.width, tc_ = st.tc, size_ = st.size, render_ = st.render;
    have_fill_ = st.have_fill, have_stroke_ = st.have_stroke;
    saved_.pop_back();
  }

  // Text: consecutive runs share one text object; lines move relative to the previous one
  // (a repeated "0 -19 Td" deflates to almost nothing).
  void begin_text() {
    if (in_text_) return;
    op("BT");
    in_text_ = true;
    line_x_ = line_y_ = 0;  // BT resets the text matrix
    plain_ = true;
  }
  /// Path and image operators are not allowed inside a text object.
  void end_text() {
    if (!in_text_) return;
    op("ET");
    in_text_ = false;
  }
  void font(const std::string& name, double size) {
    if (size == size_) return;
    out += name, num(size), op("Tf");
    size_ = size;
  }
  void render(int mode) {
    if (mode == render_) return;
    out += mode == 2 ? "2 Tr\n" : "0 Tr\n";
    render_ = mode;
  }
  /// Start a line at (x, y), slanted by skew (0 = upright).
  void line_at(double x, double y, double skew) {
    // Positions are rounded once, so relative moves add up to exactly the rounded place.
    x = std::round(x * 10) / 10, y = std::round(y * 10) / 10;
    if (skew != 0) {
      num(1), num(0), num(skew), num(1), pos(x), pos(y), op("Tm");
      plain_ = false;
    } else if (plain_) {
      pos(x - line_x_), pos(y - line_y_), op("Td");
    } else {
      num(1), num(0), num(0), num(1), pos(x), pos(y), op("Tm");
      plain_ = true;
    }
    line_x_ = x, line_y_ = y;
  }

 private:
  struct State {
    Color fill, stroke;
    double width, tc, size;
    int render;
    bool have_fill, have_stroke;
  };
  Color fill_, stroke_;
  bool have_fill_ = false, have_stroke_ = false, dashed_ = false, in_text_ = false, plain_ = true;
  const char* pattern_ = "";
  double width_ = 1, tc_ = 0, size_ = -1, line_x_ = 0, line_y_ = 0;
  int render_ = 0;
  std::vector<State> saved_;
};

class Writer {
 public:
  Writer(const Font& font, const std::map<std::string, model::Media>& media) : font_(font), media_(media) {}

  std::string write(const Document& d, const DocumentInfo& info) {
    doc_.SetWriteMode(ePdfWriteMode_Compact);
    pdf_font_ = doc_.CreateFontSubset(font_.family().c_str(), false, false, false,
                                      new PdfIdentityEncoding(0, 0xffff, true), font_.file().c_str());
    if (!pdf_font_)
      throw Error(ErrorCode::Format, font_.file().string(),
                  ZP_("PoDoFo cannot embed this font; it needs a standalone TrueType (.ttf) font"));
    font_name_ = "/" + pdf_font_->GetIdentifier().GetName() + " ";
    for (const Page& p : d.pages) {
      PdfPage* page = doc_.CreatePage(PdfRect(0, 0, kPageWidth, kPageHeight));
      page_ = page;
      page->AddResource(pdf_font_->GetIdentifier(), pdf_font_->GetObject()->Reference(), PdfName("Font"));
      // /ProcSet is obsolete since PDF 1.4 and costs 40 bytes a page.
      if (PdfObject* res = page->GetResources()) res->GetDictionary().RemoveKey(PdfName("ProcSet"));
      Content c;
      for (const Op& op : p.ops) std::visit([&](const auto& o) { draw(c, o); }, op);
      c.end_text();
      set_stream(page->GetContentsForAppending(), c.out);
    }
    outline(d);
    PdfInfo* in = doc_.GetInfo();
    in->SetTitle(utf8(info.title));
    in->SetAuthor(utf8(info.author));
    in->SetSubject(utf8(info.subject));
    in->SetKeywords(utf8(info.keywords));
    in->SetCreator(utf8(info.creator));
    in->SetProducer(utf8(info.creator + " (PoDoFo)"));
    if (info.deterministic)
      in->GetObject()->GetDictionary().AddKey(PdfName("CreationDate"), PdfString("D:20240101000000Z"));
    doc_.GetCatalog()->GetDictionary().AddKey(PdfName("PageMode"), PdfName("UseOutlines"));
    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    doc_.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
  }

 private:
  /// Set a stream's data, deflated (PoDoFo's default filter).
  static void set_stream(PdfObject* obj, const std::string& data) {
    obj->GetStream()->Set(data.data(), static_cast<pdf_long>(data.size()));
  }

  /// The font's code for a code point (Identity-H: two bytes), recorded for the subset.
  unsigned cid(char32_t cp) {
    if (cp > 0xffff) cp = 0xfffd;
    int& known = cids_[cp];
    if (known >= 0) return static_cast<unsigned>(known);
    const std::u32string one(1, cp);
    PdfString s = utf8(to_utf8(one));
    pdf_font_->AddUsedSubsettingGlyphs(s, s.GetCharacterLength());
    PdfRefCountedBuffer enc = pdf_font_->GetEncoding()->ConvertToEncoding(s, pdf_font_);
    unsigned v = 0;
    if (enc.GetSize() >= 2)
      v = static_cast<unsigned>(static_cast<unsigned char>(enc.GetBuffer()[0])) << 8 |
          static_cast<unsigned char>(enc.GetBuffer()[1]);
    known = static_cast<int>(v);
    return v;
  }

  void draw(Content& c, const TextOp& t) {
    if (t.text.empty()) return;
    if (t.outline) return draw_outline(c, t);
    c.fill(t.color);
    if (t.bold) {
      // Fake bold: the glyphs filled and stroked with a thin outline of the same colour.
      c.stroke(t.color);
      c.width(t.size * 0.035);
    }
    c.begin_text();
    c.font(font_name_, t.size);
    c.render(t.bold ? 2 : 0);
    c.spacing(t.spacing);
    // Fake italic: the baseline stays, the glyphs lean right by 12°.
    c.line_at(t.x, t.y, t.italic ? std::tan(12.0 * M_PI / 180.0) : 0);
    // A literal string of two-byte codes: half the size of hex, and it deflates better.
    const bool array = !t.adjust.empty();
    c.out += array ? "[(" : "(";
    auto byte = [&](unsigned b) {
      if (b == '(' || b == ')' || b == '\\') c.out += '\\', c.out += static_cast<char>(b);
      else if (b == '\r') c.out += "\\r";
      else c.out += static_cast<char>(b);
    };
    size_t k = 0, next = 0;  // the code point, the next adjustment
    for (char32_t cp : to_u32(t.text)) {
      if (cp < 0x20) cp = U' ';
      const unsigned v = cid(cp);
      byte(v >> 8), byte(v & 0xff);
      if (next < t.adjust.size() && t.adjust[next].first == k) {
        // TJ moves the next glyph left by n/1000 of the size: a negative n widens the gap.
        c.out += ")";
        c.num(-t.adjust[next].second * 1000.0 / t.size);
        c.out += "(";
        ++next;
      }
      ++k;
    }
    c.out += array ? ")] TJ\n" : ") Tj\n";
  }

  /// Text as glyph shapes: each glyph once as a form (in 1/1000 em), drawn in a system
  /// scaled to the text size and moved along by each advance.
  void draw_outline(Content& c, const TextOp& t) {
    c.fill(t.color);
    const double a = t.angle * M_PI / 180.0;
    const double s = t.size / 1000.0;
    c.save();
    if (t.opacity < 1) {
      if (!translucent_) {
        translucent_ = std::make_unique<PdfExtGState>(&doc_);
        translucent_->SetFillOpacity(static_cast<float>(t.opacity));
      }
      page_->AddResource(translucent_->GetIdentifier(), translucent_->GetObject()->Reference(), PdfName("ExtGState"));
      c.out += '/';
      c.out += translucent_->GetIdentifier().GetName();
      c.out += " gs\n";
    }
    c.num(std::cos(a) * s), c.num(std::sin(a) * s), c.num(-std::sin(a) * s), c.num(std::cos(a) * s), c.num(t.x),
        c.num(t.y), c.op("cm");
    double pending = 0;  // advance not yet applied, in 1/1000 em
    for (char32_t cp : to_u32(t.text)) {
      if (PdfXObject* g = glyph(cp)) {
        if (pending != 0) c.out += "1 0 0 1 ", c.num(pending), c.out += "0 cm ";
        pending = 0;
        c.out += '/';
        c.out += g->GetIdentifier().GetName();
        c.out += " Do\n";
        page_->AddResource(g->GetIdentifier(), g->GetObject()->Reference(), PdfName("XObject"));
      }
      pending += (font_.advance(cp) * t.size + t.spacing) / s;
    }
    c.restore();
  }

  PdfXObject* glyph(char32_t cp) {
    auto it = glyphs_.find(cp);
    if (it != glyphs_.end()) return it->second.get();
    const std::string& path = font_.outline(cp);
    if (path.empty()) return glyphs_[cp].get();
    auto x = std::make_unique<PdfXObject>(PdfRect(-500, -500, 2500, 2000), &doc_);
    // A bare form: no resources of its own, the default matrix (keys PoDoFo adds, not needed).
    PdfDictionary& dict = x->GetObject()->GetDictionary();
    dict.RemoveKey(PdfName("Resources"));
    dict.RemoveKey(PdfName("Matrix"));
    dict.RemoveKey(PdfName("FormType"));
    set_stream(x->GetContentsForAppending(), path);
    return (glyphs_[cp] = std::move(x)).get();
  }

  void draw(Content& c, const LineOp& l) {
    c.end_text();
    c.stroke(l.color);
    c.width(l.width);
    c.dash(l.dashed);
    c.pos(l.x1), c.pos(l.y1), c.out += "m ", c.pos(l.x2), c.pos(l.y2), c.op("l S");
  }

  void draw(Content& c, const RectOp& r) {
    c.end_text();
    if (r.fill) c.fill(*r.fill);
    if (r.stroke) c.stroke(*r.stroke), c.width(r.width), c.dash(false);
    c.pos(r.x), c.pos(r.y), c.pos(r.w), c.pos(r.h);
    c.op(r.fill && r.stroke ? "re B" : r.fill ? "re f" : r.stroke ? "re S" : "re n");
  }

  void draw(Content& c, const PolylineOp& l) {
    if (l.xy.size() < 4) return;
    c.end_text();
    c.stroke(l.color);
    c.width(l.width);
    c.dash(l.dashed, "[4 2] 0");
    c.op("1 j");
    c.num(l.xy[0]), c.num(l.xy[1]), c.out += "m ";
    for (size_t i = 2; i + 1 < l.xy.size(); i += 2) c.num(l.xy[i]), c.num(l.xy[i + 1]), c.out += "l ";
    c.op("S 0 j");
  }

  void draw(Content& c, const MarkerOp& m) {
    c.end_text();
    c.fill(m.color);
    auto pt = [&](double x, double y, const char* o) { c.num(x), c.num(y), c.out += o; };
    const double r = m.r;
    switch (m.shape) {
      case Marker::Circle: {
        const double k = 0.5523 * r;  // four Bézier quarter circles
        pt(m.x + r, m.y, "m ");
        c.num(m.x + r), c.num(m.y + k), c.num(m.x + k), c.num(m.y + r), pt(m.x, m.y + r, "c ");
        c.num(m.x - k), c.num(m.y + r), c.num(m.x - r), c.num(m.y + k), pt(m.x - r, m.y, "c ");
        c.num(m.x - r), c.num(m.y - k), c.num(m.x - k), c.num(m.y - r), pt(m.x, m.y - r, "c ");
        c.num(m.x + k), c.num(m.y - r), c.num(m.x + r), c.num(m.y - k), pt(m.x + r, m.y, "c ");
        break;
      }
      case Marker::Square: c.num(m.x - r), c.num(m.y - r), c.num(2 * r), c.num(2 * r), c.out += "re "; break;
      case Marker::Diamond:
        pt(m.x, m.y + r * 1.3, "m "), pt(m.x + r * 1.3, m.y, "l "), pt(m.x, m.y - r * 1.3, "l "), pt(m.x - r * 1.3, m.y, "l ");
        break;
      case Marker::Triangle: pt(m.x, m.y + r * 1.4, "m "), pt(m.x + r * 1.3, m.y - r, "l "), pt(m.x - r * 1.3, m.y - r, "l "); break;
    }
    c.op("h f");
  }

  void draw(Content& c, const ImageOp& i) {
    PdfImage* img = image(i.media_id);
    if (!img || img->GetWidth() <= 0 || img->GetHeight() <= 0) return;
    page_->AddResource(img->GetIdentifier(), img->GetObject()->Reference(), PdfName("XObject"));
    c.save();
    c.num(i.w), c.num(0), c.num(0), c.num(i.h), c.num(i.x), c.num(i.y), c.out += "cm /";
    c.out += img->GetIdentifier().GetName();
    c.out += " Do\n";
    c.restore();
  }

  PdfImage* image(const std::string& id) {
    auto it = images_.find(id);
    if (it != images_.end()) return it->second.get();
    std::unique_ptr<PdfImage> img;
    auto m = media_.find(id);
    if (m != media_.end()) {
      const auto* data = reinterpret_cast<const unsigned char*>(m->second.data.data());
      const auto len = static_cast<pdf_long>(m->second.data.size());
      try {
        img = std::make_unique<PdfImage>(&doc_);
        if (m->second.data.compare(0, 4, "\x89PNG") == 0) img->LoadFromPngData(data, len);
        else img->LoadFromJpegData(data, len);
      } catch (const PdfError&) {
        img.reset();  // the layout has already warned about images it could not size
      }
    }
    return (images_[id] = std::move(img)).get();
  }

  void outline(const Document& d) {
    if (d.outline.empty()) return;
    PdfOutlines* root = doc_.GetOutlines(true);
    std::vector<PdfOutlineItem*> stack;  // the last item at each level
    for (const OutlineEntry& e : d.outline) {
      if (e.page < 0 || e.page >= doc_.GetPageCount()) continue;
      const size_t level = std::min(static_cast<size_t>(std::max(e.level, 0)), stack.size());
      stack.resize(level);
      PdfOutlineItem* parent = level == 0 ? static_cast<PdfOutlineItem*>(root) : stack.back();
      PdfDestination dest(doc_.GetPage(e.page), 0, e.y + 6, 0);
      PdfOutlineItem* item = parent->CreateChild(utf8(e.title), dest);
      if (e.level == 0) item->SetTextFormat(ePdfOutlineFormat_Bold);
      stack.push_back(item);
    }
  }

  const Font& font_;
  const std::map<std::string, model::Media>& media_;
  PdfMemDocument doc_;
  PdfFont* pdf_font_ = nullptr;
  PdfPage* page_ = nullptr;
  std::string font_name_;
  std::vector<int> cids_ = std::vector<int>(0x10000, -1);
  std::unique_ptr<PdfExtGState> translucent_;  // the watermark's opacity (one value per document)
  std::unordered_map<char32_t, std::unique_ptr<PdfXObject>> glyphs_;
  std::map<std::string, std::unique_ptr<PdfImage>> images_;
};

}  // namespace

std::string write_pdf(const Document& doc, const Font& font, const std::map<std::string, model::Media>& media,
                      const DocumentInfo& info) {
  try {
    return Writer(font, media).write(doc, info);
  } catch (const PoDoFo::PdfError& e) {
    throw Error(ErrorCode::Format, font.file().string(),
                std::string(ZP_("PoDoFo could not write the PDF: ")) + PoDoFo::PdfError::ErrorName(e.GetError()));
  }
}

}  // namespace zp::io::pdf
