#include "text/word_count.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define ZP_WORD_COUNT_X86 1  // SSE2 is part of x86-64; AVX2 is chosen at run time
#endif
// Elsewhere only the scalar path is built.

// The rule (docs/domain.md, "The exact rule"), in the terms used below:
//
//   WS       Unicode White_Space (the explicit list in is_white_space(), identical to ICU's
//            u_isUWhiteSpace; the unit tests compare the two over every code point).
//   Ignored  U+200B–U+200D, U+FEFF: treated as absent. They are not counted, they do not end a
//            LAT run ("a<ZWSP>b" is one word) and the Context look passes over them.
//   HAN, EA  count one word and one character each. For counting they behave identically.
//   SEP      U+2013, U+2014: one character, never a word, ends a LAT run.
//   AMB      resolved per piece mode:
//              EastAsian: exactly like EA. It therefore also ENDS a LAT run, so "“Word”" in
//                         EastAsian mode is “ + Word + ” = 3 words.
//              Latin:     exactly like LAT ("“Word”" = one run = 1 word).
//              Context:   EA when the nearest character before it, or the nearest after it,
//                         is HAN or EA; other Context-mode AMB characters and ignored
//                         characters are skipped in that look; white space, a paragraph break
//                         and the start/end of the text stop it. Otherwise LAT.
//            All AMB characters of one maximal group (consecutive Context-mode AMB characters,
//            ignored characters in between) see the same two neighbours, so the whole group
//            resolves one way. Such a group is held "pending" until its right neighbour
//            arrives, possibly in a later add() call. Resolved as LAT it joins the LAT run
//            before and after it ("a“b" is 1 word); resolved as EA each of its characters is a
//            word and it splits the runs around it ("a“中" is 3 words).
//            An AMB character of an EastAsian- or Latin-mode piece is a resolved EA or LAT
//            character as far as a Context-mode neighbour's look is concerned (it is not
//            skipped as "other AMB": its class is already known).
//   LAT      everything else, and every byte of an ill-formed UTF-8 sequence.
//
// 字数 = HAN + EA + number of maximal LAT runs. 字符数 = every counted character except WS.
// 字符数(计空格) = 字符数 + WS.
//
// Speed (nothing allocates):
// - Vector path (x86-64): 64-byte windows are classified with SSE2 (4 × 16 bytes) or, when the
//   CPU has it, AVX2 (2 × 32 bytes) into one bit mask per kind: ASCII, ASCII white space,
//   leads of the common 3-byte HAN/EA characters (U+3001–U+9FFF, U+FF00–U+FFBF), of the
//   separators and of AMB characters (‘ ’ “ ” … always; the rest of U+00A1–U+04FF and
//   U+2000–U+2BFF when a window would stop before one). The counting is then done on the
//   64-bit masks: LAT runs are LAT bytes whose previous byte is not one, and Context AMB
//   characters are resolved with a carry (left neighbour) and a fill (right neighbour).
//   A window ends before the first byte it cannot place (other characters, ill-formed UTF-8).
// - Scalar path for everything else, for the last 65 bytes of a piece and for AMB groups
//   whose right neighbour lies beyond a window: an ASCII loop without decoding, and ICU's
//   U8_NEXT plus a two-level class table for other characters.

