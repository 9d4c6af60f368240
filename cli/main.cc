// diplograph: diplomatic news to a dated knowledge graph and timeline.
// The command line is a thin layer: it reads arguments, runs the stages and
// reports errors as "diplograph: error: FILE:LINE: what".
#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <thread>
#include <unistd.h>
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
#include "exporters/html_report.h"
#include "exporters/jsonld.h"
#include "exporters/output_file.h"
#include "exporters/timeline.h"
#include "exporters/timelinejs.h"
#include "graph/temporal_graph.h"
#include "cli/diff_command.h"
#include "cli/merge_command.h"
#include "cli/pipeline.h"
#include "cli/query_command.h"
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
    "                            timeline.json (TimelineJS), timeline.csv, the actor network\n"
    "                            (actors.dot, actors.svg) and index.html, a report to open in\n"
    "                            a browser\n"
    "  extract FILE...           print the graph of the given articles on standard output\n"
    "                            (or write it to -o FILE)\n"
    "  timex FILE...             print the time expressions found, one JSON record a line\n"
    "  merge GRAPH... -o FILE    merge saved graphs (graph.jsonld) into one JSON-LD file\n"
    "  diff OLD NEW              what changed between two graphs (graph.jsonld, build folders\n"
    "                            or articles; exit 0 equal, 1 different, 2 trouble)\n"
    "  query GRAPH [--actor NAME] [--from DATE] [--to DATE] [--depth N] [--type PLOVER]\n"
    "                            the ego network of an actor (within N hops); --path A B the\n"
    "                            shortest chain of interactions between two actors; --top N\n"
    "                            the most central actors. GRAPH: a graph.jsonld or articles\n"
    "\n"
    "options:\n"
    "  -o, --output DIR          output folder for build (created if missing), file for merge\n"
    "                            and extract\n"
    "  --format FORMAT           extract: jsonld (default), dot, timeline, text, graphml,\n"
    "                            gexf, timelinejs, csv, svg, png, pdf (diagrams, rendered\n"
    "                            by Graphviz); text is coloured on a terminal unless NO_COLOR\n"
    "                            is set;\n"
    "                            timex: jsonl (default), timeml (for TempEval-3 .TE3input files);\n"
    "                            diff: text (default), json, dot;\n"
    "                            query: as extract (--path also text, --top text or json)\n"
    "  --date YYYY-MM-DD         publication date for articles that carry none\n"
    "  --lexicon FILE            add or override lexicon entries (formats: data/README.md)\n"
    "  --cameo-actors FILE       add a Phoenix/CAMEO actor dictionary\n"
    "  --labels en|ar|both       diagram labels (default both)\n"
    "  --view events|actors      diagram: the event graph (default) or the actor network\n"
    "                            (actors linked by shared events, coloured by PLOVER quad class)\n"
    "  --from DATE, --to DATE    diagram: only events in this window (YYYY, YYYY-MM, YYYY-MM-DD)\n"
    "  --top N                   diagram: only the N actors in most events (actor network: 40)\n"
    "  --cluster country|day     diagram: box actors by country, or events by day\n"
    "  --csv-bom                 start CSV with a byte order mark (for Excel)\n"
    "  -j, --jobs N              extraction threads (default 1; output is the same for any N)\n"
    "  -v, --verbose             say what was dropped from each page and why\n"
    "  -h, --help                this help\n"
    "  --version                 the version\n"
    "\n"
    "exit status: 0 success, 1 bad input or failure, 2 usage error,\n"
    "             130/143 interrupted by SIGINT/SIGTERM (build leaves the previous outputs)\n";

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
  bool csv_bom = false;              // --csv-bom: a UTF-8 BOM for Excel
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
    } else if (s == "--csv-bom") {
      args.csv_bom = true;
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

PipelineOptions PipelineOf(const Args& args) {
  return {args.inputs, args.date, args.lexicons, args.cameo_actors, args.verbose, args.jobs};
}

// The diagram options the command line gives (--view, --labels, --from,
// --to, --top, --cluster).
DotOptions DiagramOptions(const Args& args) {
  DotOptions o;
  o.view = args.view == "actors" ? DotOptions::View::kActors : DotOptions::View::kEvents;
  o.labels = args.labels;
  o.from = args.from;
  o.to = args.to;
  o.top_actors = args.top;
  o.cluster = args.cluster == "country" ? DotOptions::Cluster::kCountry
              : args.cluster == "day"   ? DotOptions::Cluster::kDay
                                        : DotOptions::Cluster::kNone;
  return o;
}

bool IsRenderedFormat(const std::string& f) { return f == "svg" || f == "png" || f == "pdf"; }

// Colour for a terminal that has not asked for none (https://no-color.org).
// A progress bar on standard error for long builds on a terminal:
// "extracting [#########           ] 45% 1,234/2,741". Nothing when standard
// error is a file or a pipe, when TERM is dumb, or for small batches.
// Articles are read as they are extracted, so the total is not known
// ahead: the bar counts them, and shows a share when a total is given.
// Nothing is drawn before the 50th article.
std::function<void(size_t, size_t)> ProgressBar() {
  const char* term = std::getenv("TERM");
  if (!isatty(STDERR_FILENO) || (term != nullptr && std::strcmp(term, "dumb") == 0)) return {};
  return [](size_t done, size_t all) {
    if (done < 50) return;
    if (all == 0) {
      std::cerr << "\rextracting: " << done << " articles" << std::flush;
      return;
    }
    constexpr int kWidth = 30;
    int filled = static_cast<int>(kWidth * done / all);
    std::string bar(static_cast<size_t>(filled), '#');
    bar.resize(kWidth, ' ');
    std::cerr << "\rextracting [" << bar << "] " << (100 * done / all) << "% " << done << "/" << all << std::flush;
  };
}

bool UseColour() {
  const char* no_colour = std::getenv("NO_COLOR");
  return isatty(STDOUT_FILENO) && (no_colour == nullptr || *no_colour == '\0');
}

int RunExtract(const Args& args) {
  if (args.inputs.empty()) return Usage("extract needs at least one FILE");
  std::string format = args.format.empty() ? "jsonld" : args.format;
  if (!IsGraphFormat(format) && !IsRenderedFormat(format))
    return Usage("unknown --format '" + format + "' for extract (" + kGraphFormatList + ", svg, png, pdf)");
  if ((format == "png" || format == "pdf") && args.output.empty() && isatty(STDOUT_FILENO))
    return Usage("--format " + format + " writes binary data: give -o FILE or redirect standard output");
  Result<Lexicon> lex = LoadLexicon(PipelineOf(args));
  if (!lex.ok()) {
    Error(lex.status());
    return kExitFailure;
  }
  bool failed = false;
  size_t articles = 0;
  TemporalGraph g = BuildGraphFromInputs(PipelineOf(args), *lex, failed, articles);
  if (articles == 0) return kExitFailure;
  DotOptions o = DiagramOptions(args);
  Result<std::string> text = IsRenderedFormat(format) ? RenderDiagramData(g, o, format)
                             : format == "text"       ? Result<std::string>(WriteTimelineText(g, UseColour()))
                             : format == "csv"        ? Result<std::string>(WriteEventsCsv(g, args.csv_bom))
                                                      : WriteGraphAs(g, format, o);
  if (!text.ok()) {
    Error(text.status());
    return kExitFailure;
  }
  if (!args.output.empty()) {
    if (Status s = WriteFileAtomically(args.output, *text); !s.ok()) {
      Error(s);
      return kExitFailure;
    }
  } else {
    std::cout << *text;
  }
  return failed ? kExitFailure : kExitOk;
}

int RunBuild(const Args& args) {
  if (args.inputs.empty()) return Usage("build needs at least one INPUT (file, folder or '-')");
  if (args.output.empty()) return Usage("build needs an output folder: -o DIR");
  // SIGINT/SIGTERM: temporary files removed, exit 130/143 (exporters/output_file.h).
  InstallInterruptHandlers("diplograph: interrupted; previous outputs in " + args.output + " left as they were\n");
  Result<Lexicon> lex = LoadLexicon(PipelineOf(args));
  if (!lex.ok()) {
    Error(lex.status());
    return kExitFailure;
  }
  bool failed = false;
  size_t articles = 0;
  std::function<void(size_t, size_t)> progress = ProgressBar();
  TemporalGraph g = BuildGraphFromInputs(PipelineOf(args), *lex, failed, articles, progress);
  if (progress && articles >= 50) std::cerr << "\r\033[K" << std::flush;  // the bar's line, cleared
  if (articles == 0) {
    ReportError("no article could be read; nothing written");
    return kExitFailure;
  }
  std::error_code ec;
  std::filesystem::create_directories(args.output, ec);
  if (ec) {
    Error(Status::Error(args.output, 0, "cannot create the output folder: " + ec.message()));
    return kExitFailure;
  }
  auto path = [&](const char* name) { return (std::filesystem::path(args.output) / name).string(); };
  DotOptions dot_options = DiagramOptions(args);
  dot_options.view = DotOptions::View::kEvents;
  DotOptions actor_options = dot_options;
  actor_options.view = DotOptions::View::kActors;
  // Each diagram is laid out once: graph.svg and graph.png from one layout,
  // the actor network for actors.svg and index.html from another.
  std::optional<Result<std::vector<std::string>>> diagrams;
  auto diagram = [&](size_t k, const std::string& p) {
    if (!diagrams) diagrams = RenderDiagramData(g, dot_options, std::vector<std::string>{"svg", "png"});
    if (!diagrams->ok()) return Status::Error(p, 0, diagrams->status().message());
    return WriteFileAtomically(p, (**diagrams)[k]);
  };
  std::optional<Result<std::string>> network;
  auto network_svg = [&]() -> const Result<std::string>& {
    if (!network) network = RenderDiagramData(g, actor_options, "svg");
    return *network;
  };
  struct Output {
    const char* name;
    bool graphviz;  // Graphviz (cgraph, gvc) is not thread-safe: these stay on one thread
    std::function<Status(const std::string&)> write;
  };
  std::vector<Output> outputs = {
      {"graph.jsonld", false, [&](const std::string& p) { return WriteJsonLdFile(g, p, 1); }},
      {"graph.dot", true,
       [&](const std::string& p) {
         Result<std::string> dot = WriteDot(g, dot_options);
         return dot.ok() ? WriteFileAtomically(p, *dot) : dot.status();
       }},
      {"graph.svg", true, [&](const std::string& p) { return diagram(0, p); }},
      {"graph.png", true, [&](const std::string& p) { return diagram(1, p); }},
      {"actors.dot", true,
       [&](const std::string& p) {
         Result<std::string> dot = WriteDot(g, actor_options);
         return dot.ok() ? WriteFileAtomically(p, *dot) : dot.status();
       }},
      {"actors.svg", true,
       [&](const std::string& p) {
         const Result<std::string>& svg = network_svg();
         return svg.ok() ? WriteFileAtomically(p, *svg) : Status::Error(p, 0, svg.status().message());
       }},
      {"index.html", true,
       [&](const std::string& p) {
         const Result<std::string>& svg = network_svg();
         if (!svg.ok()) return Status::Error(p, 0, svg.status().message());
         Result<std::string> html = WriteHtmlReport(g, *svg);
         return html.ok() ? WriteFileAtomically(p, *html) : html.status();
       }},
      {"timeline.md", false, [&](const std::string& p) { return WriteFileAtomically(p, WriteTimelineMarkdown(g)); }},
      {"timeline.txt", false, [&](const std::string& p) { return WriteFileAtomically(p, WriteTimelineText(g)); }},
      {"graph.graphml", false, [&](const std::string& p) { return WriteFileAtomically(p, WriteGraphml(g)); }},
      {"graph.gexf", false, [&](const std::string& p) { return WriteFileAtomically(p, WriteGexf(g)); }},
      {"timeline.json", false, [&](const std::string& p) { return WriteFileAtomically(p, WriteTimelineJs(g)); }},
      {"timeline.csv", false,
       [&](const std::string& p) { return WriteFileAtomically(p, WriteEventsCsv(g, args.csv_bom)); }},
  };
  // The outputs replace the previous ones together or not at all. With -j 2
  // or more, the diagrams are drawn on this thread while another writes the
  // rest; the graph merges on its first query, so it is queried here first.
  g.Events();
  std::vector<Status> results(outputs.size());
  auto write_all = [&](bool graphviz) {
    for (size_t k = 0; k < outputs.size(); ++k)
      if (outputs[k].graphviz == graphviz) results[k] = outputs[k].write(path(outputs[k].name));
  };
  OutputBatch batch;
  if (args.jobs > 1) {
    std::thread others(write_all, false);
    write_all(true);
    others.join();
  } else {
    write_all(true);
    write_all(false);
  }
  std::vector<std::string> written;
  for (size_t k = 0; k < outputs.size(); ++k) {
    if (!results[k].ok()) {
      Error(results[k]);
      failed = true;
      continue;
    }
    written.push_back(path(outputs[k].name));
  }
  if (written.size() < outputs.size()) {
    ReportError(args.output + ": nothing replaced; previous outputs left as they were");
    return kExitFailure;
  }
  if (Status s = batch.Commit(); !s.ok()) {
    Error(s);
    return kExitFailure;
  }
  for (const std::string& p : written) std::cout << "wrote " << p << "\n";
  if (int sig = InterruptSignal(); sig != 0) {
    std::cerr << "diplograph: interrupted after the new outputs in " << args.output << " were in place\n";
    return 128 + sig;
  }
  size_t drawn = DiagramEvents(g, dot_options).size();
  if (drawn < g.Events().size())
    std::cout << "the diagram shows the " << drawn << " best-supported of " << g.Events().size()
              << " events; the JSON-LD and timelines have them all\n";
  std::cout << articles << " article(s), " << g.Actors().size() << " actor(s), " << g.Places().size()
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
      {"diff", [](const Args& a) { return RunDiffCommand(PipelineOf(a), a.format); }},
      {"query",
       [](const Args& a) {
         DotOptions dot;
         dot.labels = a.labels;
         return RunQueryCommand({PipelineOf(a), a.format, a.from, a.to, a.actors, a.types, a.path, a.depth, a.top, dot});
       }},
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
