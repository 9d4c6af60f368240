#include "graph/query.h"

#include <catch2/catch.hpp>

namespace diplograph {

namespace {

Actor State(const std::string& id, const std::string& name, const std::string& name_ar) {
  return Actor{id, ActorKind::kState, name, name_ar, id, {name}, {}};
}

Event Meeting(const std::string& category, Date day, const std::string& a, const std::string& b,
              const std::string& doc, size_t at) {
  Event e;
  e.category = category;
  e.start = e.end = day;
  e.sources = {a};
  e.targets = {b};
  Evidence ev;
  ev.doc_id = doc;
  ev.trigger = {at, at + 4};
  e.evidence = {ev};
  return e;
}

// A line of states, A - B - C - D, met over three months, and E alone
// with F; Jordan and the Jordan River Authority share a word.
TemporalGraph Line() {
  Facts f;
  f.doc_id = "doc-1";
  f.doc_path = "one.txt";
  f.actors = {State("aaa", "Arabia", "عربيا"),       State("bbb", "Bahrain", "البحرين"),
              State("ccc", "Chad", "تشاد"),          State("ddd", "Djibouti", "جيبوتي"),
              State("eee", "Eritrea", "إريتريا"),    State("fff", "Finland", "فنلندا"),
              State("jor", "Jordan", "الأردن"),      State("jra", "Jordan River Authority", "")};
  f.events = {Meeting("CONSULT", Date::Day(2015, 5, 3), "aaa", "bbb", "doc-1", 0),
              Meeting("AGREE", Date::Day(2015, 6, 10), "bbb", "ccc", "doc-1", 10),
              Meeting("CONSULT", Date::Day(2015, 7, 1), "ccc", "ddd", "doc-1", 20),
              Meeting("CONSULT", Date::Day(2015, 7, 2), "eee", "fff", "doc-1", 30),
              Meeting("CONSULT", Date::Month(2015, 8), "jor", "jra", "doc-1", 40)};
  TemporalGraph g;
  g.AddFacts(f);
  return g;
}

std::vector<std::string> Categories(const TemporalGraph& g, const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) {
    const Event& e = g.FindNode(id)->event;
    out.push_back(e.category + " " + e.start.ToIso());
  }
  return out;
}

}  // namespace

TEST_CASE("Query resolves actor names in English or Arabic, folded", "[graph][query]") {
  TemporalGraph g = Line();
  const std::pair<const char*, const char*> kCases[] = {
      {"Bahrain", "bbb"}, {"bahrain", "bbb"}, {"  CHAD ", "ccc"}, {"البحرين", "bbb"},
      {"البحرينُ", "bbb"},  // a diacritic
      {"اريتريا", "eee"},   // hamza on the alef dropped
      {"ddd", "ddd"},       {"River", "jra"},  // a word of one name only
      {"jordan", "jor"},    // exact beats a word of a longer name
  };
  for (const auto& [name, id] : kCases) {
    INFO(name);
    Result<std::string> r = ResolveActor(g, name);
    REQUIRE(r.ok());
    CHECK(*r == id);
  }
  Result<std::string> unknown = ResolveActor(g, "Bahrein");
  REQUIRE(!unknown.ok());
  CHECK(unknown.status().message().find("no actor called 'Bahrein'") != std::string::npos);
  CHECK(unknown.status().message().find("Bahrain / البحرين (bbb)") != std::string::npos);  // the closest first
  CHECK(unknown.status().message().find("the closest names:\n  Bahrain") != std::string::npos);
}

TEST_CASE("Query: an ambiguous name lists the actors it could mean", "[graph][query]") {
  Facts f;
  f.doc_id = "doc-1";
  f.actors = {Actor{"mohammed-a", ActorKind::kPerson, "Mohammed Ali", "", "egy", {}, {}},
              Actor{"mohammed-b", ActorKind::kPerson, "Mohammed Bakr", "", "sau", {}, {}}};
  TemporalGraph g;
  g.AddFacts(f);
  Result<std::string> r = ResolveActor(g, "mohammed");
  REQUIRE(!r.ok());
  CHECK(r.status().message() ==
        "'mohammed' names 2 actors; give one of these names or ids:\n  Mohammed Ali (mohammed-a)\n"
        "  Mohammed Bakr (mohammed-b)");
}

TEST_CASE("Query: the ego network grows with depth and keeps to the window and types", "[graph][query]") {
  TemporalGraph g = Line();
  EventFilter all;
  CHECK(Categories(g, EgoNetwork(g, "bbb", 1, all)) ==
        std::vector<std::string>{"CONSULT 2015-05-03", "AGREE 2015-06-10"});
  CHECK(Categories(g, EgoNetwork(g, "aaa", 2, all)) ==
        std::vector<std::string>{"CONSULT 2015-05-03", "AGREE 2015-06-10"});
  CHECK(EgoNetwork(g, "aaa", 3, all).size() == 3);
  CHECK(EgoNetwork(g, "aaa", 9, all).size() == 3);  // E and F never connect
  EventFilter june{Date::Month(2015, 6), Date::Day(2015, 7, 1), {}};
  CHECK(Categories(g, EgoNetwork(g, "ccc", 1, june)) ==
        std::vector<std::string>{"AGREE 2015-06-10", "CONSULT 2015-07-01"});
  EventFilter consult{std::nullopt, std::nullopt, {"CONSULT"}};
  CHECK(Categories(g, EgoNetwork(g, "bbb", 2, consult)) == std::vector<std::string>{"CONSULT 2015-05-03"});
  // A month-dated event overlaps a window that starts inside the month.
  EventFilter late_august{Date::Day(2015, 8, 20), std::nullopt, {}};
  CHECK(EgoNetwork(g, "jor", 1, late_august).size() == 1);
  TemporalGraph sub = SelectEvents(g, EgoNetwork(g, "bbb", 1, all));
  CHECK(sub.Events().size() == 2);
  CHECK(sub.Actors().size() == 3);
  CHECK(sub.Documents().size() == 1);
}

