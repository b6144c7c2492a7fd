// Tests of the Word-exact 字数 counter (docs/domain.md, "Counting 字数" / "The exact rule").
// Every expected number below is derived by hand from the rule:
//   字数 = HAN + EA + number of maximal LAT runs; 字符数 = all counted non-WS characters;
//   字符数(计空格) = 字符数 + WS. Ignored characters (U+200B–U+200D, U+FEFF) are absent.
#include "text/word_count.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace zp::text {
// Test hook (friend of Counter): choose the highest vector path (0 scalar, 1 SSE2, 2 AVX2 when
// the CPU has it) to compare the paths.
struct CounterAccess {
  static void set_vector_level(Counter& c, int level) { c.vector_level_ = static_cast<std::uint8_t>(level); }
};
// Readable failure messages (internal linkage: other test files may print Counts too).
static void PrintTo(const Counts& c, std::ostream* os) {
  *os << "{words " << c.words << ", characters " << c.characters << ", with spaces "
      << c.characters_with_spaces << "}";
}
}  // namespace zp::text

namespace {

using zp::text::Ambiguity;
using zp::text::CharClass;
using zp::text::classify;
using zp::text::count;
using zp::text::Counter;
using zp::text::Counts;

constexpr Ambiguity kC = Ambiguity::Context;
constexpr Ambiguity kE = Ambiguity::EastAsian;
constexpr Ambiguity kL = Ambiguity::Latin;

std::string utf8(char32_t c) {
  std::string s;
  if (c < 0x80) {
    s += static_cast<char>(c);
  } else if (c < 0x800) {
    s += static_cast<char>(0xC0 | (c >> 6));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    s += static_cast<char>(0xE0 | (c >> 12));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    s += static_cast<char>(0xF0 | (c >> 18));
    s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    s += static_cast<char>(0x80 | (c & 0x3F));
  }
  return s;
}

std::string repeat(std::string_view s, int n) {
  std::string r;
  for (int i = 0; i < n; ++i) r += s;
  return r;
}

std::int64_t words(std::string_view s, Ambiguity mode = kC) { return count(s, mode).words; }

Counts counts(std::int64_t w, std::int64_t c, std::int64_t cs) {
  Counts r;
  r.words = w;
  r.characters = c;
  r.characters_with_spaces = cs;
  return r;
}

// Counter limited to a vector level (0: scalar path only).
Counts count_level(std::string_view s, Ambiguity mode, int level) {
  Counter c;
  zp::text::CounterAccess::set_vector_level(c, level);
  c.add(s, mode);
  return c.counts();
}

// ---------------------------------------------------------------------------------------------
// An independent, deliberately naive implementation of the rule, for the property tests:
// decode everything, classify, resolve each Context AMB by looking left and right explicitly,
// then count runs.
enum class R { Ws, Ea, Sep, Amb, Lat, Break };

struct Piece {
  std::string text;
  Ambiguity mode = kC;
  bool is_break = false;
};

Counts reference(const std::vector<Piece>& pieces) {
  std::vector<R> items;
  for (const Piece& piece : pieces) {
    if (piece.is_break) {
      items.push_back(R::Break);
      continue;
    }
    const auto* p = reinterpret_cast<const std::uint8_t*>(piece.text.data());
    const auto n = static_cast<std::int32_t>(piece.text.size());
    std::int32_t i = 0;
    while (i < n) {
      const std::int32_t start = i;
      UChar32 c;
      U8_NEXT(p, i, n, c);
      if (c < 0) {
        for (std::int32_t b = start; b < i; ++b) items.push_back(R::Lat);
        continue;
      }
      switch (classify(static_cast<char32_t>(c))) {
        case CharClass::Ignored: break;
        case CharClass::Space: items.push_back(R::Ws); break;
        case CharClass::Han:
        case CharClass::EastAsian: items.push_back(R::Ea); break;
        case CharClass::Separator: items.push_back(R::Sep); break;
        case CharClass::Latin: items.push_back(R::Lat); break;
        case CharClass::Ambiguous:
          items.push_back(piece.mode == kE ? R::Ea : piece.mode == kL ? R::Lat : R::Amb);
          break;
      }
    }
  }
  std::vector<R> resolved = items;
  const auto n = static_cast<std::ptrdiff_t>(items.size());
  for (std::ptrdiff_t i = 0; i < n; ++i) {
    if (items[i] != R::Amb) continue;
    std::ptrdiff_t l = i - 1;
    while (l >= 0 && items[l] == R::Amb) --l;
    std::ptrdiff_t r = i + 1;
    while (r < n && items[r] == R::Amb) ++r;
    const bool ea = (l >= 0 && items[l] == R::Ea) || (r < n && items[r] == R::Ea);
    resolved[i] = ea ? R::Ea : R::Lat;
  }
  Counts c;
  R prev = R::Break;
  std::int64_t spaces = 0;
  for (R k : resolved) {
    if (k == R::Ea) ++c.words, ++c.characters;
    if (k == R::Lat) {
      ++c.characters;
      if (prev != R::Lat) ++c.words;
    }
    if (k == R::Sep) ++c.characters;
    if (k == R::Ws) ++spaces;
    prev = k;
  }
  c.characters_with_spaces = c.characters + spaces;
  return c;
}

Counts feed(const std::vector<Piece>& pieces, int level) {
  Counter c;
  zp::text::CounterAccess::set_vector_level(c, level);
  for (const Piece& p : pieces) {
    if (p.is_break)
      c.paragraph_break();
    else
      c.add(p.text, p.mode);
  }
  return c.counts();
}

// =============================================================================================
// The specification's examples.

TEST(WordCountSpec, WorkedExamples) {
  EXPECT_EQ(words("2023年"), 2);        // "2023" run + 年
  EXPECT_EQ(words("12.5%的增长"), 4);   // "12.5%" run + 的增长
  EXPECT_EQ(words("使用Word文档"), 5);  // 使用 + Word + 文档
  EXPECT_EQ(words("COVID-19疫情"), 3);  // "COVID-19" (ASCII hyphen is LAT) + 疫情
  EXPECT_EQ(words("学习;"), 3);         // 学习 + ";" (ASCII semicolon: a LAT run of its own)
  EXPECT_EQ(words("a - b & c"), 5);     // five runs separated by spaces
  EXPECT_EQ(words("质量——管理"), 4);    // em dashes are SEP: characters, never words
}

TEST(WordCountSpec, WorkedExamplesInEveryMode) {
  // None of the examples contains an AMB character, so the mode does not matter.
  for (Ambiguity m : {kC, kE, kL}) {
    EXPECT_EQ(words("2023年", m), 2);
    EXPECT_EQ(words("12.5%的增长", m), 4);
    EXPECT_EQ(words("使用Word文档", m), 5);
    EXPECT_EQ(words("COVID-19疫情", m), 3);
    EXPECT_EQ(words("学习;", m), 3);
    EXPECT_EQ(words("a - b & c", m), 5);
    EXPECT_EQ(words("质量——管理", m), 4);
  }
}

TEST(WordCountSpec, CharacterCountsOfExamples) {
  EXPECT_EQ(count("2023年"), counts(2, 5, 5));
  EXPECT_EQ(count("a - b & c"), counts(5, 5, 9));
  EXPECT_EQ(count("质量——管理"), counts(4, 6, 6));  // the dashes are characters
  EXPECT_EQ(count("12.5%的增长"), counts(4, 8, 8));
}

TEST(WordCountSpec, EmptyInput) {
  EXPECT_EQ(count(""), counts(0, 0, 0));
  EXPECT_EQ(count("", kE), counts(0, 0, 0));
  Counter c;
  EXPECT_EQ(c.counts(), counts(0, 0, 0));
  c.add("");
  c.paragraph_break();
  c.add("", kL);
  EXPECT_EQ(c.counts(), counts(0, 0, 0));
}

// =============================================================================================
// Classification at every boundary.

TEST(WordCountClassify, WhiteSpace) {
  for (char32_t c : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2005,
                     0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000})
    EXPECT_EQ(classify(c), CharClass::Space) << std::hex << static_cast<std::uint32_t>(c);
  EXPECT_EQ(classify(0x08), CharClass::Latin);   // backspace: a control, not white space
  EXPECT_EQ(classify(0x0E), CharClass::Latin);
  EXPECT_EQ(classify(0x1F), CharClass::Latin);
  EXPECT_EQ(classify(0x21), CharClass::Latin);
  EXPECT_EQ(classify(0x84), CharClass::Latin);   // C1 control next to NEL
  EXPECT_EQ(classify(0x180E), CharClass::Latin); // Mongolian vowel separator: not White_Space
}

