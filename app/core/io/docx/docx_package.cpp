#include "io/docx/docx_package.h"

#include <algorithm>
#include <cstring>
#include <fstream>

#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::docx {
namespace {

// Limits for a .docx: generous for real drafts (a 60,000-字 report with photos is ~50 MB),
// tight enough that a bomb is refused before it fills memory.
ZipLimits docx_limits() {
  ZipLimits l;
  l.max_entry_size = 128ull << 20;
  l.max_total_size = 384ull << 20;
  l.max_ratio = 200;
  l.max_entries = 5000;
  return l;
}

std::optional<int> int_attr(const xmlNode* n, std::string_view name) {
  if (!n || !xml::has_attr(n, name)) return std::nullopt;
  std::string v = xml::attr(n, name);
  char* end = nullptr;
  long x = std::strtol(v.c_str(), &end, 10);
  if (end == v.c_str()) return std::nullopt;
  if (x < -1000000 || x > 1000000) return std::nullopt;
  return static_cast<int>(x);
}

std::optional<int> child_int(const xmlNode* n, std::string_view local) {
  return int_attr(xml::child(n, local), "val");
}

std::string child_val(const xmlNode* n, std::string_view local) {
  const xmlNode* c = xml::child(n, local);
  return c ? xml::attr(c, "val") : std::string();
}

// w:b, w:i and friends: present without w:val, or with a true value, means on.
std::optional<bool> toggle(const xmlNode* rpr, std::string_view local) {
  const xmlNode* c = xml::child(rpr, local);
  if (!c) return std::nullopt;
  if (!xml::has_attr(c, "val")) return true;
  std::string v = xml::attr(c, "val");
  return !(v == "0" || v == "false" || v == "off" || v == "none");
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Resolve a relationship target against the folder of the part that owns it. Targets are
// package names, never file system paths: only "." and ".." segments are interpreted.
std::string resolve_target(const std::string& base_dir, const std::string& target) {
  std::string t = target;
  std::vector<std::string> parts;
  if (!t.empty() && t[0] == '/') {
    t.erase(0, 1);
  } else {
    size_t b = 0;
    while (b < base_dir.size()) {
      size_t e = base_dir.find('/', b);
      if (e == std::string::npos) e = base_dir.size();
      if (e > b) parts.push_back(base_dir.substr(b, e - b));
      b = e + 1;
    }
  }
  size_t b = 0;
  while (b <= t.size()) {
    size_t e = t.find('/', b);
    if (e == std::string::npos) e = t.size();
    std::string seg = t.substr(b, e - b);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(seg);
    }
    b = e + 1;
  }
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
  return out;
}

// Heading level from a style name: "heading 2", "Heading2", "标题 2", "标题2".
int heading_level_from_name(const std::string& name) {
  std::string n = lower_ascii(name);
  std::string digits;
  if (n.rfind("heading", 0) == 0) {
    digits = n.substr(7);
  } else if (n.rfind("标题", 0) == 0) {
    digits = n.substr(std::strlen("标题"));
  } else {
    return 0;
  }
  while (!digits.empty() && digits.front() == ' ') digits.erase(0, 1);
  if (digits.size() != 1 || digits[0] < '1' || digits[0] > '9') return 0;
  return digits[0] - '0';
}

// Word saves a password-protected .docx (and the old .doc format) as an OLE compound file,
// not a zip: recognise its signature to say so instead of "not a zip".
void refuse_compound_file(std::string_view head, const std::string& name) {
  static const char magic[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  if (head.size() >= 8 && head.compare(0, 8, std::string_view(magic, 8)) == 0)
    throw Error(ErrorCode::Unsupported, name,
                ZP_("the file is password-protected (encrypted) or in the old .doc format; open it in Word, remove the "
                    "password, save it as .docx and try again"));
}

}  // namespace

void RunProps::merge(const RunProps& over) {
  if (over.east_asian_hint) east_asian_hint = over.east_asian_hint;
  if (over.bold) bold = over.bold;
  if (over.italic) italic = over.italic;
}

RunProps read_run_props(const xmlNode* rpr) {
  RunProps p;
  if (!rpr) return p;
  if (const xmlNode* f = xml::child(rpr, "rFonts"); f && xml::has_attr(f, "hint"))
    p.east_asian_hint = xml::attr(f, "hint") == "eastAsia";
  p.bold = toggle(rpr, "b");
  p.italic = toggle(rpr, "i");
  return p;
}

// ---- Styles ----

Styles::Styles(xmlDoc* doc) {
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  if (!root) return;
  if (const xmlNode* dd = xml::child(root, "docDefaults"))
    if (const xmlNode* rd = xml::child(dd, "rPrDefault")) defaults_ = read_run_props(xml::child(rd, "rPr"));
  for (const xmlNode* s : xml::children(root, "style")) {
    Style st;
    st.id = xml::attr(s, "styleId");
    st.type = xml::attr(s, "type");
    st.name = child_val(s, "name");
    st.based_on = child_val(s, "basedOn");
    st.link = child_val(s, "link");
    if (const xmlNode* ppr = xml::child(s, "pPr")) {
      st.outline_level = child_int(ppr, "outlineLvl");
      if (const xmlNode* np = xml::child(ppr, "numPr")) {
        st.num_id = child_int(np, "numId");
        st.ilvl = child_int(np, "ilvl");
      }
    }
    st.run = read_run_props(xml::child(s, "rPr"));
    if (st.type == "paragraph" && (xml::attr(s, "default") == "1" || xml::attr(s, "default") == "true"))
      default_paragraph_ = st.id;
    if (!st.id.empty()) styles_.emplace(st.id, std::move(st));
  }
}

const Style* Styles::find(const std::string& id) const {
  auto it = styles_.find(id);
  return it == styles_.end() ? nullptr : &it->second;
}

RunProps Styles::run_props(const std::string& style_id) const {
  // Collect the chain (guarding against cycles), then apply from the root down.
  std::vector<const Style*> chain;
  const Style* s = find(style_id);
  while (s && chain.size() < 32) {
    if (std::find(chain.begin(), chain.end(), s) != chain.end()) break;
    chain.push_back(s);
    s = s->based_on.empty() ? nullptr : find(s->based_on);
  }
  RunProps p;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) p.merge((*it)->run);
  return p;
}

