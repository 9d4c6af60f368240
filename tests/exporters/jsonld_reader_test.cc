#include "exporters/jsonld_reader.h"

#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "exporters/csv.h"
#include "exporters/diff_writer.h"
#include "exporters/dot.h"
#include "exporters/gexf.h"
#include "exporters/graphml.h"
#include "exporters/jsonld.h"
#include "exporters/timeline.h"
#include "exporters/timelinejs.h"
#include "bench/graph_gen.h"
#include "graph/graph_diff.h"
#include "tests/exporters/hostile_graph.h"

namespace diplograph {

namespace {

// A file name of this test's own in the temporary folder.
std::string TempPath(const std::string& name, const std::string& extension = "") {
  return (std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()) + extension)).string();
}

// The saved graph of a synthetic news stream of `events` reports.
std::string SyntheticGraphText(size_t events) {
  GraphGenOptions o;
  o.events = events;
  TemporalGraph g;
  for (const Facts& f : GenerateFacts(o)) g.AddFacts(f);
  return WriteJsonLd(g);
}

void WriteBytes(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
}

// The hostile graph plus Arabic-only surface forms, an actor in no event,
// a quantity, a CAMEO code and an event read twice in one article.
TemporalGraph ArabicGraph() {
  Facts f;
  f.doc_id = "doc-ar";
  f.doc_path = "أخبار/مقال \"١\".txt";
  f.doc_title = "روبيو يتصل بلافروف <عاجل>";
  f.language = "ar";
  f.published = Date::Day(2025, 5, 17);
  f.actors = {Actor{"marco-rubio", ActorKind::kPerson, "Marco Rubio", "ماركو روبيو", "usa", {"روبيو", "وزير الخارجية الأمريكي"}, {"foreign_minister of usa"}},
              Actor{"sergey-lavrov", ActorKind::kPerson, "Sergey Lavrov", "سيرغي لافروف", "rus", {"نظيره الروسي"}, {}},
              Actor{"new-1a2b", ActorKind::kPerson, "مسؤول\tمجهول", "", "", {"مسؤول\tمجهول"}, {}}};
  Event call;
  call.category = "CONSULT";  // the hostile graph's call too: one event, three articles
  call.mode = "phone";
  call.trigger = "اتصالا";
  call.start = call.end = Date::Day(2025, 5, 17);
  call.time_anchor = "publication";
  call.sources = {"marco-rubio"};
  call.targets = {"sergey-lavrov"};
  Evidence ev{f.doc_id, {0, 40}, {10, 22}, "أجرى روبيو اتصالا \"هاتفيا\"\n<b>"};
  Evidence again = ev;
  again.sentence = {50, 90};
  again.trigger = {60, 70};
  call.evidence = {ev, again};
  Event deal;
  deal.category = "AGREE";
  deal.cameo = "057";
  deal.status = EventStatus::kPlanned;
  deal.trigger = "اتفاق";
  deal.start = Date::Day(2025, 5, 16);  // end unknown
  deal.time_value = "2025-05-16";
  deal.time_anchor = "explicit";
  deal.sources = {"sergey-lavrov"};
  deal.targets = {"marco-rubio"};
  deal.quantities = {"1,000 prisoners", "٣ أيام"};
  deal.evidence = {ev};
  f.events = {call, deal};
  TemporalGraph g = HostileGraph();
  g.AddFacts(f);
  return g;
}

std::string Everything(const TemporalGraph& g) {
  Result<std::string> dot = WriteDot(g, {});
  return WriteJsonLd(g) + WriteGraphml(g) + WriteGexf(g) + WriteTimelineMarkdown(g) + WriteTimelineText(g) +
         WriteTimelineJs(g) + WriteEventsCsv(g) + (dot.ok() ? *dot : dot.status().ToString());
}

}  // namespace

