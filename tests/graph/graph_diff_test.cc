#include "graph/graph_diff.h"

#include <catch2/catch.hpp>

namespace diplograph {

namespace {

Actor State(const std::string& id, const std::string& name) {
  return Actor{id, ActorKind::kState, name, "", id, {}, {}};
}
Actor Person(const std::string& id, const std::string& name, const std::string& country) {
  return Actor{id, ActorKind::kPerson, name, "", country, {}, {}};
}

Event MakeEvent(const std::string& category, Date start, std::vector<std::string> sources,
                std::vector<std::string> targets, const std::string& doc) {
  Event e;
  e.category = category;
  e.start = e.end = start;
  e.sources = std::move(sources);
  e.targets = std::move(targets);
  e.time_anchor = "explicit";
  Evidence ev;
  ev.doc_id = doc;
  ev.trigger = {0, 4};
  e.evidence = {ev};
  return e;
}

Facts MakeFacts(const std::string& doc, std::vector<Actor> actors, std::vector<Event> events) {
  Facts f;
  f.doc_id = doc;
  f.doc_path = doc + ".txt";
  f.published = Date::Day(2025, 6, 1);
  f.actors = std::move(actors);
  f.events = std::move(events);
  return f;
}

// Yesterday's graph and today's, with one change of every kind.
struct Pair {
  TemporalGraph before, after;
};

Pair ChangedGraphs() {
  Pair p;
  std::vector<Actor> actors = {State("usa", "United States"), State("rus", "Russia"),
                               Person("marco-rubio", "Marco Rubio", "usa"),
                               Person("sergey-lavrov", "Sergey Lavrov", "rus")};
  // In April: a report "in May" would be the same happening as the May
  // call below, and merge with it.
  Event talks = MakeEvent("CONSULT", Date::Month(2025, 4), {"usa"}, {"rus"}, "doc-a");
  Event deal = MakeEvent("AGREE", Date::Day(2025, 6, 10), {"rus"}, {"usa"}, "doc-a");
  deal.status = EventStatus::kPlanned;
  Event call = MakeEvent("CONSULT", Date::Day(2025, 5, 17), {"marco-rubio"}, {"sergey-lavrov"}, "doc-a");
  call.mode = "phone";
  Event protest = MakeEvent("DISAPPROVE", Date::Day(2025, 4, 2), {"fra"}, {"rus"}, "doc-a");
  std::vector<Actor> old_actors = actors;
  old_actors.push_back(State("fra", "France"));
  p.before.AddFacts(MakeFacts("doc-a", old_actors, {talks, deal, call, protest}));

  talks.start = talks.end = Date::Day(2025, 4, 15);  // refined
  deal.status = EventStatus::kHappened;              // planned -> happened
  call.sources.push_back("usa");                     // participant added
  Event visit = MakeEvent("CONSULT", Date::Day(2025, 5, 20), {"tur"}, {"rus"}, "doc-a");
  std::vector<Actor> new_actors = actors;
  new_actors.push_back(State("tur", "Turkey"));
  p.after.AddFacts(MakeFacts("doc-a", new_actors, {talks, deal, call, visit}));
  Event call_b = call;  // a new source for the call
  call_b.evidence[0].doc_id = "doc-b";
  p.after.AddFacts(MakeFacts("doc-b", actors, {call_b}));
  return p;
}

}  // namespace

TEST_CASE("Graph diff reports every kind of change, a refined date as one change", "[graph][diff]") {
  Pair p = ChangedGraphs();
  GraphDiff d = DiffGraphs(p.before, p.after);
  CHECK(d.Dump() ==
        "actor + tur (state) Turkey\n"
        "actor - fra (state) France\n"
        "event + CONSULT 2025-05-20 [explicit] happened tur -> rus\n"
        "event - DISAPPROVE 2025-04-02 [explicit] happened fra -> rus\n"
        "event ~ CONSULT 2025-04-15 [explicit] happened usa -> rus\n"
        "  start: 2025-04 -> 2025-04-15\n"
        "  end: 2025-04 -> 2025-04-15\n"
        "event ~ CONSULT/phone 2025-05-17 [explicit] happened marco-rubio usa -> sergey-lavrov\n"
        "  agent: +usa\n"
        "  documents: +doc-b\n"
        "event ~ AGREE 2025-06-10 [explicit] happened rus -> usa\n"
        "  status: planned -> happened\n");
  REQUIRE(d.events_changed.size() == 3);
  CHECK(d.events_changed[0].before.id != d.events_changed[0].after.id);  // the id follows the date
}

TEST_CASE("Graph diff of a graph with itself is empty", "[graph][diff]") {
  Pair p = ChangedGraphs();
  CHECK(DiffGraphs(p.before, p.before).empty());
  CHECK(DiffGraphs(p.after, p.after).Dump() == "");
}

TEST_CASE("Graph diff: the reverse diff swaps additions and removals", "[graph][diff]") {
  Pair p = ChangedGraphs();
  GraphDiff d = DiffGraphs(p.after, p.before);
  REQUIRE(d.actors_added.size() == 1);
  CHECK(d.actors_added[0].id == "fra");
  REQUIRE(d.events_removed.size() == 1);
  CHECK(d.events_removed[0].category == "CONSULT");
  CHECK(d.events_changed.size() == 3);
}

TEST_CASE("Graph diff matches dates that contain each other, not other months", "[graph][diff]") {
  // kCases: old start, new start, whether they are one event.
  struct Case {
    Date before, after;
    bool same;
  };
  const Case kCases[] = {
      {Date::Month(2025, 5), Date::Day(2025, 5, 15), true},    // refined
      {Date::Day(2025, 5, 15), Date::Day(2025, 5, 16), true},  // corrected within the month
      {Date::Year(2025), Date::Day(2025, 5, 15), true},        // year contains the day
      {Date::Year(2025), Date::Month(2025, 7), true},          // year contains the month
      {Date::Month(2025, 5), Date::Day(2025, 6, 1), false},    // another month
      {Date::Year(2024), Date::Day(2025, 1, 1), false},        // another year
      {Date(), Date::Day(2025, 1, 1), false},                  // undated: no key
  };
  std::vector<Actor> actors = {State("usa", "United States"), State("rus", "Russia")};
  for (const Case& c : kCases) {
    INFO(c.before.ToIso() << " vs " << c.after.ToIso());
    TemporalGraph a, b;
    a.AddFacts(MakeFacts("doc-a", actors, {MakeEvent("CONSULT", c.before, {"usa"}, {"rus"}, "doc-a")}));
    b.AddFacts(MakeFacts("doc-a", actors, {MakeEvent("CONSULT", c.after, {"usa"}, {"rus"}, "doc-a")}));
    GraphDiff d = DiffGraphs(a, b);
    CHECK(d.events_changed.size() == (c.same ? 1u : 0u));
    CHECK(d.events_added.size() == (c.same ? 0u : 1u));
    CHECK(d.events_removed.size() == (c.same ? 0u : 1u));
  }
}

TEST_CASE("Graph diff keeps events of other categories or sides apart", "[graph][diff]") {
  std::vector<Actor> actors = {State("usa", "United States"), State("rus", "Russia"), State("tur", "Turkey")};
  TemporalGraph a, b;
  a.AddFacts(MakeFacts("doc-a", actors, {MakeEvent("CONSULT", Date::Day(2025, 5, 15), {"usa"}, {"rus"}, "doc-a")}));
  b.AddFacts(MakeFacts("doc-a", actors,
                       {MakeEvent("AGREE", Date::Day(2025, 5, 15), {"usa"}, {"rus"}, "doc-a"),
                        MakeEvent("CONSULT", Date::Day(2025, 5, 15), {"usa"}, {"tur"}, "doc-a")}));
  GraphDiff d = DiffGraphs(a, b);
  CHECK(d.events_changed.empty());
  CHECK(d.events_added.size() == 2);
  CHECK(d.events_removed.size() == 1);
}

}  // namespace diplograph

