#pragma once
/// Every check, made once from the list in checks/check_list.h.
#include <memory>
#include <vector>

#include "checks/check.h"

namespace zp::checks {

/// The checks in list order (created on first use; thread-safe, immutable).
const std::vector<std::unique_ptr<Check>>& all_checks();

}  // namespace zp::checks