TEST_CASE("JSON-LD read back writes the same bytes, Arabic and hostile text included", "[exporters][jsonld_reader]") {
  TemporalGraph g = ArabicGraph();
  std::string text = WriteJsonLd(g);
  Result<TemporalGraph> back = ReadJsonLd(text, "graph.jsonld");
  REQUIRE(back.ok());
  CHECK(WriteJsonLd(*back) == text);
  SECTION("every other output is the same too") { CHECK(Everything(*back) == Everything(g)); }
  SECTION("fields the JSON-LD keeps only on other nodes come back") {
    const GraphNode* rubio = back->FindNode("marco-rubio");
    REQUIRE(rubio != nullptr);
    CHECK(rubio->actor.name_ar == "ماركو روبيو");
    CHECK(rubio->actor.country == "usa");
    CHECK(back->FindNode("rus")->actor.country == "rus");
    CHECK(back->FindNode("new-1a2b") != nullptr);
    const GraphNode* call = nullptr;
    for (const GraphNode* n : back->Events())
      if (n->event.mode == "phone") call = n;
    REQUIRE(call != nullptr);
    REQUIRE(call->event.evidence.size() == 4);  // doc-a, doc-ar twice, doc-b
    CHECK(call->event.evidence[1].doc_id == "doc-ar");
    CHECK(back->FindNode(call->event.evidence[1].doc_id)->document.path == "أخبار/مقال \"١\".txt");
    CHECK(call->event.evidence[2].trigger == Span{60, 70});
    CHECK(call->event.sources == std::vector<std::string>{"marco-rubio", "tom"});
    CHECK(back->Edges().size() == g.Edges().size());
    CHECK(DiffGraphs(g, *back).empty());
  }
}

TEST_CASE("A graph whose events come before the actors they name reads as in the writer's order",
          "[exporters][jsonld_reader]") {
  // The reader resolves an event's actors as it reads the event when they
  // came first, as the writer puts them; a hand-edited file may list them
  // anywhere, and an actor named but missing is still an error.
  const std::string text = SyntheticGraphText(300);
  rapidjson::Document doc;
  REQUIRE_FALSE(doc.Parse(text.c_str()).HasParseError());
  rapidjson::Value& nodes = doc["@graph"];
  REQUIRE(nodes.Size() > 300);
  auto is_event = [](const rapidjson::Value& n) { return n.HasMember("agent") || n.HasMember("recipient"); };
  rapidjson::SizeType first_event = 0;
  while (first_event < nodes.Size() && !is_event(nodes[first_event])) ++first_event;
  REQUIRE(first_event > 0);  // actors first
  REQUIRE(first_event < nodes.Size());
  std::reverse(nodes.Begin(), nodes.End());  // documents, events, then places and actors
  rapidjson::StringBuffer out;
  rapidjson::Writer<rapidjson::StringBuffer> writer(out);
  doc.Accept(writer);
  const std::string reversed = out.GetString();
  REQUIRE(reversed != text);
  Result<TemporalGraph> back = ReadJsonLd(reversed, "reversed.jsonld");
  REQUIRE(back.ok());
  CHECK(WriteJsonLd(*back) == text);

  SECTION("an actor named but in no node is an error either way") {
    for (const std::string* t : {&text, &reversed}) {
      std::string broken = *t;
      size_t at = broken.find("dgid:", broken.find("\"agent\""));  // an event's first agent
      REQUIRE(at != std::string::npos);
      broken.insert(at + 5, "ghost-");
      Result<TemporalGraph> r = ReadJsonLd(broken, "broken.jsonld");
      REQUIRE_FALSE(r.ok());
      CHECK_THAT(r.status().ToString(), Catch::Contains("broken.jsonld") && Catch::Contains("names actor ghost-") &&
                                            Catch::Contains("which is not in @graph"));
    }
  }
}

TEST_CASE("JSON-LD read back twice is stable, and an empty graph reads", "[exporters][jsonld_reader]") {
  TemporalGraph empty;
  Result<TemporalGraph> back = ReadJsonLd(WriteJsonLd(empty), "empty.jsonld");
  REQUIRE(back.ok());
  CHECK(back->node_count() == 0);
}

