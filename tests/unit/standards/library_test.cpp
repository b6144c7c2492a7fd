#include "standards/library.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "util/error.h"

namespace zp::standards {
namespace {

const Standard& get(const std::string& id) { return Library::instance().get(id); }

double sum_children(const Standard& st, const Clause& c) {
  double sum = 0;
  for (const auto& ch : c.children)
    if (const Clause* x = st.clause(ch); x && x->points) sum += *x->points;
  return sum;
}

TEST(StandardsLibrary, AllSixBuiltInStandardsLoad) {
  const Library& lib = Library::instance();
  for (const char* id : {"shenzhen-2019-economic", "shenzhen-2019-social", "wuhan-2022-manufacturing",
                         "wuhan-2022-service", "wuhan-2022-individual", "beijing-2020"}) {
    EXPECT_NE(lib.find(id), nullptr) << id;
  }
  for (const Diagnostic& d : lib.warnings()) ADD_FAILURE() << d.to_string();
}

TEST(StandardsLibrary, TotalsAreThoseOfTheSeeds) {
  EXPECT_EQ(get("shenzhen-2019-economic").total_points, 500);
  EXPECT_EQ(get("shenzhen-2019-social").total_points, 500);
  EXPECT_EQ(get("wuhan-2022-manufacturing").total_points, 1000);
  EXPECT_EQ(get("wuhan-2022-service").total_points, 1000);
  EXPECT_EQ(get("wuhan-2022-individual").total_points, 100);
  EXPECT_EQ(get("beijing-2020").total_points, 1000);
}

TEST(StandardsLibrary, EveryScoredParentEqualsTheSumOfItsChildren) {
  for (const Standard* st : Library::instance().all()) {
    double top = 0;
    for (const Clause* r : st->roots())
      if (r->points) top += *r->points;
    EXPECT_DOUBLE_EQ(top, st->total_points) << st->id;
    for (const Clause& c : st->clauses) {
      double s = sum_children(*st, c);
      if (c.points && s > 0) {
        EXPECT_DOUBLE_EQ(s, *c.points) << st->id << " " << c.id;
      }
    }
  }
}

TEST(StandardsLibrary, ScoringUnitsSumToTheTotal) {
  for (const Standard* st : Library::instance().all()) {
    double sum = 0;
    for (const Clause* c : st->scoring_units()) sum += *c->points;
    EXPECT_DOUBLE_EQ(sum, st->total_points) << st->id;
  }
}

TEST(StandardsLibrary, ShenzhenEconomicShape) {
  const Standard& st = get("shenzhen-2019-economic");
  EXPECT_EQ(st.report_limit(), 30000);
  auto units = st.scoring_units();
  ASSERT_EQ(units.size(), 18u);  // items 1.1–6.3
  int results = 0;
  for (const Clause* c : units) {
    if (c->kind == ClauseKind::Results) {
      ++results;
      EXPECT_EQ(*c->points, 40) << c->id;
      EXPECT_FALSE(c->indicators.empty()) << c->id;
    }
  }
  EXPECT_EQ(results, 6);
  const Clause* c11 = st.clause("1.1");
  ASSERT_NE(c11, nullptr);
  EXPECT_EQ(c11->title, "文化引领");
  EXPECT_EQ(*c11->points, 20);
  ASSERT_EQ(c11->points_list.size(), 4u);
  EXPECT_EQ(c11->points_list[0].display_name(), "文化建立");
  EXPECT_EQ(c11->points_list[3].display_name(), "文化发展");
  const Clause* profile = st.clause("0");
  ASSERT_NE(profile, nullptr);
  EXPECT_EQ(profile->kind, ClauseKind::Profile);
  EXPECT_TRUE(profile->writable);
  // Award levels of 001: gold 60, silver 55, bronze 50, hearing strictly over 50.
  std::map<std::string, const AwardLevel*> lv;
  for (const auto& l : st.levels) lv[l.id] = &l;
  ASSERT_TRUE(lv.count("gold") && lv.count("silver") && lv.count("bronze") && lv.count("hearing"));
  EXPECT_EQ(lv["gold"]->min_percent, 60);
  EXPECT_EQ(lv["silver"]->min_percent, 55);
  EXPECT_EQ(lv["bronze"]->min_percent, 50);
  EXPECT_TRUE(lv["hearing"]->hearing);
  EXPECT_FALSE(lv["hearing"]->reached_by(50));
  EXPECT_TRUE(lv["hearing"]->reached_by(50.5));
}

TEST(StandardsLibrary, ShenzhenGuidesHaveSixBandsOfFourFactors) {
  const Standard& st = get("shenzhen-2019-economic");
  for (const char* gid : {"process", "results"}) {
    const Guide* g = st.guide(gid);
    ASSERT_NE(g, nullptr) << gid;
    ASSERT_EQ(g->bands.size(), 6u);
    EXPECT_EQ(g->bands.front().min, 0);
    EXPECT_EQ(g->bands.back().max, 100);
    for (const Band& b : g->bands) EXPECT_EQ(b.descriptors.size(), 4u) << gid << " " << b.label;
    EXPECT_TRUE(g->accepts(55));
    EXPECT_FALSE(g->accepts(57));
    EXPECT_FALSE(g->accepts(105));
    EXPECT_FALSE(g->accepts(-5));
  }
  const Guide* r = st.guide("results");
  EXPECT_NE(r->band_for(25)->descriptors[0].text.find("基本指标少于3个"), std::string::npos);
}

TEST(StandardsLibrary, BeijingHasSevenCategoriesAndTwentyThreeItems) {
  const Standard& st = get("beijing-2020");
  int first = 0, second = 0;
  for (const Clause& c : st.clauses) {
    if (c.kind == ClauseKind::Profile) continue;
    if (c.depth == 0) ++first;
    if (c.depth == 1) ++second;
  }
  EXPECT_EQ(first, 7);
  EXPECT_EQ(second, 23);
  EXPECT_EQ(st.report_limit(), 60000);
  EXPECT_EQ(st.clause_limit("0"), 3000);
  EXPECT_EQ(st.scoring_units().size(), 23u);
  double results = 0;
  for (const Clause* c : st.scoring_units())
    if (c->kind == ClauseKind::Results) results += *c->points;
  EXPECT_EQ(results, 400);
}

TEST(StandardsLibrary, WuhanUnitAwardsScoreCategoriesAndWriteTheirSubclauses) {
  for (const char* id : {"wuhan-2022-manufacturing", "wuhan-2022-service"}) {
    const Standard& st = get(id);
    auto units = st.scoring_units();
    ASSERT_EQ(units.size(), 6u) << id;  // 5.2–5.7
    EXPECT_EQ(units.front()->id, "5.2");
    const Clause* overview = st.clause("5.2.1");
    ASSERT_NE(overview, nullptr);
    EXPECT_EQ(overview->kind, ClauseKind::Guidance);
    EXPECT_FALSE(overview->writable);
    EXPECT_TRUE(st.clause("5.2.2")->writable);
    EXPECT_EQ(st.clause("5.2.4")->kind, ClauseKind::Results);
    EXPECT_EQ(st.clause("5.1")->kind, ClauseKind::Profile);
    EXPECT_FALSE(st.report_limit().has_value());
  }
}

TEST(StandardsLibrary, WuhanIndividualHasLocalFourBandGuides) {
  const Standard& st = get("wuhan-2022-individual");
  auto units = st.scoring_units();
  ASSERT_EQ(units.size(), 6u);
  for (const Clause* c : units) {
    const Guide* g = st.guide_for(*c);
    ASSERT_NE(g, nullptr) << c->id;
    EXPECT_EQ(g->bands.size(), 4u) << c->id;
    EXPECT_TRUE(g->accepts(90));
    EXPECT_FALSE(g->accepts(20));  // the seed gives no band under 30%
  }
}

TEST(StandardsLibrary, ShenzhenSocialScoresTheThirdLevel) {
  const Standard& st = get("shenzhen-2019-social");
  for (const Clause* c : st.scoring_units()) EXPECT_EQ(c->depth, 2) << c->id;
  std::map<std::string, double> top;
  for (const Clause* r : st.roots())
    if (r->points) top[r->title] = *r->points;
  EXPECT_EQ(top["高标准定位"], 120);
  EXPECT_EQ(top["高质量运营"], 130);
  EXPECT_EQ(top["高绩效结果"], 250);
}

TEST(StandardsLibrary, UnknownIdListsTheValidOnes) {
  try {
    Library::instance().get("no-such-standard");
    FAIL() << "expected an error";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::NotFound);
    EXPECT_NE(std::string(e.what()).find("shenzhen-2019-economic"), std::string::npos);
  }
}

const char* kMinimal = R"(<?xml version="1.0" encoding="UTF-8"?>
<standard id="my-award" format="1">
  <name>测试奖</name><award>测试奖</award><year>2024</year><issuer>某局</issuer>
  <source seed="none">自编</source><total-points>100</total-points>
  <guides/>
  <clauses>
    <clause id="1" kind="category" title="领导" points="100">
      <clause id="1.1" kind="process" title="文化" points="60"/>
      <clause id="1.2" kind="results" title="结果" points="40"/>
    </clause>
  </clauses>
</standard>
)";

