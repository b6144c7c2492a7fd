#pragma once
/// zhuoping-gui --bench FILE: a scripted run that measures what the editor promises with a
/// large report open: time until the window is ready, time from a keystroke to the updated
/// counts in the status bar, and peak memory. Prints one JSON object on stdout.
#include <chrono>

namespace zp::gui {

class MainFrame;

/// Runs the measurements on an open report and closes the frame; returns the exit status.
int run_bench(MainFrame* frame, std::chrono::steady_clock::time_point started);

}  // namespace zp::gui
