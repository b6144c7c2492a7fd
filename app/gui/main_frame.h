#pragma once
/// The editor's main window. Left: the clause tree. Centre: the clause editor. Right: the
/// clause's guidance (beside it, on a second page, the
/// scoring panel) above the findings of the whole report. Status bar: the report's 字数
/// against its limit, the clause's 字数, 字符数 on demand. The frame wires the panels
/// together (they report upward through callbacks) and owns the document, the autosave and
/// recovery, the background checks and spelling. File handling lives in
/// main_frame_files.cpp, checks and spelling in main_frame_checks.cpp, find and replace in
/// main_frame_find.cpp, switching the language in main_frame_language.cpp.
#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/timer.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "checks/finding.h"
#include "gui/document.h"
#include "gui/recovery.h"

namespace zp::text {
class Spelling;
}

namespace zp::io::docx {
struct DocxImport;
}

namespace zp::gui {

class BackgroundWorker;
class ClauseEditorPanel;
class ClauseTreePanel;
class CountIndicator;
class FindingsPanel;
class FindReplaceDialog;
class GuidancePanel;
class ScoreSummaryDialog;
class ScoringPanel;
class Preferences;
struct Misspelling;

class MainFrame : public wxFrame {
 public:
  MainFrame();
  ~MainFrame() override;

  // ---- Files ----
  /// Open a report (.zpr, or .docx through the importer with its mapping report); shows a
  /// message and returns false when it cannot be read.
  bool open_file(const wxString& path);
  /// Start editing a new report (unsaved).
  void new_document(model::Report report);
  /// Save to path (atomically); false (with a message) when it cannot be written.
  bool save_as(const wxString& path);
  /// Save to the document's path, asking for one when it has none.
  bool save();
  /// Write the recovery copy now (what the autosave timer does); false when it failed.
  bool autosave_now();
  /// Offer to restore recovery copies left by a crash (at start; not in batch mode).
  void offer_recovery();
  /// Restore one recovery copy: it becomes the document, with unsaved changes.
  bool restore(const RecoveryCopy& copy);
  RecoveryStore& recovery() { return recovery_; }

  // ---- Language ----
  /// Switch the interface to lang ("zh_CN", "en", "" = the system's) at once, as Edit ▸
  /// Preferences does: the choice is saved, the translations change (the core's and wx's,
  /// on every thread), and a new frame built in the new language takes over this frame's
  /// report with its unsaved changes, the clause, the window's place and size, the pane
  /// layout and the view settings; the checks run again so the findings read in the new
  /// language. This frame then goes away without asking about unsaved changes and without
  /// removing the recovery copy (the new frame keeps writing it). Returns the new frame.
  MainFrame* switch_language(const std::string& lang);

  // ---- Navigation ----
  /// Select a clause in the tree by id; false when there is no such clause.
  bool select_clause(const std::string& id);
  /// Go to a finding: its clause and, when it has one, its text range.
  void go_to(const checks::Finding& f);

  // ---- Batch mode and pictures ----
  /// Batch mode (--screenshot): problems go to stderr instead of dialogs.
  void set_batch(bool batch) { batch_ = batch; }
  bool batch() const { return batch_; }
  /// Show an error to the user (a dialog, or stderr in batch mode).
  void show_error(const wxString& title, const wxString& message);
  /// Save a PNG of the window.
  bool save_screenshot(const wxString& path);

  // ---- Checks and spelling ----
  /// Run the checks now on a worker thread (normally debounced after typing).
  void request_checks();
  /// Whether a check run is waiting or running.
  bool checks_pending() const;
  /// Check the shown clause's spelling on the worker thread.
  void request_spelling();
  /// Whether the speller is loaded and no spelling run is waiting.
  bool spelling_ready() const;
  /// Suggestions for a misspelled word, once the spelling thread has looked them up.
  const std::vector<std::string>* spelling_suggestions(const std::string& word) const;
  /// The spelling actions of the context menu.
  void add_to_dictionary(const std::string& word);
  void ignore_word(const std::string& word);

