#include "gui/guidance_panel.h"

#include <wx/fontenum.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include <sstream>

#include "checks/guidance_coverage.h"
#include "gui/wx_string.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
std::string pct(double v) {
  std::ostringstream os;
  os << v;
  return os.str();
}
}  // namespace

GuidancePanel::GuidancePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  // A read-only rich text view (GTK's text view wraps Chinese text properly; wxHtmlWindow
  // breaks lines only at spaces).
  text_ = new wxTextCtrl(this, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                         wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_WORDWRAP | wxBORDER_NONE);
  auto* s = new wxBoxSizer(wxVERTICAL);
  s->Add(text_, 1, wxEXPAND | wxLEFT, FromDIP(6));
  SetSizer(s);
  render();
}

void GuidancePanel::show(const standards::Standard* st, const standards::Clause* c, const model::Section* s) {
  standard_ = st;
  clause_ = c;
  coverage_ = c ? checks::guidance_coverage(*c, s) : std::vector<bool>{};
  render();
}

void GuidancePanel::update_coverage(const model::Section* s) {
  if (!clause_ || clause_->points_list.empty()) return;
  std::vector<bool> now = checks::guidance_coverage(*clause_, s);
  if (now == coverage_) return;
  coverage_ = std::move(now);
  render();
}

wxString GuidancePanel::plain_text() const { return text_->GetValue(); }

void GuidancePanel::render() {
  text_->Freeze();
  text_->Clear();
  const wxFont base = GetFont();
  auto put = [&](const std::string& s, const wxColour& colour, bool bold = false, int grow = 0, int indent = 0) {
    wxFont f = base;
    if (bold) f.SetWeight(wxFONTWEIGHT_BOLD);
    if (grow) f.SetPointSize(f.GetPointSize() + grow);
    wxTextAttr a(colour, wxNullColour, f);
    a.SetLeftIndent(FromDIP(indent), FromDIP(indent));
    text_->SetDefaultStyle(a);
    text_->AppendText(wx(s));
  };
  const wxColour ink(36, 41, 47), grey(106, 115, 125), blue(47, 94, 160), green(46, 160, 90), faint(176, 182, 190);
  if (!clause_) {
    put(ZP_("Select a clause to see what the standard asks for."), grey);
  } else {
    const standards::Clause& c = *clause_;
    put((c.id == "0" ? "" : c.id + " ") + c.title, ink, true, 3);
    if (c.points) put("   " + format(ZP_("{0} points"), pct(*c.points)), grey);
    put("\n", ink);
    for (const standards::Requirement& r : c.requirements) {
      put("\n", ink);
      if (!r.label.empty()) put(r.label + "\n", blue, true);
      put(r.text + "\n", ink);
    }
    if (!c.points_list.empty()) {
      size_t covered = 0;
      for (bool b : coverage_) covered += b;
      put("\n", ink);
      put(std::string(ZP_("Guidance points")) + "  ", blue, true);
      put(format(ZP_("{0} of {1} addressed"), covered, c.points_list.size()) + "\n", grey);
      for (size_t i = 0; i < c.points_list.size(); ++i) {
        const standards::GuidancePoint& p = c.points_list[i];
        const bool ok = i < coverage_.size() && coverage_[i];
        put(ok ? "✔ " : "○ ", ok ? green : faint, true);
        put(p.display_name(), ink, true);
        if (!p.name.empty() && !p.label.empty() && p.label != p.name) put("  " + p.label, grey);
        put("\n", ink);
        if (!p.text.empty()) put(p.text + "\n", grey, false, 0, 18);
      }
    }
    if (!c.indicators.empty()) {
      put("\n", ink);
      put(std::string(ZP_("Example indicators")) + "\n", blue, true);
      std::string group, line;
      for (const standards::ExampleIndicator& e : c.indicators) {
        if (e.group != group) {
          if (!line.empty()) put(line + "\n", ink, false, 0, 18);
          line = e.group.empty() ? "" : e.group + "：";
          group = e.group;
        } else if (!line.empty() && line.back() != ' ') {
          line += "、";
        }
        line += e.name;
      }
      if (!line.empty()) put(line + "\n", ink, false, 0, 18);
    }
    const standards::Guide* g = standard_ ? standard_->guide_for(c) : nullptr;
    if (g && !g->bands.empty() && c.kind != standards::ClauseKind::Category) {
      put("\n", ink);
      put((g->name.empty() ? std::string(ZP_("Scoring guide")) : g->name) + "\n", blue, true);
      for (auto it = g->bands.rbegin(); it != g->bands.rend(); ++it) {
        const standards::Band& b = *it;
        put(b.label.empty() ? pct(b.min) + "–" + pct(b.max) + "%" : b.label, ink, true);
        if (!b.name.empty()) put("  " + b.name, grey);
        put("\n", ink);
        for (const standards::BandDescriptor& d : b.descriptors) {
          if (!d.factor.empty()) put(d.factor + "  ", blue, true, 0, 18);
          put(d.text + "\n", ink, false, 0, 18);
        }
      }
    }
  }
  text_->SetInsertionPoint(0);
  text_->ShowPosition(0);
  text_->Thaw();
}

}  // namespace zp::gui
