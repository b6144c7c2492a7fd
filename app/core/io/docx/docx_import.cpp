#include "io/docx/docx_import.h"

#include <algorithm>
#include <optional>
#include <set>

#include "io/docx/direction_lexicon.h"
#include "io/docx/heading_matcher.h"
#include "io/docx/indicator_table.h"
#include "model/report_factory.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::docx {
namespace {

using standards::Clause;
using standards::ClauseKind;
using standards::Standard;

// ---- paragraphs as the importer sees them ----

bool is_toc(const DocParagraph& p) {
  return p.style_name.rfind("toc", 0) == 0 || p.style_name.rfind("目录", 0) == 0 || p.style_name == "table of figures";
}

bool is_title(const DocParagraph& p) { return p.style_name == "title" || p.style_name == "标题"; }

// The text of a paragraph as shown, with its numbering label.
std::string shown_text(const DocParagraph& p) {
  std::string t = p.text();
  if (!p.label.empty() && !p.bullet) return p.label + " " + t;
  return t;
}

struct Candidate {
  HeadingText heading;
  bool styled = false;
  Evidence evidence = Evidence::Plain;
};

// Whether a paragraph could be a clause heading, and its parts.
std::optional<Candidate> heading_candidate(const DocParagraph& p) {
  if (is_toc(p) || is_title(p)) return std::nullopt;
  std::string full = trim(shown_text(p));
  if (full.empty() || utf8_length(full) > 60) return std::nullopt;
  Candidate c;
  c.heading = parse_heading(full);
  c.styled = p.heading_level > 0;
  c.evidence = c.styled ? Evidence::Styled : p.all_bold() ? Evidence::Bold : Evidence::Plain;
  if (c.styled || looks_like_heading(c.heading, full)) return c;
  return std::nullopt;
}

// "图1 组织架构", "图 2-1：…", "表3.1 主要指标", "表１ …": the kind ('F' figure, 'T' table)
// and the caption as written, without the number (the export numbers captions itself).
std::optional<std::pair<char, std::string>> caption_of(const std::string& raw) {
  std::string s = trim(raw);
  char kind = 0;
  if (s.rfind("图", 0) == 0) kind = 'F';
  else if (s.rfind("表", 0) == 0) kind = 'T';
  else return std::nullopt;
  size_t i = std::string("图").size();
  auto skip = [&](auto pred) {
    size_t n = 0;
    while (i < s.size()) {
      size_t k = i;
      std::string one = fold_width(s.substr(i, (static_cast<unsigned char>(s[i]) >= 0xE0) ? 3 : 1));
      if (one.size() != 1 || !pred(one[0])) break;
      i = k + ((static_cast<unsigned char>(s[i]) >= 0xE0) ? 3 : 1);
      ++n;
    }
    return n;
  };
  skip([](char c) { return c == ' '; });
  if (skip([](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == '-'; }) == 0)
    return std::nullopt;  // 图书馆…, 表明…: not a caption
  std::string rest = trim(s.substr(i));
  for (const char* sep : {":", "：", "、", ".", "．"})
    if (rest.rfind(sep, 0) == 0) rest = trim(rest.substr(std::string(sep).size()));
  if (utf8_length(rest) > 60) return std::nullopt;
  return std::make_pair(kind, rest);
}

std::string bullet_label(const std::string& label) {
  // Symbol and Wingdings bullets live in the private use area; show them as Unicode.
  if (label == "\uF0B7" || label == "\uF06C" || label.empty()) return "•";
  if (label == "\uF0A7" || label == "\uF06E") return "▪";
  if (label == "\uF0D8") return "➢";
  if (label == "\uF0FC") return "✓";
  return label;
}

std::string mime_of(const std::string& bytes) {
  if (bytes.size() >= 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return "image/png";
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xD8 &&
      static_cast<unsigned char>(bytes[2]) == 0xFF)
    return "image/jpeg";
  return {};
}

model::Paragraph to_model(const DocParagraph& p) {
  model::Paragraph out;
  for (const TextRun& r : p.runs) {
    if (!out.runs.empty() && out.runs.back().bold == r.bold && out.runs.back().italic == r.italic) {
      out.runs.back().text += r.text;
    } else {
      out.runs.push_back(model::Run{r.text, r.bold, r.italic});
    }
  }
  // Trailing line breaks and spaces are layout, not content.
  while (!out.runs.empty()) {
    std::string& t = out.runs.back().text;
    while (!t.empty() && (t.back() == '\n' || t.back() == ' ' || t.back() == '\t')) t.pop_back();
    if (!t.empty()) break;
    out.runs.pop_back();
  }
  return out;
}

std::string cell_text(const DocCell& c) {
  std::string s;
  for (size_t i = 0; i < c.paragraphs.size(); ++i) {
    if (i) s += '\n';
    s += shown_text(c.paragraphs[i]);
  }
  return trim(s);
}

// The table as a grid of texts, horizontal merges expanded with empty cells. With
// copy_vertical, a vertically merged cell repeats the text above it (for recognising
// headers); otherwise it stays empty (the text is shown, and counted, once).
std::vector<std::vector<std::string>> grid_of(const DocTable& t, bool copy_vertical) {
  std::vector<std::vector<std::string>> g;
  for (const auto& row : t.rows) {
    std::vector<std::string> r;
    for (const auto& cell : row) {
      size_t col = r.size();
      std::string text = cell_text(cell);
      if (cell.merged_continuation && copy_vertical && !g.empty() && col < g.back().size()) text = g.back()[col];
      r.push_back(text);
      for (int k = 1; k < cell.span; ++k) r.emplace_back();
    }
    g.push_back(std::move(r));
  }
  return g;
}

// ---- standard detection ----

double score_of(const HeadingMatch& m) {
  switch (m.how) {
    // An exact title tells standards with the same numbering apart (the Wuhan
    // manufacturing 产品和服务质量 against the service 服务质量).
    case MatchHow::NumberAndTitle: return m.exact_title ? 2 : 1.75;
    case MatchHow::Title: return m.exact_title ? 1.5 : 1.25;
    case MatchHow::Number: return 0.5;
    default: return 0;
  }
}

std::vector<Candidate> candidates(const Document& doc) {
  std::vector<Candidate> out;
  for (const DocBlock& b : doc.body)
    if (const auto* p = std::get_if<DocParagraph>(&b))
      if (auto c = heading_candidate(*p)) out.push_back(*c);
  return out;
}

struct Score {
  double score = 0;
  int matched = 0;
};

// How well a standard fits the draft's headings; each clause counts once.
Score score(const std::vector<Candidate>& cands, const Standard& st) {
  Score s;
  std::set<std::string> seen;
  const TitleKeys keys(st);
  for (const Candidate& c : cands) {
    HeadingMatch m = match_heading(c.heading, keys, c.evidence);
    if (!m.clause || !seen.insert(m.clause->id).second) continue;
    s.score += score_of(m);
    ++s.matched;
  }
  return s;
}

// ---- the importer ----

class Importer {
 public:
  Importer(Package& pkg, const Document& doc, const Standard& st, DocxImport& out)
      : pkg_(pkg), doc_(doc), st_(st), keys_(st), out_(out), report_(out.result.report), lexicon_(DirectionLexicon::builtin()) {
    for (const Clause& c : st.clauses)
      if (c.kind == ClauseKind::Profile && c.parent.empty()) {
        profile_ = c.id;
        break;
      }
    current_ = profile_;
  }

