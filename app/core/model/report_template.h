#pragma once
/// Report templates: per standard, a writing prompt for every clause the applicant writes,
/// suggested indicator tables for results clauses and the organisation fields. The built-in
/// templates (templates/<standard-id>.xml, validated against templates/template.rng) are
/// embedded in the binary. A template holds only what is editorial; the guidance point names
/// and terms come from the standard when the template is applied.
///
/// Suggested indicator tables leave the years blank: IndicatorTable::years is empty and no
/// indicator has values; every indicator carries the template's comparison series (行业平均,
/// 标杆, 竞争对手) without values, so the comparison rows are there to be filled in.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::model {

struct TemplateIndicator {
  std::string name;
  std::string unit;
  Direction direction = Direction::Unknown;
  bool editorial = false;  ///< not one of the standard's example indicators
};

struct TemplateIndicatorTable {
  std::string caption;
  std::vector<TemplateIndicator> indicators;
};

struct TemplateClause {
  std::string clause_id;
  std::string prompt;  ///< the editorial instruction, without the guidance points
  std::vector<TemplateIndicatorTable> tables;
  long line = 0;
};

struct TemplateComparison {
  ComparisonKind kind = ComparisonKind::Benchmark;
  std::string label;
};

struct ReportTemplate {
  std::string name;         ///< the file's base name, e.g. "shenzhen-2019-economic"
  std::string display_name; ///< <name>
  std::string standard_id;
  std::string description;
  std::string title;        ///< default report title
  std::string organisation_clause;
  std::string organisation_caption;
  std::vector<std::string> organisation_fields;
  std::vector<TemplateComparison> comparisons;
  std::vector<TemplateClause> clauses;
  std::string origin;       ///< "built-in:…" or a path

  const TemplateClause* clause(const std::string& id) const;
};

/// Parse and validate a template (schema only); throws zp::Error "name:line: problem".
ReportTemplate parse_template(std::string_view xml, const std::string& name);

/// Check a template against its standard: known, writable clauses (each at most once), the
/// organisation clause writable, example indicators that the clause really lists, editorial
/// indicators only where the clause lists none. Throws zp::Error naming the template's line.
void check_template(const ReportTemplate& t, const standards::Standard& st);

/// Load and check one template file; throws zp::Error naming the file.
ReportTemplate load_template_file(const std::filesystem::path& path, const standards::Standard& st);

/// The built-in template of a standard (checked), or throws zp::Error (NotFound).
ReportTemplate builtin_template(const standards::Standard& st);

/// Template names valid for a standard: "default" and the built-in template's name.
std::vector<std::string> template_names(const standards::Standard& st);

/// Resolve a template by name for a standard: "default" or a built-in template's name, or a
/// path to a template file. Unknown names throw zp::Error (NotFound) listing the valid ones.
ReportTemplate find_template(const standards::Standard& st, const std::string& name);

/// The prompt a section gets: the template's instruction followed by the clause's guidance
/// points (name and key terms) from the standard.
std::string section_prompt(const standards::Clause& c, const TemplateClause* tc);

/// A new report from a template: new_report() plus prompts on every section, the organisation
/// fields table and the suggested indicator tables (years blank, comparison series present).
Report new_report_from_template(const standards::Standard& st, const ReportTemplate& t,
                                const std::string& organisation, const std::string& title = {});

}  // namespace zp::model
