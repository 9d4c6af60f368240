#include "exporters/csv.h"

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

std::string Names(const TemporalGraph& graph, const std::vector<std::string>& ids) {
  std::string out;
  for (const auto& id : ids) out += (out.empty() ? "" : "; ") + NodeName(graph, id);
  return out;
}

void Row(std::string& out, const std::vector<std::string>& fields) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += ',';
    out += CsvField(SpreadsheetText(fields[i]));
  }
  out += "\r\n";
}

}  // namespace

std::string WriteEventsCsv(const TemporalGraph& graph, bool excel_bom) {
  std::string out = excel_bom ? "\xEF\xBB\xBF" : "";
  Row(out, {"id", "start", "end", "category", "mode", "status", "sources", "targets", "location", "evidence",
            "document", "url"});
  for (const GraphNode* n : graph.Events()) {
    const Event& e = n->event;
    std::string evidence, document, url;
    if (!e.evidence.empty()) {
      const Evidence& ev = e.evidence.front();
      evidence = ev.text;
      const GraphNode* d = graph.FindNode(ev.doc_id);
      document = d ? d->document.path : ev.doc_id;
      url = d ? d->document.url : "";
    }
    std::string end = e.start.known() ? (e.end.known() ? e.end : e.start).ToIso() : "";
    Row(out, {n->id, e.start.ToIso(), end, e.category, e.mode, EventStatusName(e.status), Names(graph, e.sources),
              Names(graph, e.targets), e.location.empty() ? "" : NodeName(graph, e.location), evidence, document,
              url});
  }
  return out;
}

}  // namespace diplograph
