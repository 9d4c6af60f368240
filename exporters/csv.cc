#include "exporters/csv.h"

#include <algorithm>
#include <iterator>
#include <string_view>
#include <vector>

#include "exporters/jsonld.h"

namespace diplograph {

std::string CsvField(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string SpreadsheetText(std::string_view text) {
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    return "'" + std::string(text);
  return std::string(text);
}

namespace {

// CsvField(SpreadsheetText(text)) appended to `out`, without making either:
// the apostrophe needs no quoting, so `text` alone decides the quotes.
void AppendCell(std::string& out, std::string_view text) {
  bool quoted = std::any_of(text.begin(), text.end(), [](char c) { return c == ',' || c == '"' || c == '\r' || c == '\n'; });
  if (quoted) out += '"';
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) out += '\'';
  if (!quoted) {
    out += text;
    return;
  }
  for (size_t copied = 0;;) {
    size_t quote = text.find('"', copied);
    if (quote == std::string_view::npos) {
      out.append(text, copied, text.size() - copied);
      break;
    }
    out.append(text, copied, quote + 1 - copied);
    out += '"';
    copied = quote + 1;
  }
  out += '"';
}

// The actors' names, "; "-separated, into `out` (cleared first).
void Names(const TemporalGraph& graph, const std::vector<std::string>& ids, std::string& out) {
  out.clear();
  for (const auto& id : ids) {
    if (!out.empty()) out += "; ";
    out += NodeName(graph, id);
  }
}

}  // namespace

std::string WriteEventsCsv(const TemporalGraph& graph, bool excel_bom) {
  std::string out = excel_bom ? "\xEF\xBB\xBF" : "";
  std::vector<const GraphNode*> events = graph.Events();
  out.reserve(out.size() + events.size() * 300);
  constexpr std::string_view kHeader[] = {"id",      "start",   "end",      "category", "mode",     "status",
                                          "sources", "targets", "location", "evidence", "document", "url"};
  for (size_t i = 0; i < std::size(kHeader); ++i) {
    if (i > 0) out += ',';
    AppendCell(out, kHeader[i]);
  }
  out += "\r\n";
  std::string sources, targets;
  for (const GraphNode* n : events) {
    const Event& e = n->event;
    std::string_view evidence, document, url;
    if (!e.evidence.empty()) {
      const Evidence& ev = e.evidence.front();
      evidence = ev.text;
      const GraphNode* d = graph.FindNode(ev.doc_id);
      document = d ? d->document.path : ev.doc_id;
      if (d) url = d->document.url;
    }
    std::string start = e.start.ToIso();
    std::string end = e.start.known() ? (e.end.known() ? e.end.ToIso() : start) : "";
    Names(graph, e.sources, sources);
    Names(graph, e.targets, targets);
    const std::string_view fields[] = {n->id,     start,   end,
                                       e.category, e.mode, EventStatusName(e.status),
                                       sources,  targets, e.location.empty() ? std::string_view() : NodeName(graph, e.location),
                                       evidence, document, url};
    for (size_t i = 0; i < std::size(fields); ++i) {
      if (i > 0) out += ',';
      AppendCell(out, fields[i]);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace diplograph
