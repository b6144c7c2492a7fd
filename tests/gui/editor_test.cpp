// GUI tests of zhuoping-gui under a display (Xvfb in scripts/test): the real frame and
// panels, driven by direct calls, events and wxUIActionSimulator. Exits 77 (skipped) when
// there is no display.
#include <algorithm>
#include <atomic>
#include <gtest/gtest.h>
#include <wx/app.h>
#include <wx/grid.h>
#include <wx/init.h>
#include <wx/modalhook.h>
#include <wx/timer.h>
#include <wx/stc/stc.h>
#include <wx/uiaction.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "gui_support.h"
#include "gui/background_worker.h"
#include "gui/block_pane.h"
#include "gui/clause_editor_panel.h"
#include "gui/clause_lines.h"
#include "gui/clause_tree_panel.h"
#include "gui/count_indicator.h"
#include "gui/document.h"
#include "gui/export_dialog.h"
#include "gui/preferences.h"
#include "gui/findings_panel.h"
#include "gui/guidance_panel.h"
#include "gui/indicator_grid.h"
#include "gui/main_frame.h"
#include "gui/mapping_report_dialog.h"
#include "gui/wx_string.h"
#include "model/report_factory.h"
#include "model/report_file.h"
#include "model/report_template.h"
#include "standards/library.h"
#include "support/sample_reports.h"
#include "text/report_count.h"
#include "util/format.h"

namespace fs = std::filesystem;
using namespace zp;
using gui::wx;

namespace {

fs::path g_dir;

using zp::testing::pump;
using zp::testing::pump_until;

const standards::Standard& shenzhen() { return standards::Library::instance().get("shenzhen-2019-economic"); }

fs::path write_report(const model::Report& r, const std::string& name) {
  fs::path p = g_dir / name;
  model::save_report(r, p, false);
  return p;
}

// A frame that is destroyed with the test, without questions.
struct Frame {
  gui::MainFrame* f;
  Frame() : f(new gui::MainFrame()) {
    f->set_batch(true);
    f->SetSize(1280, 800);
    f->Show();
    pump(50);
  }
  ~Frame() {
    f->recovery().discard();
    f->Destroy();
    pump(20);
  }
  gui::MainFrame* operator->() { return f; }
};

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

size_t findings_for(const std::vector<checks::Finding>& all, const std::string& clause) {
  size_t n = 0;
  for (const auto& x : all) n += x.clause == clause;
  return n;
}

}  // namespace

TEST(Editor, TypingChineseUpdatesCountsGuidanceAndFindings) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "typing.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  ASSERT_TRUE(pump_until([&] { return !frame->checks_pending(); }));
  const auto before = frame->findings()->findings();
  const size_t before_11 = findings_for(before, "1.1");
  const long words_before = frame->document()->total().words;
  const wxString label_before = frame->count_indicator()->label();
  EXPECT_FALSE(frame->guidance()->coverage().empty());
  EXPECT_FALSE(frame->guidance()->coverage()[0]) << "文化建立 is not covered by an empty clause";

  const std::string typed = "公司以文化建立为起点，明确使命、愿景和价值观，通过PDCA循环持续改进。";
  wxStyledTextCtrl* stc = frame->editor()->text();
  stc->SetFocus();
  stc->AddText(wx(typed));
  ASSERT_TRUE(pump_until([&] { return frame->count_indicator()->label() != label_before; }));

  // The incremental count equals a full count of the report, and the typed text's own.
  const text::ReportCounts full = text::count_report(frame->document()->report(), shenzhen());
  EXPECT_EQ(frame->document()->total(), full.total);
  EXPECT_EQ(frame->document()->total().words - words_before, text::count(typed).words);
  EXPECT_TRUE(frame->status(2).Contains(wx(group_digits(full.clauses.at("1.1").words))));
  // The guidance marks follow a moment later.
  EXPECT_TRUE(pump_until([&] { return frame->guidance()->coverage()[0]; }, 3000)) << "the typed text names 文化建立";
  EXPECT_TRUE(frame->document()->modified());

  // The checks run again after the pause and see the new text.
  ASSERT_TRUE(pump_until([&] { return !frame->checks_pending(); }, 15000));
  const auto after = frame->findings()->findings();
  EXPECT_NE(findings_for(after, "1.1"), before_11) << "the findings of 1.1 change once it has text";
  // The guidance ticks and the check agree on which points are not addressed.
  size_t unticked = 0, uncovered = 0;
  for (bool b : frame->guidance()->coverage()) unticked += !b;
  for (const auto& f : after) uncovered += f.clause == "1.1" && f.code == "process.points_uncovered";
  EXPECT_EQ(unticked, uncovered);
  EXPECT_GT(unticked, 0u);

  // Real key presses reach the text (ASCII through the X server).
  wxUIActionSimulator sim;
  stc->DocumentEnd();
  sim.Text(" Plan");
  pump_until([&] { return gui::utf8(stc->GetText()).find("Plan") != std::string::npos; }, 3000);
  EXPECT_NE(gui::utf8(stc->GetText()).find("Plan"), std::string::npos);
}

