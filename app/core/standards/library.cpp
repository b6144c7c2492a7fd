#include "standards/library.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#include "util/atomic_file.h"
#include "util/embedded.h"
#include "util/format.h"
#include "util/i18n.h"
#include "util/xml.h"

namespace zp::standards {
namespace fs = std::filesystem;

namespace {

std::string trimmed(const xmlNode* n) { return xml::normalize_space(xml::text(n)); }


double to_double(const std::string& s) { return std::strtod(s.c_str(), nullptr); }

bool to_bool(const std::string& s, bool fallback) {
  if (s == "true" || s == "1") return true;
  if (s == "false" || s == "0") return false;
  return fallback;
}

std::vector<std::string> split_words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

Guide parse_guide(const xmlNode* g) {
  Guide guide;
  guide.id = xml::attr(g, "id");
  std::string kind = xml::attr(g, "kind");
  guide.kind = kind == "results" ? GuideKind::Results : kind == "indicator" ? GuideKind::Indicator : GuideKind::Process;
  guide.name = xml::attr(g, "name");
  guide.factors = split_words(xml::attr(g, "factors"));
  guide.step = std::atoi(xml::attr(g, "step", "5").c_str());
  guide.source = xml::attr(g, "source");
  if (const xmlNode* n = xml::child(g, "note")) guide.note = xml::block_text(n);
  for (const xmlNode* b : xml::children(g, "band")) {
    Band band;
    band.min = to_double(xml::attr(b, "min"));
    band.max = to_double(xml::attr(b, "max"));
    band.label = xml::attr(b, "label");
    band.name = xml::attr(b, "name");
    for (const xmlNode* d : xml::children(b, "descriptor"))
      band.descriptors.push_back({xml::attr(d, "factor"), xml::block_text(d)});
    guide.bands.push_back(std::move(band));
  }
  for (const xmlNode* f : xml::children(g, "footnote")) guide.footnotes.push_back(xml::block_text(f));
  return guide;
}

ClauseKind kind_from(const std::string& s) {
  if (s == "profile") return ClauseKind::Profile;
  if (s == "category") return ClauseKind::Category;
  if (s == "process") return ClauseKind::Process;
  if (s == "results") return ClauseKind::Results;
  if (s == "guidance") return ClauseKind::Guidance;
  return ClauseKind::Item;
}

void parse_clauses(const xmlNode* parent_el, const std::string& parent_id, int depth, Standard& st) {
  for (const xmlNode* e : xml::children(parent_el, "clause")) {
    Clause c;
    c.id = xml::attr(e, "id");
    c.kind = kind_from(xml::attr(e, "kind"));
    c.title = xml::normalize_space(xml::attr(e, "title"));
    if (xml::has_attr(e, "points")) c.points = to_double(xml::attr(e, "points"));
    bool default_writable = c.kind == ClauseKind::Profile || c.kind == ClauseKind::Process ||
                            c.kind == ClauseKind::Results || c.kind == ClauseKind::Item;
    c.writable = to_bool(xml::attr(e, "writable"), default_writable);
    c.guide_id = xml::attr(e, "guide");
    c.parent = parent_id;
    c.depth = depth;
    c.source_line = xml::line(e);
    for (const xmlNode* a : xml::children(e, "alias")) c.aliases.push_back(trimmed(a));
    for (const xmlNode* r : xml::children(e, "requirement"))
      c.requirements.push_back({xml::attr(r, "label"), xml::block_text(r)});
    for (const xmlNode* p : xml::children(e, "point")) {
      GuidancePoint gp;
      gp.label = xml::attr(p, "label");
      gp.name = xml::attr(p, "name");
      gp.text = xml::block_text(p);
      gp.terms = split_words(xml::attr(p, "terms"));
      c.points_list.push_back(std::move(gp));
    }
    for (const xmlNode* i : xml::children(e, "indicator"))
      c.indicators.push_back({xml::attr(i, "group"), trimmed(i)});
    if (const xmlNode* g = xml::child(e, "guide")) c.local_guide = parse_guide(g);
    size_t self = st.clauses.size();
    const std::string id = c.id;  // a copy: the recursion below grows st.clauses
    st.clauses.push_back(std::move(c));
    parse_clauses(e, id, depth + 1, st);
    // children ids, in order
    for (const xmlNode* ch : xml::children(e, "clause")) st.clauses[self].children.push_back(xml::attr(ch, "id"));
  }
}

[[noreturn]] void fail(const std::string& name, long line, const std::string& msg) {
  throw Error(ErrorCode::Format, name, msg, line);
}

bool near(double a, double b) { return std::fabs(a - b) < 1e-6; }

// Consistency beyond what the schema can say.
void check_consistency(const Standard& st, const std::string& name) {
  std::set<std::string> ids;
  double top_sum = 0;
  bool any_top_points = false;
  for (const Clause& c : st.clauses) {
    if (!ids.insert(c.id).second) fail(name, c.source_line, format(ZP_("clause {0} is defined twice"), c.id));
    if (!c.parent.empty() && c.id.rfind(c.parent + ".", 0) != 0)
      fail(name, c.source_line, format(ZP_("clause {0} is placed under {1}, but its number does not start with {1}."), c.id, c.parent));
    if (!c.guide_id.empty() && !st.guide(c.guide_id))
      fail(name, c.source_line, format(ZP_("clause {0} names the guide \"{1}\", which the standard does not define"), c.id, c.guide_id));
    if (c.parent.empty() && c.points) {
      top_sum += *c.points;
      any_top_points = true;
    }
    // Children's points must add up to their parent's, when every scored child has points.
    if (c.points && !c.children.empty()) {
      double sum = 0;
      bool any = false;
      for (const std::string& chid : c.children) {
        const Clause* ch = st.clause(chid);
        if (ch && ch->points) {
          sum += *ch->points;
          any = true;
        }
      }
      if (any && !near(sum, *c.points))
        fail(name, c.source_line,
             format(ZP_("the points of clause {0}'s children add up to {1}, not {2}"), c.id, sum, *c.points));
    }
  }
  if (any_top_points && !near(top_sum, st.total_points))
    fail(name, 0, format(ZP_("the top-level clauses add up to {0} points, but total-points says {1}"), top_sum, st.total_points));
  for (const Limit& l : st.limits)
    if (l.scope != "report" && !st.clause(l.scope))
      fail(name, 0, format(ZP_("a limit names clause {0}, which the standard does not define"), l.scope));
  std::set<std::string> gids;
  for (const Guide& g : st.guides) {
    if (!gids.insert(g.id).second) fail(name, 0, format(ZP_("guide {0} is defined twice"), g.id));
    for (const Band& b : g.bands)
      if (b.min > b.max || b.min < 0 || b.max > 100)
        fail(name, 0, format(ZP_("guide {0} has a band from {1}% to {2}%"), g.id, b.min, b.max));
  }
}

/// A standard with what names it (the origin, id, names), from the root element; the rest is
/// filled in by parse_standard() or, clauses only, by parse_outline().
Standard named_standard(const xmlNode* root, const std::string& origin) {
  Standard st;
  st.origin = origin;
  st.id = xml::attr(root, "id");
  st.name = trimmed(xml::child(root, "name"));
  st.short_name = trimmed(xml::child(root, "short-name"));
  return st;
}

}  // namespace

Standard parse_standard(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  auto schema = embedded::data_file("standard.rng");
  if (!schema) throw Error(ErrorCode::Io, "standard.rng", ZP_("the standard schema is missing from this build"));
  xml::validate(doc.get(), *schema, "standard.rng", name);

  const xmlNode* root = xmlDocGetRootElement(doc.get());
  Standard st = named_standard(root, name);
  st.award = trimmed(xml::child(root, "award"));
  st.class_name = trimmed(xml::child(root, "class"));
  st.year = std::atoi(trimmed(xml::child(root, "year")).c_str());
  st.issuer = trimmed(xml::child(root, "issuer"));
  const xmlNode* src = xml::child(root, "source");
  st.source_seed = xml::attr(src, "seed");
  st.source_also = xml::attr(src, "also");
  st.source_text = trimmed(src);
  st.total_points = to_double(trimmed(xml::child(root, "total-points")));
  st.description = xml::block_text(xml::child(root, "description"));
  for (const xmlNode* l : xml::children(xml::child(root, "limits"), "limit")) {
    Limit lim;
    lim.scope = xml::attr(l, "scope");
    lim.max = std::atol(xml::attr(l, "max").c_str());
    lim.includes_charts = to_bool(xml::attr(l, "includes-charts"), false);
    lim.source = xml::attr(l, "source");
    lim.text = xml::block_text(l);
    st.limits.push_back(std::move(lim));
  }
  for (const xmlNode* l : xml::children(xml::child(root, "award-levels"), "level")) {
    AwardLevel lv;
    lv.id = xml::attr(l, "id");
    lv.name = xml::attr(l, "name");
    lv.hearing = xml::attr(l, "kind") == "hearing";
    lv.min_percent = to_double(xml::attr(l, "min-percent"));
    lv.exclusive = to_bool(xml::attr(l, "exclusive"), false);
    lv.text = xml::block_text(l);
    st.levels.push_back(std::move(lv));
  }
  for (const xmlNode* g : xml::children(xml::child(root, "guides"), "guide")) st.guides.push_back(parse_guide(g));
  parse_clauses(xml::child(root, "clauses"), "", 0, st);
  st.reindex();
  check_consistency(st, name);
  return st;
}

Standard parse_outline(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  Standard st = named_standard(root, name);
  parse_clauses(xml::child(root, "clauses"), "", 0, st);
  st.reindex();
  return st;
}

Standard load_standard_file(const fs::path& path) {
  std::string data = read_file(path);
  return parse_standard(data, path.string());
}

fs::path user_standards_dir() {
  if (const char* x = std::getenv("XDG_DATA_HOME"); x && *x) return fs::path(x) / "zhuoping" / "standards";
  if (const char* h = std::getenv("HOME"); h && *h) return fs::path(h) / ".local" / "share" / "zhuoping" / "standards";
  return {};
}

// A standard of the library: a user's is parsed when the library is loaded; a built-in one
// (validated at build time) when first asked for, in full or as its clause outline.
struct Library::Entry {
  std::string id;
  std::string origin;               // "built-in:<file>" or the user's path
  std::string_view bytes;           // built-in: the embedded XML ("" for a user's file)
  std::string_view outline_bytes;   // built-in: its clause outline, "" when there is none
  mutable std::once_flag parsed, outlined;
  mutable std::unique_ptr<Standard> standard;
  mutable std::unique_ptr<Standard> outline;
  mutable std::optional<Error> error;  // a built-in standard that failed its consistency checks
};

Library::Library() = default;
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;
Library::~Library() = default;

void Library::add(std::unique_ptr<Entry> e, Diagnostics* warnings) {
  for (auto& existing : entries_) {
    if (existing->id == e->id) {
      if (warnings)
        warnings->push_back({e->origin, 0,
                             format(ZP_("defines the standard id {0}, which {1} already defines; this file is used instead"),
                                    e->id, existing->origin)});
      existing = std::move(e);
      return;
    }
  }
  entries_.push_back(std::move(e));
}

const Standard* Library::full(const Entry& e) const {
  if (e.bytes.empty()) return e.standard.get();
  std::call_once(e.parsed, [&] {
    try {
      e.standard = std::make_unique<Standard>(parse_standard(e.bytes, e.origin));
    } catch (const Error& err) {
      e.error = err;
    }
  });
  return e.standard.get();
}

Library Library::load(const std::vector<fs::path>& extra_dirs, Diagnostics* warnings) {
  Library lib;
  for (const auto& [fname, bytes] : embedded::standard_files()) {
    auto e = std::make_unique<Entry>();
    // The build checked that a built-in standard's id is its file name
    // (cmake/standard_outline.py), so it need not be parsed to be listed.
    e->id = fs::path(std::string(fname)).stem().string();
    e->origin = "built-in:" + std::string(fname);
    e->bytes = bytes;
    for (const auto& [oname, obytes] : embedded::standard_outlines())
      if (oname == fname) e->outline_bytes = obytes;
    lib.add(std::move(e), warnings);
  }
  for (const fs::path& dir : extra_dirs) {
    std::error_code ec;
    if (dir.empty() || !fs::is_directory(dir, ec)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.path().extension() == ".xml") files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      try {
        auto e = std::make_unique<Entry>();
        e->standard = std::make_unique<Standard>(load_standard_file(f));
        e->id = e->standard->id;
        e->origin = e->standard->origin;
        lib.add(std::move(e), warnings);
      } catch (const Error& e) {
        if (warnings) warnings->push_back({e.file(), e.line(), e.message() + " " + ZP_("(this standard is not available)")});
      }
    }
  }
  if (warnings) lib.warnings_ = *warnings;
  return lib;
}

