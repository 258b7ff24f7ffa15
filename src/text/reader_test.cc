#include "text/reader.h"

#include <gtest/gtest.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <vector>

namespace dossier::text {
namespace {

namespace fs = std::filesystem;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dossier_reader_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  base::Status Read(const std::string& path, ReadOptions opts = {}) {
    docs_.clear();
    errors_.clear();
    return ReadDocuments(path, opts, [&](Document&& d) { docs_.push_back(std::move(d)); },
                         [&](const std::string& e) { errors_.push_back(e); });
  }

  fs::path dir_;
  std::vector<Document> docs_;
  std::vector<std::string> errors_;
};

TEST_F(ReaderTest, PlainTextIsOneDocumentNamedAfterTheFile) {
  ASSERT_TRUE(Read(Write("a.txt", "Hello world.")).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].id, "a.txt");
  EXPECT_EQ(docs_[0].text, "Hello world.");
}

TEST_F(ReaderTest, EmptyBinaryAndInvalidFilesAreReportedNotFatal) {
  ASSERT_TRUE(Read(Write("empty.txt", "")).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("empty.txt"), std::string::npos);
  EXPECT_NE(errors_[0].find("empty"), std::string::npos);

  ASSERT_TRUE(Read(Write("bin.txt", std::string("ab\0\x01\x02", 5))).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("binary"), std::string::npos);

  ASSERT_TRUE(Read(Write("bad.txt", "line one\nline \xFF two")).ok());
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("bad.txt:2"), std::string::npos) << errors_[0];
  EXPECT_NE(errors_[0].find("invalid UTF-8 at byte offset 14"), std::string::npos) << errors_[0];
  EXPECT_TRUE(docs_.empty());
}

TEST_F(ReaderTest, MissingFileIsAnError) {
  auto s = Read((dir_ / "nope.txt").string());
  EXPECT_EQ(s.code(), base::StatusCode::kNotFound);
}

TEST_F(ReaderTest, JsonLinesKeepGoodRecordsAroundBadOnes) {
  std::string path = Write("d.jsonl",
                           "{\"id\":\"a\",\"text\":\"One.\",\"date\":\"2017-11-29\"}\n"
                           "{\"id\":\"b\",\"text\":\"Two.\"\n"
                           "\n"
                           "{\"id\":7,\"text\":\"Three.\",\"title\":\"T\"}\n"
                           "[1,2]\n"
                           "{\"id\":\"c\"}\n"
                           "{\"id\":\"d\",\"text\":\"x\",\"date\":\"yesterday\"}\n");
  ASSERT_TRUE(Read(path).ok());
  ASSERT_EQ(docs_.size(), 3u);
  EXPECT_EQ(docs_[0].id, "a");
  EXPECT_EQ(docs_[0].date, "2017-11-29");
  EXPECT_EQ(docs_[1].id, "7");
  EXPECT_EQ(docs_[2].date, "");
  ASSERT_EQ(docs_[2].warnings.size(), 1u);
  EXPECT_NE(docs_[2].warnings[0].find("d.jsonl:7: \"date\" is not an ISO date"), std::string::npos);
  ASSERT_EQ(errors_.size(), 3u);
  EXPECT_NE(errors_[0].find("d.jsonl:2: malformed JSON"), std::string::npos) << errors_[0];
  EXPECT_NE(errors_[1].find("d.jsonl:5"), std::string::npos);
  EXPECT_NE(errors_[2].find("d.jsonl:6: record has no \"text\""), std::string::npos) << errors_[2];
}

TEST_F(ReaderTest, HugeLinesAreSkippedWithTheirLineNumber) {
  std::string big = "{\"id\":\"big\",\"text\":\"" + std::string(5000, 'a') + "\"}";
  std::string path = Write("h.jsonl", "{\"id\":\"a\",\"text\":\"ok\"}\n" + big + "\n{\"id\":\"b\",\"text\":\"ok\"}");
  ReadOptions opts;
  opts.max_document_bytes = 1000;
  ASSERT_TRUE(Read(path, opts).ok());
  ASSERT_EQ(docs_.size(), 2u);
  ASSERT_EQ(errors_.size(), 1u);
  EXPECT_NE(errors_[0].find("h.jsonl:2: line of 5022 bytes"), std::string::npos) << errors_[0];
}

TEST_F(ReaderTest, ReadsZstdJsonLines) {
  std::string plain = "{\"id\":\"z1\",\"text\":\"Compressed.\"}\n{\"id\":\"z2\",\"text\":\"Too.\"}\n";
  std::string packed(ZSTD_compressBound(plain.size()), '\0');
  packed.resize(ZSTD_compress(packed.data(), packed.size(), plain.data(), plain.size(), 3));
  ASSERT_TRUE(Read(Write("c.jsonl.zst", packed)).ok());
  ASSERT_EQ(docs_.size(), 2u);
  EXPECT_EQ(docs_[1].id, "z2");
  std::string truncated = packed.substr(0, packed.size() / 2);
  EXPECT_EQ(Read(Write("t.jsonl.zst", truncated)).code(), base::StatusCode::kCorruption);
}

TEST_F(ReaderTest, HtmlDropsScriptsAndKeepsParagraphs) {
  std::string html =
      "<html><head><title>Missiles</title><script>var x = 'Iran';</script>"
      "<meta property=\"article:published_time\" content=\"2017-11-29T10:00:00Z\"></head>"
      "<body><nav>Home | World</nav><h1>Headline here</h1><p>First &amp; best.</p>"
      "<style>p{}</style><p>Second <b>para</b>.</p><footer>(c) 2017</footer></body></html>";
  ASSERT_TRUE(Read(Write("p.html", html)).ok());
  ASSERT_EQ(docs_.size(), 1u);
  EXPECT_EQ(docs_[0].text, "Headline here\n\nFirst & best.\n\nSecond para.");
  EXPECT_EQ(docs_[0].title, "Missiles");
  EXPECT_EQ(docs_[0].date, "2017-11-29");
}

}  // namespace
}  // namespace dossier::text