namespace zp::text {

#if ZP_WORD_COUNT_X86
namespace detail {
// Every byte value repeated 32 times: the constants of the vector byte tests. Deliberately not
// const and not internal, so that the compiler cannot see the values: a test then reads its
// constant as a memory operand. With some 25 constants and 16 vector registers, that is far
// cheaper than what it does with _mm*_set1_epi8 constants (it rebuilds each one from an
// immediate with three instructions, every time). Never written.
struct alignas(64) Splats {
  std::uint8_t row[256][32];
};
extern Splats word_count_splats;
extern std::uint8_t word_count_ws_table[32];
constexpr Splats make_splats() {
  Splats t{};
  for (int b = 0; b < 256; ++b)
    for (int i = 0; i < 32; ++i) t.row[b][i] = static_cast<std::uint8_t>(b);
  return t;
}
Splats word_count_splats = make_splats();
// For the AVX2 white-space test (see avx_ws); same reasoning.
alignas(32) std::uint8_t word_count_ws_table[32] = {0x20, 0, 0, 0, 0, 0, 0, 0, 0, 9, 10, 11, 12, 13, 0, 0,
                                                    0x20, 0, 0, 0, 0, 0, 0, 0, 0, 9, 10, 11, 12, 13, 0, 0};
}  // namespace detail
#endif

namespace {

constexpr bool in(char32_t c, char32_t lo, char32_t hi) { return c >= lo && c <= hi; }

constexpr bool is_white_space(char32_t c) {
  return in(c, 0x09, 0x0D) || c == 0x20 || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         in(c, 0x2000, 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

/// The rule written out range by range; precedence WS > Ignored > HAN > EA > SEP > AMB > LAT.
constexpr CharClass rule_class(char32_t c) {
  if (is_white_space(c)) return CharClass::Space;
  if (in(c, 0x200B, 0x200D) || c == 0xFEFF) return CharClass::Ignored;
  if (in(c, 0x4E00, 0x9FFF) || in(c, 0x3400, 0x4DBF) || in(c, 0xF900, 0xFAFF) ||
      in(c, 0x20000, 0x3FFFF) || c == 0x3007)
    return CharClass::Han;
  if (in(c, 0x2E80, 0x2FFF) || in(c, 0x3001, 0x33FF) || in(c, 0xFE30, 0xFE4F) ||
      in(c, 0xFF00, 0xFFEF) ||
      // Hangul: Jamo, compatibility Jamo, Jamo extended A, syllables, Jamo extended B.
      in(c, 0x1100, 0x11FF) || in(c, 0x3130, 0x318F) || in(c, 0xA960, 0xA97F) ||
      in(c, 0xAC00, 0xD7AF) || in(c, 0xD7B0, 0xD7FF))
    return CharClass::EastAsian;
  if (c == 0x2013 || c == 0x2014) return CharClass::Separator;
  if (in(c, 0xA1, 0xFF) || in(c, 0x370, 0x4FF) || in(c, 0x2000, 0x2BFF) || in(c, 0xE000, 0xF8FF))
    return CharClass::Ambiguous;
  return CharClass::Latin;
}

// Two-level table for the BMP: stage1[c >> 8] is either a class (block of 256 code points all
// alike, value < 0x80) or 0x80 | index of a 256-entry block in `mixed`.
constexpr int count_mixed_blocks() {
  int n = 0;
  for (char32_t hi = 0; hi < 0x100; ++hi) {
    const CharClass first = rule_class(hi << 8);
    for (char32_t lo = 1; lo < 0x100; ++lo) {
      if (rule_class((hi << 8) | lo) != first) {
        ++n;
        break;
      }
    }
  }
  return n;
}
constexpr int kMixedBlocks = count_mixed_blocks();

struct ClassTables {
  std::array<std::uint8_t, 256> stage1{};
  std::array<std::array<std::uint8_t, 256>, kMixedBlocks> mixed{};
};

constexpr ClassTables make_tables() {
  ClassTables t{};
  int next = 0;
  for (char32_t hi = 0; hi < 0x100; ++hi) {
    const CharClass first = rule_class(hi << 8);
    bool uniform = true;
    for (char32_t lo = 1; lo < 0x100 && uniform; ++lo)
      uniform = rule_class((hi << 8) | lo) == first;
    if (uniform) {
      t.stage1[hi] = static_cast<std::uint8_t>(first);
    } else {
      t.stage1[hi] = static_cast<std::uint8_t>(0x80 | next);
      for (char32_t lo = 0; lo < 0x100; ++lo)
        t.mixed[next][lo] = static_cast<std::uint8_t>(rule_class((hi << 8) | lo));
      ++next;
    }
  }
  return t;
}
constexpr ClassTables kTables = make_tables();
static_assert(kMixedBlocks < 0x80);

inline CharClass lookup(char32_t c) {
  if (c < 0x10000) {
    const std::uint8_t s = kTables.stage1[c >> 8];
    if (s < 0x80) return static_cast<CharClass>(s);
    return static_cast<CharClass>(kTables.mixed[s & 0x7F][c & 0xFF]);
  }
  return in(c, 0x20000, 0x3FFFF) ? CharClass::Han : CharClass::Latin;
}

// 1 for the ASCII white space bytes (tab, LF, VT, FF, CR, space).
constexpr std::array<std::uint8_t, 128> make_ascii_ws() {
  std::array<std::uint8_t, 128> t{};
  for (char32_t c = 0; c < 128; ++c) t[c] = is_white_space(c) ? 1 : 0;
  return t;
}
constexpr std::array<std::uint8_t, 128> kAsciiWs = make_ascii_ws();

/// The counting state, kept in locals during add() so that it lives in registers.
struct State {
  std::int64_t words;
  std::int64_t chars;
  std::int64_t spaces;
  std::int64_t pending;  // Context-mode AMB characters awaiting their right neighbour
  bool in_lat;
  bool left_ea;
};

/// Resolve the pending AMB group now that its right neighbour is known.
inline void resolve(State& s, bool right_ea) {
  if (s.pending == 0) return;
  if (s.left_ea || right_ea) {
    s.words += s.pending;  // East Asian: one word each, and the LAT run is over
    s.in_lat = false;
  } else if (!s.in_lat) {
    s.words += 1;  // Latin: they open a LAT run (or continue the open one)
    s.in_lat = true;
  }
  s.pending = 0;
}

inline void east_asian(State& s) {
  resolve(s, true);
  ++s.words;
  ++s.chars;
  s.in_lat = false;
  s.left_ea = true;
}

inline void latin(State& s, std::int64_t n) {
  resolve(s, false);
  s.chars += n;
  s.words += s.in_lat ? 0 : 1;
  s.in_lat = true;
  s.left_ea = false;
}

inline void apply(State& s, CharClass k, Ambiguity mode) {
  switch (k) {
    case CharClass::Ignored:
      return;
    case CharClass::Space:
      resolve(s, false);
      ++s.spaces;
      s.in_lat = false;
      s.left_ea = false;
      return;
    case CharClass::Han:
    case CharClass::EastAsian:
      east_asian(s);
      return;
    case CharClass::Separator:
      resolve(s, false);
      ++s.chars;
      s.in_lat = false;
      s.left_ea = false;
      return;
    case CharClass::Ambiguous:
      if (mode == Ambiguity::EastAsian) {
        east_asian(s);
      } else if (mode == Ambiguity::Latin) {
        latin(s, 1);
      } else {
        ++s.chars;
        ++s.pending;
      }
      return;
    case CharClass::Latin:
      latin(s, 1);
      return;
  }
}

#if ZP_WORD_COUNT_X86
#define ZP_INLINE inline __attribute__((always_inline))

// ---- Classification of a 64-byte window ----------------------------------------------------

/// Per-byte masks of a 64-byte window; bit i describes the byte at p + i. A "lead" bit marks
/// the first byte of a well-formed character of that kind.
struct WindowMasks {
  std::uint64_t ascii = 0;  // ASCII bytes
  std::uint64_t ws = 0;     // ASCII white space
  std::uint64_t han = 0;    // leads of 3-byte HAN/EA: U+3001–U+9FFF except U+4DC0–U+4DFF,
                            // and U+FF00–U+FFBF
  std::uint64_t amb2 = 0;   // leads of 2-byte AMB: U+00A1–U+00FF, U+0370–U+04FF
  std::uint64_t amb3 = 0;   // leads of 3-byte AMB: U+2000–U+2BFF minus WS, ignored and SEP
  std::uint64_t sep = 0;    // leads of U+2013, U+2014
};

// The byte tests, written once for both vector widths. Signed byte comparisons: bytes
// 0x80..0xFF are the negative values -128..-1, so continuation bytes 0x80..0xBF are < -64.
// The common tests place what Chinese prose is made of:
//   ws    0x20, or 0x09..0x0D
//   han   lead 0xE3..0xE9 with two continuation bytes, except E3 80 80 (U+3000, white space)
//         and E4 B7 xx (U+4DC0..U+4DFF, hexagram symbols: LAT); or EF BC..BE xx (U+FF00..FFBF)
//   amb3  E2 80 98/99/9C/9D/A6: ‘ ’ “ ” …
//   sep   E2 80 93/94: – —
#define ZP_CLASSIFY_COMMON(V, EQ, GT, LT, AND, OR, ANDNOT, MASK, WS, SPLAT, v0, v1, v2,          \
                           out_ascii, out_ws, out_han, out_amb3, out_sep)                        \
  do {                                                                                           \
    out_ascii = ~MASK(v0);                                                                       \
    out_ws = MASK(WS(v0));                                                                       \
    const V c1 = LT(v1, -64), c2 = LT(v2, -64), b1_80 = EQ(v1, 0x80);                            \
    const V lead = AND(GT(v0, 0xE2 - 256), LT(v0, 0xEA - 256));                                  \
    const V ideographic_space = AND(EQ(v0, 0xE3), AND(b1_80, EQ(v2, 0x80)));                      \
    const V hexagrams = AND(EQ(v0, 0xE4), EQ(v1, 0xB7));                                          \
    const V fullwidth = AND(EQ(v0, 0xEF), AND(GT(v1, 0xBB - 256), LT(v1, 0xBF - 256)));           \
    out_han = MASK(AND(OR(ANDNOT(OR(ideographic_space, hexagrams), lead), fullwidth), AND(c1, c2))); \
    const V e2_80 = AND(AND(EQ(v0, 0xE2), b1_80), c2);                                            \
    out_sep = MASK(AND(e2_80, OR(EQ(v2, 0x93), EQ(v2, 0x94))));                                   \
    /* 98, 99, 9C, 9D are the bytes b with (b & 0xFA) == 0x98 */                                 \
    out_amb3 = MASK(AND(e2_80, OR(EQ(AND(v2, SPLAT(0xFA)), 0x98), EQ(v2, 0xA6))));               \
  } while (false)

// The rarer AMB characters, tested only when a window stops before a byte that may begin one:
//   amb2  C2 A1..BF, C3 xx (U+00A1..U+00FF); CD B0..BF, CE..D3 xx (U+0370..U+04FF)
//   amb3  E2 80..AF xx (U+2000..U+2BFF) except the separators E2 80 93/94 and E2 80 80..8D
//         (U+2000..U+200D: white space, ignored), E2 80 A8/A9/AF (U+2028, U+2029, U+202F),
//         E2 81 9F (U+205F)
#define ZP_CLASSIFY_RARE(V, EQ, GT, LT, AND, OR, ANDNOT, MASK, v0, v1, v2, out_amb2, out_amb3)  \
  do {                                                                                           \
    const V c1 = LT(v1, -64), c2 = LT(v2, -64), b1_80 = EQ(v1, 0x80);                            \
    const V any_trail = OR(EQ(v0, 0xC3), AND(GT(v0, 0xCD - 256), LT(v0, 0xD4 - 256)));           \
    const V c2_lead = AND(EQ(v0, 0xC2), GT(v1, 0xA0 - 256));                                      \
    const V cd_lead = AND(EQ(v0, 0xCD), GT(v1, 0xAF - 256));                                      \
    out_amb2 = MASK(AND(OR(any_trail, OR(c2_lead, cd_lead)), c1));                               \
    const V e2 = AND(AND(EQ(v0, 0xE2), LT(v1, 0xB0 - 256)), c2);                                  \
    const V is_sep = AND(b1_80, OR(EQ(v2, 0x93), EQ(v2, 0x94)));                                  \
    const V odd_2000 = OR(OR(LT(v2, 0x8E - 256), EQ(v2, 0xA8)), OR(EQ(v2, 0xA9), EQ(v2, 0xAF)));  \
    const V excluded = OR(OR(AND(b1_80, odd_2000), AND(EQ(v1, 0x81), EQ(v2, 0x9F))), is_sep);     \
    out_amb3 = MASK(ANDNOT(excluded, e2));                                                       \
  } while (false)

// SSE2 (baseline x86-64).
ZP_INLINE __m128i splat128(int b) {
  return _mm_load_si128(reinterpret_cast<const __m128i*>(detail::word_count_splats.row[b & 0xFF]));
}
ZP_INLINE __m128i sse_eq(__m128i v, int b) { return _mm_cmpeq_epi8(v, splat128(b)); }
ZP_INLINE __m128i sse_gt(__m128i v, int b) { return _mm_cmpgt_epi8(v, splat128(b)); }
ZP_INLINE __m128i sse_lt(__m128i v, int b) { return _mm_cmplt_epi8(v, splat128(b)); }
ZP_INLINE __m128i sse_ws(__m128i v) {
  return _mm_or_si128(sse_eq(v, 0x20), _mm_and_si128(sse_gt(v, 0x08), sse_lt(v, 0x0E)));
}
ZP_INLINE std::uint64_t sse_mask(__m128i v) { return static_cast<std::uint16_t>(_mm_movemask_epi8(v)); }

ZP_INLINE WindowMasks classify_window_sse2(const unsigned char* p) {  // reads p[0..65]
  WindowMasks m;
  for (int j = 0; j < 4; ++j) {
    const unsigned char* q = p + 16 * j;
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 2));
    std::uint64_t ascii, ws, han, amb3, sep;
    ZP_CLASSIFY_COMMON(__m128i, sse_eq, sse_gt, sse_lt, _mm_and_si128, _mm_or_si128, _mm_andnot_si128,
                       sse_mask, sse_ws, splat128, v0, v1, v2, ascii, ws, han, amb3, sep);
    const int shift = 16 * j;
    m.ascii |= (ascii & 0xFFFF) << shift;
    m.ws |= ws << shift;
    m.han |= han << shift;
    m.amb3 |= amb3 << shift;
    m.sep |= sep << shift;
  }
  return m;
}

ZP_INLINE void classify_rare_sse2(const unsigned char* p, WindowMasks& m) {
  m.amb2 = m.amb3 = 0;
  for (int j = 0; j < 4; ++j) {
    const unsigned char* q = p + 16 * j;
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 2));
    std::uint64_t amb2, amb3;
    ZP_CLASSIFY_RARE(__m128i, sse_eq, sse_gt, sse_lt, _mm_and_si128, _mm_or_si128, _mm_andnot_si128,
                     sse_mask, v0, v1, v2, amb2, amb3);
    m.amb2 |= amb2 << (16 * j);
    m.amb3 |= amb3 << (16 * j);
  }
}

