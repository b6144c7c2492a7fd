#include "gui/screenshot.h"

#include <wx/bitmap.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/window.h>

namespace zp::gui {

bool save_window_png(wxWindow* window, const wxString& path) {
  window->Layout();
  window->Update();
  const wxRect r = window->GetScreenRect();
  wxBitmap bmp(r.width, r.height);
  wxMemoryDC mem(bmp);
  wxScreenDC screen;
  mem.Blit(0, 0, r.width, r.height, &screen, r.x, r.y);
  mem.SelectObject(wxNullBitmap);
  return bmp.SaveFile(path, wxBITMAP_TYPE_PNG);
}

}  // namespace zp::gui