  void run() {
    for (const DocBlock& b : doc_.body) {
      text::Counts counts = count_block(b);
      if (const auto* p = std::get_if<DocParagraph>(&b)) {
        paragraph(*p, counts);
      } else {
        table(std::get<DocTable>(b));
        attribute(counts);
      }
    }
    if (dropped_blocks_ > 0)
      warn(format(ZP_("{0} blocks before the first clause heading are not kept: {1} has no profile clause to put them in; "
                      "add a heading for them or move them under a clause"),
                  dropped_blocks_, st_.id));
    if (toc_lines_ > 0)
      out_.result.notes.push_back(format(ZP_("The table of contents ({0} lines) was left out: the export makes its own."), toc_lines_));
    for (const auto& [id, n] : matched_)
      if (n.size() > 1) {
        out_.matched_twice.push_back({id, n, out_.result.warnings.size()});
        std::string list;
        for (const auto& h : n) list += (list.empty() ? "“" : "”, “") + h;
        const Clause* c = st_.clause(id);
        warn(format(ZP_("clause {0} {1} is matched by {2} headings ({3}”); their text is kept together under it"), id,
                    c ? c->title : "", n.size(), list));
      }
    model::sort_sections(report_, st_);
  }

 private:
  void warn(const std::string& msg, long line = 0) { out_.result.warnings.push_back({pkg_.name(), line, msg}); }

