// Relationship diagrams: the graph as DOT, built with Graphviz cgraph, and
// rendered in-process with gvc (SVG, PNG through cairo, PDF).
//
//   Result<std::string> dot = WriteDot(graph, {});
//   Status s = RenderDiagram(graph, {}, "svg", "out/graph.svg");
//
// Node shape says the kind (person ellipse, state box, organisation hexagon,
// armed group octagon, place house, event rounded box); event labels carry
// the date at its precision; edges say the role.
#ifndef DIPLOGRAPH_EXPORTERS_DOT_H_
#define DIPLOGRAPH_EXPORTERS_DOT_H_

#include <string>

#include "core/status.h"
#include "graph/temporal_graph.h"

namespace diplograph {

struct DotOptions {
  enum class Labels { kEnglish, kArabic, kBoth } labels = Labels::kBoth;
  // Font for labels; Noto has both Latin and Arabic (fonts-noto-core).
  std::string font = "Noto Sans";
  // Graphviz lays out a few hundred nodes in seconds and thousands in
  // minutes: a diagram shows at most this many events, the best supported
  // (most evidence, then latest) with their actors and places. 0: all.
  size_t max_events = 80;
};

// The events a diagram with these options shows.
std::vector<const GraphNode*> DiagramEvents(const TemporalGraph& graph, const DotOptions& options);

Result<std::string> WriteDot(const TemporalGraph& graph, const DotOptions& options);

// `format`: svg, png, pdf (anything gvc can render).
Status RenderDiagram(const TemporalGraph& graph, const DotOptions& options, const std::string& format,
                     const std::string& path);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_DOT_H_
