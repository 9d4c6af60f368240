// Chronological timelines of the graph's events: Markdown and plain text.
//
//   std::string md = WriteTimelineMarkdown(graph);
//   std::string txt = WriteTimelineText(graph, /*colour=*/isatty(1));
//
// Events are sorted by start date (then id); each date is shown at the
// precision known ("2025-05", "2025-05-15 – 2025-05-16", "since 2022-02-24"),
// each event with its actors and the articles it was read in.
#ifndef DIPLOGRAPH_EXPORTERS_TIMELINE_H_
#define DIPLOGRAPH_EXPORTERS_TIMELINE_H_

#include <string>

#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteTimelineMarkdown(const TemporalGraph& graph);
// One event a line, the dates in a column as wide as the widest (counted in
// characters, not bytes), then "CATEGORY (mode): actors in place (status)".
// With `colour`, ANSI escapes: dates bold, the category in its PLOVER quad
// colour (green cooperation, yellow verbal and red material conflict), the
// status dim. The caller decides (a terminal, and NO_COLOR unset).
std::string WriteTimelineText(const TemporalGraph& graph, bool colour = false);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_TIMELINE_H_