TEST(Editor, PromptIsShownButNeverCounted) {
  const standards::Standard& st = shenzhen();
  model::Report r = model::new_report_from_template(st, model::builtin_template(st), "测试公司");
  const fs::path file = write_report(r, "template.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  ASSERT_FALSE(frame->document()->report().section("1.1")->prompt.empty());
  EXPECT_EQ(frame->editor()->plain_text(), "") << "the prompt is an annotation, not text";
  EXPECT_FALSE(frame->editor()->text()->AnnotationGetText(0).empty());
  EXPECT_EQ(frame->document()->total(), text::count_report(frame->document()->report(), st).total);
}

TEST(Editor, IndicatorTableRowSurvivesSaveAndReopen) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "indicators.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.3"));
  frame->editor()->text()->AddText(wx("领导的结果如下表所示。"));
  pump(30);
  frame->editor()->insert_indicator_table();
  gui::BlockPane* pane = frame->editor()->block_pane();
  ASSERT_NE(pane->block(), nullptr);
  gui::IndicatorGrid* grid = pane->indicator_grid();
  const int rows = grid->GetNumberRows();
  grid->add_indicator();
  ASSERT_EQ(grid->GetNumberRows(), rows + 1);
  // Type into the new row's cells as the grid editor would: set the value, send the event.
  const int row = grid->GetNumberRows() - 1;
  auto edit = [&](int col, const std::string& v) {
    grid->SetCellValue(row, col, wx(v));
    wxGridEvent ev(grid->GetId(), wxEVT_GRID_CELL_CHANGED, grid, row, col);
    grid->ProcessWindowEvent(ev);
  };
  edit(0, "顾客满意度");
  edit(1, "%");
  edit(3, "86.5");
  edit(4, "88.0");
  edit(5, "91.2");
  pump(50);
  const model::Section* s = frame->document()->report().section("1.3");
  ASSERT_NE(s, nullptr);
  const model::IndicatorTable* table = nullptr;
  for (const auto& b : s->blocks)
    if (auto* t = std::get_if<model::IndicatorTable>(&b)) table = t;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->indicators.size(), 2u);
  EXPECT_EQ(table->indicators[1].name, "顾客满意度");
  EXPECT_EQ(table->indicators[1].values.at(table->years.back()).number, 91.2);
  EXPECT_EQ(frame->document()->total(), text::count_report(frame->document()->report(), shenzhen()).total)
      << "the table's cells and its chart caption count";

  const fs::path saved = g_dir / "indicators-saved.zpr";
  ASSERT_TRUE(frame->save_as(wx(saved.string())));
  EXPECT_FALSE(frame->document()->modified());
  const model::Report in_memory = frame->document()->report();
  model::Report reopened = model::load_report(saved);
  EXPECT_EQ(reopened.sections, in_memory.sections);
  // And through the editor again: same blocks back out of the text lines.
  ASSERT_TRUE(frame->open_file(wx(saved.string())));
  ASSERT_TRUE(frame->select_clause("1.3"));
  frame->editor()->sync();
  EXPECT_FALSE(frame->document()->modified()) << "showing a clause does not change it";
  EXPECT_EQ(frame->document()->report().sections, in_memory.sections);
}