  // ---- For tests and the benchmark ----
  Document* document() { return doc_.get(); }
  ClauseEditorPanel* editor() const { return editor_; }
  ClauseTreePanel* tree() const { return tree_; }
  FindingsPanel* findings() const { return findings_; }
  GuidancePanel* guidance() const { return guidance_; }
  ScoringPanel* scoring() const { return scoring_; }
  /// Show the guidance (0) or the scoring (1) page beside the editor.
  void show_side_page(int page);
  /// Review ▸ Summary: open (or refresh) the scoring summary; returns it.
  ScoreSummaryDialog* show_score_summary();
  CountIndicator* count_indicator() const { return count_; }
  Preferences& preferences() { return *prefs_; }
  wxString status(int field) const;
  /// Show or hide 字符数 in the status bar.
  void show_characters(bool on);
  /// Find the next match after the caret, across clauses; false when there is none.
  bool find_next(const std::string& needle, bool match_case);
  /// Replace every match in the report; returns the count.
  int replace_everywhere(const std::string& needle, const std::string& replacement, bool match_case);

 private:
  struct Handover;
  /// Take over a frame's report and view (switch_language).
  void take_over(Handover h);
  /// Put what is being typed (a table cell being edited, the text, the scores) into the
  /// document: before saving, exporting, closing and switching the language.
  void commit_edits();
  /// Apply a saved pane layout, with the captions in the current language.
  bool load_layout(const wxString& perspective);
  void build_menus();
  void build_toolbar();
  void build_status_bar();
  /// Show doc (nullptr: none) at clause (default: its first to write); with a speller already
  /// loaded for it (a language switch hands one over) the dictionary is not loaded again.
  void set_document(std::unique_ptr<Document> doc, const std::string& clause = {},
                    std::shared_ptr<text::Spelling> speller = nullptr);
  void update_title();
  void update_counts();
  void show_clause(const std::string& id);
  void on_content_changed(const std::string& clause);
  void on_findings(std::vector<checks::Finding> findings, long serial);
  void on_close(wxCloseEvent& e);
  bool confirm_discard();
  void restart_autosave_timer();
  void show_mapping_report(const io::docx::DocxImport& draft, const wxString& path);
  void show_word_count();
  void show_spelling_menu(const Misspelling& m, const wxPoint& at);
  void open_find_dialog();
  void do_new();
  void do_open();
  void do_save_as();
  void do_export();
  void do_insert_image();
  void do_preferences();

  std::unique_ptr<Preferences> prefs_;
  std::unique_ptr<Document> doc_;
  long doc_serial_ = 0;
  std::string clause_;
  wxAuiManager aui_;
  wxString default_layout_;
  ClauseTreePanel* tree_ = nullptr;
  ClauseEditorPanel* editor_ = nullptr;
  GuidancePanel* guidance_ = nullptr;
  FindingsPanel* findings_ = nullptr;
  wxNotebook* side_book_ = nullptr;  // guidance and scoring pages
  ScoringPanel* scoring_ = nullptr;
  ScoreSummaryDialog* summary_ = nullptr;
  CountIndicator* count_ = nullptr;
  FindReplaceDialog* find_dialog_ = nullptr;
  wxFileHistory history_;
  wxMenu* recent_menu_ = nullptr;
  wxTimer autosave_timer_;
  wxTimer check_timer_;
  wxTimer decor_timer_;
  std::string tree_clause_;  // the clause whose tree label waits for decor_timer_
  wxTimer spell_timer_;
  RecoveryStore recovery_;
  long autosaved_revision_ = -1;
  std::unique_ptr<BackgroundWorker> check_worker_;
  std::unique_ptr<BackgroundWorker> spell_worker_;
  std::shared_ptr<text::Spelling> speller_;
  bool spell_pending_ = false;
  std::set<std::string> ignored_words_;
  std::map<std::string, std::vector<std::string>> suggestions_;  // UI thread
  std::set<std::string> suggested_words_;                         // spelling thread only
  std::vector<checks::Finding> last_findings_;
  bool show_characters_ = false;
  bool batch_ = false;
};

}  // namespace zp::gui