// AVX2, for CPUs that have it (checked at run time).
#define ZP_AVX2 __attribute__((always_inline, target("avx2,popcnt,bmi"))) inline
ZP_AVX2 __m256i splat256(int b) {
  return _mm256_load_si256(reinterpret_cast<const __m256i*>(detail::word_count_splats.row[b & 0xFF]));
}
ZP_AVX2 __m256i avx_eq(__m256i v, int b) { return _mm256_cmpeq_epi8(v, splat256(b)); }
ZP_AVX2 __m256i avx_gt(__m256i v, int b) { return _mm256_cmpgt_epi8(v, splat256(b)); }
ZP_AVX2 __m256i avx_lt(__m256i v, int b) { return _mm256_cmpgt_epi8(splat256(b), v); }
ZP_AVX2 __m256i avx_and(__m256i a, __m256i b) { return _mm256_and_si256(a, b); }
ZP_AVX2 __m256i avx_or(__m256i a, __m256i b) { return _mm256_or_si256(a, b); }
ZP_AVX2 __m256i avx_andnot(__m256i a, __m256i b) { return _mm256_andnot_si256(a, b); }
ZP_AVX2 std::uint64_t avx_mask(__m256i v) { return static_cast<std::uint32_t>(_mm256_movemask_epi8(v)); }
// ASCII white space by table: the byte equals the entry its low nibble selects (0x20 at 0,
// 0x09..0x0D at 9..13, 0 elsewhere; bytes >= 0x80 select 0).
ZP_AVX2 __m256i avx_ws(__m256i v) {
  const __m256i table = _mm256_load_si256(reinterpret_cast<const __m256i*>(detail::word_count_ws_table));
  return _mm256_cmpeq_epi8(_mm256_shuffle_epi8(table, v), v);
}