TEST(WordCountClassify, WhiteSpaceIsExactlyIcuWhiteSpace) {
  for (UChar32 c = 0; c <= 0x10FFFF; ++c) {
    const bool ws = classify(static_cast<char32_t>(c)) == CharClass::Space;
    ASSERT_EQ(ws, static_cast<bool>(u_isUWhiteSpace(c))) << std::hex << c;
  }
}

TEST(WordCountClassify, Ignored) {
  for (char32_t c : {0x200B, 0x200C, 0x200D, 0xFEFF})
    EXPECT_EQ(classify(c), CharClass::Ignored) << std::hex << static_cast<std::uint32_t>(c);
  EXPECT_EQ(classify(0x200A), CharClass::Space);      // hair space, just before
  EXPECT_EQ(classify(0x200E), CharClass::Ambiguous);  // LRM, just after: U+2000–2BFF
  EXPECT_EQ(classify(0x2060), CharClass::Ambiguous);  // word joiner is not in the list
  EXPECT_EQ(classify(0xFEFE), CharClass::Latin);
}

TEST(WordCountClassify, Han) {
  for (char32_t c : {0x4E00, 0x4E2D, 0x9FFF, 0x3400, 0x4DBF, 0xF900, 0xFAFF, 0x20000, 0x2A6D6,
                     0x3FFFF, 0x3007})
    EXPECT_EQ(classify(c), CharClass::Han) << std::hex << static_cast<std::uint32_t>(c);
  EXPECT_EQ(classify(0x4DC0), CharClass::Latin);      // Yijing hexagrams between the blocks
  EXPECT_EQ(classify(0x4DFF), CharClass::Latin);
  EXPECT_EQ(classify(0xA000), CharClass::Latin);      // Yi, after 9FFF
  EXPECT_EQ(classify(0xF8FF), CharClass::Ambiguous);  // private use, before F900
  EXPECT_EQ(classify(0xFB00), CharClass::Latin);      // ﬀ ligature, after FAFF
  EXPECT_EQ(classify(0x1FFFF), CharClass::Latin);
  EXPECT_EQ(classify(0x40000), CharClass::Latin);
  EXPECT_EQ(classify(0x3006), CharClass::EastAsian);  // 〆, next to 〇
  EXPECT_EQ(classify(0x3008), CharClass::EastAsian);  // 〈
}

TEST(WordCountClassify, EastAsian) {
  for (char32_t c : {0x2E80, 0x2FFF, 0x3001, 0x3002, 0x300C, 0x3041, 0x30AB, 0x3131, 0x33FF,
                     0xFE30, 0xFE4F, 0xFF00, 0xFF0C, 0xFF21, 0xFF11, 0xFFEF,
                     // Hangul
                     0x1100, 0x11FF, 0x3130, 0x318F, 0xA960, 0xA97F, 0xAC00, 0xD55C, 0xD7AF,
                     0xD7B0, 0xD7FF})
    EXPECT_EQ(classify(c), CharClass::EastAsian) << std::hex << static_cast<std::uint32_t>(c);
  EXPECT_EQ(classify(0x2E7F), CharClass::Latin);  // supplemental punctuation, before 2E80
  EXPECT_EQ(classify(0x3000), CharClass::Space);  // ideographic space
  EXPECT_EQ(classify(0x3400), CharClass::Han);    // after 33FF
  EXPECT_EQ(classify(0xFE2F), CharClass::Latin);
  EXPECT_EQ(classify(0xFE50), CharClass::Latin);  // small form variants are not in the list
  EXPECT_EQ(classify(0xFEFF), CharClass::Ignored);
  EXPECT_EQ(classify(0xFFF0), CharClass::Latin);
  EXPECT_EQ(classify(0xFFFD), CharClass::Latin);
  EXPECT_EQ(classify(0x10FF), CharClass::Latin);  // Georgian, before Hangul Jamo
  EXPECT_EQ(classify(0x1200), CharClass::Latin);  // Ethiopic, after
  EXPECT_EQ(classify(0xA95F), CharClass::Latin);
  EXPECT_EQ(classify(0xA980), CharClass::Latin);
  EXPECT_EQ(classify(0xABFF), CharClass::Latin);
}

