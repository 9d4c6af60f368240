// libFuzzer target: article ingest over every input format (raw page, front
// matter, JSON Lines, JSON arrays). The first byte picks the file name, so the
// same bytes are also read as they would be from a .json or .jsonl file.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/ingest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  diplograph::IngestOptions options;
  diplograph::IngestResult r = diplograph::ReadInputBytes("fuzz.txt", bytes, options);
  // Every input gets an answer: documents, errors or warnings.
  if (r.documents.empty() && r.errors.empty() && r.warnings.empty()) __builtin_trap();
  for (const diplograph::Document& d : r.documents) {
    for (const diplograph::Span& p : d.paragraphs)
      if (p.begin > p.end || p.end > d.text.size()) __builtin_trap();
    (void)d.Dump();
  }
  return 0;
}
