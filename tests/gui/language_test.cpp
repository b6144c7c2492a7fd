// GUI test of switching the interface language while a report with unsaved text is open
// (Edit ▸ Preferences ▸ Language calls MainFrame::switch_language). A program of its own:
// it installs the translations, which the other GUI tests run without. Exits 77 (skipped)
// when there is no display.
#include <gtest/gtest.h>
#include <libintl.h>
#include <wx/app.h>
#include <wx/choice.h>
#include <wx/init.h>
#include <wx/menu.h>
#include <wx/stc/stc.h>
#include <wx/evtloop.h>
#include <wx/grid.h>
#include <wx/textentry.h>
#include <wx/stockitem.h>
#include <wx/timer.h>
#include <wx/translation.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <thread>

#include "gui_support.h"
#include "gui/clause_editor_panel.h"
#include "gui/block_pane.h"
#include "gui/clause_tree_panel.h"
#include "gui/count_indicator.h"
#include "gui/document.h"
#include "gui/findings_panel.h"
#include "gui/indicator_grid.h"
#include "gui/main_frame.h"
#include "gui/preferences.h"
#include "gui/preferences_dialog.h"
#include "gui/score_summary_dialog.h"
#include "gui/screenshot.h"
#include "gui/translations.h"
#include "gui/wx_string.h"
#include "model/report_factory.h"
#include "model/report_file.h"
#include "model/report_text.h"
#include "standards/library.h"
#include "util/i18n.h"

namespace fs = std::filesystem;
using namespace zp;
using gui::utf8;
using gui::wx;

namespace {

fs::path g_dir;

using zp::testing::pump;
// The language switch rebuilds the window: a little more time than the default.
bool pump_until(const std::function<bool()>& cond, int ms = 10000) { return zp::testing::pump_until(cond, ms); }

// The text of a section as the export shows it, one string.
std::string section_text(const model::Section* s) {
  std::string all;
  if (!s) return all;
  model::Numbering n;
  std::vector<model::TextPiece> pieces;
  model::section_pieces(*s, n, pieces);
  for (const model::TextPiece& p : pieces) all += p.text;
  return all;
}

std::string clause_text(gui::MainFrame* f, const std::string& clause) {
  return section_text(f->document()->report().section(clause));
}

const checks::Finding* finding(gui::MainFrame* f, const std::string& code, const std::string& clause) {
  for (const checks::Finding& x : f->findings()->findings())
    if (x.code == code && x.clause == clause) return &x;
  return nullptr;
}

// The shown scoring summary of a frame, if any.
wxDialog* summary_of(gui::MainFrame* f) {
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* d = dynamic_cast<gui::ScoreSummaryDialog*>(w); d && d->GetParent() == f && d->IsShown()) return d;
  return nullptr;
}

bool is_window(wxWindow* w) {
  for (wxWindow* t : wxTopLevelWindows)
    if (t == w) return true;
  return false;
}

wxString menu_label(gui::MainFrame* f, size_t i) { return f->GetMenuBar()->GetMenuLabelText(i); }

// With ZP_SCREENSHOT=DIR/NAME.png, a picture of the window at the step of that name, to look
// at. One per run: after its first picture of the screen, a process gets the same pixels again
// (cairo keeps a snapshot of the root window).
void picture(wxWindow* w, const std::string& name) {
  const char* want = std::getenv("ZP_SCREENSHOT");
  if (!want || fs::path(want).filename() != name) return;
  wxGUIEventLoop loop;
  wxTimer timer;
  timer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
    gui::save_window_png(w, wx(want));
    loop.Exit();
  });
  timer.StartOnce(800);
  loop.Run();
}

// A frame (batch mode: no dialogs) showing `file`; nullptr when the file did not open.
gui::MainFrame* open_frame(const fs::path& file) {
  gui::MainFrame* f = new gui::MainFrame();
  f->set_batch(true);
  f->SetSize(1280, 800);
  f->Show();
  if (f->open_file(wx(file.string()))) return f;
  f->Destroy();
  return nullptr;
}

}  // namespace

// A worker thread that translated before a switch translates in the new language after it
// (the core's per-thread cache is dropped), as the check threads must.
TEST(Language, LongLivedThreadFollowsTheSwitch) {
  gui::setup_translations("zh_CN");
  std::mutex m;
  std::condition_variable cv;
  int step = 0;
  std::string before, after;
  std::thread worker([&] {
    before = ZP_("Clause not written");
    {
      std::unique_lock lock(m);
      step = 1;
      cv.notify_all();
      cv.wait(lock, [&] { return step == 2; });
    }
    after = ZP_("Clause not written");
  });
  {
    std::unique_lock lock(m);
    cv.wait(lock, [&] { return step == 1; });
    gui::setup_translations("en");
    step = 2;
    cv.notify_all();
  }
  worker.join();
  EXPECT_EQ(before, "条款未撰写");
  EXPECT_EQ(after, "Clause not written");
  EXPECT_STREQ(ZP_("Clause not written"), "Clause not written");
  gui::setup_translations("zh_CN");
  EXPECT_STREQ(ZP_("Clause not written"), "条款未撰写");
}

