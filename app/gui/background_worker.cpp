#include "gui/background_worker.h"

namespace zp::gui {

BackgroundWorker::BackgroundWorker() : thread_([this] { run(); }) {}

BackgroundWorker::~BackgroundWorker() {
  {
    std::lock_guard lock(mutex_);
    stop_ = true;
    next_ = nullptr;
  }
  wake_.notify_all();
  thread_.join();
}

void BackgroundWorker::post(std::function<void()> job) {
  {
    std::lock_guard lock(mutex_);
    next_ = std::move(job);
  }
  wake_.notify_all();
}

bool BackgroundWorker::busy() const {
  std::lock_guard lock(mutex_);
  return running_ || next_ != nullptr;
}

bool BackgroundWorker::superseded() const {
  std::lock_guard lock(mutex_);
  return stop_ || next_ != nullptr;
}

void BackgroundWorker::run() {
  for (;;) {
    std::function<void()> job;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return stop_ || next_ != nullptr; });
      if (stop_) return;
      job = std::move(next_);
      next_ = nullptr;
      running_ = true;
    }
    job();
    std::lock_guard lock(mutex_);
    running_ = false;
  }
}

}  // namespace zp::gui
