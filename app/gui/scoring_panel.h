#pragma once
/// Pre-scoring beside the guidance: for the scoring unit holding the selected clause (an
/// item, a third level, a Wuhan category judged on its process and results guides, an
/// individual-award second level) the band descriptors of its guide(s), a reviewer switcher,
/// the reviewer's percentage (only the scale's values; the core refuses the rest), notes per
/// factor, strengths and opportunities for improvement (OFIs; optionally tied to the text
/// selected in the editor), the lead's agreed value and the evidence-cap advice of the
/// checks. Every change goes through scoring/reviews.h and is reported through on_changed.
#include <wx/scrolwin.h>
#include <wx/string.h>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "scoring/totals.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxComboBox;
class wxListBox;
class wxStaticText;
class wxTextCtrl;

namespace zp::gui {

class Document;

class ScoringPanel : public wxScrolledWindow {
 public:
  explicit ScoringPanel(wxWindow* parent);
  /// The document (not owned); nullptr shows nothing.
  void set_document(Document* doc);
  /// Show the scoring unit holding this clause.
  void show_clause(const std::string& clause_id);
  /// The latest findings (for the evidence-cap advice).
  void set_findings(const std::vector<checks::Finding>& findings);

  /// The scoring unit shown, empty when the clause lies in none.
  const std::string& unit_id() const { return unit_; }
  /// The reviewer scoring (the switcher's choice), empty when the report has none.
  const std::string& reviewer() const { return reviewer_; }
  /// Choose a reviewer, adding them with role when new. Returns false (message) when refused.
  bool use_reviewer(const std::string& name, model::ReviewerRole role = model::ReviewerRole::InternalReviewer);
  /// Set the current reviewer's percentage for the unit (with the factor notes typed);
  /// false with the core's message (error()) when refused.
  bool set_percent(double percent);
  /// The same from text as typed in the chooser ("55", "55%").
  bool set_percent_text(const wxString& text);
  /// Record the lead's agreed value, or withdraw it with nullopt.
  bool agree(std::optional<double> percent);
  /// Add a strength or an OFI to the current reviewer's score; tie_to_selection takes the
  /// range from selection (set by the frame).
  bool add_remark(bool strength, const std::string& text, bool tie_to_selection = false);
  /// Put factor notes typed but not yet applied into the current score (before saving).
  void sync() { save_notes(); }
  /// The notes field of a factor of the shown unit, or nullptr (for tests).
  wxTextCtrl* note_field(const std::string& factor) const {
    auto it = notes_.find(factor);
    return it == notes_.end() ? nullptr : it->second;
  }
  /// The message of the last refusal.
  const wxString& error() const { return error_; }
  /// The text of the unit's header and advice lines (for tests).
  wxString summary_text() const;

  /// Called after the reviews changed (the frame marks the document modified).
  std::function<void(const std::string& unit)> on_changed;
  /// The editor's selection as a range in the shown clause (nullopt when none).
  std::function<std::optional<checks::TextRange>()> selection;
  /// The editor's clause (a remark is tied to it).
  std::function<std::string()> selection_clause;

 private:
  void refresh();
  void refresh_reviewers();
  void refresh_score();
  void rewrap();
  void set_label(wxStaticText* t, const wxString& text);
  void render_bands(std::optional<double> percent);
  void refuse(const wxString& message);
  model::UnitScore* current_score();
  void save_notes();
  void edit_remark(bool strength, bool remove);
  void do_add_reviewer();

  Document* doc_ = nullptr;
  std::string clause_;
  std::string unit_;
  std::string reviewer_;
  /// Reviewers added in the panel who have not scored yet: scoring::set_score stores them
  /// (with this role) with their first score.
  std::vector<model::Reviewer> pending_;
  std::vector<checks::Finding> findings_;
  std::vector<std::string> factors_;
  wxString error_;
  bool loading_ = false;

  wxStaticText* title_ = nullptr;
  wxStaticText* scale_ = nullptr;
  wxChoice* reviewers_ = nullptr;
  wxButton* add_reviewer_ = nullptr;
  wxComboBox* percent_ = nullptr;
  wxButton* set_ = nullptr;
  wxButton* remove_ = nullptr;
  wxStaticText* band_ = nullptr;
  wxStaticText* cap_ = nullptr;
  wxStaticText* consensus_ = nullptr;
  wxComboBox* agreed_ = nullptr;
  wxButton* agree_ = nullptr;
  wxButton* withdraw_ = nullptr;
  wxWindow* notes_box_ = nullptr;
  std::map<std::string, wxTextCtrl*> notes_;
  wxListBox* strengths_ = nullptr;
  wxListBox* ofis_ = nullptr;
  wxCheckBox* tie_ = nullptr;
  wxTextCtrl* bands_ = nullptr;
  std::map<wxStaticText*, wxString> raw_;  // labels before wrapping
};

}  // namespace zp::gui
