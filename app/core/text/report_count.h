#pragma once
/// 字数 of a report: what its exported body shows (clause headings, text, table cells,
/// captions), per clause and in total. The cover and contents pages are not counted.
#include <map>
#include <optional>
#include <string>

#include "model/report.h"
#include "standards/standard.h"
#include "text/word_count.h"

namespace zp::text {

struct ReportCounts {
  Counts total;
  /// Per clause shown in the export (heading + its own content); they add up to total.
  std::map<std::string, Counts> clauses;
  std::optional<long> limit;  ///< the standard's report limit in 字

  /// A clause with everything under it (Beijing's clause 0 = 0 + 0.1 + 0.2).
  Counts subtree(const std::string& clause_id) const;
};

ReportCounts count_report(const model::Report& report, const standards::Standard& standard);

/// The content of one section (without its heading).
Counts count_section(const model::Section& section);

}  // namespace zp::text