ZP_AVX2 WindowMasks classify_window_avx2(const unsigned char* p) {  // reads p[0..65]
  WindowMasks m;
  for (int j = 0; j < 2; ++j) {
    const unsigned char* q = p + 32 * j;
    const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
    const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 1));
    const __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 2));
    std::uint64_t ascii, ws, han, amb3, sep;
    ZP_CLASSIFY_COMMON(__m256i, avx_eq, avx_gt, avx_lt, avx_and, avx_or, avx_andnot, avx_mask, avx_ws,
                       splat256, v0, v1, v2, ascii, ws, han, amb3, sep);
    const int shift = 32 * j;
    m.ascii |= (ascii & 0xFFFFFFFF) << shift;
    m.ws |= ws << shift;
    m.han |= han << shift;
    m.amb3 |= amb3 << shift;
    m.sep |= sep << shift;
  }
  return m;
}

ZP_AVX2 void classify_rare_avx2(const unsigned char* p, WindowMasks& m) {
  m.amb2 = m.amb3 = 0;
  for (int j = 0; j < 2; ++j) {
    const unsigned char* q = p + 32 * j;
    const __m256i v0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q));
    const __m256i v1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 1));
    const __m256i v2 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(q + 2));
    std::uint64_t amb2, amb3;
    ZP_CLASSIFY_RARE(__m256i, avx_eq, avx_gt, avx_lt, avx_and, avx_or, avx_andnot, avx_mask, v0, v1,
                     v2, amb2, amb3);
    m.amb2 |= amb2 << (32 * j);
    m.amb3 |= amb3 << (32 * j);
  }
}
#undef ZP_CLASSIFY_COMMON
#undef ZP_CLASSIFY_RARE

