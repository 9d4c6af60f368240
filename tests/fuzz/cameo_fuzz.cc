// libFuzzer target: the Phoenix/CAMEO actor dictionary loader, which reads a
// file, so the bytes go through a temporary file.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/lexicon.h"

namespace {

// A few known actors, so that entries can join a state or a person already
// known, as they do with the default lexicon (which is too slow to copy on
// every run).
const diplograph::Lexicon& Base() {
  static const diplograph::Lexicon lex = [] {
    diplograph::Lexicon l;
    diplograph::Status s = l.LoadText(
        "base.tsv",
        "zed\tstate\tZedland\t\tZed Republic\tZeddish\n"
        "rus\tstate\tRussia\t\tRussian Federation\tRussian\n"
        "anna-example\tperson\tAnna Example\tzed\tA. Example\t\n");
    if (!s.ok()) __builtin_trap();
    return l;
  }();
  return lex;
}

const std::string& TempPath() {
  static const std::string path = [] {
    const char* dir = std::getenv("TMPDIR");
    return std::string(dir != nullptr ? dir : "/tmp") + "/diplograph-cameo-fuzz-" +
           std::to_string(getpid()) + ".actors";
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string& path = TempPath();
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (f == nullptr) return 0;
  bool written = std::fwrite(data, 1, size, f) == size;
  std::fclose(f);
  if (!written) return 0;
  diplograph::Lexicon lex = Base();
  diplograph::Status s = lex.LoadCameoActors(path);
  (void)s;
  for (const diplograph::ActorEntry& a : lex.actors())
    (void)lex.RolesOf(a.id, diplograph::Date::Day(2025, 5, 17));
  std::remove(path.c_str());
  return 0;
}
