#include "exporters/timeline.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"
#include "exporters/plover_quad.h"

namespace diplograph {

namespace {

// Markdown treats these as markup; article text must not become markup.
constexpr std::array<bool, 256> kMarkdownStops = [] {
  std::array<bool, 256> stops{};
  for (char c : std::string_view("\\`*_{}[]<>()#+-.!|\n\r")) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}();

void AppendMarkdown(std::string& out, std::string_view s) {
  size_t copied = 0;  // s[copied, i) is still to be appended
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (!kMarkdownStops[static_cast<unsigned char>(c)]) continue;
    out.append(s, copied, i - copied);
    copied = i + 1;
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    out += '\\';
    out += c;
  }
  out.append(s, copied, s.size() - copied);
}

// The articles an event was read in, each once, into `out`.
void AppendSources(std::string& out, const TemporalGraph& graph, const Event& e, bool markdown) {
  const size_t begin = out.size();
  ForEachEventDocument(graph, e, [&](std::string_view doc_id, const GraphNode* d) {
    std::string_view title = !d ? doc_id : !d->document.title.empty() ? d->document.title : d->document.path;
    std::string_view url = d ? std::string_view(d->document.url) : std::string_view();
    if (out.size() > begin) out += "; ";
    if (markdown && !url.empty() && url.find(')') == std::string_view::npos && url.find(' ') == std::string_view::npos) {
      out += '[';
      AppendMarkdown(out, title);
      out += "](";
      out += url;
      out += ')';
    } else if (markdown) {
      AppendMarkdown(out, title);
    } else {
      out += title;
    }
    if (d) {
      out += " (";
      if (markdown) AppendMarkdown(out, d->document.path);
      else out += d->document.path;
      out += ')';
    }
  });
}

}  // namespace

std::string WriteTimelineMarkdown(const TemporalGraph& graph) {
  std::string o = "# Timeline\n\n";
  std::vector<const GraphNode*> events = graph.Events();
  o.reserve(events.size() * 200);
  if (events.empty()) o += "No events were found.\n";
  for (const GraphNode* n : events) {
    const Event& e = n->event;
    o += "- **";
    AppendMarkdown(o, DateLabel(e));
    o += "** ";
    AppendMarkdown(o, EventLabel(graph, e));
    if (!e.location.empty()) {
      o += " in ";
      AppendMarkdown(o, NodeName(graph, e.location));
    }
    if (e.status != EventStatus::kHappened) {
      o += " *(";
      o += EventStatusName(e.status);
      o += ")*";
    }
    o += "  \n  Source: ";
    AppendSources(o, graph, e, true);
    o += '\n';
  }
  // Rendered Markdown is text for people: no bidi overrides from articles.
  if (!IsXmlAllowedText(o)) o = XmlAllowedText(o);
  return WithoutBidiControls(o);
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

// TerminalText(text) appended to `out`; most text has nothing to remove
// (no control characters, no E2 or EF lead byte of a bidi control or of
// U+FFFE/U+FFFF) and is copied as it is.
static void AppendTerminalText(std::string& out, const std::string& text) {
  bool plain = std::none_of(text.begin(), text.end(), [](char c) {
    unsigned char b = static_cast<unsigned char>(c);
    return b < 0x20 || b == 0xE2 || b == 0xEF;
  });
  if (plain) out += text;
  else out += TerminalText(text);
}

std::string WriteTimelineText(const TemporalGraph& graph, bool colour) {
  std::vector<const GraphNode*> events = graph.Events();
  std::vector<std::string> dates;
  dates.reserve(events.size());
  size_t width = 0;
  for (const GraphNode* n : events) {
    dates.push_back(n->event.start.known() ? DateLabel(n->event) : "undated");
    width = std::max(width, DisplayWidth(dates.back()));
  }
  auto paint = [&](const char* code, const std::string& text) {
    return colour ? code + text + "\033[0m" : text;
  };
  std::string o;
  o.reserve(events.size() * 64);
  for (size_t i = 0; i < events.size(); ++i) {
    const Event& e = events[i]->event;
    o += paint("\033[1m", dates[i]);
    o.append(width - DisplayWidth(dates[i]) + 2, ' ');
    // Text from articles reaches a terminal: no control characters (an
    // escape sequence in a name would drive the terminal), no bidi overrides.
    std::string label = EventLabel(graph, e);
    if (colour) {
      label = TerminalText(label);
      std::string head = e.category + (e.mode.empty() ? "" : " (" + e.mode + ")");
      if (label.rfind(head, 0) == 0) label = paint(QuadAnsi(PloverQuad(e.category)), head) + label.substr(head.size());
      o += label;
    } else {
      AppendTerminalText(o, label);
    }
    if (!e.location.empty()) {
      o += " in ";
      AppendTerminalText(o, NodeName(graph, e.location));
    }
    if (e.status != EventStatus::kHappened) {
      o += ' ';
      o += paint("\033[2m", "(" + std::string(EventStatusName(e.status)) + ")");
    }
    o += '\n';
  }
  return o;
}

}  // namespace diplograph