  void attribute(const text::Counts& c) {
    if (current_.empty()) out_.unassigned += c;
    else out_.clauses[current_].counts += c;
  }

  model::Section* section() {
    if (current_.empty()) return nullptr;
    return &report_.ensure_section(current_);
  }

  // Add a block to the current clause; false when there is none (text before any heading
  // in a standard without a profile).
  bool add(model::Block b) {
    model::Section* s = section();
    if (!s) {
      ++dropped_blocks_;
      return false;
    }
    ClauseSummary& sum = out_.clauses[current_];
    if (std::holds_alternative<model::Paragraph>(b)) ++sum.paragraphs;
    else if (std::holds_alternative<model::List>(b)) ++sum.lists;
    else if (std::holds_alternative<model::Table>(b)) ++sum.tables;
    else if (std::holds_alternative<model::IndicatorTable>(b)) ++sum.indicator_tables;
    else ++sum.figures;
    s->blocks.push_back(std::move(b));
    return true;
  }

  void start_clause(const Clause& matched, const std::string& heading, const HeadingMatch& m) {
    const Clause* c = &matched;
    if (c->kind == ClauseKind::Guidance && !c->parent.empty()) {
      // Guidance clauses (the Wuhan x.x.1 概述) are not written sections: their text
      // belongs to the category.
      const Clause* parent = st_.clause(c->parent);
      if (parent) {
        out_.result.notes.push_back(format(ZP_("“{0}” names {1} {2}, which the standard gives as guidance only; its text goes under {3} {4}."),
                                           heading, c->id, c->title, parent->id, parent->title));
        c = parent;
      }
    } else {
      matched_[c->id].push_back(heading);
    }
    if (!m.note.empty()) warn(format(ZP_("heading “{0}”: {1}"), heading, m.note));
    current_ = c->id;
    out_.clauses[current_].headings.push_back(heading);
    last_caption_ = -1;
  }

  void paragraph(const DocParagraph& p, const text::Counts& counts) {
    if (is_toc(p)) {
      ++toc_lines_;
      attribute(counts);
      return;
    }
    std::string full = trim(shown_text(p));
    if (is_title(p) && !seen_heading_ && !full.empty()) {
      report_.title = full;
      attribute(counts);
      return;
    }
    if (auto cand = heading_candidate(p)) {
      HeadingMatch m = match_heading(cand->heading, keys_, cand->evidence);
      if (m.clause) {
        seen_heading_ = true;
        start_clause(*m.clause, full, m);
        attribute(counts);
        return;
      }
      // Plain paragraphs numbered "1." are the writer's own lists; a bold one or one with a
      // clause-like number ("3.4") is meant as a heading.
      if (cand->styled || p.all_bold() || cand->heading.number.find('.') != std::string::npos) {
        out_.unmapped_headings.push_back({full, current_, out_.result.warnings.size()});
        warn(format(ZP_("heading “{0}” maps to no clause of {1}; it is kept as a bold paragraph under {2}"), full, st_.id,
                    current_.empty() ? ZP_("(no clause)") : current_));
        attribute(counts);
        model::Paragraph mp;
        mp.runs.push_back(model::Run{full, true, false});
        add(std::move(mp));
        last_caption_ = -1;
        return;
      }
    }
    attribute(counts);
    // Images first (in document order they sit in this paragraph), then its text.
    for (const ImageRef& img : p.images) figure(img);
    // An empty paragraph (spacing, a page break, a number with no text) carries no content.
    if (trim(p.text()).empty()) return;
    if (auto cap = caption_of(full)) {
      if (attach_caption_after(cap->first, cap->second)) return;
      // Possibly the caption of the next table or figure: keep it as a paragraph for now.
      if (add(to_model(p))) {
        pending_caption_ = *cap;
        pending_index_ = section()->blocks.size() - 1;
        pending_clause_ = current_;
      }
      return;
    }
    last_caption_ = -1;
    if (p.numbered && !p.label.empty()) {
      list_item(p);
      return;
    }
    model::Paragraph mp = to_model(p);
    if (!mp.empty()) add(std::move(mp));
  }