TEST(Language, SwitchTakesEffectAtOnceAndKeepsUnsavedText) {
  gui::setup_translations("zh_CN");
  const standards::Standard& st = standards::Library::instance().get("shenzhen-2019-economic");
  const fs::path file = g_dir / "language.zpr";
  model::save_report(model::new_report(st, "测试公司"), file, false);

  gui::MainFrame* f = open_frame(file);
  ASSERT_NE(f, nullptr);
  ASSERT_TRUE(f->select_clause("1.1"));
  f->show_characters(true);
  ASSERT_TRUE(pump_until([&] { return !f->checks_pending(); }));

  // Chinese to begin with: menus, wx's stock labels, GTK's own, the findings.
  EXPECT_TRUE(menu_label(f, 0).Contains(wx("文件"))) << utf8(menu_label(f, 0));
  EXPECT_TRUE(wxGetStockLabel(wxID_CLOSE).Contains(wx("关闭"))) << "wx's own catalog (wx3.2-i18n)";
  EXPECT_NE(std::string(dgettext("gtk30", "_Close")), "_Close") << "GTK's stock buttons follow the language";
  const checks::Finding* missing = finding(f, "clause.missing", "1.2");
  ASSERT_NE(missing, nullptr);
  EXPECT_NE(missing->message.find("为空"), std::string::npos) << missing->message;

  // Type into 1.1 without saving, and let the recovery copy be written.
  const std::string typed = "公司以文化建立为起点，明确使命、愿景和价值观。";
  wxStyledTextCtrl* stc = f->editor()->text();
  stc->SetFocus();
  stc->DocumentEnd();
  stc->AddText(wx(typed));
  ASSERT_TRUE(pump_until([&] { return clause_text(f, "1.1").find(typed) != std::string::npos; }));
  ASSERT_TRUE(f->document()->modified());
  ASSERT_TRUE(f->autosave_now());
  const fs::path copy = f->recovery().own_copy();
  ASSERT_TRUE(fs::exists(copy));
  gui::Document* doc = f->document();
  const long revision = doc->revision();
  // Typed just before the switch, never synchronised by a timer: the switch takes it along.
  const std::string more = "通过PDCA循环持续改进qualty。";  // with a misspelt word
  stc->AddText(wx(more));
  picture(f, "language-1-zh.png");

  ASSERT_NE(f->show_score_summary(), nullptr);

  // zh_CN → en in Edit ▸ Preferences: choose English, OK.
  wxTimer answer;
  bool answered = false;
  answer.Bind(wxEVT_TIMER, [&](wxTimerEvent&) {
    for (wxWindow* w : wxTopLevelWindows)
      if (auto* d = dynamic_cast<gui::PreferencesDialog*>(w); d && d->IsModal()) {
        for (wxWindow* c : d->GetChildren())
          if (auto* choice = dynamic_cast<wxChoice*>(c)) choice->SetSelection(2);  // English
        picture(d, "language-0-preferences.png");
        answered = true;
        d->EndModal(wxID_OK);
        return;
      }
    answer.StartOnce(50);  // not up yet
  });
  answer.StartOnce(100);
  wxCommandEvent preferences(wxEVT_MENU, wxID_PREFERENCES);
  f->ProcessWindowEvent(preferences);
  ASSERT_TRUE(answered);
  gui::MainFrame* en = nullptr;
  for (wxWindow* w : wxTopLevelWindows)
    if (auto* m = dynamic_cast<gui::MainFrame*>(w); m && m != f && m->IsShown()) en = m;
  ASSERT_NE(en, nullptr) << "a new frame takes over";
  pump(300);
  wxTheApp->ProcessIdle();  // where wx deletes the windows destroyed
  EXPECT_FALSE(is_window(f)) << "the old frame is gone";
  ASSERT_TRUE(pump_until([&] { return !en->checks_pending() && finding(en, "clause.missing", "1.2"); }));
  EXPECT_EQ(en->GetMenuBar()->GetMenuCount(), 8u);
  EXPECT_EQ(menu_label(en, 0), "File");
  EXPECT_EQ(menu_label(en, 1), "Edit");
  picture(en, "language-2-en.png");
  EXPECT_EQ(en->preferences().language(), "en");
  EXPECT_EQ(wxGetStockLabel(wxID_CLOSE, wxSTOCK_NOFLAGS), "Close");
  EXPECT_EQ(std::string(dgettext("gtk30", "_Close")), "_Close");
  // The scoring summary that was open is open again, in English.
  EXPECT_NE(summary_of(en), nullptr);
  if (wxDialog* d = summary_of(en)) {
    EXPECT_EQ(d->GetTitle(), "Scoring summary");
    picture(d, "language-2-summary.png");
  }
  // The same document, with everything typed, still unsaved; the same clause.
  EXPECT_EQ(en->document(), doc);
  EXPECT_TRUE(en->document()->modified());
  EXPECT_GE(en->document()->revision(), revision);
  EXPECT_NE(clause_text(en, "1.1").find(typed + more), std::string::npos) << clause_text(en, "1.1");
  EXPECT_EQ(en->editor()->clause_id(), "1.1");
  EXPECT_TRUE(en->editor()->plain_text().find(utf8(wx(typed + more))) != std::string::npos);
  EXPECT_TRUE(en->GetTitle().StartsWith(wx("● ")));
  // The speller came along: the misspelt word has its squiggle again.
  ASSERT_TRUE(pump_until([&] { return en->spelling_ready() && !en->editor()->misspellings().empty(); }));
  EXPECT_EQ(en->editor()->misspellings().front().word, "qualty");
  // The status bar, the view settings and the findings in English.
  EXPECT_TRUE(en->count_indicator()->label().Contains("Report")) << utf8(en->count_indicator()->label());
  EXPECT_TRUE(en->status(3).Contains("with spaces")) << "show characters is kept: " << utf8(en->status(3));
  const checks::Finding* missing_en = finding(en, "clause.missing", "1.2");
  ASSERT_NE(missing_en, nullptr);
  EXPECT_NE(missing_en->message.find("is empty"), std::string::npos) << missing_en->message;
  // The recovery copy was not removed, and the new frame goes on writing it.
  EXPECT_TRUE(fs::exists(copy));
  const std::string third = "每年开展文化评估。";
  en->editor()->text()->AddText(wx(third));
  ASSERT_TRUE(en->autosave_now());
  {
    const model::Report saved = model::load_report(copy);
    EXPECT_NE(section_text(saved.section("1.1")).find(typed + more + third), std::string::npos);
  }

  // And back to Chinese (what the dialog calls).
  gui::MainFrame* zh = en->switch_language("zh_CN");
  ASSERT_NE(zh, en);
  pump(300);
  wxTheApp->ProcessIdle();
  EXPECT_FALSE(is_window(en));
  EXPECT_TRUE(fs::exists(copy));
  ASSERT_TRUE(pump_until([&] { return !zh->checks_pending() && finding(zh, "clause.missing", "1.2"); }));
  EXPECT_TRUE(menu_label(zh, 0).Contains(wx("文件"))) << utf8(menu_label(zh, 0));
  picture(zh, "language-3-zh.png");
  EXPECT_TRUE(wxGetStockLabel(wxID_CLOSE).Contains(wx("关闭")));
  EXPECT_EQ(zh->document(), doc);
  EXPECT_TRUE(zh->document()->modified());
  EXPECT_NE(clause_text(zh, "1.1").find(typed + more + third), std::string::npos) << clause_text(zh, "1.1");
  EXPECT_EQ(zh->editor()->clause_id(), "1.1");
  EXPECT_TRUE(zh->count_indicator()->label().Contains(wx("全文"))) << utf8(zh->count_indicator()->label());
  const checks::Finding* missing_zh = finding(zh, "clause.missing", "1.2");
  ASSERT_NE(missing_zh, nullptr);
  EXPECT_NE(missing_zh->message.find("为空"), std::string::npos) << missing_zh->message;
  EXPECT_EQ(zh->preferences().language(), "zh_CN");

  zh->recovery().discard();
  zh->Destroy();
  pump(50);
}

