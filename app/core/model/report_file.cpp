#include "model/report_file.h"

#include <libxml/xmlwriter.h>

#include <cmath>
#include <cstdio>
#include <set>
#include <sstream>

#include "util/embedded.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"
#include "util/xml.h"
#include "util/zip_archive.h"

namespace zp::model {
namespace {

const char* kNs = "urn:zhuoping:report";

// ---- writing ----

class Writer {
 public:
  Writer() {
    buf_ = xmlBufferCreate();
    w_ = xmlNewTextWriterMemory(buf_, 0);
    xmlTextWriterSetIndent(w_, 1);
    xmlTextWriterSetIndentString(w_, BAD_CAST " ");
    xmlTextWriterStartDocument(w_, "1.0", "UTF-8", nullptr);
  }
  ~Writer() {
    if (w_) xmlFreeTextWriter(w_);
    if (buf_) xmlBufferFree(buf_);
  }
  void start(const char* name) { xmlTextWriterStartElement(w_, BAD_CAST name); }
  void end() { xmlTextWriterEndElement(w_); }
  void attr(const char* name, const std::string& v) {
    xmlTextWriterWriteAttribute(w_, BAD_CAST name, BAD_CAST v.c_str());
  }
  void text(const std::string& v) { xmlTextWriterWriteString(w_, BAD_CAST v.c_str()); }
  void element(const char* name, const std::string& v) {
    start(name);
    text(v);
    end();
  }
  std::string finish() {
    xmlTextWriterEndDocument(w_);
    xmlFreeTextWriter(w_);
    w_ = nullptr;
    return std::string(reinterpret_cast<const char*>(xmlBufferContent(buf_)), static_cast<size_t>(xmlBufferLength(buf_)));
  }