TEST(Editor, RichReportRoundTripsThroughTheTextLines) {
  // Every block kind, runs and list labels: showing each clause and syncing changes nothing.
  model::Report r = zp::testing::rich_report();
  const fs::path file = write_report(r, "rich.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  const model::Report original = frame->document()->report();
  for (const model::Section& s : original.sections) {
    ASSERT_TRUE(frame->select_clause(s.clause_id));
    frame->editor()->sync();
  }
  EXPECT_FALSE(frame->document()->modified());
  for (const model::Section& s : original.sections) {
    const model::Section* now = frame->document()->report().section(s.clause_id);
    ASSERT_NE(now, nullptr);
    EXPECT_EQ(now->blocks, s.blocks) << "clause " << s.clause_id;
  }
}

TEST(Editor, ListsAndFindReplaceAcrossClauses) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  r.ensure_section("2.1").blocks.push_back(model::Paragraph{{{"战略制定采用平衡计分卡。"}}});
  model::Table survey;
  survey.caption = "顾客满意度调查结果";
  survey.rows = {{"年度", "得分"}, {"2023", "92"}};
  r.ensure_section("3.1").blocks.push_back(model::Paragraph{{{"顾客服务的做法如下。"}}});
  r.ensure_section("3.1").blocks.push_back(survey);
  const fs::path file = write_report(r, "lists.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  wxStyledTextCtrl* stc = frame->editor()->text();
  stc->AddText(wx("第一项措施\n第二项措施"));
  pump(30);
  stc->SetSelection(0, stc->GetLength());
  frame->editor()->toggle_list(gui::LineKind::Numbered);
  const model::Section* s = frame->document()->report().section("1.1");
  ASSERT_EQ(s->blocks.size(), 1u);
  const auto* list = std::get_if<model::List>(&s->blocks[0]);
  ASSERT_NE(list, nullptr);
  EXPECT_TRUE(list->ordered);
  ASSERT_EQ(list->items.size(), 2u);
  EXPECT_EQ(list->items[1].content.text(), "第二项措施");

  // Find goes on into the next clause that holds the text.
  stc->GotoPos(stc->GetLength());
  EXPECT_TRUE(frame->find_next("平衡计分卡", false));
  EXPECT_EQ(frame->editor()->clause_id(), "2.1");
  EXPECT_EQ(gui::utf8(stc->GetSelectedText()), "平衡计分卡");
  // A match in a table's caption opens the table.
  EXPECT_TRUE(frame->find_next("满意度调查", false));
  EXPECT_EQ(frame->editor()->clause_id(), "3.1");
  ASSERT_TRUE(pump_until([&] { return frame->editor()->block_pane()->block() != nullptr; }, 3000));
  EXPECT_TRUE(std::holds_alternative<model::Table>(*frame->editor()->block_pane()->block()));
  EXPECT_EQ(frame->replace_everywhere("措施", "举措", false), 2);
  EXPECT_EQ(std::get<model::List>(frame->document()->report().section("1.1")->blocks[0]).items[0].content.text(), "第一项举措");
  EXPECT_EQ(frame->document()->total(), text::count_report(frame->document()->report(), shenzhen()).total);
}

TEST(Editor, AutosaveAndRecovery) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "recover.zpr");
  model::Report typed_report;
  fs::path orphan;
  {
    Frame frame;
    ASSERT_TRUE(frame->open_file(wx(file.string())));
    ASSERT_TRUE(frame->select_clause("2.2"));
    frame->editor()->text()->AddText(wx("尚未保存的文字：战略实施的关键举措。"));
    pump(30);
    ASSERT_TRUE(frame->autosave_now());
    const fs::path copy = frame->recovery().own_copy();
    ASSERT_TRUE(fs::exists(copy));
    typed_report = frame->document()->report();
    EXPECT_EQ(model::load_report(copy).sections, typed_report.sections);
    // A crash: the copy stays behind under the name of a process that no longer runs.
    orphan = copy.parent_path() / "recovery-999999.zpr";
    fs::copy_file(copy, orphan, fs::copy_options::overwrite_existing);
    fs::path side = copy;
    side.replace_extension(".path");
    fs::copy_file(side, g_dir / "data/zhuoping/recovery/recovery-999999.path", fs::copy_options::overwrite_existing);
  }
  Frame frame;
  std::vector<gui::RecoveryCopy> found = frame->recovery().orphans();
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].original, file);
  ASSERT_TRUE(frame->restore(found[0]));
  EXPECT_TRUE(frame->document()->modified());
  EXPECT_EQ(frame->document()->path(), file);
  EXPECT_EQ(frame->document()->report().sections, typed_report.sections);
  EXPECT_FALSE(fs::exists(orphan));
  EXPECT_TRUE(frame->recovery().orphans().empty());
  // Saving ends the need for a recovery copy.
  ASSERT_TRUE(frame->save());
  EXPECT_FALSE(fs::exists(frame->recovery().own_copy()));
  EXPECT_EQ(model::load_report(file).sections, typed_report.sections);
}

TEST(Editor, SpellingSquigglesAndDictionary) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "spelling.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  frame->editor()->text()->AddText(wx("我们推行 quality managment 体系。"));
  ASSERT_TRUE(pump_until([&] { return !frame->editor()->misspellings().empty(); }, 10000));
  ASSERT_EQ(frame->editor()->misspellings().size(), 1u);
  EXPECT_EQ(frame->editor()->misspellings()[0].word, "managment");
  // Its suggestions are looked up on the spelling thread, before the menu asks.
  ASSERT_TRUE(pump_until([&] { return frame->spelling_suggestions("managment") != nullptr; }, 10000));
  const auto* sugg = frame->spelling_suggestions("managment");
  EXPECT_NE(std::find(sugg->begin(), sugg->end(), "management"), sugg->end());
  // The check engine reports it too, with a range: choosing the finding selects the word
  // (code points in the finding, UTF-8 bytes in the editor).
  ASSERT_TRUE(pump_until([&] {
    for (const auto& f : frame->findings()->findings())
      if (f.code == "spell.unknown" && f.range) return true;
    return false;
  }, 15000));
  for (const auto& f : frame->findings()->findings())
    if (f.code == "spell.unknown" && f.range) {
      frame->go_to(f);
      EXPECT_EQ(gui::utf8(frame->editor()->text()->GetSelectedText()), "managment");
      break;
    }
  frame->add_to_dictionary("managment");
  const auto& dict = frame->document()->report().dictionary;
  EXPECT_NE(std::find(dict.begin(), dict.end(), "managment"), dict.end());
  EXPECT_TRUE(pump_until([&] { return frame->spelling_ready() && frame->editor()->misspellings().empty(); }, 5000));
}

