#include "io/docx/docx_document.h"

#include <cstdlib>

namespace zp::io::docx {
namespace {

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The branch of mc:AlternateContent Word would show: the first mc:Choice (every Choice Word
// writes is one Word itself understands), else the mc:Fallback. Only one is ever walked, so
// a text box written both as DrawingML and as VML is seen once.
const xmlNode* chosen_branch(const xmlNode* alt) {
  if (const xmlNode* c = xml::child(alt, "Choice")) return c;
  return xml::child(alt, "Fallback");
}

// Where paragraphs go: the body keeps blocks, cells, text boxes and notes keep a flat list.
struct Sink {
  std::vector<DocBlock>* blocks = nullptr;
  std::vector<DocParagraph>* paragraphs = nullptr;
  void add(DocParagraph p) {
    if (blocks) blocks->push_back(std::move(p));
    else paragraphs->push_back(std::move(p));
  }
  void add(DocTable t) {
    if (blocks) {
      blocks->push_back(std::move(t));
      return;
    }
    for (auto& row : t.rows)
      for (auto& cell : row)
        for (auto& p : cell.paragraphs) paragraphs->push_back(std::move(p));
  }
};

class Walker {
 public:
  Walker(Package& pkg, Document& doc) : pkg_(pkg), doc_(doc), styles_(pkg.styles()) {}

  void blocks(const xmlNode* parent, Sink sink) {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view n = xml::local_name(c);
      if (n == "p") {
        sink.add(paragraph(c));
      } else if (n == "tbl") {
        sink.add(table(c));
      } else if (n == "sdt") {
        if (const xmlNode* sc = xml::child(c, "sdtContent")) blocks(sc, sink);
      } else if (n == "customXml" || n == "ins" || n == "moveTo" || n == "smartTag") {
        blocks(c, sink);
      } else if (n == "AlternateContent") {
        if (const xmlNode* b = chosen_branch(c)) blocks(b, sink);
      }
      // w:del, w:moveFrom, w:sectPr, bookmarks, w:altChunk: nothing Word counts.
    }
  }

 private:
  // ---- paragraphs ----
  DocParagraph paragraph(const xmlNode* p) {
    DocParagraph out;
    const xmlNode* ppr = xml::child(p, "pPr");
    out.style_id = ppr ? xml::attr(xml::child(ppr, "pStyle"), "val") : std::string();
    if (out.style_id.empty() || !styles_.find(out.style_id)) out.style_id = styles_.default_paragraph_style();
    out.style_name = styles_.name_of(out.style_id);
    out.heading_level = styles_.heading_level(out.style_id);
    RunProps para = styles_.defaults();
    para.merge(styles_.run_props(out.style_id));
    if (ppr) {
      if (const xmlNode* ol = xml::child(ppr, "outlineLvl")) {
        int v = std::atoi(xml::attr(ol, "val").c_str());
        out.heading_level = v >= 0 && v < 9 ? v + 1 : 0;
      }
    }
    // Numbering: w:numPr on the paragraph, else through its style.
    std::optional<int> num_id, ilvl;
    if (ppr)
      if (const xmlNode* np = xml::child(ppr, "numPr")) {
        if (const xmlNode* n = xml::child(np, "numId")) num_id = std::atoi(xml::attr(n, "val").c_str());
        if (const xmlNode* l = xml::child(np, "ilvl")) ilvl = std::atoi(xml::attr(l, "val").c_str());
      }
    if (!num_id || !ilvl) {
      if (auto sn = styles_.numbering(out.style_id)) {
        if (!num_id) num_id = sn->first;
        if (!ilvl) ilvl = sn->second;
      }
    }
    if (num_id && *num_id > 0) {
      int lvl = ilvl.value_or(0);
      if (lvl < 0 || lvl > 8) lvl = 0;
      const Level* level = nullptr;
      if (auto label = pkg_.numbering().next_label(*num_id, lvl, &level)) {
        out.numbered = true;
        out.num_id = *num_id;
        out.list_level = lvl;
        out.bullet = level && level->format == "bullet";
        out.label = *label;
        if (!out.label.empty() && level) {
          out.label_suffix = level->suffix == "space" ? " " : level->suffix == "nothing" ? "" : "\t";
          // The label is drawn with the paragraph mark's properties plus the level's own.
          RunProps lp = para;
          if (ppr) lp.merge(read_run_props(xml::child(ppr, "rPr")));
          lp.merge(level->run);
          out.label_east_asian = lp.east_asian_hint.value_or(false);
        }
      }
    }
    inline_content(p, out, para);
    return out;
  }

  void inline_content(const xmlNode* parent, DocParagraph& out, const RunProps& para) {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view n = xml::local_name(c);
      if (n == "r") {
        run(c, out, para);
      } else if (n == "hyperlink" || n == "smartTag" || n == "customXml" || n == "ins" || n == "moveTo" ||
                 n == "fldSimple" || n == "bdo" || n == "dir" || n == "rubyBase") {
        inline_content(c, out, para);
      } else if (n == "sdt") {
        if (const xmlNode* sc = xml::child(c, "sdtContent")) inline_content(sc, out, para);
      } else if (n == "AlternateContent") {
        if (const xmlNode* b = chosen_branch(c)) inline_content(b, out, para);
      } else if (n == "oMath" || n == "oMathPara") {
        math(c, out);
      }
      // w:del, w:moveFrom (deleted revisions), w:pPr, bookmarks, comments: not shown.
    }
  }