int Styles::heading_level(const std::string& style_id) const {
  const Style* s = find(style_id);
  for (int guard = 0; s && guard < 32; ++guard) {
    if (s->outline_level) return *s->outline_level >= 0 && *s->outline_level < 9 ? *s->outline_level + 1 : 0;
    if (int l = heading_level_from_name(s->name)) return l;
    s = s->based_on.empty() ? nullptr : find(s->based_on);
  }
  return 0;
}

std::string Styles::name_of(const std::string& style_id) const {
  const Style* s = find(style_id);
  return s ? lower_ascii(s->name) : std::string();
}

std::optional<std::pair<int, int>> Styles::numbering(const std::string& style_id) const {
  const Style* s = find(style_id);
  std::optional<int> ilvl;
  for (int guard = 0; s && guard < 32; ++guard) {
    if (!ilvl && s->ilvl) ilvl = s->ilvl;
    if (s->num_id) return std::make_pair(*s->num_id, ilvl.value_or(0));
    s = s->based_on.empty() ? nullptr : find(s->based_on);
  }
  return std::nullopt;
}

// ---- Numbering ----

namespace {
Level read_level(const xmlNode* l) {
  Level lv;
  if (auto v = child_int(l, "start")) lv.start = *v;
  if (const xmlNode* f = xml::child(l, "numFmt")) lv.format = xml::attr(f, "val", "decimal");
  if (const xmlNode* t = xml::child(l, "lvlText")) lv.text = xml::attr(t, "val");
  if (const xmlNode* s = xml::child(l, "suff")) lv.suffix = xml::attr(s, "val", "tab");
  if (auto lg = toggle(l, "isLgl")) lv.legal = *lg;
  lv.run = read_run_props(xml::child(l, "rPr"));
  lv.paragraph_style = child_val(l, "pStyle");
  lv.restart_after = child_int(l, "lvlRestart");
  return lv;
}
}  // namespace

Numbering::Numbering(xmlDoc* doc) {
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  if (!root) return;
  for (const xmlNode* a : xml::children(root, "abstractNum")) {
    auto id = int_attr(a, "abstractNumId");
    if (!id) continue;
    Abstract ab;
    ab.levels.resize(9);
    for (const xmlNode* l : xml::children(a, "lvl")) {
      auto il = int_attr(l, "ilvl");
      if (il && *il >= 0 && *il < 9) ab.levels[static_cast<size_t>(*il)] = read_level(l);
    }
    ab.style_link = child_val(a, "numStyleLink");
    abstracts_[*id] = std::move(ab);
  }
  for (const xmlNode* n : xml::children(root, "num")) {
    auto id = int_attr(n, "numId");
    if (!id) continue;
    Instance in;
    in.abstract_id = child_int(n, "abstractNumId").value_or(-1);
    for (const xmlNode* o : xml::children(n, "lvlOverride")) {
      auto il = int_attr(o, "ilvl");
      if (!il || *il < 0 || *il >= 9) continue;
      if (auto so = child_int(o, "startOverride")) in.start_overrides[*il] = *so;
      if (const xmlNode* l = xml::child(o, "lvl")) in.overrides[*il] = read_level(l);
    }
    nums_[*id] = std::move(in);
  }
}

