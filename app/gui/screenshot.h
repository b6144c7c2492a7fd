#pragma once
/// Pictures of windows for --screenshot (README pictures, smoke tests).
class wxString;
class wxWindow;

namespace zp::gui {

/// Save a PNG of a top-level window as it is on the screen (its frame's menu bar, toolbar
/// and status bar included): laid out and painted first. False when it cannot be written.
bool save_window_png(wxWindow* window, const wxString& path);

}  // namespace zp::gui