TEST(WordCountClassify, Separator) {
  EXPECT_EQ(classify(0x2013), CharClass::Separator);
  EXPECT_EQ(classify(0x2014), CharClass::Separator);
  EXPECT_EQ(classify(0x2012), CharClass::Ambiguous);  // figure dash
  EXPECT_EQ(classify(0x2015), CharClass::Ambiguous);  // horizontal bar
  EXPECT_EQ(classify(0x2010), CharClass::Ambiguous);  // hyphen
  EXPECT_EQ(classify('-'), CharClass::Latin);
}

TEST(WordCountClassify, Ambiguous) {
  for (char32_t c : {0xA1, 0xB7, 0xD7, 0xE9, 0xFF, 0x370, 0x3B1, 0x416, 0x4FF, 0x2018, 0x2019,
                     0x201C, 0x201D, 0x2026, 0x203B, 0x2103, 0x221A, 0x2460, 0x25A1, 0x2605,
                     0x2BFF, 0xE000, 0xF8FF})
    EXPECT_EQ(classify(c), CharClass::Ambiguous) << std::hex << static_cast<std::uint32_t>(c);
  EXPECT_EQ(classify(0xA0), CharClass::Space);   // NBSP, just before
  EXPECT_EQ(classify(0x100), CharClass::Latin);  // Ā, just after
  EXPECT_EQ(classify(0x36F), CharClass::Latin);  // combining marks before Greek
  EXPECT_EQ(classify(0x500), CharClass::Latin);  // Cyrillic supplement after 04FF
  EXPECT_EQ(classify(0x1FFF), CharClass::Latin);
  EXPECT_EQ(classify(0x2C00), CharClass::Latin);
  EXPECT_EQ(classify(0xDFFF), CharClass::Latin);  // not a character; "everything else"
  EXPECT_EQ(classify(0xF900), CharClass::Han);
}

TEST(WordCountClassify, Latin) {
  for (char32_t c : {U'a', U'Z', U'0', U'%', U'~', char32_t{0x00}, char32_t{0x7F},
                     char32_t{0x80}, char32_t{0x9F}, char32_t{0x1F600}, char32_t{0x10000},
                     char32_t{0xE0001}, char32_t{0x10FFFF}, char32_t{0x110000}})
    EXPECT_EQ(classify(c), CharClass::Latin) << std::hex << static_cast<std::uint32_t>(c);
}

TEST(WordCountClassify, EveryCodePointAgreesWithTheRanges) {
  // The rule's ranges written once more, independently of the table the counter uses.
  auto in = [](char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; };
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    CharClass want = CharClass::Latin;
    if (u_isUWhiteSpace(static_cast<UChar32>(c)))
      want = CharClass::Space;
    else if (in(c, 0x200B, 0x200D) || c == 0xFEFF)
      want = CharClass::Ignored;
    else if (in(c, 0x4E00, 0x9FFF) || in(c, 0x3400, 0x4DBF) || in(c, 0xF900, 0xFAFF) ||
             in(c, 0x20000, 0x3FFFF) || c == 0x3007)
      want = CharClass::Han;
    else if (in(c, 0x2E80, 0x2FFF) || in(c, 0x3001, 0x33FF) || in(c, 0xFE30, 0xFE4F) ||
             in(c, 0xFF00, 0xFFEF) || in(c, 0x1100, 0x11FF) || in(c, 0xA960, 0xA97F) ||
             in(c, 0xAC00, 0xD7FF))
      want = CharClass::EastAsian;
    else if (c == 0x2013 || c == 0x2014)
      want = CharClass::Separator;
    else if (in(c, 0xA1, 0xFF) || in(c, 0x370, 0x4FF) || in(c, 0x2000, 0x2BFF) ||
             in(c, 0xE000, 0xF8FF))
      want = CharClass::Ambiguous;
    ASSERT_EQ(classify(c), want) << std::hex << static_cast<std::uint32_t>(c);
  }
}

TEST(WordCountClassify, IsNonBmp) {
  EXPECT_FALSE(zp::text::is_non_bmp(U'a'));
  EXPECT_FALSE(zp::text::is_non_bmp(0x4E2D));
  EXPECT_FALSE(zp::text::is_non_bmp(0xFFFF));
  EXPECT_TRUE(zp::text::is_non_bmp(0x10000));
  EXPECT_TRUE(zp::text::is_non_bmp(0x20000));
  EXPECT_TRUE(zp::text::is_non_bmp(0x10FFFF));
}

// =============================================================================================
// Counting by class.

TEST(WordCountClasses, HanAndEastAsian) {
  EXPECT_EQ(count("中文"), counts(2, 2, 2));
  EXPECT_EQ(count("二〇二三年"), counts(5, 5, 5));             // 〇 is HAN
  EXPECT_EQ(count("ＡＢＣ１２３"), counts(6, 6, 6));           // full-width forms are EA
  EXPECT_EQ(count("ＡＢＣ１２３", kL), counts(6, 6, 6));       // ... in every mode
  EXPECT_EQ(count("ABC123"), counts(1, 6, 6));                 // half-width: one run
  EXPECT_EQ(count("，。、：；（）「」"), counts(9, 9, 9));      // CJK punctuation is EA
  EXPECT_EQ(count("カタカナひらがな"), counts(8, 8, 8));
  EXPECT_EQ(count("한국어 문서"), counts(5, 5, 6));            // Hangul syllables are EA
  EXPECT_EQ(count(utf8(0x1100) + utf8(0xA960) + utf8(0xD7B0)), counts(3, 3, 3));
  EXPECT_EQ(count(utf8(0x2E80) + utf8(0x2FFF) + utf8(0xFE30) + utf8(0xFE4F)), counts(4, 4, 4));
  EXPECT_EQ(count(utf8(0x3400) + utf8(0x4DBF) + utf8(0xF900) + utf8(0xFAFF)), counts(4, 4, 4));
}

