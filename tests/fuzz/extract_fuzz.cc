// libFuzzer target: the whole extraction of one article, as the command line
// runs it with --date: ingest with a fallback date, then Extract with the
// default lexicon (loaded once).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/extract.h"
#include "core/ingest.h"

namespace {

const diplograph::Lexicon& Lex() {
  static const diplograph::Lexicon lex = diplograph::Lexicon::Default().take();
  return lex;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Long inputs only slow the search down; real articles are tested elsewhere.
  if (size > 16384) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  diplograph::IngestOptions options;
  options.fallback_date = diplograph::Date::Day(2025, 5, 17);
  diplograph::IngestResult r = diplograph::ReadInputBytes("fuzz.txt", bytes, options);
  for (const diplograph::Document& d : r.documents) {
    diplograph::Result<diplograph::Facts> facts = diplograph::Extract(d, Lex(), {});
    if (facts.ok()) (void)facts->Dump();
  }
  return 0;
}
