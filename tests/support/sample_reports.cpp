#include "support/sample_reports.h"

#include <unistd.h>

#include <atomic>
#include <filesystem>

namespace zp::testing {

using namespace zp::model;

std::string tiny_png() {
  static const unsigned char png[] = {
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
      0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
      0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff,
      0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(png), sizeof png);
}

Report rich_report() {
  Report r;
  r.standard_id = "shenzhen-2019-economic";
  r.organisation = "深圳市示例精密制造有限公司";
  r.title = "2024年度深圳市市长质量奖自评报告";
  r.meta.author = "质量部";
  r.meta.created = "2024-03-01T08:00:00Z";
  r.meta.modified = "2024-03-02T09:30:00Z";
  r.meta.generator = "Zhuoping test";
  Section profile{"0", {}};
  profile.blocks.push_back(Paragraph{{Run{"公司成立于2003年，主营", false, false}, Run{"精密结构件", true, false},
                                      Run{"（ISO 9001认证）。", false, true}}});
  profile.blocks.push_back(List{true, {ListItem{Paragraph{{Run{"使命：让制造更精密", false, false}}}, 0, "（一）"},
                                       ListItem{Paragraph{{Run{"愿景：成为行业标杆", false, false}}}, 1, ""}}});
  profile.blocks.push_back(Table{"组织架构概况", 1, {{"部门", "人数"}, {"研发中心", "120"}, {"制造中心", "860"}}});
  profile.blocks.push_back(Figure{"fig1.png", "组织结构图"});
  r.sections.push_back(std::move(profile));
  Section s11{"1.1", {Paragraph{{Run{"高层领导通过“三级宣贯”机制传递文化，每年评价并改进。", false, false}}}}};
  r.sections.push_back(std::move(s11));
  IndicatorTable it;
  it.caption = "领导的结果主要指标";
  it.years = {2021, 2022, 2023};
  Indicator rev;
  rev.name = "营业收入";
  rev.unit = "亿元";
  rev.direction = Direction::HigherIsBetter;
  rev.values = {{2021, Value::parse("12.5")}, {2022, Value::parse("14.1")}, {2023, Value::parse("1,634.5")}};
  rev.target = Value::parse("15");
  ComparisonSeries avg{ComparisonKind::IndustryAverage, "行业平均", {{2021, Value::parse("10.2")}, {2023, Value::parse("11")}}, std::nullopt};
  ComparisonSeries bench{ComparisonKind::Benchmark, "标杆企业", {}, Value::parse("18.0")};
  rev.comparisons = {avg, bench};
  rev.note = "2023年受原材料价格影响增速放缓。";
  Indicator defects;
  defects.name = "客户投诉率";
  defects.unit = "%";
  defects.direction = Direction::LowerIsBetter;
  defects.values = {{2021, Value::parse("0.8%")}, {2022, Value::parse("—")}, {2023, Value::parse("0.5%")}};
  it.indicators = {rev, defects};
  r.sections.push_back(Section{"1.3", {Paragraph{{Run{"领导的结果见下表。", false, false}}}, it}});
  r.sections.push_back(Section{"1.2", {}, "说明组织治理的架构、机制与风险防控。"});
  r.media["fig1.png"] = Media{"fig1.png", "image/png", tiny_png()};
  r.dictionary = {"Zhuoping", "KPI"};
  r.reviews.reviewers = {Reviewer{"张工", ReviewerRole::InternalReviewer}, Reviewer{"李顾问", ReviewerRole::Consultant}};
  UnitScore sc;
  sc.clause = "1.1";
  sc.reviewer = "张工";
  sc.percent = 55;
  sc.factor_notes = {{"A", "方法系统"}, {"L", "缺少评价"}};
  sc.strengths = {Remark{"文化传递机制清晰", "1.1", 0, 0, 10}};
  sc.opportunities = {Remark{"缺少文化评估数据", "", -1, -1, -1}};
  r.reviews.scores.push_back(sc);
  r.reviews.agreed["1.1"] = 50;
  return r;
}

std::string temp_dir(const std::string& tag) {
  static std::atomic<int> n{0};
  auto dir = std::filesystem::temp_directory_path() /
             ("zp-test-" + tag + "-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace zp::testing
