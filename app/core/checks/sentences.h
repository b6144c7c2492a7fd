#pragma once
/// Sentence splitting for the checks (ICU's sentence break iterator: 。！？ and their Latin
/// counterparts end a sentence, so does a line break).
#include <string_view>
#include <vector>

namespace zp::checks {

/// The sentences of UTF-8 text, as views into it (trailing white space included).
std::vector<std::string_view> split_sentences(std::string_view utf8);

}  // namespace zp::checks
