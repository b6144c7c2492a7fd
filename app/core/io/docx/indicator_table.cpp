#include "io/docx/indicator_table.h"

#include <algorithm>
#include <set>

#include "io/docx/heading_matcher.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::docx {
namespace {

bool has(const std::string& s, const char* part) { return s.find(part) != std::string::npos; }

bool starts(const std::string& s, const char* p) { return s.rfind(p, 0) == 0; }

// A leading year "2023", "2023年", "2023年度" split off: returns the year (0 if none) and
// leaves the rest in *rest.
int leading_year(const std::string& key, std::string* rest) {
  if (key.size() < 4) return 0;
  for (int i = 0; i < 4; ++i)
    if (!std::isdigit(static_cast<unsigned char>(key[static_cast<size_t>(i)]))) return 0;
  if (key.size() > 4 && std::isdigit(static_cast<unsigned char>(key[4]))) return 0;
  int y = std::stoi(key.substr(0, 4));
  if (y < 1990 || y > 2100) return 0;
  std::string r = key.substr(4);
  if (starts(r, "年度")) r = r.substr(std::string("年度").size());
  else if (starts(r, "年")) r = r.substr(std::string("年").size());
  *rest = r;
  return y;
}

std::string cell_at(const std::vector<std::string>& row, size_t c) { return c < row.size() ? trim(row[c]) : std::string(); }

bool row_empty(const std::vector<std::string>& row) {
  for (const auto& c : row)
    if (!trim(c).empty()) return false;
  return true;
}

}  // namespace

std::optional<int> header_year(std::string_view cell) {
  std::string key = compact_key(cell), rest;
  int y = leading_year(key, &rest);
  if (!y) return std::nullopt;
  if (rest.empty() || rest == "实际" || rest == "实际值" || rest == "值" || rest == "数据" || rest == "完成" ||
      rest == "完成值")
    return y;
  return std::nullopt;
}

std::optional<model::ComparisonKind> comparison_kind(std::string_view label) {
  std::string k = compact_key(label);
  if (k.empty()) return std::nullopt;
  if (has(k, "行业平均") || has(k, "行业均值") || has(k, "同行平均") || has(k, "平均水平"))
    return model::ComparisonKind::IndustryAverage;
  if (has(k, "竞争对手") || has(k, "竞品") || has(k, "对手")) return model::ComparisonKind::Competitor;
  if (has(k, "标杆") || has(k, "对标") || has(k, "行业先进") || has(k, "行业领先") || has(k, "国内先进") ||
      has(k, "国际先进") || has(k, "国内领先") || has(k, "国际领先") || has(k, "先进水平") || has(k, "行业最佳") ||
      has(k, "最佳实践") || has(k, "行业最高"))
    return model::ComparisonKind::Benchmark;
  return std::nullopt;
}

ColumnHeader classify_header(std::string_view cell) {
  ColumnHeader h;
  std::string key = compact_key(cell);
  if (auto y = header_year(cell)) {
    h.role = ColumnRole::Year;
    h.year = *y;
    return h;
  }
  std::string rest = key;
  int year = leading_year(key, &rest);
  if (auto kind = comparison_kind(rest)) {
    h.role = ColumnRole::Comparison;
    h.kind = *kind;
    h.year = year;
    h.label = trim(fold_width(cell));
    if (year) h.label = rest;
    return h;
  }
  if (key.empty()) return h;
  if (has(key, "目标")) h.role = ColumnRole::Target;
  else if (key == "单位" || key == "计量单位" || key == "单位名称") h.role = ColumnRole::Unit;
  else if (has(key, "说明") || has(key, "备注") || has(key, "分析") || key == "原因") h.role = ColumnRole::Note;
  else if (has(key, "方向") || has(key, "极性") || has(key, "导向") || has(key, "趋势要求") || has(key, "期望趋势"))
    h.role = ColumnRole::Direction;
  else if (has(key, "指标") || key == "项目" || key == "名称" || key == "内容") h.role = ColumnRole::Name;
  return h;
}

