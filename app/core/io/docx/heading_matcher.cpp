#include "io/docx/heading_matcher.h"

#include <unicode/utf8.h>

#include <cstring>

#include "util/format.h"
#include "util/i18n.h"

namespace zp::io::docx {
namespace {

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buf), n, 4, c, err);
  if (!err) out.append(buf, static_cast<size_t>(n));
}

// Decode the code point at i (advancing i); invalid bytes come back as U+FFFD.
UChar32 next_cp(std::string_view s, size_t& i) {
  int32_t k = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), k, static_cast<int32_t>(s.size()), c);
  i = static_cast<size_t>(k);
  return c < 0 ? 0xFFFD : c;
}

bool is_space_cp(UChar32 c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0; }

bool is_punct_cp(UChar32 c) {
  if (c < 0x80) return std::strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", static_cast<int>(c)) != nullptr && c != 0;
  static const UChar32 cjk[] = {0x3001, 0x3002, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0xFF08, 0xFF09, 0x300A, 0x300B,
                                0x201C, 0x201D, 0x2018, 0x2019, 0x3010, 0x3011, 0x2014, 0x2013, 0x2026, 0x00B7, 0x300C,
                                0x300D, 0x300E, 0x300F, 0x30FB, 0xFF0E};
  for (UChar32 x : cjk)
    if (c == x) return true;
  return false;
}

int chinese_digit(UChar32 c) {
  switch (c) {
    case 0x3007: case 0x96F6: return 0;  // 〇 零
    case 0x4E00: return 1;               // 一
    case 0x4E8C: case 0x4E24: return 2;  // 二 两
    case 0x4E09: return 3;
    case 0x56DB: return 4;
    case 0x4E94: return 5;
    case 0x516D: return 6;
    case 0x4E03: return 7;
    case 0x516B: return 8;
    case 0x4E5D: return 9;
    case 0x5341: return 10;  // 十
    default: return -1;
  }
}

// A Chinese numeral 一 … 九十九 at s[i]; advances i past it. -1 when there is none.
int chinese_number(std::string_view s, size_t& i) {
  size_t j = i;
  int value = 0, pending = -1, count = 0;
  while (j < s.size()) {
    size_t k = j;
    int d = chinese_digit(next_cp(s, k));
    if (d < 0) break;
    if (d == 10) {
      value += (pending < 0 ? 1 : pending) * 10;
      pending = -1;
    } else {
      if (pending >= 0) break;  // two digits in a row: not a counting numeral
      pending = d;
    }
    j = k;
    if (++count > 4) return -1;
  }
  if (count == 0) return -1;
  if (pending > 0) value += pending;
  if (value <= 0 || value > 99) return -1;
  i = j;
  return value;
}

// Remove a trailing points note: "(20分)", "（20 分）" (already folded to ASCII brackets).
std::string strip_points(std::string s, bool* found) {
  std::string t = trim(s);
  if (t.empty() || t.back() != ')') return t;
  size_t open = t.rfind('(');
  if (open == std::string::npos) return t;
  std::string inner = compact_key(t.substr(open + 1, t.size() - open - 2));
  // digits, optional ".5", then 分
  size_t k = 0;
  while (k < inner.size() && (std::isdigit(static_cast<unsigned char>(inner[k])) || inner[k] == '.')) ++k;
  if (k == 0 || inner.substr(k) != "分") return t;
  *found = true;
  return trim(t.substr(0, open));
}

bool key_matches(const TitleKeys& keys, const standards::Clause& c, const std::string& key) {
  if (keys.title(c) == key) return true;
  for (const auto& a : keys.aliases(c))
    if (a == key) return true;
  return false;
}

bool contains(const std::string& hay, const std::string& needle) {
  return needle.size() >= 6 && hay.find(needle) != std::string::npos;  // at least two Han characters
}

bool similar(const TitleKeys& keys, const standards::Clause& c, const std::string& key) {
  if (key.empty() || key_matches(keys, c, key)) return true;
  const std::string& t = keys.title(c);
  if (contains(key, t) || contains(t, key)) return true;
  for (const auto& ak : keys.aliases(c))
    if (contains(key, ak) || contains(ak, key)) return true;
  return false;
}

