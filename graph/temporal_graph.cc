#include "graph/temporal_graph.h"

#include <boost/graph/adjacency_list.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <new>
#include <numeric>
#include <set>
#include <string_view>
#include <thread>
#include <tuple>
#include <unordered_map>

#include "core/flat_index.h"
#include "core/stable_hash.h"

namespace diplograph {

namespace {

template <typename T>
void AddSorted(std::vector<T>& v, const T& x) {
  auto it = std::lower_bound(v.begin(), v.end(), x);
  if (it == v.end() || *it != x) v.insert(it, x);
}

template <typename T>
void SortUnique(std::vector<T>& v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
}

// 0 unknown, 1 year, 2 month, 3 day.
int Precision(const Date& d) { return !d.known() ? 0 : d.month == 0 ? 1 : d.day == 0 ? 2 : 3; }

// The smaller of two values where "" means "not given".
void KeepSmallest(std::string& kept, const std::string& offered) {
  if (kept.empty() || (!offered.empty() && offered < kept)) kept = offered;
}

// Participants as sorted sets (an agent is not also a recipient), evidence
// in document order, each piece once.
void Normalize(Event& m) {
  SortUnique(m.sources);
  SortUnique(m.targets);
  std::erase_if(m.targets, [&](const std::string& t) { return std::binary_search(m.sources.begin(), m.sources.end(), t); });
  SortUnique(m.mediators);
  SortUnique(m.quantities);
  std::sort(m.evidence.begin(), m.evidence.end(), [](const Evidence& a, const Evidence& b) {
    return std::tie(a.doc_id, a.trigger.begin, a.trigger.end, a.sentence.begin, a.date, a.text) <
           std::tie(b.doc_id, b.trigger.begin, b.trigger.end, b.sentence.begin, b.date, b.text);
  });
  m.evidence.erase(std::unique(m.evidence.begin(), m.evidence.end(),
                               [](const Evidence& a, const Evidence& b) {
                                 return a.doc_id == b.doc_id && a.trigger == b.trigger;
                               }),
                   m.evidence.end());
}

// Whether Normalize() would leave the event as it is: participants sorted
// and each once, no recipient also an agent, evidence strictly in order and
// each piece once. (Strictly, so that no sort could reorder equal keys.)
bool IsNormal(const Event& m) {
  auto sorted_unique = [](const std::vector<std::string>& v) {
    return std::adjacent_find(v.begin(), v.end(), std::greater_equal<>()) == v.end();
  };
  if (!sorted_unique(m.sources) || !sorted_unique(m.targets) || !sorted_unique(m.mediators) ||
      !sorted_unique(m.quantities))
    return false;
  for (const auto& t : m.targets)
    if (std::binary_search(m.sources.begin(), m.sources.end(), t)) return false;
  for (size_t i = 1; i < m.evidence.size(); ++i) {
    const Evidence& a = m.evidence[i - 1];
    const Evidence& b = m.evidence[i];
    if (std::tie(a.doc_id, a.trigger.begin, a.trigger.end, a.sentence.begin, a.date, a.text) >=
        std::tie(b.doc_id, b.trigger.begin, b.trigger.end, b.sentence.begin, b.date, b.text))
      return false;
    if (a.doc_id == b.doc_id && a.trigger == b.trigger) return false;
  }
  return true;
}

// Union-find over atoms, smallest index as the root, so that a cluster's
// root does not depend on the order in which unions happen.
struct Clusters {
  std::vector<uint32_t> parent;
  explicit Clusters(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent[std::max(a, b)] = std::min(a, b);
  }
};

// Appends "|side|side..." to `key`: the event's sides (side_of(actor id),
// a string that outlives the call), sorted, each once.
template <typename SideOf>
void AppendSides(const Event& e, const SideOf& side_of, std::vector<const std::string*>& scratch, std::string& key) {
  scratch.clear();
  for (const auto& x : e.sources) scratch.push_back(side_of(x));
  for (const auto& x : e.targets) scratch.push_back(side_of(x));
  std::sort(scratch.begin(), scratch.end(), [](const std::string* a, const std::string* b) { return *a < *b; });
  scratch.erase(
      std::unique(scratch.begin(), scratch.end(), [](const std::string* a, const std::string* b) { return *a == *b; }),
      scratch.end());
  for (const std::string* x : scratch) {
    key += '|';
    key += *x;
  }
}

// [from, to) runs of [0, n), one per thread (at most `threads`, and none
// shorter than `least` items, where a thread would cost more than it saves).
std::vector<std::pair<size_t, size_t>> Runs(unsigned threads, size_t n, size_t least = 4096) {
  size_t count = std::clamp<size_t>(threads, 1, std::max<size_t>(1, n / least));
  std::vector<std::pair<size_t, size_t>> runs;
  for (size_t t = 0; t < count; ++t) runs.emplace_back(n * t / count, n * (t + 1) / count);
  return runs;
}

// Calls fn(i) for each run i, the first on this thread, each other on one
// of its own, and returns when all are done.
template <typename Fn>
void RunEach(const std::vector<std::pair<size_t, size_t>>& runs, const Fn& fn) {
  std::vector<std::thread> pool;
  for (size_t i = 1; i < runs.size(); ++i) pool.emplace_back([&fn, i] { fn(i); });
  if (!runs.empty()) fn(0);
  for (std::thread& t : pool) t.join();
}

}  // namespace

const char* NodeKindName(NodeKind k) {
  switch (k) {
    case NodeKind::kActor: return "actor";
    case NodeKind::kPlace: return "place";
    case NodeKind::kEvent: return "event";
    case NodeKind::kDocument: return "document";
  }
  return "actor";
}

const char* EdgeRoleName(EdgeRole role) {
  switch (role) {
    case EdgeRole::kAgent: return "agent";
    case EdgeRole::kEvidence: return "evidence";
    case EdgeRole::kLocation: return "location";
    case EdgeRole::kMediator: return "mediator";
    case EdgeRole::kRecipient: return "recipient";
  }
  return "";
}

std::vector<Date> AlternativeDates(const Event& e) {
  std::vector<Date> out;
  for (const Evidence& ev : e.evidence)
    if (ev.date.known() && ev.date != e.start && Precision(ev.date) == Precision(e.start)) out.push_back(ev.date);
  SortUnique(out);
  return out;
}

struct TemporalGraph::Impl {
  // Vertex v is Node(v): the nodes are made in place, each once, rather
  // than default-made as vertex bundles and assigned (a gigabyte of writes
  // at 10^6 events). vecS keeps insertion order, and the graph is built in
  // id order, so the order in which facts were added never shows. Edges
  // carry their role; they are added, and the Boost graph's vertices made,
  // on the first call to Edges(), since merging, diffing and most exports
  // never look at them.
  struct EdgeLabel {
    const char* role;
  };
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, boost::no_property, EdgeLabel>;
  using Vertex = Graph::vertex_descriptor;

