// GUI tests of the scoring panel and the scoring summary (Review ▸ Summary), through the real
// frame: score a unit, see the total change, refusals of off-scale percentages, strengths
// tied to the text selection, and the scores kept through save and reopen. Part of
// zhuoping_gui_tests (main in editor_test.cpp).
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/listctrl.h>
#include <wx/stc/stc.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "gui/clause_editor_panel.h"
#include "gui/document.h"
#include "gui/main_frame.h"
#include "gui/score_summary_dialog.h"
#include "gui/scoring_panel.h"
#include "gui/wx_string.h"
#include "model/report_factory.h"
#include "model/report_file.h"
#include "standards/library.h"
#include "support/sample_reports.h"

namespace fs = std::filesystem;
using namespace zp;
using gui::utf8;
using gui::wx;

namespace {

void pump_for(int ms) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < end) {
    wxTheApp->Yield(true);
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

fs::path scratch(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("zp-gui-scoring-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d / name;
}

struct ScoringFrame {
  gui::MainFrame* f;
  ScoringFrame() : f(new gui::MainFrame()) {
    f->set_batch(true);
    f->SetSize(1280, 800);
    f->Show();
    pump_for(50);
  }
  ~ScoringFrame() {
    f->recovery().discard();
    f->Destroy();
    pump_for(20);
  }
  gui::MainFrame* operator->() { return f; }
};

}  // namespace

TEST(Scoring, PanelScoresAUnitAndTheSummaryFollows) {
  model::Report r = zp::testing::rich_report();
  r.reviews = {};
  const fs::path file = scratch("scoring.zpr");
  model::save_report(r, file, false);

  ScoringFrame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  gui::ScoringPanel* panel = frame->scoring();
  frame->show_side_page(1);
  ASSERT_TRUE(frame->select_clause("1.1"));
  EXPECT_EQ(panel->unit_id(), "1.1");
  EXPECT_NE(panel->summary_text().Find(wx("文化引领")), wxNOT_FOUND);

  // A category heading is not scored on its own.
  ASSERT_TRUE(frame->select_clause("1"));
  EXPECT_EQ(panel->unit_id(), "");
  EXPECT_FALSE(panel->set_percent(50));
  ASSERT_TRUE(frame->select_clause("1.1"));

  // No reviewer yet: refused, nothing changed.
  EXPECT_FALSE(panel->set_percent(55));
  EXPECT_FALSE(frame->document()->modified());

  ASSERT_TRUE(panel->use_reviewer("张三", model::ReviewerRole::Lead));
  // Off the scale (5% steps): the core's message, the report untouched.
  EXPECT_FALSE(panel->set_percent_text("57"));
  EXPECT_NE(panel->error().Find("57"), wxNOT_FOUND) << panel->error();
  EXPECT_NE(panel->error().Find("55"), wxNOT_FOUND) << panel->error();  // names the allowed values
  EXPECT_FALSE(panel->set_percent_text("很好"));
  EXPECT_FALSE(panel->set_percent(105));
  EXPECT_TRUE(frame->document()->report().reviews.scores.empty());
  EXPECT_FALSE(frame->document()->modified());

  gui::ScoreSummaryDialog* summary = frame->show_score_summary();
  ASSERT_NE(summary, nullptr);
  EXPECT_DOUBLE_EQ(summary->summary().score, 0);

  ASSERT_TRUE(panel->set_percent_text("55%")) << panel->error();
  EXPECT_TRUE(frame->document()->modified());
  // 1.1 is worth 20 points: 55% gives 11; the open summary follows.
  EXPECT_DOUBLE_EQ(summary->summary().score, 11);
  EXPECT_NE(summary->total_text().Find("11 of 500"), wxNOT_FOUND) << summary->total_text();
  EXPECT_EQ(summary->table()->GetItemCount(), static_cast<int>(summary->summary().units.size()));
  EXPECT_NE(panel->summary_text().Find("55%"), wxNOT_FOUND) << panel->summary_text();

  // A second reviewer 25 points apart: median 67.5, spread flagged.
  ASSERT_TRUE(panel->use_reviewer("李四"));
  ASSERT_TRUE(panel->set_percent(80));
  const scoring::UnitRow* row = summary->summary().unit("1.1");
  ASSERT_NE(row, nullptr);
  EXPECT_TRUE(row->consensus.spread);
  EXPECT_DOUBLE_EQ(summary->summary().score, 13.5);

  // The lead agrees 60%: 12 points; off-scale agreement refused.
  EXPECT_FALSE(panel->agree(62));
  ASSERT_TRUE(panel->agree(60));
  EXPECT_DOUBLE_EQ(summary->summary().score, 12);

  // A strength tied to the text selected in the editor, an OFI without a range.
  ASSERT_TRUE(frame->editor()->select_range(checks::TextRange{0, 2, 6}));
  ASSERT_TRUE(panel->add_remark(true, "三级宣贯机制清晰", true)) << panel->error();
  ASSERT_TRUE(panel->add_remark(false, "缺少评价改进的证据"));
  frame->editor()->text()->SetEmptySelection(0);
  EXPECT_FALSE(panel->add_remark(true, "无选区", true));

  // A factor note typed and not yet applied goes in with the save.
  ASSERT_NE(panel->note_field("A"), nullptr);
  panel->note_field("A")->ChangeValue(wx("三级宣贯覆盖全员"));
  ASSERT_TRUE(frame->save());
  EXPECT_FALSE(frame->document()->modified());

  // Reopen: the scores, remarks and agreement are kept.
  model::Report back = model::load_report(file);
  ASSERT_EQ(back.reviews.scores.size(), 2u);
  const model::UnitScore& s = back.reviews.scores.back();
  EXPECT_EQ(s.reviewer, "李四");
  EXPECT_DOUBLE_EQ(s.percent, 80);
  ASSERT_EQ(s.strengths.size(), 1u);
  EXPECT_EQ(s.strengths[0].clause, "1.1");
  EXPECT_EQ(s.strengths[0].block, 0);
  EXPECT_EQ(s.strengths[0].begin, 2);
  EXPECT_EQ(s.strengths[0].end, 6);
  ASSERT_EQ(s.opportunities.size(), 1u);
  EXPECT_EQ(s.factor_notes.at("A"), "三级宣贯覆盖全员");
  EXPECT_EQ(back.reviews.agreed.at("1.1"), 60);
  bool lead = false;
  for (const model::Reviewer& rv : back.reviews.reviewers) lead = lead || (rv.name == "张三" && rv.role == model::ReviewerRole::Lead);
  EXPECT_TRUE(lead);

  ScoringFrame again;
  ASSERT_TRUE(again->open_file(wx(file.string())));
  ASSERT_TRUE(again->select_clause("1.1"));
  EXPECT_NE(again->scoring()->summary_text().Find(wx("Agreed 60%")), wxNOT_FOUND) << again->scoring()->summary_text();
  EXPECT_DOUBLE_EQ(again->show_score_summary()->summary().score, 12);
}

TEST(Scoring, EvidenceCapAdviceStandsNextToTheScore) {
  // 1.3 has two indicators: "基本指标少于3个" caps the results unit at 25% (advice only).
  model::Report r = zp::testing::rich_report();
  r.reviews = {};
  const fs::path file = scratch("caps.zpr");
  model::save_report(r, file, false);
  ScoringFrame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.3"));
  frame->request_checks();
  for (int i = 0; i < 1000 && frame->checks_pending(); ++i) pump_for(10);
  pump_for(50);
  gui::ScoringPanel* panel = frame->scoring();
  EXPECT_NE(panel->summary_text().Find(wx("at most 25%")), wxNOT_FOUND) << panel->summary_text();
  ASSERT_TRUE(panel->use_reviewer("张三"));
  ASSERT_TRUE(panel->set_percent(60));  // above the cap: kept, and flagged
  EXPECT_NE(panel->summary_text().Find(wx("Above the evidence cap")), wxNOT_FOUND) << panel->summary_text();
  EXPECT_DOUBLE_EQ(frame->show_score_summary()->summary().score, 24);
}

TEST(Scoring, WuhanCategoryIsTheUnitOfItsClauses) {
  const standards::Standard& st = standards::Library::instance().get("wuhan-2022-manufacturing");
  const fs::path file = scratch("wuhan.zpr");
  model::save_report(model::new_report(st, "武汉测试公司"), file, false);
  ScoringFrame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("5.2.3"));
  EXPECT_EQ(frame->scoring()->unit_id(), "5.2");
  ASSERT_TRUE(frame->scoring()->use_reviewer("王五"));
  ASSERT_TRUE(frame->scoring()->set_percent(50)) << frame->scoring()->error();
  // 领导作用 is worth 180 points.
  EXPECT_DOUBLE_EQ(frame->show_score_summary()->summary().score, 90);
}