TEST(StandardParser, AcceptsAMinimalStandard) {
  Standard st = parse_standard(kMinimal, "my.xml");
  EXPECT_EQ(st.id, "my-award");
  EXPECT_EQ(st.writable_clauses().size(), 2u);
  EXPECT_EQ(st.clause("1.1")->parent, "1");
}

TEST(StandardParser, BrokenXmlNamesFileAndLine) {
  try {
    parse_standard("<standard id=\"x\" format=\"1\">\n<name>a</nam>\n", "broken.xml");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "broken.xml");
    EXPECT_EQ(e.line(), 2);
    EXPECT_EQ(e.code(), ErrorCode::Format);
  }
}

TEST(StandardParser, SchemaViolationNamesFileAndLine) {
  std::string bad = kMinimal;
  bad.replace(bad.find("kind=\"process\""), 14, "kind=\"proces\"");
  try {
    parse_standard(bad, "bad.xml");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "bad.xml");
    EXPECT_GT(e.line(), 0);
  }
}

TEST(StandardParser, PointsThatDoNotAddUpAreRefused) {
  std::string bad = kMinimal;
  bad.replace(bad.find("points=\"60\""), 11, "points=\"65\"");
  EXPECT_THROW(parse_standard(bad, "bad.xml"), Error);
}