/// Bytes the window's masks do not place.
ZP_INLINE std::uint64_t uncovered(const WindowMasks& m) {
  const std::uint64_t lead3 = m.han | m.amb3 | m.sep;
  return ~(m.ascii | lead3 | (lead3 << 1) | (lead3 << 2) | m.amb2 | (m.amb2 << 1));
}

/// Whether the common tests stopped before a byte that may begin one of the rarer AMB
/// characters (leads C2..D3 and E2).
ZP_INLINE bool wants_rare(const WindowMasks& m, const unsigned char* p) {
  const std::uint64_t u = uncovered(m);
  if (u == 0) return false;
  const unsigned char b = p[__builtin_ctzll(u)];
  return (b >= 0xC2 && b <= 0xD3) || b == 0xE2;
}

// ---- Counting a classified window (plain 64-bit integer code, used by both ISAs) -----------

template <bool kHardwarePopcount>
ZP_INLINE int popcount64(std::uint64_t x) {
  if constexpr (kHardwarePopcount) {
    return __builtin_popcountll(x);  // inlined into a target("popcnt") function: POPCNT
  } else {
    // Baseline x86-64 has no POPCNT instruction (the builtin would be a library call).
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
  }
}

/// Nearest-neighbour fill towards lower bits: afterwards `val` tells, for every position,
/// whether the nearest `known` position at or above it had its `val` bit, and `known` whether
/// there is one.
ZP_INLINE void fill_down(std::uint64_t& known, std::uint64_t& val) {
  for (int s = 1; s < 64; s <<= 1) {
    val |= (val >> s) & ~known;
    known |= known >> s;
  }
}

