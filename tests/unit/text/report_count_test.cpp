#include "text/report_count.h"

#include <gtest/gtest.h>

#include "model/report_factory.h"
#include "standards/library.h"

namespace zp::text {
namespace {

using namespace zp::model;

const char* kStd = R"(<?xml version="1.0" encoding="UTF-8"?>
<standard id="count-test" format="1">
  <name>测试</name><award>测试奖</award><year>2024</year><issuer>某局</issuer>
  <source seed="none">自编</source><total-points>100</total-points>
  <limits><limit scope="report" max="40" unit="字">不超过40字</limit></limits>
  <guides/>
  <clauses>
    <clause id="1" kind="category" title="领导" points="100">
      <clause id="1.0" kind="guidance" title="概述"/>
      <clause id="1.1" kind="process" title="文化" points="60"/>
      <clause id="1.2" kind="results" title="结果" points="40"/>
    </clause>
  </clauses>
</standard>)";

TEST(ReportCount, HeadingsCountAndGuidanceClausesAreNotShown) {
  auto st = standards::parse_standard(kStd, "t.xml");
  Report r = new_report(st, "某公司");
  ReportCounts rc = count_report(r, st);
  // "1 领导", "1.1 文化", "1.2 结果": 3 each; the guidance clause 1.0 has no heading.
  EXPECT_EQ(rc.total.words, 9);
  EXPECT_EQ(rc.clauses.count("1.0"), 0u);
  EXPECT_EQ(rc.limit, 40);
}

TEST(ReportCount, ParagraphsTablesCaptionsAndChartsAddUp) {
  auto st = standards::parse_standard(kStd, "t.xml");
  Report r = new_report(st, "某公司");
  r.section("1.1")->blocks.push_back(Paragraph{{model::Run{"使用", false, false}, model::Run{"Word", true, false}, model::Run{"文档", false, false}}});
  IndicatorTable it;
  it.caption = "主要指标";
  it.years = {2022, 2023};
  Indicator ind;
  ind.name = "营业收入";
  ind.unit = "亿元";
  ind.values = {{2022, Value::parse("1.5")}, {2023, Value::parse("2.0")}};
  it.indicators.push_back(ind);
  r.section("1.2")->blocks.push_back(it);
  ReportCounts rc = count_report(r, st);
  EXPECT_EQ(rc.clauses["1"].words, 3);
  EXPECT_EQ(rc.clauses["1.1"].words, 3 + 5);
  // 表1 主要指标 (6) + header 指标 单位 2022 2023 目标值 说明 (11) + row (8) + 图1 营业收入趋势 (8)
  EXPECT_EQ(rc.clauses["1.2"].words, 3 + 6 + 11 + 8 + 8);
  EXPECT_EQ(rc.total.words, 47);
  Counts sum;
  for (const auto& [id, c] : rc.clauses) sum += c;
  EXPECT_EQ(sum, rc.total);
  EXPECT_EQ(count_section(*r.section("1.1")).words, 5);
}

TEST(ReportCount, SampleStandardLimitsComeThrough) {
  const auto& st = standards::Library::instance().get("beijing-2020");
  Report r = new_report(st, "某公司");
  EXPECT_EQ(count_report(r, st).limit, 60000);
}

}  // namespace
}  // namespace zp::text
