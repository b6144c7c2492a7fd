#include "io/pdf/layout.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <map>
#include <set>

#include "io/pdf/chart.h"
#include "io/pdf/line_breaker.h"
#include "io/pdf/table_columns.h"
#include "model/report_text.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::pdf {

namespace {

using model::PieceKind;
using model::TextPiece;

constexpr uint8_t kBold = 1, kItalic = 2;
const Color kBlack{0, 0, 0};
const Color kHeadingColor{0.09, 0.23, 0.45};
const Color kRuleColor{0.55, 0.55, 0.55};
const Color kGray{0.35, 0.35, 0.35};

constexpr double kBodySize = 10.5;   // 五号
constexpr double kBodyLeading = 19;  // about 1.5 lines
constexpr double kParaGap = 5;
constexpr double kCellSize = 9;
constexpr double kCellLeading = 13.5;
constexpr double kCellPad = 4;
constexpr double kCaptionSize = 10;

/// Text with a style per code point.
struct Styled {
  std::u32string text;
  std::vector<uint8_t> style;
};

Styled plain(const std::string& utf8, uint8_t style = 0) {
  Styled s;
  s.text = to_u32(utf8);
  s.style.assign(s.text.size(), style);
  return s;
}

/// Control characters other than line breaks draw as spaces.
void clean(Styled& s) {
  for (char32_t& c : s.text)
    if (c < 0x20 && c != U'\n') c = U' ';
}

/// Runs of a paragraph as styled text, when they spell exactly the piece's text.
Styled from_runs(const model::Paragraph& p, const std::string& prefix, const std::string& expected) {
  Styled s = plain(prefix);
  for (const model::Run& r : p.runs) {
    std::u32string t = to_u32(r.text);
    s.text += t;
    s.style.insert(s.style.end(), t.size(), static_cast<uint8_t>((r.bold ? kBold : 0) | (r.italic ? kItalic : 0)));
  }
  if (to_utf8(s.text) != expected) return plain(expected);  // never print other text than counted
  return s;
}

enum class Align { Left, Centre, Right, Justify };

class Typesetter {
 public:
  Typesetter(const model::Report& r, const standards::Standard& st, const Font& f, const LayoutOptions& o,
             std::vector<std::string>& w)
      : report_(r), standard_(st), font_(f), opt_(o), warnings_(w) {}

  Document run();

 private:
  // ---- pages and flow
  Page& page() { return doc_.pages.back(); }
  void new_page() {
    doc_.pages.emplace_back();
    y_ = geo_.body_top();
  }
  bool at_top() const { return y_ >= geo_.body_top() - 0.01; }
  void need(double h) {
    if (y_ - h < geo_.bottom - 0.01 && !at_top()) new_page();
  }
  double width_of(const std::u32string& t, double size) const {
    double w = 0;
    for (char32_t c : t) w += font_.advance(c) * size;
    return w;
  }
  std::vector<double> advances(const std::u32string& t, double size) const {
    std::vector<double> a(t.size());
    for (size_t i = 0; i < t.size(); ++i) a[i] = font_.advance(t[i]) * size;
    return a;
  }
  static double baseline(double top, double leading, double size) { return top - (leading - size) / 2 - size * 0.86; }

  /// Draw one line of styled text: a TextOp per style run.
  void draw_line(const Styled& s, const Line& l, double x, double base, double size, const std::vector<double>& gaps,
                 Color c, bool outline, std::vector<Op>& out) const;
  /// Flow styled text as lines over pages.
  void flow(Styled s, double size, double leading, double indent, double first_indent, Align align, Color c,
            double gap_after);
  std::vector<Line> lines_for(const Styled& s, double size, double first_width, double width) const {
    return break_lines(s.text, advances(s.text, size), first_width, width);
  }