struct WindowResult {
  std::size_t consumed;
  bool needs_scalar;  // stopped before a character the window cannot place
};

/// Count the longest prefix of the window (plus the tail of a character that starts in its
/// last two bytes) made of characters the masks place. In Context mode each AMB group is
/// resolved from its neighbours inside the window (the left one may be the state's); a group
/// whose right neighbour is not in the window yet ends the window before it. Requires no
/// pending AMB characters.
template <bool kHardwarePopcount>
ZP_INLINE WindowResult count_window(const WindowMasks& m, State& s, Ambiguity mode) {
  const std::uint64_t lead3 = m.han | m.amb3 | m.sep;
  const std::uint64_t covered = ~uncovered(m);

  // End of the prefix: the first byte no recognised character covers. Every character whose
  // lead lies before it also ends before it; if all 64 are covered, a character starting at
  // byte 62 or 63 may reach into bytes 64 and 65.
  std::size_t end;
  std::uint64_t keep;
  bool needs_scalar = false;
  if (covered == ~std::uint64_t{0}) {
    end = 64 + ((lead3 >> 62) & 1) + 2 * ((lead3 >> 63) & 1) + ((m.amb2 >> 63) & 1);
    keep = ~std::uint64_t{0};
  } else {
    end = static_cast<std::size_t>(__builtin_ctzll(~covered));
    if (end == 0) return {0, true};
    keep = (std::uint64_t{1} << end) - 1;
    needs_scalar = true;
  }

  const std::uint64_t han = m.han & keep;
  std::uint64_t amb = (m.amb2 | m.amb3) & keep;
  std::uint64_t amb_ea = 0;
  if (mode == Ambiguity::EastAsian) {
    amb_ea = amb;
  } else if (mode == Ambiguity::Context) {
    // (Computed without a test for "any AMB at all": in Chinese text with quotes that test
    // would be a coin toss for the branch predictor.)
    // The characters that stop the look (everything but AMB characters), by their first
    // byte; the look passes over all other bytes (AMB characters, trail bytes).
    const std::uint64_t stop = (m.ascii | han | m.sep) & keep;
    const std::uint64_t pass = keep & ~stop;
    // Left: a carry started just after each HAN/EA lead (and at bit 0 when the character
    // before the window is HAN/EA) ripples up through the passable bytes that follow.
    const std::uint64_t carry = ((han << 1) | (s.left_ea ? 1 : 0)) & pass;
    const std::uint64_t left_ea = pass & ~(pass + carry);
    // Right: the nearest stopping character above.
    std::uint64_t right_known = stop;
    std::uint64_t right_ea = han;
    fill_down(right_known, right_ea);
    // AMB characters with nothing but AMB characters after them in the window still wait
    // for their right neighbour: end the window before the first of them. The next window
    // starts with the group (or, if this one does, the scalar path holds it as pending).
    const std::uint64_t waiting = amb & ~right_known;
    if (waiting != 0) {
      end = static_cast<std::size_t>(__builtin_ctzll(waiting));
      if (end == 0) return {0, true};
      keep = (std::uint64_t{1} << end) - 1;
      amb &= keep;
      needs_scalar = false;
    }
    amb_ea = amb & (left_ea | right_ea);
  }
  const std::uint64_t amb_lat = amb & ~amb_ea;
  const std::uint64_t lat2 = amb_lat & m.amb2;
  const std::uint64_t lat3 = amb_lat & m.amb3;
  const std::uint64_t lat_ascii = m.ascii & ~m.ws & keep;
  // Bytes of LAT characters; a LAT run starts at a LAT byte whose previous byte is not one.
  const std::uint64_t lat_bytes = (lat_ascii | lat2 | (lat2 << 1) | lat3 | (lat3 << 1) | (lat3 << 2)) & keep;
  const std::uint64_t run_starts = lat_bytes & ~((lat_bytes << 1) | (s.in_lat ? 1 : 0));

  // The first bytes of the counted characters are disjoint sets: one popcount per total.
  const std::uint64_t han_kept = han & keep;
  s.words += popcount64<kHardwarePopcount>(run_starts | han_kept | amb_ea);
  s.chars += popcount64<kHardwarePopcount>(lat_ascii | han_kept | (m.sep & keep) | amb);
  s.spaces += popcount64<kHardwarePopcount>(m.ws & keep);

  // State after the last character, the one at the highest first-byte bit kept (bit 0 always
  // is one: p is a character boundary).
  const std::uint64_t firsts = (m.ascii | lead3 | m.amb2) & keep;
  const int last = 63 - __builtin_clzll(firsts);
  s.in_lat = (lat_bytes >> last) & 1;
  s.left_ea = ((han_kept | amb_ea) >> last) & 1;
  return {end, needs_scalar};
}

