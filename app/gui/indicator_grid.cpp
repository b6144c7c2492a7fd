#include "gui/indicator_grid.h"

#include <ctime>

#include "gui/wx_string.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
wxArrayString direction_choices() {
  wxArrayString a;
  a.Add(wx(ZP_("—")));
  a.Add(wx(ZP_("↑ higher is better")));
  a.Add(wx(ZP_("↓ lower is better")));
  return a;
}
wxString direction_text(model::Direction d) {
  return direction_choices()[d == model::Direction::HigherIsBetter ? 1 : d == model::Direction::LowerIsBetter ? 2 : 0];
}
wxArrayString kind_choices() {
  wxArrayString a;
  a.Add(wx(ZP_("Benchmark")));
  a.Add(wx(ZP_("Competitor")));
  a.Add(wx(ZP_("Industry average")));
  return a;
}
wxString kind_text(model::ComparisonKind k) {
  return kind_choices()[k == model::ComparisonKind::Competitor ? 1 : k == model::ComparisonKind::IndustryAverage ? 2 : 0];
}
}  // namespace

IndicatorGrid::IndicatorGrid(wxWindow* parent) : wxGrid(parent, wxID_ANY) {
  CreateGrid(0, 5);
  SetRowLabelSize(0);
  SetDefaultRowSize(FromDIP(26), true);
  SetColLabelSize(FromDIP(28));
  SetLabelBackgroundColour(wxColour(240, 242, 245));
  SetGridLineColour(wxColour(220, 223, 228));
  EnableDragRowSize(false);
  Bind(wxEVT_GRID_CELL_CHANGED, &IndicatorGrid::on_cell_changed, this);
  Bind(wxEVT_GRID_SELECT_CELL, [this](wxGridEvent& e) {
    e.Skip();
    if (on_indicator && e.GetRow() >= 0 && e.GetRow() < static_cast<int>(rows_.size()))
      on_indicator(rows_[e.GetRow()].indicator);
  });
}

int IndicatorGrid::target_col() const { return 3 + static_cast<int>(table_ ? table_->years.size() : 0); }

void IndicatorGrid::set_table(model::IndicatorTable* table) {
  table_ = table;
  rebuild();
}

void IndicatorGrid::rebuild() {
  BeginBatch();
  if (GetNumberRows() > 0) DeleteRows(0, GetNumberRows());
  if (GetNumberCols() > 0) DeleteCols(0, GetNumberCols());
  rows_.clear();
  if (!table_) {
    EndBatch();
    return;
  }
  const int cols = note_col() + 1;
  AppendCols(cols);
  SetColLabelValue(0, wx(ZP_("Indicator")));
  SetColLabelValue(1, wx(ZP_("Unit")));
  SetColLabelValue(2, wx(ZP_("Direction / comparison")));
  for (size_t i = 0; i < table_->years.size(); ++i) SetColLabelValue(year_col(i), wxString::Format("%d", table_->years[i]));
  SetColLabelValue(target_col(), wx(ZP_("Target")));
  SetColLabelValue(note_col(), wx(ZP_("Explanation")));
  SetColSize(0, FromDIP(150));
  SetColSize(1, FromDIP(56));
  SetColSize(2, FromDIP(104));
  for (size_t i = 0; i < table_->years.size(); ++i) SetColSize(year_col(i), FromDIP(70));
  SetColSize(target_col(), FromDIP(70));
  SetColSize(note_col(), FromDIP(220));

  const wxColour comparison_bg(248, 249, 251), readonly_bg(238, 240, 243);
  for (size_t i = 0; i < table_->indicators.size(); ++i) {
    const model::Indicator& ind = table_->indicators[i];
    int r = GetNumberRows();
    AppendRows(1);
    rows_.push_back({static_cast<int>(i), -1});
    SetCellValue(r, 0, wx(ind.name));
    SetCellFont(r, 0, GetDefaultCellFont().Bold());
    SetCellValue(r, 1, wx(ind.unit));
    SetCellEditor(r, 2, new wxGridCellChoiceEditor(direction_choices()));
    SetCellValue(r, 2, direction_text(ind.direction));
    for (size_t y = 0; y < table_->years.size(); ++y) {
      auto it = ind.values.find(table_->years[y]);
      if (it != ind.values.end()) SetCellValue(r, year_col(y), wx(it->second.text));
      SetCellAlignment(r, year_col(y), wxALIGN_RIGHT, wxALIGN_CENTRE);
    }
    if (ind.target) SetCellValue(r, target_col(), wx(ind.target->text));
    SetCellAlignment(r, target_col(), wxALIGN_RIGHT, wxALIGN_CENTRE);
    SetCellValue(r, note_col(), wx(ind.note));
    for (size_t c = 0; c < ind.comparisons.size(); ++c) {
      const model::ComparisonSeries& cs = ind.comparisons[c];
      int cr = GetNumberRows();
      AppendRows(1);
      rows_.push_back({static_cast<int>(i), static_cast<int>(c)});
      for (int col = 0; col < cols; ++col) SetCellBackgroundColour(cr, col, comparison_bg);
      SetCellValue(cr, 0, wx("    " + cs.label));
      // The kind of comparison stands where an indicator has its direction.
      SetCellEditor(cr, 2, new wxGridCellChoiceEditor(kind_choices()));
      SetCellValue(cr, 2, kind_text(cs.kind));
      SetReadOnly(cr, 1);
      SetCellBackgroundColour(cr, 1, readonly_bg);
      for (size_t y = 0; y < table_->years.size(); ++y) {
        auto it = cs.by_year.find(table_->years[y]);
        if (it != cs.by_year.end()) SetCellValue(cr, year_col(y), wx(it->second.text));
        else if (cs.single && y + 1 == table_->years.size()) SetCellValue(cr, year_col(y), wx(cs.single->text));
        SetCellAlignment(cr, year_col(y), wxALIGN_RIGHT, wxALIGN_CENTRE);
      }
      SetReadOnly(cr, target_col());
      SetReadOnly(cr, note_col());
      SetCellBackgroundColour(cr, target_col(), readonly_bg);
      SetCellBackgroundColour(cr, note_col(), readonly_bg);
    }
  }
  EndBatch();
  ForceRefresh();
}