  // ---- parts
  void cover();
  void heading(const TextPiece& p);
  void table(const std::vector<std::vector<std::string>>& rows, int header_rows, bool indicator,
             const std::vector<bool>& comparison = {});
  void caption(const std::string& text);
  void figure(const model::Figure& f, const std::string& caption_text);
  void vector_figure(const VectorFigure& v, const std::string& caption_text);
  void chart(const model::IndicatorTable& t, size_t indicator, const std::string& caption_text);
  void body(const std::vector<TextPiece>& pieces);
  void appendix();
  void contents(int first_page, int pages);
  void furniture();
  void check_glyphs(const std::string& text);
  void progress(double f, const std::string& what) {
    if (opt_.progress && !opt_.progress(f, what))
      throw Error(ErrorCode::Invalid, report_.title, ZP_("the PDF export was cancelled"));
  }

  const model::Report& report_;
  const standards::Standard& standard_;
  const Font& font_;
  const LayoutOptions& opt_;
  std::vector<std::string>& warnings_;
  Geometry geo_;
  Document doc_;
  double y_ = 0;
  std::set<char32_t> missing_;
};

void Typesetter::draw_line(const Styled& s, const Line& l, double x, double base, double size,
                           const std::vector<double>& gaps, Color c, bool outline, std::vector<Op>& out) const {
  auto gap = [&](size_t i) { return gaps.empty() ? 0.0 : gaps[i - l.begin]; };
  // The commonest gap (between Chinese characters) becomes the run's spacing; the others
  // are adjustments of it, so a justified line stays one run per style.
  double common = 0;
  {
    std::map<double, int> counts;
    for (double g : gaps) ++counts[g];
    int best = 0;
    for (const auto& [g, n] : counts)
      if (n > best) best = n, common = g;
  }
  size_t i = l.begin;
  while (i < l.end) {
    size_t j = i + 1;
    while (j < l.end && s.style[j] == s.style[i]) ++j;
    std::u32string part = s.text.substr(i, j - i);
    TextOp t;
    t.x = x;
    t.y = base;
    t.size = size;
    t.bold = s.style[i] & kBold;
    t.italic = s.style[i] & kItalic;
    t.spacing = common;
    t.color = c;
    t.outline = outline;
    double extra = 0;
    for (size_t k = i; k + 1 < j; ++k) {
      extra += gap(k);
      if (gap(k) != common) t.adjust.emplace_back(k - i, gap(k) - common);
    }
    x += width_of(part, size) + extra + gap(j - 1);
    t.text = to_utf8(part);
    out.push_back(std::move(t));
    i = j;
  }
}

void Typesetter::flow(Styled s, double size, double leading, double indent, double first_indent, Align align, Color c,
                      double gap_after) {
  clean(s);
  const double avail = geo_.text_width() - indent;
  const std::vector<Line> lines = lines_for(s, size, avail - first_indent, avail);
  for (size_t k = 0; k < lines.size(); ++k) {
    const Line& l = lines[k];
    // Keep the first two lines together (no orphan line at the foot of a page).
    need(k == 0 && lines.size() > 1 ? 2 * leading : leading);
    double x = geo_.left + indent + (k == 0 ? first_indent : 0);
    const double w = avail - (k == 0 ? first_indent : 0);
    std::vector<double> gaps;
    if (align == Align::Justify) gaps = justify_gaps(s.text, l, w, size * 0.5);
    else if (align == Align::Centre) x += (w - l.width) / 2;
    else if (align == Align::Right) x += w - l.width;
    draw_line(s, l, x, baseline(y_, leading, size), size, gaps, c, false, page().ops);
    y_ -= leading;
  }
  y_ -= gap_after;
}

void Typesetter::check_glyphs(const std::string& text) {
  for (char32_t c : to_u32(text))
    if (c >= 0x20 && c != 0x3000 && c != 0xa0 && !font_.has_glyph(c) && missing_.insert(c).second)
      warnings_.push_back(format(ZP_("the font {0} has no glyph for “{1}” (U+{2}); it prints as a blank box"),
                                 font_.family(), to_utf8(std::u32string(1, c)),
                                 [&] {
                                   char b[16];
                                   std::snprintf(b, sizeof b, "%04X", static_cast<unsigned>(c));
                                   return std::string(b);
                                 }()));
}

// ---- cover

void Typesetter::cover() {
  new_page();
  page().cover = true;
  auto centred = [&](const std::string& text, double size, bool bold, Color c, double gap) {
    Styled s = plain(text, bold ? kBold : 0);
    check_glyphs(text);
    const double w = geo_.text_width();
    for (const Line& l : lines_for(s, size, w, w)) {
      draw_line(s, l, geo_.left + (w - l.width) / 2, baseline(y_, size * 1.6, size), size, {}, c, false, page().ops);
      y_ -= size * 1.6;
    }
    y_ -= gap;
  };
  y_ = kPageHeight - 150;
  if (!standard_.award.empty()) centred(standard_.award, 18, true, kHeadingColor, 6);
  centred(standard_.name, 13, false, kGray, 0);
  page().ops.push_back(LineOp{geo_.left + 40, y_ - 20, kPageWidth - geo_.right - 40, y_ - 20, 1.2, kHeadingColor, false});
  y_ -= 110;
  centred(report_.title.empty() ? std::string("自评报告") : report_.title, 24, true, kBlack, 30);
  y_ = 260;
  if (!report_.organisation.empty()) centred(report_.organisation, 16, false, kBlack, 14);
  centred(opt_.date, 14, false, kGray, 0);
}

// ---- body parts

void Typesetter::heading(const TextPiece& p) {
  const int level = std::min(p.level, 3);
  static const double sizes[] = {16, 14, 12, 11};
  static const double before[] = {0, 14, 10, 8};
  static const double after[] = {12, 8, 6, 4};
  const double size = sizes[level];
  const double leading = size * 1.5;
  if (level == 0 && !at_top()) new_page();  // categories open a page
  y_ -= at_top() ? 0 : before[level];
  // Keep the heading with two lines of what follows.
  need(leading + 2 * kBodyLeading);
  doc_.outline.push_back({p.text, level, static_cast<int>(doc_.pages.size()) - 1, y_});
  check_glyphs(p.text);
  flow(plain(p.text, kBold), size, leading, 0, 0, Align::Left, level <= 1 ? kHeadingColor : kBlack, 0);
  if (level == 0)
    page().ops.push_back(LineOp{geo_.left, y_ - 2, kPageWidth - geo_.right, y_ - 2, 0.8, kHeadingColor, false});
  y_ -= after[level];
}

void Typesetter::caption(const std::string& text) {
  check_glyphs(text);
  flow(plain(text, kBold), kCaptionSize, kCaptionSize * 1.6, 0, 0, Align::Centre, kBlack, 0);
}

void Typesetter::table(const std::vector<std::vector<std::string>>& rows, int header_rows, bool indicator,
                       const std::vector<bool>& comparison) {
  size_t ncols = 0;
  for (const auto& r : rows) ncols = std::max(ncols, r.size());
  if (ncols == 0) return;
  header_rows = std::clamp(header_rows, 0, static_cast<int>(rows.size()));
  const double avail = geo_.text_width();
  const std::vector<double> widths = column_widths(rows, font_, kCellSize, kCellPad, avail);

  struct Cell {
    Styled text;
    std::vector<Line> lines;
  };
  struct Row {
    std::vector<Cell> cells;
    double height = 0;
    bool header = false, comparison = false;
  };
  std::vector<Row> laid;
  for (size_t ri = 0; ri < rows.size(); ++ri) {
    Row row;
    row.header = static_cast<int>(ri) < header_rows;
    row.comparison = ri < comparison.size() && comparison[ri];
    double lines = 1;
    for (size_t c = 0; c < rows[ri].size(); ++c) {
      Cell cell;
      cell.text = plain(rows[ri][c], row.header ? kBold : 0);
      clean(cell.text);
      check_glyphs(rows[ri][c]);
      const double w = widths[c] - 2 * kCellPad;
      cell.lines = lines_for(cell.text, kCellSize, w, w);
      if (cell.text.text.empty()) cell.lines.clear();
      lines = std::max(lines, static_cast<double>(cell.lines.size()));
      row.cells.push_back(std::move(cell));
    }
    row.height = lines * kCellLeading + 2 * kCellPad - 2;
    laid.push_back(std::move(row));
  }

  // Draw lines [from, to) of a row (all of it unless a row taller than a page is split).
  auto draw_row = [&](const Row& row, bool repeat, size_t from = 0, size_t to = SIZE_MAX) {
    size_t lines = 1;
    for (const Cell& cell : row.cells) lines = std::max(lines, cell.lines.size());
    to = std::min(to, lines);
    const double height = from == 0 && to == lines ? row.height : static_cast<double>(to - from) * kCellLeading + 2 * kCellPad - 2;
    double x = geo_.left;
    const double top = y_;
    for (size_t c = 0; c < ncols; ++c) {
      RectOp r{x, top - height, widths[c], height, std::nullopt, kRuleColor, 0.5};
      if (row.header) r.fill = Color{0.90, 0.92, 0.95};
      else if (row.comparison) r.fill = Color{0.97, 0.97, 0.97};
      page().ops.push_back(r);
      if (c < row.cells.size()) {
        const Cell& cell = row.cells[c];
        const bool centre = row.header || (indicator && c >= 2 && c + 1 < ncols);
        double ly = top - kCellPad + 1;
        for (size_t k = from; k < std::min(to, cell.lines.size()); ++k) {
          const Line& l = cell.lines[k];
          const double inner = widths[c] - 2 * kCellPad;
          const double lx = x + kCellPad + (centre ? (inner - l.width) / 2 : 0);
          draw_line(cell.text, l, lx, baseline(ly, kCellLeading, kCellSize), kCellSize, {},
                    row.comparison ? kGray : kBlack, repeat, page().ops);
          ly -= kCellLeading;
        }
      }
      x += widths[c];
    }
    y_ -= height;
  };
  auto page_break = [&](bool repeat_header) {
    new_page();
    // The header rows again, drawn as shapes so the text is extracted once.
    if (repeat_header)
      for (int i = 0; i < header_rows; ++i) draw_row(laid[static_cast<size_t>(i)], true);
  };

  double head_h = 0;
  for (int i = 0; i < header_rows; ++i) head_h += laid[static_cast<size_t>(i)].height;
  const double page_room = geo_.body_top() - geo_.bottom - head_h;
  for (size_t ri = 0; ri < laid.size(); ++ri) {
    const Row& row = laid[ri];
    if (row.height <= page_room || row.header) {
      if (y_ - row.height < geo_.bottom - 0.01 && !at_top()) page_break(!row.header);
      draw_row(row, false);
      continue;
    }
    // A row taller than a page: split between its lines, over as many pages as it takes.
    size_t lines = 1;
    for (const Cell& cell : row.cells) lines = std::max(lines, cell.lines.size());
    size_t from = 0;
    while (from < lines) {
      auto fit = static_cast<size_t>(std::max(0.0, std::floor((y_ - geo_.bottom - 2 * kCellPad + 2) / kCellLeading)));
      if (fit < 2 && !at_top()) {
        page_break(true);
        continue;
      }
      fit = std::max<size_t>(fit, 1);
      draw_row(row, false, from, from + fit);
      from += fit;
      if (from < lines) page_break(true);
    }
  }
  y_ -= 8;
}

std::optional<std::pair<int, int>> header_image_size(const std::string& d) {
  auto u8 = [&](size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(d[i])); };
  // Hand-written: only the two header fields are needed, before PoDoFo loads the image.
  if (d.size() >= 24 && d.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0 && d.compare(12, 4, "IHDR") == 0) {
    int w = static_cast<int>(u8(16) << 24 | u8(17) << 16 | u8(18) << 8 | u8(19));
    int h = static_cast<int>(u8(20) << 24 | u8(21) << 16 | u8(22) << 8 | u8(23));
    if (w > 0 && h > 0) return std::make_pair(w, h);
    return std::nullopt;
  }
  if (d.size() >= 4 && u8(0) == 0xff && u8(1) == 0xd8) {
    size_t i = 2;
    while (i + 9 < d.size()) {
      if (u8(i) != 0xff) return std::nullopt;
      const unsigned marker = u8(i + 1);
      if (marker == 0xff) {
        ++i;
        continue;
      }
      const size_t len = u8(i + 2) << 8 | u8(i + 3);
      const bool sof = marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
      if (sof) {
        int h = static_cast<int>(u8(i + 5) << 8 | u8(i + 6));
        int w = static_cast<int>(u8(i + 7) << 8 | u8(i + 8));
        if (w > 0 && h > 0) return std::make_pair(w, h);
        return std::nullopt;
      }
      i += 2 + len;
    }
  }
  return std::nullopt;
}

