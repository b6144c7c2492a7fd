#include "model/report_template.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "model/report_file.h"
#include "standards/library.h"
#include "support/sample_reports.h"
#include "text/report_count.h"
#include "util/error.h"

namespace zp::model {
namespace {

namespace fs = std::filesystem;
using standards::ClauseKind;
using standards::Library;

const char* const kStandards[] = {"shenzhen-2019-economic", "shenzhen-2019-social", "wuhan-2022-manufacturing",
                                  "wuhan-2022-service",     "wuhan-2022-individual", "beijing-2020"};

std::string minimal_template(const std::string& standard, const std::string& clause_xml) {
  return "<template xmlns=\"urn:zhuoping:template\" standard=\"" + standard +
         "\" format=\"1\"><name>t</name><title>T</title>"
         "<organisation clause=\"0\" caption=\"基本信息\"><field>组织名称</field></organisation>"
         "<comparisons><comparison kind=\"benchmark\" label=\"标杆\"/></comparisons>" +
         clause_xml + "</template>";
}

TEST(ReportTemplate, EveryStandardHasACompleteBuiltInTemplate) {
  for (const char* id : kStandards) {
    SCOPED_TRACE(id);
    const auto& st = Library::instance().get(id);
    ReportTemplate t = builtin_template(st);  // parses, validates and checks against the standard
    EXPECT_EQ(t.standard_id, id);
    EXPECT_FALSE(t.title.empty());
    EXPECT_FALSE(t.organisation_fields.empty());
    for (const auto* c : st.writable_clauses()) {
      const TemplateClause* tc = t.clause(c->id);
      ASSERT_NE(tc, nullptr) << "no prompt for clause " << c->id;
      EXPECT_GE(tc->prompt.size(), 60u) << c->id;
      if (c->kind == ClauseKind::Results) {
        EXPECT_FALSE(tc->tables.empty()) << "no indicators suggested for " << c->id;
      }
    }
    std::set<ComparisonKind> kinds;
    for (const auto& cmp : t.comparisons) kinds.insert(cmp.kind);
    EXPECT_EQ(kinds.size(), 3u) << "industry average, benchmark and competitor columns";
  }
}

TEST(ReportTemplate, NewReportGetsPromptsIndicatorTablesAndOrganisationFields) {
  for (const char* id : kStandards) {
    SCOPED_TRACE(id);
    const auto& st = Library::instance().get(id);
    ReportTemplate t = builtin_template(st);
    Report r = new_report_from_template(st, t, "深圳市示例有限公司");
    EXPECT_EQ(r.title, t.title);
    ASSERT_EQ(r.sections.size(), st.writable_clauses().size());
    for (const Section& s : r.sections) {
      const auto* c = st.clause(s.clause_id);
      ASSERT_NE(c, nullptr);
      EXPECT_NE(s.prompt.find(t.clause(s.clause_id)->prompt), std::string::npos) << s.clause_id;
      for (const auto& p : c->points_list)
        EXPECT_NE(s.prompt.find(p.display_name()), std::string::npos) << s.clause_id << " lacks point " << p.display_name();
      std::set<std::string> examples;
      for (const auto& e : c->indicators) examples.insert(e.name);
      for (const Block& b : s.blocks) {
        if (const auto* table = std::get_if<Table>(&b)) {
          EXPECT_EQ(s.clause_id, t.organisation_clause);
          EXPECT_EQ(table->rows.size(), t.organisation_fields.size() + 1);
          EXPECT_EQ(table->rows[1][1], "深圳市示例有限公司");
        } else if (const auto* it = std::get_if<IndicatorTable>(&b)) {
          EXPECT_EQ(c->kind, ClauseKind::Results);
          EXPECT_TRUE(it->years.empty()) << "years are left blank";
          ASSERT_FALSE(it->indicators.empty());
          for (const Indicator& ind : it->indicators) {
            if (!examples.empty()) {
              EXPECT_TRUE(examples.count(ind.name)) << ind.name << " is not an example of " << c->id;
            }
            EXPECT_TRUE(ind.values.empty());
            EXPECT_NE(ind.direction, Direction::Unknown) << ind.name;
            EXPECT_EQ(ind.comparisons.size(), t.comparisons.size());
          }
        } else {
          ADD_FAILURE() << "unexpected block in a new report, clause " << s.clause_id;
        }
      }
    }
  }
}

TEST(ReportTemplate, PromptsAreNeverCountedAndSurviveSaving) {
  const auto& st = Library::instance().get("shenzhen-2019-economic");
  Report r = new_report_from_template(st, builtin_template(st), "示例");
  Report bare = r;
  for (Section& s : bare.sections) s.prompt.clear();
  EXPECT_EQ(text::count_report(r, st).total, text::count_report(bare, st).total);
  EXPECT_EQ(text::count_report(r, st).clauses.at("1.1").words, text::count_report(bare, st).clauses.at("1.1").words);

  std::string dir = testing::temp_dir("tpl");
  save_report(r, dir + "/a.zpr");
  EXPECT_EQ(load_report(dir + "/a.zpr"), r);
  fs::remove_all(dir);
}

TEST(ReportTemplate, FindByNameOrPathAndListValidNames) {
  const auto& st = Library::instance().get("beijing-2020");
  EXPECT_EQ(find_template(st, "default").standard_id, "beijing-2020");
  EXPECT_EQ(find_template(st, "beijing-2020").name, "beijing-2020");
  try {
    find_template(st, "nonexistent");
    FAIL() << "unknown template accepted";
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::NotFound);
    EXPECT_NE(e.message().find("default"), std::string::npos);
    EXPECT_NE(e.message().find("beijing-2020"), std::string::npos);
  }
  // The Shenzhen template is not one for Beijing.
  EXPECT_THROW(find_template(st, "shenzhen-2019-economic"), Error);

