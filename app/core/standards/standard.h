#pragma once
/// A quality-award standard: its clause tree with points and guidance, its scoring guides,
/// length limits and award levels. Loaded from XML (see standards/standard.rng).
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace zp::standards {

enum class ClauseKind { Profile, Category, Process, Results, Item, Guidance };

/// The standard's wording of a requirement (说明, 要点, 基本要求, 总体要求 …).
struct Requirement {
  std::string label;
  std::string text;
};

/// A named or numbered guidance point a clause asks the report to address.
struct GuidancePoint {
  std::string label;               ///< the standard's marker: 文化建立, a), 1）
  std::string name;                ///< its name where it has one
  std::string text;
  std::vector<std::string> terms;  ///< key terms showing the point is addressed
  /// The name if any, else the label.
  const std::string& display_name() const { return name.empty() ? label : name; }
};

/// An example indicator the standard lists for a results clause.
struct ExampleIndicator {
  std::string group;
  std::string name;
};

struct BandDescriptor {
  std::string factor;  ///< A, D, L, I, Le, T, C, P … or empty
  std::string text;
};

/// A scoring range with its descriptors, e.g. 50%–65%.
struct Band {
  double min = 0;
  double max = 0;
  std::string label;  ///< as printed: "50%，55%，60%或65%"
  std::string name;   ///< a level name where the guide has one
  std::vector<BandDescriptor> descriptors;
  bool contains(double percent) const { return percent >= min && percent <= max; }
};

enum class GuideKind { Process, Results, Indicator };

/// A scoring guide (过程评分指南, 结果评分指南, an indicator's own scale).
struct Guide {
  std::string id;
  GuideKind kind = GuideKind::Process;
  std::string name;
  std::vector<std::string> factors;
  int step = 5;
  std::string source;
  std::string note;
  std::vector<Band> bands;
  std::vector<std::string> footnotes;
  /// The band a percentage falls in, or nullptr when it lies on no band.
  const Band* band_for(double percent) const;
  /// Whether percent is on this guide's scale (inside a band and on a step).
  bool accepts(double percent) const;
};

struct Clause {
  std::string id;
  ClauseKind kind = ClauseKind::Process;
  std::string title;
  std::optional<double> points;
  bool writable = false;
  std::string guide_id;  ///< standard-level guide, empty when none or local
  std::optional<Guide> local_guide;
  std::vector<std::string> aliases;
  std::vector<Requirement> requirements;
  std::vector<GuidancePoint> points_list;
  std::vector<ExampleIndicator> indicators;
  std::string parent;               ///< parent clause id, empty at the top
  std::vector<std::string> children;
  int depth = 0;                    ///< 0 for top-level clauses
  long source_line = 0;             ///< line in the XML file
};

/// A length limit in 字 for the report or one clause.
struct Limit {
  std::string scope;  ///< "report" or a clause id
  long max = 0;
  bool includes_charts = false;
  std::string source;
  std::string text;
};

struct AwardLevel {
  std::string id;
  std::string name;
  bool hearing = false;    ///< a stage threshold (e.g. 50% for the hearing), not an award
  double min_percent = 0;
  bool exclusive = false;  ///< strictly above min_percent
  std::string text;
  bool reached_by(double percent) const {
    return exclusive ? percent > min_percent : percent >= min_percent;
  }
};

class Standard {
 public:
  std::string id;
  std::string name;
  std::string short_name;
  std::string award;
  std::string class_name;
  int year = 0;
  std::string issuer;
  std::string source_seed;
  std::string source_also;
  std::string source_text;
  double total_points = 0;
  std::string description;
  std::vector<Limit> limits;
  std::vector<AwardLevel> levels;
  std::vector<Guide> guides;
  std::vector<Clause> clauses;  ///< in document (pre-)order
  std::string origin;           ///< the file it came from ("built-in:…" or a path)

  /// Clause by id, or nullptr.
  const Clause* clause(const std::string& id) const;
  /// Guide by id, or nullptr.
  const Guide* guide(const std::string& id) const;
  /// The guide a clause is scored on (its own, or the standard's), or nullptr.
  const Guide* guide_for(const Clause& c) const;
  /// The report limit in 字, if the standard states one.
  std::optional<long> report_limit() const;
  /// A clause-scoped limit, if any.
  std::optional<long> clause_limit(const std::string& clause_id) const;
  /// Clauses the applicant writes, in order.
  std::vector<const Clause*> writable_clauses() const;
  /// Scoring units: scored clauses with no scored descendants.
  std::vector<const Clause*> scoring_units() const;
  /// Top-level clauses.
  std::vector<const Clause*> roots() const;
  /// Position of a clause in document order (for sorting), or -1.
  int order_of(const std::string& clause_id) const;
  /// Rebuild the id index (after editing clauses by hand).
  void reindex();

 private:
  std::map<std::string, size_t> index_;
};

const char* to_string(ClauseKind k);
const char* to_string(GuideKind k);

}  // namespace zp::standards
