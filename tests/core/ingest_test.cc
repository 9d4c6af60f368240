#include "core/ingest.h"

#include <catch2/catch.hpp>

#include <string>

namespace diplograph {

namespace {

std::string Reasons(const Document& d) {
  std::string out;
  for (const DroppedPart& p : d.dropped) out += p.reason + "\n";
  return out;
}

std::string Body(const Document& d) {
  std::string out;
  for (const Span& p : d.paragraphs) out += d.text.substr(p.begin, p.size()) + "\n";
  return out;
}

}  // namespace

TEST_CASE("A raw page yields its date, title and body, and drops the furniture", "[core][ingest]") {
  const std::string page =
      "سياسة\n"
      "2 دقيقة قراءة\n"
      "الوزير يزور العاصمة في جولة إقليمية\n"
      "زار الوزير العاصمة اليوم الأحد في مستهل جولة إقليمية.\n"
      "الوزير يزور العاصمة في جولة إقليمية\n"
      "الوزير خلال وصوله إلى العاصمة / رويترز\n"
      "18 مايو 2025\n"
      "\n"
      "وبحث الوزير مع نظيره العلاقات الثنائية.\n"
      "مصدر: وكالة\n"
      "اكتشف\n"
      "عنوان خبر آخر لا صلة له\n"
      "عنوان خبر ثالث\n";
  IngestResult r = ReadInputBytes("page.txt", page, {});
  REQUIRE(r.errors.empty());
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.published == Date::Day(2025, 5, 18));
  CHECK(d.title == "الوزير يزور العاصمة في جولة إقليمية");
  CHECK(d.language == "ar");
  CHECK(Body(d) ==
        "زار الوزير العاصمة اليوم الأحد في مستهل جولة إقليمية.\n"
        "وبحث الوزير مع نظيره العلاقات الثنائية.\n");
  std::string reasons = Reasons(d);
  CHECK(reasons.find("menu or section label") != std::string::npos);
  CHECK(reasons.find("reading-time line") != std::string::npos);
  CHECK(reasons.find("repeated line") != std::string::npos);
  CHECK(reasons.find("image caption") != std::string::npos);
  CHECK(reasons.find("date line") != std::string::npos);
  CHECK(reasons.find("source line") != std::string::npos);
  CHECK(reasons.find("related headlines after 'اكتشف'") != std::string::npos);
  // Offsets point into the original bytes.
  for (const Span& p : d.paragraphs) CHECK(page.substr(p.begin, p.size()) == d.text.substr(p.begin, p.size()));
}

TEST_CASE("Front matter gives title, date, url, site and language", "[core][ingest]") {
  const std::string text =
      "---\ntitle: \"A title\"\ndate: 2015-07-22\nurl: https://example.org/a\nsitename: almadina\n"
      "language: ar\n---\nنص الخبر هنا.\n";
  IngestResult r = ReadInputBytes("a.txt", text, {});
  REQUIRE(r.documents.size() == 1);
  const Document& d = r.documents[0];
  CHECK(d.title == "A title");
  CHECK(d.published == Date::Day(2015, 7, 22));
  CHECK(d.url == "https://example.org/a");
  CHECK(d.source == "almadina");
  CHECK(Body(d) == "نص الخبر هنا.\n");
}

TEST_CASE("JSON Lines: a bad line is reported with its line and the rest is read", "[core][ingest]") {
  const std::string jsonl =
      "{\"content\": \"التقى الوزير نظيره.\", \"date_extracted\": \"2015-08-03 10:00:00\", \"source\": \"okaz\"}\n"
      "{\"content\": \"broken\n"
      "{\"text\": \"The minister met his counterpart.\", \"date\": \"2015-08-04\", \"title\": \"T\"}\n"
      "{\"text\": \"No date here.\"}\n";
  IngestResult r = ReadInputBytes("day.jsonl", jsonl, {});
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[0].published == Date::Day(2015, 8, 3));
  CHECK(r.documents[0].source == "okaz");
  CHECK(r.documents[1].language == "en");
  REQUIRE(r.errors.size() == 2);
  CHECK(r.errors[0].ToString().rfind("day.jsonl:2: invalid JSON", 0) == 0);
  CHECK(r.errors[1].ToString() ==
        "day.jsonl:4: no publication date found; give one with --date YYYY-MM-DD or a 'date:' header");
}