void Typesetter::vector_figure(const VectorFigure& v, const std::string& caption_text) {
  double w = geo_.text_width() * std::clamp(v.width, 0.05, 1.0);
  double h = w * std::max(v.aspect, 0.01);
  const double max_h = (geo_.body_top() - geo_.bottom) * 0.5;
  if (h > max_h) w *= max_h / h, h = max_h;
  need(h + 6 + kCaptionSize * 1.6);
  if (v.draw) {
    std::vector<Op>& ops = page().ops;
    const size_t first = ops.size();
    v.draw(geo_.left + (geo_.text_width() - w) / 2, y_ - h, w, h, ops);
    for (size_t i = first; i < ops.size(); ++i)
      if (const auto* t = std::get_if<TextOp>(&ops[i])) check_glyphs(t->text);
  }
  y_ -= h + 6;
  caption(caption_text);
  y_ -= 8;
}

void Typesetter::figure(const model::Figure& f, const std::string& caption_text) {
  if (auto v = opt_.vector_figures.find(f.media_id); v != opt_.vector_figures.end())
    return vector_figure(v->second, caption_text);
  auto it = report_.media.find(f.media_id);
  std::optional<std::pair<int, int>> size;
  if (it != report_.media.end()) size = header_image_size(it->second.data);
  const double cap_h = kCaptionSize * 1.6;
  if (!size) {
    warnings_.push_back(format(ZP_("the image {0} is missing or not a PNG or JPEG; only its caption “{1}” is printed"),
                               f.media_id, caption_text));
  } else {
    // Scaled to the text width, but no taller than half the text area.
    double w = geo_.text_width();
    double h = w * size->second / size->first;
    const double max_h = (geo_.body_top() - geo_.bottom) * 0.5;
    if (h > max_h) w *= max_h / h, h = max_h;
    need(h + 6 + cap_h);
    page().ops.push_back(ImageOp{f.media_id, geo_.left + (geo_.text_width() - w) / 2, y_ - h, w, h});
    y_ -= h + 6;
  }
  caption(caption_text);
  y_ -= 8;
}

