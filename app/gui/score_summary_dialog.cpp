#include "gui/score_summary_dialog.h"

#include <wx/button.h>
#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <memory>

#include "gui/document.h"
#include "gui/wx_string.h"
#include "scoring/evidence_caps.h"
#include "scoring/scale.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
const wxColour kAvailable(210, 215, 222);
const wxColour kScored(41, 97, 171);
const wxColour kText(51, 51, 51);

std::string num(double v) { return scoring::percent_text(scoring::tidy(v)); }
}  // namespace

ScoreChartPanel::ScoreChartPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(-1, 200)));
  Bind(wxEVT_PAINT, &ScoreChartPanel::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void ScoreChartPanel::set_categories(std::vector<scoring::CategoryTotal> categories) {
  categories_ = std::move(categories);
  SetMinSize(FromDIP(wxSize(-1, 40 + 26 * static_cast<int>(std::max<size_t>(categories_.size(), 3)))));
  Refresh();
}

// One horizontal bar per category: the points available in grey, the points scored over it
// in blue, "scored / available" at the end.
void ScoreChartPanel::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC pdc(this);
  pdc.SetBackground(*wxWHITE_BRUSH);
  pdc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(pdc));
  if (!gc) return;
  const wxSize size = GetClientSize();
  wxFont font = GetFont();
  gc->SetFont(font, kText);
  auto extent = [&](const wxString& s) {
    double w = 0, h = 0;
    gc->GetTextExtent(s, &w, &h);
    return wxSize(static_cast<int>(w), static_cast<int>(h));
  };
  if (categories_.empty()) {
    gc->DrawText(wx(ZP_("No categories to chart.")), FromDIP(10), FromDIP(10));
    return;
  }
  double max_points = 0;
  int label_w = 0, value_w = 0;
  std::vector<wxString> labels, values;
  for (const scoring::CategoryTotal& c : categories_) {
    max_points = std::max(max_points, c.points);
    labels.push_back(wx(c.id + " " + c.title));
    values.push_back(wx(num(c.score) + " / " + num(c.points)));
    label_w = std::max(label_w, extent(labels.back()).x);
    value_w = std::max(value_w, extent(values.back()).x);
  }
  label_w = std::min(label_w, size.x / 3);
  const double pad = FromDIP(8), top = FromDIP(26);
  const double row = std::max<double>(FromDIP(18), (size.y - top - pad) / categories_.size());
  const double bar_x = pad + label_w + pad;
  const double bar_w = std::max<double>(20, size.x - bar_x - value_w - 2 * pad);
  // Legend.
  double lx = bar_x;
  for (auto [colour, text] : {std::pair{kAvailable, ZP_("points available")}, std::pair{kScored, ZP_("points scored")}}) {
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(colour));
    gc->DrawRectangle(lx, FromDIP(7), FromDIP(16), FromDIP(10));
    gc->DrawText(wx(text), lx + FromDIP(20), FromDIP(4));
    lx += FromDIP(28) + extent(wx(text)).x;
  }
  for (size_t i = 0; i < categories_.size(); ++i) {
    const scoring::CategoryTotal& c = categories_[i];
    const double y = top + i * row;
    const double h = std::min<double>(row * 0.62, FromDIP(18));
    const double by = y + (row - h) / 2;
    gc->Clip(pad, y, label_w, row);
    gc->DrawText(labels[i], pad, y + (row - extent(labels[i]).y) / 2);
    gc->ResetClip();
    const double avail = max_points > 0 ? bar_w * c.points / max_points : 0;
    const double got = max_points > 0 ? bar_w * std::min(c.score, c.points) / max_points : 0;
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(kAvailable));
    gc->DrawRectangle(bar_x, by, avail, h);
    gc->SetBrush(wxBrush(kScored));
    if (got > 0) gc->DrawRectangle(bar_x, by, got, h);
    gc->DrawText(values[i], bar_x + avail + pad, y + (row - extent(values[i]).y) / 2);
  }
}

