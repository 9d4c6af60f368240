#include "exporters/timeline.h"

#include <set>
#include <sstream>

#include "exporters/jsonld.h"

namespace diplograph {

namespace {

// Markdown treats these as markup; article text must not become markup.
std::string EscapeMarkdown(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    if (std::string_view("\\`*_{}[]<>()#+-.!|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string Sources(const TemporalGraph& graph, const Event& e, bool markdown) {
  std::set<std::string> seen;
  std::string out;
  for (const Evidence& ev : e.evidence) {
    if (!seen.insert(ev.doc_id).second) continue;
    const GraphNode* d = graph.FindNode(ev.doc_id);
    std::string title = d && !d->document.title.empty() ? d->document.title : ev.doc_path;
    std::string url = d ? d->document.url : "";
    if (!out.empty()) out += "; ";
    if (markdown && !url.empty() && url.find(')') == std::string::npos && url.find(' ') == std::string::npos)
      out += "[" + EscapeMarkdown(title) + "](" + url + ")";
    else
      out += markdown ? EscapeMarkdown(title) : title;
    if (d) out += " (" + (markdown ? EscapeMarkdown(d->document.path) : d->document.path) + ")";
  }
  return out;
}

}  // namespace

std::string WriteTimelineMarkdown(const TemporalGraph& graph) {
  std::ostringstream o;
  o << "# Timeline\n\n";
  std::vector<const GraphNode*> events = graph.Events();
  if (events.empty()) o << "No events were found.\n";
  for (const GraphNode* n : events) {
    const Event& e = n->event;
    o << "- **" << EscapeMarkdown(DateLabel(e)) << "** " << EscapeMarkdown(EventLabel(graph, e));
    if (!e.location.empty()) o << " in " << EscapeMarkdown(NodeName(graph, e.location));
    if (e.status != EventStatus::kHappened) o << " *(" << EventStatusName(e.status) << ")*";
    o << "  \n  Source: " << Sources(graph, e, true) << "\n";
  }
  return o.str();
}

std::string WriteTimelineText(const TemporalGraph& graph) {
  std::ostringstream o;
  for (const GraphNode* n : graph.Events()) {
    const Event& e = n->event;
    std::string date = DateLabel(e);
    o << date << std::string(date.size() < 26 ? 26 - date.size() : 1, ' ') << EventLabel(graph, e);
    if (!e.location.empty()) o << " in " << NodeName(graph, e.location);
    if (e.status != EventStatus::kHappened) o << " (" << EventStatusName(e.status) << ")";
    o << "\n";
  }
  return o.str();
}

}  // namespace diplograph
