// The actor network, the time window, top-N actors and clusters of the
// diagrams, and the PLOVER quad classes they are coloured by.
#include <catch2/catch.hpp>

#include <regex>
#include <string>
#include <vector>

#include "exporters/dot.h"
#include "exporters/plover_quad.h"
#include "tests/exporters/hostile_graph.h"

namespace diplograph {

namespace {

// The attribute list of the edge "a -- b" in cgraph's output, or "" when
// there is no such edge.
std::string EdgeAttributes(const std::string& dot, const std::string& a, const std::string& b) {
  size_t at = dot.find("\t" + a + " -- " + b + "\t");
  if (at == std::string::npos) return "";
  return dot.substr(at, dot.find("];", at) - at);
}

size_t CountEdges(const std::string& dot, const std::string& op) {
  size_t n = 0;
  for (size_t at = dot.find(op); at != std::string::npos; at = dot.find(op, at + 1)) ++n;
  return n;
}

std::string ActorDot(const TemporalGraph& g, DotOptions o) {
  o.view = DotOptions::View::kActors;
  Result<std::string> dot = WriteDot(g, o);
  REQUIRE(dot.ok());
  return *dot;
}

}  // namespace

TEST_CASE("PLOVER categories fall into the four quad classes", "[exporters][plover]") {
  struct Case {
    const char* category;
    QuadClass quad;
  };
  const Case kCases[] = {
      {"CONSULT", QuadClass::kVerbalCooperation},  {"AGREE", QuadClass::kVerbalCooperation},
      {"SUPPORT", QuadClass::kVerbalCooperation},  {"AID", QuadClass::kMaterialCooperation},
      {"RETREAT", QuadClass::kMaterialCooperation}, {"CONCEDE", QuadClass::kMaterialCooperation},
      {"DEMAND", QuadClass::kVerbalConflict},      {"THREATEN", QuadClass::kVerbalConflict},
      {"DISAPPROVE", QuadClass::kVerbalConflict},  {"ASSAULT", QuadClass::kMaterialConflict},
      {"SANCTION", QuadClass::kMaterialConflict},  {"PROTEST", QuadClass::kMaterialConflict},
      {"", QuadClass::kUnknown},                   {"consult", QuadClass::kUnknown},
  };
  for (const Case& c : kCases) {
    INFO(c.category);
    CHECK(PloverQuad(c.category) == c.quad);
  }
  CHECK(std::string(QuadName(QuadClass::kMaterialConflict)) == "material conflict");
}

TEST_CASE("The actor network merges parallel edges, counts them and colours by the dominant quad class",
          "[exporters][dot]") {
  // Hostile graph: tom and rus share the call and the talks; rus and ukr the
  // talks (CONSULT), the war (ASSAULT) and the undated criticism
  // (DISAPPROVE); tom mediated the talks with ukr.
  std::string dot = ActorDot(HostileGraph(), {});
  CHECK(dot.rfind("graph", 0) == 0);  // undirected
  CHECK(CountEdges(dot, " -- ") == 3);
  std::string rus_ukr = EdgeAttributes(dot, "rus", "ukr");
  INFO(dot);
  REQUIRE(!rus_ukr.empty());
  CHECK(rus_ukr.find("label=\"3× 2022-02-24 – 2025-05-16\"") != std::string::npos);
  // One event each of three classes: the tie goes to the conflict.
  CHECK(rus_ukr.find("color=\"#cc0000\"") != std::string::npos);
  CHECK(rus_ukr.find("penwidth=4.2") != std::string::npos);
  std::string rus_tom = EdgeAttributes(dot, "rus", "tom");
  CHECK(rus_tom.find("label=\"2× 2025-05-15 – 2025-05-17\"") != std::string::npos);
  CHECK(rus_tom.find("color=\"#6aa84f\"") != std::string::npos);
  std::string tom_ukr = EdgeAttributes(dot, "tom", "ukr");
  CHECK(tom_ukr.find("label=\"2025-05-15 – 2025-05-16\"") != std::string::npos);
  CHECK(tom_ukr.find("penwidth=1.0") != std::string::npos);
  // Places are not actors of the network.
  CHECK(dot.find("istanbul") == std::string::npos);
  CHECK(dot.find("layout=neato") != std::string::npos);
}

TEST_CASE("A time window keeps the events whose dates overlap it", "[exporters][dot]") {
  TemporalGraph g = HostileGraph();
  SECTION("from May 2025: the call, the talks, and the war still going on") {
    DotOptions o;
    o.from = Date::Month(2025, 5);
    std::vector<const GraphNode*> events = DiagramEvents(g, o);
    REQUIRE(events.size() == 3);
    CHECK(events[0]->event.category == "ASSAULT");
    std::string dot = ActorDot(g, o);
    CHECK(EdgeAttributes(dot, "rus", "ukr").find("label=\"2× 2022-02-24 – 2025-05-16\"") != std::string::npos);
    CHECK(dot.find("from 2025-05") != std::string::npos);
  }
  SECTION("to 2024: the war and the proposal of February 2024; undated events are out") {
    DotOptions o;
    o.to = Date::Year(2024);
    std::vector<const GraphNode*> events = DiagramEvents(g, o);
    REQUIRE(events.size() == 2);
    CHECK(events[0]->event.category == "ASSAULT");
    CHECK(events[1]->event.category == "AGREE");
  }
  SECTION("one day: only what happened on it") {
    DotOptions o;
    o.from = o.to = Date::Day(2025, 5, 16);
    std::vector<const GraphNode*> events = DiagramEvents(g, o);
    REQUIRE(events.size() == 2);  // the talks (15-16 May) and the war
    CHECK(events[1]->event.start == Date::Day(2025, 5, 15));
  }
  SECTION("no window: every event, undated too") {
    CHECK(DiagramEvents(g, {}).size() == g.Events().size());
  }
}

TEST_CASE("Top-N keeps the actors in most events", "[exporters][dot]") {
  TemporalGraph g = HostileGraph();
  DotOptions o;
  o.top_actors = 2;  // rus (5 events), ukr (3); tom (2) goes
  std::string dot = ActorDot(g, o);
  CHECK(CountEdges(dot, " -- ") == 1);
  CHECK(!EdgeAttributes(dot, "rus", "ukr").empty());
  CHECK(dot.find("2 actors of 3") != std::string::npos);
  o.top_actors = 1;
  dot = ActorDot(g, o);
  CHECK(CountEdges(dot, " -- ") == 0);
  CHECK(dot.find("no two actors share an event") != std::string::npos);
  // The event view drops the events none of the chosen actors took part in.
  o.view = DotOptions::View::kEvents;
  o.top_actors = 1;
  for (const GraphNode* n : DiagramEvents(g, o)) {
    const Event& e = n->event;
    bool has_rus = std::count(e.sources.begin(), e.sources.end(), "rus") +
                       std::count(e.targets.begin(), e.targets.end(), "rus") >
                   0;
    CHECK(has_rus);
  }
}

TEST_CASE("Clusters box actors by country and events by day", "[exporters][dot]") {
  TemporalGraph g = HostileGraph();
  DotOptions o;
  o.cluster = DotOptions::Cluster::kCountry;
  std::string actors = ActorDot(g, o);
  CHECK(actors.find("subgraph cluster_country_rus") != std::string::npos);
  CHECK(actors.find("layout=dot") != std::string::npos);
  o.cluster = DotOptions::Cluster::kDay;
  Result<std::string> events = WriteDot(g, o);
  REQUIRE(events.ok());
  CHECK(events->find("subgraph \"cluster_day_2025-05-17\"") != std::string::npos);
  CHECK(events->find("subgraph cluster_day_undated") != std::string::npos);
}

TEST_CASE("The actor network renders through gvc with hostile names escaped", "[exporters][dot]") {
  Result<std::string> svg = RenderDiagramData(HostileGraph(), [] {
    DotOptions o;
    o.view = DotOptions::View::kActors;
    return o;
  }(), "svg");
  REQUIRE(svg.ok());
  CHECK(svg->find("<svg") != std::string::npos);
  CHECK(svg->find("<script") == std::string::npos);
  CHECK(svg->find("&lt;script&gt;") != std::string::npos);
  Result<std::string> pdf = RenderDiagramData(HostileGraph(), {}, "pdf");
  REQUIRE(pdf.ok());
  CHECK(pdf->rfind("%PDF", 0) == 0);
  CHECK(!RenderDiagramData(HostileGraph(), {}, "no-such-format").ok());
}

TEST_CASE("Several formats from one layout are the bytes each gives alone", "[exporters][dot]") {
  Result<std::vector<std::string>> both = RenderDiagramData(HostileGraph(), {}, std::vector<std::string>{"svg", "png"});
  REQUIRE(both.ok());
  REQUIRE(both->size() == 2);
  Result<std::string> svg = RenderDiagramData(HostileGraph(), {}, "svg");
  Result<std::string> png = RenderDiagramData(HostileGraph(), {}, "png");
  REQUIRE(svg.ok());
  REQUIRE(png.ok());
  CHECK((*both)[0] == *svg);
  CHECK((*both)[1] == *png);
  CHECK((*both)[1].rfind("\x89PNG", 0) == 0);
  // A bad format anywhere in the list fails the whole call.
  CHECK(!RenderDiagramData(HostileGraph(), {}, std::vector<std::string>{"svg", "no-such-format"}).ok());
}

}  // namespace diplograph
