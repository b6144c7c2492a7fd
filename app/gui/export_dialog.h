#pragma once
/// File ▸ Export PDF: where to write, draft or submission, and why a submission is refused
/// (over a length limit) shown plainly. The export runs on a worker thread with a progress
/// bar and can be cancelled.
#include <wx/dialog.h>

#include <atomic>
#include <optional>
#include <thread>

#include "checks/finding.h"
#include "io/pdf/pdf_export.h"
#include "model/report.h"

class wxCheckBox;
class wxGauge;
class wxStaticText;
class wxFilePickerCtrl;
class wxButton;
class wxPanel;

namespace zp::gui {

class ExportDialog : public wxDialog {
 public:
  ExportDialog(wxWindow* parent, const model::Report& report, const standards::Standard& st,
               std::vector<checks::Finding> findings, const wxString& suggested_path);
  ~ExportDialog() override;
  /// The refusal of a submission export, if any (for tests).
  const std::optional<io::pdf::Refusal>& refusal() const { return refusal_; }
  /// What the export wrote (after wxID_OK).
  const io::pdf::ExportResult& result() const { return result_; }
  wxString path() const;
  /// Whether the Export button is enabled (not while a submission is refused).
  bool can_export() const;
  /// Tick or untick the draft option.
  void set_draft(bool draft);
  /// What the Export button does: start the export (the dialog closes with wxID_OK when done).
  void start();
  /// The message shown under the progress bar (an error after a failed export).
  wxString message() const;

 private:
  void update();
  void finished(bool ok, const std::string& message);

  model::Report report_;
  const standards::Standard& standard_;
  std::vector<checks::Finding> findings_;
  std::optional<io::pdf::Refusal> refusal_;
  io::pdf::ExportResult result_;
  std::thread thread_;
  std::atomic<bool> cancel_{false};
  bool running_ = false;

  wxFilePickerCtrl* file_ = nullptr;
  wxCheckBox* draft_ = nullptr;
  wxPanel* refusal_box_ = nullptr;
  wxStaticText* refusal_text_ = nullptr;
  wxGauge* gauge_ = nullptr;
  wxStaticText* progress_ = nullptr;
  wxButton* export_ = nullptr;
  wxButton* cancel_button_ = nullptr;
};

}  // namespace zp::gui
