#pragma once
/// The report being edited, with what the editor keeps beside it: its file, whether it has
/// unsaved changes, and the 字数 of every clause, updated one clause at a time as the user
/// types (the total is the sum, so a keystroke costs one clause's count, not the report's).
/// No wx here: the GUI tests and the benchmark drive it directly.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "io/readers.h"
#include "model/report.h"
#include "standards/standard.h"
#include "text/word_count.h"

namespace zp::gui {

/// 字数 of one clause as the export shows it: its heading plus its section's content.
/// Equal to text::count_report(...).clauses[id] (table and figure numbers never change a
/// count: 表3 and 表12 are both two).
text::Counts count_clause(const standards::Clause& clause, const model::Section* section);

class Document {
 public:
  /// A new report.
  Document(model::Report report, const standards::Standard& standard);
  /// Read a file through the reader table (.zpr, .docx …). A file that is not a .zpr is not
  /// kept as the document's path: it must be saved as a .zpr. Throws zp::Error.
  static Document open(const std::filesystem::path& path, io::ReadResult* details = nullptr);
  /// A report read from another format (a Word draft): not saved as a report yet.
  static Document imported(model::Report report);

  model::Report& report() { return report_; }
  const model::Report& report() const { return report_; }
  const standards::Standard& standard() const { return *standard_; }
  const std::filesystem::path& path() const { return path_; }
  void set_path(std::filesystem::path p) { path_ = std::move(p); }

  bool modified() const { return modified_; }
  /// Record a change to clause_id's section (recounts that clause) or, with an empty id,
  /// to the report as a whole (recounts everything).
  void changed(const std::string& clause_id);
  /// Changes since opening (for the autosave and the checks).
  long revision() const { return revision_; }

  /// Save as .zpr atomically (keeping FILE.bak); sets the path, clears the modified flag.
  void save(const std::filesystem::path& path);

  const text::Counts& total() const { return total_; }
  text::Counts clause_counts(const std::string& clause_id) const;
  /// 字数 per clause when the report was opened or last saved (the checks name the clauses
  /// that grew most since).
  const std::map<std::string, long>& saved_counts() const { return saved_counts_; }
  /// The report's limit in 字, 0 when the standard states none.
  long limit() const { return limit_; }

 private:
  void recount_all();
  void remember_saved_counts();
  std::map<std::string, long> saved_counts_;
  model::Report report_;
  const standards::Standard* standard_;
  std::filesystem::path path_;
  bool modified_ = false;
  long revision_ = 0;
  std::map<std::string, text::Counts> clause_counts_;
  text::Counts total_;
  long limit_ = 0;
};

}  // namespace zp::gui
