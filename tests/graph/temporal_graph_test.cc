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

TEST_CASE("Facts added after a query give the graph of all the facts added at once", "[graph]") {
  // The first query lends the reports it can to the merged events; adding
  // more facts must take them back whole, or doc-a's report would be lost.
  auto events = [](const TemporalGraph& g) {
    std::string out;
    for (const GraphNode* n : g.Events()) out += n->id + " " + n->event.Dump() + " x" + std::to_string(n->event.evidence.size()) + "\n";
    return out;
  };
  TemporalGraph step;
  step.AddFacts(MakeFacts("doc-a", "روبيو"));
  REQUIRE(step.Events().size() == 1);
  std::string first = events(step);
  step.AddFacts(MakeFacts("doc-b", "Rubio"));
  TemporalGraph once;
  once.AddFacts(MakeFacts("doc-a", "روبيو"));
  once.AddFacts(MakeFacts("doc-b", "Rubio"));
  CHECK(events(step) == events(once));
  REQUIRE(step.Events().size() == 1);
  CHECK(step.Events()[0]->event.evidence.size() == 2);
  CHECK(step.Edges().size() == once.Edges().size());
  // And the first graph alone again gives what it gave.
  TemporalGraph again;
  again.AddFacts(MakeFacts("doc-a", "روبيو"));
  CHECK(events(again) == first);
}

TEST_CASE("Nodes are found by id whatever their kind, events once the graph is merged", "[graph]") {
  TemporalGraph g;
  g.AddFacts(MakeFacts("doc-a", "Rubio"));
  const GraphNode* event = g.Events().front();
  CHECK(g.FindNode(event->id) == event);
  CHECK(g.FindNode("marco-rubio")->kind == NodeKind::kActor);
  CHECK(g.FindNode("doc-a")->kind == NodeKind::kDocument);
  CHECK(g.FindNode("no-such-node") == nullptr);
}

}  // namespace diplograph
