// Reading articles: raw scraped pages, text with front matter, JSON Lines and
// JSON arrays of article objects (SaudiNewsNet's day files as they are).
//
//   IngestOptions opts;
//   IngestResult r = ReadInputBytes("day.json", bytes, opts);
//   for (const Status& e : r.errors) std::cerr << e.ToString() << "\n";
//   for (const Document& d : r.documents) Extract(d, lexicon, {});
//
// One bad record does not stop the others: errors are collected per article
// with the file (and line, for JSON Lines) they came from.
#ifndef DIPLOGRAPH_CORE_INGEST_H_
#define DIPLOGRAPH_CORE_INGEST_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"
#include "core/status.h"

namespace diplograph {

struct IngestOptions {
  // Used when an article carries no findable date (--date).
  std::optional<Date> fallback_date;
  // For a piece of a JSON Lines file read in batches: the bytes are JSON
  // Lines, and their first line and byte are these of the file.
  bool json_lines = false;
  int first_line = 0;
  size_t first_byte = 0;
};

struct IngestResult {
  std::vector<Document> documents;
  std::vector<Status> errors;  // one per article (or file) that could not be read
  // Records skipped for a reason that is no fault of the file (a JSON
  // article with empty text, as news dumps have): reported, not failures.
  std::vector<Status> warnings;
};

// Reads one input's bytes; `path` names it in messages and ids.
IngestResult ReadInputBytes(const std::string& path, std::string_view bytes,
                            const IngestOptions& options);

// Reads a file in pieces of about `batch_bytes`, handing each piece's
// articles to `sink` before reading on: a JSON Lines file is cut at line
// ends, so that memory holds one piece, not the file; other files (a JSON
// array, a page) are read whole. Articles, ids and messages are the same
// as ReadInputFile's.
void ReadInputFileInBatches(const std::string& path, const IngestOptions& options, size_t batch_bytes,
                            const std::function<void(IngestResult&&)>& sink);

// Reads a file from disk ("-" is standard input).
IngestResult ReadInputFile(const std::string& path, const IngestOptions& options);

// Lists the article files under `path` (itself when a file), sorted, so a
// folder gives the same order whatever the file system returns.
std::vector<std::string> ListInputFiles(const std::string& path);

// Splits a document body into paragraphs and drops page furniture: related
// headline lists, source and reading-time lines, captions, repeated headlines,
// the printed date line. Exposed for tests.
void CleanBody(Document& doc, Span body, bool find_title);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_INGEST_H_
