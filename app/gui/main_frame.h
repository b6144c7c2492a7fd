#pragma once
// The editor's main window: the standard's clause tree on the left, the selected clause on
// the right. (The full editor is built out in the editor issue.)
#include <wx/frame.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <map>
#include <optional>
#include <string>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::gui {

class MainFrame : public wxFrame {
 public:
  MainFrame();
  /// Open a report file; shows a message and returns false when it cannot be read.
  bool open_file(const wxString& path);
  /// Select a clause in the tree by id; false when there is no such clause.
  bool select_clause(const std::string& id);
  /// Batch mode (--screenshot): problems go to stderr instead of dialogs.
  void set_batch(bool batch) { batch_ = batch; }
  /// Show an error to the user (a dialog, or stderr in batch mode).
  void show_error(const wxString& title, const wxString& message);
  /// Save a PNG of the window's client area.
  bool save_screenshot(const wxString& path);

 private:
  void rebuild_tree();
  void show_clause(const std::string& id);
  void on_selection(wxTreeEvent& e);
  void on_open(wxCommandEvent& e);

  wxTreeCtrl* tree_ = nullptr;
  wxTextCtrl* view_ = nullptr;
  wxSplitterWindow* splitter_ = nullptr;
  std::optional<model::Report> report_;
  const standards::Standard* standard_ = nullptr;
  std::map<std::string, wxTreeItemId> items_;
  wxString path_;
  bool batch_ = false;
};

}  // namespace zp::gui
