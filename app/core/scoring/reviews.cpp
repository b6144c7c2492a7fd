#include "scoring/reviews.h"

#include <algorithm>

#include "scoring/scale.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::scoring {

std::vector<std::string> unit_factors(const standards::Standard& st, const standards::Clause& unit) {
  std::vector<std::string> out;
  for (const standards::Guide* g : scale_for(st, unit).guides)
    for (const std::string& f : g->factors)
      if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(f);
  return out;
}

model::UnitScore& set_score(model::Report& report, const standards::Standard& st, const ScoreEntry& e,
                            const std::string& file) {
  const standards::Clause& unit = scoring_unit(st, e.clause, file);
  validate_percent(st, unit, e.percent, file);
  if (e.reviewer.empty()) throw Error(ErrorCode::Invalid, file, ZP_("the reviewer's name is empty; give the reviewer's name"));
  std::vector<std::string> factors = unit_factors(st, unit);
  for (const auto& [factor, note] : e.factor_notes) {
    if (std::find(factors.begin(), factors.end(), factor) != factors.end()) continue;
    std::string all;
    for (const std::string& f : factors) all += (all.empty() ? "" : ", ") + f;
    throw Error(ErrorCode::Invalid, file,
                format(ZP_("'{0}' is not a factor of the guide of {1}; use one of {2}"), factor, unit.id,
                       all.empty() ? std::string(ZP_("none (this guide names no factors)")) : all));
  }

  auto& rv = report.reviews.reviewers;
  auto who = std::find_if(rv.begin(), rv.end(), [&](const model::Reviewer& x) { return x.name == e.reviewer; });
  if (who == rv.end()) {
    rv.push_back(model::Reviewer{e.reviewer, model::ReviewerRole::InternalReviewer});
    who = std::prev(rv.end());
  }
  if (e.role) who->role = *e.role;

  auto& scores = report.reviews.scores;
  auto s = std::find_if(scores.begin(), scores.end(),
                        [&](const model::UnitScore& x) { return x.clause == e.clause && x.reviewer == e.reviewer; });
  if (s == scores.end()) {
    model::UnitScore fresh;
    fresh.clause = e.clause;
    fresh.reviewer = e.reviewer;
    scores.push_back(fresh);
    s = std::prev(scores.end());
  }
  s->percent = e.percent;
  for (const auto& [factor, note] : e.factor_notes) s->factor_notes[factor] = note;
  auto add = [&](std::vector<model::Remark>& list, const std::vector<std::string>& texts) {
    for (const std::string& t : texts) {
      if (t.empty()) continue;
      if (std::none_of(list.begin(), list.end(), [&](const model::Remark& m) { return m.text == t; }))
        list.push_back(model::Remark{t, e.clause});
    }
  };
  add(s->strengths, e.strengths);
  add(s->opportunities, e.opportunities);
  return *s;
}

void agree(model::Report& report, const standards::Standard& st, const std::string& clause, double percent,
           const std::string& file) {
  validate_percent(st, scoring_unit(st, clause, file), percent, file);
  report.reviews.agreed[clause] = percent;
}

bool withdraw_agreement(model::Report& report, const std::string& clause) { return report.reviews.agreed.erase(clause) > 0; }

bool remove_score(model::Report& report, const std::string& reviewer, const std::string& clause) {
  auto& scores = report.reviews.scores;
  auto before = scores.size();
  scores.erase(std::remove_if(scores.begin(), scores.end(),
                              [&](const model::UnitScore& s) { return s.clause == clause && s.reviewer == reviewer; }),
               scores.end());
  return scores.size() != before;
}

}  // namespace zp::scoring