 private:
  xmlBufferPtr buf_ = nullptr;
  xmlTextWriterPtr w_ = nullptr;
};

std::string number_text(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  return buf;
}

// XML 1.0 cannot carry most control characters: drop them (tab, LF, CR stay).
std::string xml_safe(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s)
    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
  return out;
}

void write_runs(Writer& w, const Paragraph& p) {
  for (const Run& r : p.runs) {
    w.start("r");
    if (r.bold) w.attr("b", "1");
    if (r.italic) w.attr("i", "1");
    w.text(xml_safe(r.text));
    w.end();
  }
}

void write_value(Writer& w, const char* name, const Value& v, std::optional<int> year) {
  w.start(name);
  if (year) w.attr("year", std::to_string(*year));
  if (v.number) w.attr("num", number_text(*v.number));
  w.text(xml_safe(v.text));
  w.end();
}

void write_block(Writer& w, const Block& b) {
  if (const auto* p = std::get_if<Paragraph>(&b)) {
    w.start("p");
    write_runs(w, *p);
    w.end();
  } else if (const auto* l = std::get_if<List>(&b)) {
    w.start("list");
    w.attr("ordered", l->ordered ? "true" : "false");
    for (const ListItem& it : l->items) {
      w.start("item");
      if (it.level) w.attr("level", std::to_string(it.level));
      if (!it.label.empty()) w.attr("label", xml_safe(it.label));
      write_runs(w, it.content);
      w.end();
    }
    w.end();
  } else if (const auto* t = std::get_if<Table>(&b)) {
    w.start("table");
    if (!t->caption.empty()) w.attr("caption", xml_safe(t->caption));
    w.attr("header-rows", std::to_string(t->header_rows));
    for (const auto& row : t->rows) {
      w.start("row");
      for (const auto& cell : row) w.element("cell", xml_safe(cell));
      w.end();
    }
    w.end();
  } else if (const auto* it = std::get_if<IndicatorTable>(&b)) {
    w.start("indicators");
    if (!it->caption.empty()) w.attr("caption", xml_safe(it->caption));
    std::string years;
    for (int y : it->years) years += (years.empty() ? "" : " ") + std::to_string(y);
    w.attr("years", years);
    for (const Indicator& ind : it->indicators) {
      w.start("indicator");
      w.attr("name", xml_safe(ind.name));
      if (!ind.unit.empty()) w.attr("unit", xml_safe(ind.unit));
      w.attr("direction", to_string(ind.direction));
      for (const auto& [y, v] : ind.values) write_value(w, "value", v, y);
      if (ind.target) write_value(w, "target", *ind.target, std::nullopt);
      for (const ComparisonSeries& c : ind.comparisons) {
        w.start("comparison");
        w.attr("kind", to_string(c.kind));
        if (!c.label.empty()) w.attr("label", xml_safe(c.label));
        for (const auto& [y, v] : c.by_year) write_value(w, "value", v, y);
        if (c.single) write_value(w, "value", *c.single, std::nullopt);
        w.end();
      }
      if (!ind.note.empty()) w.element("note", xml_safe(ind.note));
      w.end();
    }
    w.end();
  } else if (const auto* f = std::get_if<Figure>(&b)) {
    w.start("figure");
    w.attr("media", f->media_id);
    if (!f->caption.empty()) w.attr("caption", xml_safe(f->caption));
    w.end();
  }
}

void write_remark(Writer& w, const char* name, const Remark& r) {
  w.start(name);
  if (!r.clause.empty()) w.attr("clause", r.clause);
  if (r.block >= 0) w.attr("block", std::to_string(r.block));
  if (r.begin >= 0) w.attr("begin", std::to_string(r.begin));
  if (r.end >= 0) w.attr("end", std::to_string(r.end));
  w.text(xml_safe(r.text));
  w.end();
}

// ---- reading ----

Paragraph read_runs(const xmlNode* n) {
  Paragraph p;
  for (const xmlNode* r : xml::children(n, "r"))
    p.runs.push_back(Run{xml::text(r), xml::attr(r, "b") == "1", xml::attr(r, "i") == "1"});
  return p;
}

Value read_value(const xmlNode* n) {
  Value v;
  v.text = xml::text(n);
  if (xml::has_attr(n, "num")) v.number = std::strtod(xml::attr(n, "num").c_str(), nullptr);
  return v;
}

std::optional<int> read_year(const xmlNode* n) {
  if (!xml::has_attr(n, "year")) return std::nullopt;
  return std::atoi(xml::attr(n, "year").c_str());
}

Remark read_remark(const xmlNode* n) {
  Remark r;
  r.text = xml::text(n);
  r.clause = xml::attr(n, "clause");
  r.block = std::atoi(xml::attr(n, "block", "-1").c_str());
  r.begin = std::atoi(xml::attr(n, "begin", "-1").c_str());
  r.end = std::atoi(xml::attr(n, "end", "-1").c_str());
  return r;
}

Block read_block(const xmlNode* n) {
  std::string_view k = xml::local_name(n);
  if (k == "p") return read_runs(n);
  if (k == "list") {
    List l;
    l.ordered = xml::attr(n, "ordered") == "true" || xml::attr(n, "ordered") == "1";
    for (const xmlNode* it : xml::children(n, "item"))
      l.items.push_back(ListItem{read_runs(it), std::atoi(xml::attr(it, "level", "0").c_str()), xml::attr(it, "label")});
    return l;
  }
  if (k == "table") {
    Table t;
    t.caption = xml::attr(n, "caption");
    t.header_rows = std::atoi(xml::attr(n, "header-rows", "1").c_str());
    for (const xmlNode* row : xml::children(n, "row")) {
      std::vector<std::string> cells;
      for (const xmlNode* c : xml::children(row, "cell")) cells.push_back(xml::text(c));
      t.rows.push_back(std::move(cells));
    }
    return t;
  }
  if (k == "indicators") {
    IndicatorTable it;
    it.caption = xml::attr(n, "caption");
    std::istringstream ys(xml::attr(n, "years"));
    int y;
    while (ys >> y) it.years.push_back(y);
    for (const xmlNode* in : xml::children(n, "indicator")) {
      Indicator ind;
      ind.name = xml::attr(in, "name");
      ind.unit = xml::attr(in, "unit");
      ind.direction = direction_from_string(xml::attr(in, "direction", "unknown")).value_or(Direction::Unknown);
      for (const xmlNode* v : xml::children(in, "value"))
        if (auto yr = read_year(v)) ind.values[*yr] = read_value(v);
      if (const xmlNode* t = xml::child(in, "target")) ind.target = read_value(t);
      for (const xmlNode* c : xml::children(in, "comparison")) {
        ComparisonSeries s;
        s.kind = comparison_kind_from_string(xml::attr(c, "kind")).value_or(ComparisonKind::Benchmark);
        s.label = xml::attr(c, "label");
        for (const xmlNode* v : xml::children(c, "value")) {
          if (auto yr = read_year(v))
            s.by_year[*yr] = read_value(v);
          else
            s.single = read_value(v);
        }
        ind.comparisons.push_back(std::move(s));
      }
      if (const xmlNode* note = xml::child(in, "note")) ind.note = xml::text(note);
      it.indicators.push_back(std::move(ind));
    }
    return it;
  }
  Figure f;
  f.media_id = xml::attr(n, "media");
  f.caption = xml::attr(n, "caption");
  return f;
}

}  // namespace

