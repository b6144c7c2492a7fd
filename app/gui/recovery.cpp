#include "gui/recovery.h"

#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>

#include "model/report_file.h"
#include "util/atomic_file.h"

namespace zp::gui {

namespace fs = std::filesystem;

RecoveryStore::RecoveryStore(fs::path dir) : dir_(std::move(dir)), pid_(static_cast<long>(::getpid())) {}

fs::path RecoveryStore::own_copy() const { return dir_ / ("recovery-" + std::to_string(pid_) + ".zpr"); }

void RecoveryStore::write(const model::Report& report, const fs::path& original) {
  std::error_code ec;
  fs::create_directories(dir_, ec);
  fs::path copy = own_copy();
  model::save_report(report, copy, /*keep_backup=*/false);
  fs::path side = copy;
  side.replace_extension(".path");
  write_file_atomically(side, original.string());
}

void RecoveryStore::discard() {
  fs::path copy = own_copy();
  std::error_code ec;
  fs::remove(copy, ec);
  copy.replace_extension(".path");
  fs::remove(copy, ec);
}

std::vector<RecoveryCopy> RecoveryStore::orphans() const {
  std::vector<RecoveryCopy> out;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir_, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("recovery-", 0) != 0 || e.path().extension() != ".zpr") continue;
    long pid = std::strtol(name.c_str() + 9, nullptr, 10);
    if (pid <= 0 || pid == pid_) continue;
    // A process that still runs owns its copy (kill with signal 0 only tests for it).
    if (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM) continue;
    RecoveryCopy c;
    c.copy = e.path();
    c.written = e.last_write_time(ec);
    fs::path side = e.path();
    side.replace_extension(".path");
    try {
      c.original = read_file(side);
    } catch (const std::exception&) {
    }
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const RecoveryCopy& a, const RecoveryCopy& b) { return a.written > b.written; });
  return out;
}

void RecoveryStore::remove(const RecoveryCopy& c) {
  std::error_code ec;
  fs::remove(c.copy, ec);
  fs::path side = c.copy;
  side.replace_extension(".path");
  fs::remove(side, ec);
}

}  // namespace zp::gui
