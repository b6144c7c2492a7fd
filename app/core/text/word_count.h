#pragma once
/// Counting 字数 exactly as Microsoft Word does (see README "How counting follows Word").
/// 字数 = HAN + EA + number of maximal runs of LAT characters; 字符数(不计空格) = every
/// counted character that is not white space; 字符数(计空格) = that plus white space.
#include <cstdint>
#include <string_view>

namespace zp::text {

/// The three statistics of Word's 字数 dialog.
struct Counts {
  std::int64_t words = 0;                   ///< 字数
  std::int64_t characters = 0;              ///< 字符数(不计空格)
  std::int64_t characters_with_spaces = 0;  ///< 字符数(计空格)

  Counts& operator+=(const Counts& o) {
    words += o.words;
    characters += o.characters;
    characters_with_spaces += o.characters_with_spaces;
    return *this;
  }
  friend Counts operator+(Counts a, const Counts& b) { return a += b; }
  friend bool operator==(const Counts&, const Counts&) = default;
};

/// How ambiguous-width characters (AMB: “ ” … · × ① and friends) are classified.
enum class Ambiguity {
  Context,    ///< East Asian when the nearest non-AMB neighbour before or after is HAN or EA
              ///< (text typed in Zhuoping)
  EastAsian,  ///< always East Asian (a .docx run with w:hint="eastAsia")
  Latin,      ///< never East Asian (a .docx run without the hint)
};

/// Count one piece of UTF-8 text. Invalid UTF-8 bytes count as one LAT character each.
Counts count(std::string_view utf8, Ambiguity mode = Ambiguity::Context);

/// Streaming counter for text that arrives in pieces (runs of a .docx paragraph, blocks of
/// a report). A run of LAT characters continues across add() calls until white space, a
/// separator or a break() ends it, so "Wo" + "rd" counts as one word, as Word does.
class Counter {
 public:
  /// Add a piece of text classified with the given mode. In Context mode, AMB characters
  /// are resolved against neighbours within the same Counter, across pieces.
  void add(std::string_view utf8, Ambiguity mode = Ambiguity::Context);
  /// End of a paragraph or cell: ends any LAT run (like white space, but not counted).
  void paragraph_break();
  /// The statistics so far (resolves any pending AMB characters).
  Counts counts() const;

 private:
  // Running totals. characters_ excludes white space; spaces_ is the white space.
  std::int64_t words_ = 0;
  std::int64_t characters_ = 0;
  std::int64_t spaces_ = 0;
  // Context-mode AMB characters waiting for their right-hand neighbour. They are already
  // counted in characters_; whether they add pending_amb_ words (East Asian) or join a LAT
  // run is decided when the next non-AMB, non-ignored character (or a break) arrives.
  std::int64_t pending_amb_ = 0;
  bool in_lat_run_ = false;   // the last counted character was LAT: a LAT run is open
  bool left_east_asian_ = false;  // last non-AMB, non-ignored character was HAN/EA
                                  // (false after white space and breaks: they stop the look)
  // Highest vector path to use: 0 scalar only, 1 SSE2, 2 AVX2 (when the CPU has it). Tests
  // and benchmarks lower it to compare the paths.
  std::uint8_t vector_level_ = 2;
  friend struct CounterAccess;
};

/// Character classes of the rule (exposed for tests and for the editor's incremental count).
enum class CharClass { Ignored, Space, Han, EastAsian, Separator, Ambiguous, Latin };
CharClass classify(char32_t c);

/// True when c lies beyond the Basic Multilingual Plane (PoDoFo 0.9.8 cannot draw it).
inline bool is_non_bmp(char32_t c) { return c > 0xFFFF; }

}  // namespace zp::text
