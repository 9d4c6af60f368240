// Chronological timelines of the graph's events: Markdown and plain text.
//
//   std::string md = WriteTimelineMarkdown(graph);
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
std::string WriteTimelineText(const TemporalGraph& graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_TIMELINE_H_