// ---- Window loops, one per ISA -------------------------------------------------------------

struct VectorStop {
  const unsigned char* p;
  bool needs_scalar;  // stopped before a character the vector path cannot place
  bool miss;          // ... right at the start of a window
};

// Runs windows while at least 66 bytes remain (a window reads 66). Requires no pending AMB.
VectorStop vector_windows_sse2(const unsigned char* p, const unsigned char* end, State& state, Ambiguity mode) {
  State s = state;  // a local copy the compiler can keep in registers
  VectorStop stop{p, false, false};
  while (end - p >= 66) {
    WindowMasks m = classify_window_sse2(p);
    if (wants_rare(m, p)) classify_rare_sse2(p, m);
    const WindowResult r = count_window<false>(m, s, mode);
    p += r.consumed;
    if (r.needs_scalar) {
      stop = {p, true, r.consumed == 0};
      break;
    }
    stop.p = p;
  }
  state = s;
  return stop;
}

__attribute__((target("avx2,popcnt,bmi"))) VectorStop vector_windows_avx2(
    const unsigned char* p, const unsigned char* end, State& state, Ambiguity mode) {
  State s = state;
  VectorStop stop{p, false, false};
  while (end - p >= 66) {
    WindowMasks m = classify_window_avx2(p);
    if (wants_rare(m, p)) classify_rare_avx2(p, m);
    const WindowResult r = count_window<true>(m, s, mode);
    p += r.consumed;
    if (r.needs_scalar) {
      stop = {p, true, r.consumed == 0};
      break;
    }
    stop.p = p;
  }
  state = s;
  return stop;
}