TEST(Editor, CountColoursAndReadOnlyHeadings) {
  EXPECT_EQ(gui::count_level(26999, 30000), gui::CountLevel::Fine);
  EXPECT_EQ(gui::count_level(27000, 30000), gui::CountLevel::Near);
  EXPECT_EQ(gui::count_level(30000, 30000), gui::CountLevel::Near);
  EXPECT_EQ(gui::count_level(30001, 30000), gui::CountLevel::Over);
  EXPECT_EQ(gui::count_level(999999, 0), gui::CountLevel::Fine);
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "headings.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1"));
  EXPECT_TRUE(frame->editor()->text()->GetReadOnly()) << "a category heading is not written";
  EXPECT_FALSE(frame->select_clause("9.9"));
  EXPECT_EQ(frame->count_indicator()->level(), gui::CountLevel::Fine);
  // Keyboard navigation between the clauses to write (Ctrl+PgDn / Ctrl+PgUp).
  EXPECT_EQ(frame->tree()->neighbour("1", +1), "1.1");
  EXPECT_EQ(frame->tree()->neighbour("1.3", +1), "2.1");
  EXPECT_EQ(frame->tree()->neighbour("1.1", -1), "0");
  EXPECT_EQ(frame->tree()->neighbour("6.3", +1), "");
  // 字符数 on demand.
  EXPECT_TRUE(frame->status(3).empty());
  frame->show_characters(true);
  EXPECT_TRUE(frame->status(3).Contains(wx("字符数")));
  frame->show_characters(false);
}

TEST(Editor, WordDraftOpensUnsavedAndSavesAsReport) {
  const fs::path docx = fs::path(ZP_TEST_FIXTURES) / "docx/styled-shenzhen.docx";
  if (!fs::exists(docx)) GTEST_SKIP() << "no .docx fixture";
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(docx.string())));
  EXPECT_TRUE(frame->document()->path().empty()) << "a Word draft is not saved over as a report";
  EXPECT_TRUE(frame->document()->modified());
  EXPECT_GT(frame->document()->total().words, 0);
  const fs::path out = g_dir / "from-word.zpr";
  ASSERT_TRUE(frame->save_as(wx(out.string())));
  EXPECT_EQ(model::load_report(out).sections, frame->document()->report().sections);
}

// Opened with the dialogs on, a Word draft shows its mapping report (from the one import
// that made the document): the standard it chose and every clause it filled.
TEST(Editor, WordDraftShowsItsMappingReport) {
  const fs::path docx = fs::path(ZP_TEST_FIXTURES) / "docx/plain-wuhan.docx";
  struct Hook : wxModalDialogHook {
    std::string text;
    int shown = 0;
    int Enter(wxDialog* d) override {
      ++shown;
      if (auto* m = dynamic_cast<gui::MappingReportDialog*>(d)) text = m->report_text();
      return wxID_CANCEL;
    }
    void Exit(wxDialog*) override {}
  } hook;
  hook.Register();
  Frame frame;
  frame->set_batch(false);
  const bool opened = frame->open_file(wx(docx.string()));
  frame->set_batch(true);
  hook.Unregister();
  ASSERT_TRUE(opened);
  EXPECT_EQ(hook.shown, 1);
  EXPECT_NE(hook.text.find("wuhan-2022-manufacturing"), std::string::npos) << hook.text;
  EXPECT_NE(hook.text.find("5.2.4"), std::string::npos) << hook.text;
  EXPECT_EQ(frame->document()->standard().id, "wuhan-2022-manufacturing");
}

TEST(Editor, FigureInsertAndExportRefusal) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  // Far over the 30,000 字 limit.
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{std::string(31000 * 3, '\0')}}});
  std::string& big = std::get<model::Paragraph>(r.ensure_section("1.1").blocks[0]).runs[0].text;
  big.clear();
  for (int i = 0; i < 31000; ++i) big += "质";
  const fs::path file = write_report(r, "figure.zpr");
  const fs::path png = g_dir / "logo.png";
  std::ofstream(png, std::ios::binary) << zp::testing::tiny_png();
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.2"));
  std::string error;
  ASSERT_TRUE(frame->editor()->insert_figure(png.string(), &error)) << error;
  const model::Section* s = frame->document()->report().section("1.2");
  ASSERT_EQ(s->blocks.size(), 1u);
  const auto* fig = std::get_if<model::Figure>(&s->blocks[0]);
  ASSERT_NE(fig, nullptr);
  EXPECT_EQ(fig->caption, "logo");
  EXPECT_EQ(frame->document()->report().media.at(fig->media_id).data, zp::testing::tiny_png());
  EXPECT_FALSE(frame->editor()->insert_figure((g_dir / "figure.zpr").string(), &error)) << "not an image";
  EXPECT_EQ(frame->count_indicator()->level(), gui::CountLevel::Over);

  gui::ExportDialog dlg(frame.f, frame->document()->report(), shenzhen(), {}, wx((g_dir / "out.pdf").string()));
  ASSERT_TRUE(dlg.refusal().has_value()) << "over the limit: a submission is refused";
  EXPECT_GT(dlg.refusal()->count, dlg.refusal()->limit);
  dlg.set_draft(false);
  EXPECT_FALSE(dlg.can_export());
  dlg.set_draft(true);
  EXPECT_TRUE(dlg.can_export()) << "a draft may always be exported";

  // The draft export itself: on its worker thread, with the dialog modal as for the user.
  wxTimer give_up;
  give_up.Bind(wxEVT_TIMER, [&](wxTimerEvent&) { dlg.EndModal(wxID_CANCEL); });
  dlg.CallAfter([&] {
    give_up.StartOnce(60000);
    dlg.start();
  });
  ASSERT_EQ(dlg.ShowModal(), wxID_OK) << gui::utf8(dlg.message());
  EXPECT_GT(dlg.result().pages, 1);
  EXPECT_GT(fs::file_size(g_dir / "out.pdf"), 1000u);
}

