#include "util/atomic_file.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <filesystem>
#include <string_view>
#include <vector>

#include "support/sample_reports.h"
#include "util/error.h"
#include "util/format.h"

namespace zp {
namespace {

namespace fs = std::filesystem;

TEST(AtomicFile, WritesAndReplaces) {
  std::string dir = testing::temp_dir("atomic");
  write_file_atomically(dir + "/f.txt", "one");
  write_file_atomically(dir + "/f.txt", "two", {true});
  EXPECT_EQ(read_file(dir + "/f.txt"), "two");
  EXPECT_EQ(read_file(dir + "/f.txt.bak"), "one");
  fs::remove_all(dir);
}

TEST(AtomicFile, FullDiskLeavesOldFileAndNoTemporary) {
  std::string dir = testing::temp_dir("full");
  write_file_atomically(dir + "/f.txt", "precious");
  inject_write_failure_for_testing(ENOSPC);
  try {
    write_file_atomically(dir + "/f.txt", "new text");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Io);
    EXPECT_NE(std::string(e.what()).find("f.txt"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("unchanged"), std::string::npos);
  }
  EXPECT_EQ(read_file(dir + "/f.txt"), "precious");
  int files = 0;
  for (auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 1);  // the temporary file is gone
  fs::remove_all(dir);
}

// Written chunk by chunk (a report's package read back from libzip a megabyte at a time):
// the file is the chunks in order; a chunk source that fails leaves the old file and no
// temporary file.
TEST(AtomicFile, ChunkByChunk) {
  std::string dir = testing::temp_dir("chunks");
  const std::vector<std::string> chunks{"质量", std::string(3 << 20, 'x'), "。"};
  size_t next = 0;
  write_file_atomically(dir + "/f.txt", [&]() -> std::string_view { return next < chunks.size() ? chunks[next++] : std::string_view(); });
  EXPECT_EQ(read_file(dir + "/f.txt"), chunks[0] + chunks[1] + chunks[2]);
  next = 0;
  EXPECT_THROW(write_file_atomically(dir + "/f.txt",
                                     [&]() -> std::string_view {
                                       if (next++ == 1) throw Error(ErrorCode::Io, "f.txt", "the source failed");
                                       return chunks[0];
                                     }),
               Error);
  EXPECT_EQ(read_file(dir + "/f.txt"), chunks[0] + chunks[1] + chunks[2]);
  size_t files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 1u) << "a temporary file was left behind";
  fs::remove_all(dir);
}

TEST(AtomicFile, UnwritableDirectoryIsAClearError) {
  EXPECT_THROW(write_file_atomically("/nonexistent-zp-dir/f.txt", "data"), Error);
}

TEST(AtomicFile, ReadingMissingFileNamesIt) {
  try {
    read_file("/tmp/zp-no-such-file.txt");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.file(), "/tmp/zp-no-such-file.txt");
  }
}

TEST(Format, PositionalArguments) {
  EXPECT_EQ(format("{1} of {0}", 3, "x"), "x of 3");
  EXPECT_EQ(format("{{literal}}"), "{literal}");
  EXPECT_EQ(format("{5}", 1), "{5}");
  EXPECT_EQ(group_digits(30000), "30,000");
  EXPECT_EQ(group_digits(-1234567), "-1,234,567");
  EXPECT_EQ(group_digits(12), "12");
}

}  // namespace
}  // namespace zp
