// A news article as read from its source: metadata, the text, which parts of
// the text are the article's body and which were dropped as page furniture.
//
//   IngestResult r = ReadInputBytes("news/x.txt", bytes, {});
//   for (const Document& d : r.documents) std::cout << d.Dump();
#ifndef DIPLOGRAPH_CORE_DOCUMENT_H_
#define DIPLOGRAPH_CORE_DOCUMENT_H_

#include <string>
#include <vector>

#include "core/date.h"
#include "core/text.h"

namespace diplograph {

struct DroppedPart {
  Span span;
  std::string reason;  // "related headlines after 'اكتشف'", "image caption", ...
};

struct Document {
  std::string path;       // where it came from; "day.jsonl:12" for a JSON Lines record
  std::string id;         // stable content-derived id ("doc:3f2a...")
  std::string title;
  std::string url;
  std::string source;     // outlet name
  std::string language;   // "ar", "en" (detected when not given)
  Date published;         // day precision
  bool date_from_option = false;  // the date came from --date, not from the article
  std::string text;       // spans below are byte offsets into this
  std::vector<Span> paragraphs;   // the body, in order
  std::vector<DroppedPart> dropped;

  // Deterministic multi-line summary for tests and --verbose.
  std::string Dump() const;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_DOCUMENT_H_
