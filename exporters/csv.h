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
//
// Spreadsheets run a cell that starts with = + - @ (or a tab or carriage
// return) as a formula, and article text is anyone's to write: such cells
// get a leading apostrophe ('=HYPERLINK(...) stays text; OWASP's "CSV
// injection" advice). `excel_bom` starts the file with a UTF-8 byte order
// mark, without which Excel reads Arabic as Windows-1252.
#ifndef DIPLOGRAPH_EXPORTERS_CSV_H_
#define DIPLOGRAPH_EXPORTERS_CSV_H_

#include <string>
#include <string_view>

#include "graph/temporal_graph.h"

namespace diplograph {

std::string WriteEventsCsv(const TemporalGraph& graph, bool excel_bom = false);

// A cell a spreadsheet will not take for a formula: `text`, or `'text` when
// it starts with = + - @ tab or carriage return.
std::string SpreadsheetText(std::string_view text);

// One field, quoted when RFC 4180 asks for it.
std::string CsvField(std::string_view text);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_CSV_H_