  void list_item(const DocParagraph& p) {
    model::ListItem item;
    item.content = to_model(p);
    item.level = p.list_level;
    item.label = p.bullet ? bullet_label(p.label) : p.label;
    model::Section* s = section();
    if (s && !s->blocks.empty()) {
      if (auto* l = std::get_if<model::List>(&s->blocks.back()); l && l->ordered == !p.bullet) {
        l->items.push_back(std::move(item));
        return;
      }
    }
    model::List l;
    l.ordered = !p.bullet;
    l.items.push_back(std::move(item));
    add(std::move(l));
  }

  // A caption paragraph right after a table or figure of its kind; a table's caption also
  // when the pictures taken out of the table stand between them.
  bool attach_caption_after(char kind, const std::string& caption) {
    model::Section* s = section();
    if (!s || s->blocks.empty()) return false;
    size_t at = s->blocks.size() - 1;
    if (kind == 'T' && table_before_figures_.clause == current_ && table_before_figures_.table + table_before_figures_.figures == at)
      at = table_before_figures_.table;
    else if (last_caption_ < 0 || static_cast<size_t>(last_caption_) != at)
      return false;
    model::Block& b = s->blocks[at];
    if (kind == 'F')
      if (auto* f = std::get_if<model::Figure>(&b); f && f->caption.empty()) {
        f->caption = caption;
        last_caption_ = -1;
        return true;
      }
    if (kind == 'T') {
      if (auto* t = std::get_if<model::Table>(&b); t && t->caption.empty()) {
        t->caption = caption;
        last_caption_ = -1;
        return true;
      }
      if (auto* t = std::get_if<model::IndicatorTable>(&b); t && t->caption.empty()) {
        t->caption = caption;
        if (!out_.indicator_tables.empty()) out_.indicator_tables.back().caption = caption;
        last_caption_ = -1;
        return true;
      }
    }
    return false;
  }

  // The caption paragraph just before a new table or figure, taken out of the text.
  std::string take_caption_before(char kind) {
    model::Section* s = section();
    if (!pending_caption_ || !s || pending_clause_ != current_ || pending_caption_->first != kind ||
        pending_index_ + 1 != s->blocks.size())
      return {};
    std::string cap = pending_caption_->second;
    s->blocks.pop_back();
    --out_.clauses[current_].paragraphs;
    pending_caption_.reset();
    return cap;
  }

  // The report's media id of an image (stored once per package entry), or "" after a warning.
  std::string media_of(const ImageRef& img) {
    if (img.entry.empty()) {
      warn(format(ZP_("an image refers to a missing relationship {0}; skipped"), img.rel_id));
      return {};
    }
    if (auto it = media_ids_.find(img.entry); it != media_ids_.end()) return it->second;
    auto bytes = pkg_.read_entry(img.entry);
    if (!bytes) {
      warn(format(ZP_("the image {0} is missing from the package; skipped"), img.entry));
      return {};
    }
    std::string mime = mime_of(*bytes);
    if (mime.empty()) {
      std::string ext = img.entry.substr(img.entry.rfind('.') == std::string::npos ? img.entry.size() : img.entry.rfind('.'));
      warn(format(ZP_("the image {0} is not PNG or JPEG ({1}); skipped: convert it to PNG in Word and import again"),
                  img.entry, ext.empty() ? ZP_("unknown format") : ext));
      return {};
    }
    std::string id = format("image{0}.{1}", ++images_, mime == "image/png" ? "png" : "jpg");
    report_.media[id] = model::Media{id, mime, std::move(*bytes)};
    media_ids_[img.entry] = id;
    return id;
  }

  void figure(const ImageRef& img) {
    std::string id = media_of(img);
    if (id.empty()) return;
    model::Figure f;
    f.media_id = id;
    f.caption = take_caption_before('F');
    bool captioned = !f.caption.empty();
    if (add(std::move(f)) && !captioned) last_caption_ = static_cast<int>(section()->blocks.size() - 1);
  }

