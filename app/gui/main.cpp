// zhuoping-gui: the editor.
//   zhuoping-gui [FILE]
//   zhuoping-gui --screenshot OUT.png [--clause ID] FILE
#include <wx/app.h>
#include <wx/cmdline.h>
#include <wx/image.h>
#include <wx/log.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>

#include "gui/main_frame.h"
#include "gui/wx_string.h"
#include "util/format.h"
#include "util/i18n.h"

namespace {

class App : public wxApp {
 public:
  bool OnInit() override {
    wxInitAllImageHandlers();
    wxLocale::AddCatalogLookupPathPrefix(wxStandardPaths::Get().GetExecutablePath().BeforeLast('/') + "/../share/locale");
    locale_.Init(wxLANGUAGE_DEFAULT);
    locale_.AddCatalog("zhuoping");
    zp::set_translator([](const char* id) -> const char* {
      // wxGetTranslation returns a reference to a string owned by the catalog.
      const wxString& s = wxGetTranslation(wxString::FromUTF8(id));
      static thread_local std::string buf;
      buf = zp::gui::utf8(s);
      return buf.c_str();
    });
    if (!wxApp::OnInit()) return false;
    auto* frame = new zp::gui::MainFrame();
    if (!screenshot_.empty()) {
      frame->set_batch(true);
      delete wxLog::SetActiveTarget(new wxLogStderr);
    }
    frame->Show();
    if (!file_.empty() && !frame->open_file(file_) && !screenshot_.empty()) return quit_with(frame, 2);
    if (!clause_.empty() && !frame->select_clause(zp::gui::utf8(clause_))) {
      frame->show_error("Zhuoping", zp::gui::wx(zp::format(ZP_("unknown clause id: {0}"), zp::gui::utf8(clause_))));
      if (!screenshot_.empty()) return quit_with(frame, 2);
    }
    if (!screenshot_.empty()) {
      // Let the window lay out and paint, then save it and quit.
      timer_.Bind(wxEVT_TIMER, [this, frame](wxTimerEvent&) {
        bool ok = frame->save_screenshot(screenshot_);
        exit_code_ = ok ? 0 : 1;
        frame->Destroy();
      });
      timer_.StartOnce(700);
    }
    return true;
  }
  int OnExit() override { return exit_code_; }
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
    p.AddParam("FILE", wxCMD_LINE_VAL_STRING, wxCMD_LINE_PARAM_OPTIONAL);
  }
  bool OnCmdLineParsed(wxCmdLineParser& p) override {
    p.Found("screenshot", &screenshot_);
    p.Found("clause", &clause_);
    if (p.GetParamCount() > 0) file_ = p.GetParam(0);
    return wxApp::OnCmdLineParsed(p);
  }

 private:
  wxLocale locale_;
  wxString screenshot_, clause_, file_;
  wxTimer timer_;
  int exit_code_ = 0;
};

}  // namespace

wxIMPLEMENT_APP(App);
