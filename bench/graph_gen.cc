#include "bench/graph_gen.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>

namespace diplograph {

namespace {

const char* const kCategories[] = {"CONSULT", "AGREE", "COOPERATE", "AID", "DISAPPROVE", "DEMAND", "REJECT", "THREATEN"};

std::string Code(size_t i, const char* prefix) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%04zu", prefix, i);
  return buf;
}

}  // namespace

std::vector<Facts> GenerateFacts(const GraphGenOptions& o) {
  std::mt19937_64 rng(o.seed);
  auto below = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  auto chance = [&](double p) { return static_cast<double>(rng() % 1000000) < p * 1e6; };
  std::vector<Actor> states, ministers;
  for (size_t i = 0; i < o.states; ++i) {
    std::string s = Code(i, "st");
    states.push_back({s, ActorKind::kState, "State " + std::to_string(i), "", s, {"State " + std::to_string(i)}, {}});
    std::string m = Code(i, "fm");
    ministers.push_back({m, ActorKind::kPerson, "Minister " + std::to_string(i), "", s,
                         {"Minister " + std::to_string(i)}, {"foreign_minister of " + s}});
  }
  std::vector<Event> told;  // what has been reported, for retelling
  told.reserve(o.events);
  std::vector<Facts> out;
  size_t articles = (o.events + o.events_per_article - 1) / o.events_per_article;
  for (size_t a = 0; a < articles; ++a) {
    Facts f;
    f.doc_id = Code(a, "doc-");
    f.doc_path = "synthetic/" + f.doc_id + ".json";
    f.doc_title = "Article " + std::to_string(a);
    f.doc_source = Code(a % 7, "outlet");
    f.language = a % 2 ? "ar" : "en";
    f.published = Date::Day(o.year, 1 + static_cast<int>(a * 12 / articles), 28);
    std::vector<std::string> named;
    for (size_t k = 0; k < o.events_per_article && a * o.events_per_article + k < o.events; ++k) {
      Event e;
      if (!told.empty() && chance(o.repeat)) {
        e = told[below(told.size())];  // another outlet's report of the same
        if (e.start.has_day() && chance(o.month_only)) e.start = e.end = Date::Month(e.start.year, e.start.month);
      } else {
        e.category = kCategories[below(std::size(kCategories))];
        size_t x = below(o.states), y = below(o.states - 1);
        if (y >= x) ++y;
        e.sources = {chance(0.5) ? states[x].id : ministers[x].id};
        e.targets = {chance(0.5) ? states[y].id : ministers[y].id};
        int month = 1 + static_cast<int>(below(12));
        e.start = chance(o.month_only) ? Date::Month(o.year, month)
                                       : Date::Day(o.year, month, 1 + static_cast<int>(below(28)));
        e.end = e.start;
        e.status = chance(0.1) ? EventStatus::kPlanned : EventStatus::kHappened;
        e.trigger = "met";
        e.time_anchor = "explicit";
        e.time_value = e.start.ToIso();
        told.push_back(e);
      }
      Evidence ev;
      ev.doc_id = f.doc_id;
      ev.sentence = {k * 100, k * 100 + 90};
      ev.trigger = {k * 100 + 10, k * 100 + 13};
      ev.text = "Sentence " + std::to_string(k) + " of " + f.doc_id + ".";
      e.evidence = {ev};
      for (const auto& s : e.sources) named.push_back(s);
      for (const auto& t : e.targets) named.push_back(t);
      f.events.push_back(std::move(e));
    }
    std::sort(named.begin(), named.end());
    named.erase(std::unique(named.begin(), named.end()), named.end());
    for (const std::string& id : named) {
      size_t i = static_cast<size_t>(std::stoul(id.substr(2)));
      f.actors.push_back(id[0] == 's' ? states[i] : ministers[i]);
      // A minister's state is named with him, as the extractor does.
      if (id[0] == 'f' && !std::binary_search(named.begin(), named.end(), states[i].id)) f.actors.push_back(states[i]);
    }
    std::sort(f.actors.begin(), f.actors.end(), [](const Actor& x, const Actor& y) { return x.id < y.id; });
    f.actors.erase(std::unique(f.actors.begin(), f.actors.end(), [](const Actor& x, const Actor& y) { return x.id == y.id; }),
                   f.actors.end());
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace diplograph