TEST(WordCountClasses, SupplementaryIdeograph) {
  EXPECT_EQ(count(utf8(0x20000)), counts(1, 1, 1));  // one character, not two UTF-16 units
  EXPECT_EQ(count(utf8(0x3FFFF)), counts(1, 1, 1));
  EXPECT_EQ(count(std::string("a") + utf8(0x20000) + "b"), counts(3, 3, 3));  // HAN splits the run
  // Outside the range, a supplementary character is LAT: it joins a run.
  EXPECT_EQ(count(std::string("a") + utf8(0x1F600) + "b"), counts(1, 3, 3));
  EXPECT_EQ(count("中" + utf8(0x1F600) + "中"), counts(3, 3, 3));
}

TEST(WordCountClasses, WhiteSpaceEndsRunsAndCountsOnlyWithSpaces) {
  EXPECT_EQ(count("a\tb\nc\r\nd"), counts(4, 4, 8));
  EXPECT_EQ(count("a\u00A0b"), counts(2, 2, 3));   // no-break space is white space
  EXPECT_EQ(count("中\u3000中"), counts(2, 2, 3)); // ideographic space is WS, not EA
  EXPECT_EQ(count("\u3000"), counts(0, 0, 1));
  EXPECT_EQ(count("a\u0085b"), counts(2, 2, 3));   // NEL
  EXPECT_EQ(count("a\u2028b\u2029c"), counts(3, 3, 5));
  EXPECT_EQ(count("a\u1680b\u2000c\u200Ad\u202Fe\u205Ff"), counts(6, 6, 11));
  EXPECT_EQ(count("   "), counts(0, 0, 3));
  EXPECT_EQ(count("\v\f"), counts(0, 0, 2));
}

TEST(WordCountClasses, IgnoredCharactersAreAbsent) {
  EXPECT_EQ(count("\u200B"), counts(0, 0, 0));
  EXPECT_EQ(count("\uFEFF\u200C\u200D"), counts(0, 0, 0));
  EXPECT_EQ(count("a\u200Bb"), counts(1, 2, 2));       // does not break the run
  EXPECT_EQ(count("Wo\uFEFFrd"), counts(1, 4, 4));
  EXPECT_EQ(count("\uFEFF使用Word"), counts(3, 6, 6));  // a BOM at the start
  EXPECT_EQ(count("a\u200B b"), counts(2, 2, 3));      // ... nor join across white space
  EXPECT_EQ(count("中\u200D中"), counts(2, 2, 2));
}

TEST(WordCountClasses, Separators) {
  EXPECT_EQ(count("—"), counts(0, 1, 1));
  EXPECT_EQ(count("——"), counts(0, 2, 2));
  EXPECT_EQ(count("a—b"), counts(2, 3, 3));   // em dash ends the run
  EXPECT_EQ(count("a–b"), counts(2, 3, 3));   // en dash too
  EXPECT_EQ(count("a-b"), counts(1, 3, 3));   // ASCII hyphen is LAT
  EXPECT_EQ(count("1990–2000年"), counts(3, 10, 10));
  EXPECT_EQ(count("a—b", kE), counts(2, 3, 3));  // SEP is not AMB: same in every mode
  EXPECT_EQ(count("a—b", kL), counts(2, 3, 3));
}

TEST(WordCountClasses, LatinRuns) {
  EXPECT_EQ(count("ISO 9001"), counts(2, 7, 8));
  EXPECT_EQ(count("KPI"), counts(1, 3, 3));
  EXPECT_EQ(count("ISO9001质量管理体系"), counts(7, 13, 13));
  EXPECT_EQ(count("a,b.c"), counts(1, 5, 5));
  EXPECT_EQ(count("Ā"), counts(1, 1, 1));  // U+0100, Latin Extended: LAT, not AMB
  EXPECT_EQ(count("Ābc中def"), counts(3, 7, 7));
}

TEST(WordCountClasses, MixedTextCharacterCounts) {
  // 使用(2) Word(1) 文档(2) ，(1) 共(1) 3(1) 页(1) 。(1) = 10 words;
  // characters 2+4+2+1+1+1+1+1 = 13; two spaces.
  EXPECT_EQ(count("使用Word文档，共 3 页。"), counts(10, 13, 15));
  // 2022(1) 年(1) 营业收入(4) 增长(2) 12.5%(1) ，(1) 达到(2) ISO(1) 9001(1) 要求(2) 。(1) = 17;
  // characters 4+1+4+2+5+1+2+3+4+2+1 = 29; three spaces.
  EXPECT_EQ(count("2022年营业收入增长 12.5%，达到 ISO 9001要求。"), counts(17, 29, 32));
  // “(EA: 质 on its right) 质量(2) ”(EA: 量 on its left) —— (SEP×2) KPI(1) = 5 words;
  // characters 1+2+1+2+3 = 9.
  EXPECT_EQ(count("“质量”——KPI"), counts(5, 9, 9));
}

// =============================================================================================
// AMB characters in the three modes.

TEST(WordCountAmbiguous, CurlyQuotesAroundHan) {
  // Context: “ has 质 on its right, ” has 量 on its left: both EA.
  EXPECT_EQ(count("“质量”", kC), counts(4, 4, 4));
  EXPECT_EQ(count("“质量”", kE), counts(4, 4, 4));
  // Latin: the quotes are LAT runs of their own (HAN splits them from each other).
  EXPECT_EQ(count("“质量”", kL), counts(4, 4, 4));
}

