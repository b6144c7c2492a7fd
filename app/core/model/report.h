#pragma once
/// The report: the hub of Zhuoping. Readers (.zpr, .docx) produce it, writers (.zpr, PDF)
/// consume it, checks and scoring read it. A section per clause the applicant writes,
/// each holding blocks in document order.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace zp::model {

/// A piece of a paragraph with one formatting.
struct Run {
  std::string text;
  bool bold = false;
  bool italic = false;
  friend bool operator==(const Run&, const Run&) = default;
};

/// A paragraph of body text.
struct Paragraph {
  std::vector<Run> runs;
  /// The paragraph's text without formatting.
  std::string text() const;
  bool empty() const;
  friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

/// One entry of a bulleted or numbered list.
struct ListItem {
  Paragraph content;
  int level = 0;      ///< nesting depth, 0 = top
  std::string label;  ///< the label as shown ("1.", "（一）", "•"); empty = computed
  friend bool operator==(const ListItem&, const ListItem&) = default;
};

struct List {
  bool ordered = false;
  std::vector<ListItem> items;
  friend bool operator==(const List&, const List&) = default;
};

/// A plain table: rows of cells, the first header_rows rows are headers.
struct Table {
  std::string caption;
  int header_rows = 1;
  std::vector<std::vector<std::string>> rows;
  friend bool operator==(const Table&, const Table&) = default;
};

/// Whether a larger value of an indicator is better.
enum class Direction { Unknown, HigherIsBetter, LowerIsBetter };

/// A value as written ("12.5%", "1,234.5", "—") and its number when it has one.
struct Value {
  std::string text;
  std::optional<double> number;
  /// Parse a cell text: keeps the text, extracts the number (percent signs, thousands
  /// separators and full-width digits allowed; "—", "/", "" give no number).
  static Value parse(const std::string& text);
  friend bool operator==(const Value&, const Value&) = default;
};

/// The kinds of comparison an examiner looks for. A target is not a comparison.
enum class ComparisonKind { Benchmark, Competitor, IndustryAverage };

struct ComparisonSeries {
  ComparisonKind kind = ComparisonKind::Benchmark;
  std::string label;                 ///< as the report names it: 行业标杆, 竞争对手A …
  std::map<int, Value> by_year;      ///< values per year, or
  std::optional<Value> single;       ///< one value for the series
  friend bool operator==(const ComparisonSeries&, const ComparisonSeries&) = default;
};

/// A measured result.
struct Indicator {
  std::string name;
  std::string unit;
  Direction direction = Direction::Unknown;
  std::map<int, Value> values;       ///< the organisation's values by year
  std::optional<Value> target;
  std::vector<ComparisonSeries> comparisons;
  std::string note;                  ///< explanation (说明, 原因分析)
  friend bool operator==(const Indicator&, const Indicator&) = default;
};

/// A table of indicators: years as columns, comparisons beside them.
struct IndicatorTable {
  std::string caption;
  std::vector<int> years;            ///< the year columns, ascending
  std::vector<Indicator> indicators;
  friend bool operator==(const IndicatorTable&, const IndicatorTable&) = default;
};

/// An image with its caption; the bytes live in Report::media under media_id.
struct Figure {
  std::string media_id;
  std::string caption;
  friend bool operator==(const Figure&, const Figure&) = default;
};

using Block = std::variant<Paragraph, List, Table, IndicatorTable, Figure>;

/// What the report holds under one clause of the standard.
struct Section {
  std::string clause_id;
  std::vector<Block> blocks;
  /// Writing prompt from a template: shown as placeholder text in the editor, never
  /// counted, never exported.
  std::string prompt;
  bool empty() const;
  friend bool operator==(const Section&, const Section&) = default;
};

/// An embedded image.
struct Media {
  std::string id;    ///< file name inside the report, e.g. "fig1.png"
  std::string mime;  ///< image/png or image/jpeg
  std::string data;  ///< the bytes
  friend bool operator==(const Media&, const Media&) = default;
};

/// Who wrote and when.
struct Metadata {
  std::string author;
  std::string created;    ///< ISO 8601
  std::string modified;   ///< ISO 8601
  std::string generator;  ///< application that wrote the file
  std::string language = "zh-CN";
  friend bool operator==(const Metadata&, const Metadata&) = default;
};

// ---- Reviews (internal pre-scoring) ----

enum class ReviewerRole { Writer, InternalReviewer, Consultant, Lead };

struct Reviewer {
  std::string name;
  ReviewerRole role = ReviewerRole::InternalReviewer;
  friend bool operator==(const Reviewer&, const Reviewer&) = default;
};

/// A strength or opportunity for improvement, optionally tied to a text range.
struct Remark {
  std::string text;
  std::string clause;   ///< clause id it refers to (may be empty)
  int block = -1;       ///< block index in that clause's section, -1 = none
  int begin = -1;       ///< character offsets in that block's text, -1 = none
  int end = -1;
  friend bool operator==(const Remark&, const Remark&) = default;
};

/// One reviewer's judgement of one scoring unit.
struct UnitScore {
  std::string clause;
  std::string reviewer;
  double percent = 0;
  std::map<std::string, std::string> factor_notes;  ///< "A", "D", "L", "I", "Le", "T", "C", "P" …
  std::vector<Remark> strengths;
  std::vector<Remark> opportunities;
  friend bool operator==(const UnitScore&, const UnitScore&) = default;
};

struct Reviews {
  std::vector<Reviewer> reviewers;
  std::vector<UnitScore> scores;
  std::map<std::string, double> agreed;  ///< clause → the lead's consensus percent
  bool empty() const { return reviewers.empty() && scores.empty() && agreed.empty(); }
  friend bool operator==(const Reviews&, const Reviews&) = default;
};

/// The report.
struct Report {
  std::string standard_id;
  std::string organisation;
  std::string title;
  Metadata meta;
  std::vector<Section> sections;           ///< in the standard's order
  std::map<std::string, Media> media;      ///< by id
  std::vector<std::string> dictionary;     ///< the report's own spelling dictionary
  Reviews reviews;

  /// The section of a clause, or nullptr.
  Section* section(const std::string& clause_id);
  const Section* section(const std::string& clause_id) const;
  /// The section of a clause, created (at the end) when missing.
  Section& ensure_section(const std::string& clause_id);
  /// Whether a figure of the report shows the image `media_id`. An image that none shows
  /// (its figure deleted, or never placed) stays in memory, for undo, but is not saved.
  bool shows(const std::string& media_id) const;
  friend bool operator==(const Report&, const Report&) = default;
};

const char* to_string(Direction d);
const char* to_string(ComparisonKind k);
const char* to_string(ReviewerRole r);
std::optional<Direction> direction_from_string(const std::string& s);
std::optional<ComparisonKind> comparison_kind_from_string(const std::string& s);
std::optional<ReviewerRole> reviewer_role_from_string(const std::string& s);

}  // namespace zp::model
