// Conformance: every text of every built-in standard occurs in the seed documents it was
// encoded from (../shared/seeds), once white space and conversion markers are removed.
// Skips when the shared folder is not beside the project.
#include <gtest/gtest.h>

#include <filesystem>
#include <regex>

#include "standards/library.h"
#include "util/atomic_file.h"

namespace zp::standards {
namespace {

namespace fs = std::filesystem;

// Remove ASCII and Unicode white space (U+00A0, U+3000, U+2000–U+200B, U+FEFF) and the
// "[bookmark: …]" markers the conversion left.
std::string squeeze(const std::string& s) {
  static const std::regex bookmark(R"(\[bookmark: [^\]]*\])");
  std::string t = std::regex_replace(s, bookmark, "");
  std::string out;
  for (size_t i = 0; i < t.size();) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      ++i;
      continue;
    }
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) {
      i += 2;
      continue;
    }
    if (c == 0xE3 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
        static_cast<unsigned char>(t[i + 2]) == 0x80) {
      i += 3;
      continue;
    }
    if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80 &&
        static_cast<unsigned char>(t[i + 2]) <= 0x8B) {
      i += 3;
      continue;
    }
    if (c == 0xEF && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xBB &&
        static_cast<unsigned char>(t[i + 2]) == 0xBF) {
      i += 3;
      continue;
    }
    out += t[i++];
  }
  return out;
}

fs::path seeds_dir() { return fs::path(ZP_SHARED_DIR) / "seeds"; }

std::string seed_text(const std::string& name) {
  if (name.empty()) return {};
  fs::path p = seeds_dir() / name;
  if (!fs::exists(p)) return {};
  return squeeze(read_file(p));
}

TEST(SeedConformance, EveryTextOfEveryStandardOccursInItsSeeds) {
  if (!fs::is_directory(seeds_dir())) GTEST_SKIP() << "no shared seeds beside the project";
  int checked = 0;
  for (const Standard* st : Library::instance().all()) {
    if (st->origin.rfind("built-in:", 0) != 0) continue;
    std::string corpus = seed_text(st->source_seed) + seed_text(st->source_also);
    for (const Guide& g : st->guides) corpus += seed_text(g.source);
    ASSERT_FALSE(corpus.empty()) << st->id << ": seed " << st->source_seed << " not found";
    auto expect_in_seed = [&](const std::string& what, const std::string& text) {
      std::string t = squeeze(text);
      if (t.empty()) return;
      ++checked;
      EXPECT_NE(corpus.find(t), std::string::npos) << st->id << " " << what << ": " << text;
    };
    auto check_guide = [&](const Guide& g, const std::string& where) {
      for (const Band& b : g.bands) {
        expect_in_seed(where + " band label", b.label);
        for (const BandDescriptor& d : b.descriptors) expect_in_seed(where + " descriptor", d.text);
      }
      for (const std::string& f : g.footnotes) expect_in_seed(where + " footnote", f);
    };
    for (const Guide& g : st->guides) check_guide(g, "guide " + g.id);
    for (const Clause& c : st->clauses) {
      expect_in_seed("title of " + c.id, c.title);
      for (const auto& a : c.aliases) expect_in_seed("alias of " + c.id, a);
      for (const auto& r : c.requirements) expect_in_seed(r.label + " of " + c.id, r.text);
      for (const auto& p : c.points_list) {
        expect_in_seed("point of " + c.id, p.text);
        if (!p.name.empty()) expect_in_seed("point name of " + c.id, p.name);
      }
      for (const auto& i : c.indicators) expect_in_seed("indicator of " + c.id, i.name);
      if (c.local_guide) check_guide(*c.local_guide, "guide of " + c.id);
    }
  }
  EXPECT_GT(checked, 1000);
}

TEST(SeedConformance, SqueezeRemovesWhiteSpaceAndMarkers) {
  EXPECT_EQ(squeeze("5. 2. 1 概述"), "5.2.1概述");
  EXPECT_EQ(squeeze("规划定\n\t位"), "规划定位");
  EXPECT_EQ(squeeze("a[bookmark: _Toc123]b"), "ab");
  EXPECT_EQ(squeeze("甲\u3000乙\u00a0丙"), "甲乙丙");
}

}  // namespace
}  // namespace zp::standards