  // A picture found in a table cell, with the caption it takes along.
  struct CellPicture {
    std::string media_id;
    std::string caption;
  };

  // The caption a cell's text gives the picture in it: "图2 生产线" (numbered as a figure
  // caption), or a short single line such as "生产现场"; nullopt when the text is not one.
  static std::optional<std::string> cell_caption(const DocCell& cell) {
    std::string text = cell_text(cell);
    if (text.empty()) return std::nullopt;
    if (auto cap = caption_of(text); cap && cap->first == 'F') return cap->second;
    if (text.find('\n') != std::string::npos || utf8_length(text) > 40) return std::nullopt;
    return text;
  }

  // Takes the pictures out of t's cells, storing their images (a picture that cannot be kept
  // is reported and left out). The caption text of a cell goes with its last picture and is
  // removed from the cell, so that it is neither shown nor counted twice.
  std::vector<CellPicture> take_pictures(DocTable& t) {
    std::vector<CellPicture> out;
    for (auto& row : t.rows)
      for (auto& cell : row) {
        size_t first = out.size();
        for (auto& cp : cell.paragraphs) {
          for (const ImageRef& img : cp.images) {
            std::string id = media_of(img);
            if (!id.empty()) out.push_back({id, {}});
          }
          cp.images.clear();
        }
        if (out.size() == first) continue;
        if (auto cap = cell_caption(cell)) {
          out.back().caption = *cap;  // a caption is written under its picture
          cell.paragraphs.clear();
        }
      }
    return out;
  }

  // How the mapping report names a table: its caption, else its first cells.
  static std::string table_name(const std::string& caption, const std::vector<std::vector<std::string>>& grid) {
    if (!caption.empty()) return format("“{0}”", caption);
    std::string head;
    for (const auto& row : grid) {
      for (const auto& cell : row) {
        if (cell.empty()) continue;
        if (!head.empty()) head += " | ";
        head += cell;
        if (utf8_length(head) > 24) break;
      }
      if (!head.empty()) break;
    }
    if (head.empty()) return ZP_("(a table without text)");
    return format(ZP_("beginning “{0}”"), head);
  }

  void table(const DocTable& source) {
    if (source.rows.empty()) return;
    const DocTable* tp = &source;
    DocTable text_only;
    std::vector<CellPicture> pictures;
    bool has_pictures = false;
    for (const auto& row : source.rows)
      for (const auto& cell : row)
        for (const auto& cp : cell.paragraphs) has_pictures = has_pictures || !cp.images.empty();
    if (has_pictures) {
      text_only = source;
      pictures = take_pictures(text_only);
      tp = &text_only;
    }
    const DocTable& t = *tp;
    std::vector<std::string> notes;
    auto grid = grid_of(t, true);
    std::string caption = take_caption_before('T');
    bool empty = true;
    for (const auto& row : grid)
      for (const auto& cell : row)
        if (!cell.empty()) empty = false;
    if (!pictures.empty() && empty) {
      // A layout table holding only pictures (and their captions) becomes the figures.
      table_of_pictures(std::move(pictures), caption);
      return;
    }
    bool ok = false;
    if (auto it = recognise_indicator_table(grid, lexicon_, &notes)) {
      it->caption = caption;
      IndicatorTableSummary sum;
      sum.clause_id = current_;
      sum.caption = caption;
      sum.indicators = static_cast<int>(it->indicators.size());
      sum.years = it->years;
      for (const auto& ind : it->indicators) {
        if (ind.direction == model::Direction::HigherIsBetter) ++sum.higher;
        else if (ind.direction == model::Direction::LowerIsBetter) ++sum.lower;
        else ++sum.unknown;
      }
      ok = add(std::move(*it));
      if (ok) out_.indicator_tables.push_back(sum);
      for (const auto& n : notes) warn(format(ZP_("indicator table “{0}”: {1}"), caption, n));
    } else {
      model::Table mt;
      mt.caption = caption;
      mt.header_rows = 1;
      mt.rows = grid_of(t, false);
      size_t width = 0;
      for (const auto& r : mt.rows) width = std::max(width, r.size());
      for (auto& r : mt.rows) r.resize(width);
      ok = add(std::move(mt));
    }
    last_caption_ = ok && caption.empty() ? static_cast<int>(section()->blocks.size() - 1) : -1;
    if (!pictures.empty()) {
      const size_t table_at = section() ? section()->blocks.size() - 1 : 0;
      int placed = figures_after_table(pictures);
      if (ok && caption.empty()) table_before_figures_ = {current_, table_at, static_cast<size_t>(placed)};
      if (placed > 0) {
        std::string name = table_name(caption, grid);
        out_.moved_pictures.push_back({current_, name, placed, false, out_.result.notes.size()});
        out_.result.notes.push_back(format(
            placed == 1 ? ZP_("Table {0} in {1}: its picture was taken out of the table and placed right after it as a "
                              "figure (a report table holds text only); check its caption.")
                        : ZP_("Table {0} in {1}: its {2} pictures were taken out of the table and placed right after it as "
                              "figures (a report table holds text only); check their captions."),
            name, current_.empty() ? ZP_("(no clause)") : current_, placed));
      }
    }
  }

