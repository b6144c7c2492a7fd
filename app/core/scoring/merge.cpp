#include "scoring/merge.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

#include "util/format.h"
#include "util/i18n.h"

namespace zp::scoring {

using model::Report;
using model::Reviewer;
using model::ReviewerRole;
using model::UnitScore;

namespace {

using ScoreKey = std::pair<std::string, std::string>;  // clause, reviewer

const model::Section* find_section(const Report& r, const std::string& id) { return r.section(id); }

/// Clause ids whose blocks differ between a and b.
std::vector<std::string> differing_sections(const Report& a, const Report& b) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  auto consider = [&](const std::string& id) {
    if (!seen.insert(id).second) return;
    const model::Section* x = find_section(a, id);
    const model::Section* y = find_section(b, id);
    bool x_empty = !x || x->blocks.empty(), y_empty = !y || y->blocks.empty();
    if (x_empty && y_empty) return;
    if (x_empty != y_empty || x->blocks != y->blocks) out.push_back(id);
  };
  for (const model::Section& s : a.sections) consider(s.clause_id);
  for (const model::Section& s : b.sections) consider(s.clause_id);
  return out;
}

/// Three-way choice: what the copies changed relative to base. Throws on a conflict.
template <typename T, typename Describe>
std::optional<T> choose(const std::optional<T>& base, const std::vector<std::pair<const std::string*, std::optional<T>>>& copies,
                        Describe describe) {
  const std::string* changed_by = nullptr;
  std::optional<T> changed;
  for (const auto& [name, value] : copies) {
    if (value == base) continue;
    if (!changed_by) {
      changed_by = name;
      changed = value;
    } else if (value != changed) {
      throw Error(ErrorCode::Invalid, *name,
                  format(ZP_("{0} differs from {1}: both copies changed it since the base; settle it in one copy "
                             "and merge again"),
                         describe(), *changed_by));
    }
  }
  return changed_by ? changed : base;
}

std::map<ScoreKey, UnitScore> scores_by_key(const Report& r) {
  std::map<ScoreKey, UnitScore> out;
  for (const UnitScore& s : r.reviews.scores) out[{s.clause, s.reviewer}] = s;  // a later entry wins
  return out;
}

}  // namespace

std::string first_text_difference(const Report& a, const Report& b) {
  if (a.organisation != b.organisation) return ZP_("the organisation's name");
  if (a.title != b.title) return ZP_("the title");
  std::vector<std::string> sections = differing_sections(a, b);
  if (!sections.empty()) return format(ZP_("clause {0}"), sections.front());
  for (const auto& [id, m] : a.media) {
    auto it = b.media.find(id);
    if (it == b.media.end() || it->second != m) return format(ZP_("image {0}"), id);
  }
  for (const auto& [id, m] : b.media)
    if (!a.media.count(id)) return format(ZP_("image {0}"), id);
  return {};
}

