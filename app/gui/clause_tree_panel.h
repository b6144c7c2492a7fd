#pragma once
/// The standard's clause tree: the profile first, each clause with its points, and for the
/// clauses the applicant writes, their state (empty, written, has warnings, has errors)
/// and their 字数. Arrow keys move between clauses; the panel reports the selection
/// through on_select.
#include <wx/panel.h>
#include <wx/treectrl.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "checks/finding.h"

namespace zp::gui {

class Document;

class ClauseTreePanel : public wxPanel {
 public:
  explicit ClauseTreePanel(wxWindow* parent);
  void set_document(const Document* doc);
  /// Update one clause's label and state (after an edit).
  void refresh_clause(const std::string& id);
  /// New findings: clause states follow the worst severity.
  void set_findings(const std::vector<checks::Finding>& findings);
  /// Select a clause; false when the tree has no such clause.
  bool select(const std::string& id);
  /// The next (or previous) clause the applicant writes, from id; empty at the end.
  std::string neighbour(const std::string& id, int step) const;
  wxTreeCtrl* tree() const { return tree_; }

  std::function<void(const std::string&)> on_select;

 private:
  void refresh_item(const std::string& id);
  wxTreeCtrl* tree_ = nullptr;
  const Document* doc_ = nullptr;
  std::map<std::string, wxTreeItemId> items_;
  std::map<std::string, checks::Severity> worst_;
  bool selecting_ = false;
};

}  // namespace zp::gui