  void math(const xmlNode* n, DocParagraph& out) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (xml::is(c, "t") && xml::ns_uri(c).find("math") != std::string_view::npos) {
        if (visible()) add_text(out, xml::text(c), RunProps{});
      } else {
        math(c, out);
      }
    }
  }

  bool visible() const {
    for (bool in_result : fields_)
      if (!in_result) return false;
    return true;
  }

  void add_text(DocParagraph& out, std::string_view text, const RunProps& p) {
    if (text.empty()) return;
    TextRun r{std::string(), p.bold.value_or(false), p.italic.value_or(false), p.east_asian_hint.value_or(false)};
    if (!out.runs.empty()) {
      TextRun& last = out.runs.back();
      if (last.bold == r.bold && last.italic == r.italic && last.east_asian == r.east_asian) {
        last.text.append(text);
        return;
      }
    }
    r.text.assign(text);
    out.runs.push_back(std::move(r));
  }

  void run(const xmlNode* r, DocParagraph& out, const RunProps& para) {
    RunProps p = para;
    if (const xmlNode* rpr = xml::child(r, "rPr")) {
      std::string rstyle = xml::attr(xml::child(rpr, "rStyle"), "val");
      if (!rstyle.empty()) p.merge(styles_.run_props(rstyle));
      p.merge(read_run_props(rpr));
    }
    run_content(r, out, p);
  }

  void run_content(const xmlNode* r, DocParagraph& out, const RunProps& p) {
    for (const xmlNode* c = r->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view n = xml::local_name(c);
      if (n == "t") {
        if (visible()) add_text(out, xml::text(c), p);
      } else if (n == "tab" || n == "ptab") {
        if (visible()) add_text(out, "\t", p);
      } else if (n == "br") {
        std::string type = xml::attr(c, "type");
        if (type == "page") out.page_break = true;
        if (visible()) add_text(out, "\n", p);
      } else if (n == "cr") {
        if (visible()) add_text(out, "\n", p);
      } else if (n == "sym") {
        char32_t cp = static_cast<char32_t>(std::strtoul(xml::attr(c, "char").c_str(), nullptr, 16));
        // Symbol-font characters are written in the private use area (F0xx) or as 00xx;
        // either way Word counts one character.
        if (cp > 0 && cp < 0x80) cp += 0xF000;
        std::string s;
        append_utf8(s, cp);
        if (visible() && cp) add_text(out, s, p);
      } else if (n == "noBreakHyphen") {
        if (visible()) add_text(out, "\u2011", p);
      } else if (n == "softHyphen") {
        // An optional hyphen is invisible unless a line breaks there: Word neither counts it
        // nor lets it split a word (checked on the Word corpus).
      } else if (n == "fldChar") {
        std::string type = xml::attr(c, "fldCharType");
        if (type == "begin") {
          fields_.push_back(false);
        } else if (type == "separate") {
          if (!fields_.empty()) fields_.back() = true;
        } else if (type == "end") {
          if (!fields_.empty()) fields_.pop_back();
        }
      } else if (n == "drawing" || n == "pict" || n == "object") {
        if (visible()) graphic(c, out);
      } else if (n == "AlternateContent") {
        if (const xmlNode* b = chosen_branch(c)) run_content(b, out, p);
      } else if (n == "ruby") {
        if (const xmlNode* base = xml::child(c, "rubyBase")) inline_content(base, out, p);
      }
      // w:instrText (field codes), w:delText, note references, w:lastRenderedPageBreak: not counted.
    }
  }

  // Images (a:blip r:embed, v:imagedata r:id) and text boxes (w:txbxContent) of a drawing.
  void graphic(const xmlNode* n, DocParagraph& out) {
    for (const xmlNode* c = n->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view name = xml::local_name(c);
      if (name == "blip" || name == "imagedata") {
        std::string id = xml::attr(c, name == "blip" ? "embed" : "id");
        if (!id.empty()) out.images.push_back({pkg_.relationship_target(id), id});
        graphic(c, out);
      } else if (name == "txbxContent") {
        std::vector<bool> saved;
        saved.swap(fields_);
        std::vector<DocParagraph> paras;
        blocks(c, Sink{nullptr, &paras});
        for (auto& p : paras) doc_.text_boxes.push_back(std::move(p));
        fields_.swap(saved);
      } else if (name == "AlternateContent") {
        if (const xmlNode* b = chosen_branch(c)) graphic(b, out);
      } else {
        graphic(c, out);
      }
    }
  }

  // ---- tables ----
  DocTable table(const xmlNode* tbl) {
    DocTable t;
    rows(tbl, t);
    return t;
  }

  void rows(const xmlNode* parent, DocTable& t) {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view n = xml::local_name(c);
      if (n == "tr") {
        if (const xmlNode* trpr = xml::child(c, "trPr"); trpr && xml::child(trpr, "del")) continue;
        std::vector<DocCell> row;
        cells(c, row);
        t.rows.push_back(std::move(row));
      } else if (n == "sdt") {
        if (const xmlNode* sc = xml::child(c, "sdtContent")) rows(sc, t);
      } else if (n == "customXml" || n == "ins" || n == "moveTo") {
        rows(c, t);
      }
    }
  }

  void cells(const xmlNode* parent, std::vector<DocCell>& row) {
    for (const xmlNode* c = parent->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      std::string_view n = xml::local_name(c);
      if (n == "tc") {
        DocCell cell;
        if (const xmlNode* pr = xml::child(c, "tcPr")) {
          if (const xmlNode* gs = xml::child(pr, "gridSpan")) cell.span = std::max(1, std::min(64, std::atoi(xml::attr(gs, "val").c_str())));
          if (const xmlNode* vm = xml::child(pr, "vMerge")) cell.merged_continuation = xml::attr(vm, "val") != "restart";
        }
        blocks(c, Sink{nullptr, &cell.paragraphs});
        row.push_back(std::move(cell));
      } else if (n == "sdt") {
        if (const xmlNode* sc = xml::child(c, "sdtContent")) cells(sc, row);
      } else if (n == "customXml") {
        cells(c, row);
      }
    }
  }

 public:
  void notes(xmlDoc* d, std::string_view element, std::vector<DocParagraph>& out) {
    const xmlNode* root = d ? xmlDocGetRootElement(d) : nullptr;
    if (!root) return;
    for (const xmlNode* n : xml::children(root, element)) {
      std::string type = xml::attr(n, "type");
      if (!type.empty() && type != "normal") continue;  // separators
      fields_.clear();
      blocks(n, Sink{nullptr, &out});
    }
  }

 private:
  Package& pkg_;
  Document& doc_;
  const Styles& styles_;
  std::vector<bool> fields_;  // open fields: false while in the code, true in the result
};

}  // namespace

std::string DocParagraph::text() const {
  std::string s;
  for (const auto& r : runs) s += r.text;
  return s;
}

bool DocParagraph::all_bold() const {
  bool any = false;
  for (const auto& r : runs) {
    bool blank = r.text.find_first_not_of(" \t\n") == std::string::npos;
    if (blank) continue;
    if (!r.bold) return false;
    any = true;
  }
  return any;
}

std::string DocCell::text() const {
  std::string s;
  for (size_t i = 0; i < paragraphs.size(); ++i) {
    if (i) s += '\n';
    s += paragraphs[i].text();
  }
  return s;
}

Document read_document(Package& pkg) {
  Document doc;
  Walker w(pkg, doc);
  const xmlNode* root = xmlDocGetRootElement(pkg.document());
  if (const xmlNode* body = root ? xml::child(root, "body") : nullptr) w.blocks(body, Sink{&doc.body, nullptr});
  w.notes(pkg.footnotes(), "footnote", doc.footnotes);
  w.notes(pkg.endnotes(), "endnote", doc.endnotes);
  return doc;
}

}  // namespace zp::io::docx
