#include "graph/graph_diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace diplograph {

namespace {

// Category and sides: events outside one group never match.
std::string GroupKey(const TemporalGraph& g, const Event& e) {
  std::set<std::string> sides;
  for (const auto& s : e.sources) sides.insert(g.Side(s));
  for (const auto& t : e.targets) sides.insert(g.Side(t));
  std::string key = e.category;
  for (const auto& s : sides) key += "|" + s;
  return key;
}

// "2025-05" for a day or a month, "2025" for a year, "" when undated.
std::string MonthOf(const Date& d) { return d.has_day() ? Date::Month(d.year, d.month).ToIso() : d.ToIso(); }

// 2025 contains 2025-05, which contains 2025-05-15 (ISO fields are fixed width).
bool Contains(const Date& a, const Date& b) {
  if (!a.known() || !b.known()) return false;
  std::string x = a.ToIso(), y = b.ToIso();
  return x.size() < y.size() ? y.compare(0, x.size(), x) == 0 : y.size() < x.size() && x.compare(0, y.size(), y) == 0;
}

std::vector<std::string> Documents(const Event& e) {
  std::set<std::string> docs;
  for (const Evidence& ev : e.evidence) docs.insert(ev.doc_id);
  return {docs.begin(), docs.end()};
}

void CompareScalar(const char* field, const std::string& before, const std::string& after,
                   std::vector<FieldChange>& out) {
  if (before != after) out.push_back({field, before, after, {}, {}});
}

void CompareSet(const char* field, std::vector<std::string> before, std::vector<std::string> after,
                std::vector<FieldChange>& out) {
  std::sort(before.begin(), before.end());
  std::sort(after.begin(), after.end());
  FieldChange c{field, "", "", {}, {}};
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(c.removed));
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(c.added));
  if (!c.removed.empty() || !c.added.empty()) out.push_back(std::move(c));
}

std::vector<FieldChange> Compare(const Event& a, const Event& b) {
  std::vector<FieldChange> out;
  auto end = [](const Event& e) { return (e.end.known() ? e.end : e.start).ToIso(); };
  CompareScalar("start", a.start.ToIso(), b.start.ToIso(), out);
  CompareScalar("end", end(a), end(b), out);
  CompareScalar("status", EventStatusName(a.status), EventStatusName(b.status), out);
  CompareScalar("mode", a.mode, b.mode, out);
  CompareSet("agent", a.sources, b.sources, out);
  CompareSet("recipient", a.targets, b.targets, out);
  CompareSet("mediator", a.mediators, b.mediators, out);
  CompareScalar("location", a.location, b.location, out);
  CompareSet("documents", Documents(a), Documents(b), out);
  return out;
}

std::vector<Actor> ActorsAndPlaces(const TemporalGraph& g) {
  std::vector<Actor> out;
  for (const GraphNode* n : g.Actors()) out.push_back(n->actor);
  for (const GraphNode* n : g.Places()) out.push_back(n->actor);
  std::sort(out.begin(), out.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
  return out;
}

void DumpIds(std::ostringstream& o, const std::vector<std::string>& ids, char sign) {
  for (const auto& id : ids) o << " " << sign << id;
}

}  // namespace

GraphDiff DiffGraphs(const TemporalGraph& old_graph, const TemporalGraph& new_graph) {
  GraphDiff d;
  std::vector<Actor> before = ActorsAndPlaces(old_graph), after = ActorsAndPlaces(new_graph);
  auto by_id = [](const Actor& a, const Actor& b) { return a.id < b.id; };
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(d.actors_added),
                      by_id);
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                      std::back_inserter(d.actors_removed), by_id);

  // Events() is in date-then-id order, so candidates pair in date order.
  std::vector<const GraphNode*> olds = old_graph.Events(), news = new_graph.Events();
  std::map<std::string, std::vector<size_t>> old_groups, new_groups;
  for (size_t i = 0; i < olds.size(); ++i) old_groups[GroupKey(old_graph, olds[i]->event)].push_back(i);
  for (size_t i = 0; i < news.size(); ++i) new_groups[GroupKey(new_graph, news[i]->event)].push_back(i);
  std::vector<long> partner_of_new(news.size(), -1);
  std::vector<bool> old_matched(olds.size(), false);
  using Rule = bool (*)(const Event&, const Event&);
  const Rule kRules[] = {
      [](const Event& a, const Event& b) { return a.id == b.id; },
      [](const Event& a, const Event& b) { return a.start.known() && MonthOf(a.start) == MonthOf(b.start); },
      [](const Event& a, const Event& b) { return Contains(a.start, b.start); },
  };
  for (const auto& [key, new_indexes] : new_groups) {
    auto it = old_groups.find(key);
    if (it == old_groups.end()) continue;
    for (Rule rule : kRules)
      for (size_t n : new_indexes) {
        if (partner_of_new[n] >= 0) continue;
        for (size_t o : it->second) {
          if (old_matched[o] || !rule(olds[o]->event, news[n]->event)) continue;
          old_matched[o] = true;
          partner_of_new[n] = static_cast<long>(o);
          break;
        }
      }
  }
  for (size_t o = 0; o < olds.size(); ++o)
    if (!old_matched[o]) d.events_removed.push_back(olds[o]->event);
  for (size_t n = 0; n < news.size(); ++n) {
    if (partner_of_new[n] < 0) {
      d.events_added.push_back(news[n]->event);
      continue;
    }
    const Event& o = olds[static_cast<size_t>(partner_of_new[n])]->event;
    std::vector<FieldChange> changes = Compare(o, news[n]->event);
    if (!changes.empty()) d.events_changed.push_back({o, news[n]->event, std::move(changes)});
  }
  return d;
}

std::string GraphDiff::Dump() const {
  std::ostringstream o;
  auto actor = [&](const Actor& a, char sign) {
    o << "actor " << sign << " " << a.id << " (" << ActorKindName(a.kind) << ") " << a.name << "\n";
  };
  for (const Actor& a : actors_added) actor(a, '+');
  for (const Actor& a : actors_removed) actor(a, '-');
  for (const Event& e : events_added) o << "event + " << e.Dump() << "\n";
  for (const Event& e : events_removed) o << "event - " << e.Dump() << "\n";
  for (const EventChange& c : events_changed) {
    o << "event ~ " << c.after.Dump() << "\n";
    for (const FieldChange& f : c.changes) {
      o << "  " << f.field << ":";
      if (f.removed.empty() && f.added.empty()) {
        o << " " << (f.before.empty() ? "-" : f.before) << " -> " << (f.after.empty() ? "-" : f.after);
      } else {
        DumpIds(o, f.removed, '-');
        DumpIds(o, f.added, '+');
      }
      o << "\n";
    }
  }
  return o.str();
}

}  // namespace diplograph
