// Extraction: from a Document to the Facts it states, using the lexicon.
// A pure function of the document, the lexicon and the options.
//
//   Result<Lexicon> lex = Lexicon::Default();
//   IngestResult in = ReadInputFile("article.txt", {});
//   Result<Facts> facts = Extract(in.documents[0], *lex, {});
//   std::cout << facts->Dump();
#ifndef DIPLOGRAPH_CORE_EXTRACT_H_
#define DIPLOGRAPH_CORE_EXTRACT_H_

#include "core/document.h"
#include "core/facts.h"
#include "core/lexicon.h"
#include "core/status.h"

namespace diplograph {

struct ExtractOptions {
  // Keep events whose only participants could not be identified (for
  // debugging the trigger lexicon); off by default.
  bool keep_unattached_events = false;
};

Result<Facts> Extract(const Document& doc, const Lexicon& lexicon, const ExtractOptions& options);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_EXTRACT_H_
