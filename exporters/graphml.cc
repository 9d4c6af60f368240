#include "exporters/graphml.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"
#include "graph/query.h"

namespace diplograph {

namespace {

// Boost's write_graphml makes a std::ostringstream for every value it
// writes (dynamic_properties::get_string), which was three quarters of the
// export's time; this writes the same bytes directly. Keys are numbered in
// the order write_graphml gives them (property names sorted, node before
// edge for a shared name), values escaped as its encode_char_entities does.
// Plain strings: analysts' tools read GraphML strings everywhere, and an
// absent value is "".
struct Key {
  const char* name;
  bool edge;
};
constexpr Key kKeys[] = {{"category", false}, {"country", false}, {"end", false},    {"end", true},
                         {"id", false},       {"kind", false},    {"label", false},  {"mode", false},
                         {"name", false},     {"name_ar", false}, {"role", true},    {"source", false},
                         {"start", false},    {"start", true},    {"status", false}, {"url", false}};
constexpr size_t kEdgeEnd = 3, kEdgeRole = 10, kEdgeStart = 13;

// A node's values, in the order of its keys above.
enum Value { kCategory, kCountry, kEnd, kId, kKind, kLabel, kMode, kName, kNameAr, kSource, kStart, kStatus, kUrl };
constexpr size_t kNodeValues = 13;

// Escapes as Boost's encode_char_entities: & < > " ' as entities, and a
// value of nothing but spaces with its first space as a reference.
void AppendEscaped(std::string& out, std::string_view s) {
  if (s.empty()) return;
  if (s.find_first_not_of(' ') == std::string_view::npos) {
    out += "&#32;";
    out.append(s.size() - 1, ' ');
    return;
  }
  size_t copied = 0;  // s[copied, i) is still to be appended
  for (size_t i = 0; i < s.size(); ++i) {
    const char* entity;
    switch (s[i]) {
      case '<': entity = "&lt;"; break;
      case '>': entity = "&gt;"; break;
      case '&': entity = "&amp;"; break;
      case '"': entity = "&quot;"; break;
      case '\'': entity = "&apos;"; break;
      default: continue;
    }
    out.append(s, copied, i - copied);
    out += entity;
    copied = i + 1;
  }
  out.append(s, copied, s.size() - copied);
}

// Bytes that make a value more than a copy: markup characters, and the
// C0 controls and EF lead byte of the characters XML 1.0 forbids.
constexpr std::array<bool, 256> kStops = [] {
  std::array<bool, 256> stops{};
  for (int c = 0; c < 0x20; ++c) stops[static_cast<size_t>(c)] = true;
  for (char c : std::string_view("<>&\"'\xEF")) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}();

// Article text loses the characters XML 1.0 forbids before it is escaped
// (so a value of spaces and a control character is a value of spaces).
void AppendText(std::string& out, std::string_view s) {
  bool plain = (s.empty() || s.front() != ' ') &&
               std::none_of(s.begin(), s.end(), [](char c) { return kStops[static_cast<unsigned char>(c)]; });
  if (plain) out += s;
  else if (IsXmlAllowedText(s)) AppendEscaped(out, s);
  else AppendEscaped(out, XmlAllowedText(s));
}

void AppendNumber(std::string& out, size_t n) {
  char buf[24];
  out.append(buf, std::to_chars(buf, buf + sizeof buf, n).ptr);
}

// `      <data key="key7">`, for each key.
std::vector<std::string> DataOpenings() {
  std::vector<std::string> open;
  for (size_t k = 0; k < std::size(kKeys); ++k) open.push_back("      <data key=\"key" + std::to_string(k) + "\">");
  return open;
}

// The start and end written for a node (and for the edges of an event).
struct Dates {
  std::string start, end;
};
Dates NodeDates(const GraphNode& n) {
  if (n.kind == NodeKind::kEvent) {
    const Event& e = n.event;
    return {e.start.ToIso(), e.start.known() ? (e.end.known() ? e.end : e.start).ToIso() : ""};
  }
  if (n.kind == NodeKind::kDocument) return {n.document.published.ToIso(), ""};
  return {};
}

}  // namespace

std::string WriteGraphml(const TemporalGraph& graph) {
  NumberedGraph numbered = NumberGraph(graph);
  const std::vector<const GraphNode*>& nodes = numbered.nodes;
  // write_graphml lists edges by source node, each node's in the order
  // added (Edges() order): a stable bucket sort by source.
  std::vector<size_t> first_out(nodes.size() + 1, 0);
  for (const NumberedGraph::Edge& e : numbered.edges) ++first_out[e.from + 1];
  for (size_t i = 0; i < nodes.size(); ++i) first_out[i + 1] += first_out[i];
  std::vector<const NumberedGraph::Edge*> out_edges(numbered.edges.size());
  {
    std::vector<size_t> next(first_out.begin(), first_out.end() - 1);
    for (const NumberedGraph::Edge& e : numbered.edges) out_edges[next[e.from]++] = &e;
  }

  const std::vector<std::string> open = DataOpenings();
  std::string out;
  // About the size written at 10^6 events, so that the text is seldom moved.
  out.reserve(nodes.size() * 700 + numbered.edges.size() * 200);
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
  // The dates of the events, kept for their edges (which would otherwise
  // read the nodes again, in a random order).
  std::vector<Dates> dates(nodes.size());
  std::vector<char> is_event(nodes.size(), 0);
  std::string label, source;
  for (size_t i = 0; i < nodes.size(); ++i) {
    const GraphNode& n = *nodes[i];
    dates[i] = NodeDates(n);
    is_event[i] = n.kind == NodeKind::kEvent;
    std::string_view values[kNodeValues] = {};
    values[kId] = n.id;
    values[kKind] = NodeKindName(n.kind);
    values[kStart] = dates[i].start;
    values[kEnd] = dates[i].end;
    switch (n.kind) {
      case NodeKind::kActor:
      case NodeKind::kPlace:
        values[kLabel] = n.actor.name;
        values[kName] = n.actor.name;
        values[kNameAr] = n.actor.name_ar;
        values[kCountry] = n.actor.country;
        values[kCategory] = ActorKindName(n.actor.kind);
        break;
      case NodeKind::kEvent:
        label = EventLabel(graph, n.event);
        source = EventDocuments(graph, n.event);
        values[kLabel] = label;
        values[kCategory] = n.event.category;
        values[kMode] = n.event.mode;
        values[kStatus] = EventStatusName(n.event.status);
        values[kSource] = source;
        break;
      case NodeKind::kDocument:
        values[kLabel] = n.document.title.empty() ? n.document.path : n.document.title;
        values[kName] = n.document.path;
        values[kSource] = n.document.source;
        values[kUrl] = n.document.url;
        break;
    }
    out += "    <node id=\"n";
    AppendNumber(out, i);
    out += "\">\n";
    size_t v = 0;
    for (size_t k = 0; k < std::size(kKeys); ++k) {
      if (kKeys[k].edge) continue;
      out += open[k];
      AppendText(out, values[v++]);
      out += "</data>\n";
    }
    out += "    </node>\n";
  }
  size_t edge_count = 0;
  for (size_t i = 0; i < nodes.size(); ++i)
    for (size_t j = first_out[i]; j < first_out[i + 1]; ++j) {
      const NumberedGraph::Edge& e = *out_edges[j];
      // Every edge touches exactly one event; it exists while the event does.
      const Dates& event = dates[is_event[e.from] ? e.from : e.to];
      out += "    <edge id=\"e";
      AppendNumber(out, edge_count++);
      out += "\" source=\"n";
      AppendNumber(out, e.from);
      out += "\" target=\"n";
      AppendNumber(out, e.to);
      out += "\">\n";
      out += open[kEdgeEnd];
      AppendEscaped(out, event.end);
      out += "</data>\n";
      out += open[kEdgeRole];
      out += EdgeRoleName(e.role);
      out += "</data>\n";
      out += open[kEdgeStart];
      AppendEscaped(out, event.start);
      out += "</data>\n    </edge>\n";
    }
  out += "  </graph>\n</graphml>\n";
  return out;
}

}  // namespace diplograph
