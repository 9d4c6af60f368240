// Hostile and broken input: nothing may crash, hang or pass silently.
#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

#include <sys/resource.h>

#include "core/extract.h"
#include "core/ingest.h"
#include "core/json_value.h"
#include "core/lexicon.h"
#include "core/text.h"
#include "core/timex.h"
#include "core/work_counters.h"

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
    size_t documents = 0;  // read besides the error (JSON Lines go on past a bad line)
  };
  using namespace std::string_view_literals;
  static const Case kCases[] = {
      {"cp1256.txt", "date: x\n\xC7\xE1\xD1\n"sv, "cp1256.txt:2: invalid UTF-8 at byte 8"},
      {"lone-continuation.txt", "ok\n\x80\n"sv, "lone-continuation.txt:2: invalid UTF-8 at byte 3"},
      {"truncated-sequence.txt", "ok \xD8"sv, "truncated-sequence.txt:1: invalid UTF-8 at byte 3"},
      {"overlong-slash.txt", "a\n\xC0\xAF\n"sv, "overlong-slash.txt:2: invalid UTF-8 at byte 2"},
      {"overlong-3-byte.txt", "\xE0\x80\xAF"sv, "overlong-3-byte.txt:1: invalid UTF-8 at byte 0"},
      {"overlong-nul.txt", "x \xC0\x80 y"sv, "overlong-nul.txt:1: invalid UTF-8 at byte 2"},
      {"overlong-4-byte.txt", "ok\nok\n\xF0\x80\x80\xAF\n"sv, "overlong-4-byte.txt:3: invalid UTF-8 at byte 6"},
      {"overlong-in-title.json", "{\"title\": \"\xC1\xBF\", \"text\": \"x.\", \"date\": \"2025-05-17\"}"sv,
       "overlong-in-title.json:1: invalid UTF-8 at byte 11"},
      // In JSON Lines the bad line alone is refused, with its line.
      {"overlong-line.jsonl",
       "{\"text\": \"The minister met his counterpart.\", \"date\": \"2025-05-17\"}\n"
       "{\"text\": \"\xE0\x80\xAF\", \"date\": \"2025-05-17\"}\n"
       "{\"text\": \"The minister met his counterpart again.\", \"date\": \"2025-05-18\"}\n"sv,
       "overlong-line.jsonl:2: invalid UTF-8 at byte 78", 2},
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
       "year-99999.jsonl:2: no publication date found", 1},
      {"truncated-line.jsonl",
       "{\"text\": \"x.\", \"date\": \"2025-05-17\"}\n{\"text\": \"y.\", \"da\n{\"text\": \"z.\", \"date\": \"2025-05-19\"}\n"sv,
       "truncated-line.jsonl:2: invalid JSON at byte 18: unterminated string", 2},
      // Pretty-printed, cut short: one object, so one error, not one per line.
      {"truncated-pretty.json", "{\n  \"text\": \"The minister met his counterpart.\",\n  \"date\": \"2025-"sv,
       "truncated-pretty.json:3: invalid JSON at byte 65: unterminated string"},
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
      CHECK(r.documents.size() == c.documents);
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
      {"roles.tsv", "foreign_minister\tzed\tzed-pm\t2025-01-01\t2020-01-01\n"sv,
       "roles.tsv:1: the role ends (2020-01-01) before it starts (2025-01-01); swap the dates"},
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

// Big inputs, generated here. Work is bounded by the counters of
// core/work_counters.h, not by the clock: reading may look at each byte a
// few times, never once per line or per article.
namespace {

std::string TinyArticles(int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "{\"text\": \"Talks " + std::to_string(i) + ".\", \"date\": \"2025-05-17\"}\n";
  return out;
}

}  // namespace