MergeResult merge_reviews(const Report& base, const std::string& base_name, const std::vector<ReviewedCopy>& copies,
                          const MergeOptions& options) {
  MergeResult result;
  result.report = base;
  Report& out = result.report;
  std::map<std::string, std::set<std::string>> changed_text;  // copy name → clauses whose text differs

  for (const ReviewedCopy& c : copies) {
    if (c.report.standard_id != base.standard_id)
      throw Error(ErrorCode::Invalid, c.name,
                  format(ZP_("is written for {0}, but {1} for {2}; merge copies of the same report only"),
                         c.report.standard_id, base_name, base.standard_id));
    std::string diff = first_text_difference(base, c.report);
    if (diff.empty()) continue;
    if (!options.keep_base_text)
      throw Error(ErrorCode::Invalid, c.name,
                  format(ZP_("its text differs from {0} ({1}), so it is not a copy with only reviews added; merging "
                             "would lose those edits. Merge the text first, or use --keep-base-text to keep {0}'s "
                             "text and take only the reviews"),
                         base_name, diff));
    result.warnings.push_back(
        Diagnostic{c.name, 0, format(ZP_("its text differs from {0} ({1}); kept {0}'s text, took only the reviews"), base_name, diff)});
    for (const std::string& id : differing_sections(base, c.report)) changed_text[c.name].insert(id);
  }

  // Scores, three-way by (clause, reviewer).
  std::map<ScoreKey, UnitScore> base_scores = scores_by_key(base);
  std::vector<std::map<ScoreKey, UnitScore>> copy_scores;
  std::vector<ScoreKey> order;
  std::set<ScoreKey> seen;
  for (const UnitScore& s : base.reviews.scores)
    if (seen.insert({s.clause, s.reviewer}).second) order.push_back({s.clause, s.reviewer});
  for (const ReviewedCopy& c : copies) {
    copy_scores.push_back(scores_by_key(c.report));
    for (const UnitScore& s : c.report.reviews.scores)
      if (seen.insert({s.clause, s.reviewer}).second) order.push_back({s.clause, s.reviewer});
  }
  out.reviews.scores.clear();
  for (const ScoreKey& key : order) {
    std::optional<UnitScore> b;
    if (auto it = base_scores.find(key); it != base_scores.end()) b = it->second;
    std::vector<std::pair<const std::string*, std::optional<UnitScore>>> values;
    for (size_t i = 0; i < copies.size(); ++i) {
      auto it = copy_scores[i].find(key);
      values.push_back({&copies[i].name, it == copy_scores[i].end() ? std::nullopt : std::optional<UnitScore>(it->second)});
    }
    std::optional<UnitScore> chosen = choose(b, values, [&] {
      return format(ZP_("{0}'s score of clause {1}"), key.second, key.first);
    });
    if (chosen != b) ++result.scores_taken;
    if (!chosen) continue;
    if (chosen != b) {
      for (const auto& [name, v] : values) {
        if (v != chosen || !changed_text.count(*name)) continue;
        bool ranged = false;
        for (const auto* list : {&chosen->strengths, &chosen->opportunities})
          for (const model::Remark& m : *list)
            if (m.block >= 0 && changed_text[*name].count(m.clause.empty() ? chosen->clause : m.clause)) ranged = true;
        if (ranged)
          result.warnings.push_back(Diagnostic{
              *name, 0,
              format(ZP_("{0}'s remarks on clause {1} point into text that differs from {2}; check their text ranges"),
                     key.second, key.first, base_name)});
        break;
      }
    }
    out.reviews.scores.push_back(std::move(*chosen));
  }

  // Agreed values, three-way by clause.
  std::set<std::string> agreed_keys;
  for (const auto& [k, v] : base.reviews.agreed) agreed_keys.insert(k);
  for (const ReviewedCopy& c : copies)
    for (const auto& [k, v] : c.report.reviews.agreed) agreed_keys.insert(k);
  out.reviews.agreed.clear();
  for (const std::string& clause : agreed_keys) {
    auto get = [&](const Report& r) -> std::optional<double> {
      auto it = r.reviews.agreed.find(clause);
      return it == r.reviews.agreed.end() ? std::nullopt : std::optional<double>(it->second);
    };
    std::vector<std::pair<const std::string*, std::optional<double>>> values;
    for (const ReviewedCopy& c : copies) values.push_back({&c.name, get(c.report)});
    std::optional<double> chosen =
        choose(get(base), values, [&] { return format(ZP_("the agreed percentage of clause {0}"), clause); });
    if (chosen) out.reviews.agreed[clause] = *chosen;
  }

  // Reviewers: never dropped; a role changed in one copy is taken.
  std::vector<Reviewer> reviewers = base.reviews.reviewers;
  for (const ReviewedCopy& c : copies)
    for (const Reviewer& r : c.report.reviews.reviewers)
      if (std::none_of(reviewers.begin(), reviewers.end(), [&](const Reviewer& x) { return x.name == r.name; }))
        reviewers.push_back(r);
  for (Reviewer& r : reviewers) {
    auto role_in = [&](const Report& rep) -> std::optional<ReviewerRole> {
      for (const Reviewer& x : rep.reviews.reviewers)
        if (x.name == r.name) return x.role;
      return std::nullopt;
    };
    std::optional<ReviewerRole> base_role = role_in(base);
    std::vector<std::pair<const std::string*, std::optional<ReviewerRole>>> values;
    for (const ReviewedCopy& c : copies)
      if (auto role = role_in(c.report)) values.push_back({&c.name, role});  // absent: no opinion
    if (!base_role && !values.empty()) {
      // A reviewer new to every copy: the copies must agree on the role.
      for (const auto& [name, role] : values)
        if (role != values.front().second)
          throw Error(ErrorCode::Invalid, *name,
                      format(ZP_("gives {0} the role {1}, {2} gives {3}; settle it in one copy and merge again"), r.name,
                             model::to_string(*role), *values.front().first, model::to_string(*values.front().second)));
      base_role = values.front().second;
    }
    if (auto chosen = choose(base_role, values, [&] { return format(ZP_("the role of {0}"), r.name); })) r.role = *chosen;
  }
  out.reviews.reviewers = std::move(reviewers);

  // The spelling dictionary: words any copy added.
  for (const ReviewedCopy& c : copies)
    for (const std::string& w : c.report.dictionary)
      if (std::find(out.dictionary.begin(), out.dictionary.end(), w) == out.dictionary.end()) out.dictionary.push_back(w);
  return result;
}

}  // namespace zp::scoring
