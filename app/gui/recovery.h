#pragma once
/// Crash recovery: while a report has unsaved changes, a copy of it is written every few
/// minutes to the recovery folder (recovery-<pid>.zpr, with recovery-<pid>.path naming the
/// file it belongs to). A clean save or close removes it; after a crash, the copy of a
/// process that no longer runs is offered for restoring at the next start.
#include <filesystem>
#include <string>
#include <vector>

#include "model/report.h"

namespace zp::gui {

struct RecoveryCopy {
  std::filesystem::path copy;      ///< the recovery .zpr
  std::filesystem::path original;  ///< the file it belongs to; empty for an unsaved report
  std::filesystem::file_time_type written;
};

class RecoveryStore {
 public:
  explicit RecoveryStore(std::filesystem::path dir);
  /// Write the recovery copy of this process (atomically); throws zp::Error when it cannot.
  void write(const model::Report& report, const std::filesystem::path& original);
  /// Remove this process's recovery copy (after a save or a clean close).
  void discard();
  /// The copy this process writes.
  std::filesystem::path own_copy() const;
  /// Copies left by processes that no longer run, newest first.
  std::vector<RecoveryCopy> orphans() const;
  /// Remove an orphan (after restoring or declining it).
  static void remove(const RecoveryCopy& c);

 private:
  std::filesystem::path dir_;
  long pid_;
};

}  // namespace zp::gui