TEST_CASE("100,000 tiny articles in one JSON Lines file are all read, in linear work", "[core][robustness]") {
  std::string small = TinyArticles(50000), big = TinyArticles(100000);
  ThreadWorkCounters() = {};
  IngestResult half = ReadInputBytes("half.jsonl", small, {});
  WorkCounters half_work = ThreadWorkCounters();
  ThreadWorkCounters() = {};
  IngestResult r = ReadInputBytes("day.jsonl", big, {});
  WorkCounters work = ThreadWorkCounters();
  CHECK(r.errors.empty());
  CHECK(r.warnings.empty());
  REQUIRE(r.documents.size() == 100000);
  CHECK(r.documents[99999].text == "Talks 99999.");
  CHECK(half.documents.size() == 50000);
  // Three values a line (the object, two strings); the first line is read
  // once more while the file is tried as one object.
  CHECK(work.json_values <= 3 * 100000 + 3);
  CHECK(work.json_bytes <= 2 * big.size());
  CHECK(work.ingest_lines <= 2 * 100000 + 1);  // the line, the body's one line, the end
  CHECK(work.ingest_bytes <= 8 * big.size());
  // Twice the articles, twice the work for each byte read.
  auto per_byte = [](uint64_t work_done, size_t bytes) { return static_cast<double>(work_done) / static_cast<double>(bytes); };
  CHECK(per_byte(work.json_bytes, big.size()) <= 1.05 * per_byte(half_work.json_bytes, small.size()));
  CHECK(per_byte(work.ingest_bytes, big.size()) <= 1.05 * per_byte(half_work.ingest_bytes, small.size()));
  CHECK(work.json_values <= 2 * half_work.json_values);
}

TEST_CASE("A 50 MB article on one line is read in linear work", "[core][robustness]") {
  const std::string sentence = "The minister met his counterpart in Geneva to discuss the ceasefire. ";
  std::string line;
  line.reserve(50 * 1000 * 1000 + sentence.size());
  while (line.size() < 50 * 1000 * 1000) line += sentence;
  ThreadWorkCounters() = {};
  IngestResult undated = ReadInputBytes("one-line.txt", line, {});
  REQUIRE(undated.errors.size() == 1);
  CHECK_THAT(undated.errors[0].ToString(), Catch::StartsWith("one-line.txt: no publication date found"));
  IngestOptions opts;
  opts.fallback_date = Date::Day(2025, 5, 17);
  IngestResult r = ReadInputBytes("one-line.txt", line, opts);
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.documents[0].paragraphs.size() == 1);
  CHECK(r.documents[0].paragraphs[0].size() == line.size() - 1);  // the last space trimmed
  WorkCounters work = ThreadWorkCounters();
  CHECK(work.ingest_lines == 2);
  CHECK(work.ingest_bytes <= 2 * 8 * line.size());
  CHECK(work.json_bytes == 0);
}

TEST_CASE("Deeply nested and truncated JSON stop at the depth limit, with the line", "[core][robustness]") {
  std::string objects;
  for (int i = 0; i < 100000; ++i) objects += "{\"a\": ";
  Result<JsonValue> v = ParseJson(objects);
  REQUIRE_FALSE(v.ok());
  CHECK(v.status().message() == "invalid JSON at byte 1541: nested too deeply");
  // In JSON Lines the deep line is refused and the next one read.
  std::string lines = "{\"text\": \"x.\", \"date\": \"2025-05-17\"}\n{\"text\": " + std::string(100000, '[') +
                      "\n{\"text\": \"y.\", \"date\": \"2025-05-18\"}\n";
  ThreadWorkCounters() = {};
  IngestResult r = ReadInputBytes("deep.jsonl", lines, {});
  CHECK(r.documents.size() == 2);
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].ToString() == "deep.jsonl:2: invalid JSON at byte 265: nested too deeply");
  CHECK(ThreadWorkCounters().json_bytes <= 2 * lines.size());
}

TEST_CASE("Many bad lines cost no more than reading them", "[core][robustness]") {
  // 10,000 lines each with an overlong slash, and 10,000 cut short: every
  // one gets its own message, and the work stays linear.
  std::string bad;
  for (int i = 0; i < 10000; ++i) bad += "{\"text\": \"\xC0\xAF " + std::to_string(i) + "\", \"date\": \"2025-05-17\"}\n";
  for (int i = 0; i < 10000; ++i) bad += "{\"text\": \"cut " + std::to_string(i) + "\n";
  ThreadWorkCounters() = {};
  IngestResult r = ReadInputBytes("bad.jsonl", "{\"text\": \"ok.\", \"date\": \"2025-05-17\"}\n" + bad, {});
  REQUIRE(r.documents.size() == 1);
  REQUIRE(r.errors.size() == 20000);
  CHECK_THAT(r.errors[0].ToString(), Catch::StartsWith("bad.jsonl:2: invalid UTF-8 at byte 48;"));
  CHECK_THAT(r.errors[10000].ToString(), Catch::StartsWith("bad.jsonl:10002: invalid JSON at byte "));
  CHECK(ThreadWorkCounters().json_bytes <= 3 * bad.size());
  CHECK(ThreadWorkCounters().ingest_bytes <= 8 * bad.size());
}

