#pragma once
/// File ▸ Open of a Word draft (.docx): what the importer did with it, shown before the user
/// saves it as a report. The standard it was mapped onto and how sure the choice is; Word's
/// 字数 of the document with text boxes, footnotes and endnotes counted apart; every clause of
/// the standard with the 字数 and blocks it received and the draft's headings mapped to it;
/// what needs checking (headings that map to no clause, clauses matched twice, pictures taken
/// out of tables, the importer's warnings); the indicator tables found; the importer's notes.
#include <wx/dialog.h>

#include <string>

#include "io/docx/docx_import.h"
#include "io/readers.h"
#include "standards/standard.h"

namespace zp::gui {

class MappingReportDialog : public wxDialog {
 public:
  /// imp: the detailed import of the draft; st: the standard it was mapped onto.
  MappingReportDialog(wxWindow* parent, const io::docx::DocxImport& imp, const standards::Standard& st,
                      const wxString& file_name);
  /// Import the .docx at path and build the dialog for it (for --screenshot … --page mapping,
  /// where File ▸ Open does not show it); throws zp::Error when the file cannot be read.
  static MappingReportDialog* for_file(wxWindow* parent, const wxString& path);
  /// The mapping report as plain text, as `zhuoping import` prints it (Copy puts it on the
  /// clipboard).
  const std::string& report_text() const { return text_; }
  /// Save a PNG of the dialog as it is on screen (--screenshot … --page mapping).
  bool save_screenshot(const wxString& path);

  /// The button that asks to save the draft as a report now.
  static constexpr int kSaveAsReport = wxID_SAVEAS;

 private:
  wxWindow* standard_box(wxWindow* parent, const io::docx::DocxImport& imp, const standards::Standard& st);
  wxWindow* clause_table(wxWindow* parent, const io::docx::DocxImport& imp, const standards::Standard& st);
  wxWindow* issue_list(wxWindow* parent, const io::docx::DocxImport& imp, int* count);
  wxWindow* indicator_list(wxWindow* parent, const io::docx::DocxImport& imp);
  wxWindow* note_list(wxWindow* parent, const io::docx::DocxImport& imp, int* count);
  const standards::Standard* st_ = nullptr;
  std::string text_;
};

/// Whether path names a Word draft (.docx), which has a mapping report.
bool is_docx(const wxString& path);

/// After File ▸ Open of a file other than a .docx: what its reader noted and warned, as text.
void show_read_notes(wxWindow* parent, const io::ReadResult& rr, const wxString& path);

}  // namespace zp::gui
