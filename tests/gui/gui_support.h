#pragma once
// Shared by the GUI test programs: running the event loop while a test waits.
#include <wx/app.h>

#include <chrono>
#include <functional>
#include <thread>

namespace zp::testing {

/// Run the event loop until cond holds (or ms milliseconds are up); whether it holds.
inline bool pump_until(const std::function<bool()>& cond, int ms = 8000) {
  const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
  while (std::chrono::steady_clock::now() < end) {
    wxTheApp->Yield(true);
    if (cond()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  wxTheApp->Yield(true);
  return cond();
}

/// Run the event loop for ms milliseconds.
inline void pump(int ms) {
  pump_until([] { return false; }, ms);
}

}  // namespace zp::testing