std::string report_to_xml(const Report& r) {
  Writer w;
  w.start("report");
  w.attr("xmlns", kNs);
  w.attr("format", std::to_string(kReportFormatVersion));
  w.attr("standard", r.standard_id);
  w.start("meta");
  w.element("organisation", xml_safe(r.organisation));
  w.element("title", xml_safe(r.title));
  if (!r.meta.author.empty()) w.element("author", xml_safe(r.meta.author));
  if (!r.meta.created.empty()) w.element("created", r.meta.created);
  if (!r.meta.modified.empty()) w.element("modified", r.meta.modified);
  if (!r.meta.generator.empty()) w.element("generator", r.meta.generator);
  if (!r.meta.language.empty()) w.element("language", r.meta.language);
  w.end();
  for (const Section& s : r.sections) {
    w.start("section");
    w.attr("clause", s.clause_id);
    if (!s.prompt.empty()) w.element("prompt", xml_safe(s.prompt));
    for (const Block& b : s.blocks) write_block(w, b);
    w.end();
  }
  if (!r.media.empty()) {
    w.start("media-list");
    for (const auto& [id, m] : r.media) {
      if (!r.shows(id)) continue;
      w.start("media");
      w.attr("id", id);
      w.attr("type", m.mime);
      w.end();
    }
    w.end();
  }
  if (!r.dictionary.empty()) {
    w.start("dictionary");
    for (const std::string& word : r.dictionary) w.element("word", xml_safe(word));
    w.end();
  }
  if (!r.reviews.empty()) {
    w.start("reviews");
    for (const Reviewer& rv : r.reviews.reviewers) {
      w.start("reviewer");
      w.attr("name", xml_safe(rv.name));
      w.attr("role", to_string(rv.role));
      w.end();
    }
    for (const UnitScore& s : r.reviews.scores) {
      w.start("score");
      w.attr("clause", s.clause);
      w.attr("reviewer", xml_safe(s.reviewer));
      w.attr("percent", number_text(s.percent));
      for (const auto& [f, note] : s.factor_notes) {
        w.start("factor");
        w.attr("name", f);
        w.text(xml_safe(note));
        w.end();
      }
      for (const Remark& m : s.strengths) write_remark(w, "strength", m);
      for (const Remark& m : s.opportunities) write_remark(w, "ofi", m);
      w.end();
    }
    for (const auto& [clause, pct] : r.reviews.agreed) {
      w.start("agreed");
      w.attr("clause", clause);
      w.attr("percent", number_text(pct));
      w.end();
    }
    w.end();
  }
  w.end();
  return w.finish();
}