TEST(Editor, DeletedTableComesBackWithUndo) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "undo.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.2"));
  wxStyledTextCtrl* stc = frame->editor()->text();
  stc->AddText(wx("治理结构如下。"));
  pump(20);
  frame->editor()->insert_table();
  const auto blocks = frame->document()->report().section("1.2")->blocks;
  ASSERT_EQ(blocks.size(), 2u);
  ASSERT_TRUE(std::holds_alternative<model::Table>(blocks[1]));
  // Select everything and delete it, then undo.
  stc->SelectAll();
  stc->DeleteBack();
  frame->editor()->sync();
  EXPECT_TRUE(frame->document()->report().section("1.2")->blocks.empty());
  stc->Undo();  // the deletion
  frame->editor()->sync();
  EXPECT_EQ(frame->document()->report().section("1.2")->blocks, blocks) << "the table is back, not its label as text";
  // Text typed at the end of the table's line is kept, as a paragraph after the table.
  stc->GotoPos(stc->GetLineEndPosition(1));
  stc->AddText(wx("表后补充说明"));
  frame->editor()->sync();
  const auto& now = frame->document()->report().section("1.2")->blocks;
  ASSERT_EQ(now.size(), 3u);
  EXPECT_EQ(now[1], blocks[1]);
  ASSERT_TRUE(std::holds_alternative<model::Paragraph>(now[2]));
  EXPECT_EQ(std::get<model::Paragraph>(now[2]).text(), "表后补充说明");
}

TEST(Editor, SaveTakesTheCellBeingEdited) {
  // Ctrl+S while a table cell is still being edited: the cell's text is in the saved file.
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "cell.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  wxTextEntry* field = zp::testing::edit_new_indicator_name(frame.f, "1.3");
  ASSERT_NE(field, nullptr);
  field->SetValue(wx("供应商准时交付率"));
  ASSERT_TRUE(frame->save());
  EXPECT_TRUE(has(zp::testing::indicator_names(model::load_report(file), "1.3"), "供应商准时交付率")) << "the cell being edited was saved";
}

TEST(Editor, AutosaveTakesTheCellBeingEditedAndKeepsItOpen) {
  // The once-a-minute recovery copy while a table cell is being typed into: the copy has the
  // cell's text, and the user goes on typing in the same cell.
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "autosave-cell.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  wxTextEntry* field = zp::testing::edit_new_indicator_name(frame.f, "1.3");
  ASSERT_NE(field, nullptr);
  field->SetValue(wx("供应商准时交付率"));
  ASSERT_TRUE(frame->autosave_now());
  gui::IndicatorGrid* grid = frame->editor()->block_pane()->indicator_grid();
  EXPECT_TRUE(grid->IsCellEditControlShown()) << "the autosave left the cell open for typing";
  EXPECT_TRUE(has(zp::testing::indicator_names(model::load_report(frame->recovery().own_copy()), "1.3"), "供应商准时交付率"));
  // Typing goes on in the same cell; leaving it keeps the final text.
  field->SetValue(wx("供应商准时交付率（按批次）"));
  grid->DisableCellEditControl();
  const std::vector<std::string> names = zp::testing::indicator_names(frame->document()->report(), "1.3");
  EXPECT_TRUE(has(names, "供应商准时交付率（按批次）"));
  EXPECT_FALSE(has(names, "供应商准时交付率"));
}

