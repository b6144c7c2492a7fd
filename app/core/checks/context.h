#pragma once
/// What every check reads: the report, its standard, the options and thresholds, and what
/// is computed once per run for all checks (the 字数 per clause, the text of each section).
#include <map>
#include <string>

#include "checks/clause_text.h"
#include "checks/config.h"
#include "checks/engine.h"
#include "model/report.h"
#include "standards/standard.h"
#include "text/report_count.h"

namespace zp::text {
class Spelling;
}

namespace zp::checks {

class CheckContext {
 public:
  /// spelling may be nullptr (spell.unknown then reports nothing).
  CheckContext(const model::Report& report, const standards::Standard& standard, const CheckOptions& options,
               const CheckConfig& config, const text::Spelling* spelling);

  const model::Report& report;
  const standards::Standard& standard;
  const CheckOptions& options;
  const CheckConfig& config;
  const text::Spelling* spelling;

  /// The report's 字数 as the export shows it (text::count_report).
  const text::ReportCounts& counts() const { return counts_; }
  /// 字数 of a clause's own content, without its heading.
  long content_words(const std::string& clause_id) const;
  /// 字数 of a clause with all its descendants, headings included (what a clause-scoped limit
  /// such as Beijing's 3,000 字 for the overview 0 = 0.1 + 0.2 measures).
  long subtree_words(const std::string& clause_id) const;
  /// The text of a clause's section, or nullptr when the report has no section for it.
  const SectionText* text(const std::string& clause_id) const;
  /// Whether the report has a section with content for the clause.
  bool written(const std::string& clause_id) const;

 private:
  text::ReportCounts counts_;
  std::map<std::string, long> heading_words_;
  std::map<std::string, SectionText> texts_;
};

}  // namespace zp::checks
