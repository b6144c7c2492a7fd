// The sample reports under templates/samples/: complete, valid, within their length windows,
// with results that an examiner can score (indicators, trends, comparisons) and reviews.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "checks/engine.h"
#include "model/report_file.h"
#include "model/report_text.h"
#include "standards/library.h"
#include "text/report_count.h"

namespace zp::model {
namespace {

namespace fs = std::filesystem;
using standards::ClauseKind;

struct Sample {
  const char* file;
  const char* standard;
};
const Sample kSamples[] = {{"shenzhen-economic-sample.zpr", "shenzhen-2019-economic"},
                           {"beijing-service-sample.zpr", "beijing-2020"}};

fs::path sample_path(const Sample& s) { return fs::path(ZP_SOURCE_DIR) / "templates" / "samples" / s.file; }

/// All the text of a section as the export shows it.
std::string section_text(const Section& s) {
  std::vector<TextPiece> pieces;
  Numbering n;
  section_pieces(s, n, pieces);
  std::string out;
  for (const auto& p : pieces) out += p.text + "\n";
  return out;
}

bool contains(const std::string& text, const std::string& word) { return text.find(word) != std::string::npos; }

/// Longest run of consecutive years holding numbers.
int consecutive_years(const std::map<int, Value>& values) {
  int best = 0, run = 0, last = -100;
  for (const auto& [year, v] : values) {
    if (!v.number) {
      run = 0;
      continue;
    }
    run = year == last + 1 ? run + 1 : 1;
    last = year;
    best = std::max(best, run);
  }
  return best;
}

class SampleTest : public ::testing::TestWithParam<Sample> {};

TEST_P(SampleTest, LoadsAndMatchesItsStandard) {
  Report r = load_report(sample_path(GetParam()));  // validates report.xml against report.rng
  EXPECT_EQ(r.standard_id, GetParam().standard);
  EXPECT_FALSE(r.organisation.empty());
  for (const Section& s : r.sections) EXPECT_TRUE(s.prompt.empty()) << "a sample has no template prompts";
}

TEST_P(SampleTest, LengthIsWithin85To95PercentOfTheLimit) {
  Report r = load_report(sample_path(GetParam()));
  const auto& st = standards::Library::instance().get(r.standard_id);
  text::ReportCounts c = text::count_report(r, st);
  ASSERT_TRUE(c.limit);
  EXPECT_GE(c.total.words, *c.limit * 85 / 100);
  EXPECT_LE(c.total.words, *c.limit * 95 / 100);
  if (auto overview = st.clause_limit("0")) {
    long words = 0;
    for (const auto& [id, counts] : c.clauses)
      if (id == "0" || id.rfind("0.", 0) == 0) words += counts.words;
    EXPECT_LT(words, *overview) << "the overview (0.1 + 0.2) must stay under its limit";
  }
}

TEST_P(SampleTest, EveryWritableClauseIsWrittenWithItsGuidancePoints) {
  Report r = load_report(sample_path(GetParam()));
  const auto& st = standards::Library::instance().get(r.standard_id);
  for (const auto* c : st.writable_clauses()) {
    SCOPED_TRACE(c->id);
    const Section* s = r.section(c->id);
    ASSERT_NE(s, nullptr);
    ASSERT_FALSE(s->empty());
    std::string text = section_text(*s);
    EXPECT_GT(text.size(), 1500u) << "clause " << c->id << " is too short to be a model";
    for (const auto& p : c->points_list) {
      bool addressed = p.terms.empty();
      for (const auto& t : p.terms) addressed = addressed || contains(text, t);
      EXPECT_TRUE(addressed) << "guidance point " << p.display_name() << " of " << c->id << " is not addressed";
    }
    if (c->kind == ClauseKind::Process) {
      // A-D-L-I: learning means evaluation and improvement; integration means links to other clauses.
      EXPECT_TRUE(contains(text, "评价") || contains(text, "对标")) << c->id;
      EXPECT_TRUE(contains(text, "改进")) << c->id;
      EXPECT_TRUE(contains(text, "整合") || contains(text, "（见")) << c->id;
    }
  }
}

TEST_P(SampleTest, ResultsHaveIndicatorsTrendsAndComparisons) {
  Report r = load_report(sample_path(GetParam()));
  const auto& st = standards::Library::instance().get(r.standard_id);
  for (const auto* c : st.writable_clauses()) {
    if (c->kind != ClauseKind::Results) continue;
    SCOPED_TRACE(c->id);
    int good = 0;
    for (const Block& b : r.section(c->id)->blocks) {
      const auto* t = std::get_if<IndicatorTable>(&b);
      if (!t) continue;
      EXPECT_GE(t->years.size(), 3u);
      EXPECT_LE(t->years.size(), 5u);
      for (const Indicator& ind : t->indicators) {
        SCOPED_TRACE(ind.name);
        EXPECT_NE(ind.direction, Direction::Unknown);
        EXPECT_GE(consecutive_years(ind.values), 3);
        bool compared = false;
        for (const auto& cmp : ind.comparisons) compared = compared || consecutive_years(cmp.by_year) >= 3;
        EXPECT_TRUE(compared) << "no comparison with three years of values";
        if (ind.direction != Direction::Unknown && consecutive_years(ind.values) >= 3 && compared) ++good;
      }
    }
    EXPECT_GE(good, 3) << "a results clause needs at least three indicators with trends and comparisons";
  }
}

TEST_P(SampleTest, HasSystemDiagrams) {
  Report r = load_report(sample_path(GetParam()));
  int figures = 0;
  for (const Section& s : r.sections)
    for (const Block& b : s.blocks)
      if (const auto* f = std::get_if<Figure>(&b)) {
        ++figures;
        ASSERT_TRUE(r.media.count(f->media_id)) << f->media_id;
        EXPECT_EQ(r.media.at(f->media_id).data.substr(1, 3), "PNG");
        EXPECT_FALSE(f->caption.empty());
      }
  EXPECT_GE(figures, 3);
}

TEST_P(SampleTest, TwoReviewersScoreEveryUnitWithStrengthsAndOpportunities) {
  Report r = load_report(sample_path(GetParam()));
  const auto& st = standards::Library::instance().get(r.standard_id);
  ASSERT_EQ(r.reviews.reviewers.size(), 2u);
  std::set<std::string> names;
  for (const auto& rv : r.reviews.reviewers) names.insert(rv.name);
  for (const auto* unit : st.scoring_units()) {
    SCOPED_TRACE(unit->id);
    int scored = 0;
    for (const UnitScore& s : r.reviews.scores) {
      if (s.clause != unit->id) continue;
      ++scored;
      EXPECT_TRUE(names.count(s.reviewer));
      const auto* guide = st.guide_for(*unit);
      ASSERT_NE(guide, nullptr);
      EXPECT_TRUE(guide->accepts(s.percent)) << s.percent;
      EXPECT_EQ(s.factor_notes.size(), guide->factors.size());
      EXPECT_FALSE(s.strengths.empty());
      EXPECT_FALSE(s.opportunities.empty());
    }
    EXPECT_EQ(scored, 2);
  }
}

TEST_P(SampleTest, CheckEngineReportsNoError) {
  Report r = load_report(sample_path(GetParam()));
  const auto& st = standards::Library::instance().get(r.standard_id);
  for (const checks::Finding& f : checks::run_checks(r, st))
    EXPECT_NE(f.severity, checks::Severity::Error) << f.code << " in " << f.clause << ": " << f.message;
}

INSTANTIATE_TEST_SUITE_P(Samples, SampleTest, ::testing::ValuesIn(kSamples),
                         [](const auto& info) {
                           std::string n = info.param.standard;
                           for (char& ch : n)
                             if (ch == '-') ch = '_';
                           return n;
                         });

}  // namespace
}  // namespace zp::model
