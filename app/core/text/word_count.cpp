#include "text/word_count.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

#if defined(__SSE2__) && defined(__x86_64__)
#include <emmintrin.h>
#define ZP_WORD_COUNT_SSE2 1
#endif

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
// Speed: a 16-byte SSE2 block path handles any mix of ASCII and the common 3-byte HAN / EA
// characters (U+3001–U+3FFF, U+4000–U+9FFF, U+FF00–U+FFBF) without decoding; everything else
// goes through the scalar path: an ASCII loop without decoding, and U8_NEXT plus a two-level
// class table for the rest. Nothing allocates.

namespace zp::text {
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

#if ZP_WORD_COUNT_SSE2
inline int popcount64(std::uint64_t x) {
  // Baseline x86-64 has no POPCNT instruction; this is what it would do.
  x -= (x >> 1) & 0x5555555555555555ULL;
  x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
  return static_cast<int>((x * 0x0101010101010101ULL) >> 56);
}

inline __m128i byte_eq(__m128i v, int b) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(static_cast<char>(b))); }
// Signed byte comparisons: bytes 0x80..0xFF are the negative values -128..-1.
inline __m128i byte_gt(__m128i v, int b) { return _mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(b))); }
inline __m128i byte_lt(__m128i v, int b) { return _mm_cmplt_epi8(v, _mm_set1_epi8(static_cast<char>(b))); }
inline __m128i vand(__m128i a, __m128i b) { return _mm_and_si128(a, b); }
inline __m128i vor(__m128i a, __m128i b) { return _mm_or_si128(a, b); }
inline __m128i vandnot(__m128i a, __m128i b) { return _mm_andnot_si128(a, b); }  // ~a & b
inline std::uint64_t bits(__m128i v) { return static_cast<std::uint16_t>(_mm_movemask_epi8(v)); }

/// Per-byte masks of a 64-byte window; bit i describes the byte at p + i. A "lead" bit marks
/// the first byte of a well-formed character of that kind.
struct WindowMasks {
  std::uint64_t ascii = 0;  // ASCII bytes
  std::uint64_t ws = 0;     // ASCII white space
  std::uint64_t han = 0;    // leads of 3-byte HAN/EA: U+3001–U+3FFF, U+4000–U+9FFF except
                            // U+4DC0–U+4DFF, U+FF00–U+FFBF
  std::uint64_t amb2 = 0;   // leads of 2-byte AMB: U+00A1–U+00FF, U+0370–U+04FF
  std::uint64_t amb3 = 0;   // leads of 3-byte AMB: U+2000–U+2BFF minus WS, ignored and SEP
  std::uint64_t sep = 0;    // leads of U+2013, U+2014
};