ScoreSummaryDialog::ScoreSummaryDialog(wxWindow* parent)
    : wxDialog(parent, wxID_ANY, wx(ZP_("Scoring summary")), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER) {
  auto* s = new wxBoxSizer(wxVERTICAL);
  total_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  total_->SetFont(GetFont().Bold().Larger());
  level_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  table_ = new wxListCtrl(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(-1, 260)), wxLC_REPORT | wxLC_SINGLE_SEL);
  chart_ = new ScoreChartPanel(this);
  s->Add(total_, 0, wxEXPAND | wxALL, FromDIP(8));
  s->Add(level_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  s->Add(table_, 1, wxEXPAND | wxALL, FromDIP(8));
  s->Add(chart_, 0, wxEXPAND | wxLEFT | wxRIGHT, FromDIP(8));
  s->Add(CreateStdDialogButtonSizer(wxCLOSE), 0, wxEXPAND | wxALL, FromDIP(8));
  SetSizer(s);
  SetEscapeId(wxID_CLOSE);
  Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { Hide(); }, wxID_CLOSE);
  SetSize(FromDIP(wxSize(900, 680)));
}

void ScoreSummaryDialog::update(const Document& doc, const std::vector<checks::Finding>& findings) {
  summary_ = scoring::summarize(doc.report(), doc.standard());
  scoring::apply_caps(summary_, scoring::evidence_caps(doc.standard(), findings));
  const scoring::ScoreSummary& sm = summary_;

  table_->Freeze();
  table_->ClearAll();
  int col = 0;
  table_->AppendColumn(wx(ZP_("Scoring unit")), wxLIST_FORMAT_LEFT, FromDIP(260));
  table_->AppendColumn(wx(ZP_("Points")), wxLIST_FORMAT_RIGHT, FromDIP(60));
  for (const model::Reviewer& r : sm.reviewers) table_->AppendColumn(wx(r.name), wxLIST_FORMAT_RIGHT, FromDIP(80));
  table_->AppendColumn(wx(ZP_("Consensus")), wxLIST_FORMAT_RIGHT, FromDIP(90));
  table_->AppendColumn(wx(ZP_("Score")), wxLIST_FORMAT_RIGHT, FromDIP(70));
  table_->AppendColumn(wx(ZP_("Spread")), wxLIST_FORMAT_LEFT, FromDIP(120));
  for (size_t i = 0; i < sm.units.size(); ++i) {
    const scoring::UnitRow& u = sm.units[i];
    const long item = table_->InsertItem(static_cast<long>(i), wx(u.id + " " + u.title));
    col = 1;
    table_->SetItem(item, col++, wx(num(u.points)));
    for (const model::Reviewer& r : sm.reviewers) {
      auto it = u.consensus.by_reviewer.find(r.name);
      table_->SetItem(item, col++, it == u.consensus.by_reviewer.end() ? wxString("—") : wx(num(it->second) + "%"));
    }
    std::string cons = "—";
    if (u.consensus.percent) cons = num(*u.consensus.percent) + "%" + (u.consensus.agreed ? " ✔" : "");
    table_->SetItem(item, col++, wx(cons));
    table_->SetItem(item, col++, u.consensus.percent ? wx(num(u.score)) : wxString("—"));
    std::string flag;
    if (u.consensus.spread) flag = format(ZP_("⚑ {0} apart"), num(u.consensus.range));
    if (u.above_cap && u.cap) flag += (flag.empty() ? "" : " · ") + format(ZP_("above cap {0}%"), num(*u.cap));
    table_->SetItem(item, col++, wx(flag));
    if (u.consensus.spread) table_->SetItemTextColour(item, wxColour(190, 40, 40));
  }
  table_->Thaw();
  chart_->set_categories(sm.categories);

  total_->SetLabel(total_text());
  std::string lv = sm.level ? format(ZP_("Award level reached: {0}"), sm.level->name) : std::string(ZP_("Award level reached: none"));
  if (sm.hearing_line) {
    lv += "  ·  " + format(sm.hearing.value_or(false) ? ZP_("Clears the hearing line ({0})") : ZP_("Below the hearing line ({0})"),
                          sm.hearing_line->name.empty() ? num(sm.hearing_line->min_percent) + "%" : sm.hearing_line->name);
  }
  lv += "  ·  " + format(ZP_("{0} of {1} units scored, {2} agreed, {3} with a spread"), sm.scored_units, sm.units.size(),
                         sm.agreed_units, sm.spread_units);
  level_->SetLabel(wx(lv));
  Layout();
}

wxString ScoreSummaryDialog::total_text() const {
  return wx(format(ZP_("Total {0} of {1} points ({2}%)"), num(summary_.score), num(summary_.total_points), num(summary_.percent)));
}

}  // namespace zp::gui
