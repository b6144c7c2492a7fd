// Speed of the findings engine: every check over a generated 60,000-字 Beijing report (the
// largest limit of the built-in standards), beside the time to count the same report.
// Aim: run_checks under 10 ms without spelling suggestions.
#include <benchmark/benchmark.h>

#include <string>

#include "checks/engine.h"
#include "model/report_factory.h"
#include "standards/library.h"
#include "text/report_count.h"

namespace {

using namespace zp;
using namespace zp::model;

// Sentences like those of a real report: Chinese with numbers, a few Latin words and the
// vocabulary the checks look for.
const char* kSentences[] = {
    "公司建立了以顾客为中心的质量管理体系，通过PDCA循环持续改进关键过程。",
    "高层领导每季度召开经营分析会，评价战略目标的达成情况，并针对差距制定改进措施。",
    "2023年，公司营业收入达到12.5亿元，同比增长8.6%，高于行业平均水平。",
    "我们引入Lean生产方式和Six Sigma方法，推动一线员工开展质量改进活动。",
    "公司的关键绩效指标包括：营业收入、利润总额、顾客满意度和一次交验合格率。",
    "通过对标行业标杆企业，识别出在交付周期和成本控制方面的差距。",
    "员工培训覆盖率达到100%，人均培训学时为42小时，员工满意度持续提升。",
    "信息系统实现了ERP、MES与CRM的集成，数据的及时性和准确性显著提高。",
};

Report generated_report(const standards::Standard& st, long target) {
  Report r = new_report(st, "示例精密制造有限公司");
  long written = 0;
  size_t k = 0;
  // Results clauses: an indicator table with five indicators over five years.
  for (Section& s : r.sections) {
    const auto* c = st.clause(s.clause_id);
    if (c && c->kind == standards::ClauseKind::Results) {
      IndicatorTable t;
      t.caption = c->title + "主要指标";
      t.years = {2019, 2020, 2021, 2022, 2023};
      for (int i = 0; i < 5; ++i) {
        Indicator ind;
        ind.name = c->title + "指标" + std::to_string(i + 1);
        ind.unit = "%";
        ind.direction = i % 2 ? Direction::LowerIsBetter : Direction::HigherIsBetter;
        for (int y = 2019; y <= 2023; ++y) ind.values[y] = Value::parse(std::to_string(80 + (y * 7 + i) % 11));
        ind.comparisons.push_back({ComparisonKind::Benchmark, "标杆", {{2023, Value::parse("90")}}, std::nullopt});
        t.indicators.push_back(ind);
      }
      // Prose naming each indicator, some with a reason: exercises the sentence splitting
      // of results.adverse_unexplained.
      std::string prose;
      for (size_t i = 0; i < t.indicators.size(); ++i)
        prose += t.indicators[i].name +
                 (i % 2 ? "在2023年有所波动，主要是受原材料价格影响。" : "保持稳定，recieve良好评价。");
      s.blocks.push_back(Paragraph{{Run{prose, false, false}}});
      s.blocks.push_back(std::move(t));
    }
  }
  // Prose, spread over the sections round-robin, until the report reaches the target.
  while (written < target) {
    for (Section& s : r.sections) {
      std::string text;
      for (int i = 0; i < 6; ++i) text += kSentences[k++ % std::size(kSentences)];
      s.blocks.push_back(Paragraph{{Run{text, false, false}}});
    }
    written = text::count_report(r, st).total.words;
  }
  return r;
}

const standards::Standard& beijing() { return standards::Library::instance().get("beijing-2020"); }

const Report& report() {
  static const Report r = generated_report(beijing(), 60000);
  return r;
}

void BM_CountReport(benchmark::State& state) {
  const Report& r = report();
  long total = 0;
  for (auto _ : state) {
    auto rc = text::count_report(r, beijing());
    total = rc.total.words;
    benchmark::DoNotOptimize(total);
  }
  state.counters["zi"] = static_cast<double>(total);
}
BENCHMARK(BM_CountReport)->Unit(benchmark::kMillisecond);

void BM_RunAllChecks(benchmark::State& state) {
  const Report& r = report();
  checks::CheckOptions o;                                 // spelling on, no suggestions
  size_t n = checks::run_checks(r, beijing(), o).size();  // loads the Hunspell dictionary once
  for (auto _ : state) {
    auto fs = checks::run_checks(r, beijing(), o);
    n = fs.size();
    benchmark::DoNotOptimize(fs.data());
  }
  state.counters["findings"] = static_cast<double>(n);
  state.counters["zi"] = static_cast<double>(text::count_report(r, beijing()).total.words);
}
BENCHMARK(BM_RunAllChecks)->Unit(benchmark::kMillisecond);

void BM_RunChecksWithoutSpelling(benchmark::State& state) {
  const Report& r = report();
  checks::CheckOptions o;
  o.spelling = false;
  for (auto _ : state) benchmark::DoNotOptimize(checks::run_checks(r, beijing(), o).data());
}
BENCHMARK(BM_RunChecksWithoutSpelling)->Unit(benchmark::kMillisecond);

// One check at a time (each run also builds the shared context: counts and section texts).
void BM_OneCheck(benchmark::State& state) {
  const Report& r = report();
  checks::CheckOptions o;
  o.only = {checks::check_catalog().at(static_cast<size_t>(state.range(0))).code};
  state.SetLabel(o.only[0]);
  for (auto _ : state) benchmark::DoNotOptimize(checks::run_checks(r, beijing(), o).data());
}
BENCHMARK(BM_OneCheck)->DenseRange(0, 14)->Unit(benchmark::kMillisecond);

}  // namespace