// The one clause a title names: exact (title or alias) first, else the clause whose title
// the heading contains (the longest such title, when unique).
const standards::Clause* by_title(const TitleKeys& keys, const std::string& key) {
  const standards::Standard& st = keys.standard();
  if (key.empty()) return nullptr;
  const standards::Clause* found = nullptr;
  int n = 0;
  for (const auto& c : st.clauses)
    if (key_matches(keys, c, key)) {
      found = &c;
      ++n;
    }
  if (n == 1) return found;
  if (n > 1) return nullptr;  // ambiguous (e.g. the Wuhan 概述 clauses)
  size_t best = 0;
  n = 0;
  // The heading begins or ends with the title ("组织简介（概述）", "本单位的组织简介"); a title
  // somewhere in the middle ("论文的创新性尝试") is a coincidence, not a match.
  auto begins_or_ends = [&](const std::string& t) {
    if (t.size() < 6 || t.size() >= key.size()) return false;
    return key.compare(0, t.size(), t) == 0 || key.compare(key.size() - t.size(), t.size(), t) == 0;
  };
  for (const auto& c : st.clauses) {
    const std::string& t = keys.title(c);
    if (!begins_or_ends(t)) continue;
    if (t.size() > best) {
      best = t.size();
      found = &c;
      n = 1;
    } else if (t.size() == best) {
      ++n;
    }
  }
  return n == 1 ? found : nullptr;
}

}  // namespace

std::string fold_width(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    UChar32 c = next_cp(s, i);
    if (c >= 0xFF01 && c <= 0xFF5E) out += static_cast<char>(c - 0xFF01 + 0x21);
    else if (c == 0x3000) out += ' ';
    else append_utf8(out, c);
  }
  return out;
}

std::string trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    size_t k = b;
    if (!is_space_cp(next_cp(s, k))) break;
    b = k;
  }
  while (e > b) {
    size_t k = e - 1;
    while (k > b && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    size_t kk = k;
    if (!is_space_cp(next_cp(s, kk))) break;
    e = k;
  }
  return std::string(s.substr(b, e - b));
}

std::string compact_key(std::string_view s) {
  std::string f = fold_width(s), out;
  size_t i = 0;
  while (i < f.size()) {
    size_t start = i;
    UChar32 c = next_cp(f, i);
    if (is_space_cp(c) || is_punct_cp(c) || c == 0x200B || c == 0xFEFF) continue;
    out.append(f, start, i - start);
  }
  return out;
}

size_t utf8_length(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

HeadingText parse_heading(std::string_view text) {
  HeadingText h;
  std::string s = strip_points(fold_width(text), &h.points_note);
  size_t i = 0;
  auto skip_spaces = [&] {
    while (i < s.size()) {
      size_t k = i;
      if (!is_space_cp(next_cp(s, k))) break;
      i = k;
    }
  };
  auto read_int = [&](int* out) {
    size_t j = i;
    int v = 0;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])) && j - i < 3) v = v * 10 + (s[j++] - '0');
    if (j == i || (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j])))) return false;
    i = j;
    *out = v;
    return true;
  };
  int first = 0;
  if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && read_int(&first)) {
    std::string number = std::to_string(first);
    for (;;) {
      size_t save = i;
      skip_spaces();
      if (i < s.size() && s[i] == '.') {
        ++i;
        skip_spaces();
        int part = 0;
        if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) && read_int(&part)) {
          number += "." + std::to_string(part);
          continue;
        }
        // "1." followed by the title: a trailing dot after the number
        break;
      }
      i = save;
      break;
    }
    // What follows the number must be a separator or the title, not a unit (2021年, 12%).
    size_t k = i;
    UChar32 next = k < s.size() ? next_cp(s, k) : 0;
    static const UChar32 units[] = {0x5E74, 0x6708, 0x65E5, 0x4E07, 0x4EBF, 0x5143, 0x4E2A, 0x9879, 0x6B21, '%', 0x5206, 0x5929, 0x4EBA, 0x5BB6, 0x53F0, 0x540D, 0x4EF6};
    bool unit = false;
    for (UChar32 u : units) unit = unit || next == u;
    if (!unit && first <= 99 && number.size() <= 11) {
      h.number = number;
      s = s.substr(i);
    }
  } else if (s.compare(0, std::strlen("第"), "第") == 0) {
    i = std::strlen("第");
    int v = -1;
    if (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) {
      if (!read_int(&v)) v = -1;
    } else {
      v = chinese_number(s, i);
    }
    static const char* const kinds[] = {"部分", "章", "篇", "节"};
    for (const char* kd : kinds) {
      if (v > 0 && s.compare(i, std::strlen(kd), kd) == 0) {
        h.number = std::to_string(v);
        h.chinese_number = true;
        s = s.substr(i + std::strlen(kd));
        break;
      }
    }
  } else {
    int v = chinese_number(s, i);
    if (v > 0) {
      size_t k = i;
      UChar32 sep = k < s.size() ? next_cp(s, k) : 0;
      if (sep == 0x3001 || sep == '.' || sep == ' ' || sep == 0x3000 || sep == '\t') {
        h.number = std::to_string(v);
        h.chinese_number = true;
        s = s.substr(i);
      }
    }
  }
  // Separators between the number and the title.
  std::string rest = trim(s);
  for (;;) {
    size_t k = 0;
    UChar32 c = rest.empty() ? 0 : next_cp(rest, k);
    if (!h.number.empty() && (c == '.' || c == 0x3001 || c == ':' || c == ')' || c == 0xFF1A)) {
      rest = trim(std::string_view(rest).substr(k));
      continue;
    }
    break;
  }
  h.title = rest;
  return h;
}

