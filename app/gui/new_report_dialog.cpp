#include "gui/new_report_dialog.h"

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/filepicker.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/wx_string.h"
#include "model/report_factory.h"
#include "model/report_template.h"
#include "standards/library.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

NewReportDialog::NewReportDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, wx(ZP_("New report")), wxDefaultPosition, wxDefaultSize, wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  auto* grid = new wxFlexGridSizer(2, FromDIP(8), FromDIP(10));
  grid->AddGrowableCol(1, 1);
  auto label = [&](const char* s) {
    grid->Add(new wxStaticText(this, wxID_ANY, wx(s)), 0, wxALIGN_CENTER_VERTICAL | wxALIGN_RIGHT);
  };
  standard_ = new wxChoice(this, wxID_ANY);
  for (const standards::Standard* st : standards::Library::instance().all()) {
    ids_.push_back(st->id);
    standard_->Append(wx(st->name));
  }
  if (!ids_.empty()) standard_->SetSelection(0);
  label(ZP_("Standard:"));
  grid->Add(standard_, 1, wxEXPAND);
  label("");
  description_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  description_->SetForegroundColour(wxColour(100, 106, 115));
  grid->Add(description_, 1, wxEXPAND);
  organisation_ = new wxTextCtrl(this, wxID_ANY);
  organisation_->SetHint(wx(ZP_("e.g. 深圳市某某科技有限公司")));
  label(ZP_("Organisation:"));
  grid->Add(organisation_, 1, wxEXPAND);
  title_ = new wxTextCtrl(this, wxID_ANY, wx("自评报告"));
  label(ZP_("Title:"));
  grid->Add(title_, 1, wxEXPAND);
  template_ = new wxChoice(this, wxID_ANY);
  label(ZP_("Template:"));
  grid->Add(template_, 1, wxEXPAND);
  template_file_ = new wxFilePickerCtrl(this, wxID_ANY, wxEmptyString, wx(ZP_("Choose a template file")),
                                        wx(ZP_("Templates (*.xml)|*.xml")), wxDefaultPosition, wxDefaultSize,
                                        wxFLP_OPEN | wxFLP_FILE_MUST_EXIST | wxFLP_USE_TEXTCTRL);
  label("");
  grid->Add(template_file_, 1, wxEXPAND);

  auto* top = new wxBoxSizer(wxVERTICAL);
  top->Add(grid, 1, wxEXPAND | wxALL, FromDIP(16));
  top->Add(CreateSeparatedButtonSizer(wxOK | wxCANCEL), 0, wxEXPAND | wxALL, FromDIP(12));
  SetSizerAndFit(top);
  SetMinSize(FromDIP(wxSize(560, -1)));
  SetSize(FromDIP(wxSize(600, -1)).x, GetSize().y);
  standard_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { update(); });
  template_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { template_file_->Enable(template_->GetSelection() == 2); });
  update();
  organisation_->SetFocus();
}

void NewReportDialog::update() {
  const standards::Standard* st = standards::Library::instance().find(standard_id());
  std::string desc;
  if (st) {
    desc = format(ZP_("{0} points, {1} clauses to write"), st->total_points, st->writable_clauses().size());
    if (auto lim = st->report_limit()) desc += " · " + format(ZP_("limit {0} 字"), group_digits(*lim));
  }
  description_->SetLabel(wx(desc));
  int keep = template_->GetSelection();
  template_->Clear();
  template_->Append(wx(ZP_("None: an empty report")));
  std::string builtin;
  if (st) {
    try {
      builtin = model::builtin_template(*st).display_name;
    } catch (const std::exception&) {
    }
  }
  template_->Append(builtin.empty() ? wx(ZP_("Built-in template (none for this standard)"))
                                    : wx(format(ZP_("Built-in template: {0}"), builtin)));
  template_->Append(wx(ZP_("A template file…")));
  template_->SetSelection(keep < 0 ? (builtin.empty() ? 0 : 1) : keep);
  template_file_->Enable(template_->GetSelection() == 2);
  Layout();
}

std::string NewReportDialog::standard_id() const {
  int i = standard_->GetSelection();
  return i >= 0 && i < static_cast<int>(ids_.size()) ? ids_[i] : std::string();
}

model::Report NewReportDialog::make_report() const {
  const standards::Standard& st = standards::Library::instance().get(standard_id());
  const std::string org = utf8(organisation_->GetValue().Strip(wxString::both));
  const std::string title = utf8(title_->GetValue().Strip(wxString::both));
  switch (template_->GetSelection()) {
    case 1: return model::new_report_from_template(st, model::builtin_template(st), org, title);
    case 2: return model::new_report_from_template(st, model::find_template(st, utf8(template_file_->GetPath())), org, title);
    default: return model::new_report(st, org, title);
  }
}

}  // namespace zp::gui
