#include "checks/registry.h"

#include "checks/clause_missing.h"
#include "checks/clause_thin.h"
#include "checks/consistency_indicator_unreported.h"
#include "checks/length_near_limit.h"
#include "checks/length_over_limit.h"
#include "checks/length_part_over_limit.h"
#include "checks/process_no_learning.h"
#include "checks/process_points_uncovered.h"
#include "checks/results_adverse_unexplained.h"
#include "checks/results_few_indicators.h"
#include "checks/results_no_comparison.h"
#include "checks/results_no_data.h"
#include "checks/results_trend_short.h"
#include "checks/spell_unknown.h"
#include "checks/text_non_bmp.h"

namespace zp::checks {

const std::vector<std::unique_ptr<Check>>& all_checks() {
  static const std::vector<std::unique_ptr<Check>> list = [] {
    std::vector<std::unique_ptr<Check>> v;
#define ZP_CHECK(Class, code) v.push_back(std::make_unique<Class>());
#include "checks/check_list.h"
#undef ZP_CHECK
    return v;
  }();
  return list;
}

}  // namespace zp::checks
