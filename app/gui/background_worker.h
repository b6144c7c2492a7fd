#pragma once
/// One worker thread that runs the latest job posted to it: a job still waiting when a new
/// one arrives is dropped (only the newest text matters for checks and spelling). Jobs
/// hand their results back to the UI thread themselves (wxEvtHandler::CallAfter). The
/// destructor waits for a running job and stops the thread.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace zp::gui {

class BackgroundWorker {
 public:
  BackgroundWorker();
  ~BackgroundWorker();
  BackgroundWorker(const BackgroundWorker&) = delete;
  BackgroundWorker& operator=(const BackgroundWorker&) = delete;

  void post(std::function<void()> job);
  /// Whether a job is waiting or running.
  bool busy() const;
  /// For a long job to ask: whether a newer job waits or the worker is stopping, so that it
  /// had better end now (and leave the rest to the next job).
  bool superseded() const;

 private:
  void run();
  mutable std::mutex mutex_;
  std::condition_variable wake_;
  std::function<void()> next_;
  bool running_ = false;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace zp::gui
