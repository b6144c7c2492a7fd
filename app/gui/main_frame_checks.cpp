// MainFrame: the checks (debounced, on a worker thread), spelling squiggles (on a worker
// thread) with their context menu, and the word count on demand.
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/stc/stc.h>

#include <chrono>
#include <set>

#include "checks/engine.h"
#include "checks/spell_unknown.h"
#include "gui/background_worker.h"
#include "gui/clause_editor_panel.h"
#include "gui/clause_tree_panel.h"
#include "gui/findings_panel.h"
#include "gui/score_summary_dialog.h"
#include "gui/scoring_panel.h"
#include "gui/main_frame.h"
#include "gui/wx_string.h"
#include "text/spelling.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

void MainFrame::request_checks() {
  if (!doc_) return;
  editor_->sync();
  // The checks read a copy, so typing goes on while they run. Images are not checked:
  // their bytes stay behind.
  auto copy = std::make_shared<model::Report>();
  {
    const model::Report& r = doc_->report();
    copy->standard_id = r.standard_id;
    copy->organisation = r.organisation;
    copy->title = r.title;
    copy->meta = r.meta;
    copy->sections = r.sections;
    copy->dictionary = r.dictionary;
    for (const auto& [id, m] : r.media) copy->media[id] = model::Media{m.id, m.mime, {}};
  }
  const standards::Standard* st = &doc_->standard();
  const long serial = doc_serial_;
  std::shared_ptr<text::Spelling> speller = speller_;
  std::map<std::string, long> saved = doc_->saved_counts();
  findings_->set_busy(true);
  check_worker_->post([this, copy, st, serial, speller, saved = std::move(saved)] {
    checks::CheckOptions options;
    options.speller = speller.get();
    options.previous_clause_counts = saved;
    std::vector<checks::Finding> f;
    try {
      f = checks::run_checks(*copy, *st, options);
    } catch (const std::exception& e) {
      checks::Finding err;
      err.code = "editor.check_failed";
      err.severity = checks::Severity::Error;
      err.message = format(ZP_("The checks stopped with an error: {0}"), e.what());
      f.push_back(err);
    }
    CallAfter([this, f = std::move(f), serial]() mutable { on_findings(std::move(f), serial); });
  });
}

bool MainFrame::checks_pending() const { return check_worker_->busy() || check_timer_.IsRunning(); }

void MainFrame::on_findings(std::vector<checks::Finding> findings, long serial) {
  if (serial != doc_serial_ || !doc_) return;
  last_findings_ = findings;
  tree_->set_findings(findings);
  editor_->set_findings(findings);
  scoring_->set_findings(findings);
  if (summary_ && summary_->IsShown()) summary_->update(*doc_, findings);  // evidence caps
  findings_->set_findings(std::move(findings), &doc_->standard());
  if (check_worker_->busy() || check_timer_.IsRunning()) findings_->set_busy(true);
}

void MainFrame::request_spelling() {
  if (!doc_ || !speller_) return;
  const std::string text = editor_->plain_text();
  const std::string clause = editor_->clause_id();
  const long serial = doc_serial_;
  auto speller = speller_;
  BackgroundWorker* worker = spell_worker_.get();
  spell_worker_->post([this, text, clause, serial, speller, worker] {
    std::vector<Misspelling> bad;
    // The words the check (spell.unknown) looks up, by the same rule: no acronyms in capitals.
    for (const text::LatinWord& w : text::latin_words(text))
      if (checks::spell_checked(w, checks::CheckConfig::builtin()) && !speller->known(w.text))
        bad.push_back({static_cast<int>(w.byte_begin), static_cast<int>(w.byte_end), std::string(w.text)});
    std::set<std::string> words;
    for (const Misspelling& m : bad) words.insert(m.word);
    CallAfter([this, bad = std::move(bad), text, clause, serial]() mutable {
      // Only if the text is still what was checked.
      if (serial != doc_serial_ || clause != editor_->clause_id() || text != editor_->plain_text()) return;
      std::erase_if(bad, [this](const Misspelling& m) { return ignored_words_.count(m.word) > 0; });
      editor_->set_misspellings(std::move(bad));
    });
    // Then the suggestions (about 30 ms a word), here rather than when the menu opens; the
    // squiggles do not wait for them. Words seen before are not looked up again; a newer
    // spelling check (or closing) stops the lookups, and the next check goes on with them.
    for (const std::string& word : words) {
      if (suggested_words_.count(word)) continue;
      if (worker->superseded()) break;
      suggested_words_.insert(word);
      std::vector<std::string> s = speller->suggest(word);
      if (s.size() > 6) s.resize(6);
      // (From the en_US dictionary: they hold for any report.)
      CallAfter([this, word, s = std::move(s)]() mutable { suggestions_[word] = std::move(s); });
    }
  });
}