TEST(Editor, GoingToAnotherClauseTakesTheCellBeingEdited) {
  // Ctrl+PgDn, a finding or Find while a table cell is being typed into: the cell's text
  // stays in the report.
  model::Report r = model::new_report(shenzhen(), "测试公司");
  const fs::path file = write_report(r, "cell-navigate.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  wxTextEntry* field = zp::testing::edit_new_indicator_name(frame.f, "1.3");
  ASSERT_NE(field, nullptr);
  field->SetValue(wx("供应商准时交付率"));
  ASSERT_TRUE(frame->select_clause("2.1"));
  pump(50);
  EXPECT_TRUE(has(zp::testing::indicator_names(frame->document()->report(), "1.3"), "供应商准时交付率"));
}

// A long job (the spelling suggestions) ends when a newer job is posted or the worker stops.
TEST(BackgroundWorker, ALongJobEndsForANewerOne) {
  std::atomic<bool> started{false}, ended{false}, second{false};
  {
    gui::BackgroundWorker w;
    w.post([&] {
      started = true;
      while (!w.superseded()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      ended = true;
    });
    ASSERT_TRUE(pump_until([&] { return started.load(); }, 5000));
    EXPECT_FALSE(w.superseded());
    w.post([&] { second = true; });
    EXPECT_TRUE(pump_until([&] { return second.load(); }, 5000));
    EXPECT_TRUE(ended);
    ended = false;
    started = false;
    w.post([&] {
      started = true;
      while (!w.superseded()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      ended = true;
    });
    ASSERT_TRUE(pump_until([&] { return started.load(); }, 5000));
  }  // the destructor stops it
  EXPECT_TRUE(ended);
}

TEST(Editor, PreferencesPersist) {
  {
    gui::Preferences p;
    p.set_language("en");
    p.set_autosave_minutes(5);
    p.set_editor_font_size(99);  // clamped
  }
  gui::Preferences p;
  EXPECT_EQ(p.language(), "en");
  EXPECT_EQ(p.autosave_minutes(), 5);
  EXPECT_EQ(p.editor_font_size(), 36);
  p.set_language("");
  p.set_autosave_minutes(1);
  p.set_editor_font_size(12);
}


// ---- Bold and italic, and where the text wraps ----

namespace {
// The runs of the first paragraph of a clause as "text|B" / "text|I" / "text|" pieces.
std::vector<std::string> runs_of(gui::MainFrame* f, const std::string& clause) {
  std::vector<std::string> out;
  const model::Section* s = f->document()->report().section(clause);
  if (!s) return out;
  for (const model::Block& b : s->blocks)
    if (const auto* p = std::get_if<model::Paragraph>(&b)) {
      for (const model::Run& r : p->runs) out.push_back(r.text + "|" + (r.bold ? "B" : "") + (r.italic ? "I" : ""));
      break;
    }
  return out;
}
using Runs = std::vector<std::string>;
}  // namespace

TEST(ClauseLines, FormatBitsRoundTripIntoRuns) {
  const model::Paragraph p{{{"营业"}, {"收入", true}, {"12.5%", true, true}, {"。"}}};
  const std::vector<uint8_t> f = gui::format_of(p);
  ASSERT_EQ(f.size(), p.text().size());
  EXPECT_EQ(gui::paragraph_of(p.text(), f), p);
  // Plain text with no formatting is one run; a format change inside a character follows
  // the character's first byte.
  EXPECT_EQ(gui::paragraph_of("质量", {}).runs.size(), 1u);
  std::vector<uint8_t> mid(6, 0);
  mid[1] = gui::kFormatBold;  // second byte of 质
  EXPECT_EQ(gui::paragraph_of("质量", mid).runs.size(), 1u);
  EXPECT_EQ(gui::paragraph_of("", {}).text(), "");
}

TEST(ClauseLines, WrapPointsFollowChineseLineBreaking) {
  // Every character one unit wide, lines ten units wide.
  auto unit = [](char32_t, uint8_t) { return 1.0; };
  const std::string s = "营业收入达到了1,200万元。同比增长12.5%，保持领先。";
  for (int prefix = 0; prefix < 12; ++prefix) {
    std::string t;
    for (int i = 0; i < prefix; ++i) t += "质";
    t += s;
    const std::vector<size_t> points = gui::wrap_points(t, {}, unit, 10);
    ASSERT_FALSE(points.empty());
    for (size_t p : points) {
      for (const std::string& whole : {std::string("1,200"), std::string("12.5%")}) {
        const size_t at = t.find(whole);
        EXPECT_FALSE(p > at && p < at + whole.size()) << whole << " split at byte " << p << " with " << prefix;
      }
      EXPECT_NE(t.compare(p, 3, "。"), 0) << "。 starts a line with " << prefix;
      EXPECT_NE(t.compare(p, 3, "，"), 0) << "， starts a line with " << prefix;
    }
    // The styles flip exactly at the points and keep the formatting bits.
    const std::vector<uint8_t> st = gui::wrap_styles(t, std::vector<uint8_t>(t.size(), gui::kFormatBold), points);
    size_t flips = 0;
    for (size_t i = 1; i < st.size(); ++i) {
      EXPECT_EQ(st[i] & gui::kFormatMask, gui::kFormatBold);
      if (st[i] != st[i - 1]) {
        ++flips;
        EXPECT_NE(std::find(points.begin(), points.end(), i), points.end()) << "flip at " << i;
      }
    }
    EXPECT_EQ(flips, points.size());
  }
  // Wider characters wrap sooner.
  auto bold_wide = [](char32_t, uint8_t f) { return f & gui::kFormatBold ? 2.0 : 1.0; };
  EXPECT_GT(gui::wrap_points(s, std::vector<uint8_t>(s.size(), gui::kFormatBold), bold_wide, 10).size(),
            gui::wrap_points(s, {}, bold_wide, 10).size());
}

TEST(EditorFormat, RunsSurviveEditingAndBoldItalicAreCommands) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{"营业收入"}, {"增长12.5%", true}, {"，利润稳定。"}}});
  const fs::path file = write_report(r, "format.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  gui::ClauseEditorPanel* ed = frame->editor();
  wxStyledTextCtrl* stc = ed->text();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长12.5%|B", "，利润稳定。|"}));

  // Typing into the paragraph keeps the bold run; text typed inside it is bold too.
  stc->DocumentEnd();
  stc->AddText(wx("现金流充足。"));
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长12.5%|B", "，利润稳定。现金流充足。|"}));
  const int inside = static_cast<int>(std::string("营业收入增长").size());
  stc->GotoPos(inside);
  stc->AddText(wx("了"));
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长了12.5%|B", "，利润稳定。现金流充足。|"}));

  // Bold on a selection, as a command that undo and redo take back and do again.
  stc->SetSelection(0, static_cast<int>(std::string("营业收入").size()));
  EXPECT_EQ(ed->caret_format(), 0);
  ed->toggle_format(gui::kFormatBold);
  EXPECT_EQ(ed->caret_format(), gui::kFormatBold);
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入增长了12.5%|B", "，利润稳定。现金流充足。|"}));
  stc->Undo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长了12.5%|B", "，利润稳定。现金流充足。|"}));
  stc->Redo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入增长了12.5%|B", "，利润稳定。现金流充足。|"}));
  // Bold again over an all-bold selection takes it off.
  ed->toggle_format(gui::kFormatBold);
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长了12.5%|B", "，利润稳定。现金流充足。|"}));

  // Deleting bold text and undoing the deletion brings it back bold (Scintilla restores
  // text without styles).
  const int from = static_cast<int>(std::string("营业收入").size());
  const int to = from + static_cast<int>(std::string("增长了").size());
  stc->SetSelection(from, to);
  stc->ReplaceSelection("");
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "12.5%|B", "，利润稳定。现金流充足。|"}));
  stc->Undo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长了12.5%|B", "，利润稳定。现金流充足。|"}));

  // Italic with nothing selected: what is typed next at the caret.
  stc->DocumentEnd();
  ed->toggle_format(gui::kFormatItalic);
  EXPECT_EQ(ed->caret_format(), gui::kFormatItalic);
  stc->AddText(wx("详见表1"));
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长了12.5%|B", "，利润稳定。现金流充足。|", "详见表1|I"}));

  // Cut and pasted elsewhere, bold text stays bold.
  stc->SetSelection(static_cast<int>(std::string("营业收入").size()), static_cast<int>(std::string("营业收入增长了").size()));
  stc->Cut();
  stc->DocumentEnd();
  stc->Paste();
  pump_until([&] { return gui::utf8(stc->GetText()).find("详见表1增长了") != std::string::npos; }, 3000);
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "12.5%|B", "，利润稳定。现金流充足。|", "详见表1|I", "增长了|B"}));
  stc->Undo();
  pump(20);
  stc->Undo();
  pump(20);
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入|", "增长了12.5%|B", "，利润稳定。现金流充足。|", "详见表1|I"}));

  // Saved and opened again: the same runs.
  ASSERT_TRUE(frame->save_as(wx((g_dir / "format-saved.zpr").string())));
  model::Report back = model::load_report(g_dir / "format-saved.zpr");
  const auto* p = std::get_if<model::Paragraph>(&back.section("1.1")->blocks.at(0));
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->runs.size(), 4u);
  EXPECT_TRUE(p->runs[1].bold);
  EXPECT_TRUE(p->runs[3].italic);
  EXPECT_EQ(p->runs[3].text, "详见表1");
}

