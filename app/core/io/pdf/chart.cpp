#include "io/pdf/chart.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace zp::io::pdf {

namespace {

const Color kOrgColor{0.16, 0.38, 0.67};
const Color kSeriesColors[] = {{0.85, 0.37, 0.01}, {0.20, 0.60, 0.25}, {0.60, 0.25, 0.60}, {0.55, 0.45, 0.10}};
const Marker kSeriesMarkers[] = {Marker::Square, Marker::Triangle, Marker::Diamond, Marker::Circle};
const Color kGrid{0.85, 0.85, 0.85};
const Color kAxis{0.3, 0.3, 0.3};
const Color kTargetColor{0.80, 0.10, 0.10};

double text_width(const Font& font, const std::string& s, double size) {
  double w = 0;
  for (char32_t cp : to_u32(s)) w += font.advance(cp) * size;
  return w;
}

void label(std::vector<Op>& out, const Font& font, const std::string& s, double x, double y, double size,
           int align /* -1 left, 0 centre, 1 right */, Color c = {0.2, 0.2, 0.2}) {
  TextOp t;
  t.text = s;
  t.size = size;
  double w = text_width(font, s, size);
  t.x = align < 0 ? x : align == 0 ? x - w / 2 : x - w;
  t.y = y;
  t.color = c;
  t.outline = true;
  out.push_back(std::move(t));
}

}  // namespace

ChartData chart_data(const model::IndicatorTable& table, size_t indicator) {
  const model::Indicator& ind = table.indicators.at(indicator);
  ChartData d;
  d.unit = ind.unit;
  d.years = table.years;
  if (d.years.empty())
    for (const auto& [y, v] : ind.values) d.years.push_back(y);
  auto series_of = [&](const std::map<int, model::Value>& by_year) {
    std::vector<std::optional<double>> v;
    for (int y : d.years) {
      auto it = by_year.find(y);
      v.push_back(it == by_year.end() ? std::nullopt : it->second.number);
    }
    return v;
  };
  d.organisation.label = "本组织";
  d.organisation.values = series_of(ind.values);
  for (const model::ComparisonSeries& c : ind.comparisons) {
    ChartSeries s;
    s.label = !c.label.empty() ? c.label
              : c.kind == model::ComparisonKind::Competitor      ? "竞争对手"
              : c.kind == model::ComparisonKind::IndustryAverage ? "行业平均"
                                                                 : "标杆";
    s.values = series_of(c.by_year);
    if (c.single && c.single->number && !d.years.empty()) s.values.back() = c.single->number;
    if (std::any_of(s.values.begin(), s.values.end(), [](const auto& v) { return v.has_value(); }))
      d.comparisons.push_back(std::move(s));
  }
  if (ind.target && ind.target->number) d.target = ind.target->number;
  d.bars = !d.comparisons.empty();
  return d;
}

Axis nice_axis(double lo, double hi, bool include_zero, int max_ticks) {
  if (max_ticks < 2) max_ticks = 2;
  if (include_zero || (lo > 0 && lo < hi * 0.4) || (hi < 0 && hi > lo * 0.4)) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
  }
  if (hi - lo < 1e-12) {
    double pad = std::abs(hi) > 1e-12 ? std::abs(hi) * 0.1 : 1.0;
    lo -= pad, hi += pad;
    if (include_zero && lo < 0 && hi > 0 && lo > -pad * 1.01) lo = 0;
  }
  const double raw = (hi - lo) / max_ticks;
  const double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = 10 * mag;
  for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
    if (m * mag >= raw - 1e-12 * mag) {
      step = m * mag;
      break;
    }
  }
  Axis a;
  a.step = step;
  a.min = std::floor(lo / step + 1e-9) * step;
  a.max = std::ceil(hi / step - 1e-9) * step;
  if (a.max - a.min < step / 2) a.max = a.min + step;
  for (double v = a.min; v <= a.max + step * 1e-6; v += step) a.ticks.push_back(std::abs(v) < step * 1e-9 ? 0.0 : v);
  return a;
}

std::string tick_label(double value, double step) {
  int decimals = 0;
  for (double s = step; decimals < 6 && std::abs(s - std::round(s)) > 1e-9 * std::max(1.0, std::abs(s)); s *= 10)
    ++decimals;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  if (s == "-0") s = "0";
  return s;
}

double chart_height(double width) { return width * 0.5; }

