// zhuoping-gui: the editor.
//   zhuoping-gui [FILE]
//   zhuoping-gui --screenshot OUT.png [--clause ID [--block N]] [--page guidance|scoring|summary] FILE
//                                                          save a PNG of the window and exit
//   zhuoping-gui --screenshot OUT.png --page mapping DRAFT.docx
//                                                          save a PNG of the .docx mapping report
//   zhuoping-gui --bench FILE                              measure start-up, typing, memory
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/timer.h>

#include <chrono>

#include "gui/bench_run.h"
#include "gui/clause_editor_panel.h"
#include "gui/main_frame.h"
#include "gui/mapping_report_dialog.h"
#include "gui/preferences.h"
#include "gui/translations.h"
#include "gui/wx_string.h"
#include "util/format.h"
#include "util/i18n.h"

namespace {

const auto kStarted = std::chrono::steady_clock::now();

class App : public wxApp {
 public:
  bool OnInit() override {
    wxInitAllImageHandlers();
    SetAppName("zhuoping");
    {
      zp::gui::Preferences prefs;
      zp::gui::setup_translations(prefs.language());
    }
    if (!wxApp::OnInit()) return false;
    const bool batch = !screenshot_.empty() || bench_;
    auto* frame = new zp::gui::MainFrame();
    if (batch) {
      frame->set_batch(true);
      frame->SetSize(1280, 800);
      frame->Move(0, 0);
      delete wxLog::SetActiveTarget(new wxLogStderr);
    }
    if (!batch) {
      // Fill a small screen; on a large one keep the default size, centred.
      const wxSize screen = wxGetDisplaySize();
      if (screen.x < frame->GetSize().x + 80 || screen.y < frame->GetSize().y + 80) frame->Maximize();
      else frame->Centre();
    }
    frame->Show();
    if (!file_.empty() && !frame->open_file(file_) && batch) return quit_with(frame, 2);
    if (!clause_.empty() && !frame->select_clause(zp::gui::utf8(clause_))) {
      frame->show_error("Zhuoping", zp::gui::wx(zp::format(ZP_("unknown clause id: {0}"), zp::gui::utf8(clause_))));
      if (batch) return quit_with(frame, 2);
    }
    if (!block_.empty()) {
      long n = -1;
      if (!block_.ToLong(&n) || !frame->editor()->open_block(static_cast<int>(n) - 1)) {
        frame->show_error("Zhuoping", zp::gui::wx(zp::format(ZP_("the clause has no table or figure number {0}"), zp::gui::utf8(block_))));
        if (batch) return quit_with(frame, 2);
      }
    }
    if (page_ == "mapping") {
      // The mapping report of a Word draft, as File ▸ Open shows it (batch runs skip it there;
      // a run with a display has shown it already).
      if (!zp::gui::is_docx(file_)) {
        frame->show_error("Zhuoping", zp::gui::wx(ZP_("--page mapping needs a Word draft (.docx) as FILE")));
        if (batch) return quit_with(frame, 2);
      } else if (batch) {
        try {
          mapping_ = zp::gui::MappingReportDialog::for_file(frame, file_);
          mapping_->Show();
        } catch (const std::exception& e) {
          frame->show_error("Zhuoping", zp::gui::wx(e.what()));
          if (batch) return quit_with(frame, 2);
        }
      }
    } else if (!page_.empty()) {
      if (page_ == "guidance") frame->show_side_page(0);
      else if (page_ == "scoring") frame->show_side_page(1);
      else if (page_ == "summary") frame->show_score_summary();
      else {
        frame->show_error("Zhuoping", zp::gui::wx(zp::format(ZP_("unknown page {0}: use guidance, scoring, summary or mapping"), zp::gui::utf8(page_))));
        if (batch) return quit_with(frame, 2);
      }
    }
    if (bench_) {
      CallAfter([this, frame] { exit_code_ = zp::gui::run_bench(frame, kStarted); });
    } else if (!screenshot_.empty()) {
      // Let the window lay out and paint, then save it and quit.
      timer_.Bind(wxEVT_TIMER, [this, frame](wxTimerEvent&) {
        bool ok = mapping_ ? mapping_->save_screenshot(screenshot_) : frame->save_screenshot(screenshot_);
        if (mapping_) mapping_->Destroy();
        exit_code_ = ok ? 0 : 1;
        frame->Destroy();
      });
      timer_.StartOnce(900);
    } else {
      CallAfter([frame] { frame->offer_recovery(); });
    }
    return true;
  }
  // In batch mode a failure ends the program with a status instead of leaving a window up.
  bool quit_with(wxFrame* frame, int code) {
    exit_code_ = code;
    CallAfter([frame] { frame->Destroy(); });
    return true;
  }
  int OnRun() override {
    int rc = wxApp::OnRun();
    return exit_code_ ? exit_code_ : rc;
  }
  void OnInitCmdLine(wxCmdLineParser& p) override {
    wxApp::OnInitCmdLine(p);
    p.AddOption("", "screenshot", "save a PNG of the window and exit");
    p.AddOption("", "clause", "select this clause");
    p.AddOption("", "block", "open the clause's N-th table or figure (from 1) in the block pane");
    p.AddOption("", "page", "show a page: guidance, scoring (beside the editor), summary (Review > Summary) or mapping (the import report of a .docx FILE; with --screenshot, the PNG is of that dialog)");
    p.AddSwitch("", "bench", "measure start-up, typing and memory, print them and exit");
    p.AddParam("FILE", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
  }
  bool OnCmdLineParsed(wxCmdLineParser& p) override {
    p.Found("screenshot", &screenshot_);
    p.Found("clause", &clause_);
    p.Found("block", &block_);
    p.Found("page", &page_);
    bench_ = p.Found("bench");
    if (p.GetParamCount() > 0) file_ = p.GetParam(0);
    return wxApp::OnCmdLineParsed(p);
  }

 private:
  wxString screenshot_, clause_, file_, block_, page_;
  zp::gui::MappingReportDialog* mapping_ = nullptr;
  bool bench_ = false;
  wxTimer timer_;
  int exit_code_ = 0;
};

}  // namespace

wxIMPLEMENT_APP(App);
