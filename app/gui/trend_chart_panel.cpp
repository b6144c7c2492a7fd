#include "gui/trend_chart_panel.h"

#include <wx/dcbuffer.h>
#include <wx/graphics.h>

#include <algorithm>
#include <cmath>

#include "gui/wx_string.h"
#include "model/report_text.h"
#include "util/i18n.h"

namespace zp::gui {

namespace {
// The PDF chart's colours and markers (io/pdf/chart.cpp).
const wxColour kOrg(41, 97, 171);
const wxColour kSeries[] = {wxColour(217, 94, 3), wxColour(51, 153, 64), wxColour(153, 64, 153), wxColour(140, 115, 26)};
enum class Marker { Circle, Square, Diamond, Triangle };
const Marker kMarkers[] = {Marker::Square, Marker::Triangle, Marker::Diamond, Marker::Circle};
const wxColour kTarget(204, 26, 26);
const wxColour kGrid(217, 217, 217);
const wxColour kAxis(77, 77, 77);

void marker(wxGraphicsContext& gc, Marker m, double x, double y, double r) {
  wxGraphicsPath p = gc.CreatePath();
  switch (m) {
    case Marker::Circle: p.AddCircle(x, y, r); break;
    case Marker::Square: p.AddRectangle(x - r, y - r, 2 * r, 2 * r); break;
    case Marker::Diamond:
      p.MoveToPoint(x, y - r * 1.3);
      p.AddLineToPoint(x + r * 1.3, y);
      p.AddLineToPoint(x, y + r * 1.3);
      p.AddLineToPoint(x - r * 1.3, y);
      p.CloseSubpath();
      break;
    case Marker::Triangle:
      p.MoveToPoint(x, y - r * 1.3);
      p.AddLineToPoint(x + r * 1.2, y + r);
      p.AddLineToPoint(x - r * 1.2, y + r);
      p.CloseSubpath();
      break;
  }
  gc.FillPath(p);
}
}  // namespace

TrendChartPanel::TrendChartPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  SetMinSize(FromDIP(wxSize(-1, 180)));
  Bind(wxEVT_PAINT, &TrendChartPanel::on_paint, this);
  Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
    Refresh();
    e.Skip();
  });
}

void TrendChartPanel::set_indicator(const model::IndicatorTable* table, int i) {
  if (!table || i < 0 || i >= static_cast<int>(table->indicators.size())) {
    data_.reset();
  } else {
    data_ = io::pdf::chart_data(*table, static_cast<size_t>(i));
    title_ = model::chart_title(table->indicators[i]);
  }
  Refresh();
}