  struct DocumentRecord {
    GraphNode node;
    uint32_t rank = 0;  // among documents by id, set by Build()
    // Its reports as first added: atoms[first_atom, first_atom + atom_count).
    size_t first_atom = 0;
    uint32_t atom_count = 0;
  };
  // An event as one article reports it: the unit that merging groups.
  struct Atom {
    Event* event;  // in `batches`
    const DocumentRecord* document = nullptr;
    uint32_t seq = 0;  // position among the article's events
  };
  struct ActorRecord {
    std::string doc_id;  // the first document (by id) that named it
    GraphNode node;
  };

  // What AddFacts collected.
  std::map<std::string, ActorRecord> actors;
  // Documents as added, found by id (the keys are the nodes' ids); Build
  // puts them in id order.
  std::deque<DocumentRecord> documents;
  FlatIndex<DocumentRecord*> document_records;
  std::vector<DocumentRecord*> documents_by_id;
  std::deque<Atom> atoms;
  // The events of each AddFacts, as given: atoms point into them (moving a
  // vector into the deque moves no event, so the pointers hold).
  std::deque<std::vector<Event>> batches;

  // The merged graph, rebuilt on the first query after an addition.
  bool built = false;
  std::deque<GraphNode> nodes;  // actors, places and documents
  // The event nodes, after them: one block, each node made in place by the
  // thread that merges its event.
  struct EventNodes {
    GraphNode* data = nullptr;
    size_t size = 0;  // all made
    EventNodes() = default;
    EventNodes(const EventNodes&) = delete;
    EventNodes& operator=(const EventNodes&) = delete;
    ~EventNodes() { Reset(0); }
    // Destroys the nodes, and makes room for `n` (unmade).
    void Reset(size_t n) {
      for (size_t i = 0; i < size; ++i) data[i].~GraphNode();
      ::operator delete(data);
      data = n == 0 ? nullptr : static_cast<GraphNode*>(::operator new(n * sizeof(GraphNode)));
      size = 0;
    }
  };
  EventNodes event_nodes;
  GraphNode& Node(Vertex v) { return v < first_event ? nodes[v] : event_nodes.data[v - first_event]; }
  size_t NodeCount() const { return first_event + event_nodes.size; }
  std::unique_ptr<Graph> g;  // made by BuildEdges
  // Views of the nodes' ids: actors and places, documents, events (a
  // lookup tries them in that order, so an id of two kinds finds the node
  // made first). Apart, so that the many lookups of actors stay in a small
  // table; the events' table is made on the first lookup that needs it
  // (merging, diffing and most exports look up only actors and documents).
  FlatIndex<Vertex> actor_index, document_index, event_index;
  std::mutex lazy_mutex;  // for event_index and the edges
  bool event_index_built = false;

  const Vertex* Find(std::string_view id) {
    for (const auto* table : {&actor_index, &document_index})
      if (const Vertex* v = table->Find(id)) return v;
    {
      std::lock_guard<std::mutex> lock(lazy_mutex);
      IndexEvents();
    }
    return event_index.Find(id);
  }
  // With lazy_mutex held.
  void IndexEvents() {
    if (event_index_built) return;
    event_index = FlatIndex<Vertex>(event_list.size());
    for (Vertex v = first_event; v < NodeCount(); ++v) event_index.Insert(Node(v).id, v);
    event_index_built = true;
  }
  std::vector<const GraphNode*> actor_list, place_list, event_list, document_list;
  Vertex first_event = 0;
  bool edges_built = false;