TEST(WordCountAmbiguous, CurlyQuotesAroundLatin) {
  EXPECT_EQ(words("“Word”", kC), 1);  // no HAN/EA neighbour: LAT, joined into one run
  EXPECT_EQ(words("“Word”", kE), 3);  // EA quotes are words and split the run: “ Word ”
  EXPECT_EQ(words("“Word”", kL), 1);
  EXPECT_EQ(count("“Word”", kE), counts(3, 6, 6));
}

TEST(WordCountAmbiguous, Ellipsis) {
  EXPECT_EQ(words("Word…", kC), 1);
  EXPECT_EQ(words("Word…", kE), 2);
  EXPECT_EQ(words("……", kC), 1);  // no neighbours at all: one LAT run
  EXPECT_EQ(words("……", kE), 2);
  EXPECT_EQ(words("……", kL), 1);
  EXPECT_EQ(words("中……", kC), 3);  // the group sees 中 on its left: both EA
  EXPECT_EQ(words("……中", kC), 3);  // ... or on its right
  EXPECT_EQ(words("中……a", kC), 4);
}

TEST(WordCountAmbiguous, ContextNeighbourOnEachSide) {
  EXPECT_EQ(words("a“b"), 1);   // LAT: joins a and b into one run
  EXPECT_EQ(words("a“中"), 3);  // EA by its right neighbour: a | “ | 中
  EXPECT_EQ(words("中“a"), 3);  // EA by its left neighbour: 中 | “ | a
  EXPECT_EQ(words("，“a"), 3);  // full-width comma is EA, so it counts as a neighbour
  EXPECT_EQ(words("a”。"), 3);
  EXPECT_EQ(words("1×2"), 1);   // × between digits: LAT, one run "1×2"
  EXPECT_EQ(words("3×中"), 3);
  EXPECT_EQ(words("①质量"), 3);
  EXPECT_EQ(words("①Word"), 1);
  EXPECT_EQ(words("αβγ"), 1);
  EXPECT_EQ(words("αβγ中"), 4);  // the whole AMB group sees 中: each one is EA
  EXPECT_EQ(words("café"), 1);    // é (U+00E9) is AMB; neighbours LAT
  EXPECT_EQ(words("中é"), 2);
}

TEST(WordCountAmbiguous, ContextSkipsOtherAmbiguousCharacters) {
  EXPECT_EQ(words("a“”中"), 4);     // both quotes see 中 past each other: a | “ | ” | 中
  EXPECT_EQ(words("“‘中’”"), 5);    // four EA quotes and 中
  EXPECT_EQ(words("a“‘b"), 1);      // the group has only LAT neighbours: one run a“‘b
  EXPECT_EQ(words("中…………a"), 6);  // 中 + four EA ellipses (the group sees 中) + a
}

TEST(WordCountAmbiguous, ContextLookIsStoppedByWhiteSpace) {
  EXPECT_EQ(words("中 “a"), 2);   // 中 | “a: the neighbour across the space does not count
  EXPECT_EQ(words("a” 中"), 2);   // a” | 中
  EXPECT_EQ(words("中 …… 中"), 3);  // the ellipses are alone between spaces: one LAT run
  EXPECT_EQ(words("中\u3000“a"), 2);  // the ideographic space is white space too
  EXPECT_EQ(words("a“ 中"), 2);   // “ sees a (LAT) and a space: LAT, joins a
  EXPECT_EQ(words("中 “"), 2);
}

TEST(WordCountAmbiguous, ContextLookSkipsIgnoredCharacters) {
  EXPECT_EQ(count("中\u200B“a"), counts(3, 3, 3));  // 中 is still the neighbour of “
  EXPECT_EQ(count("a“\uFEFF中"), counts(3, 3, 3));
  EXPECT_EQ(count("a“\u200B”\u200Db"), counts(1, 4, 4));
}

TEST(WordCountAmbiguous, ContextLookIsStoppedBySeparators) {
  // — is not HAN/EA and not AMB: it is the neighbour, so “ is LAT.
  EXPECT_EQ(words("中—“a"), 2);   // 中 | — (no word) | “a
  EXPECT_EQ(words("a“—中"), 2);   // a“ | — | 中
}

TEST(WordCountAmbiguous, EastAsianModeCountsLikeEa) {
  EXPECT_EQ(count("a“b", kE), counts(3, 3, 3));
  EXPECT_EQ(count("1×2", kE), counts(3, 3, 3));
  EXPECT_EQ(count("αβγ", kE), counts(3, 3, 3));
  EXPECT_EQ(count("中 “a", kE), counts(3, 3, 4));
}

TEST(WordCountAmbiguous, LatinModeCountsLikeLat) {
  EXPECT_EQ(count("a“中", kL), counts(2, 3, 3));  // a“ | 中
  EXPECT_EQ(count("中“a", kL), counts(2, 3, 3));  // 中 | “a
  EXPECT_EQ(count("中……中", kL), counts(3, 4, 4));
  EXPECT_EQ(count("αβγ中", kL), counts(2, 4, 4));
}

// =============================================================================================
// Streaming.

TEST(WordCountCounter, LatinRunContinuesAcrossPieces) {
  Counter c;
  c.add("Wo");
  c.add("rd");
  EXPECT_EQ(c.counts(), counts(1, 4, 4));
  c.add(" ");
  c.add("Count");
  EXPECT_EQ(c.counts(), counts(2, 9, 10));
}

TEST(WordCountCounter, PiecesWithDifferentModes) {
  Counter c;
  c.add("使用", kE);
  c.add("Wo", kL);
  c.add("rd", kC);
  c.add("文档", kE);
  EXPECT_EQ(c.counts().words, 5);
}

TEST(WordCountCounter, ParagraphBreakEndsRunsAndIsNotCounted) {
  Counter c;
  c.add("Wo");
  c.paragraph_break();
  c.add("rd");
  EXPECT_EQ(c.counts(), counts(2, 4, 4));
  c.paragraph_break();
  c.paragraph_break();
  EXPECT_EQ(c.counts(), counts(2, 4, 4));
}