TEST_CASE("Malformed JSON-LD gives an error naming the file", "[exporters][jsonld_reader]") {
  std::string good = WriteJsonLd(HostileGraph());
  auto replace = [&](const std::string& from, const std::string& to) {
    std::string s = good;
    size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  struct Case {
    std::string text;
    std::string message;
  };
  const Case kCases[] = {
      {"", "g.jsonld:1: invalid JSON: The document is empty."},
      {"{\n \"@graph\": [\n  {\"@id\": 1,}\n ]\n}", "g.jsonld:3: invalid JSON"},
      {"[]", "g.jsonld: not a JSON-LD graph"},
      {"{\"@context\": {}}", "g.jsonld: no @graph array"},
      {"{\"@graph\": [{\"@id\": \"dgid:x\", \"@type\": \"Spaceship\"}]}", "g.jsonld: node x: unknown @type 'Spaceship'"},
      {"{\"@graph\": [{\"@type\": \"Person\"}]}", "g.jsonld: missing @id"},
      {"{\"@graph\": [{\"@id\": \"dgid:x\", \"@type\": \"Person\", \"name\": 3, \"kind\": \"person\"}]}",
       "g.jsonld: node x: name is not a string"},
      {"{\"@graph\": [{\"@id\": \"dgid:x\", \"@type\": \"Person\", \"kind\": \"wizard\"}]}",
       "g.jsonld: node x: unknown kind 'wizard'"},
      {replace("\"eventType\": \"AGREE\"", "\"eventKind\": \"AGREE\""), "g.jsonld: node event-"},
      {replace("\"dgid:rus\"", "\"dgid:atlantis\""), "which is not in @graph"},
      {replace("\"dgid:doc-b\"", "\"dgid:doc-z\""), "which is not in @graph"},
      {replace("\"status\": \"ongoing\"", "\"status\": \"imagined\""), "unknown status 'imagined'"},
      {replace("\"startDate\": \"2025-05-15\"", "\"startDate\": \"mid-May\""), "startDate is not an ISO 8601 date"},
      {replace("\"triggerStart\": 0", "\"triggerStart\": -1"), "evidence has no triggerStart offset"},
      // References that are not objects (these stopped a debug build on an
      // assertion inside RapidJSON).
      {replace("\"agent\": [\n", "\"agent\": [\n \"dgid:rus\",\n"), "agent is not a {\"@id\": ...} reference"},
      {replace("\"location\": {", "\"location\": \"dgid:rus\", \"x\": {"), "location is not a {\"@id\": ...} reference"},
  };
  for (const Case& c : kCases) {
    INFO(c.text.substr(0, 200));
    Result<TemporalGraph> g = ReadJsonLd(c.text, "g.jsonld");
    REQUIRE_FALSE(g.ok());
    CHECK(g.status().file() == "g.jsonld");
    CHECK_THAT(g.status().ToString(), Catch::Contains(c.message));
  }
}

TEST_CASE("Reading a missing file or a folder names it", "[exporters][jsonld_reader]") {
  Result<TemporalGraph> missing = ReadJsonLdFile("/nonexistent/graph.jsonld");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().ToString() == "/nonexistent/graph.jsonld: cannot open the file; check the path");
  Result<TemporalGraph> folder = ReadJsonLdFile(DIPLOGRAPH_SOURCE_DIR);
  REQUIRE_FALSE(folder.ok());
  CHECK_THAT(folder.status().ToString(), Catch::Contains("is a folder"));
}

TEST_CASE("The text diff has a summary line then groups; the JSON diff says equal", "[exporters][diff]") {
  TemporalGraph a = HostileGraph(), b = ArabicGraph();
  GraphDiff d = DiffGraphs(a, b);
  std::string text = WriteDiffText(d, a, b);
  CHECK(text.rfind("3 actors added, 0 removed; 1 event added, 0 removed, 1 changed\n", 0) == 0);
  CHECK_THAT(text, Catch::Contains("\nactors added:\n  + Marco Rubio (marco-rubio)\n"));
  CHECK_THAT(text, Catch::Contains("      documents: +أخبار/مقال \"١\".txt\n"));
  CHECK(WriteDiffText(DiffGraphs(a, a), a, a) == "no differences\n");
  CHECK_THAT(WriteDiffJson(DiffGraphs(a, a), a, a), Catch::Contains("\"equal\": true"));
  CHECK_THAT(WriteDiffJson(d, a, b), Catch::Contains("\"field\": \"documents\""));
}

TEST_CASE("A graph file is read as a stream to the same graph and the same errors as its text", "[exporters][jsonld_reader]") {
  // Big enough for several blocks of the file reader.
  std::string text = SyntheticGraphText(6000);
  REQUIRE(text.size() > (size_t{3} << 20));
  std::string path = TempPath("jsonld_reader_test", ".jsonld");
  auto write = [&](const std::string& content) { WriteBytes(path, content); };
  write(text);
  Result<TemporalGraph> back = ReadJsonLdFile(path);
  REQUIRE(back.ok());
  CHECK(WriteJsonLd(*back) == text);
  // A syntax error late in the file: the same message and line as from
  // the text (the lines counted across blocks).
  std::string broken = text;
  size_t at = broken.rfind("\"datePublished\"");
  REQUIRE(at != std::string::npos);
  broken.insert(at + 15, " 1");
  write(broken);
  Result<TemporalGraph> from_file = ReadJsonLdFile(path);
  Result<TemporalGraph> from_text = ReadJsonLd(broken, path);
  REQUIRE_FALSE(from_file.ok());
  REQUIRE_FALSE(from_text.ok());
  CHECK(from_file.status().ToString() == from_text.status().ToString());
  CHECK(from_file.status().line() == 1 + std::count(broken.begin(), broken.begin() + static_cast<long>(at), '\n'));
  // A syntax error after a bad node still wins, as in a whole-file parse.
  std::string both = broken;
  both.replace(both.find("\"status\": \""), 11, "\"status\": 7");
  write(both);
  Result<TemporalGraph> syntax = ReadJsonLdFile(path);
  REQUIRE_FALSE(syntax.ok());
  CHECK_THAT(syntax.status().ToString(), Catch::Contains("invalid JSON"));
  std::filesystem::remove(path);
}

