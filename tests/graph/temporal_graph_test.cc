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

TEST_CASE("An article added twice counts once; what it says differently the second time is added", "[graph]") {
  auto events = [](const TemporalGraph& g) {
    std::string out;
    for (const GraphNode* n : g.Events()) out += n->id + " " + n->event.Dump() + " x" + std::to_string(n->event.evidence.size()) + "\n";
    return out;
  };
  Facts a = MakeFacts("doc-a", "روبيو");
  Event talks = a.events.front();
  talks.category = "ACCEPT";  // "Lavrov accepted the invitation to Istanbul"
  talks.mode.clear();
  talks.evidence.front().trigger = {30, 36};
  talks.start = talks.end = Date::Day(2025, 5, 15);
  a.events.push_back(talks);
  TemporalGraph once;
  once.AddFacts(a);
  once.AddFacts(MakeFacts("doc-b", "Rubio"));
  REQUIRE(once.Events().size() == 2);

  TemporalGraph twice;
  twice.AddFacts(a);
  REQUIRE(twice.Events().size() == 2);  // a query between the additions
  twice.AddFacts(MakeFacts("doc-b", "Rubio"));
  twice.AddFacts(a);
  CHECK(events(twice) == events(once));
  CHECK(twice.Edges().size() == once.Edges().size());

  // The same article saved again after a correction of its second report's
  // date: the first report is the same, the corrected one a second event.
  Facts corrected = a;
  corrected.events[1].start = corrected.events[1].end = Date::Day(2025, 6, 20);
  twice.AddFacts(corrected);
  REQUIRE(twice.Events().size() == 3);
  CHECK(twice.Events()[0]->event.evidence.size() == 1);  // 15 May, doc-a once
  CHECK(twice.Events()[1]->event.evidence.size() == 2);  // the call: doc-a, doc-b
  CHECK(twice.Events()[2]->event.start == Date::Day(2025, 6, 20));
}

}  // namespace diplograph
