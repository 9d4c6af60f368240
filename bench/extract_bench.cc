// Micro-benchmarks of the stages that run on every article: reading,
// folding, tokenising, lexicon lookup, time expressions and extraction, then
// graph insert and the JSON-LD and DOT writers. Inputs are the project's
// samples and, when ../shared is present, its development articles; the
// graph benchmarks also use a synthetic graph (bench/synthetic_graph.h).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "bench/synthetic_graph.h"
#include "core/extract.h"
#include "core/ingest.h"
#include "core/timex.h"
#include "exporters/dot.h"
#include "exporters/jsonld.h"
#include "graph/temporal_graph.h"

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

// The same for the articles of one language: the tagger's rules differ.
void BM_TimexLanguage(benchmark::State& state, const char* language) {
  std::vector<std::pair<const Document*, std::vector<Token>>> sentences;
  size_t bytes = 0;
  for (const Document& d : Documents()) {
    if (d.language != language) continue;
    bytes += d.text.size();
    for (const Span& p : d.paragraphs)
      for (const Span& s : SplitSentences(d.text, p)) sentences.emplace_back(&d, Tokenize(d.text, s));
  }
  for (auto _ : state)
    for (const auto& [d, tokens] : sentences) benchmark::DoNotOptimize(FindTimexes(d->text, tokens, d->published));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK_CAPTURE(BM_TimexLanguage, ar, "ar")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_TimexLanguage, en, "en")->Unit(benchmark::kMillisecond);

void BM_Extract(benchmark::State& state) {
  const Lexicon& lex = Lex();
  for (auto _ : state)
    for (const Document& d : Documents()) benchmark::DoNotOptimize(Extract(d, lex, {}));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * Documents().size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_Extract)->Unit(benchmark::kMillisecond);

// Normalisation and folding (NFKC, case, Arabic letter variants) of whole
// paragraphs, the text-level work every match depends on.
void BM_FoldForMatch(benchmark::State& state) {
  for (auto _ : state)
    for (const Document& d : Documents())
      for (const Span& p : d.paragraphs)
        benchmark::DoNotOptimize(FoldForMatch(std::string_view(d.text).substr(p.begin, p.size())));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_FoldForMatch)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  for (auto _ : state)
    for (const Document& d : Documents())
      for (const Span& p : d.paragraphs) benchmark::DoNotOptimize(SplitSentences(d.text, p));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * Bytes()));
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

// Lexicon lookup as a phrase matcher does it: at each token, the phrases
// that can start there, longest first, and for Arabic words their
// clitic-stripped forms.
void BM_LexiconLookup(benchmark::State& state) {
  const Lexicon& lex = Lex();
  std::vector<std::vector<Token>> sentences;
  size_t tokens = 0;
  for (const Document& d : Documents())
    for (const Span& p : d.paragraphs)
      for (const Span& s : SplitSentences(d.text, p)) {
        sentences.push_back(Tokenize(d.text, s));
        tokens += sentences.back().size();
      }
  for (auto _ : state) {
    size_t hits = 0;
    for (const std::vector<Token>& sentence : sentences)
      for (size_t i = 0; i < sentence.size(); ++i) {
        std::vector<std::string> firsts = {sentence[i].fold};
        if (sentence[i].is_arabic) firsts = ArabicLookupForms(sentence[i].fold, false);
        for (const std::string& first : firsts) {
          size_t n = std::min(lex.MaxTokensFrom(first), sentence.size() - i);
          std::string key = first;
          for (size_t k = 1; k <= n; ++k) {
            if (k > 1) key += " " + sentence[i + k - 1].fold;
            if (lex.Lookup(key) != nullptr) ++hits;
          }
        }
      }
    benchmark::DoNotOptimize(hits);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * tokens));
}
BENCHMARK(BM_LexiconLookup)->Unit(benchmark::kMillisecond);

// Event assembly for one article: the whole of Extract on the seed sample.
void BM_ExtractOneArticle(benchmark::State& state) {
  const Lexicon& lex = Lex();
  IngestResult r = ReadInputFile(DIPLOGRAPH_SOURCE_DIR "/samples/ar-2025-05-17-istanbul-talks.txt", {});
  if (r.documents.empty()) {
    state.SkipWithError("samples/ar-2025-05-17-istanbul-talks.txt could not be read");
    return;
  }
  const Document& doc = r.documents.front();
  for (auto _ : state) benchmark::DoNotOptimize(Extract(doc, lex, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * doc.text.size()));
}
BENCHMARK(BM_ExtractOneArticle)->Unit(benchmark::kMicrosecond);

// The facts of every document, once: the input of the graph benchmarks.
const std::vector<Facts>& CorpusFacts() {
  static const std::vector<Facts> facts = [] {
    std::vector<Facts> out;
    for (const Document& d : Documents()) {
      Result<Facts> f = Extract(d, Lex(), {});
      if (f.ok()) out.push_back(f.take());
    }
    std::sort(out.begin(), out.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
    return out;
  }();
  return facts;
}

// Argument 0: the corpus's facts; otherwise a synthetic graph of that many events.
const std::vector<Facts>& GraphInput(int64_t events) {
  if (events == 0) return CorpusFacts();
  static std::map<int64_t, std::vector<Facts>> synthetic;
  auto it = synthetic.find(events);
  if (it == synthetic.end()) {
    BenchGraphSpec spec;
    spec.events = static_cast<size_t>(events);
    it = synthetic.emplace(events, MakeBenchFacts(spec)).first;
  }
  return it->second;
}

TemporalGraph BuildGraph(const std::vector<Facts>& facts) {
  TemporalGraph g;
  for (const Facts& f : facts) g.AddFacts(f);
  return g;
}

size_t EventCount(const std::vector<Facts>& facts) {
  size_t n = 0;
  for (const Facts& f : facts) n += f.events.size();
  return n;
}

void BM_GraphInsert(benchmark::State& state) {
  const std::vector<Facts>& facts = GraphInput(state.range(0));
  for (auto _ : state) benchmark::DoNotOptimize(BuildGraph(facts));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * EventCount(facts)));
}
BENCHMARK(BM_GraphInsert)->Arg(0)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_WriteJsonLd(benchmark::State& state) {
  TemporalGraph g = BuildGraph(GraphInput(state.range(0)));
  size_t bytes = 0;
  for (auto _ : state) {
    std::string out = WriteJsonLd(g);
    bytes += out.size();
    benchmark::DoNotOptimize(out);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * g.Events().size()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_WriteJsonLd)->Arg(0)->Arg(10000)->Unit(benchmark::kMillisecond);

// DOT of the diagram (the 80 best-supported events) through cgraph.
void BM_WriteDot(benchmark::State& state) {
  TemporalGraph g = BuildGraph(GraphInput(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(WriteDot(g, {}));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * g.Events().size()));
}
BENCHMARK(BM_WriteDot)->Arg(0)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace diplograph

BENCHMARK_MAIN();
