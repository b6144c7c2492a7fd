#pragma once
/// Making new reports.
#include <string>

#include "model/report.h"
#include "standards/standard.h"

namespace zp::model {

/// A new report for a standard: a section for every clause the applicant writes, empty,
/// in the standard's order.
Report new_report(const standards::Standard& st, const std::string& organisation, const std::string& title = {});

/// The current time as ISO 8601 (UTC), or a fixed time when ZHUOPING_FIXED_TIME is set
/// (deterministic output for tests).
std::string now_iso8601();

/// Put the report's sections in the standard's order; sections of unknown clauses go last.
void sort_sections(Report& r, const standards::Standard& st);

}  // namespace zp::model
