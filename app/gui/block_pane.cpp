#include "gui/block_pane.h"

#include <wx/button.h>
#include <wx/file.h>
#include <wx/filedlg.h>
#include <wx/grid.h>
#include <wx/image.h>
#include <wx/mstream.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/statbmp.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "gui/indicator_grid.h"
#include "gui/trend_chart_panel.h"
#include "gui/wx_string.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
wxButton* small_button(wxWindow* parent, const char* label, std::function<void()> fn) {
  auto* b = new wxButton(parent, wxID_ANY, wx(label), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
  b->Bind(wxEVT_BUTTON, [fn](wxCommandEvent&) { fn(); });
  return b;
}
}  // namespace

BlockPane::BlockPane(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundColour(wxColour(250, 251, 252));
  auto* top = new wxBoxSizer(wxVERTICAL);
  auto* head = new wxBoxSizer(wxHORIZONTAL);
  title_ = new wxStaticText(this, wxID_ANY, wxEmptyString);
  title_->SetFont(title_->GetFont().Bold());
  head->Add(title_, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(10));
  head->Add(new wxStaticText(this, wxID_ANY, wx(ZP_("Caption:"))), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, FromDIP(4));
  caption_ = new wxTextCtrl(this, wxID_ANY);
  head->Add(caption_, 1, wxALIGN_CENTER_VERTICAL);
  head->Add(small_button(this, ZP_("Delete"), [this] {
              if (on_delete) on_delete();
            }), 0, wxALIGN_CENTER_VERTICAL | wxLEFT, FromDIP(8));
  top->Add(head, 0, wxEXPAND | wxALL, FromDIP(6));
  book_ = new wxSimplebook(this);
  book_->AddPage(make_indicator_page(), "indicators");
  book_->AddPage(make_table_page(), "table");
  book_->AddPage(make_figure_page(), "figure");
  top->Add(book_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
  SetSizer(top);

  caption_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
    if (loading_ || !block_) return;
    std::string c = utf8(caption_->GetValue());
    if (auto* t = std::get_if<model::Table>(block_)) t->caption = c;
    else if (auto* it = std::get_if<model::IndicatorTable>(block_)) it->caption = c;
    else if (auto* f = std::get_if<model::Figure>(block_)) f->caption = c;
    changed();
  });
}

