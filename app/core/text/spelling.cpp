#include "text/spelling.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>
#include <hunspell/hunspell.hxx>

#include <cstdlib>

#include "text/word_count.h"
#include "util/error.h"
#include "util/i18n.h"

namespace zp::text {

/// One loaded Hunspell dictionary; Hunspell itself is not safe to call from two threads at
/// once, so every call goes through the mutex.
class HunspellDictionary {
 public:
  HunspellDictionary(const std::filesystem::path& aff, const std::filesystem::path& dic)
      : hunspell_(aff.c_str(), dic.c_str()) {}
  bool spell(const std::string& w) {
    std::lock_guard<std::mutex> lock(mutex_);
    return hunspell_.spell(w);
  }
  std::vector<std::string> suggest(const std::string& w) {
    std::lock_guard<std::mutex> lock(mutex_);
    return hunspell_.suggest(w);
  }

 private:
  std::mutex mutex_;
  Hunspell hunspell_;
};

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::shared_ptr<HunspellDictionary> load(const std::filesystem::path& aff, const std::filesystem::path& dic) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(aff, ec))
    throw Error(ErrorCode::Io, aff.string(), ZP_("cannot read the spelling dictionary"));
  if (!std::filesystem::is_regular_file(dic, ec))
    throw Error(ErrorCode::Io, dic.string(), ZP_("cannot read the spelling dictionary"));
  return std::make_shared<HunspellDictionary>(aff, dic);
}

// The system en_US, loaded on first use and shared by every Spelling (loading takes ~100 ms).
std::shared_ptr<HunspellDictionary> system_dictionary() {
  static const std::shared_ptr<HunspellDictionary> shared = []() -> std::shared_ptr<HunspellDictionary> {
    auto dir = Spelling::system_dictionary_dir();
    try {
      return load(dir / "en_US.aff", dir / "en_US.dic");
    } catch (const Error&) {
      return nullptr;  // not installed: spelling is simply not checked
    }
  }();
  return shared;
}

bool is_cjk(char32_t c) {
  CharClass k = classify(c);
  return k == CharClass::Han || k == CharClass::EastAsian;
}

// Whether a word (ICU boundaries) is made of Latin letters, with apostrophes or hyphens
// inside allowed.
bool latin_only(std::string_view w) {
  bool letter = false;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(w.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(w.data(), i, n, c);
    if (c < 0) return false;
    if (c == '\'' || c == 0x2019 || c == '-') continue;
    UErrorCode st = U_ZERO_ERROR;
    if (!u_isalpha(c) || uscript_getScript(c, &st) != USCRIPT_LATIN) return false;
    letter = true;
  }
  return letter;
}

}  // namespace

std::vector<LatinWord> latin_words(std::string_view utf8) {
  std::vector<LatinWord> out;
  // Most Chinese paragraphs have no Latin letter at all: an ASCII letter, or the lead byte of
  // Latin-1 Supplement/Extended (C3–C9) or Latin Extended Additional (E1 B8–BB), must occur.
  bool maybe_latin = false;
  for (size_t k = 0; k < utf8.size() && !maybe_latin; ++k) {
    const auto c = static_cast<unsigned char>(utf8[k]);
    maybe_latin = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0xC3 && c <= 0xC9) ||
                  (c == 0xE1 && k + 1 < utf8.size() && static_cast<unsigned char>(utf8[k + 1]) >= 0xB8 &&
                   static_cast<unsigned char>(utf8[k + 1]) <= 0xBB);
  }
  if (!maybe_latin) return out;
  // Find the runs of non-CJK text holding an ASCII or Latin letter; only those go through
  // ICU's word breaker (its dictionary segmentation of Chinese would be wasted work here).
  const int32_t n = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  int cp = 0;  // code points before i
  // One word breaker per thread, reused (creating one clones ICU's rules each time).
  thread_local std::unique_ptr<icu::BreakIterator> words;
  auto peek = [&](int32_t at, int32_t& next) {
    UChar32 c;
    next = at;
    U8_NEXT(utf8.data(), next, n, c);
    return c;
  };
  while (i < n) {
    int32_t next = i;
    while (i < n) {  // skip CJK text
      UChar32 c = peek(i, next);
      if (c < 0 || !is_cjk(static_cast<char32_t>(c))) break;
      i = next;
      ++cp;
    }
    const int32_t run_start = i;
    const int run_cp = cp;
    bool has_letter = false;
    while (i < n) {
      UChar32 c = peek(i, next);
      if (c >= 0 && is_cjk(static_cast<char32_t>(c))) break;
      if (c >= 0 && u_isalpha(c)) has_letter = true;
      i = next;
      ++cp;
    }
    int32_t run_end = i;
    if (!has_letter || run_end <= run_start) continue;
    std::string_view run = utf8.substr(static_cast<size_t>(run_start), static_cast<size_t>(run_end - run_start));
    UErrorCode status = U_ZERO_ERROR;
    if (!words) words.reset(icu::BreakIterator::createWordInstance(icu::Locale::getUS(), status));
    UText* ut = utext_openUTF8(nullptr, run.data(), static_cast<int64_t>(run.size()), &status);
    if (U_FAILURE(status) || !words) {
      if (ut) utext_close(ut);
      break;
    }
    words->setText(ut, status);
    int32_t b = words->first();
    int b_cp = run_cp;
    for (int32_t e = words->next(); e != icu::BreakIterator::DONE; b = e, e = words->next()) {
      std::string_view w = run.substr(static_cast<size_t>(b), static_cast<size_t>(e - b));
      int w_cp = 0;
      for (char ch : w)
        if ((static_cast<unsigned char>(ch) & 0xC0) != 0x80) ++w_cp;
      if (words->getRuleStatus() >= UBRK_WORD_LETTER && words->getRuleStatus() < UBRK_WORD_LETTER_LIMIT &&
          latin_only(w)) {
        LatinWord lw;
        lw.begin = b_cp;
        lw.end = b_cp + w_cp;
        lw.byte_begin = static_cast<size_t>(run_start + b);
        lw.byte_end = static_cast<size_t>(run_start + e);
        lw.text = w;
        out.push_back(lw);
      }
      b_cp += w_cp;
    }
    utext_close(ut);
  }
  return out;
}

std::filesystem::path Spelling::system_dictionary_dir() {
  if (const char* d = std::getenv("ZHUOPING_HUNSPELL_DIR"); d && *d) return d;
  return "/usr/share/hunspell";
}

Spelling::Spelling(const std::vector<std::string>& own_words) : dictionary_(system_dictionary()) {
  for (const auto& w : own_words) own_.insert(lower_ascii(w));
}

Spelling::Spelling(const std::filesystem::path& aff, const std::filesystem::path& dic,
                   const std::vector<std::string>& own_words)
    : dictionary_(load(aff, dic)) {
  for (const auto& w : own_words) own_.insert(lower_ascii(w));
}

bool Spelling::known(std::string_view word) const {
  if (!dictionary_) return true;
  {
    std::lock_guard<std::mutex> lock(own_mutex_);
    if (!own_.empty() && own_.count(lower_ascii(word))) return true;
  }
  return dictionary_->spell(std::string(word));
}

std::vector<std::string> Spelling::suggest(std::string_view word) const {
  if (!dictionary_) return {};
  return dictionary_->suggest(std::string(word));
}

void Spelling::add_word(const std::string& word) {
  std::lock_guard<std::mutex> lock(own_mutex_);
  own_.insert(lower_ascii(word));
}

}  // namespace zp::text
