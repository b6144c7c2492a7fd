// Speed of the 字数 counter on a realistic 60,000-字 self-assessment report, next to a plain
// byte scan of the same text (the memory-speed reference). See bench/README.md.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "text/word_count.h"

namespace zp::text {
// Friend hook of Counter (as in the unit tests): cap the vector path (0 scalar, 1 SSE2, 2 AVX2
// when the CPU has it), to show what each path does.
struct CounterAccess {
  static void set_vector_level(Counter& c, int level) { c.vector_level_ = static_cast<std::uint8_t>(level); }
};
}  // namespace zp::text

namespace {

// A report body: numbered clause headings and paragraphs of Chinese prose with figures,
// percentages, English terms and curly quotes, as applicants write them.
std::string make_report(std::int64_t target_words) {
  const std::vector<std::string> openings = {
      "公司坚持“质量第一、客户至上”的经营理念，",
      "本组织以战略为导向，",
      "近三年来，公司围绕“高质量发展”主线，",
      "在卓越绩效模式的指引下，",
      "针对顾客需求的变化，",
      "按照GB/T 19580《卓越绩效评价准则》的要求，",
  };
  const std::vector<std::string> middles = {
      "建立了以PDCA循环为核心的持续改进机制",
      "通过ISO 9001质量管理体系和ISO 14001环境管理体系认证",
      "将KPI分解到部门和岗位，形成“横向到边、纵向到底”的责任体系",
      "运用SWOT分析和平衡计分卡（BSC）制定中长期战略规划",
      "引入精益生产（Lean Production）和六西格玛（6σ）管理方法",
      "搭建ERP、MES和CRM信息系统，实现数据的实时采集与分析",
      "开展QC小组活动和合理化建议，全员参与改进",
  };
  const std::vector<std::string> results = {
      "主营业务收入由{a}亿元增长到{b}亿元，年均增长{p}%",
      "顾客满意度达到{p}%，高于行业平均水平",
      "产品一次交验合格率由{p}%提升至{q}%",
      "单位产值能耗下降{p}%，优于标杆企业",
      "员工培训覆盖率达到100%，人均培训{a}学时",
      "研发投入占营业收入的{p}%，累计获得专利{a}项",
  };
  const std::vector<std::string> closings = {
      "。", "，为实现“十四五”战略目标奠定了坚实基础。", "，得到了顾客和相关方的广泛认可。",
      "……", "，相关数据见表{a}。",
  };
  std::mt19937 rng(42);
  auto pick = [&](const std::vector<std::string>& v) {
    return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
  };
  auto number = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
  auto fill = [&](std::string s) {
    for (const char* key : {"{a}", "{b}", "{p}", "{q}"}) {
      for (std::size_t at; (at = s.find(key)) != std::string::npos;) {
        const std::string v = key[1] == 'p' || key[1] == 'q'
                                  ? std::to_string(number(10, 99)) + "." + std::to_string(number(0, 9))
                                  : std::to_string(number(2, 980));
        s.replace(at, 3, v);
      }
    }
    return s;
  };

  std::string text;
  int clause = 0;
  while (zp::text::count(text).words < target_words) {
    ++clause;
    text += std::to_string(clause / 3 + 1) + "." + std::to_string(clause % 3 + 1) + " 过程与结果\n";
    for (int para = 0; para < 4; ++para) {
      for (int sentence = 0; sentence < 4; ++sentence)
        text += fill(pick(openings) + pick(middles) + "，" + pick(results) + pick(closings));
      text += "\n";
    }
  }
  return text;
}

const std::string& report() {
  static const std::string text = make_report(60000);
  return text;
}

void BM_Count(benchmark::State& state) {
  const std::string& text = report();
  for (auto _ : state) {
    zp::text::Counts c = zp::text::count(text, zp::text::Ambiguity::Context);
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
  state.counters["words"] = static_cast<double>(zp::text::count(text).words);
}
BENCHMARK(BM_Count);

void BM_CountEastAsian(benchmark::State& state) {
  const std::string& text = report();
  for (auto _ : state) {
    zp::text::Counts c = zp::text::count(text, zp::text::Ambiguity::EastAsian);
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_CountEastAsian);

// The same text through a Counter capped at one path: 0 scalar only, 1 SSE2 windows.
void BM_CountLevel(benchmark::State& state) {
  const std::string& text = report();
  for (auto _ : state) {
    zp::text::Counter counter;
    zp::text::CounterAccess::set_vector_level(counter, static_cast<int>(state.range(0)));
    counter.add(text);
    zp::text::Counts c = counter.counts();
    benchmark::DoNotOptimize(c);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_CountLevel)->Arg(0)->Arg(1);

// The reference: one pass over the bytes counting those that are not ASCII spaces (the
// compiler vectorises it; this is what "memory speed" means here).
void BM_ByteScan(benchmark::State& state) {
  const std::string& text = report();
  for (auto _ : state) {
    std::int64_t n = 0;
    for (const char b : text) n += b != ' ';
    benchmark::DoNotOptimize(n);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                          static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ByteScan);

}  // namespace
