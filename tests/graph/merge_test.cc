// Cross-article merging: tolerant dates, best-supported values, and the
// order-independence and associativity that splitting a corpus relies on.
#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "bench/graph_gen.h"
#include "exporters/jsonld.h"
#include "exporters/jsonld_reader.h"
#include "graph/temporal_graph.h"

namespace diplograph {

namespace {

Actor State(const std::string& id) { return Actor{id, ActorKind::kState, id + " state", "", id, {}, {}}; }

// One article reporting one event between two states.
Facts Report(const std::string& doc, const std::string& category, Date start, const std::string& from = "sau",
             const std::string& to = "egy") {
  Facts f;
  f.doc_id = doc;
  f.doc_path = doc + ".txt";
  f.doc_source = "outlet of " + doc;
  f.published = Date::Day(2015, 7, 28);
  f.actors = {State(from), State(to)};
  std::sort(f.actors.begin(), f.actors.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
  Event e;
  e.category = category;
  e.start = e.end = start;
  e.sources = {from};
  e.targets = {to};
  e.time_anchor = "explicit";
  e.time_value = start.ToIso();
  Evidence ev;
  ev.doc_id = doc;
  ev.trigger = {3, 7};
  ev.sentence = {0, 20};
  ev.text = "Sentence in " + doc + ".";
  e.evidence = {ev};
  f.events = {e};
  return f;
}

// An event with no other party: "Egypt investigates ...".
Facts OneSided(const std::string& doc, Date start) {
  Facts f = Report(doc, "INVESTIGATE", start);
  f.events[0].targets.clear();
  return f;
}

TemporalGraph Build(const std::vector<Facts>& facts) {
  TemporalGraph g;
  for (const Facts& f : facts) g.AddFacts(f);
  return g;
}

// What `diplograph merge` does with saved graphs.
std::string Merge(const std::vector<std::string>& saved) {
  std::vector<Facts> all;
  for (const std::string& text : saved) {
    Result<std::vector<Facts>> facts = ReadJsonLdFacts(text, "part.jsonld");
    REQUIRE(facts.ok());
    for (Facts& f : *facts) all.push_back(std::move(f));
  }
  std::stable_sort(all.begin(), all.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
  return WriteJsonLd(Build(all));
}

std::string Dates(const TemporalGraph& g) {
  std::string out;
  for (const GraphNode* n : g.Events()) {
    out += n->event.category + " " + n->event.start.ToIso() + " x" + std::to_string(n->event.evidence.size());
    for (const Date& d : AlternativeDates(n->event)) out += " alt " + d.ToIso();
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("Merge: a day and the month that contains it are one event, dated to the day", "[graph][merge]") {
  TemporalGraph g = Build({Report("doc-a", "CONSULT", Date::Month(2015, 7)),
                           Report("doc-b", "CONSULT", Date::Day(2015, 7, 21))});
  CHECK(Dates(g) == "CONSULT 2015-07-21 x2\n");
  REQUIRE(g.Events().size() == 1);
  const Event& e = g.Events()[0]->event;
  CHECK(e.time_value == "2015-07-21");  // the time expression that gave the chosen date
  CHECK(g.Edges().size() == 4);         // agent, recipient and two evidence links
}

TEST_CASE("Merge keeps apart what is not the same happening", "[graph][merge]") {
  // kCases: two reports and whether they are one event.
  struct Case {
    const char* what;
    Facts a, b;
    bool same;
  };
  const Case kCases[] = {
      {"same day", Report("doc-a", "CONSULT", Date::Day(2015, 7, 21)), Report("doc-b", "CONSULT", Date::Day(2015, 7, 21)), true},
      {"two days of a month", Report("doc-a", "CONSULT", Date::Day(2015, 7, 21)), Report("doc-b", "CONSULT", Date::Day(2015, 7, 22)), false},
      {"another month", Report("doc-a", "CONSULT", Date::Month(2015, 7)), Report("doc-b", "CONSULT", Date::Day(2015, 8, 1)), false},
      {"a year and a day", Report("doc-a", "CONSULT", Date::Year(2015)), Report("doc-b", "CONSULT", Date::Day(2015, 8, 1)), false},
      {"same year only", Report("doc-a", "CONSULT", Date::Year(2015)), Report("doc-b", "CONSULT", Date::Year(2015)), true},
      {"another category", Report("doc-a", "CONSULT", Date::Day(2015, 7, 21)), Report("doc-b", "AGREE", Date::Day(2015, 7, 21)), false},
      {"other sides", Report("doc-a", "CONSULT", Date::Day(2015, 7, 21)), Report("doc-b", "CONSULT", Date::Day(2015, 7, 21), "sau", "jor"), false},
      {"undated both", Report("doc-a", "CONSULT", Date()), Report("doc-b", "CONSULT", Date()), true},
      {"one-sided, a day and its month", OneSided("doc-a", Date::Month(2015, 7)), OneSided("doc-b", Date::Day(2015, 7, 21)), false},
      {"one-sided, same month", OneSided("doc-a", Date::Month(2015, 7)), OneSided("doc-b", Date::Month(2015, 7)), true},
      {"one-sided, same day", OneSided("doc-a", Date::Day(2015, 7, 21)), OneSided("doc-b", Date::Day(2015, 7, 21)), true},
  };
  for (const Case& c : kCases) {
    INFO(c.what);
    CHECK(Build({c.a, c.b}).Events().size() == (c.same ? 1u : 2u));
  }
}

TEST_CASE("Merge: conflicting days keep the best-supported one and record the others", "[graph][merge]") {
  SECTION("most documents win") {
    TemporalGraph g = Build({Report("doc-a", "CONSULT", Date::Day(2015, 7, 20)),
                             Report("doc-b", "CONSULT", Date::Month(2015, 7)),
                             Report("doc-c", "CONSULT", Date::Day(2015, 7, 22)),
                             Report("doc-d", "CONSULT", Date::Day(2015, 7, 22))});
    CHECK(Dates(g) == "CONSULT 2015-07-22 x4 alt 2015-07-20\n");
  }
  SECTION("a tie goes to the earliest") {
    TemporalGraph g = Build({Report("doc-c", "CONSULT", Date::Day(2015, 7, 22)),
                             Report("doc-b", "CONSULT", Date::Month(2015, 7)),
                             Report("doc-a", "CONSULT", Date::Day(2015, 7, 20))});
    CHECK(Dates(g) == "CONSULT 2015-07-20 x3 alt 2015-07-22\n");
  }
  SECTION("the saved graph says so and reads back the same") {
    TemporalGraph g = Build({Report("doc-a", "CONSULT", Date::Day(2015, 7, 20)),
                             Report("doc-b", "CONSULT", Date::Month(2015, 7)),
                             Report("doc-c", "CONSULT", Date::Day(2015, 7, 22))});
    std::string json = WriteJsonLd(g);
    CHECK(json.find("\"alternativeDate\": [\n    \"2015-07-22\"\n   ]") != std::string::npos);
    CHECK(json.find("\"eventDate\": \"2015-07\"") != std::string::npos);
    Result<TemporalGraph> back = ReadJsonLd(json, "g.jsonld");
    REQUIRE(back.ok());
    CHECK(WriteJsonLd(*back) == json);
  }
}

TEST_CASE("Merge unites participants, sources and statuses of one event", "[graph][merge]") {
  Facts a = Report("doc-a", "CONSULT", Date::Day(2015, 7, 21));
  a.events[0].status = EventStatus::kPlanned;
  Facts b = Report("doc-b", "CONSULT", Date::Month(2015, 7));
  b.actors.push_back(Actor{"adel-al-jubeir", ActorKind::kPerson, "Adel al-Jubeir", "", "sau", {}, {}});
  b.events[0].sources.push_back("adel-al-jubeir");  // same side as sau
  b.events[0].location = "cairo";
  b.actors.push_back(Actor{"cairo", ActorKind::kCapital, "Cairo", "", "egy", {}, {}});
  std::sort(b.actors.begin(), b.actors.end(), [](const Actor& x, const Actor& y) { return x.id < y.id; });
  TemporalGraph g = Build({b, a});
  REQUIRE(g.Events().size() == 1);
  const Event& e = g.Events()[0]->event;
  CHECK(e.sources == std::vector<std::string>{"adel-al-jubeir", "sau"});
  CHECK(e.status == EventStatus::kHappened);  // one outlet reports it done
  CHECK(e.location == "cairo");
  CHECK(e.start == Date::Day(2015, 7, 21));
  REQUIRE(e.evidence.size() == 2);
  CHECK(e.evidence[0].doc_id == "doc-a");
  CHECK(e.evidence[1].doc_id == "doc-b");
}

TEST_CASE("Merging saved graphs gives the same bytes in any order and grouping", "[graph][merge]") {
  // Five parts whose events join only through one another: a month report
  // bridges two days, a later part adds support to the other day.
  std::vector<std::vector<Facts>> parts = {
      {Report("doc-a", "CONSULT", Date::Day(2015, 7, 20)), Report("doc-f", "AGREE", Date::Year(2015))},
      {Report("doc-b", "CONSULT", Date::Month(2015, 7)), Report("doc-g", "AGREE", Date::Day(2015, 7, 2), "egy", "sau")},
      {Report("doc-c", "CONSULT", Date::Day(2015, 7, 22))},
      {Report("doc-d", "CONSULT", Date::Day(2015, 7, 22)), Report("doc-h", "AGREE", Date::Month(2015, 7), "sau", "egy")},
      {Report("doc-e", "CONSULT", Date::Day(2015, 8, 1))},
  };
  parts[1][0].events[0].status = EventStatus::kPlanned;
  parts[3][0].events[0].mode = "phone";
  std::vector<std::string> saved;
  std::vector<Facts> all;
  for (const auto& p : parts) {
    saved.push_back(WriteJsonLd(Build(p)));
    all.insert(all.end(), p.begin(), p.end());
  }
  const std::string whole = WriteJsonLd(Build(all));
  CHECK(Dates(Build(all)) ==
        "AGREE 2015 x1\n"
        "AGREE 2015-07-02 x2\n"
        "CONSULT 2015-07-22 x4 alt 2015-07-20\n"
        "CONSULT 2015-08-01 x1\n");

  SECTION("every order of the parts") {
    std::vector<size_t> order = {0, 1, 2, 3, 4};
    do {
      std::vector<std::string> inputs;
      for (size_t i : order) inputs.push_back(saved[i]);
      INFO("order " << order[0] << order[1] << order[2] << order[3] << order[4]);
      REQUIRE(Merge(inputs) == whole);
    } while (std::next_permutation(order.begin(), order.end()));
  }
  SECTION("every grouping of the parts into nested merges") {
    // All bracketings of parts i..j, each merged as saved graphs.
    std::function<std::vector<std::string>(size_t, size_t)> bracketings = [&](size_t i, size_t j) {
      if (i == j) return std::vector<std::string>{saved[i]};
      std::vector<std::string> out;
      for (size_t k = i; k < j; ++k)
        for (const std::string& left : bracketings(i, k))
          for (const std::string& right : bracketings(k + 1, j)) out.push_back(Merge({left, right}));
      return out;
    };
    std::vector<std::string> results = bracketings(0, parts.size() - 1);
    CHECK(results.size() == 14);  // the Catalan number C4
    for (const std::string& r : results) REQUIRE(r == whole);
    // And a part merged twice changes nothing.
    CHECK(Merge({whole, saved[2]}) == whole);
  }
}

TEST_CASE("The merge gives the same graph on any number of threads", "[graph][merge]") {
  // Enough reports for several runs of 4,096, with the cases the threads
  // leave to the ordered pass: ids that name no actor, events of more
  // than three sides, a category with a '|'.
  GraphGenOptions o;
  o.events = 20000;
  std::vector<Facts> facts = GenerateFacts(o);
  size_t odd = 0;
  for (size_t d = 0; d < facts.size(); ++d) {
    for (size_t i = 0; i < facts[d].events.size(); ++i) {
      Event& e = facts[d].events[i];
      switch ((d * 7 + i) % 23) {
        case 0: e.sources.push_back("ghost-" + std::to_string(d % 5)); ++odd; break;
        case 1: e.category = "ODD|CAT"; ++odd; break;
        case 2:
          for (const Actor& a : facts[(d + 1) % facts.size()].actors) e.targets.push_back(a.id);
          ++odd;
          break;
        default: break;
      }
    }
  }
  REQUIRE(odd > 500);
  auto build = [&](unsigned threads) {
    TemporalGraph g;
    g.set_threads(threads);
    for (const Facts& f : facts) g.AddFacts(f);
    std::string groups;
    for (uint32_t i = 0; i < g.group_count(); ++i) groups += std::string(g.GroupKey(i)) + "\n";
    return std::pair{WriteJsonLd(g), groups};
  };
  const auto [one, one_groups] = build(1);
  CHECK(one.find("ODD|CAT") != std::string::npos);
  CHECK(one.find("ghost-3") != std::string::npos);
  CHECK(one_groups.find("|ghost-") != std::string::npos);
  for (unsigned threads : {2u, 3u, 8u}) {
    INFO(threads << " threads");
    const auto [many, many_groups] = build(threads);
    CHECK(many_groups == one_groups);
    CHECK(many == one);
  }
}

TEST_CASE("Articles added at once make the graph they make one by one, repeats and all", "[graph][merge]") {
  // Saved graphs that share articles: the second and third copies of an
  // article repeat some of its reports exactly and change others (a report
  // moved, a date changed), and one copy has a report more.
  GraphGenOptions o;
  o.events = 12000;  // 1,500 articles: three runs of repeats on 5 threads
  const std::vector<Facts> first = GenerateFacts(o);
  std::vector<Facts> second = first, third = first;
  for (size_t d = 0; d < second.size(); d += 3) {
    std::vector<Event>& events = second[d].events;
    if (events.size() > 1) std::swap(events.front(), events.back());
    if (!events.empty()) events.front().start = Date::Day(2016, 1, 1 + static_cast<int>(d % 28));
  }
  for (size_t d = 1; d < third.size(); d += 5)
    if (!third[d].events.empty()) third[d].events.push_back(third[d].events.front());
  std::vector<Facts> all;
  for (const std::vector<Facts>* part : std::initializer_list<const std::vector<Facts>*>{&first, &second, &third})
    all.insert(all.end(), part->begin(), part->end());
  std::stable_sort(all.begin(), all.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });

  TemporalGraph one_by_one;
  for (const Facts& f : all) one_by_one.AddFacts(f);
  const std::string expected = WriteJsonLd(one_by_one);
  CHECK(expected != WriteJsonLd(Build(first)));  // the changes show
  const std::vector<Facts> more(first.begin(), first.begin() + 50);
  for (const Facts& f : more) one_by_one.AddFacts(f);
  const std::string expected_more = WriteJsonLd(one_by_one);
  for (unsigned threads : {1u, 2u, 5u}) {
    INFO(threads << " threads");
    TemporalGraph at_once;
    at_once.set_threads(threads);
    std::vector<Facts> copy = all;
    at_once.AddFacts(std::move(copy));
    CHECK(WriteJsonLd(at_once) == expected);
    // And again, after a build: the events its nodes hold come back first.
    at_once.AddFacts(std::vector<Facts>(more));
    CHECK(WriteJsonLd(at_once) == expected_more);
  }
}

}  // namespace diplograph