wxPanel* BlockPane::make_indicator_page() {
  auto* page = new wxPanel(book_);
  auto* s = new wxBoxSizer(wxVERTICAL);
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(small_button(page, ZP_("+ Indicator"), [this] { indicator_grid_->add_indicator(); }), 0, wxRIGHT, 4);
  bar->Add(small_button(page, ZP_("+ Comparison"), [this] { indicator_grid_->add_comparison(); }), 0, wxRIGHT, 4);
  bar->Add(small_button(page, ZP_("Remove row"), [this] { indicator_grid_->remove_row(); }), 0, wxRIGHT, 12);
  bar->Add(small_button(page, ZP_("+ Year"), [this] { indicator_grid_->add_year(); }), 0, wxRIGHT, 4);
  bar->Add(small_button(page, ZP_("Remove year"), [this] { indicator_grid_->remove_year(); }), 0);
  s->Add(bar, 0, wxBOTTOM, 4);
  split_ = new wxSplitterWindow(page, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
  indicator_grid_ = new IndicatorGrid(split_);
  chart_ = new TrendChartPanel(split_);
  split_->SplitHorizontally(indicator_grid_, chart_, FromDIP(140));
  split_->SetSashGravity(0.4);
  split_->SetMinimumPaneSize(FromDIP(60));
  s->Add(split_, 1, wxEXPAND);
  page->SetSizer(s);
  indicator_grid_->on_changed = [this] { changed(); };
  indicator_grid_->on_indicator = [this](int) { update_chart(); };
  return page;
}

wxPanel* BlockPane::make_table_page() {
  auto* page = new wxPanel(book_);
  auto* s = new wxBoxSizer(wxVERTICAL);
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  auto edit = [this](auto fn) {
    return [this, fn] {
      auto* t = block_ ? std::get_if<model::Table>(block_) : nullptr;
      if (!t) return;
      fn(*t);
      load_table_grid();
      changed();
    };
  };
  auto width = [](const model::Table& t) { return t.rows.empty() ? size_t{1} : t.rows.front().size(); };
  bar->Add(small_button(page, ZP_("+ Row"), edit([width](model::Table& t) { t.rows.emplace_back(width(t)); })), 0, wxRIGHT, 4);
  bar->Add(small_button(page, ZP_("+ Column"), edit([](model::Table& t) {
             if (t.rows.empty()) t.rows.emplace_back(1);
             for (auto& r : t.rows) r.emplace_back();
           })), 0, wxRIGHT, 4);
  bar->Add(small_button(page, ZP_("Remove row"), edit([this](model::Table& t) {
             int r = table_grid_->GetGridCursorRow();
             if (r >= 0 && r < static_cast<int>(t.rows.size())) t.rows.erase(t.rows.begin() + r);
           })), 0, wxRIGHT, 4);
  bar->Add(small_button(page, ZP_("Remove column"), edit([this](model::Table& t) {
             int c = table_grid_->GetGridCursorCol();
             for (auto& r : t.rows)
               if (c >= 0 && c < static_cast<int>(r.size())) r.erase(r.begin() + c);
           })), 0);
  s->Add(bar, 0, wxBOTTOM, 4);
  table_grid_ = new wxGrid(page, wxID_ANY);
  table_grid_->CreateGrid(0, 0);
  table_grid_->SetRowLabelSize(FromDIP(36));
  table_grid_->SetDefaultRowSize(FromDIP(26), true);
  table_grid_->SetGridLineColour(wxColour(220, 223, 228));
  table_grid_->Bind(wxEVT_GRID_CELL_CHANGED, &BlockPane::on_table_cell, this);
  s->Add(table_grid_, 1, wxEXPAND);
  page->SetSizer(s);
  return page;
}

wxPanel* BlockPane::make_figure_page() {
  auto* page = new wxPanel(book_);
  auto* s = new wxBoxSizer(wxVERTICAL);
  auto* bar = new wxBoxSizer(wxHORIZONTAL);
  bar->Add(small_button(page, ZP_("Replace image…"), [this] {
             auto* f = block_ ? std::get_if<model::Figure>(block_) : nullptr;
             if (!f || !report_) return;
             wxFileDialog dlg(this, wx(ZP_("Choose an image")), wxEmptyString, wxEmptyString,
                              wx(ZP_("Images (*.png;*.jpg;*.jpeg)|*.png;*.jpg;*.jpeg")), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
             if (dlg.ShowModal() != wxID_OK) return;
             wxFile file(dlg.GetPath());
             std::string data(file.Length(), '\0');
             if (file.Read(data.data(), data.size()) != static_cast<ssize_t>(data.size())) return;
             model::Media& m = report_->media[f->media_id];
             m.id = f->media_id;
             m.data = std::move(data);
             m.mime = dlg.GetPath().Lower().EndsWith(".png") ? "image/png" : "image/jpeg";
             show(block_, report_);
             changed();
           }), 0, wxRIGHT, 8);
  picture_info_ = new wxStaticText(page, wxID_ANY, wxEmptyString);
  bar->Add(picture_info_, 0, wxALIGN_CENTER_VERTICAL);
  s->Add(bar, 0, wxBOTTOM, 4);
  picture_ = new wxStaticBitmap(page, wxID_ANY, wxNullBitmap);
  s->Add(picture_, 1, wxALIGN_CENTER_HORIZONTAL);
  page->SetSizer(s);
  return page;
}

void BlockPane::commit_cell(bool keep_open) {
  for (wxGrid* g : {static_cast<wxGrid*>(indicator_grid_), table_grid_}) {
    if (!g || !g->IsCellEditControlEnabled()) continue;
    if (keep_open) g->SaveEditControlValue();
    else g->DisableCellEditControl();
  }
}

void BlockPane::show(model::Block* block, model::Report* report) {
  block_ = block;
  report_ = report;
  loading_ = true;
  if (!block) {
    indicator_grid_->set_table(nullptr);
    caption_->ChangeValue(wxEmptyString);
    loading_ = false;
    return;
  }
  if (auto* it = std::get_if<model::IndicatorTable>(block)) {
    title_->SetLabel(wx(ZP_("Indicator table")));
    caption_->ChangeValue(wx(it->caption));
    book_->ChangeSelection(0);
    indicator_grid_->set_table(it);
    if (!it->indicators.empty()) indicator_grid_->SetGridCursor(0, 0);
    update_chart();
    // Grid and chart share the height 40 : 60 once the pane has its size.
    CallAfter([this] { split_->SetSashPosition(std::max(FromDIP(110), split_->GetClientSize().y * 2 / 5)); });
  } else if (auto* t = std::get_if<model::Table>(block)) {
    title_->SetLabel(wx(ZP_("Table")));
    caption_->ChangeValue(wx(t->caption));
    book_->ChangeSelection(1);
    load_table_grid();
  } else if (auto* f = std::get_if<model::Figure>(block)) {
    title_->SetLabel(wx(ZP_("Figure")));
    caption_->ChangeValue(wx(f->caption));
    book_->ChangeSelection(2);
    wxBitmap bmp;
    auto m = report ? report->media.find(f->media_id) : decltype(report->media.end()){};
    if (report && m != report->media.end()) {
      wxMemoryInputStream in(m->second.data.data(), m->second.data.size());
      wxImage img;
      if (img.LoadFile(in)) {
        picture_info_->SetLabel(wx(f->media_id + " · " + std::to_string(img.GetWidth()) + " × " + std::to_string(img.GetHeight())));
        const int max_h = FromDIP(220), max_w = FromDIP(520);
        double scale = std::min({1.0, double(max_h) / img.GetHeight(), double(max_w) / img.GetWidth()});
        if (scale < 1) img.Rescale(int(img.GetWidth() * scale), int(img.GetHeight() * scale), wxIMAGE_QUALITY_HIGH);
        bmp = wxBitmap(img);
      }
    } else {
      picture_info_->SetLabel(wx(ZP_("The image is missing from the report: use Replace image.")));
    }
    picture_->SetBitmap(bmp);
  }
  Layout();
  loading_ = false;
}

void BlockPane::load_table_grid() {
  auto* t = block_ ? std::get_if<model::Table>(block_) : nullptr;
  wxGrid* g = table_grid_;
  g->BeginBatch();
  if (g->GetNumberRows()) g->DeleteRows(0, g->GetNumberRows());
  if (g->GetNumberCols()) g->DeleteCols(0, g->GetNumberCols());
  if (t) {
    size_t cols = 0;
    for (const auto& r : t->rows) cols = std::max(cols, r.size());
    g->AppendCols(static_cast<int>(cols));
    g->AppendRows(static_cast<int>(t->rows.size()));
    for (size_t c = 0; c < cols; ++c) g->SetColLabelValue(static_cast<int>(c), wxString::Format("%c", char('A' + c % 26)));
    for (size_t r = 0; r < t->rows.size(); ++r)
      for (size_t c = 0; c < t->rows[r].size(); ++c) {
        g->SetCellValue(static_cast<int>(r), static_cast<int>(c), wx(t->rows[r][c]));
        if (static_cast<int>(r) < t->header_rows) {
          g->SetCellFont(static_cast<int>(r), static_cast<int>(c), g->GetDefaultCellFont().Bold());
          g->SetCellBackgroundColour(static_cast<int>(r), static_cast<int>(c), wxColour(240, 242, 245));
        }
      }
  }
  if (t) {
    // Columns as wide as their text, within reason.
    g->AutoSizeColumns(false);
    for (int c = 0; c < g->GetNumberCols(); ++c) g->SetColSize(c, std::clamp(g->GetColSize(c) + FromDIP(12), FromDIP(90), FromDIP(320)));
  }
  g->EndBatch();
}

void BlockPane::on_table_cell(wxGridEvent& e) {
  auto* t = block_ ? std::get_if<model::Table>(block_) : nullptr;
  if (!t || e.GetRow() >= static_cast<int>(t->rows.size())) return;
  auto& row = t->rows[e.GetRow()];
  if (e.GetCol() >= static_cast<int>(row.size())) row.resize(e.GetCol() + 1);
  row[e.GetCol()] = utf8(table_grid_->GetCellValue(e.GetRow(), e.GetCol()));
  changed();
}

void BlockPane::update_chart() {
  auto* it = block_ ? std::get_if<model::IndicatorTable>(block_) : nullptr;
  chart_->set_indicator(it, it ? indicator_grid_->current_indicator() : -1);
}

void BlockPane::changed() {
  if (std::holds_alternative<model::IndicatorTable>(block_ ? *block_ : model::Block{})) update_chart();
  if (on_changed) on_changed();
}

}  // namespace zp::gui