TEST_CASE("A graph nested thousands deep is refused, not a stack overflow", "[exporters][jsonld_reader]") {
  // Found by the fuzz target: the reader recursed once per level.
  std::string deep = "{\"@graph\": [\n" + std::string(100000, '[') + std::string(100000, ']') + "\n]}";
  Result<TemporalGraph> from_text = ReadJsonLd(deep, "deep.jsonld");
  REQUIRE_FALSE(from_text.ok());
  CHECK(from_text.status().ToString() == "deep.jsonld:2: invalid JSON: nested too deeply");
  std::string path = TempPath("jsonld_deep", ".jsonld");
  {
    std::ofstream out(path, std::ios::binary);
    out << deep;
  }
  Result<TemporalGraph> from_file = ReadJsonLdFile(path);
  REQUIRE_FALSE(from_file.ok());
  CHECK(from_file.status().ToString() == path + ":2: invalid JSON: nested too deeply");
  std::filesystem::remove(path);
  // Six levels, as diplograph writes, still read.
  CHECK(ReadJsonLd("{\"@graph\": []}", "empty.jsonld").ok());
}

TEST_CASE("A graph file whose size is a whole number of pages reads as its text", "[exporters][jsonld_reader]") {
  // A mapped file has no '\0' after it unless the reader makes room for one.
  std::string text = WriteJsonLd(ArabicGraph());
  text.append(4096 - text.size() % 4096, ' ');
  REQUIRE(text.size() % 4096 == 0);
  std::string path = TempPath("jsonld_pages", ".jsonld");
  auto write = [&](const std::string& content) { WriteBytes(path, content); };
  write(text);
  Result<TemporalGraph> back = ReadJsonLdFile(path);
  REQUIRE(back.ok());
  CHECK(WriteJsonLd(*back) == WriteJsonLd(ArabicGraph()));
  // Cut inside the last key and filled up to a page boundary: the key is
  // missing its closing quote at the very end.
  std::string cut = text.substr(0, text.rfind("\"language\"") + 8);
  cut.append(4096 - cut.size() % 4096, 'x');
  write(cut);
  Result<TemporalGraph> from_file = ReadJsonLdFile(path);
  REQUIRE_FALSE(from_file.ok());
  CHECK(from_file.status().ToString() == ReadJsonLd(cut, path).status().ToString());
  CHECK(from_file.status().line() == 1 + std::count(cut.begin(), cut.end(), '\n'));
  CHECK_THAT(from_file.status().ToString(), Catch::Contains("Missing a closing quotation mark"));
  // An empty file is not mapped; it says so as an empty text does.
  write("");
  CHECK(ReadJsonLdFile(path).status().ToString() == path + ":1: invalid JSON: The document is empty.");
  std::filesystem::remove(path);
}

TEST_CASE("A graph read from a pipe is the graph of its text, errors and lines included", "[exporters][jsonld_reader]") {
  std::string path = TempPath("jsonld_pipe");
  REQUIRE(::mkfifo(path.c_str(), 0600) == 0);
  // The writer blocks until the reader opens the pipe.
  auto read_through_pipe = [&](const std::string& content) {
    std::thread writer([&] {
      std::ofstream out(path, std::ios::binary);
      out << content;
    });
    Result<TemporalGraph> g = ReadJsonLdFile(path);
    writer.join();
    return g;
  };
  std::string text = WriteJsonLd(ArabicGraph());
  Result<TemporalGraph> back = read_through_pipe(text);
  REQUIRE(back.ok());
  CHECK(WriteJsonLd(*back) == text);
  std::string bad = text;
  const std::string planned = "\"status\": \"planned\"";
  bad.replace(bad.find(planned), planned.size(), "\"status\": \"dreamt\"");
  Result<TemporalGraph> from_pipe = read_through_pipe(bad);
  REQUIRE_FALSE(from_pipe.ok());
  CHECK(from_pipe.status().ToString() == ReadJsonLd(bad, path).status().ToString());
  CHECK_THAT(from_pipe.status().ToString(), Catch::Contains("unknown status 'dreamt'"));
  // A syntax error: the pipe cannot be read again to count the lines.
  std::string broken = text;
  size_t at = broken.rfind("\"datePublished\"");
  broken.insert(at + 15, " 1");
  Result<TemporalGraph> syntax = read_through_pipe(broken);
  REQUIRE_FALSE(syntax.ok());
  CHECK(syntax.status().ToString() == ReadJsonLd(broken, path).status().ToString());
  CHECK(syntax.status().line() == 1 + std::count(broken.begin(), broken.begin() + static_cast<long>(at), '\n'));
  std::filesystem::remove(path);
}

