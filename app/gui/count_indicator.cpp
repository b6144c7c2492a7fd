#include "gui/count_indicator.h"

#include <wx/dcbuffer.h>

#include "gui/wx_string.h"
#include "util/format.h"
#include "util/i18n.h"

namespace zp::gui {

CountLevel count_level(long count, long limit) {
  if (limit <= 0) return CountLevel::Fine;
  if (count > limit) return CountLevel::Over;
  if (count * 10 >= limit * 9) return CountLevel::Near;
  return CountLevel::Fine;
}

CountIndicator::CountIndicator(wxWindow* parent) : wxWindow(parent, wxID_ANY) {
  SetBackgroundStyle(wxBG_STYLE_PAINT);
  Bind(wxEVT_PAINT, &CountIndicator::on_paint, this);
}

wxString CountIndicator::label() const {
  std::string s = limit_ > 0 ? format(ZP_("Report {0} / {1} 字"), group_digits(count_), group_digits(limit_))
                             : format(ZP_("Report {0} 字 (no limit)"), group_digits(count_));
  return wx(s);
}

void CountIndicator::set(long count, long limit) {
  if (count == count_ && limit == limit_) return;
  count_ = count;
  limit_ = limit;
  SetToolTip(label());
  Refresh();
}

void CountIndicator::on_paint(wxPaintEvent&) {
  wxAutoBufferedPaintDC dc(this);
  const wxSize sz = GetClientSize();
  dc.SetBackground(wxBrush(GetParent()->GetBackgroundColour()));
  dc.Clear();
  wxColour fill, text;
  switch (level()) {
    case CountLevel::Fine: fill = wxColour(223, 242, 228); text = wxColour(22, 110, 55); break;
    case CountLevel::Near: fill = wxColour(253, 238, 204); text = wxColour(150, 90, 0); break;
    case CountLevel::Over: fill = wxColour(252, 222, 222); text = wxColour(180, 30, 30); break;
  }
  dc.SetPen(*wxTRANSPARENT_PEN);
  dc.SetBrush(wxBrush(fill));
  dc.DrawRoundedRectangle(0, 1, sz.x, sz.y - 2, 3);
  if (limit_ > 0) {
    // How much of the limit is used, as a thin bar along the bottom.
    double used = std::min(1.0, double(count_) / limit_);
    dc.SetBrush(wxBrush(text));
    dc.DrawRectangle(2, sz.y - 4, int((sz.x - 4) * used), 2);
  }
  dc.SetTextForeground(text);
  wxFont f = GetFont();
  f.SetWeight(wxFONTWEIGHT_BOLD);
  dc.SetFont(f);
  wxString l = label();
  wxSize te = dc.GetTextExtent(l);
  dc.DrawText(l, (sz.x - te.x) / 2, (sz.y - te.y) / 2 - 1);
}

}  // namespace zp::gui
