#include "graph/temporal_graph.h"

#include <catch2/catch.hpp>

namespace diplograph {

namespace {

Facts MakeFacts(const std::string& doc, const std::string& surface) {
  Facts f;
  f.doc_id = doc;
  f.doc_path = doc + ".txt";
  f.published = Date::Day(2025, 5, 17);
  Actor rubio{"marco-rubio", ActorKind::kPerson, "Marco Rubio", "", "usa", {surface}, {"foreign_minister of usa"}};
  Actor lavrov{"sergey-lavrov", ActorKind::kPerson, "Sergey Lavrov", "", "rus", {"Lavrov"}, {}};
  f.actors = {rubio, lavrov};
  Event call;
  call.category = "CONSULT";
  call.mode = "phone";
  call.start = call.end = Date::Day(2025, 5, 17);
  call.sources = {"marco-rubio"};
  call.targets = {"sergey-lavrov"};
  call.time_anchor = "publication";
  Evidence ev;
  ev.doc_id = doc;
  ev.trigger = {10, 20};
  call.evidence = {ev};
  f.events = {call};
  return f;
}

}  // namespace

TEST_CASE("Two articles about one call give one actor node each and one event", "[graph]") {
  TemporalGraph g;
  g.AddFacts(MakeFacts("doc-a", "روبيو"));
  g.AddFacts(MakeFacts("doc-b", "Rubio"));
  REQUIRE(g.Actors().size() == 2);
  const GraphNode* rubio = g.FindNode("marco-rubio");
  REQUIRE(rubio != nullptr);
  CHECK(rubio->actor.names == std::vector<std::string>{"Rubio", "روبيو"});
  REQUIRE(g.Events().size() == 1);
  CHECK(g.Events()[0]->event.evidence.size() == 2);
  CHECK(g.Documents().size() == 2);
}

TEST_CASE("The graph does not depend on the order articles are added", "[graph]") {
  TemporalGraph ab, ba;
  ab.AddFacts(MakeFacts("doc-a", "روبيو"));
  ab.AddFacts(MakeFacts("doc-b", "Rubio"));
  ba.AddFacts(MakeFacts("doc-b", "Rubio"));
  ba.AddFacts(MakeFacts("doc-a", "روبيو"));
  REQUIRE(ab.Events().size() == ba.Events().size());
  CHECK(ab.Events()[0]->id == ba.Events()[0]->id);
  CHECK(ab.FindNode("marco-rubio")->actor.names == ba.FindNode("marco-rubio")->actor.names);
  CHECK(ab.Edges().size() == ba.Edges().size());
}

}  // namespace diplograph
