#pragma once
/// Recognising clause headings in a draft and mapping them onto a standard's clauses:
/// "1.1 文化引领", "1.1文化引领", "1.1、文化引领", "5. 2. 1 概述", full-width digits, a
/// trailing points note "（20分）", category headings "一、领导" / "1 领导" / "第一部分 领导".
/// Matched by number first, by title (or an alias) when the number is missing or wrong.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "standards/standard.h"

namespace zp::io::docx {

/// A heading's text taken apart.
struct HeadingText {
  std::string number;  ///< "1.1", "5.2.1", "1" (from 一、 as well); "" when none
  std::string title;   ///< without the number and the points note
  bool chinese_number = false;  ///< written 一、 or 第一部分
  bool points_note = false;     ///< had （20分）
};

/// Take a paragraph's text apart (any paragraph; the number may be missing).
HeadingText parse_heading(std::string_view text);

/// Whether a paragraph without a heading style looks like a heading: it starts with a
/// clause number, is short and is not a sentence.
bool looks_like_heading(const HeadingText& h, std::string_view full_text);

enum class MatchHow { None, NumberAndTitle, Number, Title };

struct HeadingMatch {
  const standards::Clause* clause = nullptr;
  MatchHow how = MatchHow::None;
  std::string note;  ///< why a number was overruled, or the title differs
  bool exact_title = false;  ///< the title is the clause's title or an alias, not just close
};

/// How strongly the paragraph's form says "heading".
enum class Evidence {
  Plain,   ///< body text that starts with a number: only an exact title makes it a heading
  Bold,    ///< a bold paragraph: a title close to the clause's will do
  Styled,  ///< a heading style: the number alone will do, whatever the title
};

/// The compact keys (see compact_key) of a standard's clause titles and aliases, worked out
/// once for matching many headings against it. Refers to st, which must outlive it.
class TitleKeys {
 public:
  explicit TitleKeys(const standards::Standard& st);
  const standards::Standard& standard() const { return st_; }
  /// The key of a clause of this standard.
  const std::string& title(const standards::Clause& c) const { return titles_[index(c)]; }
  const std::vector<std::string>& aliases(const standards::Clause& c) const { return aliases_[index(c)]; }

 private:
  size_t index(const standards::Clause& c) const;
  const standards::Standard& st_;
  std::vector<std::string> titles_;
  std::vector<std::vector<std::string>> aliases_;
};

/// Map a heading onto a clause.
HeadingMatch match_heading(const HeadingText& h, const standards::Standard& st, Evidence evidence);
/// The same with the standard's keys worked out beforehand (for many headings).
HeadingMatch match_heading(const HeadingText& h, const TitleKeys& keys, Evidence evidence);

// ---- text helpers shared by the docx reader ----
/// Full-width ASCII (Ａ１．) folded to ASCII, U+3000 to a space.
std::string fold_width(std::string_view s);
/// Trim ASCII and ideographic white space.
std::string trim(std::string_view s);
/// For comparing titles: folded, without white space and punctuation.
std::string compact_key(std::string_view s);
/// Number of code points.
size_t utf8_length(std::string_view s);

}  // namespace zp::io::docx