void Typesetter::chart(const model::IndicatorTable& t, size_t indicator, const std::string& caption_text) {
  const double w = geo_.text_width() * 0.82;
  const double h = chart_height(w);
  need(h + 4 + kCaptionSize * 1.6);
  draw_chart(chart_data(t, indicator), font_, geo_.left + (geo_.text_width() - w) / 2, y_, w, page().ops);
  y_ -= h + 4;
  caption(caption_text);
  y_ -= 8;
}

void Typesetter::body(const std::vector<TextPiece>& pieces) {
  size_t i = 0;
  size_t done_at = 0;
  while (i < pieces.size()) {
    if (i >= done_at + 50) {
      progress(0.1 + 0.7 * static_cast<double>(i) / static_cast<double>(pieces.size()), ZP_("Typesetting"));
      done_at = i;
    }
    const TextPiece& p = pieces[i];
    if (p.kind == PieceKind::Heading) {
      heading(p);
      ++i;
      continue;
    }
    // The pieces of one block.
    size_t j = i;
    while (j < pieces.size() && pieces[j].kind != PieceKind::Heading && pieces[j].clause == p.clause &&
           pieces[j].block == p.block)
      ++j;
    const model::Section* s = report_.section(p.clause);
    const model::Block* b =
        s && p.block >= 0 && static_cast<size_t>(p.block) < s->blocks.size() ? &s->blocks[static_cast<size_t>(p.block)]
                                                                             : nullptr;
    for (size_t k = i; k < j; ++k) check_glyphs(pieces[k].text);
    if (const auto* para = b ? std::get_if<model::Paragraph>(b) : nullptr) {
      flow(from_runs(*para, "", p.text), kBodySize, kBodyLeading, 0, 2 * kBodySize, Align::Justify, kBlack, kParaGap);
    } else if (const auto* list = b ? std::get_if<model::List>(b) : nullptr) {
      for (size_t k = i; k < j; ++k) {
        const size_t item = k - i;
        const model::ListItem* li = item < list->items.size() ? &list->items[item] : nullptr;
        Styled st = plain(pieces[k].text);
        if (li) {
          // The label as body_pieces() made it, then the item's runs.
          const std::string& text = pieces[k].text;
          const std::string content = li->content.text();
          if (text.size() >= content.size() && text.compare(text.size() - content.size(), std::string::npos, content) == 0)
            st = from_runs(li->content, text.substr(0, text.size() - content.size()), text);
        }
        // The label starts two characters in (plus two per level); the lines after the
        // first align with the text after the label (a hanging indent).
        const std::u32string u = to_u32(pieces[k].text);
        size_t label_end = u.find(U' ');
        double label_w = label_end == std::u32string::npos ? 0 : width_of(u.substr(0, label_end + 1), kBodySize);
        if (label_w > 6 * kBodySize) label_w = 0;
        const double indent = 2 * kBodySize * (1 + std::min(pieces[k].level, 4)) + label_w;
        flow(std::move(st), kBodySize, kBodyLeading, indent, -label_w, Align::Justify, kBlack, 2);
      }
      y_ -= kParaGap;
    } else if (const auto* tab = b ? std::get_if<model::Table>(b) : nullptr) {
      std::vector<std::vector<std::string>> rows;
      size_t k = i + 1;  // after the caption
      for (const auto& r : tab->rows) {
        std::vector<std::string> row;
        for (size_t c = 0; c < r.size() && k < j; ++c) row.push_back(pieces[k++].text);
        rows.push_back(std::move(row));
      }
      need(kCaptionSize * 1.6 + 2 * kCellLeading + 4 * kCellPad);
      caption(pieces[i].text);
      y_ -= 2;
      table(rows, tab->header_rows, false);
    } else if (const auto* itab = b ? std::get_if<model::IndicatorTable>(b) : nullptr) {
      std::vector<std::vector<std::string>> rows = model::indicator_table_rows(*itab);
      size_t k = i + 1;
      for (auto& r : rows)
        for (auto& c : r)
          if (k < j) c = pieces[k++].text;
      need(kCaptionSize * 1.6 + 2 * kCellLeading + 4 * kCellPad);
      caption(pieces[i].text);
      y_ -= 2;
      std::vector<bool> comparison{false};  // the header row, then per indicator its row and its comparisons
      for (const model::Indicator& ind : itab->indicators) {
        comparison.push_back(false);
        comparison.insert(comparison.end(), ind.comparisons.size(), true);
      }
      table(rows, 1, true, comparison);
      const std::vector<size_t> charted = model::charted_indicators(*itab);
      for (size_t c = 0; c < charted.size() && k < j; ++c, ++k) chart(*itab, charted[c], pieces[k].text);
    } else if (const auto* fig = b ? std::get_if<model::Figure>(b) : nullptr) {
      figure(*fig, p.text);
    } else {
      for (size_t k = i; k < j; ++k)
        flow(plain(pieces[k].text), kBodySize, kBodyLeading, 0, 0, Align::Justify, kBlack, kParaGap);
    }
    i = j;
  }
}