// Retyping: undo brings back the replaced text with its own formatting and redo the new text
// with its own, however the steps interleave (Scintilla restores text, not styles).
TEST(EditorFormat, UndoAndRedoOfRetypedTextKeepEachTextsFormat) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{"营业收入"}, {"长", true}, {"稳定"}}});
  const fs::path file = write_report(r, "retype.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  gui::ClauseEditorPanel* ed = frame->editor();
  wxStyledTextCtrl* stc = ed->text();
  const Runs original{"营业收入|", "长|B", "稳定|"};
  const int at = static_cast<int>(std::string("营业收入").size());
  const int after = at + static_cast<int>(std::string("长").size());

  // The bold 长 typed over (same length): 了 takes the plain text before it.
  stc->SetSelection(at, after);
  stc->ReplaceSelection(wx("了"));
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入了稳定|"}));
  stc->Undo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), original);
  stc->Redo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入了稳定|"}));
  stc->Undo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), original);

  // Backspace over it, type another character, undo both.
  stc->GotoPos(after);
  stc->DeleteBack();
  stc->AddText(wx("了"));
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入了稳定|"}));
  stc->Undo();
  stc->Undo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), original);
  stc->Redo();
  stc->Redo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"营业收入了稳定|"}));
}

// A selection over several paragraphs (its line ends included) is bold when all its text is,
// and Bold then takes it off; a command that changes nothing adds no undo step.
TEST(EditorFormat, BoldAcrossParagraphsTogglesBothWays) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{"第一段", true}}});
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{"第二段", true}}});
  const fs::path file = write_report(r, "bold-lines.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  gui::ClauseEditorPanel* ed = frame->editor();
  wxStyledTextCtrl* stc = ed->text();
  stc->SelectAll();
  EXPECT_EQ(ed->caret_format(), gui::kFormatBold);
  ed->toggle_format(gui::kFormatBold);
  EXPECT_EQ(ed->caret_format(), 0);
  const model::Section* s = frame->document()->report().section("1.1");
  ASSERT_EQ(s->blocks.size(), 2u);
  for (const model::Block& b : s->blocks) {
    const auto* p = std::get_if<model::Paragraph>(&b);
    ASSERT_NE(p, nullptr);
    ASSERT_EQ(p->runs.size(), 1u);
    EXPECT_FALSE(p->runs[0].bold);
  }
  // Bold on nothing but a line end changes nothing and adds no undo step: one Undo takes
  // back the Bold command before it.
  stc->SetSelection(stc->GetLineEndPosition(0), stc->PositionFromLine(1));
  ed->toggle_format(gui::kFormatBold);
  stc->Undo();
  ed->sync();
  EXPECT_EQ(runs_of(frame.f, "1.1"), (Runs{"第一段|B"}));
}

