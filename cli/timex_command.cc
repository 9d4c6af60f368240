#include "cli/timex_command.h"

#include <cstdio>
#include <iostream>

#include "core/ingest.h"
#include "core/timex.h"

namespace diplograph {

namespace {

std::string JsonEscape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

int RunTimexCommand(const std::vector<std::string>& inputs, const std::optional<Date>& date,
                    const std::string& format) {
  if (inputs.empty()) {
    std::cerr << "diplograph: error: timex needs at least one FILE\nTry 'diplograph --help'.\n";
    return 2;
  }
  if (!format.empty() && format != "jsonl") {
    std::cerr << "diplograph: error: unknown --format '" << format << "' for timex (jsonl)\n";
    return 2;
  }
  IngestOptions opts;
  opts.fallback_date = date;
  bool failed = false;
  for (const std::string& input : inputs) {
    for (const std::string& file : ListInputFiles(input)) {
      IngestResult r = ReadInputFile(file, opts);
      for (const Status& e : r.errors) std::cerr << "diplograph: error: " << e.ToString() << "\n";
      failed = failed || !r.errors.empty();
      for (const Document& d : r.documents) {
        for (const Span& para : d.paragraphs)
          for (const Span& sentence : SplitSentences(d.text, para)) {
            std::vector<Token> tokens = Tokenize(d.text, sentence);
            for (const Timex& t : FindTimexes(d.text, tokens, d.published)) {
              std::cout << "{\"doc\":\"" << JsonEscape(d.path) << "\",\"text\":\""
                        << JsonEscape(d.text.substr(t.span.begin, t.span.size())) << "\",\"begin\":" << t.span.begin
                        << ",\"end\":" << t.span.end << ",\"type\":\"" << TimexTypeName(t.type)
                        << "\",\"value\":\"" << JsonEscape(t.value) << "\"";
              if (t.end.known() && t.end != t.start) std::cout << ",\"end_value\":\"" << t.end.ToIso() << "\"";
              std::cout << ",\"anchor\":\"" << TimexAnchorName(t.anchor) << "\"" << (t.since ? ",\"since\":true" : "")
                        << "}\n";
            }
          }
      }
    }
  }
  return failed ? 1 : 0;
}

}  // namespace diplograph
