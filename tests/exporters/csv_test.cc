#include "exporters/csv.h"

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "tests/exporters/hostile_graph.h"

namespace diplograph {

namespace {

using Rows = std::vector<std::vector<std::string>>;

// A strict RFC 4180 reader: records end with CRLF; a bare CR or LF outside
// quotes, or text after a closing quote, fails the test.
Rows ParseCsv(const std::string& text) {
  Rows rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    std::string& field = rows.back().back();
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else {
        quoted = false;
        REQUIRE((i + 1 == text.size() || text[i + 1] == ',' || text[i + 1] == '\r'));
      }
    } else if (c == '"') {
      REQUIRE(field.empty());
      quoted = true;
    } else if (c == ',') {
      rows.back().emplace_back();
    } else if (c == '\r') {
      REQUIRE(i + 1 < text.size());
      REQUIRE(text[i + 1] == '\n');
      ++i;
      if (i + 1 < text.size()) rows.emplace_back(1);
    } else {
      REQUIRE(c != '\n');
      field += c;
    }
  }
  REQUIRE_FALSE(quoted);
  return rows;
}

}  // namespace

TEST_CASE("CSV fields are quoted as RFC 4180 asks", "[exporters][csv]") {
  struct Case {
    std::string in, out;
  };
  const Case kCases[] = {
      {"", ""},
      {"Rubio", "Rubio"},
      {"روبيو", "روبيو"},
      {"a,b", "\"a,b\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"line\nbreak", "\"line\nbreak\""},
      {"cr\rhere", "\"cr\rhere\""},
      {" padded ", " padded "},
  };
  for (const Case& c : kCases) {
    INFO(c.in);
    CHECK(CsvField(c.in) == c.out);
  }
}

TEST_CASE("The events CSV has one row per event and gives hostile text back intact", "[exporters][csv]") {
  TemporalGraph g = HostileGraph();
  std::string csv = WriteEventsCsv(g);
  Rows rows = ParseCsv(csv);
  const std::vector<std::string> kHeader = {"id",      "start",   "end",      "category", "mode",     "status",
                                            "sources", "targets", "location", "evidence", "document", "url"};
  REQUIRE(rows.size() == 1 + g.Events().size());
  CHECK(rows[0] == kHeader);
  std::map<std::string, std::map<std::string, std::string>> by_id;
  for (size_t r = 1; r < rows.size(); ++r) {
    REQUIRE(rows[r].size() == kHeader.size());
    for (size_t c = 0; c < kHeader.size(); ++c) by_id[rows[r][0]][kHeader[c]] = rows[r][c];
  }
  // Chronological, undated first as in the other timelines.
  size_t r = 1;
  for (const GraphNode* n : g.Events()) CHECK(rows[r++][0] == n->id);

  for (const GraphNode* n : g.Events()) {
    const auto& row = by_id.at(n->id);
    INFO(n->id);
    CHECK(row.at("category") == n->event.category);
    CHECK(row.at("start") == n->event.start.ToIso());
    if (n->event.category == "CONSULT" && n->event.mode == "phone") {
      CHECK(row.at("sources") == kHostilePerson);
      CHECK(row.at("targets") == "Russia");
      CHECK(row.at("evidence") == kHostileSentence);
      CHECK(row.at("document") == "news/a,\"b\".txt");
      CHECK(row.at("url") == "javascript:alert(1)");
    }
    if (n->event.start == Date::Day(2025, 5, 15)) {
      CHECK(row.at("end") == "2025-05-16");
      CHECK(row.at("location") == "Istanbul");
      CHECK(row.at("targets") == kControlName);
    }
    if (n->event.category == "AGREE") {
      CHECK(row.at("start") == "2024-02");
      CHECK(row.at("status") == "proposed");
    }
    if (n->event.category == "DISAPPROVE") CHECK(row.at("end").empty());
  }
}

TEST_CASE("CSV cells a spreadsheet would run as a formula are kept as text", "[exporters][csv]") {
  struct Case {
    std::string in, out;
  };
  const Case kCases[] = {
      {"=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"},
      {"+1 555", "'+1 555"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"\t=1", "'\t=1"},
      {"\r=1", "'\r=1"},
      {"Rubio = Lavrov", "Rubio = Lavrov"},
      {"2025-05-17", "2025-05-17"},
      {"", ""},
  };
  for (const Case& c : kCases) {
    INFO(c.in);
    CHECK(SpreadsheetText(c.in) == c.out);
  }
  Facts f;
  f.doc_id = "doc-f";
  f.doc_path = "news/f.txt";
  f.published = Date::Day(2025, 5, 17);
  f.actors = {Actor{"eve", ActorKind::kPerson, "=cmd|' /C calc'!A0", "", "", {}, {}},
              Actor{"rus", ActorKind::kState, "Russia", "روسيا", "rus", {}, {}}};
  Event e;
  e.category = "CONSULT";
  e.start = e.end = Date::Day(2025, 5, 17);
  e.sources = {"eve"};
  e.targets = {"rus"};
  e.evidence = {Evidence{f.doc_id, {0, 3}, {0, 3}, "@once more"}};
  f.events = {e};
  TemporalGraph g;
  g.AddFacts(f);
  Rows rows = ParseCsv(WriteEventsCsv(g));
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][6] == "'=cmd|' /C calc'!A0");
  CHECK(rows[1][9] == "'@once more");
  CHECK(rows[1][7] == "Russia");
}

TEST_CASE("The events CSV starts with a byte order mark only when asked (for Excel)", "[exporters][csv]") {
  TemporalGraph g = HostileGraph();
  CHECK(WriteEventsCsv(g).rfind("id,", 0) == 0);
  std::string bom = WriteEventsCsv(g, true);
  CHECK(bom.rfind("\xEF\xBB\xBFid,", 0) == 0);
  CHECK(bom.substr(3) == WriteEventsCsv(g));
}

}  // namespace diplograph
