// Word's own statistics on real documents (ZP_SHARED_DIR/corpus/word-count): the counter
// must reproduce 字数 and, where the manifest gives them, both 字符数 exactly.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/docx/docx_word_count.h"

namespace {

namespace fs = std::filesystem;

struct Entry {
  std::string file;
  long words = -1, characters = -1, with_spaces = -1;
};

std::vector<Entry> manifest(const fs::path& dir) {
  std::vector<Entry> out;
  std::ifstream in(dir / "manifest.tsv");
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t')) f.push_back(cell);
    while (f.size() < 9) f.emplace_back();
    Entry e;
    e.file = f[0];
    auto num = [](const std::string& s) { return s.empty() ? -1L : std::stol(s); };
    e.words = num(f[6]);
    e.characters = num(f[7]);
    e.with_spaces = num(f[8]);
    out.push_back(e);
  }
  return out;
}

TEST(DocxCorpusConformance, WordStatisticsMatchExactly) {
  fs::path dir = fs::path(ZP_SHARED_DIR) / "corpus" / "word-count";
  if (!fs::exists(dir / "manifest.tsv")) GTEST_SKIP() << "no Word corpus at " << dir;
  auto entries = manifest(dir);
  ASSERT_FALSE(entries.empty());
  for (const Entry& e : entries) {
    SCOPED_TRACE(e.file);
    auto c = zp::io::docx::count_docx(dir / e.file);
    EXPECT_EQ(c.body.words, e.words) << e.file << " 字数";
    if (e.characters >= 0) {
      EXPECT_EQ(c.body.characters, e.characters) << e.file << " 字符数(不计空格)";
    }
    if (e.with_spaces >= 0) {
      EXPECT_EQ(c.body.characters_with_spaces, e.with_spaces) << e.file << " 字符数(计空格)";
    }
  }
}

}  // namespace