  // Figures for the pictures of a table, in order, right after it; returns how many.
  int figures_after_table(const std::vector<CellPicture>& pictures) {
    int placed = 0;
    for (const CellPicture& p : pictures) {
      model::Figure f;
      f.media_id = p.media_id;
      f.caption = p.caption;
      bool captioned = !f.caption.empty();
      if (!add(std::move(f))) continue;
      ++placed;
      last_caption_ = captioned ? -1 : static_cast<int>(section()->blocks.size() - 1);
    }
    return placed;
  }

  // A table with nothing but pictures: its figures take its place; the table's caption goes
  // to the one picture without a caption of its own, or stays as a paragraph.
  void table_of_pictures(std::vector<CellPicture> pictures, const std::string& caption) {
    std::vector<CellPicture*> uncaptioned;
    for (auto& p : pictures)
      if (p.caption.empty()) uncaptioned.push_back(&p);
    if (!caption.empty()) {
      if (uncaptioned.size() == 1) {
        uncaptioned.front()->caption = caption;
      } else {
        model::Paragraph mp;
        mp.runs.push_back(model::Run{caption, false, false});
        add(std::move(mp));
      }
    }
    last_caption_ = -1;
    int placed = figures_after_table(pictures);
    if (placed == 0) return;
    std::string name = table_name(caption, {{pictures.front().caption}});
    out_.moved_pictures.push_back({current_, name, placed, true, out_.result.notes.size()});
    out_.result.notes.push_back(format(placed == 1 ? ZP_("Table {0} in {1} held only a picture: it became a figure.")
                                                   : ZP_("Table {0} in {1} held only pictures and their captions: it became {2} figures."),
                                       name, current_.empty() ? ZP_("(no clause)") : current_, placed));
  }

