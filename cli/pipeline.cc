#include "cli/pipeline.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <iostream>
#include <mutex>
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

std::vector<Document> ReadAll(const PipelineOptions& options, bool& failed) {
  IngestOptions opts;
  opts.fallback_date = options.date;
  std::vector<Document> docs;
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
    for (const std::string& file : files) {
      IngestResult r = ReadInputFile(file, opts);
      for (const Status& e : r.errors) ReportError(e);
      for (const Status& w : r.warnings) std::cerr << "diplograph: warning: " << w.ToString() << "\n";
      if (!r.errors.empty()) failed = true;
      for (Document& d : r.documents) {
        if (options.verbose) {
          for (const DroppedPart& p : d.dropped) {
            std::string text = d.text.substr(p.span.begin, std::min<size_t>(p.span.size(), 80));
            std::cerr << "diplograph: " << d.path << ": dropped " << p.reason << ": " << text << "\n";
          }
          if (d.date_from_option)
            std::cerr << "diplograph: " << d.path << ": no date in the article; using --date "
                      << d.published.ToIso() << "\n";
        }
        docs.push_back(std::move(d));
      }
    }
  }
  return docs;
}

TemporalGraph BuildGraph(const std::vector<Document>& docs, const Lexicon& lex, unsigned jobs, bool& failed,
                         const std::function<void(size_t done, size_t total)>& progress) {
  // Extraction is a pure function of the document and the lexicon, so
  // threads take documents by index and write only their own slots.
  std::vector<std::optional<Result<Facts>>> results(docs.size());
  std::atomic<size_t> next{0}, done{0};
  std::mutex report;
  const size_t step = std::max<size_t>(1, docs.size() / 100);
  auto work = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) {
      results[i].emplace(Extract(docs[i], lex, {}));
      size_t n = ++done;
      if (progress && (n % step == 0 || n == docs.size())) {
        std::lock_guard<std::mutex> lock(report);
        progress(n, docs.size());
      }
    }
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < docs.size(); ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  std::vector<Facts> all;
  for (std::optional<Result<Facts>>& r : results) {
    if (!r->ok()) {
      ReportError(r->status());
      failed = true;
      continue;
    }
    all.push_back((*r).take());
  }
  std::sort(all.begin(), all.end(), [](const Facts& a, const Facts& b) { return a.doc_id < b.doc_id; });
  TemporalGraph g;
  for (const Facts& f : all) g.AddFacts(f);
  return g;
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
  std::vector<Document> docs = ReadAll(options, failed);
  if (docs.empty()) return Status::Error("no article could be read; nothing to query");
  TemporalGraph g = BuildGraph(docs, *lex, options.jobs, failed);
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
