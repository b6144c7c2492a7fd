#pragma once
/// The status bar's count of the report against its limit: "全文 28,500 / 30,000 字" on a
/// bar that is green under 90% of the limit, amber from 90% and red over it.
#include <wx/window.h>

namespace zp::gui {

enum class CountLevel { Fine, Near, Over };

/// The colour band of a count against a limit (limit 0 = none: always fine).
CountLevel count_level(long count, long limit);

class CountIndicator : public wxWindow {
 public:
  explicit CountIndicator(wxWindow* parent);
  void set(long count, long limit);
  CountLevel level() const { return count_level(count_, limit_); }
  wxString label() const;

 private:
  void on_paint(wxPaintEvent&);
  long count_ = 0, limit_ = 0;
};

}  // namespace zp::gui