  Package& pkg_;
  const Document& doc_;
  const Standard& st_;
  const TitleKeys keys_;
  DocxImport& out_;
  model::Report& report_;
  const DirectionLexicon& lexicon_;
  std::string profile_;
  std::string current_;
  bool seen_heading_ = false;
  int dropped_blocks_ = 0;
  int toc_lines_ = 0;
  int images_ = 0;
  std::map<std::string, std::vector<std::string>> matched_;
  std::map<std::string, std::string> media_ids_;
  int last_caption_ = -1;  // index of the last table/figure still without a caption
  // The last table without a caption whose pictures were placed after it: a 表 caption right
  // after those figures is the table's.
  struct {
    std::string clause;
    size_t table = 0;
    size_t figures = 0;
  } table_before_figures_;
  std::optional<std::pair<char, std::string>> pending_caption_;
  size_t pending_index_ = 0;
  std::string pending_clause_;
};

DocxImport import_package(Package& pkg, Document doc, const ReadOptions& options) {
  DocxImport imp;
  imp.counts = count_document(doc);
  const auto& lib = standards::Library::instance();
  if (!options.standard_id.empty()) {
    const Standard& given = lib.get(options.standard_id);  // throws NotFound listing the valid ids
    std::vector<Candidate> cands = candidates(doc);
    Score sc = score(cands, given);
    imp.standard.id = given.id;
    imp.standard.detected = false;
    imp.standard.headings = static_cast<int>(cands.size());
    imp.standard.matched = sc.matched;
    imp.standard.score = sc.score;
    imp.standard.certainty = "given";
  } else {
    imp.standard = detect_standard(doc);
  }
  const Standard& st = lib.get(imp.standard.id);
  imp.result.report = model::new_report(st, "", "");
  imp.result.report.meta.generator = std::string("Zhuoping ") + ZP_VERSION + " (imported from .docx)";
  if (imp.standard.detected && imp.standard.matched == 0)
    imp.result.warnings.push_back({pkg.name(), 0,
                                   format(ZP_("no heading of the draft matches any standard; it was read against {0}. "
                                              "Give the standard with --standard and number the headings as the standard does"),
                                          st.id)});
  else if (imp.standard.detected && imp.standard.certainty == "low" && imp.standard.score <= imp.standard.runner_up_score)
    imp.result.warnings.push_back({pkg.name(), 0,
                                   format(ZP_("the standard is uncertain: {0} and {1} fit the headings equally well and {0} was "
                                              "chosen. Give the standard with --standard if that is wrong"),
                                          st.id, imp.standard.runner_up)});
  else if (imp.standard.detected && imp.standard.certainty == "low")
    imp.result.warnings.push_back({pkg.name(), 0,
                                   format(ZP_("the standard is uncertain: {0} was chosen, but only {1} of {2} headings map onto it "
                                              "(next best: {3}). Give the standard with --standard if that is wrong"),
                                          st.id, imp.standard.matched, imp.standard.headings, imp.standard.runner_up)});
  Importer(pkg, doc, st, imp).run();
  if (imp.counts.text_boxes.words > 0)
    imp.result.warnings.push_back({pkg.name(), 0,
                                   format(ZP_("the draft has text in text boxes ({0} 字) that Word's 字数 leaves out and that is not "
                                              "imported; move it into the body text if it belongs to the report"),
                                          imp.counts.text_boxes.words)});
  std::vector<std::string> notes = mapping_report(imp, st);
  imp.mapping_lines = notes.size();
  for (MovedPictures& m : imp.moved_pictures) m.note += notes.size();
  notes.insert(notes.end(), imp.result.notes.begin(), imp.result.notes.end());
  imp.result.notes = std::move(notes);
  return imp;
}

std::string counts_text(const text::Counts& c) { return format(ZP_("{0} 字"), group_digits(c.words)); }

}  // namespace

StandardChoice detect_standard(const Document& doc) {
  std::vector<Candidate> cands = candidates(doc);
  struct Scored {
    const Standard* st;
    double score;
    int matched;
  };
  std::vector<Scored> scores;
  for (const Standard* st : standards::Library::instance().outlines()) {
    Score s = score(cands, *st);
    scores.push_back({st, s.score, s.matched});
  }
  std::stable_sort(scores.begin(), scores.end(), [](const Scored& a, const Scored& b) { return a.score > b.score; });
  StandardChoice ch;
  ch.detected = true;
  ch.headings = static_cast<int>(cands.size());
  if (scores.empty()) return ch;
  ch.id = scores[0].st->id;
  ch.score = scores[0].score;
  ch.matched = scores[0].matched;
  if (scores.size() > 1) {
    ch.runner_up = scores[1].st->id;
    ch.runner_up_score = scores[1].score;
  }
  double margin = ch.score > 0 ? (ch.score - ch.runner_up_score) / ch.score : 0;
  if (ch.score <= 0 || margin <= 0) ch.certainty = "low";
  else if (margin >= 0.25 && ch.matched >= 5 && ch.matched * 2 >= ch.headings) ch.certainty = "high";
  else if (ch.matched >= 3) ch.certainty = "medium";
  else ch.certainty = "low";
  return ch;
}

std::string mapping_report_text(const DocxImport& imp) {
  std::string text;
  for (const std::string& n : imp.result.notes) text += n + "\n";
  if (!imp.result.warnings.empty()) {
    text += format(ZP_("Warnings ({0}):"), imp.result.warnings.size()) + "\n";
    for (const Diagnostic& d : imp.result.warnings) text += "  " + d.message + "\n";
  }
  return text;
}