void Typesetter::appendix() {
  new_page();
  TextPiece h{PieceKind::Heading, "", ZP_("附录　检查结果（草稿）"), 0, -1};
  heading(h);
  if (opt_.findings.empty()) {
    flow(plain(ZP_("检查未发现问题。")), kBodySize, kBodyLeading, 0, 0, Align::Left, kBlack, kParaGap);
    return;
  }
  for (const checks::Finding& f : opt_.findings) {
    const char* sev = f.severity == checks::Severity::Error     ? ZP_("错误")
                      : f.severity == checks::Severity::Warning ? ZP_("警告")
                                                                : ZP_("提示");
    std::string where = f.clause;
    if (!f.indicator.empty()) where += (where.empty() ? "" : " ") + f.indicator;
    Styled s = plain(std::string("【") + sev + "】", kBold);
    Styled rest = plain((where.empty() ? "" : where + "：") + f.message + "（" + f.code + "）");
    s.text += rest.text;
    s.style.insert(s.style.end(), rest.style.begin(), rest.style.end());
    flow(std::move(s), kBodySize, kBodyLeading, 0, 0, Align::Justify, kBlack, 3);
  }
}

void Typesetter::contents(int first_page, int pages) {
  const double size = kBodySize, leading = 20;
  int page_index = first_page;
  y_ = geo_.body_top();
  auto target = [&] { return &doc_.pages[static_cast<size_t>(page_index)]; };
  {
    Styled t = plain("目　录", kBold);
    const double w = geo_.text_width();
    for (const Line& l : lines_for(t, 16, w, w))
      draw_line(t, l, geo_.left + (w - l.width) / 2, baseline(y_, 32, 16), 16, {}, kHeadingColor, false, target()->ops);
    y_ -= 44;
  }
  for (const OutlineEntry& e : doc_.outline) {
    if (y_ - leading < geo_.bottom - 0.01 && page_index + 1 < first_page + pages) {
      ++page_index;
      y_ = geo_.body_top();
    }
    const double indent = size * 1.5 * e.level;
    const std::string number = std::to_string(e.page + 1);
    const double num_w = width_of(to_u32(number), size);
    const double title_max = geo_.text_width() - indent - num_w - 24;
    Styled t = plain(e.title, e.level == 0 ? kBold : 0);
    clean(t);
    std::vector<Line> lines = lines_for(t, size, title_max, title_max);
    Line l = lines.front();  // one line per entry; longer titles are cut with an ellipsis
    if (lines.size() > 1) {
      while (l.end > l.begin && l.width + font_.advance(U'…') * size > title_max) l.width -= font_.advance(t.text[--l.end]) * size;
      t.text.insert(l.end, 1, U'…');
      t.style.insert(t.style.begin() + static_cast<long>(l.end), t.style[l.end > 0 ? l.end - 1 : 0]);
      l.width += font_.advance(U'…') * size;
      ++l.end;
    }
    const double base = baseline(y_, leading, size);
    auto& ops = target()->ops;
    draw_line(t, l, geo_.left + indent, base, size, {}, kBlack, false, ops);
    const double lead_from = geo_.left + indent + l.width + 4, lead_to = kPageWidth - geo_.right - num_w - 4;
    if (lead_to > lead_from) ops.push_back(LineOp{lead_from, base + 1, lead_to, base + 1, 0.6, kRuleColor, true});
    Styled n = plain(number);
    Line nl{0, n.text.size(), n.text.size(), num_w, true};
    draw_line(n, nl, kPageWidth - geo_.right - num_w, base, size, {}, kBlack, false, ops);
    y_ -= leading;
  }
}

