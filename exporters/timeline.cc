#include "exporters/timeline.h"

#include <algorithm>
#include <set>
#include <sstream>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"
#include "exporters/plover_quad.h"

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
    std::string title = !d ? ev.doc_id : !d->document.title.empty() ? d->document.title : d->document.path;
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
  // Rendered Markdown is text for people: no bidi overrides from articles.
  return WithoutBidiControls(XmlAllowedText(o.str()));
}

namespace {

// Characters, not bytes: "–" and Arabic letters take one column each.
size_t DisplayWidth(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

const char* QuadAnsi(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "\033[32m";
    case QuadClass::kMaterialCooperation: return "\033[1;32m";
    case QuadClass::kVerbalConflict: return "\033[33m";
    case QuadClass::kMaterialConflict: return "\033[1;31m";
    case QuadClass::kUnknown: break;
  }
  return "\033[1m";
}

}  // namespace

static std::string TerminalText(const std::string& text) {
  std::string out = WithoutBidiControls(XmlAllowedText(text));
  out.erase(std::remove_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\r' || c == '\n'; }),
            out.end());
  return out;
}

std::string WriteTimelineText(const TemporalGraph& graph, bool colour) {
  std::vector<const GraphNode*> events = graph.Events();
  std::vector<std::string> dates;
  size_t width = 0;
  for (const GraphNode* n : events) {
    dates.push_back(n->event.start.known() ? DateLabel(n->event) : "undated");
    width = std::max(width, DisplayWidth(dates.back()));
  }
  auto paint = [&](const char* code, const std::string& text) {
    return colour ? code + text + "\033[0m" : text;
  };
  std::ostringstream o;
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i]->event;
    o << paint("\033[1m", dates[i]) << std::string(width - DisplayWidth(dates[i]) + 2, ' ');
    // Text from articles reaches a terminal: no control characters (an
    // escape sequence in a name would drive the terminal), no bidi overrides.
    std::string label = TerminalText(EventLabel(graph, e));
    std::string head = e.category + (e.mode.empty() ? "" : " (" + e.mode + ")");
    if (colour && label.rfind(head, 0) == 0)
      label = paint(QuadAnsi(PloverQuad(e.category)), head) + label.substr(head.size());
    o << label;
    if (!e.location.empty()) o << " in " << TerminalText(NodeName(graph, e.location));
    if (e.status != EventStatus::kHappened) o << " " << paint("\033[2m", "(" + std::string(EventStatusName(e.status)) + ")");
    o << "\n";
  }
  return o.str();
}

}  // namespace diplograph