  const std::string& Side(const std::string& actor_id) const {
    auto it = actors.find(actor_id);
    if (it != actors.end()) {
      const Actor& a = it->second.node.actor;
      if (a.kind != ActorKind::kState && !a.country.empty()) return a.country;
    }
    return actor_id;
  }

  // The groups of the last build: their keys ("category|side|side"), one
  // after another, and where each is; a group's sides follow its category.
  struct GroupSpan {
    size_t offset, size, sides;
  };
  std::string group_text;
  std::vector<GroupSpan> group_spans;

  unsigned threads = 1;  // for the merge of clusters in Build

  // Atoms whose event a node holds (see Merge), and the node.
  std::vector<std::pair<uint32_t, Vertex>> lent;

  void Build();
  void BuildEdges();
  // Into `m`, a fresh event (a node's, so that nothing is moved twice).
  void Merge(const std::vector<uint32_t>& members, bool& lend, Event& m);
};

// Every field of a merged event is a function of the set of its reports
// (a union, a smallest or largest value, or the first report by document
// id), so merging saved graphs in any grouping gives the same events.
void TemporalGraph::Impl::Merge(const std::vector<uint32_t>& members, bool& lend, Event& m) {
  lend = false;
  Event& first = *atoms[members.front()].event;
  if (members.size() == 1 && !first.evidence.empty() &&
      std::all_of(first.evidence.begin(), first.evidence.end(),
                  [&](const Evidence& ev) { return ev.date == first.evidence.front().date; })) {
    // Most events are read once: the report as it is, in the merged form.
    // A report already in that form (as saved graphs give them) is lent to
    // its node rather than copied, and taken back before the next merge;
    // its id, the one field that changes, plays no part in merging.
    if (first.start == first.evidence.front().date && !(first.end.known() && first.end < first.start) &&
        IsNormal(first)) {
      lend = true;
      m = std::move(first);
      return;
    }
    m = first;
    m.id.clear();
    Normalize(m);
    m.start = m.evidence.front().date;
    if (m.end.known() && m.end < m.start) m.end = m.start;
    return;
  }
  m.category = first.category;
  m.cameo = first.cameo;
  m.trigger = first.trigger;
  m.about = first.about;
  m.status = first.status;
  for (uint32_t i : members) {
    const Event& e = *atoms[i].event;
    m.sources.insert(m.sources.end(), e.sources.begin(), e.sources.end());
    m.targets.insert(m.targets.end(), e.targets.begin(), e.targets.end());
    m.mediators.insert(m.mediators.end(), e.mediators.begin(), e.mediators.end());
    m.quantities.insert(m.quantities.end(), e.quantities.begin(), e.quantities.end());
    m.evidence.insert(m.evidence.end(), e.evidence.begin(), e.evidence.end());
    KeepSmallest(m.mode, e.mode);
    KeepSmallest(m.location, e.location);
    // A report that it happened outweighs one that it was planned.
    m.status = std::min(m.status, e.status);
    if (m.end < e.end) m.end = e.end;
  }
  Normalize(m);

  // The start: the finest precision reported, then the date most documents
  // give, then the earliest.
  int precision = 0;
  bool one_date = true;
  for (const Evidence& ev : m.evidence) {
    precision = std::max(precision, Precision(ev.date));
    one_date = one_date && ev.date == m.evidence.front().date;
  }
  if (m.evidence.empty()) {
    m.start = first.start;
  } else if (one_date) {
    m.start = m.evidence.front().date;
  } else {
    std::map<Date, std::set<std::string>> support;
    for (const Evidence& ev : m.evidence)
      if (Precision(ev.date) == precision) support[ev.date].insert(ev.doc_id);
    size_t best = 0;
    for (const auto& [date, docs] : support)
      if (docs.size() > best) {
        best = docs.size();
        m.start = date;
      }
  }
  if (m.end.known() && m.end < m.start) m.end = m.start;
  // The time expression of the first report (by document) as precise as
  // the start. Not "the first that gave the start": a report's saved copy
  // carries its event's merged time expression, and only a choice that a
  // part would make the same way keeps merging associative.
  const Event* anchor = &first;
  for (uint32_t i : members) {
    const auto& ev = atoms[i].event->evidence;
    if (std::any_of(ev.begin(), ev.end(), [&](const Evidence& x) { return Precision(x.date) == precision; })) {
      anchor = atoms[i].event;
      break;
    }
  }
  m.time_value = anchor->time_value;
  m.time_anchor = anchor->time_anchor;
}

void TemporalGraph::Impl::Build() {
  for (auto [atom, v] : lent) *atoms[atom].event = std::move(Node(v).event);
  lent.clear();
  actor_list.clear();
  place_list.clear();
  event_list.clear();
  document_list.clear();
  edges_built = false;

  // Reports in document order; then grouped by category and sides, and
  // within a group joined by compatible dates.
  documents_by_id.clear();
  for (DocumentRecord& record : documents) documents_by_id.push_back(&record);
  std::sort(documents_by_id.begin(), documents_by_id.end(),
            [](const DocumentRecord* a, const DocumentRecord* b) { return a->node.id < b->node.id; });
  uint32_t rank = 0;
  for (DocumentRecord* record : documents_by_id) record->rank = rank++;
  std::vector<std::pair<uint64_t, uint32_t>> keyed(atoms.size());
  for (uint32_t a = 0; a < atoms.size(); ++a)
    keyed[a] = {uint64_t{atoms[a].document->rank} << 32 | atoms[a].seq, a};
  std::sort(keyed.begin(), keyed.end());
  std::vector<uint32_t> order(atoms.size());
  for (uint32_t r = 0; r < order.size(); ++r) order[r] = keyed[r].second;
  keyed = {};

  // The side each actor stands for, by actor id (flat tables: a million
  // reports make millions of these look-ups). Ids that name no actor stand
  // for themselves, kept in `strangers` for the table's keys.
  FlatIndex<const std::string*> sides_of(actors.size());
  for (const auto& [id, record] : actors) {
    const Actor& a = record.node.actor;
    sides_of.Insert(id, a.kind != ActorKind::kState && !a.country.empty() ? &a.country : &id);
  }
  std::deque<std::string> strangers;
  std::vector<const std::string*> sides;
  auto sides_key = [&](const Event& e, std::string& key) {
    AppendSides(
        e,
        [&](const std::string& x) {
          const std::string* const* side = sides_of.Find(x);
          if (side == nullptr) {
            const std::string& kept = strangers.emplace_back(x);
            side = sides_of.Insert(kept, &kept).first;
          }
          return *side;
        },
        sides, key);
  };
  // A group is its category and its sides. Each side string and each
  // category gets a number; a group of at most three sides is found by
  // those numbers, held in the table's slots (a look-up reads no string);
  // a group of more by its key, "category|side|side...".
  FlatIndex<uint32_t> side_numbers, category_numbers;
  auto side_number = [&](const std::string& side) {
    return *side_numbers.Insert(side, static_cast<uint32_t>(side_numbers.size())).first;
  };
  FlatIndex<uint32_t> actor_side_numbers(actors.size());
  for (const auto& [id, record] : actors) actor_side_numbers.Insert(id, side_number(**sides_of.Find(id)));
  struct ArrayHash {
    size_t operator()(const std::array<uint32_t, 4>& k) const {
      uint64_t h = (uint64_t{k[0]} << 32 | k[1]) * 0x9e3779b97f4a7c15ULL;
      h ^= (uint64_t{k[2]} << 32 | k[3]) * 0xc2b2ae3d27d4eb4fULL;
      return static_cast<size_t>(h ^ (h >> 29));
    }
  };
  constexpr uint32_t kNoSide = UINT32_MAX;
  FlatMap<std::array<uint32_t, 4>, uint32_t, ArrayHash> small_groups(atoms.size() / 2);
  std::vector<uint32_t> numbers;
  FlatIndex<uint32_t> group_ids;  // groups of more sides, by key
  std::deque<std::string> group_keys;  // the keys of group_ids
  struct Entry {
    uint32_t group;
    int year, month, day;
    uint32_t atom;  // by rank in `order`
    bool operator<(const Entry& o) const {
      return std::tie(group, year, month, day, atom) < std::tie(o.group, o.year, o.month, o.day, o.atom);
    }
  };
  std::vector<Entry> entries;
  // Each group's sides ("|a|b"), which name its events; `plain` while no
  // category or side in it holds a '|' (then the key says what its events'
  // category and sides are, and all its events have the same).
  // (Apart and small, the parts read for every report: the groups are
  // many and a report's is anywhere among them.)
  struct Group {
    uint32_t bars = 0;  // the '|' in its sides
    bool plain = true;
  };
  std::vector<Group> group_info;
  group_text.clear();
  group_spans.clear();
  std::vector<uint32_t> group_of(order.size());
  std::string key;
  // Finding each report's group reads its event, which is anywhere in
  // memory: a million reports wait on a million cache misses. So the
  // threads first work out each report's key, from tables they only read
  // (categories numbered per run, each run's own); then one pass in order
  // numbers the groups by their first report, as before; then the threads
  // list the dates. A report naming an id no actor has, or of more than
  // three sides, is keyed in the ordered pass, by its strings.
  struct Keyed {
    std::array<uint32_t, 4> small{};  // small[0]: the category's number in its run
    uint32_t sides = 0;               // how many
    uint32_t dates = 0;               // entries it makes
    bool slow = false;                // keyed in the ordered pass
    bool bar = false;                 // a '|' in its category
  };
  std::vector<Keyed> keyed_atoms(order.size());
  std::vector<std::pair<size_t, size_t>> runs = Runs(threads, order.size());
  std::vector<std::vector<std::string_view>> run_categories(runs.size());
  RunEach(runs, [&](size_t run) {
    FlatIndex<uint32_t> categories;
    std::vector<std::string_view>& names = run_categories[run];
    std::vector<uint32_t> found;
    for (size_t r = runs[run].first; r < runs[run].second; ++r) {
      Event& e = *atoms[order[r]].event;
      Keyed& k = keyed_atoms[r];
      // Evidence without a date of its own gives the event's start.
      for (Evidence& ev : e.evidence)
        if (!ev.date.known()) ev.date = e.start;
      k.dates = static_cast<uint32_t>(std::max<size_t>(1, e.evidence.size()));
      k.bar = e.category.find('|') != std::string::npos;
      found.clear();
      for (const auto* list : {&e.sources, &e.targets})
        for (const std::string& x : *list) {
          const uint32_t* n = actor_side_numbers.Find(x);
          if (n == nullptr) k.slow = true;
          else found.push_back(*n);
        }
      std::sort(found.begin(), found.end());
      found.erase(std::unique(found.begin(), found.end()), found.end());
      k.sides = static_cast<uint32_t>(found.size());
      if (k.slow || found.size() > 3) {
        k.slow = true;
        continue;
      }
      auto [category, fresh] = categories.Insert(e.category, static_cast<uint32_t>(names.size()));
      if (fresh) names.push_back(e.category);
      k.small = {*category, kNoSide, kNoSide, kNoSide};
      std::copy(found.begin(), found.end(), k.small.begin() + 1);
    }
  });
  // Groups are numbered in the order of their first reports. The keys of
  // those keyed by numbers are written afterwards, by the threads.
  constexpr uint32_t kKeyMade = UINT32_MAX;
  struct KeyText {
    std::string text;     // "category|side|side..."
    size_t category = 0;  // the category's length
  };
  std::vector<KeyText> keys_of;    // each group's key
  std::vector<uint32_t> first_of;  // the report whose event names it, or kKeyMade
  for (size_t run = 0; run < runs.size(); ++run) {
    std::vector<uint32_t> category_of;  // the run's numbers to the build's
    for (std::string_view c : run_categories[run])
      category_of.push_back(*category_numbers.Insert(c, static_cast<uint32_t>(category_numbers.size())).first);
    for (size_t r = runs[run].first; r < runs[run].second; ++r) {
      Keyed& k = keyed_atoms[r];
      auto next = static_cast<uint32_t>(keys_of.size());
      if (!k.slow) {
        k.small[0] = category_of[k.small[0]];
        auto [group, fresh] = small_groups.Insert(k.small, next);
        if (fresh) {
          keys_of.emplace_back();
          first_of.push_back(static_cast<uint32_t>(r));
        }
        group_of[r] = *group;
        continue;
      }
      const Event& e = *atoms[order[r]].event;
      numbers.clear();
      auto add = [&](const std::string& x) {
        const uint32_t* n = actor_side_numbers.Find(x);
        if (n == nullptr) {  // an id no actor has: its own side
          const std::string& kept = strangers.emplace_back(x);
          n = actor_side_numbers.Insert(kept, side_number(kept)).first;
        }
        numbers.push_back(*n);
      };
      for (const auto& x : e.sources) add(x);
      for (const auto& x : e.targets) add(x);
      std::sort(numbers.begin(), numbers.end());
      numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
      k.sides = static_cast<uint32_t>(numbers.size());
      key = e.category;
      sides_key(e, key);
      std::pair<uint32_t*, bool> group;
      if (numbers.size() <= 3) {
        std::array<uint32_t, 4> small = {
            *category_numbers.Insert(e.category, static_cast<uint32_t>(category_numbers.size())).first, kNoSide,
            kNoSide, kNoSide};
        std::copy(numbers.begin(), numbers.end(), small.begin() + 1);
        group = small_groups.Insert(small, next);
      } else {
        uint32_t* existing = group_ids.Find(key);
        group = existing != nullptr ? std::pair{existing, false} : group_ids.Insert(group_keys.emplace_back(key), next);
      }
      if (group.second) {
        keys_of.push_back({key, e.category.size()});
        first_of.push_back(kKeyMade);
      }
      group_of[r] = *group.first;
    }
  }
  std::vector<std::pair<size_t, size_t>> group_runs = Runs(threads, keys_of.size());
  RunEach(group_runs, [&](size_t run) {
    std::vector<const std::string*> scratch;
    for (size_t i = group_runs[run].first; i < group_runs[run].second; ++i) {
      if (first_of[i] == kKeyMade) continue;
      const Event& e = *atoms[order[first_of[i]]].event;
      keys_of[i] = {e.category, e.category.size()};
      // (Every side of these is an actor's: sides_of has it.)
      AppendSides(e, [&](const std::string& x) { return *sides_of.Find(x); }, scratch, keys_of[i].text);
    }
  });
  first_of = {};
  group_info.resize(keys_of.size());
  group_spans.reserve(keys_of.size());
  for (size_t i = 0; i < keys_of.size(); ++i) {
    const std::string& k = keys_of[i].text;
    std::string_view sides_text = std::string_view(k).substr(keys_of[i].category);
    group_spans.push_back({group_text.size(), k.size(), keys_of[i].category});
    group_text += k;
    auto bars = static_cast<uint32_t>(std::count(sides_text.begin(), sides_text.end(), '|'));
    group_info[i] = {bars, true};
  }
  keys_of = {};
  for (size_t r = 0; r < order.size(); ++r) {
    Group& group = group_info[group_of[r]];
    group.plain = group.plain && !keyed_atoms[r].bar && group.bars == keyed_atoms[r].sides;
  }
  // Each report's dates, from where its entries start.
  std::vector<size_t> first_entry(order.size() + 1, 0);
  for (size_t r = 0; r < order.size(); ++r) first_entry[r + 1] = first_entry[r] + keyed_atoms[r].dates;
  entries.resize(first_entry.back());
  RunEach(runs, [&](size_t run) {
    for (size_t r = runs[run].first; r < runs[run].second; ++r) {
      const Event& e = *atoms[order[r]].event;
      uint32_t group_id = group_of[r];
      Entry* out = &entries[first_entry[r]];
      auto at = static_cast<uint32_t>(r);
      for (const Evidence& ev : e.evidence) *out++ = {group_id, ev.date.year, ev.date.month, ev.date.day, at};
      if (e.evidence.empty()) *out = {group_id, e.start.year, e.start.month, e.start.day, at};
    }
  });
  keyed_atoms = {};
  first_entry = {};
  group_ids.clear();
  group_keys = {};
  small_groups = decltype(small_groups)();
  side_numbers.clear();
  category_numbers.clear();
  actor_side_numbers.clear();
  std::sort(entries.begin(), entries.end());
  Clusters clusters(atoms.size());
  for (size_t b = 0, e; b < entries.size(); b = e) {
    // One group and one month (or one year, or undated).
    e = b + 1;
    // Only groups of two sides or more let a month report join the days
    // of that month: a one-sided "investigate" or "threaten" in some month
    // is too vague to say which day it was.
    bool whole_month =
        entries[b].month == 0 || (entries[b].day == 0 && group_info[entries[b].group].bars >= 2);
    while (e < entries.size() && entries[e].group == entries[b].group && entries[e].year == entries[b].year &&
           entries[e].month == entries[b].month)
      ++e;
    for (size_t i = b + 1; i < e; ++i)
      if (whole_month || entries[i].day == entries[i - 1].day) clusters.Join(entries[i - 1].atom, entries[i].atom);
    // (Entries are sorted by day within the month, so equal days are next
    // to each other, and a month's own reports, day 0, come first.)
  }
  entries = {};
  // Clusters in order of their first report; members in document order.
  std::vector<std::pair<uint32_t, uint32_t>> by_cluster(order.size());  // (root, rank)
  for (uint32_t r = 0; r < order.size(); ++r) by_cluster[r] = {clusters.Find(r), r};
  std::sort(by_cluster.begin(), by_cluster.end());

  // Where each cluster starts in by_cluster.
  std::vector<size_t> starts;
  for (size_t i = 0; i < by_cluster.size(); ++i)
    if (i == 0 || by_cluster[i].first != by_cluster[i - 1].first) starts.push_back(i);
  size_t clusters_count = starts.size();
  starts.push_back(by_cluster.size());
  nodes.clear();
  event_nodes.Reset(0);
  first_event = 0;
  actor_index = FlatIndex<Vertex>(actors.size());
  document_index = FlatIndex<Vertex>(documents.size());
  event_index.clear();
  event_index_built = false;
  Vertex next = 0;
  for (const auto& [id, record] : actors) {
    const GraphNode& n = nodes.emplace_back(record.node);
    actor_index.Insert(n.id, next);
    (n.kind == NodeKind::kPlace ? place_list : actor_list).push_back(&n);
    ++next;
  }
  for (const DocumentRecord* record : documents_by_id) {
    const GraphNode& n = nodes.emplace_back(record->node);
    document_index.Insert(n.id, next);
    document_list.push_back(&n);
    ++next;
  }
  first_event = next;
  // The sides of clusters whose group's key does not say them (a name
  // with a '|'), from their first report before Merge may take it: here,
  // since sides_key is not for threads.
  std::unordered_map<size_t, std::string> odd_sides;
  for (size_t k = 0; k < clusters_count; ++k)
    if (!group_info[group_of[by_cluster[starts[k]].first]].plain)
      sides_key(*atoms[order[by_cluster[starts[k]].second]].event, odd_sides[k]);
  // The event nodes, made here and filled by `threads` threads, each a run
  // of clusters: a cluster's reports are its own, and its node too.
  event_list.resize(clusters_count);
  event_nodes.Reset(clusters_count);
  std::vector<char> lent_by(clusters_count, 0);
  auto merge_clusters = [&](size_t from, size_t to) {
    std::vector<uint32_t> list;
    std::string id_key;
    for (size_t k = from; k < to; ++k) {
      list.clear();
      for (size_t i = starts[k]; i < starts[k + 1]; ++i) list.push_back(order[by_cluster[i].second]);
      uint32_t group_id = group_of[by_cluster[starts[k]].first];
      std::string_view cluster_sides;
      if (group_info[group_id].plain) {
        const GroupSpan& span = group_spans[group_id];
        cluster_sides = std::string_view(group_text).substr(span.offset + span.sides, span.size - span.sides);
      } else {
        cluster_sides = odd_sides.at(k);
      }
      GraphNode& n = *new (&event_nodes.data[k]) GraphNode();
      event_list[k] = &n;
      n.kind = NodeKind::kEvent;
      n.group = group_id;
      bool lend = false;
      Merge(list, lend, n.event);
      lent_by[k] = lend;
      id_key = n.event.category;
      id_key += '|';
      id_key += n.event.start.ToIso();
      id_key += cluster_sides;
      n.id = "event-";
      n.id += StableHash(id_key);
      n.event.id = n.id;
    }
  };
  std::vector<std::pair<size_t, size_t>> cluster_runs = Runs(threads, clusters_count);
  RunEach(cluster_runs, [&](size_t run) { merge_clusters(cluster_runs[run].first, cluster_runs[run].second); });
  event_nodes.size = clusters_count;
  for (size_t k = 0; k < clusters_count; ++k)
    if (lent_by[k]) lent.emplace_back(order[by_cluster[starts[k]].second], first_event + k);
  g.reset();  // its vertices are made with its edges (BuildEdges)
  // By date, then id. The keys are copied out of the nodes (the first
  // bytes of the id with them), so that comparing them seldom reads a node.
  struct SortKey {
    Date start;
    // The id's first 24 bytes, zero-padded, as big-endian numbers: they
    // compare as the bytes do (unsigned), without a call to memcmp.
    std::array<uint64_t, 3> head;
    const GraphNode* node;
    bool operator<(const SortKey& o) const {
      if (start != o.start) return start < o.start;
      if (head != o.head) return head < o.head;
      return node->id < o.node->id;  // equal first bytes (or padding): the whole ids
    }
  };
  std::vector<SortKey> keys(event_list.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    const GraphNode* n = event_list[i];
    std::array<unsigned char, 24> bytes{};
    std::memcpy(bytes.data(), n->id.data(), std::min(n->id.size(), bytes.size()));
    keys[i] = {n->event.start, {}, n};
    for (size_t w = 0; w < 3; ++w)
      for (size_t b = 0; b < 8; ++b) keys[i].head[w] = keys[i].head[w] << 8 | bytes[8 * w + b];
  }
  std::sort(keys.begin(), keys.end());
  for (size_t i = 0; i < keys.size(); ++i) event_list[i] = keys[i].node;
  built = true;
}

void TemporalGraph::Impl::BuildEdges() {
  IndexEvents();
  g = std::make_unique<Graph>(NodeCount());  // (adjacency_list's `=` and swap copy)
  Vertex end = NodeCount();
  for (Vertex v = first_event; v < end; ++v) {
    ForEachEventEdge(Node(v).event, [&](const std::string& other, EdgeRole role, bool outward) {
      const Vertex* w = nullptr;
      for (const auto* table : {&actor_index, &document_index, &event_index})
        if ((w = table->Find(other)) != nullptr) break;
      if (w == nullptr) return;
      if (outward) boost::add_edge(v, *w, EdgeLabel{EdgeRoleName(role)}, *g);
      else boost::add_edge(*w, v, EdgeLabel{EdgeRoleName(role)}, *g);
    });
  }
  edges_built = true;
}

TemporalGraph::TemporalGraph() : impl_(std::make_unique<Impl>()) {}
TemporalGraph::~TemporalGraph() = default;
TemporalGraph::TemporalGraph(TemporalGraph&&) noexcept = default;
TemporalGraph& TemporalGraph::operator=(TemporalGraph&&) noexcept = default;

void TemporalGraph::AddFacts(const Facts& facts) { AddFacts(Facts(facts)); }

void TemporalGraph::AddFacts(Facts&& facts) {
  std::vector<Facts> one;
  one.push_back(std::move(facts));
  AddFacts(std::move(one));
}

void TemporalGraph::AddFacts(std::vector<Facts>&& all) {
  Impl& d = *impl_;
  d.built = false;
  // Reports lent to the nodes of the last build come back (Build would
  // take them back anyway), so that they can be compared below.
  for (auto [atom, v] : d.lent) *d.atoms[atom].event = std::move(d.Node(v).event);
  d.lent.clear();
  // An article added again, as when saved graphs that share articles are
  // merged: a report it gave the first time, at the same place among its
  // reports, would sit next to its twin in every order and cluster and
  // change nothing, so it is not kept twice. Its reports are compared
  // with their twins on the merge threads, once every article is in.
  struct Repeat {
    Impl::DocumentRecord* document;
    std::vector<Event>* batch;
    size_t first_flag;  // its reports' flags: repeated[first_flag, + batch size)
  };
  std::vector<Repeat> repeats;
  size_t flags = 0;
  for (Facts& facts : all) {
    Impl::DocumentRecord* const* known = d.document_records.Find(facts.doc_id);
    bool fresh_doc = known == nullptr;
    Impl::DocumentRecord& document = fresh_doc ? d.documents.emplace_back() : **known;
    if (fresh_doc) {
      GraphNode& n = document.node;
      n.kind = NodeKind::kDocument;
      n.id = facts.doc_id;
      n.document = {facts.doc_id, facts.doc_path, facts.doc_title, facts.doc_url, facts.doc_source,
                    facts.language, facts.published};
      d.document_records.Insert(n.id, &document);
    }
    for (Actor& a : facts.actors) {
      auto [it, fresh] = d.actors.try_emplace(a.id);
      Impl::ActorRecord& record = it->second;
      // The description comes from the first document by id that named the
      // actor, whatever the order of addition; names and roles from all.
      if (fresh || facts.doc_id < record.doc_id) {
        std::vector<std::string> names = std::move(record.node.actor.names);
        std::vector<std::string> roles = std::move(record.node.actor.roles);
        std::vector<std::string> new_names = std::move(a.names);
        std::vector<std::string> new_roles = std::move(a.roles);
        record.doc_id = facts.doc_id;
        record.node.kind = IsPlaceKind(a.kind) ? NodeKind::kPlace : NodeKind::kActor;
        record.node.id = a.id;
        record.node.actor = std::move(a);
        record.node.actor.names = std::move(names);
        record.node.actor.roles = std::move(roles);
        for (const auto& name : new_names) AddSorted(record.node.actor.names, name);
        for (const auto& role : new_roles) AddSorted(record.node.actor.roles, role);
        continue;
      }
      for (const auto& name : a.names) AddSorted(record.node.actor.names, name);
      for (const auto& role : a.roles) AddSorted(record.node.actor.roles, role);
    }
    std::vector<Event>& batch = d.batches.emplace_back(std::move(facts.events));
    if (!fresh_doc) {
      repeats.push_back({&document, &batch, flags});
      flags += batch.size();
      continue;
    }
    document.first_atom = d.atoms.size();
    uint32_t seq = 0;
    for (Event& e : batch) d.atoms.push_back({&e, &document, seq++});
    document.atom_count = seq;
  }
  if (repeats.empty()) return;
  std::vector<char> repeated(flags, 0);
  std::vector<std::pair<size_t, size_t>> runs = Runs(d.threads, repeats.size(), 512);  // (articles)
  RunEach(runs, [&](size_t run) {
    for (size_t i = runs[run].first; i < runs[run].second; ++i) {
      const Repeat& r = repeats[i];
      std::vector<Event>& batch = *r.batch;
      for (size_t seq = 0; seq < batch.size() && seq < r.document->atom_count; ++seq)
        if (d.atoms[r.document->first_atom + seq].event->SameReport(batch[seq])) {
          repeated[r.first_flag + seq] = 1;
          batch[seq] = Event();  // (freed now, while it is in the cache)
        }
    }
  });
  for (const Repeat& r : repeats) {
    uint32_t seq = 0;
    for (Event& e : *r.batch) {
      if (!repeated[r.first_flag + seq]) d.atoms.push_back({&e, r.document, seq});
      ++seq;
    }
  }
}

const GraphNode* TemporalGraph::FindNode(const std::string& id) const {
  if (!impl_->built) impl_->Build();
  const Impl::Vertex* v = impl_->Find(id);
  return v == nullptr ? nullptr : &impl_->Node(*v);
}

const std::string& TemporalGraph::Side(const std::string& actor_id) const { return impl_->Side(actor_id); }

std::vector<const GraphNode*> TemporalGraph::Actors() const {
  if (!impl_->built) impl_->Build();
  return impl_->actor_list;
}

std::vector<const GraphNode*> TemporalGraph::Places() const {
  if (!impl_->built) impl_->Build();
  return impl_->place_list;
}

std::vector<const GraphNode*> TemporalGraph::Documents() const {
  if (!impl_->built) impl_->Build();
  return impl_->document_list;
}

std::vector<const GraphNode*> TemporalGraph::Events() const {
  if (!impl_->built) impl_->Build();
  return impl_->event_list;
}

std::vector<GraphEdge> TemporalGraph::Edges() const {
  Impl& d = *impl_;
  if (!d.built) d.Build();
  {
    std::lock_guard<std::mutex> lock(d.lazy_mutex);
    if (!d.edges_built) d.BuildEdges();
  }
  std::vector<GraphEdge> out;
  const Impl::Graph& g = *d.g;
  out.reserve(boost::num_edges(g));
  auto [begin, end] = boost::edges(g);
  for (auto it = begin; it != end; ++it)
    out.push_back({d.Node(boost::source(*it, g)).id, d.Node(boost::target(*it, g)).id, g[*it].role});
  std::sort(out.begin(), out.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.from, a.to, a.role) < std::tie(b.from, b.to, b.role);
  });
  return out;
}

void TemporalGraph::set_threads(unsigned threads) { impl_->threads = std::max(1u, threads); }

size_t TemporalGraph::group_count() const {
  if (!impl_->built) impl_->Build();
  return impl_->group_spans.size();
}

std::string_view TemporalGraph::GroupKey(uint32_t group) const {
  if (!impl_->built) impl_->Build();
  const Impl::GroupSpan& span = impl_->group_spans.at(group);
  return std::string_view(impl_->group_text).substr(span.offset, span.size);
}

size_t TemporalGraph::node_count() const {
  if (!impl_->built) impl_->Build();
  return impl_->NodeCount();
}

}  // namespace diplograph
