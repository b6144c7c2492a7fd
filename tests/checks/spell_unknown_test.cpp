#include <gtest/gtest.h>

#include <filesystem>

#include "checks/check_fixtures.h"
#include "checks/config.h"
#include "checks/spell_unknown.h"
#include "text/spelling.h"

namespace zp::checks::testing {
namespace {

bool have_en_us() { return std::filesystem::exists(text::Spelling::system_dictionary_dir() / "en_US.dic"); }

TEST(SpellUnknown, FiresForAnUnknownLatinWordWithItsRange) {
  if (!have_en_us()) GTEST_SKIP() << "hunspell-en-us is not installed";
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", "我们推行Lean管理与KPI考核，recieve客户反馈。");
  auto fs = run_one(r, "spell.unknown");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs[0].severity, Severity::Info);
  EXPECT_NE(fs[0].message.find("recieve"), std::string::npos);
  ASSERT_TRUE(fs[0].range);
  EXPECT_EQ(fs[0].range->block, 0);
  EXPECT_EQ(fs[0].range->begin, 17);
  EXPECT_EQ(fs[0].range->end, 24);
  EXPECT_TRUE(fs[0].suggestions.empty());  // only on demand
  CheckOptions o;
  o.spelling_suggestions = true;
  fs = run_one(r, "spell.unknown", o);
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_NE(std::find(fs[0].suggestions.begin(), fs[0].suggestions.end(), "receive"), fs[0].suggestions.end());
}

TEST(SpellUnknown, SilentForKnownWordsTheReportsDictionaryAndChinese) {
  if (!have_en_us()) GTEST_SKIP() << "hunspell-en-us is not installed";
  Report r = report_for("shenzhen-2019-economic");
  write(r, "1.1", "Zhuoping 帮助 quality managers 检查报告，ISO 9001 认证，don't。");
  r.dictionary = {"zhuoping"};
  Indicator energy = indicator("Energy per unit", Direction::LowerIsBetter, {{2023, "1.2"}});
  energy.unit = "kgce";  // a unit (kg of coal equivalent) unknown to Hunspell, not a word
  r.ensure_section("1.3").blocks.push_back(table({energy}));
  EXPECT_TRUE(run_one(r, "spell.unknown").empty());
  r.dictionary.clear();
  EXPECT_EQ(run_one(r, "spell.unknown").size(), 1u);  // Zhuoping, once the dictionary is gone
  CheckOptions off;
  off.spelling = false;
  for (const Finding& f : run_checks(r, standard(r.standard_id), off)) EXPECT_NE(f.code, "spell.unknown");
}

// Which words are looked up at all, for the finding and the editor's squiggles alike.
TEST(SpellUnknown, AcronymsAndShortWordsAreNotLookedUp) {
  const CheckConfig& c = CheckConfig::builtin();
  ASSERT_TRUE(c.spelling_ignore_acronyms);
  std::vector<std::string> checked;
  for (const text::LatinWord& w : text::latin_words("推行PDCA、KPI与6σ，recieve反馈，Lean管理，x轴"))
    if (spell_checked(w, c)) checked.emplace_back(w.text);
  std::vector<std::string> want{"recieve", "Lean"};
  if (c.spelling_min_length <= 1) want.push_back("x");
  EXPECT_EQ(checked, want);
  CheckConfig all = c;
  all.spelling_ignore_acronyms = false;
  EXPECT_TRUE(spell_checked(text::latin_words("PDCA").at(0), all));
}

TEST(Spelling, FindsLatinWordsOnlyWithCodePointOffsets) {
  auto words = text::latin_words("质量Quality管理 is 好 2023年 naïve");
  std::vector<std::string> got;
  for (const auto& w : words) got.emplace_back(w.text);
  EXPECT_EQ(got, (std::vector<std::string>{"Quality", "is", "naïve"}));
  EXPECT_EQ(words[0].begin, 2);
  EXPECT_EQ(words[0].end, 9);
  EXPECT_EQ(words[2].begin, 23);
}

TEST(Spelling, OwnWordsAreAddedAndUnknownWordsGetSuggestions) {
  if (!have_en_us()) GTEST_SKIP() << "hunspell-en-us is not installed";
  text::Spelling sp;
  EXPECT_TRUE(sp.known("management"));
  EXPECT_FALSE(sp.known("Zhuoping"));
  sp.add_word("Zhuoping");
  EXPECT_TRUE(sp.known("Zhuoping"));
  EXPECT_FALSE(sp.suggest("managment").empty());
}

}  // namespace
}  // namespace zp::checks::testing