const std::vector<std::string>* MainFrame::spelling_suggestions(const std::string& word) const {
  auto it = suggestions_.find(word);
  return it == suggestions_.end() ? nullptr : &it->second;
}

bool MainFrame::spelling_ready() const { return speller_ && !spell_worker_->busy() && !spell_timer_.IsRunning(); }

void MainFrame::add_to_dictionary(const std::string& word) {
  if (!doc_ || !speller_) return;
  auto& dict = doc_->report().dictionary;
  if (std::find(dict.begin(), dict.end(), word) == dict.end()) dict.push_back(word);
  speller_->add_word(word);
  doc_->changed("");
  update_title();
  request_spelling();
  check_timer_.StartOnce(300);
}

void MainFrame::ignore_word(const std::string& word) {
  ignored_words_.insert(word);
  request_spelling();
}

void MainFrame::show_spelling_menu(const Misspelling& m, const wxPoint& at) {
  if (!speller_) return;
  wxMenu menu;
  // Looked up on the spelling thread after the check; a word the menu is faster than gets
  // its suggestions here.
  std::vector<std::string> suggestions;
  if (const auto* known = spelling_suggestions(m.word)) {
    suggestions = *known;
  } else {
    suggestions = speller_->suggest(m.word);
    if (suggestions.size() > 6) suggestions.resize(6);
  }
  int id = wxID_HIGHEST + 500;
  for (const std::string& s : suggestions) {
    menu.Append(id, wx(s));
    menu.Bind(wxEVT_MENU, [this, m, s](wxCommandEvent&) {
      wxStyledTextCtrl* stc = editor_->text();
      stc->SetTargetStart(m.from);
      stc->SetTargetEnd(m.to);
      stc->ReplaceTarget(wx(s));
    }, id++);
  }
  if (suggestions.empty()) menu.Append(wxID_ANY, wx(ZP_("(no suggestions)")))->Enable(false);
  menu.AppendSeparator();
  const int add = wxID_HIGHEST + 520, ignore = wxID_HIGHEST + 521;
  menu.Append(add, wx(format(ZP_("Add “{0}” to the report's dictionary"), m.word)));
  menu.Append(ignore, wx(ZP_("Ignore")));
  menu.Bind(wxEVT_MENU, [this, m](wxCommandEvent&) { add_to_dictionary(m.word); }, add);
  menu.Bind(wxEVT_MENU, [this, m](wxCommandEvent&) { ignore_word(m.word); }, ignore);
  editor_->text()->PopupMenu(&menu, at);
}

void MainFrame::show_word_count() {
  if (!doc_) return;
  editor_->sync();
  const text::Counts c = doc_->clause_counts(editor_->clause_id());
  const text::Counts& t = doc_->total();
  std::string msg = format(ZP_("This clause (with its heading):\n  字数 {0}\n  字符数(不计空格) {1}\n  字符数(计空格) {2}\n\nThe report body:\n  字数 {3}\n  字符数(不计空格) {4}\n  字符数(计空格) {5}"),
                           group_digits(c.words), group_digits(c.characters), group_digits(c.characters_with_spaces),
                           group_digits(t.words), group_digits(t.characters), group_digits(t.characters_with_spaces));
  if (doc_->limit() > 0) msg += "\n\n" + format(ZP_("Limit: {0} 字"), group_digits(doc_->limit()));
  msg += "\n\n" + std::string(ZP_("Counted as Microsoft Word counts 字数; tables and captions included, cover and contents page not."));
  wxMessageBox(wx(msg), wx(ZP_("Word count")), wxOK | wxICON_INFORMATION, this);
}

}  // namespace zp::gui
