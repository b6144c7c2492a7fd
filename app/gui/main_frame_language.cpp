// MainFrame: switching the interface language while the program runs. Every label of the
// frame, its panels and dialogs is set when they are built, so the frame is built again in
// the new language and takes over the report and the view from the old one.
#include <wx/app.h>
#include <wx/notebook.h>
#include <wx/stc/stc.h>

#include "gui/background_worker.h"
#include "gui/clause_editor_panel.h"
#include "gui/clause_tree_panel.h"
#include "gui/find_replace_dialog.h"
#include "gui/findings_panel.h"
#include "gui/guidance_panel.h"
#include "gui/main_frame.h"
#include "gui/preferences.h"
#include "gui/score_summary_dialog.h"
#include "gui/scoring_panel.h"
#include "gui/translations.h"
#include "text/spelling.h"

namespace zp::gui {

/// What a new frame takes over from the one it replaces.
struct MainFrame::Handover {
  std::unique_ptr<Document> doc;
  std::string clause;
  long autosaved_revision = -1;
  bool batch = false;
  bool show_characters = false;
  std::set<std::string> ignored_words;
  std::map<std::string, std::vector<std::string>> suggestions;
  std::shared_ptr<text::Spelling> speller;
  wxRect rect;
  bool maximized = false;
  bool shown = false;
  wxString layout;
  int side_page = 0;
  bool summary_shown = false;
  bool find_shown = false;
  std::string find_needle;
  int caret = 0, anchor = 0, first_line = 0;
  bool editor_focused = false;
};

MainFrame* MainFrame::switch_language(const std::string& lang) {
  // Everything typed goes into the document while the old language's labels are still what
  // the editor compares its lines with.
  if (doc_) commit_edits();
  Handover h;
  h.clause = clause_;
  h.autosaved_revision = autosaved_revision_;
  h.batch = batch_;
  h.show_characters = show_characters_;
  h.ignored_words = ignored_words_;
  h.suggestions = suggestions_;
  h.maximized = IsMaximized();
  h.rect = GetRect();
  h.shown = IsShown();
  h.layout = aui_.SavePerspective();
  h.side_page = side_book_->GetSelection();
  h.summary_shown = summary_ && summary_->IsShown();
  h.find_shown = find_dialog_ && find_dialog_->IsShown();
  if (find_dialog_) h.find_needle = find_dialog_->needle();
  wxStyledTextCtrl* stc = editor_->text();
  h.caret = stc->GetCurrentPos();
  h.anchor = stc->GetAnchor();
  h.first_line = stc->GetFirstVisibleLine();
  for (wxWindow* w = FindFocus(); w; w = w->GetParent())
    if (w == editor_) h.editor_focused = true;

  // Nothing may reach the document through this frame any more: stop the timers, wait for
  // the worker threads (results still queued for this frame are dropped by the serial) and
  // let the panels go of it. The recovery copy stays: it belongs to the process, and the
  // new frame goes on writing it.
  check_worker_.reset();
  spell_worker_.reset();
  ++doc_serial_;
  h.speller = std::move(speller_);
  h.doc = std::move(doc_);
  last_findings_.clear();
  editor_->set_document(nullptr);
  scoring_->set_document(nullptr);
  tree_->set_document(nullptr);
  findings_->set_findings({}, nullptr);
  guidance_->show(nullptr, nullptr, nullptr);
  autosave_timer_.Stop();
  check_timer_.Stop();
  decor_timer_.Stop();
  spell_timer_.Stop();

  prefs_->set_language(lang);
  prefs_->flush();
  setup_translations(lang);

  auto* fresh = new MainFrame();  // reads the preferences just saved
  fresh->take_over(std::move(h));
  if (wxTheApp->GetTopWindow() == this) wxTheApp->SetTopWindow(fresh);
  // Not Close(): that would ask about the unsaved changes (now the new frame's) and remove
  // the recovery copy.
  Hide();
  Destroy();
  return fresh;
}

void MainFrame::take_over(Handover h) {
  set_batch(h.batch);
  if (h.maximized) {
    Maximize();
  } else {
    SetSize(h.rect);
  }
  load_layout(h.layout);
  show_side_page(h.side_page);
  if (h.doc) {
    // The checks run again (findings in the new language); the speller is the same (the
    // report's dictionary included), so the dictionary is not loaded again.
    set_document(std::move(h.doc), h.clause, std::move(h.speller));
    autosaved_revision_ = h.autosaved_revision;
    ignored_words_ = std::move(h.ignored_words);
    suggestions_ = std::move(h.suggestions);
    wxStyledTextCtrl* stc = editor_->text();
    const int length = stc->GetLength();
    stc->SetSelection(std::min(h.anchor, length), std::min(h.caret, length));
    stc->SetFirstVisibleLine(h.first_line);
  }
  show_characters(h.show_characters);
  if (h.shown) Show();
  if (h.summary_shown) show_score_summary();
  if (h.find_shown) {
    open_find_dialog();
    if (find_dialog_) find_dialog_->set_needle(h.find_needle);
  }
  if (h.editor_focused) editor_->text()->SetFocus();
}

}  // namespace zp::gui
