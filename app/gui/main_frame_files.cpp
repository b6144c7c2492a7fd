// MainFrame: new, open (with the import mapping report), save, export, autosave and
// recovery, closing.
#include <wx/dialog.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include <chrono>
#include <optional>

#include "gui/clause_editor_panel.h"
#include "gui/export_dialog.h"
#include "gui/findings_panel.h"
#include "gui/main_frame.h"
#include "gui/mapping_report_dialog.h"
#include "gui/new_report_dialog.h"
#include "gui/preferences.h"
#include "gui/preferences_dialog.h"
#include "gui/scoring_panel.h"
#include "gui/wx_string.h"
#include "model/report_file.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
wxString file_filter() {
  return wx(ZP_("Reports and Word files (*.zpr;*.docx)|*.zpr;*.docx|Zhuoping reports (*.zpr)|*.zpr|Word files (*.docx)|*.docx|All files|*"));
}
}  // namespace

bool MainFrame::open_file(const wxString& path) {
  try {
    // A Word draft is imported once, with the details its mapping report shows.
    std::optional<io::docx::DocxImport> draft;
    io::ReadResult details;
    std::unique_ptr<Document> doc;
    if (is_docx(path)) {
      draft = io::docx::import_docx_detailed(utf8(path), io::ReadOptions{});
      doc = std::make_unique<Document>(Document::imported(draft->result.report));
    } else {
      doc = std::make_unique<Document>(Document::open(utf8(path), &details));
    }
    set_document(std::move(doc));
    if (!doc_->path().empty() && !batch_) {  // a --screenshot run leaves the recent files alone
      history_.AddFileToHistory(path);
      prefs_->save_recent(history_);
    }
    if (!batch_) {
      if (draft) show_mapping_report(*draft, path);
      else if (!details.notes.empty() || !details.warnings.empty()) show_read_notes(this, details, path);
    }
    SetStatusText(wx(format(ZP_("Opened {0}"), utf8(path))), 0);
    return true;
  } catch (const std::exception& e) {
    show_error(wx(ZP_("Cannot open the file")), wx(e.what()));
    return false;
  }
}

void MainFrame::new_document(model::Report report) {
  const standards::Standard& st = standards::Library::instance().get(report.standard_id);
  auto doc = std::make_unique<Document>(std::move(report), st);
  doc->changed("");  // a new report is unsaved
  set_document(std::move(doc));
}

void MainFrame::show_mapping_report(const io::docx::DocxImport& draft, const wxString& path) {
  // What the importer did with the Word file (gui/mapping_report_dialog.h), before the user
  // saves it as a report; the dialog's "Save as report…" goes straight on to saving.
  MappingReportDialog dlg(this, draft, doc_->standard(), wxFileName(path).GetFullName());
  if (dlg.ShowModal() == MappingReportDialog::kSaveAsReport) do_save_as();
}

void MainFrame::commit_edits() {
  // A table cell still being edited is committed (its grid then tells the editor), then the
  // text and the scores go into the document.
  editor_->commit_cell(false);
  editor_->sync();
  scoring_->sync();
}

bool MainFrame::save_as(const wxString& path) {
  if (!doc_) return false;
  commit_edits();
  wxString target = path;
  if (!target.Lower().EndsWith(".zpr")) target += ".zpr";
  try {
    doc_->save(utf8(target));
  } catch (const std::exception& e) {
    show_error(wx(ZP_("Cannot save the report")), wx(e.what()));
    return false;
  }
  recovery_.discard();
  autosaved_revision_ = doc_->revision();
  history_.AddFileToHistory(target);
  prefs_->save_recent(history_);
  update_title();
  SetStatusText(wx(format(ZP_("Saved {0}"), utf8(target))), 0);
  return true;
}

bool MainFrame::save() {
  if (!doc_) return false;
  if (doc_->path().empty()) {
    do_save_as();
    return !doc_->modified();
  }
  return save_as(wx(doc_->path().string()));
}