TEST_CASE("A JSON array of articles loads as SaudiNewsNet writes it", "[core][ingest]") {
  const std::string json =
      "[{\"source\": \"aawsat\", \"url\": \"http://x/1\", \"date_extracted\": \"2015-08-03 08:00:00\","
      " \"title\": \"عنوان\", \"author\": \"\", \"content\": \"بحث الملك مع الرئيس العلاقات.\"},"
      " {\"source\": \"okaz\", \"url\": \"http://x/2\", \"date_extracted\": \"2015-08-03 09:00:00\","
      " \"title\": \"عنوان آخر\", \"content\": \"\\u0627\\u0644\\u062e\\u0628\\u0631.\"}]";
  IngestResult r = ReadInputBytes("2015-08-03.json", json, {});
  REQUIRE(r.errors.empty());
  REQUIRE(r.documents.size() == 2);
  CHECK(r.documents[1].text == "الخبر.");
  CHECK(r.documents[0].id != r.documents[1].id);
}

TEST_CASE("Bad files get a clear message naming the file", "[core][ingest]") {
  SECTION("empty") {
    IngestResult r = ReadInputBytes("empty.txt", "  \n", {});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].ToString() == "empty.txt: empty file; nothing to read");
  }
  SECTION("binary") {
    IngestResult r = ReadInputBytes("x.bin", std::string("PK\x03\x04\0\0", 6), {});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].ToString().rfind("x.bin: binary file (NUL byte at offset 4)", 0) == 0);
  }
  SECTION("invalid UTF-8") {
    IngestResult r = ReadInputBytes("cp1256.txt", "line one\n\xc7\xe1\xd1\xc6\xed\xd3\n", {});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].ToString().rfind("cp1256.txt:2: invalid UTF-8 at byte 9", 0) == 0);
  }
  SECTION("no date, unless --date gives one") {
    IngestResult r = ReadInputBytes("nodate.txt", "The minister met his counterpart.\n", {});
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message().find("--date") != std::string::npos);
    IngestOptions opts;
    opts.fallback_date = Date::Day(2020, 1, 2);
    IngestResult ok = ReadInputBytes("nodate.txt", "The minister met his counterpart.\n", opts);
    REQUIRE(ok.documents.size() == 1);
    CHECK(ok.documents[0].date_from_option);
  }
}

}  // namespace diplograph

#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace diplograph {

TEST_CASE("A JSON Lines file read in pieces gives the same articles, ids and messages as read whole",
          "[core][ingest]") {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("dg-batches-" + std::to_string(::getpid()) + ".jsonl")).string();
  {
    std::ofstream out(path, std::ios::binary);
    for (int i = 1; i <= 40; ++i) {
      if (i == 17) {
        out << "{\"text\": \"cut off\n";  // a broken line in the middle
        continue;
      }
      if (i == 23) {
        out << "{\"text\": \"bad \xff byte\", \"date\": \"2015-07-21\"}\n";
        continue;
      }
      out << "{\"title\": \"t" << i << "\", \"date\": \"2015-07-21\", \"text\": \"Article number " << i
          << " says the ministers met in Riyadh on Monday.\"}\n";
    }
  }
  IngestResult whole = ReadInputFile(path, {});
  std::vector<Document> pieces_docs;
  std::vector<Status> pieces_errors;
  int calls = 0;
  ReadInputFileInBatches(path, {}, 300, [&](IngestResult&& r) {
    ++calls;
    for (Document& d : r.documents) pieces_docs.push_back(std::move(d));
    for (Status& e : r.errors) pieces_errors.push_back(std::move(e));
  });
  std::filesystem::remove(path);
  CHECK(calls > 5);  // it was read in pieces
  REQUIRE(whole.documents.size() == 38);
  REQUIRE(pieces_docs.size() == whole.documents.size());
  for (size_t i = 0; i < pieces_docs.size(); ++i) {
    CHECK(pieces_docs[i].path == whole.documents[i].path);  // "FILE:LINE", the id's source
    CHECK(pieces_docs[i].text == whole.documents[i].text);
  }
  REQUIRE(pieces_errors.size() == whole.errors.size());
  for (size_t i = 0; i < pieces_errors.size(); ++i) CHECK(pieces_errors[i].ToString() == whole.errors[i].ToString());
}

}  // namespace diplograph
