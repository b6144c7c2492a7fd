#include "checks/key_measures.h"

#include <algorithm>

#include "checks/clause_text.h"

namespace zp::checks {

namespace {

constexpr std::string_view kSentenceEnds[] = {"。", "！", "？", "；", ";", "!", "?", "\n"};
constexpr std::string_view kClauseEnds[] = {"，", ",", "：", ":"};
constexpr std::string_view kSpace[] = {" "};
constexpr std::string_view kColons[] = {"：", ":"};
constexpr std::string_view kOpen[] = {"（", "("};
constexpr std::string_view kClose[] = {"）", ")"};
constexpr std::string_view kQuotes[] = {" ", "\t", "“", "”", "\"", "《", "》", "「", "」", "（", "）", "(", ")"};

bool starts_with_any(std::string_view s, size_t at, const auto& list, size_t& len) {
  for (std::string_view w : list)
    if (!w.empty() && s.substr(at, w.size()) == w) {
      len = w.size();
      return true;
    }
  return false;
}

bool ends_with(std::string_view s, std::string_view w) {
  return s.size() >= w.size() && s.substr(s.size() - w.size()) == w;
}

// Strip quotes, spaces and trim words from both ends of [b, e).
void trim(std::string_view text, size_t& b, size_t& e, const CheckConfig& config) {
  auto strip = [&](std::string_view w) {
    std::string_view s = text.substr(b, e - b);
    if (w.empty() || w.size() > s.size()) return false;
    if (s.substr(0, w.size()) == w) {
      b += w.size();
      return true;
    }
    if (ends_with(s, w)) {
      e -= w.size();
      return true;
    }
    return false;
  };
  for (bool again = true; again && b < e;) {
    again = false;
    for (std::string_view q : kQuotes)
      if (strip(q)) again = true;
    for (const std::string& w : config.trim_words)
      if (b < e && strip(w)) again = true;
  }
}

// Split [b, e) of text at the separators and add the names.
void add_names(std::string_view text, size_t b, size_t e, const std::vector<std::string>& separators,
               const CheckConfig& config, std::vector<KeyMeasure>& out) {
  size_t start = b;
  auto emit = [&](size_t nb, size_t ne) {
    trim(text, nb, ne, config);
    // A unit in brackets after the name (人均产值（万元）) is not part of it.
    for (std::string_view open : kOpen)
      if (size_t p = text.substr(nb, ne - nb).find(open); p != std::string_view::npos && p > 0) ne = nb + p;
    trim(text, nb, ne, config);
    if (nb >= ne) return;
    std::string name(text.substr(nb, ne - nb));
    const int len = code_point_count(name);
    if (len < config.min_name_length || len > config.max_name_length) return;
    if (std::find(config.generic_names.begin(), config.generic_names.end(), name) != config.generic_names.end()) return;
    for (const std::string& m : config.key_measure_markers)
      if (name.find(m) != std::string::npos) return;
    out.push_back({std::move(name), nb, ne});
  };
  size_t i = b;
  while (i < e) {
    size_t len = 0;
    if (starts_with_any(text.substr(0, e), i, separators, len)) {
      emit(start, i);
      i += len;
      start = i;
    } else {
      ++i;
    }
  }
  emit(start, e);
}

}  // namespace

std::vector<KeyMeasure> key_measures(std::string_view text, const CheckConfig& config) {
  std::vector<KeyMeasure> out;
  // The backward list ("A、B等指标") stays inside one clause of the sentence, so the comma
  // bounds it and does not separate; a list after a colon runs to the end of the sentence.
  std::vector<std::string> back_separators;
  for (const std::string& s : config.separators)
    if (s != "，" && s != "," && s != "；" && s != ";") back_separators.push_back(s);
  // The next occurrence of each marker, found with string_view::find and kept until passed.
  const auto& markers = config.key_measure_markers;  // longest first
  std::vector<size_t> next(markers.size(), 0);
  for (size_t k = 0; k < markers.size(); ++k) next[k] = text.find(markers[k]);
  size_t i = 0;
  while (true) {
    size_t best = std::string_view::npos, mlen = 0;
    for (size_t k = 0; k < markers.size(); ++k) {
      if (next[k] != std::string_view::npos && next[k] < i) next[k] = text.find(markers[k], i);
      if (next[k] < best) {  // strictly less: at one position the longest marker wins
        best = next[k];
        mlen = markers[k].size();
      }
    }
    if (best == std::string_view::npos) break;
    i = best;
    const size_t m = i, m_end = i + mlen;
    i = m_end;
    // Forward: marker [trim words] ：list  or  marker（list）
    size_t f = m_end;
    for (bool again = true; again;) {
      again = false;
      size_t len = 0;
      if (starts_with_any(text, f, config.trim_words, len) || starts_with_any(text, f, kSpace, len)) {
        f += len;
        again = true;
      }
    }
    size_t len = 0;
    if (starts_with_any(text, f, kColons, len)) {
      size_t b = f + len, e = b;
      while (e < text.size() && !starts_with_any(text, e, kSentenceEnds, len)) ++e;
      add_names(text, b, e, config.separators, config, out);
      i = e;
      continue;
    }
    if (starts_with_any(text, f, kOpen, len)) {
      size_t b = f + len, e = b;
      while (e < text.size() && !starts_with_any(text, e, kClose, len) && !starts_with_any(text, e, kSentenceEnds, len))
        ++e;
      add_names(text, b, e, config.separators, config, out);
      i = e;
      continue;
    }
    // Backward: list 等 [trim words] marker
    size_t e = m;
    for (bool again = true; again && e > 0;) {
      again = false;
      std::string_view before = text.substr(0, e);
      for (const std::string& w : config.trim_words) {
        if (w == "等" || w.empty()) continue;
        if (ends_with(before, w)) {
          e -= w.size();
          again = true;
          break;
        }
      }
    }
    if (!ends_with(text.substr(0, e), "等")) continue;
    e -= std::string_view("等").size();
    size_t b = e;
    while (b > 0) {
      size_t p = b - 1;
      while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
      if (starts_with_any(text, p, kSentenceEnds, len) || starts_with_any(text, p, kClauseEnds, len)) break;
      b = p;
    }
    add_names(text, b, e, back_separators, config, out);
  }
  return out;
}

}  // namespace zp::checks
