#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "bench/graph_gen.h"
#include "exporters/dot.h"
#include "exporters/jsonld.h"
#include "exporters/output_file.h"
#include "exporters/timeline.h"

namespace diplograph {

namespace {

TemporalGraph SampleGraph(const std::string& hostile_name = "Marco Rubio") {
  Facts f;
  f.doc_id = "doc-1";
  f.doc_path = "samples/x.txt";
  f.doc_title = "A [title] with *markup*";
  f.published = Date::Day(2025, 5, 17);
  f.actors = {
      Actor{"marco-rubio", ActorKind::kPerson, hostile_name, "ماركو روبيو", "usa", {"روبيو"}, {}},
      Actor{"rus", ActorKind::kState, "Russia", "روسيا", "rus", {"روسيا"}, {}},
      Actor{"ukr", ActorKind::kState, "Ukraine", "أوكرانيا", "ukr", {}, {}},
      Actor{"istanbul", ActorKind::kCity, "Istanbul", "إسطنبول", "tur", {}, {}}};
  Event call;
  call.category = "CONSULT";
  call.mode = "phone";
  call.start = call.end = Date::Day(2025, 5, 17);
  call.sources = {"marco-rubio"};
  call.targets = {"rus"};
  call.time_anchor = "publication";
  call.evidence = {Evidence{"doc-1", {0, 5}, {0, 3}, "نص"}};
  Event talks;
  talks.category = "CONSULT";
  talks.start = Date::Day(2025, 5, 15);
  talks.end = Date::Day(2025, 5, 16);
  talks.sources = {"rus"};
  talks.targets = {"ukr"};
  talks.location = "istanbul";
  talks.time_anchor = "publication";
  talks.evidence = {Evidence{"doc-1", {6, 9}, {6, 8}, "x"}};
  Event war;
  war.category = "ASSAULT";
  war.status = EventStatus::kOngoing;
  war.start = war.end = Date::Day(2022, 2, 24);
  war.sources = {"rus"};
  war.targets = {"ukr"};
  war.time_anchor = "explicit";
  war.evidence = {Evidence{"doc-1", {10, 12}, {10, 11}, "y"}};
  f.events = {call, talks, war};
  TemporalGraph g;
  g.AddFacts(f);
  return g;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("JSON-LD follows the contract: context, ids, types, event fields, references", "[exporters][jsonld]") {
  TemporalGraph g = SampleGraph();
  std::string text = WriteJsonLd(g);
  rapidjson::Document doc;
  doc.Parse(text.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.HasMember("@context"));
  REQUIRE(doc["@graph"].IsArray());
  std::set<std::string> ids;
  for (const auto& n : doc["@graph"].GetArray()) {
    REQUIRE(n.HasMember("@id"));
    REQUIRE(n.HasMember("@type"));
    ids.insert(n["@id"].GetString());
  }
  int events = 0;
  for (const auto& n : doc["@graph"].GetArray()) {
    if (!n.HasMember("eventType")) continue;
    ++events;
    CHECK(n.HasMember("startDate"));
    for (const char* role : {"agent", "recipient"})
      if (n.HasMember(role))
        for (const auto& ref : n[role].GetArray()) CHECK(ids.count(ref["@id"].GetString()) == 1);
  }
  CHECK(events == 3);
  CHECK(text.find("\"startDate\": \"2025-05-15\"") != std::string::npos);
  CHECK(text.find("\"endDate\": \"2025-05-16\"") != std::string::npos);
  // Same graph, same bytes.
  CHECK(WriteJsonLd(SampleGraph()) == text);
}

TEST_CASE("The Markdown timeline is chronological and shows each date at its precision", "[exporters][timeline]") {
  std::string md = WriteTimelineMarkdown(SampleGraph());
  size_t war = md.find("since 2022\\-02\\-24");
  size_t talks = md.find("2025\\-05\\-15 – 2025\\-05\\-16");
  size_t call = md.find("2025\\-05\\-17");
  REQUIRE(war != std::string::npos);
  REQUIRE(talks != std::string::npos);
  REQUIRE(call != std::string::npos);
  CHECK(war < talks);
  CHECK(talks < call);
  CHECK(md.find("in Istanbul") != std::string::npos);
  // Article text never becomes markup.
  CHECK(md.find("A \\[title\\] with \\*markup\\*") != std::string::npos);
}

TEST_CASE("The text timeline aligns its columns in characters and colours only on request",
          "[exporters][timeline]") {
  TemporalGraph g = SampleGraph();
  std::string plain = WriteTimelineText(g);
  // "since 2022-02-24" is the widest date (16 characters); "–" is three
  // bytes but one column, so the labels start in column 18 on every line.
  CHECK(plain ==
        "since 2022-02-24         ASSAULT: Russia → Ukraine (ongoing)\n"
        "2025-05-15 – 2025-05-16  CONSULT: Russia → Ukraine in Istanbul\n"
        "2025-05-17               CONSULT (phone): Marco Rubio → Russia\n");
  CHECK(plain.find('\033') == std::string::npos);
  std::string coloured = WriteTimelineText(g, true);
  // Bold dates; the category in its quad colour (red: material conflict,
  // green: verbal cooperation); the status dim.
  CHECK(coloured.find("\033[1msince 2022-02-24\033[0m         \033[1;31mASSAULT\033[0m: Russia → Ukraine "
                      "\033[2m(ongoing)\033[0m\n") != std::string::npos);
  CHECK(coloured.find("\033[32mCONSULT (phone)\033[0m: Marco Rubio") != std::string::npos);
}

TEST_CASE("Timelines for people carry no control characters or bidi overrides from article text",
          "[exporters][timeline]") {
  // An escape sequence in a name would drive the terminal ("\x1b[2J" clears
  // it); a right-to-left override would reverse what follows it.
  TemporalGraph g = SampleGraph("Marco\x1b[2J \xE2\x80\xAERubio\x07");
  for (bool colour : {false, true}) {
    std::string text = WriteTimelineText(g, colour);
    INFO(text);
    CHECK(text.find("Marco[2J Rubio") != std::string::npos);  // the text stays, the controls go
    CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(text.find('\x07') == std::string::npos);
    if (!colour) CHECK(text.find('\x1b') == std::string::npos);
  }
  std::string md = WriteTimelineMarkdown(g);
  CHECK(md.find('\x1b') == std::string::npos);
  CHECK(md.find("\xE2\x80\xAE") == std::string::npos);
}

TEST_CASE("DOT goes through cgraph and renders to SVG and PNG", "[exporters][dot]") {
  TemporalGraph g = SampleGraph("Marco <script>alert(1)</script> \"Rubio\"");
  Result<std::string> dot = WriteDot(g, {});
  REQUIRE(dot.ok());
  CHECK(dot->rfind("digraph", 0) == 0);
  CHECK(dot->find("ماركو روبيو") != std::string::npos);
  CHECK(dot->find("2025-05-15 – 2025-05-16") != std::string::npos);
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "diplograph-dot-test";
  std::filesystem::create_directories(dir);
  std::string svg = (dir / "g.svg").string(), png = (dir / "g.png").string();
  REQUIRE(RenderDiagram(g, {}, "svg", svg).ok());
  REQUIRE(RenderDiagram(g, {}, "png", png).ok());
  std::string svg_text = ReadAll(svg);
  CHECK(svg_text.find("<svg") != std::string::npos);
  CHECK(svg_text.find("<script>") == std::string::npos);  // labels are escaped
  CHECK(ReadAll(png).substr(1, 3) == "PNG");
  // Graphviz's own dot accepts what cgraph wrote.
  if (std::system("command -v dot >/dev/null 2>&1") == 0) {
    std::string dot_path = (dir / "g.dot").string();
    REQUIRE(WriteFileAtomically(dot_path, *dot).ok());
    CHECK(std::system(("dot -Tsvg " + dot_path + " -o " + (dir / "check.svg").string()).c_str()) == 0);
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("A failed write leaves no file behind", "[exporters][output]") {
  std::string path = "/nonexistent-folder/diplograph/graph.jsonld";
  Status s = WriteFileAtomically(path, "{}");
  CHECK_FALSE(s.ok());
  CHECK(s.ToString().rfind(path, 0) == 0);
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "diplograph-atomic-test";
  std::filesystem::create_directories(dir);
  std::string target = (dir / "out.txt").string();
  Status failing = WriteViaTemporary(target, [](const std::string& tmp) {
    std::ofstream(tmp) << "half";
    return Status::Error("renderer failed");
  });
  CHECK_FALSE(failing.ok());
  CHECK(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()) == 0);
  std::filesystem::remove_all(dir);
}

TEST_CASE("graph.jsonld written on several threads has the same bytes as the text", "[exporters][jsonld]") {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "diplograph-jsonld-threads";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  auto file_text = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream o;
    o << in.rdbuf();
    return o.str();
  };
  GraphGenOptions o;
  o.events = 3000;  // several thousand nodes: the text is written in several pieces
  TemporalGraph big;
  for (const Facts& f : GenerateFacts(o)) big.AddFacts(f);
  TemporalGraph empty;
  for (const TemporalGraph* g : {&big, &empty}) {
    std::string text = WriteJsonLd(*g);
    rapidjson::Document doc;
    REQUIRE_FALSE(doc.Parse(text.c_str()).HasParseError());
    REQUIRE(doc["@graph"].IsArray());
    CHECK(doc["@graph"].Size() == g->Actors().size() + g->Places().size() + g->Events().size() + g->Documents().size());
    CHECK(text.back() == '\n');
    for (unsigned threads : {1u, 2u, 3u, 8u}) {
      std::filesystem::path p = dir / ("graph-" + std::to_string(threads) + ".jsonld");
      REQUIRE(WriteJsonLdFile(*g, p.string(), threads).ok());
      CHECK(file_text(p) == text);
    }
  }
  CHECK(big.Events().size() > 2000);
  // A folder that does not exist: an error naming the file, nothing written.
  Status s = WriteJsonLdFile(big, (dir / "missing" / "graph.jsonld").string(), 2);
  CHECK_FALSE(s.ok());
  CHECK(s.ToString().find("missing/graph.jsonld") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "missing"));
  std::filesystem::remove_all(dir);
}

TEST_CASE("JSON-LD escapes every string as RapidJSON's writer does", "[exporters][jsonld]") {
  // Every byte value in a sentence, a title and a name, including the
  // control characters, quotes and backslashes, and a UTF-8 Arabic word.
  std::string every;
  for (int c = 0; c < 256; ++c) every += static_cast<char>(c);
  std::string text = "قال \"الوزير\" \\ " + every + " end";
  TemporalGraph g = SampleGraph("Rubio\t\"\\\x01\x7f");
  Facts f;
  f.doc_id = "doc-escapes";
  f.doc_path = "news/" + every;
  f.doc_title = text;
  f.published = Date::Day(2025, 5, 17);
  Event e;
  e.category = "CONSULT";
  e.start = e.end = f.published;
  e.sources = {"marco-rubio"};
  e.evidence = {Evidence{f.doc_id, {0, 3}, {0, 3}, text}};
  f.events = {e};
  g.AddFacts(f);
  std::string json = WriteJsonLd(g);
  auto rapidjson_quoted = [](const std::string& s) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return std::string(buffer.GetString(), buffer.GetSize());
  };
  CHECK(json.find("\"text\": " + rapidjson_quoted(text)) != std::string::npos);
  CHECK(json.find("\"headline\": " + rapidjson_quoted(text)) != std::string::npos);
  CHECK(json.find("\"identifier\": " + rapidjson_quoted("news/" + every)) != std::string::npos);
  CHECK(json.find("\"name\": " + rapidjson_quoted("Rubio\t\"\\\x01\x7f")) != std::string::npos);
  rapidjson::Document doc;
  REQUIRE_FALSE(doc.Parse(json.c_str()).HasParseError());
}

}  // namespace diplograph