void TrendChartPanel::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC pdc(this);
  pdc.SetBackground(*wxWHITE_BRUSH);
  pdc.Clear();
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(pdc));
  if (!gc) return;
  const wxSize sz = GetClientSize();
  wxFont font = GetFont();
  gc->SetFont(font, wxColour(51, 51, 51));
  auto extent = [&](const wxString& s) {
    double w, h;
    gc->GetTextExtent(s, &w, &h);
    return std::pair{w, h};
  };
  auto text = [&](const wxString& s, double x, double y, int align) {
    double w = extent(s).first;
    gc->DrawText(s, align < 0 ? x : align == 0 ? x - w / 2 : x - w, y);
  };

  bool any = false;
  double lo = INFINITY, hi = -INFINITY;
  if (data_) {
    auto take = [&](const std::vector<std::optional<double>>& v) {
      for (const auto& x : v)
        if (x) lo = std::min(lo, *x), hi = std::max(hi, *x), any = true;
    };
    take(data_->organisation.values);
    for (const auto& s : data_->comparisons) take(s.values);
    if (data_->target) lo = std::min(lo, *data_->target), hi = std::max(hi, *data_->target);
  }
  if (!data_ || data_->years.empty() || !any) {
    gc->SetFont(font, wxColour(130, 136, 145));
    const char* hint = !data_ ? ZP_("Select an indicator row to see its trend chart.")
                       : data_->years.empty() ? ZP_("The table has no years yet: add them with + Year (at least three consecutive years).")
                                              : ZP_("No numbers to chart yet: enter the yearly values in the table.");
    text(wx(hint), sz.x / 2.0, sz.y / 2.0 - 8, 0);
    return;
  }
  const io::pdf::ChartData& d = *data_;
  const double th = extent("0").second;
  // As many ticks as the height has room for (at most the PDF's five).
  const int room = static_cast<int>((sz.y - th * 5.4 - 24) / (th * 1.6));
  const io::pdf::Axis axis = io::pdf::nice_axis(lo, hi, d.bars, std::clamp(room, 2, 5));

  gc->SetFont(font.Bold(), wxColour(30, 30, 30));
  text(wx(title_), sz.x / 2.0, 6, 0);
  gc->SetFont(font, wxColour(51, 51, 51));
  double tick_w = 0;
  for (double t : axis.ticks) tick_w = std::max(tick_w, extent(wx(io::pdf::tick_label(t, axis.step))).first);
  const double px = 14 + tick_w + 8, pw = sz.x - px - 16;
  const double ptop = 10 + th * 2.6, pbottom = sz.y - 14 - th * 2.8;
  auto yof = [&](double v) { return pbottom - (v - axis.min) / (axis.max - axis.min) * (pbottom - ptop); };
  const size_t n = d.years.size();
  const double slot = pw / n;
  auto xof = [&](size_t i) { return px + slot * (i + 0.5); };

  gc->SetPen(wxPen(kGrid, 1));
  for (double t : axis.ticks) {
    gc->StrokeLine(px, yof(t), px + pw, yof(t));
    text(wx(io::pdf::tick_label(t, axis.step)), px - 6, yof(t) - th / 2, 1);
  }
  if (!d.unit.empty()) text(wx("单位：" + d.unit), 14, ptop - th * 1.4, -1);
  gc->SetPen(wxPen(kAxis, 1));
  gc->StrokeLine(px, pbottom, px + pw, pbottom);
  gc->StrokeLine(px, pbottom, px, ptop);
  for (size_t i = 0; i < n; ++i) text(wx(std::to_string(d.years[i]) + "年"), xof(i), pbottom + 4, 0);

  struct Legend {
    wxString label;
    wxColour colour;
    std::optional<Marker> mark;
    bool bar = false, dashed = false;
  };
  std::vector<Legend> legend;
  if (d.bars) {
    const double bw = std::min(slot * 0.45, 48.0), base = yof(std::clamp(0.0, axis.min, axis.max));
    gc->SetPen(*wxTRANSPARENT_PEN);
    gc->SetBrush(wxBrush(kOrg));
    for (size_t i = 0; i < n; ++i)
      if (d.organisation.values[i]) {
        double y = yof(*d.organisation.values[i]);
        gc->DrawRectangle(xof(i) - bw / 2, std::min(base, y), bw, std::fabs(y - base));
      }
    legend.push_back({wx(d.organisation.label), kOrg, std::nullopt, true, false});
  }
  auto line = [&](const io::pdf::ChartSeries& s, const wxColour& c, Marker m, bool join_gaps) {
    gc->SetPen(wxPen(c, 2));
    wxGraphicsPath p = gc->CreatePath();
    bool open = false;
    for (size_t i = 0; i < n; ++i) {
      if (!s.values[i]) {
        if (!join_gaps) open = false;
        continue;
      }
      if (open) p.AddLineToPoint(xof(i), yof(*s.values[i]));
      else p.MoveToPoint(xof(i), yof(*s.values[i]));
      open = true;
    }
    gc->StrokePath(p);
    gc->SetBrush(wxBrush(c));
    for (size_t i = 0; i < n; ++i)
      if (s.values[i]) marker(*gc, m, xof(i), yof(*s.values[i]), 3.5);
  };
  if (!d.bars) {
    line(d.organisation, kOrg, Marker::Circle, false);
    legend.push_back({wx(d.organisation.label), kOrg, Marker::Circle, false, false});
  }
  for (size_t k = 0; k < d.comparisons.size(); ++k) {
    line(d.comparisons[k], kSeries[k % 4], kMarkers[k % 4], true);
    legend.push_back({wx(d.comparisons[k].label), kSeries[k % 4], kMarkers[k % 4], false, false});
  }
  if (d.target) {
    gc->SetPen(wxPen(kTarget, 2, wxPENSTYLE_SHORT_DASH));
    gc->StrokeLine(px, yof(*d.target), px + pw, yof(*d.target));
    legend.push_back({wx("目标值"), kTarget, std::nullopt, false, true});
  }

  // Legend, centred under the chart.
  double total = 0;
  for (const Legend& l : legend) total += 24 + extent(l.label).first + 16;
  double lx = std::max(px, (sz.x - total) / 2), ly = sz.y - 8 - th;
  for (const Legend& l : legend) {
    const double cy = ly + th / 2;
    if (l.bar) {
      gc->SetPen(*wxTRANSPARENT_PEN);
      gc->SetBrush(wxBrush(l.colour));
      gc->DrawRectangle(lx, cy - 5, 18, 10);
    } else {
      gc->SetPen(wxPen(l.colour, 2, l.dashed ? wxPENSTYLE_SHORT_DASH : wxPENSTYLE_SOLID));
      gc->StrokeLine(lx, cy, lx + 18, cy);
      gc->SetBrush(wxBrush(l.colour));
      if (l.mark) marker(*gc, *l.mark, lx + 9, cy, 3.5);
    }
    text(l.label, lx + 24, ly, -1);
    lx += 24 + extent(l.label).first + 16;
  }
}

}  // namespace zp::gui
