#pragma once
// Reports built in code for tests: small, with every kind of block.
#include <string>

#include "model/report.h"

namespace zp::testing {

/// A report against shenzhen-2019-economic using every block kind, runs with formatting,
/// an indicator table with comparisons, an image, a dictionary and reviews.
model::Report rich_report();

/// A minimal valid 1×1 PNG.
std::string tiny_png();

/// A fresh temporary directory for one test (removed by the caller or left in /tmp).
std::string temp_dir(const std::string& tag);

}  // namespace zp::testing
