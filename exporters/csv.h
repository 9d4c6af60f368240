// The graph's events as CSV (RFC 4180), one row per event, for spreadsheets
// and data frames.
//
//   std::string csv = WriteEventsCsv(graph);
//   // pandas.read_csv("timeline.csv")
//
// Columns: id, start, end (ISO 8601 at the precision known), category
// (PLOVER), mode, status, sources, targets (actor names, "; "-separated),
// location, evidence (the first sentence the event was read in), document
// (that sentence's article path) and url. UTF-8, CRLF line ends, fields with
// a comma, quote or line break quoted with quotes doubled. Rows are in
// chronological order, as the other timelines.
#ifndef DIPLOGRAPH_EXPORTERS_CSV_H_
#define DIPLOGRAPH_EXPORTERS_CSV_H_

#include <string>
#include <string_view>

#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteEventsCsv(const TemporalGraph& graph);

// One field, quoted when RFC 4180 asks for it.
std::string CsvField(std::string_view text);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_CSV_H_
