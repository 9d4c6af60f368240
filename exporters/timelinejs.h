// TimelineJS 3 data (https://timeline.knightlab.com/docs/json-format.html):
// the graph's dated events as slides, for an interactive timeline.
//
//   std::string json = WriteTimelineJs(graph);
//   // new TL.Timeline('timeline-embed', JSON.parse(json));
//
// {"title": {"text": {...}}, "events": [slide, ...]}. Each slide has
// start_date with only the parts known ({"year": 2025, "month": 5}), an
// end_date when the event spans more than its start, display_date (the
// date at its precision, "since 2022-02-24"), text.headline (the event
// summary), text.text (date, place, status, the evidence sentence and links
// to the articles), group (the PLOVER category) and unique_id (the event's
// stable id). TimelineJS renders headline and text as HTML, so article text
// is escaped and only http(s) links become anchors. Undated events have no
// place on a timeline and are left out.
#ifndef DIPLOGRAPH_EXPORTERS_TIMELINEJS_H_
#define DIPLOGRAPH_EXPORTERS_TIMELINEJS_H_

#include <string>

#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteTimelineJs(const TemporalGraph& graph);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_TIMELINEJS_H_
