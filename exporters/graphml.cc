#include "exporters/graphml.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/property_map/dynamic_property_map.hpp>
// GCC at -O2 warns of a maybe-uninitialized value inside write_graphml; it
// is a false positive in Boost's code, not ours.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/graph/graphml.hpp>
#pragma GCC diagnostic pop

#include <map>
#include <set>
#include <sstream>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"

namespace diplograph {

namespace {

// The attributes written, one Boost property each. Plain strings: analysts'
// tools read GraphML strings everywhere, and an absent value is "".
struct NodeData {
  std::string id, kind, label, name, name_ar, country, category, mode, status, start, end, source, url;
};
struct EdgeData {
  std::string role, start, end;
};
// vecS keeps insertion order, so the file lists nodes as TemporalGraph does.
using ExportGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, NodeData, EdgeData>;


NodeData ToData(const TemporalGraph& graph, const GraphNode& n) {
  NodeData d;
  d.id = n.id;
  d.kind = NodeKindName(n.kind);
  switch (n.kind) {
    case NodeKind::kActor:
    case NodeKind::kPlace:
      d.label = n.actor.name;
      d.name = n.actor.name;
      d.name_ar = n.actor.name_ar;
      d.country = n.actor.country;
      d.category = ActorKindName(n.actor.kind);
      break;
    case NodeKind::kEvent: {
      const Event& e = n.event;
      d.label = EventLabel(graph, e);
      d.category = e.category;
      d.mode = e.mode;
      d.status = EventStatusName(e.status);
      d.start = e.start.ToIso();
      if (e.start.known()) d.end = (e.end.known() ? e.end : e.start).ToIso();
      d.source = EventDocuments(e);
      break;
    }
    case NodeKind::kDocument:
      d.label = n.document.title.empty() ? n.document.path : n.document.title;
      d.name = n.document.path;
      d.start = n.document.published.ToIso();
      d.source = n.document.source;
      d.url = n.document.url;
      break;
  }
  for (std::string* s : {&d.id, &d.label, &d.name, &d.name_ar, &d.country, &d.category, &d.mode, &d.status,
                         &d.source, &d.url})
    *s = XmlAllowedText(*s);
  return d;
}

}  // namespace

std::string WriteGraphml(const TemporalGraph& graph) {
  ExportGraph g;
  std::map<std::string, ExportGraph::vertex_descriptor> vertex;
  for (const auto& list : {graph.Actors(), graph.Places(), graph.Events(), graph.Documents()})
    for (const GraphNode* n : list) vertex[n->id] = boost::add_vertex(ToData(graph, *n), g);
  for (const GraphEdge& edge : graph.Edges()) {
    auto from = vertex.find(edge.from);
    auto to = vertex.find(edge.to);
    if (from == vertex.end() || to == vertex.end()) continue;
    // Every edge touches exactly one event; it exists while the event does.
    const NodeData& event = g[from->second].kind == "event" ? g[from->second] : g[to->second];
    boost::add_edge(from->second, to->second, EdgeData{edge.role, event.start, event.end}, g);
  }
  boost::dynamic_properties dp;
  dp.property("id", boost::get(&NodeData::id, g));
  dp.property("kind", boost::get(&NodeData::kind, g));
  dp.property("label", boost::get(&NodeData::label, g));
  dp.property("name", boost::get(&NodeData::name, g));
  dp.property("name_ar", boost::get(&NodeData::name_ar, g));
  dp.property("country", boost::get(&NodeData::country, g));
  dp.property("category", boost::get(&NodeData::category, g));
  dp.property("mode", boost::get(&NodeData::mode, g));
  dp.property("status", boost::get(&NodeData::status, g));
  dp.property("start", boost::get(&NodeData::start, g));
  dp.property("end", boost::get(&NodeData::end, g));
  dp.property("source", boost::get(&NodeData::source, g));
  dp.property("url", boost::get(&NodeData::url, g));
  dp.property("role", boost::get(&EdgeData::role, g));
  dp.property("start", boost::get(&EdgeData::start, g));
  dp.property("end", boost::get(&EdgeData::end, g));
  std::ostringstream out;
  boost::write_graphml(out, g, dp, true);
  return out.str();
}

}  // namespace diplograph
