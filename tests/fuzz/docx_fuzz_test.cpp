// Hostile and broken .docx input: whatever the bytes, the importer gives a report or a
// zp::Error naming the file, never a crash, a hang or another exception. Truncations and
// byte corruptions of a real fixture, zip bombs, encryption, a missing document.xml, a
// file that is not a zip and XML external entities.
#include <gtest/gtest.h>
#include <zip.h>

#include <chrono>
#include <filesystem>
#include <random>

#include "io/docx/docx_import.h"
#include "support/sample_reports.h"
#include "unit/io/docx_test_support.h"
#include "util/atomic_file.h"
#include "util/error.h"

namespace zp::io::docx {
namespace {

namespace fs = std::filesystem;
using zp::testing::DocxParts;
using zp::testing::make_docx;
using zp::testing::para;

// Import from bytes; true when read, false on zp::Error; anything else fails the test.
bool imports(std::string bytes, std::string* message = nullptr) {
  try {
    import_docx_bytes(std::move(bytes), "fuzz.docx", {});
    return true;
  } catch (const zp::Error& e) {
    EXPECT_FALSE(std::string(e.what()).empty());
    if (message) *message = e.what();
    return false;
  }
}

std::string fixture() { return read_file(fs::path(ZP_TEST_FIXTURES) / "docx" / "styled-shenzhen.docx"); }

TEST(DocxFuzz, TruncatedFilesGiveErrors) {
  std::string good = fixture();
  ASSERT_TRUE(imports(good));
  for (size_t n = 0; n < good.size(); n += std::max<size_t>(1, good.size() / 150)) {
    SCOPED_TRACE(n);
    imports(good.substr(0, n));
  }
}

TEST(DocxFuzz, CorruptedBytesNeverCrash) {
  std::string good = fixture();
  std::mt19937 rng(20240101);
  for (int i = 0; i < 300; ++i) {
    std::string bad = good;
    int flips = 1 + static_cast<int>(rng() % 8);
    for (int f = 0; f < flips; ++f) bad[rng() % bad.size()] = static_cast<char>(rng() & 0xFF);
    SCOPED_TRACE(i);
    imports(bad);
  }
}

TEST(DocxFuzz, CorruptedXmlInsideAValidZipNeverCrashes) {
  std::mt19937 rng(7);
  std::string body = para("1.1 文化引领", "", "<w:pStyle w:val=\"Heading2\"/>") + para("正文") +
                     "<w:tbl><w:tr><w:tc>" + para("指标") + "</w:tc><w:tc>" + para("2021") + "</w:tc><w:tc>" + para("2022") +
                     "</w:tc></w:tr><w:tr><w:tc>" + para("故障率") + "</w:tc><w:tc>" + para("1") + "</w:tc></w:tr></w:tbl>";
  for (int i = 0; i < 200; ++i) {
    std::string b = body;
    for (int f = 0; f < 3; ++f) {
      size_t at = rng() % b.size();
      switch (rng() % 3) {
        case 0: b.erase(at, 1 + rng() % 20); break;
        case 1: b.insert(at, "<w:p>"); break;
        default: b[at] = "<>/\"&="[rng() % 6]; break;
      }
    }
    DocxParts p;
    p.body = b;
    SCOPED_TRACE(b);
    imports(make_docx(p));
  }
}

TEST(DocxFuzz, NotAZipAndEmptyFiles) {
  std::string msg;
  EXPECT_FALSE(imports("", &msg));
  EXPECT_FALSE(imports("this is plain text, not a Word file", &msg));
  EXPECT_NE(msg.find("fuzz.docx"), std::string::npos);
  EXPECT_NE(msg.find("zip"), std::string::npos);
}

TEST(DocxFuzz, MissingDocumentXmlIsNamed) {
  DocxParts p;
  p.with_document = false;
  std::string msg;
  EXPECT_FALSE(imports(make_docx(p), &msg));
  EXPECT_NE(msg.find("document.xml"), std::string::npos) << msg;
}

TEST(DocxFuzz, PasswordProtectedWordFilesAreRecognised) {
  // Word writes an encrypted .docx as an OLE compound file.
  std::string cfb("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  cfb += std::string(4096, '\0');
  std::string msg;
  EXPECT_FALSE(imports(cfb, &msg));
  EXPECT_NE(msg.find("encrypted"), std::string::npos) << msg;
}

TEST(DocxFuzz, ZipLevelEncryptionIsRefused) {
  fs::path file = fs::path(zp::testing::temp_dir("enc")) / "enc.docx";
  int err = 0;
  zip_t* z = zip_open(file.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  ASSERT_NE(z, nullptr);
  std::string doc = zp::testing::wrap("document", "<w:body>" + para("秘密") + "</w:body>");
  zip_source_t* src = zip_source_buffer(z, doc.data(), doc.size(), 0);
  zip_int64_t idx = zip_file_add(z, "word/document.xml", src, 0);
  ASSERT_GE(idx, 0);
  bool encrypted = zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256, "pw") == 0 ||
                   zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_TRAD_PKWARE, "pw") == 0;
  if (!encrypted) {
    zip_discard(z);
    GTEST_SKIP() << "this libzip cannot write encrypted entries";
  }
  ASSERT_EQ(zip_close(z), 0);
  std::string msg;
  EXPECT_FALSE(imports(read_file(file), &msg));
  EXPECT_NE(msg.find("encrypted"), std::string::npos) << msg;
  fs::remove(file);
}

TEST(DocxFuzz, ZipBombIsRefusedQuickly) {
  // 64 MB of one character compresses ~1000:1: refused on its ratio before inflating.
  DocxParts p;
  p.body = para(std::string(64u << 20, 'a'));
  std::string bomb = make_docx(p);
  ASSERT_LT(bomb.size(), 1u << 20);
  auto t0 = std::chrono::steady_clock::now();
  std::string msg;
  EXPECT_FALSE(imports(bomb, &msg));
  EXPECT_NE(msg.find("zip bomb"), std::string::npos) << msg;
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
}

TEST(DocxFuzz, ExternalEntitiesAreNeverLoaded) {
  DocxParts p;
  p.body = para("1.1 文化引领") + para("&xxe;");
  std::string bytes = make_docx(p);
  // Put a DOCTYPE with an external entity in front of the document element.
  DocxParts q;
  q.with_document = false;
  q.extra["word/document.xml"] =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
      "<!ENTITY net SYSTEM \"http://127.0.0.1:9/x\">]>\n<w:document " +
      std::string(zp::testing::kWordNs) + "><w:body>" + para("1.1 文化引领", "", "<w:pStyle w:val=\"Heading2\"/>") +
      para("&xxe;&net;") + "</w:body></w:document>";
  try {
    DocxImport imp = import_docx_bytes(make_docx(q), "xxe.docx", {});
    for (const auto& s : imp.result.report.sections)
      for (const auto& b : s.blocks)
        if (const auto* par = std::get_if<model::Paragraph>(&b)) {
          EXPECT_EQ(par->text().find("root:"), std::string::npos);
        }
  } catch (const zp::Error&) {
    // refusing the file is fine too
  }
}

TEST(DocxFuzz, EntityExpansionBombIsHarmless) {
  DocxParts q;
  q.with_document = false;
  std::string dtd = "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\">";
  const std::string names = "abcdefghij";  // each entity is ten of the one before
  for (size_t k = 1; k < names.size(); ++k) {
    dtd += std::string("<!ENTITY ") + names[k] + " \"";
    for (int i = 0; i < 10; ++i) dtd += std::string("&") + names[k - 1] + ";";
    dtd += "\">";
  }
  dtd += "]>";
  q.extra["word/document.xml"] = "<?xml version=\"1.0\"?>\n" + dtd + "<w:document " + std::string(zp::testing::kWordNs) +
                                 "><w:body><w:p><w:r><w:t>&j;</w:t></w:r></w:p></w:body></w:document>";
  auto t0 = std::chrono::steady_clock::now();
  imports(make_docx(q));
  EXPECT_LT(std::chrono::steady_clock::now() - t0, std::chrono::seconds(5));
}

TEST(DocxFuzz, DeepNestingIsAnError) {
  DocxParts p;
  std::string open, close;
  for (int i = 0; i < 2000; ++i) {
    open += "<w:tbl><w:tr><w:tc>";
    close += "</w:tc></w:tr></w:tbl>";
  }
  p.body = open + para("x") + close;
  imports(make_docx(p));  // libxml2's depth limit: an error, not a stack overflow
}

}  // namespace
}  // namespace zp::io::docx