const Library& Library::instance() {
  static const Library lib = [] {
    Diagnostics w;
    return load({user_standards_dir()}, &w);
  }();
  return lib;
}

const Standard* Library::find(const std::string& id) const {
  for (const auto& e : entries_)
    if (e->id == id) return full(*e);
  return nullptr;
}

const Standard& Library::get(const std::string& id) const {
  for (const auto& e : entries_)
    if (e->id == id) {
      if (const Standard* s = full(*e)) return *s;
      if (e->error) throw *e->error;
    }
  throw Error(ErrorCode::NotFound, "", format(ZP_("unknown standard \"{0}\"; valid ids: {1}"), id, id_list()));
}

std::vector<const Standard*> Library::all() const {
  std::vector<const Standard*> out;
  for (const auto& e : entries_)
    if (const Standard* s = full(*e)) out.push_back(s);
  return out;
}

std::vector<const Standard*> Library::outlines() const {
  std::vector<const Standard*> out;
  for (const auto& e : entries_) {
    if (e->bytes.empty() || e->outline_bytes.empty()) {
      if (const Standard* s = full(*e)) out.push_back(s);
      continue;
    }
    std::call_once(e->outlined, [&] {
      try {
        e->outline = std::make_unique<Standard>(parse_outline(e->outline_bytes, e->origin));
      } catch (const Error&) {
        // Cannot happen with the build's own outline; fall back to the full standard.
      }
    });
    if (e->outline) out.push_back(e->outline.get());
    else if (const Standard* s = full(*e)) out.push_back(s);
  }
  return out;
}

std::vector<std::string> Library::ids() const {
  std::vector<std::string> out;
  for (const auto& e : entries_) out.push_back(e->id);
  return out;
}

std::string Library::id_list() const {
  std::string out;
  for (const auto& e : entries_) {
    if (!out.empty()) out += ", ";
    out += e->id;
  }
  return out;
}

}  // namespace zp::standards