TEST(WordCountCounter, ParagraphBreakStopsTheContextLook) {
  {
    Counter c;  // same paragraph: “ sees 中
    c.add("中");
    c.add("“a");
    EXPECT_EQ(c.counts().words, 3);
  }
  {
    Counter c;  // 中 | break | “a: “ sees nothing on its left, a on its right: LAT
    c.add("中");
    c.paragraph_break();
    c.add("“a");
    EXPECT_EQ(c.counts().words, 2);
  }
  {
    Counter c;  // a“ | break | 中: the pending “ is resolved by the break as LAT
    c.add("a“");
    c.paragraph_break();
    c.add("中");
    EXPECT_EQ(c.counts(), counts(2, 3, 3));
  }
}

TEST(WordCountCounter, PendingAmbiguousResolvedByLaterPiece) {
  {
    Counter c;  // a + “ + 中: “ is EA once 中 arrives
    c.add("a");
    c.add("“");
    EXPECT_EQ(c.counts().words, 1);  // snapshot: at the end of the text “ is LAT, joins a
    c.add("中");
    EXPECT_EQ(c.counts(), counts(3, 3, 3));  // the snapshot did not fix the resolution
  }
  {
    Counter c;  // a + “ + b: LAT, one run across three pieces
    c.add("a");
    c.add("“");
    c.add("b");
    EXPECT_EQ(c.counts(), counts(1, 3, 3));
  }
  {
    Counter c;  // an empty piece and an ignored character do not resolve anything
    c.add("a“");
    c.add("");
    c.add("\u200B");
    c.add("”");
    c.add("中");
    EXPECT_EQ(c.counts(), counts(4, 4, 4));  // a | “ | ” | 中
  }
  {
    Counter c;  // a space in the next piece stops the look: LAT
    c.add("中");
    c.add("“");
    EXPECT_EQ(c.counts().words, 2);  // “ is EA by its left neighbour already
    c.add(" ");
    c.add("“");
    c.add("a");
    EXPECT_EQ(c.counts(), counts(3, 4, 5));  // 中 | “ | space | “a
  }
}

TEST(WordCountCounter, LatinResolutionJoinsRunsAcrossPieces) {
  Counter c;  // "ab" + "……" + "cd": the ellipses are LAT and glue both halves into one run
  c.add("ab");
  c.add("……");
  c.add("cd");
  EXPECT_EQ(c.counts(), counts(1, 6, 6));
  Counter d;  // the same with 中 after: the group is EA and splits the run
  d.add("ab");
  d.add("……");
  d.add("中cd");
  EXPECT_EQ(d.counts(), counts(5, 7, 7));  // ab | … | … | 中 | cd
}

TEST(WordCountCounter, FixedModeNeighboursAreResolvedCharacters) {
  // Decision: an AMB character of an EastAsian- or Latin-mode piece has a known class; a
  // Context-mode neighbour's look sees it as EA or LAT (it does not skip it as "other AMB").
  {
    Counter c;  // “ (East Asian) then ” (Context): ” sees an EA neighbour on its left
    c.add("“", kE);
    c.add("”a", kC);
    EXPECT_EQ(c.counts().words, 3);  // “ | ” | a
  }
  {
    Counter c;  // a“ (Context) then ” (Latin) then 中: “ sees a and the LAT ”: LAT
    c.add("a“", kC);
    c.add("”", kL);
    c.add("中", kC);
    EXPECT_EQ(c.counts().words, 2);  // a“” | 中
  }
  {
    Counter c;  // a“ (Context) then 中 in a Latin-mode piece: HAN is HAN in every mode
    c.add("a“", kC);
    c.add("中", kL);
    EXPECT_EQ(c.counts().words, 3);
  }
}

TEST(WordCountCounter, StateAfterAVectorWindowThatEndsThePiece) {
  // 21 × 中 (63 bytes) + “ (3 bytes): a 66-byte piece the vector path takes in one window.
  const std::string piece = repeat("中", 21) + "“";
  for (int level : {0, 1, 2}) {
    Counter c;  // “ is East Asian by mode; the Context-mode ” after it sees an EA neighbour
    zp::text::CounterAccess::set_vector_level(c, level);
    c.add(piece, kE);
    c.add("”a", kC);
    EXPECT_EQ(c.counts(), counts(24, 24, 24)) << level;  // 21 + “ + ” + a
    Counter d;  // the same “ in a Latin-mode piece is LAT: ” sees no EA neighbour, joins a
    zp::text::CounterAccess::set_vector_level(d, level);
    d.add(piece, kL);
    d.add("”a", kC);
    EXPECT_EQ(d.counts(), counts(22, 24, 24)) << level;  // 21 + “”a
    Counter e;  // a piece ending in a LAT run that the next piece continues
    zp::text::CounterAccess::set_vector_level(e, level);
    e.add(repeat("中", 20) + "Wor", kC);  // 63 bytes
    e.add("d", kC);
    EXPECT_EQ(e.counts(), counts(21, 24, 24)) << level;
  }
}

TEST(WordCountCounter, CountsEqualsSumOfParagraphs) {
  const std::vector<std::string> paras = {"使用Word文档", "“质量”——管理", "ISO 9001", "a“b"};
  Counter c;
  Counts sum;
  for (const std::string& p : paras) {
    c.add(p);
    c.paragraph_break();
    sum += count(p);
  }
  EXPECT_EQ(c.counts(), sum);
  EXPECT_EQ(sum, counts(5 + 6 + 2 + 1, 8 + 8 + 7 + 3, 8 + 8 + 8 + 3));
}

// =============================================================================================
// Invalid UTF-8: each bad byte is one LAT character.

