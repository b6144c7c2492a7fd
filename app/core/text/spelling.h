#pragma once
/// Spelling of Latin-script words with Hunspell: the en_US dictionary from /usr/share/hunspell
/// plus the report's own dictionary. Chinese text is never given to Hunspell (it reports
/// every CJK word as misspelled): words are found with ICU's word break iterator inside the
/// runs of non-CJK text, and only words written in Latin letters are looked up.
///
/// Thread safety: the Hunspell dictionary is loaded once per process and shared; every call
/// into it is serialized by an internal mutex, so one Spelling may be used from several
/// threads (the editor checks on a worker thread while the UI thread asks for suggestions).
/// add_word() may also be called from any thread. spell() costs about 1 µs a word;
/// suggest() about 30 ms a word: keep it off the UI thread (the editor looks suggestions up on
/// its spelling thread after each check).
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace zp::text {

/// A Latin-script word found in a text: code point offsets and byte offsets.
struct LatinWord {
  int begin = 0;  ///< first code point
  int end = 0;    ///< one past the last code point
  size_t byte_begin = 0;
  size_t byte_end = 0;
  std::string_view text;  ///< view into the text passed in
};

/// The words of text that are written in Latin letters (ICU word boundaries, apostrophes kept:
/// "don't"); words with digits or other scripts are left out.
std::vector<LatinWord> latin_words(std::string_view utf8);

class HunspellDictionary;

class Spelling {
 public:
  /// en_US from the system's Hunspell directory plus the given words. If the dictionary is
  /// not installed, available() is false and every word counts as known.
  explicit Spelling(const std::vector<std::string>& own_words = {});
  /// A given .aff/.dic pair (tests); throws zp::Error (Io) when they cannot be read.
  Spelling(const std::filesystem::path& aff, const std::filesystem::path& dic,
           const std::vector<std::string>& own_words = {});

  /// Whether a Hunspell dictionary is loaded.
  bool available() const { return dictionary_ != nullptr; }
  /// Whether a word is spelled correctly (in en_US or the own words, case-insensitively for
  /// the own words).
  bool known(std::string_view word) const;
  /// Suggested corrections (slow: ~30 ms).
  std::vector<std::string> suggest(std::string_view word) const;
  /// Add a word to the own words (the report's dictionary).
  void add_word(const std::string& word);

  /// The directory holding en_US.aff/.dic (/usr/share/hunspell, or $ZHUOPING_HUNSPELL_DIR).
  static std::filesystem::path system_dictionary_dir();

 private:
  std::shared_ptr<HunspellDictionary> dictionary_;
  mutable std::mutex own_mutex_;
  std::set<std::string, std::less<>> own_;  // lower-cased
};

}  // namespace zp::text
