#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <mutex>
#include <sstream>
#include <thread>

#include "cli/report.h"
#include "core/extract.h"
#include "core/ingest.h"
#include "exporters/csv.h"
#include "exporters/gexf.h"
#include "exporters/graphml.h"
#include "exporters/jsonld.h"
#include "exporters/jsonld_reader.h"
#include "exporters/timeline.h"
#include "exporters/timelinejs.h"

namespace diplograph {

Result<Lexicon> LoadLexicon(const PipelineOptions& options) {
  Result<Lexicon> lex = Lexicon::Default();
  if (!lex.ok()) return lex;
  for (const std::string& f : options.lexicons)
    if (Status s = lex->LoadFile(f); !s.ok()) return s;
  for (const std::string& f : options.cameo_actors)
    if (Status s = lex->LoadCameoActors(f); !s.ok()) return s;
  return lex;
}

namespace {

// Every input file, in order; a missing input or an empty folder is
// reported and sets `failed`.
std::vector<std::string> InputFiles(const PipelineOptions& options, bool& failed) {
  std::vector<std::string> out;
  for (const std::string& input : options.inputs) {
    std::error_code ec;
    if (input != "-" && !std::filesystem::exists(input, ec)) {
      ReportError(Status::Error(input, 0, "no such file or folder"));
      failed = true;
      continue;
    }
    std::vector<std::string> files = ListInputFiles(input);
    if (files.empty()) {
      ReportError(Status::Error(input, 0, "no article files (.txt, .md, .json, .jsonl) in this folder"));
      failed = true;
    }
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

// Reports what reading a file found (to `log`), and hands its documents on.
void Take(const PipelineOptions& options, IngestResult& r, bool& failed, std::vector<Document>& docs,
          std::ostream& log) {
  for (const Status& e : r.errors) log << "diplograph: error: " << e.ToString() << "\n";
  for (const Status& w : r.warnings) log << "diplograph: warning: " << w.ToString() << "\n";
  if (!r.errors.empty()) failed = true;
  for (Document& d : r.documents) {
    if (options.verbose) {
      for (const DroppedPart& p : d.dropped) {
        std::string text = d.text.substr(p.span.begin, std::min<size_t>(p.span.size(), 80));
        log << "diplograph: " << d.path << ": dropped " << p.reason << ": " << text << "\n";
      }
      if (d.date_from_option)
        log << "diplograph: " << d.path << ": no date in the article; using --date " << d.published.ToIso()
            << "\n";
    }
    docs.push_back(std::move(d));
  }
}

// Extracts `docs` on `jobs` threads into `out` (in the docs' order).
// Extraction is a pure function of the document and the lexicon, so
// threads take documents by index and write only their own slots.
void ExtractAll(const std::vector<Document>& docs, const Lexicon& lex, unsigned jobs, bool& failed,
                std::vector<Facts>& out, size_t done_before, size_t total,
                const std::function<void(size_t done, size_t total)>& progress) {
  std::vector<std::optional<Result<Facts>>> results(docs.size());
  std::atomic<size_t> next{0}, done{0};
  std::mutex report;
  const size_t step = std::max<size_t>(1, (total ? total : docs.size()) / 100);
  auto work = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) {
      results[i].emplace(Extract(docs[i], lex, {}));
      size_t n = done_before + ++done;
      if (progress && (n % step == 0 || n == total)) {
        std::lock_guard<std::mutex> lock(report);
        progress(n, total);
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < docs.size(); ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  for (std::optional<Result<Facts>>& r : results) {
    if (!r->ok()) {
      ReportError(r->status());
      failed = true;
      continue;
    }
    out.push_back((*r).take());
  }
}

// The graph of `all`, which it takes.
TemporalGraph GraphOf(std::vector<Facts>& all, unsigned jobs) {
  std::sort(all.begin(), all.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
  TemporalGraph g;
  g.set_threads(jobs);
  for (Facts& f : all) g.AddFacts(std::move(f));
  all.clear();
  return g;
}

}  // namespace

std::vector<Document> ReadAll(const PipelineOptions& options, bool& failed) {
  IngestOptions opts;
  opts.fallback_date = options.date;
  std::vector<Document> docs;
  for (const std::string& file : InputFiles(options, failed)) {
    IngestResult r = ReadInputFile(file, opts);
    Take(options, r, failed, docs, std::cerr);
  }
  return docs;
}

TemporalGraph BuildGraphFromInputs(const PipelineOptions& options, const Lexicon& lex, bool& failed,
                                   size_t& articles,
                                   const std::function<void(size_t done, size_t total)>& progress) {
  constexpr size_t kBatchBytes = size_t{16} << 20;
  IngestOptions opts;
  opts.fallback_date = options.date;
  std::vector<Facts> all;
  // A batch of articles and what reading them had to say, said when the
  // batch goes to extraction so that messages come in the same order
  // whatever the number of threads.
  struct Batch {
    std::vector<Document> docs;
    std::ostringstream log;
    size_t bytes = 0;
  };
  Batch batch;
  articles = 0;
  // With several jobs, a batch is extracted while the next one is read
  // (reading and cleaning the JSON would otherwise leave the threads idle).
  std::vector<Document> extracting;
  std::vector<Facts> extracted;
  bool extract_failed = false;
  std::thread running;
  auto collect = [&] {
    failed = failed || extract_failed;
    for (Facts& f : extracted) all.push_back(std::move(f));
    extracted.clear();
    extracting.clear();
  };
  auto finish = [&] {
    if (!running.joinable()) return;
    running.join();
    collect();
  };
  auto flush = [&] {
    finish();
    std::cerr << batch.log.str();
    extracting = std::move(batch.docs);
    const size_t before = articles;
    articles += extracting.size();
    batch = {};
    extract_failed = false;
    auto work = [&, before] { ExtractAll(extracting, lex, options.jobs, extract_failed, extracted, before, 0, progress); };
    if (options.jobs > 1) {
      running = std::thread(work);
    } else {
      work();
      collect();
    }
  };
  for (const std::string& file : InputFiles(options, failed)) {
    ReadInputFileInBatches(file, opts, kBatchBytes, [&](IngestResult&& r) {
      size_t before = batch.docs.size();
      Take(options, r, failed, batch.docs, batch.log);
      for (size_t i = before; i < batch.docs.size(); ++i) batch.bytes += batch.docs[i].text.size();
      if (batch.bytes >= kBatchBytes) flush();
    });
  }
  if (!batch.docs.empty() || !batch.log.str().empty()) flush();
  finish();
  return GraphOf(all, options.jobs);
}

TemporalGraph BuildGraph(const std::vector<Document>& docs, const Lexicon& lex, unsigned jobs, bool& failed,
                         const std::function<void(size_t done, size_t total)>& progress) {
  std::vector<Facts> all;
  ExtractAll(docs, lex, jobs, failed, all, 0, docs.size(), progress);
  return GraphOf(all, jobs);
}

void KeepUntilExit(TemporalGraph&& g) {
  static auto* kept = new std::vector<TemporalGraph>;
  kept->push_back(std::move(g));
}

Result<TemporalGraph> LoadGraph(const PipelineOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (options.inputs.size() == 1) {
    const fs::path input = options.inputs[0];
    if (input.extension() == ".jsonld" && fs::is_regular_file(input, ec)) return ReadJsonLdFile(input.string());
    if (fs::is_regular_file(input / "graph.jsonld", ec)) return ReadJsonLdFile((input / "graph.jsonld").string());
  }
  Result<Lexicon> lex = LoadLexicon(options);
  if (!lex.ok()) return lex.status();
  bool failed = false;
  size_t articles = 0;
  TemporalGraph g = BuildGraphFromInputs(options, *lex, failed, articles);
  if (articles == 0) return Status::Error("no article could be read; nothing to query");
  if (failed) return Status::Error("some inputs could not be read (see above); not answering from part of them");
  return g;
}

const char kGraphFormatList[] = "jsonld, dot, timeline, text, graphml, gexf, timelinejs, csv";

bool IsGraphFormat(const std::string& format) {
  static const char* kFormats[] = {"jsonld", "dot",  "timeline",   "markdown", "text",
                                   "graphml", "gexf", "timelinejs", "csv"};
  return std::any_of(std::begin(kFormats), std::end(kFormats), [&](const char* f) { return format == f; });
}

Result<std::string> WriteGraphAs(const TemporalGraph& g, const std::string& format, const DotOptions& dot) {
  if (format == "jsonld") return WriteJsonLd(g);
  if (format == "dot") return WriteDot(g, dot);
  if (format == "timeline" || format == "markdown") return WriteTimelineMarkdown(g);
  if (format == "graphml") return WriteGraphml(g);
  if (format == "gexf") return WriteGexf(g);
  if (format == "timelinejs") return WriteTimelineJs(g);
  if (format == "csv") return WriteEventsCsv(g);
  if (format == "text") return WriteTimelineText(g);
  return Status::Error("unknown format '" + format + "' (" + kGraphFormatList + ")");
}

}  // namespace diplograph
