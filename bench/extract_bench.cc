// Micro-benchmarks of the stages that run on every article: reading,
// tokenising, time expressions and extraction. Inputs are the project's
// samples and, when ../shared is present, its development articles.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/extract.h"
#include "core/ingest.h"
#include "core/timex.h"

namespace diplograph {
namespace {

std::vector<Document> LoadDocuments() {
  std::vector<Document> docs;
  std::vector<std::string> dirs = {DIPLOGRAPH_SOURCE_DIR "/samples", DIPLOGRAPH_SHARED_DIR "/corpus/ar",
                                   DIPLOGRAPH_SHARED_DIR "/corpus/en"};
  for (const std::string& dir : dirs) {
    if (!std::filesystem::exists(dir)) continue;
    for (const std::string& f : ListInputFiles(dir)) {
      IngestResult r = ReadInputFile(f, {});
      for (Document& d : r.documents) docs.push_back(std::move(d));
    }
  }
  return docs;
}

const std::vector<Document>& Documents() {
  static const std::vector<Document> docs = LoadDocuments();
  return docs;
}

const Lexicon& Lex() {
  static const Lexicon lex = Lexicon::Default().take();
  return lex;
}

size_t Bytes() {
  size_t n = 0;
  for (const Document& d : Documents()) n += d.text.size();
  return n;
}

void BM_LoadLexicon(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Lexicon::Default());
}
BENCHMARK(BM_LoadLexicon)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  for (auto _ : state)
    for (const Document& d : Documents())
      for (const Span& p : d.paragraphs) benchmark::DoNotOptimize(Tokenize(d.text, p));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_Timex(benchmark::State& state) {
  std::vector<std::pair<const Document*, std::vector<Token>>> sentences;
  for (const Document& d : Documents())
    for (const Span& p : d.paragraphs)
      for (const Span& s : SplitSentences(d.text, p)) sentences.emplace_back(&d, Tokenize(d.text, s));
  for (auto _ : state)
    for (const auto& [d, tokens] : sentences) benchmark::DoNotOptimize(FindTimexes(d->text, tokens, d->published));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_Timex)->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  const Lexicon& lex = Lex();
  for (auto _ : state)
    for (const Document& d : Documents()) benchmark::DoNotOptimize(Extract(d, lex, {}));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Documents().size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
