// The temporal knowledge graph: actors, places, events and source documents
// as vertices of a Boost.Graph, with participation, location and evidence
// edges. Several articles' facts merge into one graph: one node per actor
// (by lexicon id), one per real-world event (by category, sides and date).
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

#include <map>
#include <memory>
#include <string>
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
  DocumentInfo document;  // kDocument
};

struct GraphEdge {
  std::string from, to;  // node ids
  std::string role;      // agent, recipient, mediator, location, evidence
};

class TemporalGraph {
 public:
  TemporalGraph();
  ~TemporalGraph();
  TemporalGraph(TemporalGraph&&) noexcept;
  TemporalGraph& operator=(TemporalGraph&&) noexcept;

  void AddFacts(const Facts& facts);

  const GraphNode* FindNode(const std::string& id) const;
  // The side an actor stands for when events are matched: a person's or a
  // body's country where known, else the actor itself.
  std::string Side(const std::string& actor_id) const;
  // Sorted by id (actors, places, documents) or by date then id (events).
  std::vector<const GraphNode*> Actors() const;
  std::vector<const GraphNode*> Places() const;
  std::vector<const GraphNode*> Events() const;
  std::vector<const GraphNode*> Documents() const;
  // All edges, sorted, derived from the stored events.
  std::vector<GraphEdge> Edges() const;

  size_t node_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_GRAPH_TEMPORAL_GRAPH_H_