bool cpu_has_avx2() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt") &&
           __builtin_cpu_supports("bmi");
  }();
  return has;
}
#undef ZP_INLINE
#undef ZP_AVX2
#endif

}  // namespace

CharClass classify(char32_t c) { return lookup(c); }

void Counter::add(std::string_view utf8, Ambiguity mode) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* const end = p + utf8.size();
  State s{words_, characters_, spaces_, pending_amb_, in_lat_run_, left_east_asian_};

#if ZP_WORD_COUNT_X86
  const int level = std::min<int>(vector_level_, cpu_has_avx2() ? 2 : 1);
  int misses = 0;  // consecutive times the vector path could not start
#endif

  while (p < end) {
    const unsigned char* scalar_until = end;
#if ZP_WORD_COUNT_X86
    if (level > 0) {
      if (s.pending == 0 && end - p >= 66) {
        const VectorStop v = level == 2 ? vector_windows_avx2(p, end, s, mode)
                                        : vector_windows_sse2(p, end, s, mode);
        p = v.p;
        if (p == end) break;
        if (v.needs_scalar) {
          // Stopped before a character of another kind: take it (or, after repeated misses,
          // a stretch of text) through the scalar path, then try the vector path again.
          misses = v.miss ? misses + 1 : 0;
          scalar_until = p + std::min<std::ptrdiff_t>(end - p, misses >= 2 ? 64 : 1);
        }  // else: fewer than 66 bytes left, all of them scalar
      } else {
        // Pending AMB group: on until it is resolved. Short tail: all of it.
        scalar_until = s.pending != 0 ? p : end;
      }
    }
#endif
    // Scalar path: at least one character, then on until scalar_until, and past any pending
    // AMB group (the vector path requires none).
    do {
      unsigned char b = *p;
      if (b < 0x80) {
        // ASCII: never HAN/EA, never AMB; no decoding.
        resolve(s, false);
        do {
          const std::int64_t w = kAsciiWs[b];
          s.spaces += w;
          s.chars += 1 - w;
          s.words += (1 - w) & (s.in_lat ? 0 : 1);
          s.in_lat = w == 0;
          ++p;
        } while (p < end && (b = *p) < 0x80);
        s.left_ea = false;
        continue;
      }
      std::int32_t i = 0;
      const auto len = static_cast<std::int32_t>(std::min<std::ptrdiff_t>(end - p, 4));
      UChar32 c;
      U8_NEXT(p, i, len, c);
      p += i;
      if (c < 0) {
        latin(s, i);  // each byte of the ill-formed sequence is one LAT character
      } else {
        apply(s, lookup(static_cast<char32_t>(c)), mode);
      }
    } while (p < end && (p < scalar_until || s.pending != 0));
  }

  words_ = s.words;
  characters_ = s.chars;
  spaces_ = s.spaces;
  pending_amb_ = s.pending;
  in_lat_run_ = s.in_lat;
  left_east_asian_ = s.left_ea;
}

void Counter::paragraph_break() {
  // A break stops the Context look like white space, and ends the LAT run, but is not counted.
  State s{words_, characters_, spaces_, pending_amb_, in_lat_run_, left_east_asian_};
  resolve(s, false);
  words_ = s.words;
  pending_amb_ = 0;
  in_lat_run_ = false;
  left_east_asian_ = false;
}

Counts Counter::counts() const {
  State s{words_, characters_, spaces_, pending_amb_, in_lat_run_, left_east_asian_};
  resolve(s, false);  // the end of the text stops the look
  Counts r;
  r.words = s.words;
  r.characters = s.chars;
  r.characters_with_spaces = s.chars + s.spaces;
  return r;
}

Counts count(std::string_view utf8, Ambiguity mode) {
  Counter c;
  c.add(utf8, mode);
  return c.counts();
}

}  // namespace zp::text