// Extraction and time tagging expose no counters, so their worst cases are
// timed in CPU seconds at two sizes: twice the input may cost a little over
// twice the time (caches, allocation), not four times. Hidden ([.]), run by
// the ctest label `slow` (tests/CMakeLists.txt, DIPLOGRAPH_SLOW_TESTS=ON).
namespace {

double CpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_THREAD, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// CPU seconds to read and extract `text` as one article.
double ExtractSeconds(const std::string& text) {
  Document doc;
  doc.path = "worst.txt";
  doc.text = text;
  doc.published = Date::Day(2025, 5, 17);
  doc.language = "en";
  doc.paragraphs = {{0, text.size()}};
  double start = CpuSeconds();
  Result<Facts> f = Extract(doc, Lex(), {});
  double seconds = CpuSeconds() - start;
  CHECK(f.ok());
  return seconds;
}

double TimexSeconds(const std::string& text) {
  double start = CpuSeconds();
  std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  std::vector<Timex> found = FindTimexes(text, tokens, Date::Day(2025, 5, 17));
  (void)found;
  return CpuSeconds() - start;
}

std::string Repeat(const std::string& unit, size_t bytes) {
  std::string out;
  while (out.size() < bytes) out += unit;
  return out;
}

// Runs `seconds` at `bytes` and twice as many, and checks the ratio.
template <typename F>
void CheckLinear(const char* what, F seconds, const std::string& unit, size_t bytes) {
  // The larger input first, so that one-time set-up (the lexicon, ICU)
  // cannot make the smaller one look slow.
  (void)seconds(Repeat(unit, 4096));
  double big = seconds(Repeat(unit, 2 * bytes));
  double small = seconds(Repeat(unit, bytes));
  INFO(what << ": " << small << " s at " << bytes << " bytes, " << big << " s at " << 2 * bytes);
  std::printf("scaling: %s: %.3f s at %zu bytes, %.3f s at %zu bytes (ratio %.2f)\n", what, small, bytes, big,
              2 * bytes, small > 0 ? big / small : 0.0);
  CHECK(big <= 3.0 * small + 0.05);
}

}  // namespace

TEST_CASE("Extraction time grows linearly with pathological input", "[.][slow]") {
  // One sentence with no punctuation at all.
  CheckLinear("1 MB sentence, no punctuation", ExtractSeconds, "the minister and his counterpart ", 1 << 19);
  // Trigger words over and over (Arabic and English).
  CheckLinear("repeated triggers (en)", ExtractSeconds, "met talks visited agreed called ", 1 << 16);
  CheckLinear("repeated triggers (ar)", ExtractSeconds, "\u0627\u0644\u062a\u0642\u0649 \u0628\u062d\u062b \u0632\u0627\u0631 ", 1 << 16);
  // Dates over and over.
  CheckLinear("repeated dates", ExtractSeconds, "on 17 May 2025 and ", 1 << 16);
  // Long runs of names.
  CheckLinear("runs of names", ExtractSeconds, "Rubio Lavrov Putin Erdogan Zelensky ", 1 << 16);
  CheckLinear("names and triggers, sentences", ExtractSeconds, "Rubio met Lavrov in Moscow. ", 1 << 16);
}

TEST_CASE("Time tagging grows linearly with pathological input", "[.][slow]") {
  CheckLinear("1 MB sentence, no punctuation", TimexSeconds, "the minister and his counterpart ", 1 << 19);
  CheckLinear("repeated dates (en)", TimexSeconds, "on 17 May 2025 and ", 1 << 17);
  CheckLinear("repeated dates (ar)", TimexSeconds, "\u0641\u064a 17 \u0645\u0627\u064a\u0648 2025 \u0648 ", 1 << 17);
  CheckLinear("repeated weekdays", TimexSeconds, "Monday Tuesday last week next year ", 1 << 17);
  CheckLinear("digits", TimexSeconds, "2025 17 05 ", 1 << 17);
}

}  // namespace diplograph