const Level* Numbering::level(int num_id, int ilvl) const {
  if (ilvl < 0 || ilvl >= 9) return nullptr;
  auto n = nums_.find(num_id);
  if (n == nums_.end()) return nullptr;
  if (auto o = n->second.overrides.find(ilvl); o != n->second.overrides.end()) return &o->second;
  auto a = abstracts_.find(n->second.abstract_id);
  if (a == abstracts_.end()) return nullptr;
  return &a->second.levels[static_cast<size_t>(ilvl)];
}

void Numbering::resolve_style_links(const Styles& styles) {
  for (auto& [id, ab] : abstracts_) {
    if (ab.style_link.empty()) continue;
    auto n = styles.numbering(ab.style_link);  // the numbering style's own w:numId
    if (!n) continue;
    auto in = nums_.find(n->first);
    if (in == nums_.end() || in->second.abstract_id == id) continue;
    auto target = abstracts_.find(in->second.abstract_id);
    if (target != abstracts_.end() && target->second.style_link.empty()) ab.levels = target->second.levels;
  }
}

bool Numbering::is_bullet(int num_id, int ilvl) const {
  const Level* l = level(num_id, ilvl);
  return l && l->format == "bullet";
}

std::optional<std::string> Numbering::next_label(int num_id, int ilvl, const Level** out_level) {
  // numId 0 means "no numbering" (it removes numbering a style would apply).
  const Level* lv = level(num_id, ilvl);
  if (out_level) *out_level = lv;
  if (!lv || num_id == 0) return std::nullopt;
  Instance& in = nums_[num_id];
  std::vector<int>& c = counters_[in.abstract_id];
  if (c.empty()) c.assign(9, -1);
  if (!in.started) {
    in.started = true;
    for (const auto& [l, start] : in.start_overrides) {
      c[static_cast<size_t>(l)] = start - 1;
      for (size_t d = static_cast<size_t>(l) + 1; d < 9; ++d) c[d] = -1;
    }
  }
  auto start_of = [&](int l) {
    const Level* x = level(num_id, l);
    return x ? x->start : 1;
  };
  const size_t il = static_cast<size_t>(ilvl);
  c[il] = c[il] < 0 ? start_of(ilvl) : c[il] + 1;
  for (size_t d = il + 1; d < 9; ++d) {
    const Level* x = level(num_id, static_cast<int>(d));
    if (x && x->restart_after && *x->restart_after == 0) continue;  // never restarts
    c[d] = -1;
  }
  if (lv->format == "none") return std::string();
  std::string out;
  const std::string& t = lv->text;
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '%' && i + 1 < t.size() && t[i + 1] >= '1' && t[i + 1] <= '9') {
      int l = t[i + 1] - '1';
      const Level* x = level(num_id, l);
      int value = c[static_cast<size_t>(l)] < 0 ? start_of(l) : c[static_cast<size_t>(l)];
      std::string fmt = x ? x->format : "decimal";
      if (lv->legal && l != ilvl) fmt = "decimal";
      out += format_number(value, fmt);
      ++i;
    } else {
      out += t[i];
    }
  }
  return out;
}