void draw_chart(const ChartData& d, const Font& font, double x, double top, double width, std::vector<Op>& out) {
  const double height = chart_height(width);
  const double label_size = 8;
  // Value range over every series and the target.
  double lo = INFINITY, hi = -INFINITY;
  auto take = [&](const std::vector<std::optional<double>>& v) {
    for (const auto& x : v)
      if (x) lo = std::min(lo, *x), hi = std::max(hi, *x);
  };
  take(d.organisation.values);
  for (const auto& s : d.comparisons) take(s.values);
  if (d.target) lo = std::min(lo, *d.target), hi = std::max(hi, *d.target);
  if (!std::isfinite(lo)) lo = 0, hi = 1;
  const Axis axis = nice_axis(lo, hi, d.bars, 5);

  // Plot area: room on the left for tick labels, below for years, above for the unit,
  // and at the bottom for the legend.
  double tick_w = 0;
  for (double t : axis.ticks) tick_w = std::max(tick_w, text_width(font, tick_label(t, axis.step), label_size));
  const double px = x + tick_w + 8, pw = width - (tick_w + 8) - 6;
  const double ptop = top - 22, pbottom = top - height + 30;
  const double ph = ptop - pbottom;
  auto yof = [&](double v) { return pbottom + (v - axis.min) / (axis.max - axis.min) * ph; };
  const size_t n = d.years.size();
  const double slot = n ? pw / static_cast<double>(n) : pw;
  auto xof = [&](size_t i) { return px + slot * (static_cast<double>(i) + 0.5); };

  // Grid, ticks and the unit.
  for (double t : axis.ticks) {
    double y = yof(t);
    out.push_back(LineOp{px, y, px + pw, y, 0.4, kGrid, false});
    label(out, font, tick_label(t, axis.step), px - 4, y - label_size * 0.35, label_size, 1);
  }
  if (!d.unit.empty()) label(out, font, "单位：" + d.unit, px - tick_w - 8, ptop + 11, label_size, -1);
  out.push_back(LineOp{px, pbottom, px + pw, pbottom, 0.8, kAxis, false});
  out.push_back(LineOp{px, pbottom, px, ptop, 0.8, kAxis, false});
  for (size_t i = 0; i < n; ++i) {
    out.push_back(LineOp{xof(i), pbottom, xof(i), pbottom - 3, 0.6, kAxis, false});
    label(out, font, std::to_string(d.years[i]) + "年", xof(i), pbottom - 12, label_size, 0);
  }

  struct LegendItem {
    std::string label;
    Color color;
    std::optional<Marker> marker;
    bool bar = false, dashed = false;
  };
  std::vector<LegendItem> legend;

  // The organisation: bars or a line with circles.
  if (d.bars) {
    const double bw = std::min(slot * 0.45, 36.0);
    const double base = yof(std::clamp(0.0, axis.min, axis.max));
    for (size_t i = 0; i < n; ++i) {
      if (!d.organisation.values[i]) continue;
      double y = yof(*d.organisation.values[i]);
      out.push_back(RectOp{xof(i) - bw / 2, std::min(base, y), bw, std::abs(y - base), kOrgColor, std::nullopt, 0});
    }
    legend.push_back({d.organisation.label, kOrgColor, std::nullopt, true, false});
  } else {
    auto draw_line = [&](const ChartSeries& s, Color c, Marker m, bool dashed) {
      PolylineOp pl{{}, 1.4, c, dashed};
      auto flush = [&] {
        if (pl.xy.size() >= 4) out.push_back(pl);
        pl.xy.clear();
      };
      for (size_t i = 0; i < n; ++i) {
        if (!s.values[i]) {
          flush();
          continue;
        }
        pl.xy.push_back(xof(i));
        pl.xy.push_back(yof(*s.values[i]));
      }
      flush();
      for (size_t i = 0; i < n; ++i)
        if (s.values[i]) out.push_back(MarkerOp{xof(i), yof(*s.values[i]), 2.4, m, c});
    };
    draw_line(d.organisation, kOrgColor, Marker::Circle, false);
    legend.push_back({d.organisation.label, kOrgColor, Marker::Circle, false, false});
  }
  for (size_t k = 0; k < d.comparisons.size(); ++k) {
    const ChartSeries& s = d.comparisons[k];
    Color c = kSeriesColors[k % 4];
    Marker m = kSeriesMarkers[k % 4];
    PolylineOp pl{{}, 1.2, c, k >= 4};
    for (size_t i = 0; i < n; ++i) {
      if (!s.values[i]) continue;  // comparisons are sparse: join the points they have
      pl.xy.push_back(xof(i));
      pl.xy.push_back(yof(*s.values[i]));
    }
    if (pl.xy.size() >= 4) out.push_back(pl);
    for (size_t i = 0; i < n; ++i)
      if (s.values[i]) out.push_back(MarkerOp{xof(i), yof(*s.values[i]), 2.4, m, c});
    legend.push_back({s.label, c, m, false, false});
  }
  if (d.target) {
    double y = yof(*d.target);
    out.push_back(LineOp{px, y, px + pw, y, 1.0, kTargetColor, true});
    legend.push_back({"目标值", kTargetColor, std::nullopt, false, true});
  }

  // Legend, centred under the year labels.
  double total = 0;
  std::vector<double> widths;
  for (const auto& li : legend) {
    widths.push_back(18 + text_width(font, li.label, label_size));
    total += widths.back() + 12;
  }
  double lx = x + (width - total + 12) / 2;
  const double ly = top - height + 6;
  for (size_t i = 0; i < legend.size(); ++i) {
    const LegendItem& li = legend[i];
    if (li.bar) {
      out.push_back(RectOp{lx, ly - 1, 14, 7, li.color, std::nullopt, 0});
    } else {
      out.push_back(LineOp{lx, ly + 2.5, lx + 14, ly + 2.5, 1.2, li.color, li.dashed});
      if (li.marker) out.push_back(MarkerOp{lx + 7, ly + 2.5, 2.4, *li.marker, li.color});
    }
    label(out, font, li.label, lx + 18, ly, label_size, -1);
    lx += widths[i] + 12;
  }
}

}  // namespace zp::io::pdf