TEST(EditorFormat, WrapsWhereChineseLineBreakingAllows) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{"占位"}}});
  const fs::path file = write_report(r, "wrap.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  wxStyledTextCtrl* stc = frame->editor()->text();
  pump(50);
  // For every prefix length, the number and the full stop land somewhere near the end of a
  // wrapped line: 1,200.5 never splits, 。 never starts a line, （ never ends one.
  const std::string number = "1,200.5";
  int wrapped = 0;
  for (int k = 0; k < 70; ++k) {
    std::string text;
    for (int i = 0; i < k; ++i) text += "质";
    text += "营收" + number + "万元。（注）另有说明文字若干，用于换行。";
    stc->SetText(wx(text));
    stc->Colourise(0, -1);
    const int n = stc->GetLength();
    std::vector<int> y(n + 1);
    for (int pos = 0; pos < n; pos = stc->PositionAfter(pos)) y[pos] = stc->PointFromPosition(pos).y;
    const int at = static_cast<int>(text.find(number));
    const int last_digit = at + static_cast<int>(number.size()) - 1;
    EXPECT_EQ(y[at], y[last_digit]) << "1,200.5 split with " << k << " characters before it";
    const int stop = static_cast<int>(text.find("。"));
    EXPECT_EQ(y[stop], y[stc->PositionBefore(stop)]) << "。 starts a line with " << k << " characters before";
    const int paren = static_cast<int>(text.find("（"));
    EXPECT_EQ(y[paren], y[stc->PositionAfter(paren)]) << "（ ends a line with " << k << " characters before";
    if (stc->WrapCount(0) > 1) ++wrapped;
    // Scintilla breaks only at planned points (where the wrap bit flips); the plan is for a
    // line one character narrower, so a last planned break may not be needed.
    for (int pos = stc->PositionAfter(0); pos < n; pos = stc->PositionAfter(pos))
      if (y[pos] != y[stc->PositionBefore(pos)]) {
        EXPECT_TRUE((stc->GetStyleAt(pos) ^ stc->GetStyleAt(pos - 1)) & gui::kWrapAlternate)
            << "an unplanned break at byte " << pos << " with " << k << " characters before";
      }
  }
  EXPECT_GT(wrapped, 30) << "the lines must wrap for the test to mean anything";
}

// Where a resize or a bold/italic command moves the planned breaks (no text changes, so
// Scintilla would not rewrap by itself), the wrap follows: each visual line break is at a
// planned point, and the lines Scintilla counts are the lines it draws.
TEST(EditorFormat, WrapFollowsResizeAndFormatting) {
  model::Report r = model::new_report(shenzhen(), "测试公司");
  std::string text;
  for (int i = 0; i < 12; ++i) text += "公司2023年营业收入12,345.6万元，同比增长12.5%，ROE达到18.2%；";
  r.ensure_section("1.1").blocks.push_back(model::Paragraph{{{text}}});
  const fs::path file = write_report(r, "wrap-resize.zpr");
  Frame frame;
  ASSERT_TRUE(frame->open_file(wx(file.string())));
  ASSERT_TRUE(frame->select_clause("1.1"));
  gui::ClauseEditorPanel* ed = frame->editor();
  wxStyledTextCtrl* stc = ed->text();
  pump(100);
  auto check = [&](const std::string& when) {
    const int n = stc->GetLineEndPosition(0);
    std::set<int> rows;
    int breaks = 0;
    for (int pos = 0; pos < n; pos = stc->PositionAfter(pos)) {
      rows.insert(stc->PointFromPosition(pos).y);
      if (pos > 0 && stc->PointFromPosition(pos).y != stc->PointFromPosition(stc->PositionBefore(pos)).y) {
        ++breaks;
        EXPECT_TRUE((stc->GetStyleAt(pos) ^ stc->GetStyleAt(pos - 1)) & gui::kWrapAlternate) << when << ": an unplanned break at byte " << pos;
      }
    }
    EXPECT_GT(breaks, 3) << when << ": the paragraph must wrap for the test to mean anything";
    EXPECT_EQ(static_cast<int>(rows.size()), stc->WrapCount(0)) << when << ": Scintilla counts other lines than it draws";
  };
  check("opened");
  for (int width : {900, 1400, 1100}) {
    frame->SetSize(width, 800);
    pump(300);
    check("resized to " + std::to_string(width));
  }
  // Bold on the Latin words and numbers of the first half, then undo and redo of it.
  stc->SetSelection(0, static_cast<int>(text.size() / 2));
  ed->toggle_format(gui::kFormatBold);
  pump(200);
  check("bold");
  stc->Undo();
  pump(200);
  check("bold undone");
  stc->Redo();
  pump(200);
  check("bold redone");
}

int main(int argc, char** argv) {
  return zp::testing::gui_test_main(argc, argv, "zp-gui-test", &g_dir, [] {
    wxInitAllImageHandlers();
    return RUN_ALL_TESTS();
  });
}