int IndicatorGrid::current_indicator() const {
  int r = GetGridCursorRow();
  if (r < 0 || r >= static_cast<int>(rows_.size())) return table_ && !table_->indicators.empty() ? 0 : -1;
  return rows_[r].indicator;
}

void IndicatorGrid::changed() {
  if (on_changed) on_changed();
  if (on_indicator) on_indicator(current_indicator());
}

void IndicatorGrid::on_cell_changed(wxGridEvent& e) {
  const int r = e.GetRow(), col = e.GetCol();
  if (!table_ || r < 0 || r >= static_cast<int>(rows_.size())) return;
  const RowRef ref = rows_[r];
  model::Indicator& ind = table_->indicators[ref.indicator];
  const std::string v = utf8(GetCellValue(r, col).Strip(wxString::both));
  if (ref.comparison < 0) {
    if (col == 0) ind.name = v;
    else if (col == 1) ind.unit = v;
    else if (col == 2) {
      int k = direction_choices().Index(GetCellValue(r, col));
      ind.direction = k == 1 ? model::Direction::HigherIsBetter : k == 2 ? model::Direction::LowerIsBetter : model::Direction::Unknown;
    } else if (col == target_col()) {
      if (v.empty()) ind.target.reset();
      else ind.target = model::Value::parse(v);
    } else if (col == note_col()) {
      ind.note = v;
    } else {
      int year = table_->years[col - 3];
      if (v.empty()) ind.values.erase(year);
      else ind.values[year] = model::Value::parse(v);
    }
  } else {
    model::ComparisonSeries& cs = ind.comparisons[ref.comparison];
    if (col == 0) cs.label = v;
    else if (col == 2) {
      int k = kind_choices().Index(GetCellValue(r, col));
      cs.kind = k == 1 ? model::ComparisonKind::Competitor : k == 2 ? model::ComparisonKind::IndustryAverage : model::ComparisonKind::Benchmark;
    } else if (col >= 3 && col < target_col()) {
      // A single value becomes the latest year's value once the user edits the years.
      if (cs.single && !table_->years.empty()) {
        cs.by_year.emplace(table_->years.back(), *cs.single);
        cs.single.reset();
      }
      int year = table_->years[col - 3];
      if (v.empty()) cs.by_year.erase(year);
      else cs.by_year[year] = model::Value::parse(v);
    }
  }
  changed();
}

void IndicatorGrid::add_indicator() {
  if (!table_) return;
  model::Indicator ind;
  ind.name = ZP_("New indicator");
  ind.direction = model::Direction::HigherIsBetter;
  table_->indicators.push_back(ind);
  rebuild();
  int r = GetNumberRows() - 1 - static_cast<int>(ind.comparisons.size());
  SetGridCursor(r, 0);
  MakeCellVisible(r, 0);
  changed();
}

void IndicatorGrid::add_comparison() {
  if (!table_) return;
  int i = current_indicator();
  if (i < 0) return;
  model::ComparisonSeries cs;
  cs.kind = model::ComparisonKind::Benchmark;
  cs.label = ZP_("Benchmark");
  table_->indicators[i].comparisons.push_back(cs);
  rebuild();
  for (size_t r = 0; r < rows_.size(); ++r)
    if (rows_[r].indicator == i && rows_[r].comparison == static_cast<int>(table_->indicators[i].comparisons.size()) - 1)
      SetGridCursor(static_cast<int>(r), 0);
  changed();
}

void IndicatorGrid::remove_row() {
  int r = GetGridCursorRow();
  if (!table_ || r < 0 || r >= static_cast<int>(rows_.size())) return;
  RowRef ref = rows_[r];
  if (ref.comparison < 0) table_->indicators.erase(table_->indicators.begin() + ref.indicator);
  else {
    auto& cs = table_->indicators[ref.indicator].comparisons;
    cs.erase(cs.begin() + ref.comparison);
  }
  rebuild();
  if (GetNumberRows() > 0) SetGridCursor(std::min(r, GetNumberRows() - 1), 0);
  changed();
}

void IndicatorGrid::add_year() {
  if (!table_) return;
  if (table_->years.empty()) {
    // A table without years gets the three consecutive years every standard asks for,
    // ending last year.
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    localtime_r(&t, &tm);
    const int last = tm.tm_year + 1900 - 1;
    table_->years = {last - 2, last - 1, last};
  } else {
    table_->years.push_back(table_->years.back() + 1);
  }
  rebuild();
  changed();
}

void IndicatorGrid::remove_year() {
  if (!table_ || table_->years.empty()) return;
  int col = GetGridCursorCol();
  size_t i = (col >= 3 && col < target_col()) ? static_cast<size_t>(col - 3) : table_->years.size() - 1;
  const int year = table_->years[i];
  table_->years.erase(table_->years.begin() + i);
  for (model::Indicator& ind : table_->indicators) {
    ind.values.erase(year);
    for (auto& cs : ind.comparisons) cs.by_year.erase(year);
  }
  rebuild();
  changed();
}

}  // namespace zp::gui
