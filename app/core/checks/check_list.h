// The registry of checks, listed once (X-macro): ZP_CHECK(Class, "code").
// Include it after defining ZP_CHECK; the order here is the order of check_catalog() and,
// within one clause and severity, of the findings. Adding a check: write checks/<name>.{h,cpp},
// add a line here and its #include in registry.cpp. (No #pragma once: included once per use.)
ZP_CHECK(LengthOverLimit, "length.over_limit")
ZP_CHECK(LengthNearLimit, "length.near_limit")
ZP_CHECK(LengthPartOverLimit, "length.part_over_limit")
ZP_CHECK(ClauseMissing, "clause.missing")
ZP_CHECK(ClauseThin, "clause.thin")
ZP_CHECK(ResultsNoData, "results.no_data")
ZP_CHECK(ResultsFewIndicators, "results.few_indicators")
ZP_CHECK(ResultsTrendShort, "results.trend_short")
ZP_CHECK(ResultsNoComparison, "results.no_comparison")
ZP_CHECK(ResultsAdverseUnexplained, "results.adverse_unexplained")
ZP_CHECK(ProcessPointsUncovered, "process.points_uncovered")
ZP_CHECK(ProcessNoLearning, "process.no_learning")
ZP_CHECK(TextNonBmp, "text.non_bmp")
ZP_CHECK(SpellUnknown, "spell.unknown")
ZP_CHECK(ConsistencyIndicatorUnreported, "consistency.indicator_unreported")
