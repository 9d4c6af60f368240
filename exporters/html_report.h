// A self-contained HTML report: the timeline and the actor network side by
// side, filterable by actor and date, each event with its evidence
// sentences and the articles they come from.
//
//   DotOptions diagram;
//   diagram.view = DotOptions::View::kActors;
//   Result<std::string> html = WriteHtmlReport(graph, diagram);
//   // open out/index.html in a browser; no network needed
//
// One file: the diagram is inline SVG rendered by gvc, the style and the
// small vanilla script are inline, and a Content-Security-Policy forbids
// every load from elsewhere (the script and the style are allowed by their
// SHA-256 hashes, so nothing injected could run). Everything from articles
// is escaped, stripped of bidi controls and isolated (<bdi>, dir="auto"),
// so Arabic reads right to left inside English sentences; only http(s)
// addresses become links. The filters live in the address's fragment
// (index.html#actor=sergey-lavrov&from=2025-05-01), so a view can be shared.
#ifndef DIPLOGRAPH_EXPORTERS_HTML_REPORT_H_
#define DIPLOGRAPH_EXPORTERS_HTML_REPORT_H_

#include <string>
#include <string_view>

#include "core/status.h"
#include "exporters/dot.h"
#include "graph/temporal_graph.h"

namespace diplograph {

// `diagram`: the options of the diagram shown (build passes the actor view).
Result<std::string> WriteHtmlReport(const TemporalGraph& graph, const DotOptions& diagram);
// The same with the diagram already rendered, RenderDiagramData(graph,
// diagram, "svg") (build draws it once for actors.svg and the report).
Result<std::string> WriteHtmlReport(const TemporalGraph& graph, std::string_view diagram_svg);

// The report's inline script and style, and the CSP hashes that allow them
// (tests check the hashes against the text).
extern const char kHtmlReportScript[];
extern const char kHtmlReportStyle[];
extern const char kHtmlReportScriptHash[];
extern const char kHtmlReportStyleHash[];

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_HTML_REPORT_H_
