#include "gui/icons.h"

#include <wx/artprov.h>
#include <wx/dcmemory.h>
#include <wx/graphics.h>
#include <wx/image.h>

#include <memory>

namespace zp::gui {

namespace {
const wxColour kInk(70, 84, 104), kAccent(47, 94, 160), kGreen(46, 150, 90), kOrange(217, 110, 20);

// Draw on a transparent image through a graphics context (keeps alpha on GTK).
template <typename Fn>
wxBitmap drawn(int size, Fn fn) {
  wxImage img(size, size);
  img.InitAlpha();
  for (int x = 0; x < size; ++x)
    for (int y = 0; y < size; ++y) img.SetAlpha(x, y, 0);
  std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(img));
  if (gc) {
    gc->Scale(size / 24.0, size / 24.0);
    fn(*gc);
  }
  gc.reset();
  return wxBitmap(img);
}
}  // namespace

wxBitmap icon(Icon which, int size) {
  const wxSize sz(size, size);
  auto themed = [&](const wxArtID& id) { return wxArtProvider::GetBitmap(id, wxART_TOOLBAR, sz); };
  wxBitmap b;
  switch (which) {
    case Icon::New: b = themed(wxART_NEW); break;
    case Icon::Open: b = themed(wxART_FILE_OPEN); break;
    case Icon::Save: b = themed(wxART_FILE_SAVE); break;
    case Icon::Undo: b = themed(wxART_UNDO); break;
    case Icon::Redo: b = themed(wxART_REDO); break;
    case Icon::Find: b = themed(wxART_FIND); break;
    case Icon::Bold: b = themed("format-text-bold"); break;  // the icon theme's, when it has one
    case Icon::Italic: b = themed("format-text-italic"); break;
    default: break;
  }
  if (b.IsOk()) return b;
  return drawn(size, [which](wxGraphicsContext& gc) {
    switch (which) {
      case Icon::Bold:
      case Icon::Italic: {
        wxFont f(wxFontInfo(15).Family(wxFONTFAMILY_ROMAN).Bold(which == Icon::Bold).Italic(which == Icon::Italic));
        gc.SetFont(f, kInk);
        const wxString letter = which == Icon::Bold ? "B" : "I";
        double w = 0, h = 0;
        gc.GetTextExtent(letter, &w, &h);
        gc.DrawText(letter, (24 - w) / 2, (24 - h) / 2);
        break;
      }
      case Icon::Table:
        gc.SetPen(wxPen(kInk, 1.6));
        gc.SetBrush(wxBrush(wxColour(232, 238, 247)));
        gc.DrawRectangle(3, 4, 18, 16);
        gc.SetBrush(wxBrush(kAccent));
        gc.DrawRectangle(3, 4, 18, 4.5);
        gc.StrokeLine(3, 13.5, 21, 13.5);
        gc.StrokeLine(10, 4, 10, 20);
        break;
      case Icon::Indicators:
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(kAccent));
        gc.DrawRectangle(4, 13, 4, 7);
        gc.DrawRectangle(10, 9, 4, 11);
        gc.DrawRectangle(16, 5, 4, 15);
        gc.SetPen(wxPen(kOrange, 1.8));
        gc.StrokeLine(3, 12, 9, 9);
        gc.StrokeLine(9, 9, 15, 7);
        gc.StrokeLine(15, 7, 21, 3);
        break;
      case Icon::Image:
        gc.SetPen(wxPen(kInk, 1.6));
        gc.SetBrush(wxBrush(wxColour(236, 244, 240)));
        gc.DrawRoundedRectangle(3, 4, 18, 16, 2);
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(kGreen));
        {
          wxGraphicsPath p = gc.CreatePath();
          p.MoveToPoint(5, 18);
          p.AddLineToPoint(10, 11);
          p.AddLineToPoint(14, 15);
          p.AddLineToPoint(16, 13);
          p.AddLineToPoint(19, 18);
          p.CloseSubpath();
          gc.FillPath(p);
        }
        gc.SetBrush(wxBrush(kOrange));
        gc.DrawEllipse(15, 6.5, 3.5, 3.5);
        break;
      case Icon::Export:
        gc.SetPen(wxPen(kInk, 1.6));
        gc.SetBrush(*wxWHITE_BRUSH);
        gc.DrawRectangle(5, 3, 14, 18);
        gc.SetPen(*wxTRANSPARENT_PEN);
        gc.SetBrush(wxBrush(wxColour(200, 40, 40)));
        gc.DrawRoundedRectangle(2, 12, 14, 7, 1.5);
        gc.SetPen(wxPen(*wxWHITE, 1.4));
        gc.StrokeLine(5, 15.5, 13, 15.5);
        break;
      case Icon::Check:
        gc.SetPen(wxPen(kGreen, 2.6));
        gc.StrokeLine(4, 12, 10, 18);
        gc.StrokeLine(10, 18, 20, 6);
        break;
      default:
        gc.SetPen(wxPen(kInk, 1.6));
        gc.DrawRectangle(5, 3, 14, 18);
        break;
    }
  });
}

}  // namespace zp::gui