bool looks_like_heading(const HeadingText& h, std::string_view full_text) {
  if (h.number.empty() || h.title.empty()) return false;
  size_t len = utf8_length(h.title);
  if (len > 30) return false;
  std::string t = trim(full_text);
  static const char* const enders[] = {"。", "；", "，", ";", ",", "：", ":"};
  for (const char* e : enders) {
    size_t n = std::strlen(e);
    if (t.size() >= n && t.compare(t.size() - n, n, e) == 0) return false;
  }
  // Sentences inside a title give it away.
  if (h.title.find("。") != std::string::npos || h.title.find("，") != std::string::npos) return false;
  if (std::isdigit(static_cast<unsigned char>(h.title[0]))) return false;
  return true;
}

TitleKeys::TitleKeys(const standards::Standard& st) : st_(st) {
  titles_.reserve(st.clauses.size());
  aliases_.reserve(st.clauses.size());
  for (const auto& c : st.clauses) {
    titles_.push_back(compact_key(c.title));
    std::vector<std::string> a;
    for (const auto& alias : c.aliases) a.push_back(compact_key(alias));
    aliases_.push_back(std::move(a));
  }
}

size_t TitleKeys::index(const standards::Clause& c) const { return static_cast<size_t>(&c - st_.clauses.data()); }

HeadingMatch match_heading(const HeadingText& h, const standards::Standard& st, Evidence evidence) {
  return match_heading(h, TitleKeys(st), evidence);
}

HeadingMatch match_heading(const HeadingText& h, const TitleKeys& keys, Evidence evidence) {
  const standards::Standard& st = keys.standard();
  const bool styled = evidence == Evidence::Styled;
  HeadingMatch m;
  std::string key = compact_key(h.title);
  const standards::Clause* numbered = h.number.empty() ? nullptr : st.clause(h.number);
  const standards::Clause* titled = by_title(keys, key);
  // With a number, only an exact title (or alias) may overrule or stand in for it: "三、航空
  // 制造业采购战略" ends in 战略 by coincidence. A heading without a number may be close.
  if (titled && !h.number.empty() && !key_matches(keys, *titled, key)) titled = nullptr;
  if (numbered) {
    if (key.empty()) {
      if (styled) {
        m.clause = numbered;
        m.how = MatchHow::Number;
      }
      return m;
    }
    // "1. 领导带头……" in body text is not category 1: plain text needs the exact title.
    if (evidence == Evidence::Plain ? key_matches(keys, *numbered, key) : similar(keys, *numbered, key)) {
      m.clause = numbered;
      m.how = MatchHow::NumberAndTitle;
      m.exact_title = key_matches(keys, *numbered, key);
      return m;
    }
    if (titled && titled != numbered) {
      m.clause = titled;
      m.how = MatchHow::Title;
      m.note = format(ZP_("its number {0} is clause {1} {2} in the standard, but its title names {3} {4}: matched by the title"),
                      h.number, numbered->id, numbered->title, titled->id, titled->title);
      return m;
    }
    // "三、完善制度" styled as a heading is the writer's own outline, not category 3.
    if (styled && !h.chinese_number) {
      m.clause = numbered;
      m.how = MatchHow::Number;
      m.note = format(ZP_("matched by its number; the standard calls clause {0} “{1}”"), numbered->id, numbered->title);
    }
    return m;
  }
  if (titled) {
    // A plain paragraph that only names a title is body text unless it carries a number.
    if (!styled && h.number.empty()) return m;
    m.clause = titled;
    m.how = MatchHow::Title;
    m.exact_title = key_matches(keys, *titled, key);
    if (!h.number.empty() && !h.chinese_number)
      m.note = format(ZP_("the standard has no clause {0}; matched by the title to {1} {2}"), h.number, titled->id, titled->title);
  }
  return m;
}

}  // namespace zp::io::docx
