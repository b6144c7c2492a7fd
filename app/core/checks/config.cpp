#include "checks/config.h"

#include <algorithm>
#include <cstdlib>

#include "util/embedded.h"
#include "util/error.h"
#include "util/i18n.h"
#include "util/xml.h"

namespace zp::checks {
namespace {

std::string_view embedded_or_throw(std::string_view name) {
  auto data = embedded::data_file(name);
  if (!data)
    throw Error(ErrorCode::NotFound, std::string(name), ZP_("is not built into this program; rebuild Zhuoping"));
  return *data;
}

std::vector<std::string> words(const xmlNode* list) {
  std::vector<std::string> out;
  if (!list) return out;
  for (const xmlNode* w : xml::children(list, "word")) out.push_back(xml::normalize_space(xml::text(w)));
  return out;
}

double number(const xmlNode* e, std::string_view name) { return std::strtod(xml::attr(e, name).c_str(), nullptr); }

}  // namespace

CheckConfig CheckConfig::parse(std::string_view data, const std::string& name) {
  xml::DocPtr doc = xml::parse(data, name);
  xml::validate(doc.get(), embedded_or_throw("checks.rng"), "checks.rng", name);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  CheckConfig c;
  const xmlNode* length = xml::child(root, "length");
  c.near_limit_ratio = number(length, "near-limit-ratio");
  const xmlNode* thin = xml::child(root, "thin");
  c.thin_ratio = number(thin, "ratio");
  c.thin_fallback_min = static_cast<long>(number(thin, "fallback-min"));
  const xmlNode* results = xml::child(root, "results");
  c.min_indicators = static_cast<int>(number(results, "min-indicators"));
  c.min_consecutive_years = static_cast<int>(number(results, "min-consecutive-years"));
  const xmlNode* reasons = xml::child(results, "reason-words");
  c.reason_words = words(reasons);
  for (const xmlNode* p : xml::children(reasons, "pair"))
    c.reason_pairs.push_back({xml::attr(p, "first"), xml::attr(p, "then"), static_cast<int>(number(p, "max-gap"))});
  const xmlNode* process = xml::child(root, "process");
  c.min_matched_terms = static_cast<int>(number(process, "min-matched-terms"));
  c.learning_words = words(xml::child(process, "learning-words"));
  const xmlNode* consistency = xml::child(root, "consistency");
  c.min_name_length = static_cast<int>(number(consistency, "min-name-length"));
  c.max_name_length = static_cast<int>(number(consistency, "max-name-length"));
  if (c.min_name_length > c.max_name_length)
    throw Error(ErrorCode::Format, name, ZP_("min-name-length is larger than max-name-length"), xml::line(consistency));
  c.key_measure_markers = words(xml::child(consistency, "key-measure-markers"));
  // Longest marker first, so 关键绩效指标 is taken whole rather than as 指标.
  std::stable_sort(c.key_measure_markers.begin(), c.key_measure_markers.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  c.separators = words(xml::child(consistency, "separators"));
  std::stable_sort(c.separators.begin(), c.separators.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  c.trim_words = words(xml::child(consistency, "trim-words"));
  std::stable_sort(c.trim_words.begin(), c.trim_words.end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  c.generic_names = words(xml::child(consistency, "generic-names"));
  const xmlNode* spelling = xml::child(root, "spelling");
  c.spelling_min_length = static_cast<int>(number(spelling, "min-length"));
  std::string ignore = xml::attr(spelling, "ignore-acronyms");
  c.spelling_ignore_acronyms = ignore == "true" || ignore == "1";
  return c;
}

const CheckConfig& CheckConfig::builtin() {
  static const CheckConfig config = parse(embedded_or_throw("checks.xml"), "checks.xml");
  return config;
}

}  // namespace zp::checks
