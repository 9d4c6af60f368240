#include "graph/graph_diff.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <string_view>
#include <unordered_map>

#include "core/flat_index.h"

namespace diplograph {

namespace {

// Category and sides: events outside one group never match. The graphs'
// groups (TemporalGraph::GroupKey) get numbers shared by the two graphs.
std::vector<uint32_t> SharedGroups(const TemporalGraph& g, FlatIndex<uint32_t>& numbers) {
  std::vector<uint32_t> out(g.group_count());
  for (uint32_t k = 0; k < out.size(); ++k)
    out[k] = *numbers.Insert(g.GroupKey(k), static_cast<uint32_t>(numbers.size())).first;
  return out;
}

// A group and a number within it (a month, a year) as one hash key.
uint64_t GroupAnd(uint32_t group, int n) { return uint64_t{group} << 32 | static_cast<uint32_t>(n); }

struct PairHash {
  size_t operator()(const std::pair<uint32_t, std::string_view>& p) const {
    return std::hash<std::string_view>()(p.second) ^ (size_t{p.first} * 0x9e3779b97f4a7c15ULL);
  }
};

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

// Evidence is sorted by document, so equal document sets show as equal
// runs of ids.
bool SameDocuments(const Event& a, const Event& b) {
  size_t i = 0, j = 0;
  while (i < a.evidence.size() && j < b.evidence.size()) {
    if (a.evidence[i].doc_id != b.evidence[j].doc_id) return false;
    const std::string& doc = a.evidence[i].doc_id;
    while (i < a.evidence.size() && a.evidence[i].doc_id == doc) ++i;
    while (j < b.evidence.size() && b.evidence[j].doc_id == doc) ++j;
  }
  return i == a.evidence.size() && j == b.evidence.size();
}

std::vector<FieldChange> Compare(const Event& a, const Event& b) {
  std::vector<FieldChange> out;
  // Most matched events have not changed: say so without building sets.
  auto end = [](const Event& e) { return e.end.known() ? e.end : e.start; };
  if (a.start == b.start && end(a) == end(b) && a.status == b.status && a.mode == b.mode &&
      a.sources == b.sources && a.targets == b.targets && a.mediators == b.mediators && a.location == b.location &&
      SameDocuments(a, b))
    return out;
  CompareScalar("start", a.start.ToIso(), b.start.ToIso(), out);
  CompareScalar("end", end(a).ToIso(), end(b).ToIso(), out);
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
  // Each rule looks its candidates up in buckets (by group and id, month or
  // year), so that the diff stays near-linear on large graphs. Groups are
  // independent, so each rule runs over all groups before the next.
  std::vector<const GraphNode*> olds = old_graph.Events(), news = new_graph.Events();
  FlatIndex<uint32_t> group_numbers(old_graph.group_count() + new_graph.group_count());
  std::vector<uint32_t> old_groups = SharedGroups(old_graph, group_numbers);
  std::vector<uint32_t> new_groups = SharedGroups(new_graph, group_numbers);
  std::vector<uint32_t> old_group(olds.size()), new_group(news.size());
  for (size_t i = 0; i < olds.size(); ++i) old_group[i] = old_groups[olds[i]->group];
  for (size_t i = 0; i < news.size(); ++i) new_group[i] = new_groups[news[i]->group];
  std::vector<long> partner_of_new(news.size(), -1);
  std::vector<bool> old_matched(olds.size(), false);
  // Old events in date order under a key; `next` skips those matched.
  struct Bucket {
    std::vector<size_t> olds;
    size_t next = 0;
  };
  auto first_unmatched = [&](Bucket& b) -> long {
    while (b.next < b.olds.size() && old_matched[b.olds[b.next]]) ++b.next;
    return b.next < b.olds.size() ? static_cast<long>(b.olds[b.next]) : -1;
  };
  auto pair = [&](size_t n, long o) {
    old_matched[static_cast<size_t>(o)] = true;
    partner_of_new[n] = o;
  };
  {
    // 1. The same id (the first old event of the group with it). Ids are
    // the graph's node ids, so each is found once: the flat table by id
    // serves unless some id repeats, when the table by group and id does.
    FlatIndex<size_t> old_by_id(olds.size());
    bool repeated = false;
    for (size_t o = 0; o < olds.size() && !repeated; ++o) repeated = !old_by_id.Insert(olds[o]->id, o).second;
    if (!repeated) {
      for (size_t n = 0; n < news.size(); ++n)
        if (const size_t* m = old_by_id.Find(news[n]->id); m != nullptr && old_group[*m] == new_group[n] && !old_matched[*m])
          pair(n, static_cast<long>(*m));
    } else {
      std::unordered_map<std::pair<uint32_t, std::string_view>, size_t, PairHash> by_group_and_id;
      for (size_t o = 0; o < olds.size(); ++o) by_group_and_id.try_emplace({old_group[o], olds[o]->id}, o);
      for (size_t n = 0; n < news.size(); ++n)
        if (auto m = by_group_and_id.find({new_group[n], news[n]->id}); m != by_group_and_id.end() && !old_matched[m->second])
          pair(n, static_cast<long>(m->second));
    }
  }
  // The later rules pair only old events still unmatched, so only those go
  // into their buckets (a bucket's matched events would be skipped anyway).
  {
    // 2. Dates in the same month (a year-only date: the same year).
    auto month_of = [](const Date& date) { return date.year * 16 + date.month; };
    std::unordered_map<uint64_t, Bucket> by_month;
    for (size_t o = 0; o < olds.size(); ++o)
      if (!old_matched[o] && olds[o]->event.start.known())
        by_month[GroupAnd(old_group[o], month_of(olds[o]->event.start))].olds.push_back(o);
    for (size_t n = 0; n < news.size(); ++n) {
      if (partner_of_new[n] >= 0 || !news[n]->event.start.known()) continue;
      auto m = by_month.find(GroupAnd(new_group[n], month_of(news[n]->event.start)));
      if (m == by_month.end()) continue;
      if (long o = first_unmatched(m->second); o >= 0) pair(n, o);
    }
  }
  {
    // 3. One date containing the other: the only pairs left are a
    // year-only date and a month or day of that year.
    std::unordered_map<uint64_t, Bucket> year_only, dated;
    for (size_t o = 0; o < olds.size(); ++o) {
      const Date& start = olds[o]->event.start;
      if (old_matched[o] || !start.known()) continue;
      (start.month == 0 ? year_only : dated)[GroupAnd(old_group[o], start.year)].olds.push_back(o);
    }
    for (size_t n = 0; n < news.size(); ++n) {
      const Date& start = news[n]->event.start;
      if (partner_of_new[n] >= 0 || !start.known()) continue;
      auto& buckets = start.month == 0 ? dated : year_only;
      auto m = buckets.find(GroupAnd(new_group[n], start.year));
      if (m == buckets.end()) continue;
      if (long o = first_unmatched(m->second); o >= 0) pair(n, o);
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