std::vector<std::string> mapping_report(const DocxImport& imp, const Standard& st) {
  std::vector<std::string> out;
  const StandardChoice& ch = imp.standard;
  if (ch.detected) {
    std::string how = ch.certainty == "high" ? ZP_("sure") : ch.certainty == "medium" ? ZP_("fairly sure") : ZP_("unsure");
    out.push_back(format(ZP_("Standard: {0} ({1}), detected from the headings ({2}): {3} of {4} headings map onto its clauses, "
                             "score {5}; next best {6}, score {7}"),
                         st.id, st.name, how, ch.matched, ch.headings, ch.score, ch.runner_up.empty() ? "-" : ch.runner_up,
                         ch.runner_up_score));
  } else {
    out.push_back(format(ZP_("Standard: {0} ({1}), as given: {2} of {3} headings map onto its clauses"), st.id, st.name,
                         ch.matched, ch.headings));
  }
  const DocxCounts& c = imp.counts;
  out.push_back(format(ZP_("Word's 字数 of the document: {0} (字符数 {1}, with spaces {2}); not included, as in Word: "
                           "text boxes {3}, footnotes {4}, endnotes {5}"),
                       group_digits(c.body.words), group_digits(c.body.characters), group_digits(c.body.characters_with_spaces),
                       group_digits(c.text_boxes.words), group_digits(c.footnotes.words), group_digits(c.endnotes.words)));
  out.push_back(ZP_("Clause → 字数 (Word), blocks, headings in the draft:"));
  for (const Clause& cl : st.clauses) {
    auto it = imp.clauses.find(cl.id);
    if (it == imp.clauses.end()) continue;
    const ClauseSummary& s = it->second;
    std::vector<std::string> parts;
    auto part = [&](int n, const char* one, const char* many) {
      if (n > 0) parts.push_back(format(n == 1 ? one : many, n));
    };
    part(s.paragraphs, ZP_("{0} paragraph"), ZP_("{0} paragraphs"));
    part(s.lists, ZP_("{0} list"), ZP_("{0} lists"));
    part(s.tables, ZP_("{0} table"), ZP_("{0} tables"));
    part(s.indicator_tables, ZP_("{0} indicator table"), ZP_("{0} indicator tables"));
    part(s.figures, ZP_("{0} figure"), ZP_("{0} figures"));
    std::string blocks;
    for (const auto& p : parts) blocks += (blocks.empty() ? "" : ", ") + p;
    if (blocks.empty()) blocks = ZP_("no content");
    std::string heads;
    for (const auto& h : s.headings) heads += (heads.empty() ? "“" : "”, “") + h;
    if (!heads.empty()) heads = format(ZP_("  ← {0}”"), heads);
    else heads = ZP_("  ← text before the first heading");
    out.push_back(format("  {0}{1} {2}: {3}; {4}{5}", std::string(static_cast<size_t>(cl.depth) * 2, ' '), cl.id, cl.title,
                         counts_text(s.counts), blocks, heads));
  }
  if (imp.unassigned.words > 0 || imp.clauses.empty())
    out.push_back(format(ZP_("  (under no clause): {0}"), counts_text(imp.unassigned)));
  if (!imp.indicator_tables.empty()) {
    out.push_back(ZP_("Indicator tables:"));
    for (const auto& t : imp.indicator_tables) {
      std::string years = t.years.empty() ? "-" : format("{0}–{1}", t.years.front(), t.years.back());
      out.push_back(format(ZP_("  {0}: “{1}”: {2} indicators, years {3}; direction: {4} higher is better, {5} lower is better, {6} unknown"),
                           t.clause_id.empty() ? "-" : t.clause_id, t.caption, t.indicators, years, t.higher, t.lower,
                           t.unknown));
    }
  }
  return out;
}

DocxImport import_docx_detailed(const std::filesystem::path& path, const ReadOptions& options) {
  Package pkg(path);
  Document doc = read_document(pkg);
  return import_package(pkg, std::move(doc), options);
}

DocxImport import_docx_bytes(std::string bytes, const std::string& name, const ReadOptions& options) {
  Package pkg(std::move(bytes), name);
  Document doc = read_document(pkg);
  return import_package(pkg, std::move(doc), options);
}

ReadResult import_docx(const std::filesystem::path& path, const ReadOptions& options) {
  return std::move(import_docx_detailed(path, options).result);
}

}  // namespace zp::io::docx
