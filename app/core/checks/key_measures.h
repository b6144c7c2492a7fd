#pragma once
/// Finding the indicators a text names as key measures: a list that a marker of checks.xml
/// introduces ("关键绩效指标：营业收入、利润总额") or ends ("营业收入、利润总额等指标"). Hand-written
/// pattern matching: no Debian-packaged library extracts such lists from Chinese prose.
#include <string>
#include <string_view>
#include <vector>

#include "checks/config.h"

namespace zp::checks {

struct KeyMeasure {
  std::string name;
  size_t byte_begin = 0;  ///< where the name stands in the text
  size_t byte_end = 0;
};

std::vector<KeyMeasure> key_measures(std::string_view text, const CheckConfig& config);

}  // namespace zp::checks
