#include "gui/bench_run.h"

#include <wx/app.h>
#include <wx/stc/stc.h>
#include <wx/uiaction.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unistd.h>
#include <string>
#include <vector>

#include "gui/clause_editor_panel.h"
#include "gui/count_indicator.h"
#include "gui/main_frame.h"
#include "gui/wx_string.h"

namespace zp::gui {

namespace {
using Clock = std::chrono::steady_clock;

// CPU time of the UI thread: what a keystroke costs, apart from waiting for a busy machine.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

// Milliseconds since the kernel started this process (10 ms resolution): includes loading
// the shared libraries, which the in-process clock does not see.
double process_age_ms() {
  std::ifstream stat("/proc/self/stat");
  std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
  std::istringstream rest(all.substr(all.rfind(')') + 2));
  std::string field;
  for (int i = 3; i <= 22 && rest >> field; ++i) {
  }
  double uptime = 0;
  std::ifstream("/proc/uptime") >> uptime;
  return (uptime - std::stod(field) / static_cast<double>(sysconf(_SC_CLK_TCK))) * 1000.0;
}

long peak_kb() {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
  return -1;
}

// Run the event loop until the status bar's report count changes (or a second passes);
// returns the milliseconds from t0, with the status bar repainted.
double wait_for_count(MainFrame* frame, const wxString& before, Clock::time_point t0) {
  while (frame->count_indicator()->label() == before && ms_since(t0) < 1000) {
    wxTheApp->Yield(true);
  }
  frame->count_indicator()->Update();
  return ms_since(t0);
}

struct Stats {
  double median = 0, p95 = 0, max = 0;
};
Stats stats(std::vector<double> v) {
  Stats s;
  if (v.empty()) return s;
  std::sort(v.begin(), v.end());
  s.median = v[v.size() / 2];
  s.p95 = v[std::min(v.size() - 1, v.size() * 95 / 100)];
  s.max = v.back();
  return s;
}
}  // namespace

int run_bench(MainFrame* frame, Clock::time_point started) {
  frame->Update();
  wxTheApp->Yield(true);
  const double ready_ms = ms_since(started);
  const double ready_since_exec_ms = process_age_ms();
  Document* doc = frame->document();
  if (!doc) {
    std::fprintf(stderr, "zhuoping-gui: --bench needs a report to open\n");
    frame->Destroy();
    return 2;
  }
  // Type into the longest clause, at its end.
  std::string longest;
  long most = -1;
  for (const standards::Clause* c : doc->standard().writable_clauses())
    if (doc->clause_counts(c->id).words > most) most = static_cast<long>(doc->clause_counts(c->id).words), longest = c->id;
  frame->select_clause(longest);
  wxStyledTextCtrl* stc = frame->editor()->text();
  stc->SetFocus();
  stc->DocumentEnd();
  stc->NewLine();
  wxTheApp->Yield(true);

  // A Chinese character as an input method commits it (inserted text), 40 times.
  std::vector<double> direct, cpu;
  for (int i = 0; i < 40; ++i) {
    const wxString before = frame->count_indicator()->label();
    const Clock::time_point t0 = Clock::now();
    const double c0 = thread_cpu_ms();
    stc->AddText(wx("质"));
    direct.push_back(wait_for_count(frame, before, t0));
    cpu.push_back(thread_cpu_ms() - c0);
  }
  // Real key presses through the X server (wxUIActionSimulator): "a" after a space starts
  // a new Latin word, so each press changes the count.
  // Measured from the key event's arrival in the editor (the X round trip of the simulator
  // itself is reported apart).
  std::vector<double> keys, round_trips;
  wxUIActionSimulator sim;
  Clock::time_point arrived;
  bool seen = false;
  auto on_key = [&](wxKeyEvent& e) {
    if (!seen) arrived = Clock::now();
    seen = true;
    e.Skip();
  };
  stc->Bind(wxEVT_KEY_DOWN, on_key);
  for (int i = 0; i < 20; ++i) {
    sim.Char(' ');
    wxTheApp->Yield(true);
    const wxString before = frame->count_indicator()->label();
    seen = false;
    const Clock::time_point t0 = Clock::now();
    sim.Char('a');
    const double total = wait_for_count(frame, before, t0);
    if (!seen) continue;
    round_trips.push_back(total);
    keys.push_back(std::chrono::duration<double, std::milli>(Clock::now() - arrived).count());
  }
  stc->Unbind(wxEVT_KEY_DOWN, on_key);
  // One recovery copy of the whole report (what the autosave timer does every minute).
  const Clock::time_point a0 = Clock::now();
  const bool autosaved = frame->autosave_now();
  const double autosave_ms = ms_since(a0);
  // Checks over the whole report (debounced in normal use; on a worker thread).
  const Clock::time_point c0 = Clock::now();
  frame->request_checks();
  while (frame->checks_pending() && ms_since(c0) < 60000) wxTheApp->Yield(true);
  const double checks_ms = ms_since(c0);

  const Stats d = stats(direct), k = stats(keys), rt = stats(round_trips), c = stats(cpu);
  std::printf(
      "{\"report_words\": %lld, \"window_ready_ms\": %.1f, \"window_ready_since_exec_ms\": %.0f, \"keystroke_to_count_ms\": {\"inserted_median\": %.2f, "
      "\"inserted_p95\": %.2f, \"inserted_max\": %.2f, \"key_median\": %.2f, \"key_p95\": %.2f, \"key_max\": %.2f, "
      "\"keys_measured\": %zu, \"simulated_round_trip_median\": %.2f, \"ui_thread_cpu_median\": %.2f, "
      "\"ui_thread_cpu_p95\": %.2f}, "
      "\"checks_ms\": %.1f, \"autosave_ms\": %.1f, \"autosave_ok\": %s, \"peak_rss_mb\": %.1f}\n",
      static_cast<long long>(doc->total().words), ready_ms, ready_since_exec_ms, d.median, d.p95, d.max, k.median, k.p95, k.max, keys.size(), rt.median, c.median, c.p95, checks_ms, autosave_ms, autosaved ? "true" : "false",
      peak_kb() / 1024.0);
  std::fflush(stdout);
  frame->recovery().discard();
  frame->Destroy();
  return 0;
}

}  // namespace zp::gui
