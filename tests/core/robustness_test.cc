// Hostile and broken input: nothing may crash, hang or pass silently.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include "core/extract.h"
#include "core/ingest.h"
#include "core/lexicon.h"
#include "core/text.h"

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

// One line per hostile input: what a user gives, and what they get back. The
// expectation is "read" (the input is read, with the checks below) or the
// prefix of the one error message, which names the file and, where there is
// one, the line.
TEST_CASE("Bad article inputs get a located message and the batch goes on", "[core][robustness]") {
  struct Case {
    const char* name;
    std::string_view bytes;
    const char* expected;
  };
  using namespace std::string_view_literals;
  static const Case kCases[] = {
      {"cp1256.txt", "date: x\n\xC7\xE1\xD1\n"sv, "cp1256.txt:2: invalid UTF-8 at byte 8"},
      {"lone-continuation.txt", "ok\n\x80\n"sv, "lone-continuation.txt:2: invalid UTF-8 at byte 3"},
      {"truncated-sequence.txt", "ok \xD8"sv, "truncated-sequence.txt:1: invalid UTF-8 at byte 3"},
      {"overlong-slash.txt", "a\n\xC0\xAF\n"sv, "overlong-slash.txt:2: invalid UTF-8 at byte 2"},
      {"overlong-3-byte.txt", "\xE0\x80\xAF"sv, "overlong-3-byte.txt:1: invalid UTF-8 at byte 0"},
      {"overlong-nul.txt", "x \xC0\x80 y"sv, "overlong-nul.txt:1: invalid UTF-8 at byte 2"},
      {"utf8-surrogate.txt", "\xED\xA0\x80"sv, "utf8-surrogate.txt:1: invalid UTF-8 at byte 0"},
      {"beyond-u10ffff.txt", "\xF4\x90\x80\x80"sv, "beyond-u10ffff.txt:1: invalid UTF-8 at byte 0"},
      {"nul.txt", "Rubio met\0 Lavrov.\n"sv, "nul.txt: binary file (NUL byte at offset 9)"},
      {"only-bom.txt", "\xEF\xBB\xBF"sv, "only-bom.txt: empty file; nothing to read"},
      {"deep-array.json", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["
                          "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["sv,
       "deep-array.json:1: invalid JSON at byte 257: nested too deeply"},
      {"truncated.jsonl", "{\"text\": \"Rubio met Lav"sv,
       "truncated.jsonl:1: invalid JSON at byte 23: unterminated string"},
      {"truncated-array.json", "[{\"text\": \"a\", \"date\": \"2025-05-17\"}"sv,
       "truncated-array.json:1: invalid JSON at byte 36: expected ']'"},
      {"truncated-escape.jsonl", "{\"text\": \"x\\u06"sv,
       "truncated-escape.jsonl:1: invalid JSON at byte 13: truncated \\u escape"},
      {"bidi-override.txt", "---\ntitle: \xE2\x80\xAEnoitcelfer\ndate: 2025-05-17\n---\nRubio met \xE2\x80\xAELavrov.\n"sv,
       "read"},
      {"script-in-title.jsonl",
       "{\"title\": \"<script>alert(1)</script>\", \"text\": \"Rubio met <b>Lavrov</b>.\", \"date\": \"2025-05-17\"}\n"sv,
       "read"},
      {"only-diacritics.txt", "---\ndate: 2025-05-17\n---\n\xD9\x8E\xD9\x8F\xD9\x90 \xD9\x91\xD9\x92\xD9\x8B.\n"sv,
       "read"},
      {"31-february.txt", "---\ntitle: T\ndate: 31 February 2025\n---\nThe minister met his counterpart.\n"sv,
       "31-february.txt:3: '31 February 2025' is not a date; write the 'date:' header as YYYY-MM-DD"},
      {"iso-31-february.txt", "\n\n---\ndate: 2025-02-31\n---\nThe minister met his counterpart.\n"sv,
       "iso-31-february.txt:4: '2025-02-31' is not a date"},
      {"year-99999.txt", "---\ndate: 99999-01-01\n---\nThe minister met his counterpart.\n"sv,
       "year-99999.txt:2: '99999-01-01' is not a date"},
      {"31-february-line.txt", "31 February 2025\nThe minister met his counterpart.\n"sv,
       "31-february-line.txt: no publication date found; give one with --date YYYY-MM-DD"},
      {"31-february.jsonl", "{\"text\": \"The minister met his counterpart.\", \"date\": \"2025-02-31\"}\n"sv,
       "31-february.jsonl: no publication date found"},
      {"year-99999.jsonl", "{\"text\": \"x.\", \"date\": \"2025-05-17\"}\n{\"text\": \"y.\", \"date\": \"17 May 99999\"}\n"sv,
       "year-99999.jsonl:2: no publication date found"},
      {"unclosed.txt", "\n---\ndate: 2025-05-17\nRubio met Lavrov.\n"sv,
       "unclosed.txt:2: front matter opened with '---' is never closed"},
  };
  for (const Case& c : kCases) {
    INFO(c.name);
    IngestResult r = ReadInputBytes(c.name, c.bytes, {});
    CHECK(r.warnings.empty());
    if (std::string_view(c.expected) == "read") {
      REQUIRE(r.errors.empty());
      REQUIRE(r.documents.size() == 1);
      const Document& d = r.documents[0];
      CHECK(FindInvalidUtf8(d.text) == std::string::npos);
      Result<Facts> f = Extract(d, Lex(), {});
      REQUIRE(f.ok());
      INFO(f->Dump());
      if (std::string_view(c.name) == "bidi-override.txt") {
        // The override stays in the text, as text; it is not interpreted.
        CHECK(d.title == "\xE2\x80\xAEnoitcelfer");
        CHECK(d.text.find("\xE2\x80\xAELavrov") != std::string::npos);
      } else if (std::string_view(c.name) == "script-in-title.jsonl") {
        CHECK(d.title == "<script>alert(1)</script>");
        REQUIRE(f->events.size() == 1);
        CHECK(f->events[0].evidence[0].text.find("<b>Lavrov</b>") != std::string::npos);
      } else if (std::string_view(c.name) == "only-diacritics.txt") {
        CHECK(f->events.empty());
      }
    } else {
      // JSON Lines go on past a bad line; any other file is one article.
      CHECK(r.documents.size() == (std::string_view(c.name) == "year-99999.jsonl" ? 1u : 0u));
      REQUIRE(r.errors.size() == 1);
      CHECK_THAT(r.errors[0].ToString(), Catch::StartsWith(c.expected));
    }
  }
}

TEST_CASE("Bad lexicon files get a message naming the file and line", "[core][robustness]") {
  struct Case {
    const char* name;
    std::string_view content;
    const char* expected;  // "read" or the message
  };
  using namespace std::string_view_literals;
  static const Case kCases[] = {
      {"roles.tsv", "# role\tof\tholder\tfrom\tto\nforeign_minister\tzed\tzed-pm\t2025-02-31\t\n"sv,
       "roles.tsv:2: bad date '2025-02-31'"},
      {"roles.tsv", "foreign_minister\tzed\tzed-pm\t99999-01-20\t\n"sv, "roles.tsv:1: bad date '99999-01-20'"},
      {"roles.tsv", "foreign_minister\tzed\tzed-pm\t2020-01-01\t31 February 2025\n"sv,
       "roles.tsv:1: bad date '31 February 2025'"},
      {"roles.tsv", "foreign_minister\tzed\n"sv, "roles.tsv:1: expected role, of, holder, from, to"},
      {"actors.tsv", "zed\tplanet\tZedland\n"sv, "actors.tsv:1: unknown kind 'planet'"},
      {"actors.tsv", "zed\tstate\t-\n"sv, "actors.tsv:1: empty id or name"},
      // A later entry with the same id overrides an earlier one (data/README.md).
      {"duplicate-ids.tsv", "zed\tstate\tZedland\nzed\tregion\tZed Region\n"sv, "read"},
      {"bidi.tsv", "zed\tstate\t\xE2\x80\xAEZedland\t\t<script>alert(1)</script>\n"sv, "read"},
      {"diacritics.tsv", "zed\tstate\t\xD9\x8E\xD9\x8F\n"sv, "read"},
  };
  for (const Case& c : kCases) {
    INFO(c.name << ": " << c.content);
    Lexicon lex;
    Status s = lex.LoadText(c.name, c.content);
    if (std::string_view(c.expected) == "read") {
      REQUIRE(s.ok());
      REQUIRE(lex.actors().size() == 1);
      const ActorEntry& zed = lex.actors()[0];
      if (std::string_view(c.name) == "duplicate-ids.tsv") {
        CHECK(zed.kind == ActorKind::kRegion);
        CHECK(zed.name == "Zed Region");
      } else if (std::string_view(c.name) == "bidi.tsv") {
        CHECK(zed.name == "\xE2\x80\xAEZedland");
        CHECK(zed.aliases == std::vector<std::string>{"<script>alert(1)</script>"});
      }
    } else {
      CHECK(s.ToString() == c.expected);
    }
  }
}

// Found by tests/fuzz/cameo_fuzz: a dated code with eleven digits overflowed
// an int in the date reader (UBSan: signed integer overflow).
TEST_CASE("A CAMEO role date with too many digits is ignored, not overflowed", "[core][robustness]") {
  std::filesystem::path file =
      std::filesystem::temp_directory_path() / "diplograph-robustness-long-date.actors";
  std::ofstream(file) << "ZED_EXAMPLE_ [ZEDGOV >99999999999]\n[ZEDGOV 2010010112345-20121231]\n";
  Lexicon lex;
  Status s = lex.LoadCameoActors(file.string());
  std::filesystem::remove(file);
  REQUIRE(s.ok());
  REQUIRE(lex.FindActor("cameo-zed-example") != nullptr);
  std::vector<const RoleSpell*> roles = lex.RolesOf("cameo-zed-example", Date::Day(2012, 6, 1));
  REQUIRE(roles.size() == 1);  // the second spell: its end date is good, its start unknown
  CHECK_FALSE(roles[0]->from.known());
  CHECK(roles[0]->to == Date::Day(2012, 12, 31));
}

// Found by tests/fuzz/ingest_fuzz: "[]" gave no document, no error and no
// warning, so a batch passed over the file in silence.
TEST_CASE("An empty JSON array is reported, not passed over in silence", "[core][robustness]") {
  for (const char* bytes : {"[]", " [ \n ]\n"}) {
    INFO(bytes);
    IngestResult r = ReadInputBytes("day.json", bytes, {});
    CHECK(r.documents.empty());
    CHECK(r.errors.empty());
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].ToString() == "day.json: the JSON array holds no articles; nothing to read");
  }
}

}  // namespace diplograph
