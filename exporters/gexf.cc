#include "exporters/gexf.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"
#include "graph/query.h"

namespace diplograph {

namespace {

// Node attributes, declared once; the id is also the title networkx uses.
constexpr const char* kNodeAttributes[] = {"kind",    "category", "name", "name_ar", "country", "mode",
                                           "status",  "date",     "source", "url"};

// The first and last day a date at its precision covers.
Date FirstDay(const Date& d) { return Date::Day(d.year, d.month == 0 ? 1 : d.month, d.day == 0 ? 1 : d.day); }
Date LastDay(const Date& d) {
  int month = d.month == 0 ? 12 : d.month;
  return Date::Day(d.year, month, d.day == 0 ? DaysInMonth(d.year, month) : d.day);
}

// Appends start="..." end="..." of an event (with a leading space).
void AppendInterval(std::string& out, const Event& e) {
  if (!e.start.known()) return;
  out += " start=\"";
  out += FirstDay(e.start).ToIso();
  out += "\"";
  if (e.status == EventStatus::kOngoing) return;
  out += " end=\"";
  out += LastDay(e.end.known() ? e.end : e.start).ToIso();
  out += "\"";
}

using Values = std::initializer_list<std::pair<const char*, std::string_view>>;

// Written with string appends rather than a stream: a 10^6-event graph is a
// gigabyte of GEXF, and ostream insertion cost twice as much as the text.
void WriteNode(std::string& o, std::string_view escaped_id, std::string_view label, std::string_view time,
               Values values) {
  o += "      <node id=\"";
  o += escaped_id;
  o += "\" label=\"";
  AppendEscapedMarkup(o, label);
  o += "\"";
  o += time;
  o += ">\n        <attvalues>\n";
  for (const auto& [key, value] : values)
    if (!value.empty()) {
      o += "          <attvalue for=\"";
      o += key;
      o += "\" value=\"";
      AppendEscapedMarkup(o, value);
      o += "\"/>\n";
    }
  o += "        </attvalues>\n      </node>\n";
}

}  // namespace

std::string WriteGexf(const TemporalGraph& graph) {
  std::string o;
  o += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
       "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
       "      xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
       "  <meta>\n"
       "    <creator>diplograph</creator>\n"
       "    <description>Diplomatic events, their actors, places and source articles</description>\n"
       "  </meta>\n"
       "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\" timerepresentation=\"interval\">\n"
       "    <attributes class=\"node\" mode=\"static\">\n";
  for (const char* a : kNodeAttributes)
    o += std::string("      <attribute id=\"") + a + "\" title=\"" + a + "\" type=\"string\"/>\n";
  o += "    </attributes>\n"
       "    <attributes class=\"edge\" mode=\"static\">\n"
       "      <attribute id=\"role\" title=\"role\" type=\"string\"/>\n"
       "    </attributes>\n"
       "    <nodes>\n";
  NumberedGraph numbered = NumberGraph(graph);
  const std::vector<const GraphNode*>& nodes = numbered.nodes;
  // What the edges repeat of their nodes, kept compact as the nodes are
  // written: the edges come in the order of their ends' ids, and reading
  // the nodes themselves again in that order cost more than the rest of the
  // edges. Node i's escaped id is ids[id_at[i], id_at[i + 1]); its interval
  // (an event's: an edge exists while its event does) times[time_at[i],
  // time_at[i + 1]).
  std::string ids, times;
  std::vector<size_t> id_at(nodes.size() + 1, 0), time_at(nodes.size() + 1, 0);
  std::vector<char> is_event(nodes.size(), 0);
  auto id = [&](size_t i) { return std::string_view(ids).substr(id_at[i], id_at[i + 1] - id_at[i]); };
  auto time = [&](size_t i) { return std::string_view(times).substr(time_at[i], time_at[i + 1] - time_at[i]); };
  o.reserve(nodes.size() * 800 + numbered.edges.size() * 250);
  for (size_t i = 0; i < nodes.size(); ++i) {
    const GraphNode* n = nodes[i];
    AppendEscapedMarkup(ids, n->id);
    id_at[i + 1] = ids.size();
    if (n->kind == NodeKind::kEvent) {
      AppendInterval(times, n->event);
      is_event[i] = 1;
    }
    time_at[i + 1] = times.size();
    switch (n->kind) {
      case NodeKind::kActor:
      case NodeKind::kPlace: {
        const Actor& a = n->actor;
        WriteNode(o, id(i), a.name, "",
                  {{"kind", NodeKindName(n->kind)},
                   {"category", ActorKindName(a.kind)},
                   {"name", a.name},
                   {"name_ar", a.name_ar},
                   {"country", a.country}});
        break;
      }
      case NodeKind::kEvent: {
        const Event& e = n->event;
        WriteNode(o, id(i), EventLabel(graph, e), time(i),
                  {{"kind", NodeKindName(n->kind)},
                   {"category", e.category},
                   {"mode", e.mode},
                   {"status", EventStatusName(e.status)},
                   {"date", e.start.known() ? DateLabel(e) : ""},
                   {"source", EventDocuments(graph, e)}});
        break;
      }
      case NodeKind::kDocument: {
        const DocumentInfo& d = n->document;
        WriteNode(o, id(i), d.title.empty() ? d.path : d.title, "",
                  {{"kind", NodeKindName(n->kind)},
                   {"name", d.path},
                   {"date", d.published.ToIso()},
                   {"source", d.source},
                   {"url", d.url}});
        break;
      }
    }
  }
  o += "    </nodes>\n"
       "    <edges>\n";
  for (const NumberedGraph::Edge& edge : numbered.edges) {
    std::string_view from = id(edge.from), to = id(edge.to);
    const char* role = EdgeRoleName(edge.role);
    // Content-derived, so the same edge keeps its id across runs.
    o += "      <edge id=\"";
    o += from;
    o += '|';
    o += role;
    o += '|';
    o += to;
    o += "\" source=\"";
    o += from;
    o += "\" target=\"";
    o += to;
    o += "\" label=\"";
    o += role;
    o += "\"";
    o += time(is_event[edge.from] ? edge.from : edge.to);
    o += ">\n        <attvalues>\n          <attvalue for=\"role\" value=\"";
    o += role;
    o += "\"/>\n        </attvalues>\n      </edge>\n";
  }
  o += "    </edges>\n"
       "  </graph>\n"
       "</gexf>\n";
  return o;
}

}  // namespace diplograph
