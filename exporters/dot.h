// Relationship diagrams: the graph as DOT, built with Graphviz cgraph, and
// rendered in-process with gvc (SVG, PNG through cairo, PDF).
//
//   Result<std::string> dot = WriteDot(graph, {});
//   Status s = RenderDiagram(graph, {}, "svg", "out/graph.svg");
//
//   DotOptions actors;
//   actors.view = DotOptions::View::kActors;
//   actors.from = Date::Month(2025, 5);      // May 2025 only
//   actors.top_actors = 30;
//   Result<std::string> png = RenderDiagramData(graph, actors, "png");
//
// Two views:
//  - the event graph (kEvents): actors, events and places as nodes. Node
//    shape says the kind (person ellipse, state box, organisation hexagon,
//    armed group octagon, place house, event rounded box, filled by its
//    PLOVER quad class); event labels carry the date at its precision;
//    edges say the role.
//  - the actor network (kActors): actors only, one undirected edge per pair
//    of actors that took part in the same events (parallel edges merged),
//    as thick as the number of those events, labelled with the number and
//    the dates, and coloured by the quad class most of them fall in
//    (exporters/plover_quad.h). Laid out by neato, which suits a network
//    better than dot's ranks; with clusters by dot (fdp's boxes move from
//    run to run).
// Both take a time window (an event is in it when its dates overlap it;
// undated events are then left out), keep the N most active actors, and
// can box actors by country or events (actors, in the actor view: by the day
// of their first interaction) by day.
#ifndef DIPLOGRAPH_EXPORTERS_DOT_H_
#define DIPLOGRAPH_EXPORTERS_DOT_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/status.h"
#include "graph/temporal_graph.h"

namespace diplograph {

struct DotOptions {
  enum class View { kEvents, kActors } view = View::kEvents;
  enum class Labels { kEnglish, kArabic, kBoth } labels = Labels::kBoth;
  enum class Cluster { kNone, kCountry, kDay } cluster = Cluster::kNone;
  // Font for labels; Noto has both Latin and Arabic (fonts-noto-core).
  std::string font = "Noto Sans";
  // Graphviz lays out a few hundred nodes in seconds and thousands in
  // minutes: the event view shows at most this many events, the best
  // supported (most evidence, then latest) with their actors and places.
  // 0: all.
  size_t max_events = 80;
  // The time window, inclusive, each end at its own precision (from 2025-05
  // is from 1 May, to 2025-05 is to 31 May).
  std::optional<Date> from, to;
  // Only the N actors in most events of the window (then most partners,
  // then id), and only events with one of them. 0: every actor in the event
  // view, the kDefaultTopActors (40) most active in the actor view (a news day
  // has hundreds).
  size_t top_actors = 0;
  static constexpr size_t kDefaultTopActors = 40;
};

// The events a diagram with these options shows (window, actors, limit),
// in date order.
std::vector<const GraphNode*> DiagramEvents(const TemporalGraph& graph, const DotOptions& options);

Result<std::string> WriteDot(const TemporalGraph& graph, const DotOptions& options);

// `format`: svg, png, pdf (anything gvc can render). The bytes of the
// rendered diagram, or the file written atomically.
Result<std::string> RenderDiagramData(const TemporalGraph& graph, const DotOptions& options,
                                      const std::string& format);
// Several formats from one layout (the layout is most of the work): the
// bytes of each, in the order given.
Result<std::vector<std::string>> RenderDiagramData(const TemporalGraph& graph, const DotOptions& options,
                                                   const std::vector<std::string>& formats);
Status RenderDiagram(const TemporalGraph& graph, const DotOptions& options, const std::string& format,
                     const std::string& path);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_DOT_H_
