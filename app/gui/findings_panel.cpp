#include "gui/findings_panel.h"

#include <wx/choice.h>
#include <wx/imaglist.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/treectrl.h>

#include <cmath>
#include <map>

#include "gui/wx_string.h"
#include "model/report_text.h"
#include "standards/standard.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
class FindingIndex : public wxTreeItemData {
 public:
  explicit FindingIndex(size_t i) : index(i) {}
  size_t index;
};

// Severity icons: a filled circle (error), a triangle (warning), a ring (info).
wxBitmap severity_icon(int size, checks::Severity s) {
  wxImage img(size, size);
  img.InitAlpha();
  const wxColour col = s == checks::Severity::Error ? wxColour(210, 50, 50)
                       : s == checks::Severity::Warning ? wxColour(230, 150, 20) : wxColour(60, 120, 200);
  const double c = (size - 1) / 2.0, r = size / 2.0 - 2;
  for (int x = 0; x < size; ++x)
    for (int y = 0; y < size; ++y) {
      double cover;
      if (s == checks::Severity::Warning) {
        // Inside the triangle with apex at the top.
        double t = (y - 1.5) / (size - 3.0);
        double half = t * (size - 2) / 2.0;
        cover = (t >= 0 && t <= 1 && std::fabs(x - c) <= half + 0.5) ? 1.0 : 0.0;
      } else {
        double d = std::hypot(x - c, y - c);
        cover = s == checks::Severity::Error ? std::clamp(r + 0.5 - d, 0.0, 1.0)
                                             : std::clamp(1.0 - std::fabs(d - r + 1) / 1.5, 0.0, 1.0);
      }
      img.SetRGB(x, y, col.Red(), col.Green(), col.Blue());
      img.SetAlpha(x, y, static_cast<unsigned char>(cover * 255));
    }
  return wxBitmap(img);
}
}  // namespace

FindingsPanel::FindingsPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  auto* s = new wxBoxSizer(wxVERTICAL);
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  wxArrayString choices;
  choices.Add(wx(ZP_("All findings")));
  choices.Add(wx(ZP_("Errors and warnings")));
  choices.Add(wx(ZP_("Errors only")));
  filter_ = new wxChoice(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, choices);
  filter_->SetSelection(0);
  summary_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  summary_->SetForegroundColour(wxColour(100, 106, 115));
  bar->Add(filter_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(8));
  bar->Add(summary_, 1, wxALIGN_CENTER_VERTICAL);
  s->Add(bar, 0, wxEXPAND | wxALL, FromDIP(4));
  tree_ = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                         wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_NO_LINES | wxTR_SINGLE | wxTR_FULL_ROW_HIGHLIGHT | wxBORDER_NONE);
  const int sz = FromDIP(14);
  auto* images = new wxImageList(sz, sz, true);
  images->Add(severity_icon(sz, checks::Severity::Info));
  images->Add(severity_icon(sz, checks::Severity::Warning));
  images->Add(severity_icon(sz, checks::Severity::Error));
  tree_->AssignImageList(images);
  s->Add(tree_, 1, wxEXPAND);
  // The chosen finding in full (tree rows are cut at the panel's width).
  detail_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, FromDIP(wxSize(-1, 64)),
                           wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxBORDER_NONE);
  detail_->SetBackgroundColour(wxColour(246, 248, 250));
  s->Add(detail_, 0, wxEXPAND | wxTOP, FromDIP(2));
  SetSizer(s);

  filter_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) {
    int i = filter_->GetSelection();
    minimum_ = i == 2 ? checks::Severity::Error : i == 1 ? checks::Severity::Warning : checks::Severity::Info;
    rebuild();
  });
  auto activate = [this](wxTreeEvent& e) {
    auto* d = dynamic_cast<FindingIndex*>(tree_->GetItemData(e.GetItem()));
    if (!d || d->index >= findings_.size()) return;
    const checks::Finding& f = findings_[d->index];
    detail_->ChangeValue(wx(f.message + "  [" + f.code + "]"));
    if (on_activate) on_activate(f);
  };
  tree_->Bind(wxEVT_TREE_SEL_CHANGED, activate);
  tree_->Bind(wxEVT_TREE_ITEM_GETTOOLTIP, [this](wxTreeEvent& e) {
    // The whole message: rows are cut at the panel's width.
    if (auto* d = dynamic_cast<FindingIndex*>(tree_->GetItemData(e.GetItem())); d && d->index < findings_.size())
      e.SetToolTip(wx(findings_[d->index].message));
  });
  tree_->Bind(wxEVT_TREE_ITEM_ACTIVATED, activate);
  rebuild();
}

void FindingsPanel::set_findings(std::vector<checks::Finding> findings, const standards::Standard* st) {
  findings_ = std::move(findings);
  standard_ = st;
  busy_ = false;
  rebuild();
}

void FindingsPanel::set_minimum_severity(checks::Severity s) {
  minimum_ = s;
  filter_->SetSelection(s == checks::Severity::Error ? 2 : s == checks::Severity::Warning ? 1 : 0);
  rebuild();
}

void FindingsPanel::set_busy(bool busy) {
  if (busy_ == busy) return;
  busy_ = busy;
  if (busy) summary_->SetLabel(summary_->GetLabel() + wx(ZP_(" · checking…")));
}

void FindingsPanel::rebuild() {
  tree_->Freeze();
  tree_->DeleteAllItems();
  detail_->ChangeValue(wxEmptyString);
  wxTreeItemId root = tree_->AddRoot("root");
  size_t counts[3] = {0, 0, 0};
  shown_ = 0;
  std::map<std::string, wxTreeItemId> groups;
  std::map<std::string, size_t> group_counts;
  for (size_t i = 0; i < findings_.size(); ++i) {
    const checks::Finding& f = findings_[i];
    ++counts[static_cast<int>(f.severity)];
    if (f.severity < minimum_) continue;
    ++shown_;
    auto g = groups.find(f.clause);
    if (g == groups.end()) {
      std::string title = f.clause.empty() ? std::string(ZP_("Whole report")) : f.clause;
      if (standard_ && !f.clause.empty())
        if (const standards::Clause* c = standard_->clause(f.clause)) title = model::clause_heading(*c);
      g = groups.emplace(f.clause, tree_->AppendItem(root, wx(title))).first;
      tree_->SetItemBold(g->second);
    }
    ++group_counts[f.clause];
    std::string text = f.message;
    if (!f.indicator.empty()) text = "【" + f.indicator + "】" + text;
    tree_->AppendItem(g->second, wx(text), static_cast<int>(f.severity), static_cast<int>(f.severity), new FindingIndex(i));
  }
  for (auto& [clause, item] : groups)
    tree_->SetItemText(item, tree_->GetItemText(item) + wxString::Format("  (%zu)", group_counts[clause]));
  tree_->ExpandAll();
  tree_->Thaw();
  summary_->SetLabel(wx(format(ZP_("Errors {0} · warnings {1} · notes {2}"), counts[2], counts[1], counts[0])) +
                     (busy_ ? wx(ZP_(" · checking…")) : wxString()));
}

}  // namespace zp::gui
