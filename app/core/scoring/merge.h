#pragma once
/// Merging reviews made on copies of the same report: each reviewer scores their own copy,
/// then the copies' reviews are combined into one file. A three-way merge against BASE: what
/// a copy changed (a score, a remark, an agreed value, a reviewer's role) is taken; what no
/// copy changed stays as in BASE; two copies changing the same thing differently is a
/// conflict and is refused. The report text must be the same in every copy unless the
/// caller chooses to keep BASE's text.
#include <string>
#include <vector>

#include "model/report.h"
#include "util/error.h"

namespace zp::scoring {

struct ReviewedCopy {
  std::string name;  ///< file name, for messages
  model::Report report;
};

struct MergeOptions {
  /// Take only the reviews from copies whose text differs from BASE, keeping BASE's text.
  bool keep_base_text = false;
};

struct MergeResult {
  model::Report report;
  /// Non-fatal notes: text differences ignored (with --keep-base-text), remarks whose text
  /// ranges may no longer fit BASE's text.
  Diagnostics warnings;
  int scores_taken = 0;  ///< scores added or changed relative to BASE
};

/// Where two reports' texts (organisation, title, sections, images) first differ, as a short
/// description ("clause 2.1", "the title"), or empty when they are the same.
std::string first_text_difference(const model::Report& a, const model::Report& b);

/// Merge the copies' reviews into BASE. Throws zp::Error (Invalid) naming the copy when its
/// standard differs, when its text differs and !keep_base_text, or on a conflict (two copies
/// giving the same reviewer different scores for one unit, or different agreed values).
MergeResult merge_reviews(const model::Report& base, const std::string& base_name,
                          const std::vector<ReviewedCopy>& copies, const MergeOptions& options = {});

}  // namespace zp::scoring