TEST(WordCountInvalidUtf8, BadBytesAreLatinCharacters) {
  EXPECT_EQ(count("\xFF"), counts(1, 1, 1));
  EXPECT_EQ(count("a\xFF" "b"), counts(1, 3, 3));       // part of the run
  EXPECT_EQ(count("中\xFF中"), counts(3, 3, 3));
  EXPECT_EQ(count("\x80\x80"), counts(1, 2, 2));        // stray continuation bytes
  EXPECT_EQ(count("\xC0\xAF"), counts(1, 2, 2));        // overlong
  EXPECT_EQ(count("\xED\xA0\x80"), counts(1, 3, 3));    // encoded surrogate
  EXPECT_EQ(count("\xF4\x90\x80\x80"), counts(1, 4, 4));  // beyond U+10FFFF
  EXPECT_EQ(count("\xE4\xB8"), counts(1, 2, 2));        // truncated 中 at the end
  EXPECT_EQ(count("\xE4\xB8" "a"), counts(1, 3, 3));    // truncated, then a: one run
  EXPECT_EQ(count("\xE4\xB8 a"), counts(2, 3, 4));
  EXPECT_EQ(count("中\xE4\xB8中"), counts(3, 4, 4));
  EXPECT_EQ(count("\xFF", kE), counts(1, 1, 1));        // bad bytes are never AMB
  EXPECT_EQ(count("“\xFF"), counts(1, 2, 2));           // “ sees a LAT neighbour: one run
  EXPECT_EQ(count("中“\xFF"), counts(3, 3, 3));          // 中 | “ (EA by 中) | bad byte
}

TEST(WordCountInvalidUtf8, BadBytesInsideLongText) {
  // Long enough for the vector path; the bad sequences force the scalar path mid-block.
  const std::string han = repeat("中", 10);
  EXPECT_EQ(count(han + "\xE4\xB8" + han), counts(21, 22, 22));
  EXPECT_EQ(count(han + "\xE4\xB8"), counts(11, 12, 12));
  EXPECT_EQ(count(han + "\xE5" "a" + han), counts(21, 22, 22));  // E5 then ASCII: bad + a = 1 run
  EXPECT_EQ(count(han + "\xE3\x80" + han), counts(21, 22, 22));  // truncated U+3000
  EXPECT_EQ(count(han + "\x80" + han), counts(21, 21, 21));
  EXPECT_EQ(count(han + "\xED\xA0\x80" + han), counts(21, 23, 23));
  EXPECT_EQ(count(han + "\xEF\xBC" + han), counts(21, 22, 22));  // truncated full-width
}

// =============================================================================================
// Long text: exercises the vector block path and its exceptions.

TEST(WordCountLongText, BlocksOfHanAsciiAndExceptions) {
  const std::string han = repeat("中", 10);
  EXPECT_EQ(count(repeat("中", 1000)), counts(1000, 1000, 1000));
  EXPECT_EQ(count(repeat("a", 1000)), counts(1, 1000, 1000));
  EXPECT_EQ(count(repeat("ab ", 100)), counts(100, 200, 300));
  EXPECT_EQ(count(han + "ab" + han), counts(21, 22, 22));
  EXPECT_EQ(count(han + "\u3000" + han), counts(20, 20, 21));  // U+3000 inside HAN text
  EXPECT_EQ(count(han + "䷀䷁" + han), counts(21, 22, 22));     // U+4DC0.. hexagrams are LAT
  EXPECT_EQ(count(han + "〇，：（）" + han), counts(25, 25, 25));
  EXPECT_EQ(count(han + "ＡＢＣ" + han), counts(23, 23, 23));
  EXPECT_EQ(count(han + "\uFFF0" + han), counts(21, 21, 21));  // LAT specials after FFEF
  EXPECT_EQ(count(han + "“" + han), counts(21, 21, 21));
  EXPECT_EQ(count(repeat("a“", 50) + "b"), counts(1, 101, 101));
  EXPECT_EQ(count(repeat("中“", 50) + "b"), counts(101, 101, 101));
  EXPECT_EQ(count(repeat("中\u200B", 50)), counts(50, 50, 50));
}

TEST(WordCountLongText, RepeatedReportParagraph) {
  // 本公司(3) 通过(2) ISO(1) 9001(1) 认证(2) ，(1) 2022(1) 年(1) KPI(1) 达成率(3) 98.5%(1)
  // ，(1) “(EA: ，on its left) 质量(2) 第一(2) ”(EA: 一) (1) 理念(2) 深入人心(4) 。(1) = 31 words.
  // Characters: 3+2+3+4+2+1+4+1+3+3+5+1+1+2+2+1+2+4+1 = 45; five spaces.
  const std::string para =
      "本公司通过 ISO 9001认证，2022年 KPI 达成率 98.5%，“质量第一”理念深入人心。";
  EXPECT_EQ(count(para), counts(31, 45, 50));
  // The paragraph starts with HAN and ends with EA: repeating it joins nothing.
  EXPECT_EQ(count(repeat(para, 100)), counts(3100, 4500, 5000));
  for (int level : {0, 1, 2})
    EXPECT_EQ(count_level(repeat(para, 100), kC, level), counts(3100, 4500, 5000)) << level;
}

TEST(WordCountLongText, WindowBoundaries) {
  // The vector path works on 64-byte windows. Shift short patterns across every position of
  // a window boundary and compare all paths with the naive reference.
  const std::vector<std::string> patterns = {
      "“质量”", "a“b", "Word…", "中……中", "……a", "中“ a", "a”\u200B中", "——", "中\u3000中",
      "ISO 9001", "ＡＢ", "α×β中", "·中", "①②", "※a", "\u2060中", "\xE4\xB8" "a", "\xFF中",
      "é中", "Жa", "\u2028中"};
  for (const std::string& pattern : patterns) {
    for (int shift = 0; shift < 70; ++shift) {
      for (const std::string& filler : {std::string("a"), std::string("中"), std::string(" ")}) {
        std::string text;
        for (int i = 0; i < shift; ++i) text += filler;
        text += pattern;
        text += repeat("中a ", 30);
        for (Ambiguity mode : {kC, kE, kL}) {
          const Counts want = reference({{text, mode, false}});
          for (int level : {0, 1, 2})
            ASSERT_EQ(count_level(text, mode, level), want) << level << " " << text;
        }
      }
    }
  }
}

