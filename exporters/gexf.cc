#include "exporters/gexf.h"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"

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

// start="..." end="..." of an event (with a leading space), or "".
std::string Interval(const Event& e) {
  if (!e.start.known()) return "";
  std::string out = " start=\"" + FirstDay(e.start).ToIso() + "\"";
  if (e.status != EventStatus::kOngoing) out += " end=\"" + LastDay(e.end.known() ? e.end : e.start).ToIso() + "\"";
  return out;
}


using Values = std::vector<std::pair<const char*, std::string_view>>;

// Written with string appends rather than a stream: a 10^6-event graph is a
// gigabyte of GEXF, and ostream insertion cost twice as much as the text.
void WriteNode(std::string& o, const std::string& id, const std::string& label, const std::string& time,
               const Values& values) {
  o += "      <node id=\"";
  o += EscapeMarkup(id);
  o += "\" label=\"";
  o += EscapeMarkup(label);
  o += "\"";
  o += time;
  o += ">\n        <attvalues>\n";
  for (const auto& [key, value] : values)
    if (!value.empty()) {
      o += "          <attvalue for=\"";
      o += key;
      o += "\" value=\"";
      o += EscapeMarkup(value);
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
  // An edge exists while its event does.
  std::map<std::string, std::string> event_time;
  for (const auto& list : {graph.Actors(), graph.Places()})
    for (const GraphNode* n : list) {
      const Actor& a = n->actor;
      WriteNode(o, n->id, a.name, "",
                {{"kind", NodeKindName(n->kind)},
                 {"category", ActorKindName(a.kind)},
                 {"name", a.name},
                 {"name_ar", a.name_ar},
                 {"country", a.country}});
    }
  for (const GraphNode* n : graph.Events()) {
    const Event& e = n->event;
    std::string time = Interval(e);
    event_time[n->id] = time;
    WriteNode(o, n->id, EventLabel(graph, e), time,
              {{"kind", NodeKindName(n->kind)},
               {"category", e.category},
               {"mode", e.mode},
               {"status", EventStatusName(e.status)},
               {"date", e.start.known() ? DateLabel(e) : ""},
               {"source", EventDocuments(graph, e)}});
  }
  for (const GraphNode* n : graph.Documents()) {
    const DocumentInfo& d = n->document;
    WriteNode(o, n->id, d.title.empty() ? d.path : d.title, "",
              {{"kind", NodeKindName(n->kind)},
               {"name", d.path},
               {"date", d.published.ToIso()},
               {"source", d.source},
               {"url", d.url}});
  }
  o += "    </nodes>\n"
       "    <edges>\n";
  for (const GraphEdge& edge : graph.Edges()) {
    auto from = event_time.find(edge.from);
    std::string time = from != event_time.end() ? from->second : event_time[edge.to];
    // Content-derived, so the same edge keeps its id across runs.
    std::string id = edge.from + "|" + edge.role + "|" + edge.to;
    std::string role = EscapeMarkup(edge.role);
    o += "      <edge id=\"";
    o += EscapeMarkup(id);
    o += "\" source=\"";
    o += EscapeMarkup(edge.from);
    o += "\" target=\"";
    o += EscapeMarkup(edge.to);
    o += "\" label=\"";
    o += role;
    o += "\"";
    o += time;
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