void Typesetter::furniture() {
  const int total = static_cast<int>(doc_.pages.size());
  const std::string org = report_.organisation;
  std::string title = report_.title;
  {
    // Organisation left, title right: a title too long for the room left is cut with an ellipsis.
    const double room = geo_.text_width() - width_of(to_u32(org), 8.5) - 2 * 8.5;
    std::u32string t = to_u32(title);
    if (width_of(t, 8.5) > room) {
      while (!t.empty() && width_of(t + U"…", 8.5) > room) t.pop_back();
      title = to_utf8(t + U"…");
    }
  }
  for (int i = 0; i < total; ++i) {
    Page& pg = doc_.pages[static_cast<size_t>(i)];
    std::vector<Op> head, foot;
    if (opt_.draft) {
      // A diagonal 草稿 across the page, over everything (figures too) but translucent,
      // drawn as shapes.
      TextOp w;
      w.text = "草稿";
      w.size = 150;
      w.outline = true;
      w.angle = 45;
      w.color = Color{0.55, 0.55, 0.55};
      w.opacity = 0.22;
      const double tw = width_of(to_u32(w.text), w.size), a = M_PI / 4;
      const double dx = tw / 2, dy = w.size * 0.35;
      w.x = kPageWidth / 2 - (dx * std::cos(a) - dy * std::sin(a));
      w.y = kPageHeight / 2 - (dx * std::sin(a) + dy * std::cos(a));
      foot.push_back(w);
    }
    if (!pg.cover) {
      const double size = 8.5, base = kPageHeight - 52;
      if (!org.empty()) head.push_back(TextOp{geo_.left, base, size, org, false, false, 0, {}, kGray, false, 0});
      if (!title.empty()) {
        const double w = width_of(to_u32(title), size);
        head.push_back(TextOp{kPageWidth - geo_.right - w, base, size, title, false, false, 0, {}, kGray, false, 0});
      }
      head.push_back(LineOp{geo_.left, base - 5, kPageWidth - geo_.right, base - 5, 0.5, kRuleColor, false});
      const std::string n = std::to_string(i + 1) + " / " + std::to_string(total);
      const double w = width_of(to_u32(n), 9);
      foot.push_back(TextOp{(kPageWidth - w) / 2, 40, 9, n, false, false, 0, {}, kGray, false, 0});
    }
    pg.ops.insert(pg.ops.begin(), head.begin(), head.end());
    pg.ops.insert(pg.ops.end(), foot.begin(), foot.end());
  }
}

