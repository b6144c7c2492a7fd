#include "scoring/totals.h"

#include <algorithm>
#include <cmath>

namespace zp::scoring {

using standards::AwardLevel;
using standards::Clause;
using standards::Standard;

const UnitRow* ScoreSummary::unit(const std::string& clause_id) const {
  for (const UnitRow& r : units)
    if (r.id == clause_id) return &r;
  return nullptr;
}

const AwardLevel* level_reached(const Standard& st, double percent) {
  const AwardLevel* best = nullptr;
  for (const AwardLevel& l : st.levels)
    if (!l.hearing && l.reached_by(percent) && (!best || l.min_percent > best->min_percent)) best = &l;
  return best;
}

const AwardLevel* hearing_line(const Standard& st) {
  for (const AwardLevel& l : st.levels)
    if (l.hearing) return &l;
  return nullptr;
}

double tidy(double value) {
  double r = std::round(value * 10000) / 10000;
  return r == 0 ? 0 : r;  // no "-0"
}

namespace {

const Clause& top_of(const Standard& st, const Clause& c) {
  const Clause* p = &c;
  while (!p->parent.empty()) {
    const Clause* up = st.clause(p->parent);
    if (!up) break;
    p = up;
  }
  return *p;
}

}  // namespace

ScoreSummary summarize(const model::Report& report, const Standard& st) {
  ScoreSummary s;
  s.standard_id = st.id;
  s.standard_name = st.name;
  s.total_points = st.total_points;
  s.reviewers = report.reviews.reviewers;
  for (const model::UnitScore& sc : report.reviews.scores) {
    bool known = std::any_of(s.reviewers.begin(), s.reviewers.end(),
                             [&](const model::Reviewer& r) { return r.name == sc.reviewer; });
    if (!known) s.reviewers.push_back(model::Reviewer{sc.reviewer, model::ReviewerRole::InternalReviewer});
  }
  for (const Clause* c : st.scoring_units()) {
    UnitRow row;
    row.clause = c;
    row.id = c->id;
    row.title = c->title;
    const Clause& top = top_of(st, *c);
    row.category = top.id;
    row.points = c->points.value_or(0);
    row.consensus = consensus_for(report.reviews, c->id);
    row.scale = scale_for(st, *c);
    if (row.consensus.percent) {
      row.score = row.points * *row.consensus.percent / 100;
      row.bands = row.scale.bands_for(*row.consensus.percent);
      ++s.scored_units;
    } else {
      row.bands.assign(row.scale.guides.size(), nullptr);
    }
    if (row.consensus.spread) ++s.spread_units;
    if (row.consensus.agreed) ++s.agreed_units;
    s.score += row.score;

    auto cat = std::find_if(s.categories.begin(), s.categories.end(),
                            [&](const CategoryTotal& t) { return t.id == top.id; });
    if (cat == s.categories.end()) {
      s.categories.push_back(CategoryTotal{top.id, top.title});
      cat = std::prev(s.categories.end());
    }
    cat->points += row.points;
    cat->score += row.score;
    ++cat->units;
    if (row.consensus.percent) ++cat->scored_units;
    s.units.push_back(std::move(row));
  }
  s.percent = s.total_points > 0 ? s.score * 100 / s.total_points : 0;
  // Compare thresholds on the tidied percentage so 300/500 is exactly 60.
  double pct = tidy(s.percent);
  s.level = level_reached(st, pct);
  s.hearing_line = hearing_line(st);
  if (s.hearing_line) s.hearing = s.hearing_line->reached_by(pct);
  return s;
}

void apply_caps(ScoreSummary& summary, const std::vector<CapAdvice>& advice) {
  for (UnitRow& row : summary.units) {
    row.caps.clear();
    for (const CapAdvice& a : advice)
      if (a.clause == row.id) row.caps.push_back(a);
    row.cap = lowest_cap(advice, row.id);
    row.above_cap = row.cap && row.consensus.percent && *row.consensus.percent > *row.cap + 1e-9;
  }
}

}  // namespace zp::scoring
