#include "gui/document.h"

#include "model/report_factory.h"
#include "model/report_file.h"
#include "model/report_text.h"
#include "standards/library.h"
#include "text/report_count.h"

namespace zp::gui {

text::Counts count_clause(const standards::Clause& clause, const model::Section* section) {
  // The same pieces, in the same order and with the same breaks, as text::count_report.
  text::Counter counter;
  counter.add(model::clause_heading(clause));
  counter.paragraph_break();
  if (section) {
    std::vector<model::TextPiece> pieces;
    model::Numbering n;
    model::section_pieces(*section, n, pieces);
    for (const model::TextPiece& p : pieces) {
      counter.add(p.text);
      counter.paragraph_break();
    }
  }
  return counter.counts();
}

Document::Document(model::Report report, const standards::Standard& standard)
    : report_(std::move(report)), standard_(&standard) {
  limit_ = standard.report_limit().value_or(0);
  recount_all();
  remember_saved_counts();
}

void Document::remember_saved_counts() {
  saved_counts_.clear();
  for (const auto& [id, c] : clause_counts_) saved_counts_[id] = static_cast<long>(c.words);
}

Document Document::open(const std::filesystem::path& path, io::ReadResult* details) {
  io::ReadResult rr = io::read_report(path);
  const io::Reader* reader = io::reader_for(path);
  const bool report_file = reader && reader->format == "zpr";
  Document d = imported(rr.report);
  if (report_file) {
    d.path_ = path;
    d.modified_ = false;
  }
  if (details) *details = std::move(rr);
  return d;
}

Document Document::imported(model::Report report) {
  const standards::Standard& st = standards::Library::instance().get(report.standard_id);
  model::sort_sections(report, st);
  Document d(std::move(report), st);
  d.modified_ = true;
  return d;
}

void Document::changed(const std::string& clause_id) {
  modified_ = true;
  ++revision_;
  const standards::Clause* c = clause_id.empty() ? nullptr : standard_->clause(clause_id);
  if (!c || !model::shown_in_export(*c)) {
    recount_all();
    return;
  }
  text::Counts now = count_clause(*c, report_.section(clause_id));
  text::Counts& old = clause_counts_[clause_id];
  total_.words += now.words - old.words;
  total_.characters += now.characters - old.characters;
  total_.characters_with_spaces += now.characters_with_spaces - old.characters_with_spaces;
  old = now;
}

void Document::save(const std::filesystem::path& path) {
  model::sort_sections(report_, *standard_);
  report_.meta.modified = model::now_iso8601();
  report_.meta.generator = std::string("Zhuoping ") + ZP_VERSION;
  model::save_report(report_, path);
  path_ = path;
  modified_ = false;
  remember_saved_counts();
}

text::Counts Document::clause_counts(const std::string& clause_id) const {
  auto it = clause_counts_.find(clause_id);
  return it == clause_counts_.end() ? text::Counts{} : it->second;
}

void Document::recount_all() {
  text::ReportCounts rc = text::count_report(report_, *standard_);
  clause_counts_ = rc.clauses;
  total_ = rc.total;
}

}  // namespace zp::gui
