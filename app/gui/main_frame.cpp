#include "gui/main_frame.h"

#include <wx/dcmemory.h>
#include <wx/filedlg.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/statusbr.h>
#include <wx/crt.h>

#include "gui/wx_string.h"
#include "io/readers.h"
#include "standards/library.h"
#include "text/report_count.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
class ClauseData : public wxTreeItemData {
 public:
  explicit ClauseData(std::string id) : id(std::move(id)) {}
  std::string id;
};

std::string points_text(const std::optional<double>& p) {
  if (!p) return {};
  std::ostringstream os;
  os << *p;
  return " (" + os.str() + "分)";
}
}  // namespace

MainFrame::MainFrame() : wxFrame(nullptr, wxID_ANY, wx("卓评 Zhuoping"), wxDefaultPosition, wxSize(1200, 760)) {
  auto* file = new wxMenu;
  file->Append(wxID_OPEN, wx(ZP_("&Open…\tCtrl+O")));
  file->AppendSeparator();
  file->Append(wxID_EXIT, wx(ZP_("&Quit\tCtrl+Q")));
  auto* bar = new wxMenuBar;
  bar->Append(file, wx(ZP_("&File")));
  SetMenuBar(bar);
  CreateStatusBar(2);

  splitter_ = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE);
  tree_ = new wxTreeCtrl(splitter_, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                         wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_LINES_AT_ROOT | wxTR_SINGLE);
  view_ = new wxTextCtrl(splitter_, wxID_ANY, wxEmptyString, wxDefaultPosition, wxDefaultSize,
                         wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2);
  splitter_->SplitVertically(tree_, view_, 380);
  splitter_->SetMinimumPaneSize(200);

  tree_->Bind(wxEVT_TREE_SEL_CHANGED, &MainFrame::on_selection, this);
  Bind(wxEVT_MENU, &MainFrame::on_open, this, wxID_OPEN);
  Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
}

bool MainFrame::open_file(const wxString& path) {
  try {
    io::ReadResult rr = io::read_report(utf8(path));
    const standards::Standard& st = standards::Library::instance().get(rr.report.standard_id);
    report_ = std::move(rr.report);
    standard_ = &st;
    path_ = path;
    rebuild_tree();
    SetTitle(wx(report_->organisation.empty() ? report_->title : report_->organisation + " — " + report_->title) +
             wx(" — 卓评 Zhuoping"));
    return true;
  } catch (const Error& e) {
    show_error(wx(ZP_("Cannot open the file")), wx(e.what()));
    return false;
  }
}

void MainFrame::rebuild_tree() {
  tree_->DeleteAllItems();
  items_.clear();
  wxTreeItemId root = tree_->AddRoot("root");
  text::ReportCounts rc = text::count_report(*report_, *standard_);
  for (const standards::Clause& c : standard_->clauses) {
    wxTreeItemId parent = c.parent.empty() ? root : items_[c.parent];
    std::string label = c.id + " " + c.title + points_text(c.points);
    if (c.writable) {
      auto it = rc.clauses.find(c.id);
      const model::Section* s = report_->section(c.id);
      bool empty = !s || s->empty();
      label += empty ? std::string("  · ") + ZP_("empty")
                     : "  · " + group_digits(it == rc.clauses.end() ? 0 : it->second.words) + " 字";
    }
    wxTreeItemId item = tree_->AppendItem(parent, wx(label), -1, -1, new ClauseData(c.id));
    if (!c.writable) tree_->SetItemBold(item, c.kind == standards::ClauseKind::Category);
    items_[c.id] = item;
  }
  tree_->ExpandAll();
  std::string status = format(ZP_("字数 {0}"), group_digits(rc.total.words));
  if (rc.limit) status += " / " + group_digits(*rc.limit);
  SetStatusText(wx(status), 1);
  SetStatusText(wx(standard_->name), 0);
  if (!standard_->clauses.empty()) select_clause(standard_->clauses.front().id);
}

void MainFrame::show_error(const wxString& title, const wxString& message) {
  if (batch_) {
    wxFprintf(stderr, "zhuoping-gui: %s\n", message);
    return;
  }
  wxMessageBox(message, title, wxOK | wxICON_ERROR, this);
}

bool MainFrame::select_clause(const std::string& id) {
  auto it = items_.find(id);
  if (it == items_.end()) return false;
  tree_->SelectItem(it->second);
  tree_->EnsureVisible(it->second);
  show_clause(id);
  return true;
}

void MainFrame::show_clause(const std::string& id) {
  if (!report_ || !standard_) return;
  const standards::Clause* c = standard_->clause(id);
  if (!c) return;
  std::string text = c->id + " " + c->title + "\n\n";
  if (const model::Section* s = report_->section(id)) {
    for (const model::Block& b : s->blocks) {
      if (const auto* p = std::get_if<model::Paragraph>(&b)) text += p->text() + "\n\n";
      else if (const auto* l = std::get_if<model::List>(&b))
        for (const auto& item : l->items) text += "• " + item.content.text() + "\n";
      else if (const auto* t = std::get_if<model::IndicatorTable>(&b))
        text += "[" + std::string(ZP_("indicator table")) + "] " + t->caption + "\n\n";
      else if (const auto* tb = std::get_if<model::Table>(&b))
        text += "[" + std::string(ZP_("table")) + "] " + tb->caption + "\n\n";
      else if (const auto* f = std::get_if<model::Figure>(&b))
        text += "[" + std::string(ZP_("figure")) + "] " + f->caption + "\n\n";
    }
  }
  for (const auto& r : c->requirements) text += "\n【" + r.label + "】" + r.text + "\n";
  view_->SetValue(wx(text));
}

void MainFrame::on_selection(wxTreeEvent& e) {
  if (auto* d = dynamic_cast<ClauseData*>(tree_->GetItemData(e.GetItem()))) show_clause(d->id);
}

void MainFrame::on_open(wxCommandEvent&) {
  wxFileDialog dlg(this, wx(ZP_("Open a report")), wxEmptyString, wxEmptyString,
                   wx(ZP_("Reports (*.zpr)|*.zpr|All files|*")), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
  if (dlg.ShowModal() == wxID_OK) open_file(dlg.GetPath());
}

bool MainFrame::save_screenshot(const wxString& path) {
  Layout();
  Update();
  wxSize size = GetClientSize();
  wxBitmap bmp(size.GetWidth(), size.GetHeight());
  wxMemoryDC mem(bmp);
  wxClientDC client(this);
  mem.Blit(0, 0, size.GetWidth(), size.GetHeight(), &client, 0, 0);
  mem.SelectObject(wxNullBitmap);
  return bmp.SaveFile(path, wxBITMAP_TYPE_PNG);
}

}  // namespace zp::gui
