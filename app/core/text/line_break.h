#pragma once
/// Where a line of Chinese (and mixed Latin) text may break: ICU's line break iterator with
/// strict rules (no line starts with closing punctuation, none ends with opening punctuation,
/// Latin words and numbers such as 1,200 or 12.5% stay whole), tightened with the kinsoku
/// sets of GB/T 15834 punctuation placement. The PDF typesetter uses it through
/// io::pdf::break_lines, and so does the editor's wrapping: the screen breaks where the page
/// does.
#include <cstdint>
#include <string>
#include <vector>

namespace zp::text {

enum class BreakKind : uint8_t { None = 0, Allowed = 1, Mandatory = 2 };

/// For each position i in 0..text.size(), whether a line may (or must) break before code
/// point i. Position 0 is None; position text.size() is Mandatory.
std::vector<BreakKind> break_opportunities(const std::u32string& text);

/// Characters no line may start with (，。、；：？！）」》% …) and none may end with （「《 ….
bool forbidden_at_line_start(char32_t cp);
bool forbidden_at_line_end(char32_t cp);

}  // namespace zp::text