TEST(WordCountLongText, LongAmbiguousGroups) {
  // Groups longer than a window: the ellipses wait for their right neighbour across windows.
  const std::string dots = repeat("…", 40);  // 120 bytes
  EXPECT_EQ(count("中" + dots + "a"), counts(42, 42, 42));   // EA by 中 on the left
  EXPECT_EQ(count("a" + dots + "中"), counts(42, 42, 42));   // EA by 中 on the right
  EXPECT_EQ(count("a" + dots + "b"), counts(1, 42, 42));     // one LAT run
  EXPECT_EQ(count(dots), counts(1, 40, 40));
  EXPECT_EQ(count(dots, kE), counts(40, 40, 40));
  EXPECT_EQ(count("a " + dots + " b"), counts(3, 42, 44));
}

TEST(WordCountLongText, OtherScripts) {
  // Greek and Cyrillic are AMB (U+0370–U+04FF); Latin Extended is LAT. Text of those alone has
  // no HAN/EA neighbour: in Context mode each word is one LAT run.
  const std::string greek = repeat("αβγ δεζ ", 20);
  EXPECT_EQ(count(greek), counts(40, 120, 160));
  EXPECT_EQ(count(greek, kE), counts(120, 120, 160));
  EXPECT_EQ(count(greek, kL), counts(40, 120, 160));
  const std::string cyrillic = repeat("Жук ", 25);
  EXPECT_EQ(count(cyrillic), counts(25, 75, 100));
  EXPECT_EQ(count(repeat("Āčž ", 25), kE), counts(25, 75, 100));  // LAT even in EastAsian mode
  // Next to Chinese, Context makes them East Asian.
  EXPECT_EQ(count(repeat("中αβ", 30)), counts(90, 90, 90));
}

// =============================================================================================
// Property tests.

// The spec's property: for random strings over a small alphabet, counting the whole string
// equals feeding a Counter the same string split at random character boundaries (Context).
TEST(WordCountProperty, SplittingDoesNotChangeTheCount) {
  const std::vector<std::string> alphabet = {"a", " ", "中", "“", "—", "\u200B"};
  std::mt19937 rng(20240611);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 40);
  for (int t = 0; t < 4000; ++t) {
    std::vector<std::string> chars;
    const int n = length(rng);
    std::string whole;
    for (int i = 0; i < n; ++i) {
      chars.push_back(alphabet[pick(rng)]);
      whole += chars.back();
    }
    Counter c;
    std::size_t i = 0;
    while (i < chars.size()) {
      std::uniform_int_distribution<std::size_t> take(0, chars.size() - i);
      const std::size_t k = take(rng);  // may be 0: empty pieces are fine
      std::string piece;
      for (std::size_t j = i; j < i + k; ++j) piece += chars[j];
      c.add(piece, kC);
      i += k;
    }
    ASSERT_EQ(c.counts(), count(whole, kC)) << whole;
  }
}

// The counter (vector and scalar paths, whole and split) equals the naive reference
// implementation, for a larger alphabet, all modes, paragraph breaks and bad bytes.
TEST(WordCountProperty, MatchesNaiveReference) {
  // Every kind the vector windows tell apart, their neighbours just outside, and bad bytes.
  const std::vector<std::string> alphabet = {
      "a", "Z", "9", ".", " ", "\t", "\n", "中", "国", "〇", "，", "。", "\u3000", "“", "”",
      "‘", "’", "…", "×", "·", "é", "α", "Ж", "\u037E", "\u036F", "\u00A1", "\u0085", "—", "–",
      "‐", "※", "①", "→", "\u2BFF", "\u2C00", "\u2000", "\u200A", "\u2028", "\u202F",
      "\u205F", "\u2060", "\u200B", "\u200D", "\uFEFF", "䷀", "\u4DBF", "\u3400", "\u33FF",
      "ＡＢ", "！", "\uFFE5", "\uFF61", "\uFE30", "\uF900", "\u2E80", "한", "\U00020000",
      "\U0001F600", "\u00A0", "\xFF", "\xE4\xB8", "\xE2\x80", "\xC3", "\x80", "\uFFF0",
      "\uE000", "Ā", "\u0100"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 80);
  std::uniform_int_distribution<int> mode_pick(0, 2);
  std::uniform_int_distribution<int> percent(0, 99);
  const Ambiguity modes[] = {kC, kE, kL};
  for (int t = 0; t < 3000; ++t) {
    // Bias towards HAN and ASCII so that long stretches take the vector path.
    const int n = length(rng);
    std::string whole;
    for (int i = 0; i < n; ++i) {
      const int r = percent(rng);
      whole += r < 40 ? std::string("中") : r < 55 ? std::string("a") : alphabet[pick(rng)];
    }
    const Ambiguity mode = modes[mode_pick(rng)];
    const Counts want = reference({{whole, mode, false}});
    ASSERT_EQ(count(whole, mode), want) << whole;
    for (int level : {0, 1, 2}) ASSERT_EQ(count_level(whole, mode, level), want) << level << " " << whole;

    // The same material as several pieces with random modes and breaks. Pieces are whole
    // alphabet entries, so no piece splits a well-formed character.
    std::vector<Piece> pieces;
    const int m = length(rng) / 8;
    for (int i = 0; i < m; ++i) {
      if (percent(rng) < 15) {
        pieces.push_back({"", kC, true});
        continue;
      }
      Piece p;
      p.mode = modes[mode_pick(rng)];
      const int k = length(rng) / 2;
      for (int j = 0; j < k; ++j) {
        const int r = percent(rng);
        p.text += r < 40 ? std::string("中") : r < 55 ? std::string("b") : alphabet[pick(rng)];
      }
      pieces.push_back(std::move(p));
    }
    const Counts want_pieces = reference(pieces);
    for (int level : {0, 1, 2}) ASSERT_EQ(feed(pieces, level), want_pieces) << level;
  }
}

}  // namespace