std::string format_number(int n, const std::string& f) {
  static const char* const cn[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  auto chinese = [&](int v) -> std::string {
    if (v <= 0) return std::to_string(v);
    if (v < 10) return cn[v];
    if (v < 20) return std::string("十") + (v % 10 ? cn[v % 10] : "");
    if (v < 100) return std::string(cn[v / 10]) + "十" + (v % 10 ? cn[v % 10] : "");
    if (v < 1000) {
      std::string s = std::string(cn[v / 100]) + "百";
      int r = v % 100;
      if (r == 0) return s;
      if (r < 10) return s + "零" + cn[r];
      return s + cn[r / 10] + "十" + (r % 10 ? cn[r % 10] : "");
    }
    return std::to_string(v);
  };
  auto letters = [&](int v, char base) {
    if (v <= 0 || v > 26 * 10) return std::to_string(v);  // no label of hundreds of letters
    // Word repeats the letter: 27 → AA, 28 → BB.
    int reps = (v - 1) / 26 + 1;
    return std::string(static_cast<size_t>(reps), static_cast<char>(base + (v - 1) % 26));
  };
  auto roman = [&](int v, bool upper) {
    if (v <= 0 || v >= 4000) return std::to_string(v);
    static const int vals[] = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    static const char* const syms[] = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    std::string s;
    for (int i = 0; i < 13; ++i)
      while (v >= vals[i]) {
        s += syms[i];
        v -= vals[i];
      }
    if (!upper) s = lower_ascii(s);
    return s;
  };
  if (f == "decimal" || f.empty()) return std::to_string(n);
  if (f == "decimalZero") return n >= 0 && n < 10 ? "0" + std::to_string(n) : std::to_string(n);
  if (f == "upperRoman") return roman(n, true);
  if (f == "lowerRoman") return roman(n, false);
  if (f == "upperLetter") return letters(n, 'A');
  if (f == "lowerLetter") return letters(n, 'a');
  if (f == "chineseCounting" || f == "chineseCountingThousand" || f == "japaneseCounting" ||
      f == "taiwaneseCounting" || f == "taiwaneseCountingThousand" || f == "ideographDigital" ||
      f == "japaneseDigitalTenThousand")
    return chinese(n);
  if (f == "chineseLegalSimplified") {
    static const char* const lg[] = {"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"};
    if (n > 0 && n < 10) return lg[n];
    if (n >= 10 && n < 20) return std::string("拾") + (n % 10 ? lg[n % 10] : "");
    if (n >= 20 && n < 100) return std::string(lg[n / 10]) + "拾" + (n % 10 ? lg[n % 10] : "");
    return std::to_string(n);
  }
  if (f == "ideographTraditional") {
    static const char* const tg[] = {"甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"};
    return n > 0 && n <= 10 ? tg[n - 1] : std::to_string(n);
  }
  if (f == "ideographZodiac") {
    static const char* const zd[] = {"子", "丑", "寅", "卯", "辰", "巳", "午", "未", "申", "酉", "戌", "亥"};
    return n > 0 && n <= 12 ? zd[n - 1] : std::to_string(n);
  }
  if (f == "decimalFullWidth" || f == "decimalFullWidth2") {
    std::string d = std::to_string(n), s;
    for (char ch : d) {
      if (ch >= '0' && ch <= '9') {
        char32_t cp = 0xFF10 + static_cast<char32_t>(ch - '0');
        s += static_cast<char>(0xE0 | (cp >> 12));
        s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (cp & 0x3F));
      } else {
        s += ch;
      }
    }
    return s;
  }
  if ((f == "decimalEnclosedCircle" || f == "decimalEnclosedCircleChinese") && n >= 1 && n <= 20) {
    char32_t cp = 0x2460 + static_cast<char32_t>(n - 1);
    return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<char>(0x80 | (cp & 0x3F))};
  }
  if (f == "decimalEnclosedFullstop" && n >= 1 && n <= 20) {
    char32_t cp = 0x2488 + static_cast<char32_t>(n - 1);
    return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<char>(0x80 | (cp & 0x3F))};
  }
  if (f == "decimalEnclosedParen" && n >= 1 && n <= 20) {
    char32_t cp = 0x2474 + static_cast<char32_t>(n - 1);
    return {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
            static_cast<char>(0x80 | (cp & 0x3F))};
  }
  if (f == "bullet" || f == "none") return {};
  return std::to_string(n);
}

// ---- Package ----

Package::Package(const std::filesystem::path& path) : name_(path.string()) {
  {
    std::ifstream in(path, std::ios::binary);
    char head[8] = {};
    in.read(head, sizeof head);
    refuse_compound_file(std::string_view(head, static_cast<size_t>(in.gcount())), name_);
  }
  zip_ = std::make_unique<ZipReader>(path, docx_limits());
  load();
}

Package::Package(std::string bytes, const std::string& name) : name_(name) {
  refuse_compound_file(bytes, name_);
  zip_ = std::make_unique<ZipReader>(std::move(bytes), name, docx_limits());
  load();
}