Document Typesetter::run() {
  progress(0.05, ZP_("Typesetting"));
  cover();
  // Contents: its page count follows from the number of headings, so the body can be laid
  // out first (pass one) and the page numbers filled in afterwards (pass two).
  const std::vector<TextPiece> pieces = model::body_pieces(report_, standard_);
  size_t headings = 0;
  for (const TextPiece& p : pieces)
    if (p.kind == PieceKind::Heading) ++headings;
  if (opt_.draft) ++headings;
  const double per_first = std::floor((geo_.body_top() - 44 - geo_.bottom) / 20);
  const double per_page = std::floor((geo_.body_top() - geo_.bottom) / 20);
  int contents_pages = 1;
  if (static_cast<double>(headings) > per_first)
    contents_pages += static_cast<int>(std::ceil((static_cast<double>(headings) - per_first) / per_page));
  const int first_contents = static_cast<int>(doc_.pages.size());
  for (int i = 0; i < contents_pages; ++i) doc_.pages.emplace_back();
  new_page();
  body(pieces);
  if (opt_.draft) appendix();
  progress(0.8, ZP_("Typesetting"));
  contents(first_contents, contents_pages);
  furniture();
  return std::move(doc_);
}

}  // namespace

std::optional<std::pair<int, int>> image_size(const std::string& data) { return header_image_size(data); }

Document typeset(const model::Report& report, const standards::Standard& standard, const Font& font,
                 const LayoutOptions& options, std::vector<std::string>& warnings) {
  return Typesetter(report, standard, font, options, warnings).run();
}

}  // namespace zp::io::pdf
