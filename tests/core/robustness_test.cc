// Hostile and broken input: nothing may crash, hang or pass silently.
#include <catch2/catch.hpp>

#include <random>
#include <string>

#include "core/extract.h"
#include "core/ingest.h"

namespace diplograph {

namespace {

const Lexicon& Lex() {
  static const Lexicon lex = Lexicon::Default().take();
  return lex;
}

// Reads and extracts; returns how many documents came through.
size_t Run(const std::string& bytes) {
  IngestOptions opts;
  opts.fallback_date = Date::Day(2025, 5, 17);
  IngestResult r = ReadInputBytes("fuzz.txt", bytes, opts);
  for (const Document& d : r.documents) {
    Result<Facts> f = Extract(d, Lex(), {});
    CHECK(f.ok());
  }
  return r.documents.size() + r.errors.size() + r.warnings.size();
}

}  // namespace

TEST_CASE("Random bytes are rejected or read without a crash", "[core][robustness]") {
  std::mt19937 rng(20250517);
  const std::string alphabet[] = {"ا", "ل", "و", "ب", "في", " ", "\n", ".", "،", "{", "}", "[", "]", "\"",
                                  ":", ",", "-", "/", "1", "7", "مايو", "May", "---", "\\", "\xff", "\xd8",
                                  "Rubio", "روسيا", "بين", "و", "\t", "\0"};
  for (int round = 0; round < 300; ++round) {
    std::string input;
    int n = std::uniform_int_distribution<int>(0, 200)(rng);
    for (int k = 0; k < n; ++k)
      input += alphabet[std::uniform_int_distribution<size_t>(0, std::size(alphabet) - 1)(rng)];
    INFO("round " << round);
    CHECK(Run(input) >= 1);  // every input gets an answer: documents or an error
  }
}

TEST_CASE("Pathological but valid text is handled", "[core][robustness]") {
  SECTION("one very long line") {
    std::string line;
    for (int k = 0; k < 5000; ++k) line += "بحث الوزير مع نظيره الروسي في موسكو اليوم ";
    CHECK(Run(line) == 1);
  }
  SECTION("deeply nested JSON") {
    std::string json(100000, '[');
    IngestResult r = ReadInputBytes("deep.json", json, {});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message().find("invalid JSON") != std::string::npos);
  }
  SECTION("lone surrogates and control characters in JSON strings") {
    IngestResult r = ReadInputBytes(
        "s.jsonl", "{\"text\": \"\\ud800 met \\u0000 \\udfff Lavrov.\", \"date\": \"2025-05-17\"}\n", {});
    REQUIRE(r.documents.size() == 1);
    CHECK(FindInvalidUtf8(r.documents[0].text) == std::string::npos);
  }
  SECTION("a byte-order mark and Windows line ends") {
    CHECK(Run("\xEF\xBB\xBF---\r\ndate: 2025-05-17\r\n---\r\nالتقى الوزير نظيره.\r\n") == 1);
  }
  SECTION("markup in article text stays text") {
    IngestResult r = ReadInputBytes("x.txt", "---\ndate: 2025-05-17\n---\n<script>alert(1)</script> Rubio met Lavrov.\n", {});
    REQUIRE(r.documents.size() == 1);
    Result<Facts> f = Extract(r.documents[0], Lex(), {});
    REQUIRE(f.ok());
    REQUIRE_FALSE(f->events.empty());
    CHECK(f->events[0].evidence[0].text.find("<script>") != std::string::npos);
  }
}

}  // namespace diplograph