void MainFrame::do_save_as() {
  if (!doc_) return;
  wxString name = doc_->path().empty() ? wx(doc_->report().organisation.empty() ? std::string("report") : doc_->report().organisation) + ".zpr"
                                       : wx(doc_->path().filename().string());
  wxFileDialog dlg(this, wx(ZP_("Save the report")), wxEmptyString, name, wx(ZP_("Zhuoping reports (*.zpr)|*.zpr")),
                   wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
  if (dlg.ShowModal() == wxID_OK) save_as(dlg.GetPath());
}

void MainFrame::do_new() {
  if (!confirm_discard()) return;
  NewReportDialog dlg(this);
  if (dlg.ShowModal() != wxID_OK) return;
  try {
    new_document(dlg.make_report());
  } catch (const std::exception& e) {
    show_error(wx(ZP_("Cannot create the report")), wx(e.what()));
  }
}

void MainFrame::do_open() {
  if (!confirm_discard()) return;
  wxFileDialog dlg(this, wx(ZP_("Open a report")), wxEmptyString, wxEmptyString, file_filter(), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dlg.ShowModal() == wxID_OK) open_file(dlg.GetPath());
}

void MainFrame::do_export() {
  if (!doc_) return;
  commit_edits();
  wxFileName suggested(doc_->path().empty() ? wxString("report.pdf") : wx(doc_->path().string()));
  suggested.SetExt("pdf");
  ExportDialog dlg(this, doc_->report(), doc_->standard(), findings_->findings(), suggested.GetFullPath());
  if (dlg.ShowModal() == wxID_OK)
    SetStatusText(wx(format(ZP_("Exported {0} ({1} pages)"), utf8(dlg.path()), dlg.result().pages)), 0);
}

void MainFrame::do_insert_image() {
  if (!doc_) return;
  wxFileDialog dlg(this, wx(ZP_("Insert an image")), wxEmptyString, wxEmptyString,
                   wx(ZP_("Images (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg")), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dlg.ShowModal() != wxID_OK) return;
  std::string error;
  if (!editor_->insert_figure(utf8(dlg.GetPath()), &error) && !error.empty())
    show_error(wx(ZP_("Cannot insert the image")), wx(error));
}

void MainFrame::do_preferences() {
  bool language_changed = false;
  {
    PreferencesDialog dlg(this, *prefs_);
    if (dlg.ShowModal() != wxID_OK) return;
    language_changed = dlg.apply(*prefs_);
  }
  editor_->set_font_size(prefs_->editor_font_size());
  restart_autosave_timer();
  // At once: a new frame in the new language takes over the report (this one goes away).
  if (language_changed) switch_language(prefs_->language());
}

void MainFrame::restart_autosave_timer() { autosave_timer_.Start(prefs_->autosave_minutes() * 60 * 1000); }

bool MainFrame::autosave_now() {
  if (!doc_) return false;
  // A cell being typed into goes into the copy too, but its editor stays open: the
  // autosave must not interrupt typing.
  editor_->commit_cell(true);
  editor_->sync();
  scoring_->sync();
  if (!doc_->modified() || doc_->revision() == autosaved_revision_) return true;
  try {
    recovery_.write(doc_->report(), doc_->path());
    autosaved_revision_ = doc_->revision();
    return true;
  } catch (const std::exception& e) {
    // Never interrupt typing with a dialog for this: say it in the status bar.
    SetStatusText(wx(format(ZP_("The recovery copy could not be written: {0}"), e.what())), 0);
    return false;
  }
}

void MainFrame::offer_recovery() {
  for (const RecoveryCopy& c : recovery_.orphans()) {
    const auto when = std::chrono::system_clock::to_time_t(std::chrono::file_clock::to_sys(c.written));
    char buf[64];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M", std::localtime(&when));
    std::string what = c.original.empty() ? std::string(ZP_("an unsaved report")) : c.original.string();
    wxMessageDialog ask(this,
                        wx(format(ZP_("Zhuoping did not close normally last time. A recovery copy of {0} from {1} holds the text typed before that.\n\nRestore it? Choose Discard only if you do not need that text."),
                                  what, buf)),
                        wx(ZP_("Restore unsaved work")), wxYES_NO | wxCANCEL | wxICON_QUESTION);
    ask.SetYesNoCancelLabels(wx(ZP_("Restore")), wx(ZP_("Discard")), wx(ZP_("Decide later")));
    const int answer = ask.ShowModal();
    if (answer == wxID_YES) {
      if (restore(c)) return;
    } else if (answer == wxID_NO) {
      RecoveryStore::remove(c);
    }
  }
}

bool MainFrame::restore(const RecoveryCopy& copy) {
  try {
    model::Report r = model::load_report(copy.copy);
    const standards::Standard& st = standards::Library::instance().get(r.standard_id);
    auto doc = std::make_unique<Document>(std::move(r), st);
    if (!copy.original.empty() && copy.original.extension() == ".zpr") doc->set_path(copy.original);
    doc->changed("");  // restored text is not saved yet
    set_document(std::move(doc));
    // Keep the text safe under this process's name before the old copy goes.
    recovery_.write(doc_->report(), doc_->path());
    autosaved_revision_ = doc_->revision();
    RecoveryStore::remove(copy);
    SetStatusText(wx(ZP_("Restored the recovery copy: save the report to keep it.")), 0);
    return true;
  } catch (const std::exception& e) {
    show_error(wx(ZP_("Cannot restore the recovery copy")), wx(e.what()));
    return false;
  }
}

bool MainFrame::confirm_discard() {
  if (!doc_) return true;
  commit_edits();
  if (!doc_->modified()) return true;
  if (batch_) return true;
  wxMessageDialog ask(this, wx(ZP_("The report has changes that are not saved. Save them first?")),
                      wx(ZP_("Unsaved changes")), wxYES_NO | wxCANCEL | wxICON_WARNING);
  ask.SetYesNoCancelLabels(wx(ZP_("Save")), wx(ZP_("Don't save")), wx(ZP_("Cancel")));
  switch (ask.ShowModal()) {
    case wxID_YES: return save();
    case wxID_NO:
      recovery_.discard();
      return true;
    default: return false;
  }
}

void MainFrame::on_close(wxCloseEvent& e) {
  if (e.CanVeto() && !confirm_discard()) {
    e.Veto();
    return;
  }
  // A clean close leaves no recovery copy behind; unsaved text in batch mode is kept.
  if (!doc_ || !doc_->modified()) recovery_.discard();
  else if (batch_) autosave_now();
  autosave_timer_.Stop();
  check_timer_.Stop();
  spell_timer_.Stop();
  if (!batch_) prefs_->save_recent(history_);
  if (!batch_) prefs_->set_layout(utf8(aui_.SavePerspective()));
  prefs_->flush();
  Destroy();
}

}  // namespace zp::gui
