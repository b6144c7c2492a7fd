#pragma once
// Shared by the GUI test programs: their main(), running the event loop while a test waits,
// and opening an indicator table's cell for typing.
#include <gtest/gtest.h>
#include <unistd.h>
#include <wx/app.h>
#include <wx/grid.h>
#include <wx/init.h>
#include <wx/textentry.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "gui/block_pane.h"
#include "gui/clause_editor_panel.h"
#include "gui/indicator_grid.h"
#include "gui/main_frame.h"
#include "gui/wx_string.h"
#include "model/report.h"

namespace zp::testing {

/// Run the event loop until cond holds (or ms milliseconds are up); whether it holds.
inline bool pump_until(const std::function<bool()>& cond, int ms = 8000) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < end) {
    wxTheApp->Yield(true);
    if (cond()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  wxTheApp->Yield(true);
  return cond();
}

/// Run the event loop for ms milliseconds.
inline void pump(int ms) {
  pump_until([] { return false; }, ms);
}

/// main() of a GUI test program: exits 77 (skipped) without a display or when wx cannot
/// start; otherwise gives the tests their own configuration and data directories under a new
/// temporary directory (*dir, named after `name`), runs `run` with wx started, cleans up and
/// returns what `run` returned.
inline int gui_test_main(int argc, char** argv, const std::string& name, std::filesystem::path* dir,
                         const std::function<int()>& run) {
  namespace fs = std::filesystem;
  if (!std::getenv("DISPLAY") || !*std::getenv("DISPLAY")) {
    std::puts("no display: skipped");
    return 77;
  }
  ::testing::InitGoogleTest(&argc, argv);
  *dir = fs::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
  fs::create_directories(*dir);
  setenv("XDG_CONFIG_HOME", (*dir / "config").c_str(), 1);
  setenv("XDG_DATA_HOME", (*dir / "data").c_str(), 1);
  wxApp::SetInstance(new wxApp);
  int wx_argc = 1;
  char* wx_argv[] = {argv[0], nullptr};
  if (!wxEntryStart(wx_argc, wx_argv) || !wxTheApp->CallOnInit()) {
    std::puts("cannot start wxWidgets: skipped");
    return 77;
  }
  const int rc = run();
  wxTheApp->OnExit();
  wxEntryCleanup();
  std::error_code ec;
  fs::remove_all(*dir, ec);
  return rc;
}

/// In the frame's report: a new indicator table in `clause`, a new indicator in it, and that
/// indicator's name cell open for typing. The cell's text field; nullptr when any step failed.
inline wxTextEntry* edit_new_indicator_name(gui::MainFrame* f, const std::string& clause) {
  if (!f->select_clause(clause)) return nullptr;
  f->editor()->insert_indicator_table();
  gui::IndicatorGrid* grid = f->editor()->block_pane()->indicator_grid();
  grid->add_indicator();
  pump(100);
  const int row = grid->GetNumberRows() - 1;
  grid->SetFocus();
  grid->SetGridCursor(row, 0);
  grid->EnableCellEditControl();
  if (!grid->IsCellEditControlShown()) return nullptr;
  wxGridCellEditor* editor = grid->GetCellEditor(row, 0);
  auto* field = dynamic_cast<wxTextEntry*>(editor->GetWindow());
  editor->DecRef();  // GetCellEditor() took a reference
  return field;
}

/// The names of the indicators in the indicator tables of `clause`, in order.
inline std::vector<std::string> indicator_names(const model::Report& report, const std::string& clause) {
  std::vector<std::string> names;
  if (const model::Section* s = report.section(clause))
    for (const model::Block& b : s->blocks)
      if (const auto* t = std::get_if<model::IndicatorTable>(&b))
        for (const model::Indicator& i : t->indicators) names.push_back(i.name);
  return names;
}

}  // namespace zp::testing