TEST(StandardParser, ChildNumberMustExtendParentNumber) {
  std::string bad = kMinimal;
  bad.replace(bad.find("id=\"1.2\""), 8, "id=\"2.2\"");
  EXPECT_THROW(parse_standard(bad, "bad.xml"), Error);
}

TEST(StandardParser, ExternalEntitiesAreNotExpanded) {
  std::string evil = R"(<?xml version="1.0"?>
<!DOCTYPE standard [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<standard id="x" format="1"><name>&x;</name></standard>)";
  try {
    parse_standard(evil, "evil.xml");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(std::string(e.what()).find("root:"), std::string::npos);
  }
}

TEST(StandardParser, TruncatedInputNeverCrashes) {
  std::string s = kMinimal;
  for (size_t n = 0; n < s.size(); n += 7) {
    try {
      parse_standard(s.substr(0, n), "cut.xml");
    } catch (const Error&) {
    }
  }
  SUCCEED();
}

TEST(StandardsLibrary, UserDirectoryStandardsAreListedAndBrokenOnesReported) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("zp-std-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ofstream(dir / "mine.xml") << kMinimal;
  std::ofstream(dir / "broken.xml") << "<standard";
  Diagnostics w;
  Library lib = Library::load({dir}, &w);
  EXPECT_NE(lib.find("my-award"), nullptr);
  ASSERT_EQ(w.size(), 1u);
  EXPECT_NE(w[0].file.find("broken.xml"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace zp::standards
