#include "gui/clause_tree_panel.h"

#include <wx/imaglist.h>
#include <wx/sizer.h>

#include <algorithm>
#include <cmath>
#include <sstream>

#include "gui/document.h"
#include "gui/wx_string.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
enum State { kHeading = 0, kEmpty, kWritten, kWarnings, kErrors };

class ClauseId : public wxTreeItemData {
 public:
  explicit ClauseId(std::string id) : id(std::move(id)) {}
  std::string id;
};

// A state dot drawn into an image with alpha (a wxDC cannot draw alpha on GTK).
wxBitmap dot(int size, const wxColour& fill, bool hollow) {
  wxImage img(size, size);
  img.InitAlpha();
  const double c = (size - 1) / 2.0, r = size / 2.0 - 2.5;
  for (int x = 0; x < size; ++x)
    for (int y = 0; y < size; ++y) {
      double d = std::hypot(x - c, y - c);
      double cover = hollow ? std::clamp(1.0 - std::fabs(d - r + 0.75) / 1.25, 0.0, 1.0) : std::clamp(r + 0.5 - d, 0.0, 1.0);
      img.SetRGB(x, y, fill.Red(), fill.Green(), fill.Blue());
      img.SetAlpha(x, y, static_cast<unsigned char>(cover * 255));
    }
  return wxBitmap(img);
}

wxImageList* state_images(int size) {
  auto* list = new wxImageList(size, size, true);
  wxImage blank(size, size);
  blank.InitAlpha();
  for (int x = 0; x < size; ++x)
    for (int y = 0; y < size; ++y) blank.SetAlpha(x, y, 0);
  list->Add(wxBitmap(blank));
  list->Add(dot(size, wxColour(170, 176, 186), true));
  list->Add(dot(size, wxColour(46, 160, 90), false));
  list->Add(dot(size, wxColour(230, 150, 20), false));
  list->Add(dot(size, wxColour(210, 50, 50), false));
  return list;
}

std::string points_text(const std::optional<double>& p) {
  if (!p) return {};
  std::ostringstream os;
  os << *p;
  return "（" + os.str() + ZP_("pt") + "）";
}
}  // namespace

ClauseTreePanel::ClauseTreePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  tree_ = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                         wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE | wxTR_FULL_ROW_HIGHLIGHT | wxBORDER_NONE);
  tree_->AssignImageList(state_images(FromDIP(14)));
  auto* s = new wxBoxSizer(wxVERTICAL);
  s->Add(tree_, 1, wxEXPAND);
  SetSizer(s);
  tree_->Bind(wxEVT_TREE_SEL_CHANGED, [this](wxTreeEvent& e) {
    if (selecting_) return;
    auto* d = dynamic_cast<ClauseId*>(tree_->GetItemData(e.GetItem()));
    if (d && on_select) on_select(d->id);
  });
}

void ClauseTreePanel::set_document(const Document* doc) {
  doc_ = doc;
  worst_.clear();
  items_.clear();
  tree_->DeleteAllItems();
  if (!doc_) return;
  wxTreeItemId root = tree_->AddRoot("root");
  for (const standards::Clause& c : doc_->standard().clauses) {
    wxTreeItemId parent = c.parent.empty() || !items_.count(c.parent) ? root : items_[c.parent];
    wxTreeItemId item = tree_->AppendItem(parent, wxEmptyString, kHeading, kHeading, new ClauseId(c.id));
    if (c.kind == standards::ClauseKind::Category || c.kind == standards::ClauseKind::Profile) tree_->SetItemBold(item);
    if (c.kind == standards::ClauseKind::Guidance) tree_->SetItemTextColour(item, wxColour(130, 136, 145));
    items_[c.id] = item;
    refresh_item(c.id);
  }
  tree_->ExpandAll();
  if (!doc_->standard().clauses.empty()) tree_->ScrollTo(items_[doc_->standard().clauses.front().id]);
}

void ClauseTreePanel::refresh_item(const std::string& id) {
  auto it = items_.find(id);
  const standards::Clause* c = doc_ ? doc_->standard().clause(id) : nullptr;
  if (it == items_.end() || !c) return;
  std::string label = (c->id == "0" ? std::string() : c->id + " ") + c->title + points_text(c->points);
  int state = kHeading;
  if (c->writable) {
    const model::Section* s = doc_->report().section(id);
    const bool empty = !s || s->empty();
    label += empty ? "  · " + std::string(ZP_("empty")) : "  · " + format(ZP_("{0} 字"), group_digits(doc_->clause_counts(id).words));
    auto w = worst_.find(id);
    state = empty ? kEmpty : kWritten;
    if (w != worst_.end()) state = w->second == checks::Severity::Error ? kErrors : w->second == checks::Severity::Warning ? kWarnings : state;
  }
  tree_->SetItemText(it->second, wx(label));
  tree_->SetItemImage(it->second, state);
}

void ClauseTreePanel::refresh_clause(const std::string& id) { refresh_item(id); }

void ClauseTreePanel::set_findings(const std::vector<checks::Finding>& findings) {
  std::map<std::string, checks::Severity> worst;
  for (const checks::Finding& f : findings) {
    if (f.clause.empty() || f.severity == checks::Severity::Info) continue;
    auto [it, fresh] = worst.emplace(f.clause, f.severity);
    if (!fresh && f.severity > it->second) it->second = f.severity;
  }
  std::swap(worst, worst_);
  for (const auto& [id, sev] : worst) refresh_item(id);
  for (const auto& [id, sev] : worst_) refresh_item(id);
}

bool ClauseTreePanel::select(const std::string& id) {
  auto it = items_.find(id);
  if (it == items_.end()) return false;
  selecting_ = true;
  tree_->SelectItem(it->second);
  tree_->EnsureVisible(it->second);
  selecting_ = false;
  return true;
}

std::string ClauseTreePanel::neighbour(const std::string& id, int step) const {
  if (!doc_) return {};
  std::vector<const standards::Clause*> w = doc_->standard().writable_clauses();
  for (size_t i = 0; i < w.size(); ++i)
    if (w[i]->id == id) {
      long j = static_cast<long>(i) + step;
      return j >= 0 && j < static_cast<long>(w.size()) ? w[j]->id : std::string();
    }
  // From a heading: the first written clause after it.
  int order = doc_->standard().order_of(id);
  for (const standards::Clause* c : w)
    if (doc_->standard().order_of(c->id) > order) return c->id;
  return {};
}

}  // namespace zp::gui
