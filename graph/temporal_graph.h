// The temporal knowledge graph: actors, places, events and source documents
// as vertices of a Boost.Graph, with participation, location and evidence
// edges. Several articles' facts merge into one graph: one node per actor
// (by lexicon id), one per real-world event.
//
// Events merge when they have the same category and the same sides (each
// person or body standing for its state, see Side()) and compatible dates:
// the same day, the same month, a day and the month that contains it (when
// the event has two sides or more: a one-sided event reported "in July" is
// too vague to place), or the same year when only the year is known. Compatibility is closed over
// (a report "in May" joins every report of a day in May), which is what
// makes merging order-independent and associative. The merged event keeps
// every piece of evidence, each with the date its article gave; its start
// is the best-supported date at the finest precision reported (most
// documents; on a tie the earliest), the others are its alternative dates.
// Places do not split events: an article often omits or misreads the
// place, and a saved graph does not keep which article named which one.
//
//   TemporalGraph g;
//   g.AddFacts(facts_a);
//   g.AddFacts(facts_b);
//   for (const GraphNode* e : g.Events()) std::cout << e->event.Dump() << "\n";
//
// Ids are content-derived strings, so exports do not depend on the order in
// which articles were added.
#ifndef DIPLOGRAPH_GRAPH_TEMPORAL_GRAPH_H_
#define DIPLOGRAPH_GRAPH_TEMPORAL_GRAPH_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/facts.h"

namespace diplograph {

enum class NodeKind { kActor, kPlace, kEvent, kDocument };
const char* NodeKindName(NodeKind k);

struct DocumentInfo {
  std::string id, path, title, url, source, language;
  Date published;
};

struct GraphNode {
  NodeKind kind = NodeKind::kActor;
  std::string id;
  Actor actor;        // kActor, kPlace
  Event event;        // kEvent
  uint32_t group = 0;  // kEvent: its group, see TemporalGraph::GroupKey
  DocumentInfo document;  // kDocument
};

struct GraphEdge {
  std::string from, to;  // node ids
  std::string role;      // agent, recipient, mediator, location, evidence
};

// The roles of edges, in the order of their names (as Edges() sorts them).
enum class EdgeRole : uint8_t { kAgent, kEvidence, kLocation, kMediator, kRecipient };
const char* EdgeRoleName(EdgeRole role);

// Calls visit(other_id, role, outward) for each edge of event `e`, which
// TemporalGraph::Edges() lists when `other_id` names a node: from the
// other node to the event, or from the event to it when `outward`. The
// graph's own rule for its edges, and for the writers that need the edges
// of a few events, not all of them.
template <typename Visit>
void ForEachEventEdge(const Event& e, Visit&& visit) {
  for (const std::string& s : e.sources) visit(s, EdgeRole::kAgent, false);
  for (const std::string& t : e.targets) visit(t, EdgeRole::kRecipient, true);
  for (const std::string& m : e.mediators) visit(m, EdgeRole::kMediator, false);
  if (!e.location.empty()) visit(e.location, EdgeRole::kLocation, true);
  // One evidence edge for each run of reports from one article.
  for (size_t i = 0; i < e.evidence.size(); ++i)
    if (i == 0 || e.evidence[i].doc_id != e.evidence[i - 1].doc_id)
      visit(e.evidence[i].doc_id, EdgeRole::kEvidence, true);
}

// The dates an event's evidence gives at the precision of its start, other
// than its start, in order: what the merge weighed and did not keep.
std::vector<Date> AlternativeDates(const Event& e);

class TemporalGraph {
 public:
  TemporalGraph();
  ~TemporalGraph();
  TemporalGraph(TemporalGraph&&) noexcept;
  TemporalGraph& operator=(TemporalGraph&&) noexcept;

  // Facts may be added in any order; the graph is the same. The merge runs
  // on the first query after an addition, so a graph being read must not be
  // shared between threads until it has been queried once. Nodes and
  // lists that queries returned are valid until the next addition. An
  // article added twice (saved graphs that share it) costs little: the
  // reports it repeats are kept once.
  void AddFacts(const Facts& facts);
  // The same, taking the events and actors rather than copying them.
  void AddFacts(Facts&& facts);
  // The same for many articles, as one after another: what merging saved
  // graphs does. The reports of articles added again are compared with
  // their first reports on the merge's threads (set_threads).
  void AddFacts(std::vector<Facts>&& facts);

  // Threads the merge may use (1 unless set); the graph is the same for
  // any number.
  void set_threads(unsigned threads);

  const GraphNode* FindNode(const std::string& id) const;
  // The side an actor stands for when events are matched: a person's or a
  // body's country where known, else the actor itself.
  // (A reference to the actor's country, or to actor_id itself.)
  const std::string& Side(const std::string& actor_id) const;
  // Sorted by id (actors, places, documents) or by date then id (events).
  std::vector<const GraphNode*> Actors() const;
  std::vector<const GraphNode*> Places() const;
  std::vector<const GraphNode*> Events() const;
  std::vector<const GraphNode*> Documents() const;
  // All edges, sorted, derived from the stored events.
  std::vector<GraphEdge> Edges() const;

  size_t node_count() const;

  // Events that may be one happening share a group: the same category and
  // the same sides. Groups are numbered from 0 (GraphNode::group) and keyed
  // "CONSULT|rus|usa" (the category, then each side after a '|'), so that
  // the groups of two graphs can be matched by their keys.
  size_t group_count() const;
  std::string_view GroupKey(uint32_t group) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_GRAPH_TEMPORAL_GRAPH_H_
