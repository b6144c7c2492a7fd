#pragma once
/// Importing a Word draft (.docx) into a report: headings are mapped onto the standard's
/// clauses (by style and by clause numbers in plain paragraphs), the text between them
/// becomes the clauses' blocks (paragraphs with bold and italic, lists with their labels,
/// tables, indicator tables, figures with captions), and Word's own 字数 is counted per
/// clause. The standard is given or detected from the headings.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "io/docx/docx_word_count.h"
#include "io/readers.h"
#include "standards/standard.h"

namespace zp::io::docx {

/// Which standard the draft was mapped onto and how sure the choice is.
struct StandardChoice {
  std::string id;
  bool detected = false;   ///< false when given with --standard
  int headings = 0;        ///< heading candidates in the draft
  int matched = 0;         ///< of those, mapped onto a clause of the chosen standard
  double score = 0;
  std::string runner_up;   ///< the next best standard, "" when none scored
  double runner_up_score = 0;
  std::string certainty;   ///< "high", "medium" or "low"
};

/// What one clause received.
struct ClauseSummary {
  std::vector<std::string> headings;  ///< the draft's headings mapped here
  text::Counts counts;                ///< Word's count of the headings and blocks
  int paragraphs = 0, lists = 0, tables = 0, indicator_tables = 0, figures = 0;
};

/// An indicator table found, for the mapping report.
struct IndicatorTableSummary {
  std::string clause_id;
  std::string caption;
  int indicators = 0;
  std::vector<int> years;
  int higher = 0, lower = 0, unknown = 0;
};

/// Pictures found in a table's cells: taken out and placed right after the table as figures.
struct MovedPictures {
  std::string clause_id;
  std::string table;      ///< how the report names the table: “caption” or beginning “…”
  int pictures = 0;
  bool table_dropped = false;  ///< the table held only pictures and became the figures
  size_t note = 0;             ///< the index of the note saying so in result.notes
};

/// A heading of the draft that maps onto no clause (kept as a bold paragraph).
struct UnmappedHeading {
  std::string text;
  std::string kept_under;  ///< the clause it was kept under, "" when none
  size_t warning = 0;      ///< the index of the warning saying so in result.warnings
};

/// A clause matched by more than one heading (their text is kept together under it).
struct MatchedTwice {
  std::string clause_id;
  std::vector<std::string> headings;
  size_t warning = 0;  ///< the index of the warning saying so in result.warnings
};

struct DocxImport {
  ReadResult result;
  StandardChoice standard;
  DocxCounts counts;                              ///< Word's statistics of the whole document
  std::map<std::string, ClauseSummary> clauses;   ///< by clause id
  text::Counts unassigned;                        ///< counted by Word, kept under no clause
  std::vector<IndicatorTableSummary> indicator_tables;
  std::vector<MovedPictures> moved_pictures;
  std::vector<UnmappedHeading> unmapped_headings;
  std::vector<MatchedTwice> matched_twice;
  /// result.notes begins with this many lines of the mapping report (see mapping_report);
  /// the importer's other notes follow.
  size_t mapping_lines = 0;
};

/// Import a .docx; throws zp::Error (naming the file) when it cannot be read at all.
DocxImport import_docx_detailed(const std::filesystem::path& path, const ReadOptions& options);
/// The same from bytes in memory (tests, fuzzing); name is used in messages.
DocxImport import_docx_bytes(std::string bytes, const std::string& name, const ReadOptions& options);
/// The reader entry: the report, the warnings and the mapping report as notes.
ReadResult import_docx(const std::filesystem::path& path, const ReadOptions& options);

/// Score the built-in standards against a draft's headings and pick the best.
StandardChoice detect_standard(const Document& doc);

/// The readable mapping report (the notes of the ReadResult).
std::vector<std::string> mapping_report(const DocxImport& imp, const standards::Standard& st);

/// What `zhuoping import` prints and the editor's mapping report copies: the notes (the
/// mapping report first), then the warnings under their count; lines end in '\n'.
std::string mapping_report_text(const DocxImport& imp);

}  // namespace zp::io::docx
