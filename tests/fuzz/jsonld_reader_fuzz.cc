// libFuzzer target: the JSON-LD reader (graph.jsonld back into a graph, as
// `merge` and `diff` read saved graphs). A graph the reader accepts must be
// written again and read back to the same bytes: what it lets in is a graph
// every exporter can handle, not half of one.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "exporters/jsonld.h"
#include "exporters/jsonld_reader.h"

namespace {

[[noreturn]] void Found(const char* what, const std::string& detail) {
  std::fprintf(stderr, "jsonld_reader_fuzz: %s\n%s\n", what, detail.c_str());
  __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  diplograph::Result<diplograph::TemporalGraph> g = diplograph::ReadJsonLd(text, "fuzz.jsonld");
  if (!g.ok()) {
    // Every error names the file.
    if (g.status().ToString().rfind("fuzz.jsonld", 0) != 0)
      Found("an error that does not name the file", g.status().ToString());
    return 0;
  }
  std::string written = diplograph::WriteJsonLd(*g);
  diplograph::Result<diplograph::TemporalGraph> again = diplograph::ReadJsonLd(written, "again.jsonld");
  if (!again.ok()) Found("the reader refuses what the writer wrote", again.status().ToString() + "\n" + written);
  if (diplograph::WriteJsonLd(*again) != written)
    Found("written, read and written again, the graph changes", written + "\n---\n" + diplograph::WriteJsonLd(*again));
  return 0;
}