TEST_CASE("A graph file gives the errors of its text for nodes far into it", "[exporters][jsonld_reader]") {
  const std::string text = SyntheticGraphText(3000);
  std::string path = TempPath("jsonld_far", ".jsonld");
  // The last event's node begins at its @id.
  size_t last = text.rfind("\"@id\": ", text.rfind("\"@type\": [\n    \"Event\""));
  REQUIRE(last != std::string::npos);
  auto edit = [&](const std::string& from, const std::string& to) {
    std::string s = text;
    size_t at = s.find(from, last);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
  };
  // Its id, and the id of the first node (an actor).
  auto id_at = [&](size_t at) { return text.substr(at + 7, text.find('\n', at) - at - 7); };
  std::string id = id_at(last), first_id = id_at(text.find("\"@id\": \"dgid:"));
  struct Case {
    std::string text;
    std::string message;
  };
  const Case kCases[] = {
      {edit("\"status\": \"", "\"status\": \"x"), "unknown status 'x"},
      {edit("\"triggerEnd\": ", "\"triggerEnd\": -"), "evidence has no triggerEnd offset"},
      {edit("\"evidenceDocument\": \"dgid:doc-", "\"evidenceDocument\": \"dgid:memo-"), "cites document memo-"},
      {edit("\"startDate\": \"", "\"startDate\": \"9"), "startDate is not an ISO 8601 date"},
      {edit("\"@id\": " + id, "\"@id\": " + first_id), "appears twice in @graph"},
      // A repeated member: the first is the one read, as FindMember finds it.
      {edit("\"eventType\": \"", "\"eventType\": 7, \"eventType\": \""), "eventType is not a string"},
      // An escaped string, read through RapidJSON's own string parser.
      {edit("\"trigger\": \"", "\"trigger\": \"\\u00e9\\\"\\u0000"), ""},
      {edit("\"eventType\": \"", "\"eventType\": \"A\", \"eventType\": 7, \"x\": \""), ""},
  };
  for (const Case& c : kCases) {
    INFO(c.message);
    {
      std::ofstream out(path, std::ios::binary);
      out << c.text;
    }
    Result<std::vector<Facts>> from_file = ReadJsonLdFactsFile(path);
    Result<std::vector<Facts>> from_text = ReadJsonLdFacts(c.text, path);
    REQUIRE(from_file.ok() == from_text.ok());
    if (!c.message.empty()) {
      REQUIRE_FALSE(from_file.ok());
      CHECK(from_file.status().ToString() == from_text.status().ToString());
      CHECK_THAT(from_file.status().ToString(), Catch::Contains(c.message));
      continue;
    }
    REQUIRE(from_file.ok());
    TemporalGraph read_file, read_text;
    for (Facts& f : *from_file) read_file.AddFacts(std::move(f));
    for (Facts& f : *from_text) read_text.AddFacts(std::move(f));
    std::string written = WriteJsonLd(read_file);
    CHECK(written == WriteJsonLd(read_text));
    CHECK(written != text);  // the edit is read, not lost
  }
  std::filesystem::remove(path);
}

TEST_CASE("A graph file cut short while it is read gives an error naming it, not a crash", "[exporters][jsonld_reader]") {
  std::string text = SyntheticGraphText(3000);
  REQUIRE(text.size() > (size_t{1} << 20));
  std::string path = TempPath("jsonld_cut", ".jsonld");
  WriteBytes(path, text);
  // As `cp new.jsonld graph.jsonld` would, once the reading has mapped the
  // file: cut at a page boundary, so that the rest is gone, not zeros.
  size_t kept = text.size() / 2 / 65536 * 65536;
  SetMappedFileHookForTesting([&](const std::string& p) { std::filesystem::resize_file(p, kept); });
  Result<std::vector<Facts>> read = ReadJsonLdFactsFile(path);
  SetMappedFileHookForTesting(nullptr);
  REQUIRE_FALSE(read.ok());
  CHECK(read.status().ToString().rfind(path + ": the file was cut short while it was read", 0) == 0);
  // The same file whole again reads as before.
  WriteBytes(path, text);
  Result<std::vector<Facts>> again = ReadJsonLdFactsFile(path);
  CHECK(again.ok());
  std::filesystem::remove(path);
}

}  // namespace diplograph