#include "exporters/diff_writer.h"

namespace diplograph {

TEST_CASE("Diff text starts with the summary and is coloured only when asked", "[graph][diff]") {
  Pair p = ChangedGraphs();
  GraphDiff d = DiffGraphs(p.before, p.after);
  std::string plain = WriteDiffText(d, p.before, p.after, false);
  CHECK(plain.rfind("1 actor added, 1 removed; 1 event added, 1 removed, 3 changed\n", 0) == 0);
  CHECK(plain.find('\033') == std::string::npos);
  std::string color = WriteDiffText(d, p.before, p.after, true);
  CHECK(color.rfind("\033[1m1 actor added", 0) == 0);
  CHECK(color.find("\033[32m  + Turkey (tur)\033[0m") != std::string::npos);
  CHECK(color.find("\033[31m  - France (fra)\033[0m") != std::string::npos);
  CHECK(color.find("\033[33m  ~ ") != std::string::npos);
}

TEST_CASE("Diff DOT colours added, removed, changed and unchanged elements", "[graph][diff]") {
  Pair p = ChangedGraphs();
  GraphDiff d = DiffGraphs(p.before, p.after);
  std::string dot = WriteDiffDot(d, p.before, p.after);
  CHECK(dot.rfind("digraph diff {\n", 0) == 0);
  CHECK(dot.find("subgraph cluster_legend") != std::string::npos);
  auto line_of = [&](const std::string& start) {
    size_t at = dot.find("\n  " + start);
    REQUIRE(at != std::string::npos);
    return dot.substr(at + 1, dot.find('\n', at + 1) - at - 1);
  };
  CHECK(line_of("\"tur\" [").find("#1a9641") != std::string::npos);  // added: green
  CHECK(line_of("\"fra\" [").find("style=dashed") != std::string::npos);  // removed: red, dashed
  CHECK(line_of("\"fra\" [").find("#d7191c") != std::string::npos);
  CHECK(line_of("\"usa\" [").find("grey60") != std::string::npos);  // unchanged
  // The refined talks: one orange node saying what changed.
  const Event& talks = d.events_changed[0].after;
  std::string node = line_of("\"" + talks.id + "\" [");
  CHECK(node.find("#f07c00") != std::string::npos);
  CHECK(node.find("start: 2025-04 → 2025-04-15") != std::string::npos);
  // The participant who joined the call: a green agent link.
  const Event& call = d.events_changed[1].after;
  CHECK(line_of("\"usa\" -> \"" + call.id + "\"").find("#1a9641") != std::string::npos);
  CHECK(dot.find(d.events_changed[0].before.id) == std::string::npos);  // one node per event
  CHECK(dot.substr(dot.size() - 2) == "}\n");
}

}  // namespace diplograph