// A table cell still being edited when the language changes keeps what was typed into it.
TEST(Language, CellBeingEditedIsKept) {
  gui::setup_translations("zh_CN");
  const standards::Standard& st = standards::Library::instance().get("shenzhen-2019-economic");
  const fs::path file = g_dir / "cell.zpr";
  model::save_report(model::new_report(st, "测试公司"), file, false);
  gui::MainFrame* f = open_frame(file);
  ASSERT_NE(f, nullptr);
  wxTextEntry* field = zp::testing::edit_new_indicator_name(f, "1.3");
  ASSERT_NE(field, nullptr);
  field->SetValue(wx("顾客满意度"));

  gui::MainFrame* en = f->switch_language("en");
  pump(100);
  wxTheApp->ProcessIdle();
  const std::vector<std::string> names = zp::testing::indicator_names(en->document()->report(), "1.3");
  EXPECT_NE(std::find(names.begin(), names.end(), "顾客满意度"), names.end()) << "the cell's text reached the report";
  EXPECT_EQ(en->editor()->clause_id(), "1.3");
  en->recovery().discard();
  en->Destroy();
  pump(50);
}

int main(int argc, char** argv) {
  return zp::testing::gui_test_main(argc, argv, "zp-gui-language-test", &g_dir, [] {
    // The catalogs built from i18n/ (the program finds them beside its binary).
    wxFileTranslationsLoader::AddCatalogLookupPathPrefix(ZP_LOCALE_DIR);
    // The tests run from inside the main loop, as the preferences dialog's switch does.
    int rc = 1;
    wxTheApp->CallAfter([&rc] {
      rc = RUN_ALL_TESTS();
      wxTheApp->ExitMainLoop();
    });
    wxTheApp->OnRun();
    return rc;
  });
}
