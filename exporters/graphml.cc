#include "exporters/graphml.h"

#include <iterator>
#include <string>
#include <unordered_map>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"

namespace diplograph {

namespace {

// The attributes written, one GraphML key each. Plain strings: analysts'
// tools read GraphML strings everywhere, and an absent value is "".
struct NodeData {
  std::string id, kind, label, name, name_ar, country, category, mode, status, start, end, source, url;
};
struct EdgeData {
  std::string role, start, end;
};

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
      d.source = EventDocuments(graph, e);
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

// Boost's write_graphml makes a std::ostringstream for every value it
// writes (dynamic_properties::get_string), which was three quarters of the
// export's time; this writes the same bytes directly. Keys are numbered in
// the order write_graphml gives them (property names sorted, node before
// edge for a shared name), values escaped as its encode_char_entities does.
struct Key {
  const char* name;
  bool edge;
};
constexpr Key kKeys[] = {{"category", false}, {"country", false}, {"end", false},    {"end", true},
                         {"id", false},       {"kind", false},    {"label", false},  {"mode", false},
                         {"name", false},     {"name_ar", false}, {"role", true},    {"source", false},
                         {"start", false},    {"start", true},    {"status", false}, {"url", false}};

// Escapes as Boost's encode_char_entities: & < > " ' as entities, and a
// value of nothing but spaces with its first space as a reference.
void AppendEscaped(std::string& out, const std::string& s) {
  if (s.empty()) return;
  if (s.find_first_not_of(' ') == std::string::npos) {
    out += "&#32;";
    out.append(s.size() - 1, ' ');
    return;
  }
  for (char c : s) {
    switch (c) {
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
}

void AppendData(std::string& out, size_t key, const std::string& value) {
  out += "      <data key=\"key";
  out += std::to_string(key);
  out += "\">";
  AppendEscaped(out, value);
  out += "</data>\n";
}

}  // namespace

std::string WriteGraphml(const TemporalGraph& graph) {
  std::vector<NodeData> nodes;
  std::unordered_map<std::string, size_t> index;
  for (const auto& list : {graph.Actors(), graph.Places(), graph.Events(), graph.Documents()})
    for (const GraphNode* n : list) {
      index.emplace(n->id, nodes.size());
      nodes.push_back(ToData(graph, *n));
    }
  // write_graphml lists edges by source node, each node's in the order added.
  struct Edge {
    size_t target;
    EdgeData data;
  };
  std::vector<std::vector<Edge>> out_edges(nodes.size());
  for (const GraphEdge& edge : graph.Edges()) {
    auto from = index.find(edge.from);
    auto to = index.find(edge.to);
    if (from == index.end() || to == index.end()) continue;
    // Every edge touches exactly one event; it exists while the event does.
    const NodeData& event = nodes[from->second].kind == "event" ? nodes[from->second] : nodes[to->second];
    out_edges[from->second].push_back({to->second, EdgeData{edge.role, event.start, event.end}});
  }

  std::string out;
  out.reserve(nodes.size() * 600);
  out +=
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (size_t k = 0; k < std::size(kKeys); ++k) {
    out += "  <key id=\"key" + std::to_string(k) + "\" for=\"" + (kKeys[k].edge ? "edge" : "node") +
           "\" attr.name=\"" + kKeys[k].name + "\" attr.type=\"string\" />\n";
  }
  out +=
      "  <graph id=\"G\" edgedefault=\"directed\" parse.nodeids=\"canonical\" parse.edgeids=\"canonical\" "
      "parse.order=\"nodesfirst\">\n";
  for (size_t i = 0; i < nodes.size(); ++i) {
    const NodeData& d = nodes[i];
    out += "    <node id=\"n" + std::to_string(i) + "\">\n";
    const std::string* values[] = {&d.category, &d.country, &d.end,  &d.id,    &d.kind,   &d.label, &d.mode,
                                   &d.name,     &d.name_ar, &d.source, &d.start, &d.status, &d.url};
    size_t v = 0;
    for (size_t k = 0; k < std::size(kKeys); ++k)
      if (!kKeys[k].edge) AppendData(out, k, *values[v++]);
    out += "    </node>\n";
  }
  size_t edge_count = 0;
  for (size_t i = 0; i < nodes.size(); ++i)
    for (const Edge& e : out_edges[i]) {
      out += "    <edge id=\"e" + std::to_string(edge_count++) + "\" source=\"n" + std::to_string(i) +
             "\" target=\"n" + std::to_string(e.target) + "\">\n";
      AppendData(out, 3, e.data.end);
      AppendData(out, 10, e.data.role);
      AppendData(out, 13, e.data.start);
      out += "    </edge>\n";
    }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace diplograph