  std::string dir = testing::temp_dir("tplfile");
  std::ofstream(dir + "/mine.xml") << minimal_template(
      "shenzhen-2019-economic", "<clause id=\"1.1\"><prompt>写文化引领。</prompt></clause>");
  const auto& sz = Library::instance().get("shenzhen-2019-economic");
  ReportTemplate mine = find_template(sz, dir + "/mine.xml");
  EXPECT_EQ(mine.name, "mine");
  Report r = new_report_from_template(sz, mine, "甲");
  EXPECT_EQ(r.section("1.1")->prompt.rfind("写文化引领。\n要点：文化建立", 0), 0u);
  // Clauses the template does not cover get the generic A-D-L-I or Le-T-C-I prompt.
  EXPECT_NE(r.section("2.1")->prompt.find("A-D-L-I"), std::string::npos);
  EXPECT_NE(r.section("1.3")->prompt.find("Le-T-C-I"), std::string::npos);
  fs::remove_all(dir);
}

TEST(ReportTemplate, RejectsTemplatesThatDoNotFitTheStandard) {
  const auto& st = Library::instance().get("shenzhen-2019-economic");
  auto check = [&](const std::string& xml) { check_template(parse_template(xml, "t.xml"), st); };
  EXPECT_NO_THROW(check(minimal_template("shenzhen-2019-economic", "<clause id=\"1.1\"><prompt>p</prompt></clause>")));
  // Unknown clause, category (not written), duplicate clause.
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic", "<clause id=\"9.9\"><prompt>p</prompt></clause>")), Error);
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic", "<clause id=\"1\"><prompt>p</prompt></clause>")), Error);
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic",
                                      "<clause id=\"1.1\"><prompt>p</prompt></clause><clause id=\"1.1\"><prompt>q</prompt></clause>")),
               Error);
  // Indicators: only on results clauses, only the standard's examples unless editorial where none exist.
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic",
                                      "<clause id=\"1.1\"><prompt>p</prompt><indicators caption=\"c\"><indicator name=\"利润\"/></indicators></clause>")),
               Error);
  EXPECT_NO_THROW(check(minimal_template(
      "shenzhen-2019-economic", "<clause id=\"1.3\"><prompt>p</prompt><indicators caption=\"c\"><indicator name=\"利润\"/></indicators></clause>")));
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic",
                                      "<clause id=\"1.3\"><prompt>p</prompt><indicators caption=\"c\"><indicator name=\"发明的指标\"/></indicators></clause>")),
               Error);
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic",
                                      "<clause id=\"1.3\"><prompt>p</prompt><indicators caption=\"c\"><indicator name=\"利润\" basis=\"editorial\"/></indicators></clause>")),
               Error);
  // Another standard's template, an empty prompt (schema), a missing organisation clause.
  EXPECT_THROW(check(minimal_template("beijing-2020", "<clause id=\"1.1\"><prompt>p</prompt></clause>")), Error);
  EXPECT_THROW(check(minimal_template("shenzhen-2019-economic", "<clause id=\"1.1\"><prompt>  </prompt></clause>")), Error);
  try {
    check("<template xmlns=\"urn:zhuoping:template\" standard=\"shenzhen-2019-economic\" format=\"1\"><name>t</name></template>");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Format);
    EXPECT_NE(std::string(e.what()).find("t.xml"), std::string::npos);
  }
  // Editorial indicators are fine where the standard lists no examples.
  const auto& bj = Library::instance().get("beijing-2020");
  std::string bjx = minimal_template("beijing-2020",
                                     "<clause id=\"7.3\"><prompt>p</prompt><indicators caption=\"c\"><indicator name=\"营业收入\" "
                                     "basis=\"editorial\"/></indicators></clause>");
  bjx.replace(bjx.find("clause=\"0\""), 10, "clause=\"0.1\"");
  EXPECT_NO_THROW(check_template(parse_template(bjx, "b.xml"), bj));
}

}  // namespace
}  // namespace zp::model