/// Classify the 64 bytes at p. Reads p[0] .. p[65].
inline WindowMasks classify_window(const unsigned char* p) {
  WindowMasks m;
  for (int j = 0; j < 4; ++j) {
    const unsigned char* q = p + 16 * j;
    const __m128i v0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q));
    const __m128i v1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 1));
    const __m128i v2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(q + 2));
    const int shift = 16 * j;

    m.ascii |= (~bits(v0) & 0xFFFF) << shift;
    const __m128i ws = vor(byte_eq(v0, 0x20), vand(byte_gt(v0, 0x08), byte_lt(v0, 0x0E)));
    m.ws |= bits(ws) << shift;

    // Continuation bytes 0x80..0xBF are the signed values -128..-65.
    const __m128i c1 = byte_lt(v1, -64);
    const __m128i c2 = byte_lt(v2, -64);
    const __m128i c12 = vand(c1, c2);
    const __m128i b1_80 = byte_eq(v1, 0x80);

    // Leads 0xE3..0xE9 (U+3000..U+9FFF) are HAN/EA except U+3000 (E3 80 80, white space)
    // and U+4DC0..U+4DFF (E4 B7 xx, hexagram symbols: LAT). EF BC..BE xx is U+FF00..U+FFBF.
    const __m128i lead = vand(byte_gt(v0, 0xE2 - 256), byte_lt(v0, 0xEA - 256));
    const __m128i ideographic_space = vand(byte_eq(v0, 0xE3), vand(b1_80, byte_eq(v2, 0x80)));
    const __m128i hexagrams = vand(byte_eq(v0, 0xE4), byte_eq(v1, 0xB7));
    const __m128i fullwidth = vand(byte_eq(v0, 0xEF), vand(byte_gt(v1, 0xBB - 256), byte_lt(v1, 0xBF - 256)));
    const __m128i han = vand(vor(vandnot(vor(ideographic_space, hexagrams), lead), fullwidth), c12);
    m.han |= bits(han) << shift;

    // C2 A1..BF, C3 xx: U+00A1..U+00FF. CD B0..BF, CE..D3 xx: U+0370..U+04FF.
    const __m128i any_trail = vor(byte_eq(v0, 0xC3), vand(byte_gt(v0, 0xCD - 256), byte_lt(v0, 0xD4 - 256)));
    const __m128i c2_lead = vand(byte_eq(v0, 0xC2), byte_gt(v1, 0xA0 - 256));
    const __m128i cd_lead = vand(byte_eq(v0, 0xCD), byte_gt(v1, 0xAF - 256));
    const __m128i amb2 = vand(vor(any_trail, vor(c2_lead, cd_lead)), c1);
    m.amb2 |= bits(amb2) << shift;

    // E2 80..AF xx: U+2000..U+2BFF. Taken out: E2 80 80..8D (U+2000..U+200D: white space
    // and ignored), E2 80 A8, A9, AF (U+2028, U+2029, U+202F), E2 81 9F (U+205F); E2 80 93,
    // 94 are the separators.
    const __m128i e2 = vand(vand(byte_eq(v0, 0xE2), byte_lt(v1, 0xB0 - 256)), c2);
    const __m128i sep = vand(vand(e2, b1_80), vor(byte_eq(v2, 0x93), byte_eq(v2, 0x94)));
    const __m128i odd_2000 = vor(vor(byte_lt(v2, 0x8E - 256), byte_eq(v2, 0xA8)), vor(byte_eq(v2, 0xA9), byte_eq(v2, 0xAF)));
    const __m128i excluded = vor(vand(b1_80, odd_2000), vand(byte_eq(v1, 0x81), byte_eq(v2, 0x9F)));
    m.sep |= bits(sep) << shift;
    m.amb3 |= bits(vandnot(vor(excluded, sep), e2)) << shift;
  }
  return m;
}

/// Nearest-neighbour fill towards lower bits: for every position, whether the nearest `known`
/// position at or above it has its `val` bit set; `known` comes back as "some known position
/// at or above".
inline void fill_down(std::uint64_t& known, std::uint64_t& val) {
  for (int s = 1; s < 64; s <<= 1) {
    val |= (val >> s) & ~known;
    known |= known >> s;
  }
}

struct WindowResult {
  std::size_t consumed;
  bool needs_scalar;  // stopped before a character the window cannot handle
};

