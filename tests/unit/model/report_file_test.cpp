#include "model/report_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "model/report_factory.h"
#include "standards/library.h"
#include "support/sample_reports.h"
#include "util/atomic_file.h"
#include "util/error.h"
#include "util/zip_archive.h"

namespace zp::model {
namespace {

namespace fs = std::filesystem;
using zp::testing::rich_report;
using zp::testing::temp_dir;

TEST(ReportFile, XmlRoundTripKeepsEverything) {
  Report r = rich_report();
  r.media.begin()->second.data.clear();  // media bytes live outside report.xml
  Report back = report_from_xml(report_to_xml(r), "mem");
  EXPECT_EQ(back, r);
}

TEST(ReportFile, FileRoundTripKeepsEverythingIncludingImages) {
  std::string dir = temp_dir("rt");
  Report r = rich_report();
  save_report(r, dir + "/a.zpr");
  Report back = load_report(dir + "/a.zpr");
  EXPECT_EQ(back, r);
  // And saving what was loaded gives the same bytes (deterministic files).
  save_report(back, dir + "/b.zpr");
  EXPECT_EQ(read_file(dir + "/a.zpr"), read_file(dir + "/b.zpr"));
  fs::remove_all(dir);
}

TEST(ReportFile, SavingKeepsThePreviousVersionAsBackup) {
  std::string dir = temp_dir("bak");
  Report r = rich_report();
  save_report(r, dir + "/a.zpr");
  Report changed = r;
  changed.title = "第二版";
  save_report(changed, dir + "/a.zpr");
  EXPECT_EQ(load_report(dir + "/a.zpr").title, "第二版");
  EXPECT_EQ(load_report(dir + "/a.zpr.bak").title, r.title);
  // No temporary files are left behind.
  int files = 0;
  for (auto& e : fs::directory_iterator(dir)) {
    (void)e;
    ++files;
  }
  EXPECT_EQ(files, 2);
  fs::remove_all(dir);
}

TEST(ReportFile, SaveIntoMissingDirectoryFailsCleanly) {
  try {
    save_report(rich_report(), "/nonexistent-dir/zp/a.zpr");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Io);
    EXPECT_NE(std::string(e.what()).find("/nonexistent-dir/zp/a.zpr"), std::string::npos);
  }
}

TEST(ReportFile, FailedSaveLeavesTheOldFileIntact) {
  std::string dir = temp_dir("ro");
  save_report(rich_report(), dir + "/a.zpr");
  std::string before = read_file(dir + "/a.zpr");
  Report bad = rich_report();
  bad.media["../evil"] = Media{"../evil", "image/png", "x"};
  EXPECT_THROW(save_report(bad, dir + "/a.zpr"), Error);
  EXPECT_EQ(read_file(dir + "/a.zpr"), before);
  fs::remove_all(dir);
}

TEST(ReportFile, MissingFileIsAClearError) {
  try {
    load_report("/tmp/definitely-not-here.zpr");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Io);
    EXPECT_NE(std::string(e.what()).find("definitely-not-here.zpr"), std::string::npos);
  }
}

TEST(ReportFile, NotAZipIsAFormatError) {
  std::string dir = temp_dir("nz");
  std::ofstream(dir + "/x.zpr") << "hello, I am text";
  try {
    load_report(dir + "/x.zpr");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Format);
    EXPECT_NE(std::string(e.what()).find("x.zpr"), std::string::npos);
  }
  fs::remove_all(dir);
}

TEST(ReportFile, NewerFormatIsRefusedWithAVersionMessage) {
  std::string xml = report_to_xml(rich_report());
  xml.replace(xml.find("format=\"1\""), 10, "format=\"9\"");
  try {
    report_from_xml(xml, "new.zpr");
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.code(), ErrorCode::Version);
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos);
  }
}

TEST(ReportFile, SchemaViolationIsRefused) {
  std::string xml = report_to_xml(rich_report());
  xml.replace(xml.find("direction=\"higher\""), 18, "direction=\"upward\"");
  EXPECT_THROW(report_from_xml(xml, "bad.zpr"), Error);
}

TEST(ReportFile, FigureWithoutItsImageIsRefused) {
  std::string dir = temp_dir("fig");
  {
    ZipWriter zw(dir + "/a.zpr");
    zw.add("mimetype", std::string(kReportMimeType), true);
    Report r = rich_report();
    zw.add("report.xml", report_to_xml(r));
    zw.commit(false);
  }
  EXPECT_THROW(load_report(dir + "/a.zpr"), Error);
  fs::remove_all(dir);
}

TEST(ReportFile, TruncatedAndCorruptedFilesNeverCrash) {
  std::string dir = temp_dir("fuzz");
  save_report(rich_report(), dir + "/a.zpr");
  std::string good = read_file(dir + "/a.zpr");
  int refused = 0;
  for (size_t n = 0; n < good.size(); n += 13) {
    try {
      load_report_bytes(good.substr(0, n), "cut.zpr");
    } catch (const Error&) {
      ++refused;
    }
  }
  EXPECT_GT(refused, 0);
  unsigned seed = 12345;
  for (int i = 0; i < 300; ++i) {
    std::string bad = good;
    for (int k = 0; k < 4; ++k) {
      seed = seed * 1103515245 + 12345;
      bad[(seed >> 8) % bad.size()] = static_cast<char>(seed >> 16);
    }
    try {
      load_report_bytes(bad, "corrupt.zpr");
    } catch (const Error&) {
    }
  }
  fs::remove_all(dir);
}

TEST(ReportFactory, NewReportHasEveryWritableClauseEmpty) {
  const auto& st = standards::Library::instance().get("shenzhen-2019-economic");
  Report r = new_report(st, "某公司");
  ASSERT_EQ(r.sections.size(), 19u);  // profile + 18 items
  EXPECT_EQ(r.sections.front().clause_id, "0");
  EXPECT_EQ(r.sections.back().clause_id, "6.3");
  for (const Section& s : r.sections) EXPECT_TRUE(s.empty());
  const auto& wh = standards::Library::instance().get("wuhan-2022-manufacturing");
  Report w = new_report(wh, "某公司");
  for (const Section& s : w.sections) EXPECT_NE(s.clause_id, "5.2.1");  // 概述 is guidance only
}

TEST(Value, ParsesNumbersAsWritten) {
  EXPECT_EQ(Value::parse("12.5%").number, 12.5);
  EXPECT_EQ(Value::parse("1,234.5").number, 1234.5);
  EXPECT_EQ(Value::parse("１２３").number, 123);
  EXPECT_EQ(Value::parse("-3").number, -3);
  EXPECT_EQ(Value::parse(" 98.6 分").number, 98.6);
  EXPECT_FALSE(Value::parse("—").number);
  EXPECT_FALSE(Value::parse("/").number);
  EXPECT_FALSE(Value::parse("").number);
  EXPECT_FALSE(Value::parse("2021-2023").number);
  EXPECT_FALSE(Value::parse("1,23").number);
  EXPECT_EQ(Value::parse("12.5%").text, "12.5%");
}

}  // namespace
}  // namespace zp::model