Report report_from_xml(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!xml::is(root, "report") || xml::ns_uri(root) != kNs)
    throw Error(ErrorCode::Format, name, ZP_("not a Zhuoping report (report.xml has no <report> element)"), xml::line(root));
  int version = std::atoi(xml::attr(root, "format", "0").c_str());
  if (version > kReportFormatVersion)
    throw Error(ErrorCode::Version, name,
                format(ZP_("written in report format {0} by a newer Zhuoping; this version reads format {1} and older. Please update Zhuoping."),
                       version, kReportFormatVersion));
  auto schema = embedded::data_file("report.rng");
  if (!schema) throw Error(ErrorCode::Io, "report.rng", ZP_("the report schema is missing from this build"));
  xml::validate(doc.get(), *schema, "report.rng", name);

  Report r;
  r.standard_id = xml::attr(root, "standard");
  const xmlNode* meta = xml::child(root, "meta");
  r.organisation = xml::text(xml::child(meta, "organisation"));
  r.title = xml::text(xml::child(meta, "title"));
  r.meta.author = xml::text(xml::child(meta, "author"));
  r.meta.created = xml::text(xml::child(meta, "created"));
  r.meta.modified = xml::text(xml::child(meta, "modified"));
  r.meta.generator = xml::text(xml::child(meta, "generator"));
  r.meta.language = xml::text(xml::child(meta, "language"));
  std::set<std::string> seen;
  for (const xmlNode* s : xml::children(root, "section")) {
    Section sec;
    sec.clause_id = xml::attr(s, "clause");
    if (!seen.insert(sec.clause_id).second)
      throw Error(ErrorCode::Format, name, format(ZP_("clause {0} appears twice"), sec.clause_id), xml::line(s));
    for (const xmlNode* b : xml::children(s)) {
      if (xml::is(b, "prompt"))
        sec.prompt = xml::text(b);
      else
        sec.blocks.push_back(read_block(b));
    }
    r.sections.push_back(std::move(sec));
  }
  for (const xmlNode* m : xml::children(xml::child(root, "media-list"), "media")) {
    Media md;
    md.id = xml::attr(m, "id");
    md.mime = xml::attr(m, "type");
    r.media[md.id] = std::move(md);
  }
  for (const xmlNode* wd : xml::children(xml::child(root, "dictionary"), "word")) r.dictionary.push_back(xml::text(wd));
  if (const xmlNode* rv = xml::child(root, "reviews")) {
    for (const xmlNode* n : xml::children(rv, "reviewer"))
      r.reviews.reviewers.push_back(
          Reviewer{xml::attr(n, "name"), reviewer_role_from_string(xml::attr(n, "role")).value_or(ReviewerRole::InternalReviewer)});
    for (const xmlNode* n : xml::children(rv, "score")) {
      UnitScore s;
      s.clause = xml::attr(n, "clause");
      s.reviewer = xml::attr(n, "reviewer");
      s.percent = std::strtod(xml::attr(n, "percent").c_str(), nullptr);
      for (const xmlNode* f : xml::children(n, "factor")) s.factor_notes[xml::attr(f, "name")] = xml::text(f);
      for (const xmlNode* m : xml::children(n, "strength")) s.strengths.push_back(read_remark(m));
      for (const xmlNode* m : xml::children(n, "ofi")) s.opportunities.push_back(read_remark(m));
      r.reviews.scores.push_back(std::move(s));
    }
    for (const xmlNode* n : xml::children(rv, "agreed"))
      r.reviews.agreed[xml::attr(n, "clause")] = std::strtod(xml::attr(n, "percent").c_str(), nullptr);
  }
  return r;
}

namespace {
Report load_from_zip(ZipReader& zip) {
  const std::string& name = zip.name();
  auto mimetype = zip.read_if_present("mimetype");
  if (!mimetype || *mimetype != kReportMimeType)
    throw Error(ErrorCode::Format, name, ZP_("not a Zhuoping report (.zpr): its mimetype entry is missing or wrong"));
  std::string xml_text = zip.read("report.xml");
  Report r = report_from_xml(xml_text, name + "!report.xml");
  for (auto& [id, m] : r.media) {
    auto bytes = zip.read_if_present("media/" + id);
    if (!bytes) throw Error(ErrorCode::Format, name, format(ZP_("the image {0} is listed but missing from the file"), id));
    m.data = std::move(*bytes);
  }
  for (const Section& s : r.sections)
    for (const Block& b : s.blocks)
      if (const auto* f = std::get_if<Figure>(&b); f && !r.media.count(f->media_id))
        throw Error(ErrorCode::Format, name,
                    format(ZP_("clause {0} shows the image {1}, which the file does not contain"), s.clause_id, f->media_id));
  return r;
}
}  // namespace

void save_report(const Report& report, const std::filesystem::path& path, bool keep_backup) {
  for (const auto& [id, m] : report.media)
    if (id.empty() || id.find('/') != std::string::npos || id.find("..") != std::string::npos)
      throw Error(ErrorCode::Invalid, path.string(), format(ZP_("the image name \"{0}\" cannot be stored"), id));
  std::string xml_text = report_to_xml(report);
  ZipWriter zw(path);
  zw.add("mimetype", std::string(kReportMimeType), true);
  zw.add("report.xml", std::move(xml_text));
  for (const auto& [id, m] : report.media)
    if (report.shows(id)) zw.add_view("media/" + id, m.data, true);
  zw.commit(keep_backup);
}

Report load_report(const std::filesystem::path& path) {
  ZipReader zip(path);
  return load_from_zip(zip);
}

Report load_report_bytes(std::string bytes, const std::string& name) {
  ZipReader zip(std::move(bytes), name);
  return load_from_zip(zip);
}

}  // namespace zp::model