/// Count the longest prefix of the 64 bytes at p (plus the tail of a character that starts in
/// them) made of ASCII, the common HAN/EA characters, AMB characters of U+00A1–U+04FF and
/// U+2000–U+2BFF, and the separators. In Context mode each AMB group is resolved from its
/// neighbours inside the window (the left one may be the state's); a group with no right
/// neighbour yet ends the window before it. Needs 66 readable bytes and no pending AMB.
inline WindowResult count_window(const unsigned char* p, State& s, Ambiguity mode) {
  const WindowMasks m = classify_window(p);
  const std::uint64_t lead3 = m.han | m.amb3 | m.sep;
  const std::uint64_t covered = m.ascii | lead3 | (lead3 << 1) | (lead3 << 2) | m.amb2 | (m.amb2 << 1);

  // End of the prefix: the first byte no recognised character covers. Every character whose
  // lead lies before it ends before it; if all 64 are covered, a character starting at byte
  // 62 or 63 may reach into bytes 64, 65.
  std::size_t end;
  std::uint64_t keep;
  if (covered == ~std::uint64_t{0}) {
    end = 64 + ((lead3 >> 62) & 1) + 2 * ((lead3 >> 63) & 1) + ((m.amb2 >> 63) & 1);
    keep = ~std::uint64_t{0};
  } else {
    end = static_cast<std::size_t>(__builtin_ctzll(~covered));
    if (end == 0) return {0, true};
    keep = (std::uint64_t{1} << end) - 1;
  }
  const bool needs_scalar = end < 64;

  const std::uint64_t lat_ascii = m.ascii & ~m.ws & keep;
  const std::uint64_t han = m.han & keep;
  std::uint64_t amb = (m.amb2 | m.amb3) & keep;
  std::uint64_t amb_ea = 0;
  bool return_without_scalar = false;
  if (amb != 0) {
    if (mode == Ambiguity::EastAsian) {
      amb_ea = amb;
    } else if (mode == Ambiguity::Context) {
      // Characters that are not AMB; the look passes over everything else (AMB characters and
      // trail bytes).
      const std::uint64_t other = (m.ascii | han | m.sep) & keep;
      const std::uint64_t pass = keep & ~other;
      // Left: a carry started just after each HAN/EA lead (and at bit 0 when the character
      // before the window is HAN/EA) ripples up through the passable bytes after it.
      const std::uint64_t start = (han << 1) | (s.left_ea ? 1 : 0);
      const std::uint64_t left_ea = pass & ~(pass + (start & pass));
      // Right: the nearest non-AMB character above.
      std::uint64_t known = other;
      std::uint64_t right_ea = han;
      fill_down(known, right_ea);
      // AMB characters with no non-AMB character above them in the window are still waiting
      // for their right neighbour: end the window before the first of them.
      const std::uint64_t waiting = amb & ~known;
      if (waiting != 0) {
        end = static_cast<std::size_t>(__builtin_ctzll(waiting));
        keep = (std::uint64_t{1} << end) - 1;
        amb &= keep;
        // The next window starts with the group. When it already does, the scalar path takes
        // the group as pending.
        if (end == 0) return {0, true};
        return_without_scalar = true;
      }
      amb_ea = amb & (left_ea | right_ea);
    }
  }
  const std::uint64_t amb_lat = amb & ~amb_ea;
  const std::uint64_t lat2 = amb_lat & m.amb2;
  const std::uint64_t lat3 = amb_lat & m.amb3;
  // Bytes of LAT characters; a LAT run starts at a LAT byte whose previous byte is not one.
  const std::uint64_t lat_bytes =
      (lat_ascii | lat2 | (lat2 << 1) | lat3 | (lat3 << 1) | (lat3 << 2)) & keep;
  const std::uint64_t run_starts = lat_bytes & ~((lat_bytes << 1) | (s.in_lat ? 1 : 0));
  // Leads (or ASCII bytes) of the counted characters are disjoint, so one popcount each.
  const std::uint64_t han_kept = han & keep;
  s.words += popcount64(run_starts | han_kept | amb_ea);
  s.chars += popcount64(lat_ascii | han_kept | (m.sep & keep) | amb);
  s.spaces += popcount64(m.ws & keep);

  // State after the last character (the one starting at the highest lead bit kept; bit 0 is
  // always one, as p is a character boundary).
  const std::uint64_t leads = (m.ascii | lead3 | m.amb2) & keep;
  const int last = 63 - __builtin_clzll(leads);
  s.in_lat = (lat_bytes >> last) & 1;
  s.left_ea = ((han_kept | amb_ea) >> last) & 1;
  return {end, needs_scalar && !return_without_scalar};
}
#endif

}  // namespace

CharClass classify(char32_t c) { return lookup(c); }

void Counter::add(std::string_view utf8, Ambiguity mode) {
  const auto* p = reinterpret_cast<const unsigned char*>(utf8.data());
  const auto* const end = p + utf8.size();
  State s{words_, characters_, spaces_, pending_amb_, in_lat_run_, left_east_asian_};

#if ZP_WORD_COUNT_SSE2
  const bool simd = use_simd_;
  int misses = 0;  // consecutive windows the vector path could not start
#endif

  while (p < end) {
    const unsigned char* scalar_until = end;
#if ZP_WORD_COUNT_SSE2
    if (simd) {
      if (s.pending == 0 && end - p >= 66) {
        const WindowResult r = count_window(p, s, mode);
        p += r.consumed;
        if (!r.needs_scalar) {
          misses = 0;
          continue;
        }
        // Stopped before a character of another kind: take it (or, after repeated misses,
        // a stretch of text) through the scalar path, then try the vector path again.
        misses = r.consumed == 0 ? misses + 1 : 0;
        scalar_until = p + std::min<std::ptrdiff_t>(end - p, misses >= 2 ? 64 : 1);
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