namespace {

// One cell of an indicator's row (or, transposed, column) whose header says what it holds:
// unit, target, note, direction or a comparison value. Comparison cells of several years
// under the same label form one series.
void add_cell(model::Indicator& ind, const ColumnHeader& h, const std::string& v, std::optional<model::Direction>& dir) {
  switch (h.role) {
    case ColumnRole::Unit: ind.unit = v; break;
    case ColumnRole::Target: ind.target = model::Value::parse(v); break;
    case ColumnRole::Note: ind.note += (ind.note.empty() ? "" : "；") + v; break;
    case ColumnRole::Direction: dir = DirectionLexicon::from_cell(v); break;
    case ColumnRole::Comparison: {
      if (h.year) {
        auto same = std::find_if(ind.comparisons.begin(), ind.comparisons.end(),
                                 [&](const model::ComparisonSeries& x) { return x.label == h.label && x.kind == h.kind; });
        if (same != ind.comparisons.end()) {
          same->by_year[h.year] = model::Value::parse(v);
          break;
        }
      }
      model::ComparisonSeries s;
      s.kind = h.kind;
      s.label = h.label;
      if (h.year) s.by_year[h.year] = model::Value::parse(v);
      else s.single = model::Value::parse(v);
      ind.comparisons.push_back(std::move(s));
      break;
    }
    case ColumnRole::Year:
    case ColumnRole::Name:
    case ColumnRole::Other: break;
  }
}

std::optional<model::IndicatorTable> by_rows(const std::vector<std::vector<std::string>>& grid, const DirectionLexicon& lex,
                                             std::vector<std::string>* notes) {
  // The header row: the first (of the first two) with year columns.
  size_t header = grid.size();
  for (size_t r = 0; r < grid.size() && r < 2 && header == grid.size(); ++r) {
    int years = 0;
    for (size_t c = 1; c < grid[r].size(); ++c)
      if (header_year(grid[r][c])) ++years;
    if (years > 0) header = r;
  }
  if (header == grid.size()) return std::nullopt;
  const size_t cols = grid[header].size();
  std::vector<ColumnHeader> roles(cols);
  std::set<int> years;
  bool comparison_or_target = false;
  for (size_t c = 0; c < cols; ++c) {
    roles[c] = classify_header(grid[header][c]);
    if (roles[c].role == ColumnRole::Other && header > 0) roles[c] = classify_header(cell_at(grid[header - 1], c));
    if (roles[c].role == ColumnRole::Year) years.insert(roles[c].year);
    if (roles[c].role == ColumnRole::Comparison || roles[c].role == ColumnRole::Target) comparison_or_target = true;
  }
  if (years.size() < 2 && !(years.size() == 1 && comparison_or_target)) return std::nullopt;
  // The name column: the one headed 指标/项目, else the first column that is not a year.
  size_t name_col = cols;
  for (size_t c = 0; c < cols && name_col == cols; ++c)
    if (roles[c].role == ColumnRole::Name) name_col = c;
  for (size_t c = 0; c < cols && name_col == cols; ++c) {
    std::string k = compact_key(grid[header][c]);
    if (roles[c].role == ColumnRole::Other && k != "序号" && k != "序") name_col = c;
  }
  if (name_col == cols) return std::nullopt;

  model::IndicatorTable t;
  t.years.assign(years.begin(), years.end());
  for (size_t r = header + 1; r < grid.size(); ++r) {
    const auto& row = grid[r];
    if (row_empty(row)) continue;
    std::string name = cell_at(row, name_col);
    // A comparison row under its indicator (the layout Zhuoping exports).
    if (auto kind = comparison_kind(name); kind && !t.indicators.empty() && utf8_length(name) <= 8) {
      model::ComparisonSeries s;
      s.kind = *kind;
      s.label = name;
      for (size_t c = 0; c < cols; ++c)
        if (roles[c].role == ColumnRole::Year && !cell_at(row, c).empty())
          s.by_year[roles[c].year] = model::Value::parse(cell_at(row, c));
      if (!s.by_year.empty()) t.indicators.back().comparisons.push_back(std::move(s));
      continue;
    }
    if (name.empty()) {
      if (notes) notes->push_back(format(ZP_("row {0} has values but no indicator name; skipped"), r + 1));
      continue;
    }
    model::Indicator ind;
    auto [bare, unit] = split_unit(name);
    ind.name = bare;
    ind.unit = unit;
    std::optional<model::Direction> dir;
    for (size_t c = 0; c < cols; ++c) {
      if (c == name_col) continue;
      std::string v = cell_at(row, c);
      if (v.empty()) continue;
      const ColumnHeader& h = roles[c];
      if (h.role == ColumnRole::Year)
        ind.values[h.year] = model::Value::parse(v);
      else
        add_cell(ind, h, v, dir);
    }
    ind.direction = dir ? *dir : lex.direction_of(ind.name);
    t.indicators.push_back(std::move(ind));
  }
  if (t.indicators.empty()) return std::nullopt;
  return t;
}

// Years down the first column, one indicator per column.
std::optional<model::IndicatorTable> by_columns(const std::vector<std::vector<std::string>>& grid, const DirectionLexicon& lex) {
  if (grid.size() < 3) return std::nullopt;
  const auto& head = grid[0];
  for (size_t c = 1; c < head.size(); ++c)
    if (header_year(head[c])) return std::nullopt;
  std::set<int> years;
  for (size_t r = 1; r < grid.size(); ++r)
    if (auto y = header_year(cell_at(grid[r], 0))) years.insert(*y);
  if (years.size() < 2) return std::nullopt;
  model::IndicatorTable t;
  t.years.assign(years.begin(), years.end());
  for (size_t c = 1; c < head.size(); ++c) {
    std::string name = trim(head[c]);
    if (name.empty()) continue;
    model::Indicator ind;
    auto [bare, unit] = split_unit(name);
    ind.name = bare;
    ind.unit = unit;
    std::optional<model::Direction> dir;
    for (size_t r = 1; r < grid.size(); ++r) {
      std::string label = cell_at(grid[r], 0), v = cell_at(grid[r], c);
      if (v.empty()) continue;
      if (auto y = header_year(label)) {
        ind.values[*y] = model::Value::parse(v);
        continue;
      }
      add_cell(ind, classify_header(label), v, dir);
    }
    ind.direction = dir ? *dir : lex.direction_of(ind.name);
    t.indicators.push_back(std::move(ind));
  }
  if (t.indicators.empty()) return std::nullopt;
  return t;
}

}  // namespace

std::optional<model::IndicatorTable> recognise_indicator_table(const std::vector<std::vector<std::string>>& grid,
                                                               const DirectionLexicon& lexicon,
                                                               std::vector<std::string>* notes) {
  if (grid.size() < 2) return std::nullopt;
  if (auto t = by_rows(grid, lexicon, notes)) return t;
  return by_columns(grid, lexicon);
}

}  // namespace zp::io::docx
