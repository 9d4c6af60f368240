// diplograph: diplomatic news to a dated knowledge graph and timeline.
// The command line is a thin layer: it reads arguments, runs the stages and
// reports errors as "diplograph: error: FILE:LINE: what".
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>
#include <cstring>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/extract.h"
#include "core/ingest.h"
#include "core/lexicon.h"
#include "core/timex.h"
#include "exporters/csv.h"
#include "exporters/dot.h"
#include "exporters/gexf.h"
#include "exporters/graphml.h"
#include "exporters/jsonld.h"
#include "exporters/output_file.h"
#include "exporters/timeline.h"
#include "exporters/timelinejs.h"
#include "graph/temporal_graph.h"
#include "cli/diff_command.h"
#include "cli/merge_command.h"
#include "cli/report.h"
#include "cli/timex_command.h"

#ifndef DIPLOGRAPH_VERSION
#define DIPLOGRAPH_VERSION "0.0.0"
#endif

namespace diplograph {
namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;

const char kUsage[] =
    "usage: diplograph COMMAND [OPTIONS] INPUT...\n"
    "\n"
    "Turns diplomatic news (Arabic and English) into a dated knowledge graph.\n"
    "\n"
    "commands:\n"
    "  build INPUT... -o DIR     read every article under INPUT (files, folders, JSON Lines,\n"
    "                            JSON arrays, '-' for standard input), merge them into one graph\n"
    "                            and write DIR/graph.jsonld, graph.dot, graph.svg, graph.png,\n"
    "                            timeline.md, timeline.txt, graph.graphml, graph.gexf,\n"
    "                            timeline.json (TimelineJS) and timeline.csv\n"
    "  extract FILE...           print the graph of the given articles on standard output\n"
    "  timex FILE...             print the time expressions found, one JSON record a line\n"
    "  merge GRAPH... -o FILE    merge saved graphs (graph.jsonld) into one JSON-LD file\n"
    "  diff OLD NEW              what changed between two saved graphs (exit 0 equal,\n"
    "                            1 different, 2 trouble)\n"
    "\n"
    "options:\n"
    "  -o, --output DIR          output folder for build (created if missing), file for merge\n"
    "  --format FORMAT           extract: jsonld (default), dot, timeline, text, graphml,\n"
    "                            gexf, timelinejs, csv;\n"
    "                            timex: jsonl (default), timeml (for TempEval-3 .TE3input files);\n"
    "                            diff: text (default), json\n"
    "  --date YYYY-MM-DD         publication date for articles that carry none\n"
    "  --lexicon FILE            add or override lexicon entries (formats: data/README.md)\n"
    "  --cameo-actors FILE       add a Phoenix/CAMEO actor dictionary\n"
    "  --labels en|ar|both       diagram labels (default both)\n"
    "  -j, --jobs N              extraction threads (default 1; output is the same for any N)\n"
    "  -v, --verbose             say what was dropped from each page and why\n"
    "  -h, --help                this help\n"
    "  --version                 the version\n"
    "\n"
    "exit status: 0 success, 1 bad input or failure, 2 usage error\n";

struct Args {
  std::string command;
  std::vector<std::string> inputs;
  std::string output;
  std::string format;
  std::optional<Date> date;
  std::vector<std::string> lexicons;
  std::vector<std::string> cameo_actors;
  DotOptions::Labels labels = DotOptions::Labels::kBoth;
  bool verbose = false;
  unsigned jobs = 1;  // extraction threads (-j)
  // Selection (query, diagrams): a time window, actors, PLOVER types.
  std::optional<Date> from, to;      // --from / --to: YYYY, YYYY-MM or YYYY-MM-DD
  std::vector<std::string> actors;   // --actor NAME (repeatable)
  std::vector<std::string> types;    // --type PLOVER (repeatable, or comma-separated)
  std::vector<std::string> path;     // --path A B
  unsigned depth = 1;                // --depth N
  unsigned top = 0;                  // --top N (0: no limit)
  std::string view;                  // --view events|actors
  std::string cluster;               // --cluster country|day
};

int Usage(const std::string& message) { return UsageError(message); }

void Error(const Status& s) { ReportError(s); }

std::optional<int> ParseArgs(int argc, char** argv, Args& args) {
  std::vector<std::string> a(argv + 1, argv + argc);
  if (a.empty()) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  for (size_t i = 0; i < a.size(); ++i) {
    const std::string& s = a[i];
    auto value = [&](std::string& out) -> bool {
      if (i + 1 >= a.size()) return false;
      out = a[++i];
      return true;
    };
    std::string v;
    if (s == "-h" || s == "--help") {
      std::cout << kUsage;
      return kExitOk;
    } else if (s == "--version") {
      std::cout << "diplograph " << DIPLOGRAPH_VERSION << "\n";
      return kExitOk;
    } else if (s == "-o" || s == "--output") {
      if (!value(args.output)) return Usage(s + " needs a folder");
    } else if (s == "--format" || s == "-f") {
      if (!value(args.format)) return Usage(s + " needs a format");
    } else if (s == "--date") {
      if (!value(v)) return Usage("--date needs YYYY-MM-DD");
      auto d = Date::ParseIso(v);
      if (!d || !d->has_day()) return Usage("--date wants a day as YYYY-MM-DD, not '" + v + "'");
      args.date = d;
    } else if (s == "--lexicon") {
      if (!value(v)) return Usage("--lexicon needs a file");
      args.lexicons.push_back(v);
    } else if (s == "--cameo-actors") {
      if (!value(v)) return Usage("--cameo-actors needs a file");
      args.cameo_actors.push_back(v);
    } else if (s == "--labels") {
      if (!value(v)) return Usage("--labels needs en, ar or both");
      if (v == "en") args.labels = DotOptions::Labels::kEnglish;
      else if (v == "ar") args.labels = DotOptions::Labels::kArabic;
      else if (v == "both") args.labels = DotOptions::Labels::kBoth;
      else return Usage("--labels wants en, ar or both, not '" + v + "'");
    } else if (s == "-j" || s == "--jobs") {
      if (!value(v)) return Usage(s + " needs a number of threads");
      char* end = nullptr;
      unsigned long n = std::strtoul(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0' || n == 0 || n > 256) return Usage("-j wants 1 to 256 threads, not '" + v + "'");
      args.jobs = static_cast<unsigned>(n);
    } else if (s == "-v" || s == "--verbose") {
      args.verbose = true;
    } else if (s == "--from" || s == "--to") {
      if (!value(v)) return Usage(s + " needs a date: YYYY, YYYY-MM or YYYY-MM-DD");
      auto d = Date::ParseIso(v);
      if (!d) return Usage(s + " wants YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
      (s == "--from" ? args.from : args.to) = d;
    } else if (s == "--actor") {
      if (!value(v)) return Usage("--actor needs a name (English or Arabic)");
      args.actors.push_back(v);
    } else if (s == "--type") {
      if (!value(v)) return Usage("--type needs a PLOVER category, e.g. CONSULT");
      for (size_t b = 0, e; b <= v.size(); b = e + 1) {
        e = v.find(',', b);
        if (e == std::string::npos) e = v.size();
        if (e > b) args.types.push_back(v.substr(b, e - b));
      }
    } else if (s == "--path") {
      if (i + 2 >= a.size()) return Usage("--path needs two actor names: --path A B");
      args.path = {a[i + 1], a[i + 2]};
      i += 2;
    } else if (s == "--depth" || s == "--top") {
      if (!value(v)) return Usage(s + " needs a number");
      char* end = nullptr;
      unsigned long n = std::strtoul(v.c_str(), &end, 10);
      if (end == v.c_str() || *end != '\0' || n > 1000000) return Usage(s + " wants a whole number, not '" + v + "'");
      (s == "--depth" ? args.depth : args.top) = static_cast<unsigned>(n);
    } else if (s == "--view") {
      if (!value(v) || (v != "events" && v != "actors")) return Usage("--view wants events or actors");
      args.view = v;
    } else if (s == "--cluster") {
      if (!value(v) || (v != "country" && v != "day")) return Usage("--cluster wants country or day");
      args.cluster = v;
    } else if (s.size() > 1 && s[0] == '-' && s != "-") {
      return Usage("unknown option '" + s + "'");
    } else if (args.command.empty()) {
      args.command = s;
    } else {
      args.inputs.push_back(s);
    }
  }
  if (args.command.empty()) return Usage("no command given");
  return std::nullopt;
}

Result<Lexicon> LoadLexicon(const Args& args) {
  Result<Lexicon> lex = Lexicon::Default();
  if (!lex.ok()) return lex;
  for (const std::string& f : args.lexicons)
    if (Status s = lex->LoadFile(f); !s.ok()) return s;
  for (const std::string& f : args.cameo_actors)
    if (Status s = lex->LoadCameoActors(f); !s.ok()) return s;
  return lex;
}

// Reads every input, reporting bad articles and going on. Returns the
// documents and whether any input failed.
std::vector<Document> ReadAll(const Args& args, bool& failed) {
  IngestOptions opts;
  opts.fallback_date = args.date;
  std::vector<Document> docs;
  for (const std::string& input : args.inputs) {
    std::error_code ec;
    if (input != "-" && !std::filesystem::exists(input, ec)) {
      Error(Status::Error(input, 0, "no such file or folder"));
      failed = true;
      continue;
    }
    std::vector<std::string> files = ListInputFiles(input);
    if (files.empty()) {
      Error(Status::Error(input, 0, "no article files (.txt, .md, .json, .jsonl) in this folder"));
      failed = true;
    }
    for (const std::string& file : files) {
      IngestResult r = ReadInputFile(file, opts);
      for (const Status& e : r.errors) Error(e);
      for (const Status& w : r.warnings) std::cerr << "diplograph: warning: " << w.ToString() << "\n";
      if (!r.errors.empty()) failed = true;
      for (Document& d : r.documents) {
        if (args.verbose) {
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

// Extracts and merges: facts are added in document-id order, so the graph
// does not depend on the order of the inputs.
TemporalGraph BuildGraph(const std::vector<Document>& docs, const Lexicon& lex, unsigned jobs, bool& failed) {
  // Extraction is a pure function of the document and the lexicon, so
  // threads take documents by index and write only their own slots.
  std::vector<std::optional<Result<Facts>>> results(docs.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) results[i].emplace(Extract(docs[i], lex, {}));
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < jobs && t < docs.size(); ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  std::vector<Facts> all;
  for (std::optional<Result<Facts>>& r : results) {
    if (!r->ok()) {
      Error(r->status());
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

int RunExtract(const Args& args) {
  if (args.inputs.empty()) return Usage("extract needs at least one FILE");
  std::string format = args.format.empty() ? "jsonld" : args.format;
  static const char* kFormats[] = {"jsonld", "dot", "timeline", "markdown", "text",
                                   "graphml", "gexf", "timelinejs", "csv"};
  if (std::none_of(std::begin(kFormats), std::end(kFormats), [&](const char* f) { return format == f; }))
    return Usage("unknown --format '" + format +
                 "' for extract (jsonld, dot, timeline, text, graphml, gexf, timelinejs, csv)");
  Result<Lexicon> lex = LoadLexicon(args);
  if (!lex.ok()) {
    Error(lex.status());
    return kExitFailure;
  }
  bool failed = false;
  std::vector<Document> docs = ReadAll(args, failed);
  if (docs.empty()) return kExitFailure;
  TemporalGraph g = BuildGraph(docs, *lex, args.jobs, failed);
  if (format == "jsonld") {
    std::cout << WriteJsonLd(g);
  } else if (format == "dot") {
    DotOptions o;
    o.labels = args.labels;
    Result<std::string> dot = WriteDot(g, o);
    if (!dot.ok()) {
      Error(dot.status());
      return kExitFailure;
    }
    std::cout << *dot;
  } else if (format == "timeline" || format == "markdown") {
    std::cout << WriteTimelineMarkdown(g);
  } else if (format == "graphml") {
    std::cout << WriteGraphml(g);
  } else if (format == "gexf") {
    std::cout << WriteGexf(g);
  } else if (format == "timelinejs") {
    std::cout << WriteTimelineJs(g);
  } else if (format == "csv") {
    std::cout << WriteEventsCsv(g);
  } else {
    std::cout << WriteTimelineText(g);
  }
  return failed ? kExitFailure : kExitOk;
}

int RunBuild(const Args& args) {
  if (args.inputs.empty()) return Usage("build needs at least one INPUT (file, folder or '-')");
  if (args.output.empty()) return Usage("build needs an output folder: -o DIR");
  Result<Lexicon> lex = LoadLexicon(args);
  if (!lex.ok()) {
    Error(lex.status());
    return kExitFailure;
  }
  bool failed = false;
  std::vector<Document> docs = ReadAll(args, failed);
  if (docs.empty()) {
    ReportError("no article could be read; nothing written");
    return kExitFailure;
  }
  TemporalGraph g = BuildGraph(docs, *lex, args.jobs, failed);
  std::error_code ec;
  std::filesystem::create_directories(args.output, ec);
  if (ec) {
    Error(Status::Error(args.output, 0, "cannot create the output folder: " + ec.message()));
    return kExitFailure;
  }
  auto path = [&](const char* name) { return (std::filesystem::path(args.output) / name).string(); };
  DotOptions dot_options;
  dot_options.labels = args.labels;
  std::vector<std::pair<std::string, std::function<Status(const std::string&)>>> outputs = {
      {"graph.jsonld", [&](const std::string& p) { return WriteFileAtomically(p, WriteJsonLd(g)); }},
      {"graph.dot",
       [&](const std::string& p) {
         Result<std::string> dot = WriteDot(g, dot_options);
         return dot.ok() ? WriteFileAtomically(p, *dot) : dot.status();
       }},
      {"graph.svg", [&](const std::string& p) { return RenderDiagram(g, dot_options, "svg", p); }},
      {"graph.png", [&](const std::string& p) { return RenderDiagram(g, dot_options, "png", p); }},
      {"timeline.md", [&](const std::string& p) { return WriteFileAtomically(p, WriteTimelineMarkdown(g)); }},
      {"timeline.txt", [&](const std::string& p) { return WriteFileAtomically(p, WriteTimelineText(g)); }},
      {"graph.graphml", [&](const std::string& p) { return WriteFileAtomically(p, WriteGraphml(g)); }},
      {"graph.gexf", [&](const std::string& p) { return WriteFileAtomically(p, WriteGexf(g)); }},
      {"timeline.json", [&](const std::string& p) { return WriteFileAtomically(p, WriteTimelineJs(g)); }},
      {"timeline.csv", [&](const std::string& p) { return WriteFileAtomically(p, WriteEventsCsv(g)); }},
  };
  for (auto& [name, write] : outputs) {
    std::string p = path(name.c_str());
    Status s = write(p);
    if (!s.ok()) {
      Error(s);
      failed = true;
      continue;
    }
    std::cout << "wrote " << p << "\n";
  }
  size_t drawn = DiagramEvents(g, dot_options).size();
  if (drawn < g.Events().size())
    std::cout << "the diagram shows the " << drawn << " best-supported of " << g.Events().size()
              << " events; the JSON-LD and timelines have them all\n";
  std::cout << docs.size() << " article(s), " << g.Actors().size() << " actor(s), " << g.Places().size()
            << " place(s), " << g.Events().size() << " event(s)\n";
  return failed ? kExitFailure : kExitOk;
}

int Main(int argc, char** argv) {
  Args args;
  if (std::optional<int> done = ParseArgs(argc, argv, args)) return *done;
  static const std::map<std::string, std::function<int(const Args&)>> kCommands = {
      {"build", RunBuild},
      {"extract", RunExtract},
      {"merge", [](const Args& a) { return RunMergeCommand(a.inputs, a.output); }},
      {"diff", [](const Args& a) { return RunDiffCommand(a.inputs, a.format); }},
      {"timex", [](const Args& a) { return RunTimexCommand(a.inputs, a.date, a.format); }}};
  auto it = kCommands.find(args.command);
  if (it == kCommands.end()) return Usage("unknown command '" + args.command + "'");
  return it->second(args);
}

}  // namespace
}  // namespace diplograph

int main(int argc, char** argv) {
  try {
    return diplograph::Main(argc, argv);
  } catch (const std::exception& e) {
    std::cerr << "diplograph: error: internal error: " << e.what() << "\n";
    return 1;
  }
}
