#include "model/report.h"

#include <unicode/utf8.h>

#include <cmath>
#include <cstdlib>

namespace zp::model {

std::string Paragraph::text() const {
  std::string s;
  for (const Run& r : runs) s += r.text;
  return s;
}

bool Paragraph::empty() const {
  for (const Run& r : runs)
    if (!r.text.empty()) return false;
  return true;
}

bool Section::empty() const {
  for (const Block& b : blocks) {
    if (const auto* p = std::get_if<Paragraph>(&b)) {
      if (p->text().find_first_not_of(" \t\r\n") != std::string::npos) return false;
    } else {
      return false;
    }
  }
  return true;
}

namespace {
// Map a code point onto its ASCII equivalent for number parsing (full-width digits and
// signs), or 0 when it has none.
char ascii_for_number(UChar32 c) {
  if (c < 0x80) return static_cast<char>(c);
  if (c >= 0xFF10 && c <= 0xFF19) return static_cast<char>('0' + (c - 0xFF10));
  switch (c) {
    case 0xFF0E: return '.';   // ．
    case 0xFF0C: return ',';   // ，
    case 0xFF05: return '%';   // ％
    case 0xFF0D: return '-';   // －
    case 0x2212: return '-';   // minus sign
    case 0xFF0B: return '+';
    case 0x2030: return '%';   // ‰ treated as a unit mark
    default: return 0;
  }
}
}  // namespace

Value Value::parse(const std::string& text) {
  Value v;
  v.text = text;
  // Normalise to ASCII where possible, keep only the leading numeric part.
  std::string ascii;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    char a = c < 0 ? 0 : ascii_for_number(c);
    if (a == 0) {
      ascii += '\x01';  // a non-numeric character
    } else {
      ascii += a;
    }
  }
  // Strip surrounding spaces.
  size_t b = ascii.find_first_not_of(" \t");
  if (b == std::string::npos) return v;
  size_t e = ascii.find_last_not_of(" \t");
  std::string t = ascii.substr(b, e - b + 1);
  // Accept [sign] digits with optional thousands commas and one decimal point, then an
  // optional unit suffix such as % or 万元 (non-numeric characters) — but nothing numeric after.
  std::string num;
  size_t k = 0;
  if (k < t.size() && (t[k] == '-' || t[k] == '+')) num += t[k++];
  bool digits = false;
  bool dot = false;
  for (; k < t.size(); ++k) {
    char c = t[k];
    if (c >= '0' && c <= '9') {
      num += c;
      digits = true;
    } else if (c == ',' && digits && !dot) {
      // a thousands separator must be followed by exactly three digits
      auto digit_at = [&](size_t j) { return j < t.size() && t[j] >= '0' && t[j] <= '9'; };
      if (digit_at(k + 1) && digit_at(k + 2) && digit_at(k + 3) && !digit_at(k + 4)) continue;
      break;
    } else if (c == '.' && !dot) {
      num += c;
      dot = true;
    } else {
      break;
    }
  }
  if (!digits) return v;
  // What follows must not contain more digits (e.g. "2021-2023" or "3/5" are not one number).
  for (size_t r = k; r < t.size(); ++r) {
    if (t[r] >= '0' && t[r] <= '9') return v;
  }
  char* end = nullptr;
  double d = std::strtod(num.c_str(), &end);
  if (end && *end == '\0' && std::isfinite(d)) v.number = d;
  return v;
}

Section* Report::section(const std::string& clause_id) {
  for (Section& s : sections)
    if (s.clause_id == clause_id) return &s;
  return nullptr;
}

const Section* Report::section(const std::string& clause_id) const {
  for (const Section& s : sections)
    if (s.clause_id == clause_id) return &s;
  return nullptr;
}

bool Report::shows(const std::string& media_id) const {
  for (const Section& s : sections)
    for (const Block& b : s.blocks)
      if (const auto* f = std::get_if<Figure>(&b); f && f->media_id == media_id) return true;
  return false;
}

Section& Report::ensure_section(const std::string& clause_id) {
  if (Section* s = section(clause_id)) return *s;
  sections.push_back(Section{clause_id, {}});
  return sections.back();
}

const char* to_string(Direction d) {
  switch (d) {
    case Direction::HigherIsBetter: return "higher";
    case Direction::LowerIsBetter: return "lower";
    default: return "unknown";
  }
}

const char* to_string(ComparisonKind k) {
  switch (k) {
    case ComparisonKind::Competitor: return "competitor";
    case ComparisonKind::IndustryAverage: return "industry-average";
    default: return "benchmark";
  }
}

const char* to_string(ReviewerRole r) {
  switch (r) {
    case ReviewerRole::Writer: return "writer";
    case ReviewerRole::Consultant: return "consultant";
    case ReviewerRole::Lead: return "lead";
    default: return "internal-reviewer";
  }
}

std::optional<Direction> direction_from_string(const std::string& s) {
  if (s == "higher") return Direction::HigherIsBetter;
  if (s == "lower") return Direction::LowerIsBetter;
  if (s == "unknown") return Direction::Unknown;
  return std::nullopt;
}

std::optional<ComparisonKind> comparison_kind_from_string(const std::string& s) {
  if (s == "benchmark") return ComparisonKind::Benchmark;
  if (s == "competitor") return ComparisonKind::Competitor;
  if (s == "industry-average") return ComparisonKind::IndustryAverage;
  return std::nullopt;
}

std::optional<ReviewerRole> reviewer_role_from_string(const std::string& s) {
  if (s == "writer") return ReviewerRole::Writer;
  if (s == "internal-reviewer" || s == "reviewer") return ReviewerRole::InternalReviewer;
  if (s == "consultant") return ReviewerRole::Consultant;
  if (s == "lead") return ReviewerRole::Lead;
  return std::nullopt;
}

}  // namespace zp::model