void Package::load() {
  // The main part is named by the package relationships; fall back to the usual name.
  if (auto rels = zip_->read_if_present("_rels/.rels")) {
    xml::DocPtr d = xml::parse(*rels, name_ + ":_rels/.rels");
    for (const xmlNode* r : xml::children(xmlDocGetRootElement(d.get()), "Relationship")) {
      std::string type = xml::attr(r, "Type");
      if (type.size() >= 14 && type.compare(type.size() - 14, 14, "officeDocument") == 0) {
        std::string t = resolve_target("", xml::attr(r, "Target"));
        if (!t.empty() && zip_->has(t)) document_entry_ = t;
      }
    }
  }
  auto doc = zip_->read_if_present(document_entry_);
  if (!doc) {
    if (zip_->has("content.xml") && zip_->has("mimetype"))
      throw Error(ErrorCode::Unsupported, name_,
                  ZP_("this is an OpenDocument file, not a Word document; save it as .docx and try again"));
    throw Error(ErrorCode::Format, name_,
                format(ZP_("the package has no {0}, so it is not a Word document; open it in Word and save it as .docx"),
                       document_entry_));
  }
  // The XML tree takes several times the text's size in memory: refuse what no report needs
  // (a 60,000-字 draft's document.xml is a few megabytes).
  if (doc->size() > (64u << 20))
    throw Error(ErrorCode::Format, name_,
                format(ZP_("{0} is too large ({1} MB of XML); split the document or remove hidden content"), document_entry_,
                       doc->size() >> 20));
  document_ = xml::parse(*doc, name_ + ":" + document_entry_);
  const xmlNode* root = xmlDocGetRootElement(document_.get());
  if (!root || !xml::is(root, "document"))
    throw Error(ErrorCode::Format, name_, format(ZP_("{0} is not a WordprocessingML document"), document_entry_));

  std::string dir = document_entry_.substr(0, document_entry_.rfind('/') == std::string::npos ? 0 : document_entry_.rfind('/'));
  std::string rels_entry = (dir.empty() ? "" : dir + "/") + "_rels/" +
                           document_entry_.substr(dir.empty() ? 0 : dir.size() + 1) + ".rels";
  std::string styles_entry = (dir.empty() ? "" : dir + "/") + "styles.xml";
  std::string numbering_entry = (dir.empty() ? "" : dir + "/") + "numbering.xml";
  std::string footnotes_entry = (dir.empty() ? "" : dir + "/") + "footnotes.xml";
  std::string endnotes_entry = (dir.empty() ? "" : dir + "/") + "endnotes.xml";
  if (auto rels = zip_->read_if_present(rels_entry)) {
    xml::DocPtr d = xml::parse(*rels, name_ + ":" + rels_entry);
    for (const xmlNode* r : xml::children(xmlDocGetRootElement(d.get()), "Relationship")) {
      std::string id = xml::attr(r, "Id");
      std::string type = xml::attr(r, "Type");
      if (xml::attr(r, "TargetMode") == "External") continue;
      std::string target = resolve_target(dir, xml::attr(r, "Target"));
      rels_[id] = target;
      auto ends_with = [&](const char* s) {
        size_t n = std::strlen(s);
        return type.size() >= n && type.compare(type.size() - n, n, s) == 0;
      };
      if (ends_with("/styles")) styles_entry = target;
      if (ends_with("/numbering")) numbering_entry = target;
      if (ends_with("/footnotes")) footnotes_entry = target;
      if (ends_with("/endnotes")) endnotes_entry = target;
    }
  }
  if (auto s = zip_->read_if_present(styles_entry)) {
    xml::DocPtr d = xml::parse(*s, name_ + ":" + styles_entry);
    styles_ = Styles(d.get());
  }
  if (auto s = zip_->read_if_present(numbering_entry)) {
    xml::DocPtr d = xml::parse(*s, name_ + ":" + numbering_entry);
    numbering_ = Numbering(d.get());
    numbering_.resolve_style_links(styles_);
  }
  if (auto s = zip_->read_if_present(footnotes_entry)) footnotes_ = xml::parse(*s, name_ + ":" + footnotes_entry);
  if (auto s = zip_->read_if_present(endnotes_entry)) endnotes_ = xml::parse(*s, name_ + ":" + endnotes_entry);
}

std::string Package::relationship_target(const std::string& id) const {
  auto it = rels_.find(id);
  return it == rels_.end() ? std::string() : it->second;
}

std::optional<std::string> Package::read_entry(const std::string& entry) { return zip_->read_if_present(entry); }

std::map<std::string, long> Package::stored_statistics() {
  std::map<std::string, long> out;
  auto app = zip_->read_if_present("docProps/app.xml");
  if (!app) return out;
  xml::DocPtr d = xml::parse(*app, name_ + ":docProps/app.xml");
  for (const xmlNode* c : xml::children(xmlDocGetRootElement(d.get()))) {
    std::string n(xml::local_name(c));
    if (n == "Words" || n == "Characters" || n == "CharactersWithSpaces" || n == "Paragraphs" || n == "Pages")
      out[n] = std::strtol(xml::text(c).c_str(), nullptr, 10);
  }
  return out;
}

}  // namespace zp::io::docx
