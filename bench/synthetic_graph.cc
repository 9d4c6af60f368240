#include "bench/synthetic_graph.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>

#include "core/stable_hash.h"

namespace diplograph {

namespace {

constexpr const char* kCategories[] = {"AGREE",    "CONSULT", "SUPPORT",  "CONCEDE", "COOPERATE", "AID",
                                       "RETREAT",  "REQUEST", "ACCUSE",   "REJECT",  "THREATEN",  "PROTEST",
                                       "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
constexpr const char* kModes[] = {"", "visit", "phone", "meet"};
constexpr size_t kStates = 200;

// SplitMix64: a fixed sequence on every platform, unlike the standard
// distributions, so a spec always gives the same graph.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  size_t Below(size_t n) { return static_cast<size_t>(Next() % n); }
  bool OneIn(size_t n) { return Below(n) == 0; }

 private:
  uint64_t state_;
};

std::string Numbered(const char* format, size_t n) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, n);
  return buf;
}

class Generator {
 public:
  explicit Generator(const BenchGraphSpec& spec)
      : spec_(spec),
        persons_(std::clamp<size_t>(spec.events / 20, 100, 50000)),
        places_(std::clamp<size_t>(spec.events / 100, 20, 10000)) {}

  size_t documents() const { return (spec_.events + spec_.events_per_doc - 1) / spec_.events_per_doc; }

  // Document `index` of the series `salt` (0: the original documents).
  Facts Document(size_t index, uint64_t salt, size_t events) const {
    std::string key = std::to_string(spec_.seed) + "/" + std::to_string(salt) + "/" + std::to_string(index);
    // Seeded from the key, so that no document of one series repeats one of another.
    Rng rng(std::strtoull(StableHash(key).c_str(), nullptr, 16));
    Facts f;
    f.doc_id = "doc-" + StableHash(key);
    f.doc_path = Numbered("synthetic/day-%05zu.json", index / 100) + ":" + std::to_string(index % 100 + 1);
    f.doc_title = "Synthetic article " + key;
    f.doc_url = "https://news.example/" + StableHash(key);
    f.doc_source = Numbered("outlet-%zu", index % 12);
    f.language = index % 5 == 0 ? "en" : "ar";
    f.published = Date::Day(2000, 1, 1).AddDays(static_cast<long>(rng.Below(25 * 365)));
    std::map<std::string, Actor> actors;
    size_t offset = 0;
    for (size_t i = 0; i < events; ++i) {
      Event e;
      e.category = kCategories[rng.Below(std::size(kCategories))];
      if (e.category == std::string("CONSULT")) e.mode = kModes[rng.Below(std::size(kModes))];
      e.cameo = Numbered("%03zu", 10 + rng.Below(190));
      e.status = rng.OneIn(10) ? EventStatus::kPlanned : EventStatus::kHappened;
      e.trigger = f.language == "ar" ? "بحث" : "discussed";
      std::string source = PickActor(rng, actors);
      std::string target = PickActor(rng, actors);
      e.sources = {source};
      if (target != source) e.targets = {target};
      if (rng.OneIn(10)) {
        std::string mediator = PickActor(rng, actors);
        if (mediator != source && mediator != target) e.mediators = {mediator};
      }
      if (rng.OneIn(2)) e.location = Place(rng, actors);
      e.start = f.published.AddDays(static_cast<long>(rng.Below(61)) - 30);
      e.end = e.start;
      e.time_value = e.start.ToIso();
      e.time_anchor = "explicit";
      Evidence ev;
      ev.doc_id = f.doc_id;
      ev.text = actors[source].name + " " + e.trigger + " " + (target != source ? actors[target].name : "") +
                " on " + e.time_value + ", the ministry said in a statement carried by the agency.";
      ev.sentence = {offset, offset + ev.text.size()};
      ev.trigger = {offset + actors[source].name.size() + 1,
                    offset + actors[source].name.size() + 1 + e.trigger.size()};
      offset += ev.text.size() + 1;
      e.evidence.push_back(std::move(ev));
      f.events.push_back(std::move(e));
    }
    for (auto& [id, a] : actors) f.actors.push_back(std::move(a));
    return f;
  }

 private:
  // A state one time in three, else a person standing for a state.
  std::string PickActor(Rng& rng, std::map<std::string, Actor>& actors) const {
    Actor a;
    if (rng.OneIn(3)) {
      size_t n = rng.Below(kStates);
      a.id = Numbered("state-%03zu", n);
      a.kind = ActorKind::kState;
      a.name = Numbered("State %zu", n);
      a.name_ar = Numbered("دولة %zu", n);
      a.country = a.id;
    } else {
      size_t n = rng.Below(persons_);
      a.id = Numbered("person-%05zu", n);
      a.kind = ActorKind::kPerson;
      a.name = Numbered("Person %zu", n);
      a.name_ar = Numbered("الشخص %zu", n);
      a.country = Numbered("state-%03zu", n % kStates);
      if (n % 4 == 0) a.roles = {"foreign_minister of " + a.country};
    }
    a.names = {a.name};
    std::string id = a.id;
    actors.emplace(id, std::move(a));
    return id;
  }

  std::string Place(Rng& rng, std::map<std::string, Actor>& actors) const {
    size_t n = rng.Below(places_);
    Actor a;
    a.id = Numbered("city-%04zu", n);
    a.kind = ActorKind::kCity;
    a.name = Numbered("City %zu", n);
    a.name_ar = Numbered("مدينة %zu", n);
    a.country = Numbered("state-%03zu", n % kStates);
    a.names = {a.name};
    std::string id = a.id;
    actors.emplace(id, std::move(a));
    return id;
  }

  BenchGraphSpec spec_;
  size_t persons_, places_;
};

void SortById(std::vector<Facts>& docs) {
  std::sort(docs.begin(), docs.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
}

}  // namespace

std::vector<Facts> MakeBenchFacts(const BenchGraphSpec& spec) {
  Generator gen(spec);
  std::vector<Facts> docs;
  size_t left = spec.events;
  for (size_t i = 0; left > 0; ++i) {
    size_t n = std::min(left, spec.events_per_doc);
    docs.push_back(gen.Document(i, 0, n));
    left -= n;
  }
  SortById(docs);
  return docs;
}

std::vector<Facts> ModifyBenchFacts(const std::vector<Facts>& docs, const BenchGraphSpec& spec) {
  std::vector<Facts> out;
  out.reserve(docs.size());
  size_t counter = 0;
  for (const Facts& d : docs) {
    Facts f = d;
    std::vector<Event> kept;
    for (Event& e : f.events) {
      ++counter;
      if (counter % 200 == 199) continue;
      if (counter % 100 == 50 && e.start.has_day()) {
        e.start.day = e.start.day % 28 + 1;
        e.end = e.start;
        e.time_value = e.start.ToIso();
      }
      kept.push_back(std::move(e));
    }
    f.events = std::move(kept);
    out.push_back(std::move(f));
  }
  Generator gen(spec);
  size_t added = std::max<size_t>(1, spec.events / 200 / spec.events_per_doc);
  for (size_t i = 0; i < added; ++i) out.push_back(gen.Document(i, 1, spec.events_per_doc));
  SortById(out);
  return out;
}

}  // namespace diplograph
