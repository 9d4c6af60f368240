// libFuzzer target: the lexicon loader. The first byte picks the file name,
// and so the format (actors, roles, titles, institutions, triggers); the rest
// is the file's content.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/lexicon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  static const char* const kNames[] = {"x.tsv", "roles.tsv", "titles.tsv", "institutions.tsv",
                                       "triggers.tsv"};
  std::string name = kNames[data[0] % 5];
  std::string_view content(reinterpret_cast<const char*>(data + 1), size - 1);
  diplograph::Lexicon lex;
  diplograph::Status s = lex.LoadText(name, content);
  if (!s.ok() && s.ToString().rfind(name + ":", 0) != 0) __builtin_trap();  // errors name the file
  // Use what was loaded, as extraction would.
  for (const diplograph::ActorEntry& a : lex.actors()) {
    (void)lex.Lookup(diplograph::Lexicon::PhraseKey(a.name));
    (void)lex.RolesOf(a.id, diplograph::Date::Day(2025, 5, 17));
  }
  return 0;
}