TEST_CASE("Query: the shortest chain names the events of each hop", "[graph][query]") {
  TemporalGraph g = Line();
  Result<std::vector<Hop>> chain = ShortestChain(g, "aaa", "ddd", {});
  REQUIRE(chain.ok());
  REQUIRE(chain->size() == 3);
  CHECK((*chain)[0].from == "aaa");
  CHECK((*chain)[1].from == "bbb");
  CHECK((*chain)[2].to == "ddd");
  CHECK(Categories(g, (*chain)[1].events) == std::vector<std::string>{"AGREE 2015-06-10"});
  Result<std::vector<Hop>> none = ShortestChain(g, "aaa", "fff", {});
  REQUIRE(!none.ok());
  CHECK(none.status().message() == "no chain of interactions links Arabia to Finland in the events that pass the filter");
  // Without June the line is broken.
  EventFilter not_june{Date::Month(2015, 7), std::nullopt, {}};
  CHECK(!ShortestChain(g, "aaa", "ddd", not_june).ok());
}

TEST_CASE("Query: betweenness ranks the middle of a line first", "[graph][query]") {
  TemporalGraph g = Line();
  std::vector<Centrality> top = CentralActors(g, {}, 3);
  REQUIRE(top.size() == 3);
  // On A - B - C - D, B and C each lie on two shortest paths between others.
  CHECK(top[0].actor == "bbb");
  CHECK(top[0].betweenness == Approx(2.0));
  CHECK(top[1].actor == "ccc");
  CHECK(top[1].betweenness == Approx(2.0));
  CHECK(top[2].betweenness == Approx(0.0));
  CHECK(top[0].partners == 2);
  CHECK(top[0].events == 2);
}

}  // namespace diplograph

namespace diplograph {

TEST_CASE("Query: the numbered graph has the nodes and edges the graph lists, in its order", "[graph][query]") {
  // Two articles, so that an event has evidence from both; a mediator, a
  // place and a target that names no node.
  Facts first;
  first.doc_id = "doc-b";
  first.doc_path = "b.txt";
  first.actors = {State("aaa", "Arabia", "عربيا"), State("bbb", "Bahrain", "البحرين"), State("ccc", "Chad", "تشاد"),
                  Actor{"city-x", ActorKind::kCity, "Xville", "", "aaa", {"Xville"}, {}}};
  Event talks = Meeting("CONSULT", Date::Day(2015, 5, 3), "bbb", "aaa", "doc-b", 0);
  talks.mediators = {"ccc"};
  talks.location = "city-x";
  first.events = {talks, Meeting("AGREE", Date::Day(2015, 6, 10), "ccc", "nobody", "doc-b", 10)};
  Facts second = first;
  second.doc_id = "doc-a";
  second.doc_path = "a.txt";
  for (Event& e : second.events) e.evidence.front().doc_id = "doc-a";
  TemporalGraph g;
  g.AddFacts(first);
  g.AddFacts(second);

  NumberedGraph n = NumberGraph(g);
  std::vector<const GraphNode*> listed;
  for (const auto& list : {g.Actors(), g.Places(), g.Events(), g.Documents()})
    listed.insert(listed.end(), list.begin(), list.end());
  CHECK(n.nodes == listed);
  REQUIRE(n.rank.size() == listed.size());
  for (size_t r = 0; r < n.by_rank.size(); ++r) {
    CHECK(n.rank[n.by_rank[r]] == r);
    if (r > 0) CHECK(n.nodes[n.by_rank[r - 1]]->id < n.nodes[n.by_rank[r]]->id);
  }
  std::vector<std::string> numbered, edges;
  for (const NumberedGraph::Edge& e : n.edges)
    numbered.push_back(n.nodes[e.from]->id + " " + EdgeRoleName(e.role) + " " + n.nodes[e.to]->id);
  for (const GraphEdge& e : g.Edges()) edges.push_back(e.from + " " + e.role + " " + e.to);
  CHECK(numbered == edges);
  // Each event an agent edge and one evidence edge per article; the talks
  // a recipient, a mediator and a place; "nobody" no edge.
  std::vector<size_t> roles(5, 0);
  for (const NumberedGraph::Edge& e : n.edges) ++roles[static_cast<size_t>(e.role)];
  CHECK(roles == std::vector<size_t>{2, 4, 1, 1, 1});  // agent, evidence, location, mediator, recipient
}

}  // namespace diplograph
