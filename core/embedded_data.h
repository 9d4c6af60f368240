// The lexicon files of data/, compiled into the binary.
//
//   for (const EmbeddedFile& f : EmbeddedLexiconFiles()) Parse(f.name, f.content);
#ifndef DIPLOGRAPH_CORE_EMBEDDED_DATA_H_
#define DIPLOGRAPH_CORE_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

namespace diplograph {

struct EmbeddedFile {
  std::string_view name;     // "states.tsv"
  std::string_view content;  // the file as it is in data/
};

const std::vector<EmbeddedFile>& EmbeddedLexiconFiles();

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_EMBEDDED_DATA_H_
