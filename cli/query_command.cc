#include "cli/query_command.h"

#include <cstdio>
#include <iostream>
#include <set>
#include <sstream>

#include "cli/report.h"
#include "exporters/jsonld.h"
#include "graph/query.h"

namespace diplograph {

namespace {

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string Number(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6g", x);
  return buf;
}

std::string WriteRanking(const TemporalGraph& g, const std::vector<Centrality>& ranked, bool json) {
  std::ostringstream o;
  if (json) {
    o << "[";
    for (size_t i = 0; i < ranked.size(); ++i) {
      const Centrality& c = ranked[i];
      o << (i ? ",\n " : "\n ") << "{\"rank\": " << i + 1 << ", \"@id\": " << JsonString("dgid:" + c.actor)
        << ", \"name\": " << JsonString(NodeName(g, c.actor)) << ", \"betweenness\": " << Number(c.betweenness)
        << ", \"partners\": " << c.partners << ", \"events\": " << c.events << "}";
    }
    o << (ranked.empty() ? "]\n" : "\n]\n");
    return o.str();
  }
  o << "rank  betweenness  partners  events  actor\n";
  for (size_t i = 0; i < ranked.size(); ++i) {
    const Centrality& c = ranked[i];
    char line[96];
    std::snprintf(line, sizeof line, "%4zu  %11.2f  %8zu  %6zu  ", i + 1, c.betweenness, c.partners, c.events);
    o << line << NodeName(g, c.actor) << " (" << c.actor << ")\n";
  }
  return o.str();
}

std::string WriteChain(const TemporalGraph& g, const std::vector<Hop>& hops) {
  std::ostringstream o;
  o << NodeName(g, hops.front().from);
  for (const Hop& h : hops) o << " → " << NodeName(g, h.to);
  o << "  (" << hops.size() << (hops.size() == 1 ? " hop" : " hops") << ")\n";
  for (const Hop& h : hops) {
    o << "\n" << NodeName(g, h.from) << " → " << NodeName(g, h.to) << ":\n";
    for (const std::string& id : h.events) {
      const Event& e = g.FindNode(id)->event;
      o << "  " << DateLabel(e) << "  " << EventLabel(g, e) << "  [" << id << "]\n";
    }
  }
  return o.str();
}

}  // namespace

int RunQueryCommand(const QueryOptions& q) {
  if (q.pipeline.inputs.empty()) return UsageError("query needs a GRAPH: a graph.jsonld, a build folder or articles");
  bool ranking = q.top > 0, chain = !q.path.empty();
  if (ranking && chain) return UsageError("query takes --top or --path, not both");
  if (chain && !q.actors.empty()) return UsageError("query takes --path A B or --actor NAME, not both");
  std::string format = q.format.empty() ? (ranking || chain ? "text" : "jsonld") : q.format;
  if (ranking && format != "text" && format != "json")
    return UsageError("query --top writes text or json, not '" + format + "'");
  if (!ranking && !IsGraphFormat(format))
    return UsageError("unknown --format '" + format + "' for query (" + kGraphFormatList + ")");

  Result<TemporalGraph> graph = LoadGraph(q.pipeline);
  if (!graph.ok()) {
    ReportError(graph.status());
    return 1;
  }
  const TemporalGraph& g = *graph;
  EventFilter filter{q.from, q.to, q.types};
  auto resolve = [&](const std::string& name, std::string& id) {
    Result<std::string> r = ResolveActor(g, name);
    if (!r.ok()) {
      ReportError(r.status());
      return false;
    }
    id = *r;
    return true;
  };

  if (ranking) {
    std::cout << WriteRanking(g, CentralActors(g, filter, q.top), format == "json");
    return 0;
  }
  std::vector<std::string> events;
  if (chain) {
    std::string from, to;
    if (!resolve(q.path[0], from) || !resolve(q.path[1], to)) return 1;
    if (from == to) return UsageError("--path wants two different actors");
    Result<std::vector<Hop>> hops = ShortestChain(g, from, to, filter);
    if (!hops.ok()) {
      ReportError(hops.status());
      return 1;
    }
    if (format == "text") {
      std::cout << WriteChain(g, *hops);
      return 0;
    }
    std::set<std::string> ids;
    for (const Hop& h : *hops) ids.insert(h.events.begin(), h.events.end());
    events.assign(ids.begin(), ids.end());
  } else if (!q.actors.empty()) {
    std::set<std::string> ids;
    for (const std::string& name : q.actors) {
      std::string id;
      if (!resolve(name, id)) return 1;
      for (const std::string& e : EgoNetwork(g, id, q.depth, filter)) ids.insert(e);
    }
    events.assign(ids.begin(), ids.end());
  } else {
    for (const GraphNode* n : g.Events())
      if (filter.Keeps(n->event)) events.push_back(n->id);
  }
  TemporalGraph selected = SelectEvents(g, events);
  if (selected.Events().empty()) std::cerr << "diplograph: no event matches the query\n";
  Result<std::string> text = WriteGraphAs(selected, format, q.dot);
  if (!text.ok()) {
    ReportError(text.status());
    return 1;
  }
  std::cout << *text;
  KeepUntilExit(graph.take());
  KeepUntilExit(std::move(selected));
  return 0;
}

}  // namespace diplograph
