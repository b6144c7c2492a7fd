#include "gui/export_dialog.h"

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/filepicker.h>
#include <wx/gauge.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "gui/wx_string.h"
#include "util/error.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

ExportDialog::ExportDialog(wxWindow* parent, const model::Report& report, const standards::Standard& st,
                           std::vector<checks::Finding> findings, const wxString& suggested_path)
    : wxDialog(parent, wxID_ANY, wx(ZP_("Export PDF")), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      report_(report),
      standard_(st),
      findings_(std::move(findings)) {
  refusal_ = io::pdf::submission_refusal(report_, standard_);
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* row = new wxBoxSizer(wxHORIZONTAL);
  row->Add(new wxStaticText(this, wxID_ANY, wx(ZP_("Save as:"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  file_ = new wxFilePickerCtrl(this, wxID_ANY, suggested_path, wx(ZP_("Export PDF")), wx(ZP_("PDF files (*.pdf)|*.pdf")),
                               wxDefaultPosition, wxDefaultSize, wxFLP_SAVE | wxFLP_OVERWRITE_PROMPT | wxFLP_USE_TEXTCTRL);
  row->Add(file_, 1, wxEXPAND);
  top->Add(row, 0, wxEXPAND | wxALL, FromDIP(14));

  refusal_box_ = new wxPanel(this);
  auto* rb = new wxBoxSizer(wxVERTICAL);
  auto* rtitle = new wxStaticText(refusal_box_, wxID_ANY, wx(ZP_("This report cannot be submitted yet")));
  rtitle->SetFont(rtitle->GetFont().Bold());
  rtitle->SetForegroundColour(wxColour(170, 30, 30));
  refusal_text_ = new wxStaticText(refusal_box_, wxID_ANY, wx(refusal_ ? refusal_->message : std::string()));
  refusal_text_->SetForegroundColour(wxColour(120, 30, 30));
  rb->Add(rtitle, 0, wxALL, FromDIP(8));
  rb->Add(refusal_text_, 0, wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(8));
  refusal_box_->SetSizer(rb);
  refusal_box_->SetBackgroundColour(wxColour(252, 228, 228));
  refusal_box_->Show(refusal_.has_value());
  top->Add(refusal_box_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(14));

  draft_ = new wxCheckBox(this, wxID_ANY, wx(ZP_("Draft: a 草稿 watermark on every page and the findings appended")));
  draft_->SetValue(refusal_.has_value());
  top->Add(draft_, 0, wxALL, FromDIP(14));
  gauge_ = new wxGauge(this, wxID_ANY, 1000);
  top->Add(gauge_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(14));
  progress_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  progress_->SetForegroundColour(wxColour(100, 106, 115));
  top->Add(progress_, 0, wxEXPAND | wxALL, FromDIP(14));

  auto* buttons = new wxBoxSizer(wxHORIZONTAL);
  buttons->AddStretchSpacer();
  cancel_button_ = new wxButton(this, wxID_CANCEL, wx(ZP_("Cancel")));
  export_ = new wxButton(this, wxID_OK, wx(ZP_("Export")));
  export_->SetDefault();
  buttons->Add(cancel_button_, 0, wxRIGHT, FromDIP(8));
  buttons->Add(export_, 0);
  top->Add(buttons, 0, wxEXPAND | wxALL, FromDIP(14));
  SetSizerAndFit(top);
  SetSize(FromDIP(wxSize(620, -1)).x, GetSize().y);
  refusal_text_->Wrap(FromDIP(570));
  Fit();

  draft_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { update(); });
  export_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { start(); });
  cancel_button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent& e) {
    if (running_) cancel_ = true;
    else e.Skip();
  });
  update();
}

ExportDialog::~ExportDialog() {
  cancel_ = true;
  if (thread_.joinable()) thread_.join();
}

wxString ExportDialog::path() const { return file_->GetPath(); }

wxString ExportDialog::message() const { return progress_->GetLabel(); }

bool ExportDialog::can_export() const { return export_->IsEnabled(); }

void ExportDialog::set_draft(bool draft) {
  draft_->SetValue(draft);
  update();
}

void ExportDialog::update() {
  const bool refused = refusal_ && !draft_->GetValue();
  export_->Enable(!running_ && !refused);
  export_->SetLabel(draft_->GetValue() ? wx(ZP_("Export draft")) : wx(ZP_("Export")));
  if (refused) progress_->SetLabel(wx(ZP_("Shorten the report, or export a draft to circulate it for review.")));
  else if (!running_) progress_->SetLabel(wxEmptyString);
}

void ExportDialog::start() {
  if (running_ || file_->GetPath().empty()) return;
  running_ = true;
  cancel_ = false;
  file_->Disable();
  draft_->Disable();
  update();
  io::pdf::ExportOptions opt;
  opt.draft = draft_->GetValue();
  opt.findings = findings_;
  opt.progress = [this](double f, const std::string& what) {
    CallAfter([this, f, what] {
      gauge_->SetValue(static_cast<int>(f * 1000));
      progress_->SetLabel(wx(what));
    });
    return !cancel_.load();
  };
  const std::filesystem::path out = utf8(file_->GetPath());
  if (thread_.joinable()) thread_.join();
  thread_ = std::thread([this, opt, out] {
    try {
      io::pdf::ExportResult r = io::pdf::export_pdf(report_, standard_, out, opt);
      CallAfter([this, r] {
        result_ = r;
        finished(true, {});
      });
    } catch (const std::exception& e) {
      std::string msg = e.what();
      CallAfter([this, msg] { finished(false, msg); });
    }
  });
}

void ExportDialog::finished(bool ok, const std::string& message) {
  running_ = false;
  if (thread_.joinable()) thread_.join();
  if (ok) {
    EndModal(wxID_OK);
    return;
  }
  file_->Enable();
  draft_->Enable();
  gauge_->SetValue(0);
  progress_->SetForegroundColour(wxColour(170, 30, 30));
  progress_->SetLabel(wx(cancel_ ? std::string(ZP_("Export cancelled.")) : message));
  progress_->Wrap(FromDIP(570));
  update();
  Layout();
}

}  // namespace zp::gui
