#include "cli/timex_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/report.h"
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

// The expressions of one paragraph. The tagger gets the whole paragraph, not
// sentence by sentence, because the sentence splitter breaks after the stop
// of "a.m." and "Sept." and would cut "10 a.m. EST" in two.
std::vector<Timex> TagRange(const std::string& text, Span range, const Date& published) {
  return FindTimexes(text, Tokenize(text, range), published);
}

// Paragraphs of a TimeML <TEXT>: runs of text between blank lines, so that
// a headline without a full stop does not run into the next sentence.
std::vector<Span> Paragraphs(const std::string& text) {
  std::vector<Span> out;
  size_t begin = 0;
  while (begin < text.size()) {
    size_t blank = text.find("\n\n", begin);
    size_t end = blank == std::string::npos ? text.size() : blank;
    if (end > begin) out.push_back({begin, end});
    if (blank == std::string::npos) break;
    begin = blank + 2;
  }
  return out;
}

// The value="..." attribute inside the first tag of `xml`, or "".
std::string AttributeValue(std::string_view xml, std::string_view name) {
  std::string key = " " + std::string(name) + "=\"";
  size_t at = xml.find(key);
  if (at == std::string_view::npos) return "";
  at += key.size();
  size_t stop = xml.find('"', at);
  if (stop == std::string_view::npos) return "";
  return std::string(xml.substr(at, stop - at));
}

// Reads a TempEval-3 input (a TimeML document: <DCT><TIMEX3 value=".."/>
// </DCT> and <TEXT>..</TEXT>), tags the text against the DCT and writes the
// document with TIMEX3 tags inserted. Markup already inside <TEXT> (gold
// EVENT or TIMEX3 tags of a training file) is dropped, so an annotated file
// can be re-tagged; everything else is copied byte for byte.
bool WriteTimeMl(const std::string& path, std::ostream& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ReportError(path + ": cannot read the file");
    return false;
  }
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string doc = buffer.str();
  size_t dct_at = doc.find("<DCT>");
  size_t dct_end = dct_at == std::string::npos ? dct_at : doc.find("</DCT>", dct_at);
  size_t text_at = doc.find("<TEXT>");
  size_t text_end = text_at == std::string::npos ? text_at : doc.find("</TEXT>", text_at);
  if (text_at == std::string::npos || text_end == std::string::npos) {
    ReportError(path + ": no <TEXT> element; give a TimeML document");
    return false;
  }
  std::optional<Date> dct;
  if (dct_at != std::string::npos && dct_end != std::string::npos)
    dct = Date::ParseIso(AttributeValue(std::string_view(doc).substr(dct_at, dct_end - dct_at), "value"));
  if (!dct || !dct->has_day()) {
    ReportError(path + ": no day in <DCT><TIMEX3 value=\"...\">; relative dates cannot be resolved");
    return false;
  }
  size_t body_begin = text_at + 6;
  std::string plain;
  plain.reserve(text_end - body_begin);
  for (size_t k = body_begin; k < text_end; ++k) {
    if (doc[k] == '<') {
      size_t close = doc.find('>', k);
      if (close == std::string::npos || close > text_end) close = text_end - 1;
      k = close;
      continue;
    }
    plain += doc[k];
  }
  std::vector<Timex> found;
  for (const Span& para : Paragraphs(plain))
    for (Timex& t : TagRange(plain, para, *dct)) found.push_back(std::move(t));
  out << doc.substr(0, body_begin);
  size_t at = 0;
  int tid = 1;
  for (const Timex& t : found) {
    if (t.span.begin < at) continue;  // overlapping expressions: keep the first
    out << plain.substr(at, t.span.begin - at) << "<TIMEX3 tid=\"t" << tid++ << "\" type=\""
        << TimexTypeName(t.type) << "\" value=\"" << t.value << "\">"
        << plain.substr(t.span.begin, t.span.size()) << "</TIMEX3>";
    at = t.span.end;
  }
  out << plain.substr(at) << doc.substr(text_end);
  return true;
}

}  // namespace

int RunTimexCommand(const std::vector<std::string>& inputs, const std::optional<Date>& date,
                    const std::string& format) {
  if (inputs.empty()) return UsageError("timex needs at least one FILE");
  if (!format.empty() && format != "jsonl" && format != "timeml") {
    ReportError("unknown --format '" + format + "' for timex (jsonl, timeml)");
    return 2;
  }
  if (format == "timeml") {
    bool ok = true;
    for (const std::string& input : inputs) ok = WriteTimeMl(input, std::cout) && ok;
    return ok ? 0 : 1;
  }
  IngestOptions opts;
  opts.fallback_date = date;
  bool failed = false;
  for (const std::string& input : inputs) {
    for (const std::string& file : ListInputFiles(input)) {
      IngestResult r = ReadInputFile(file, opts);
      for (const Status& e : r.errors) ReportError(e);
      failed = failed || !r.errors.empty();
      for (const Document& d : r.documents) {
        for (const Span& para : d.paragraphs)
          for (const Timex& t : TagRange(d.text, para, d.published)) {
            std::cout << "{\"doc\":\"" << JsonEscape(d.path) << "\",\"text\":\""
                      << JsonEscape(d.text.substr(t.span.begin, t.span.size()))
                      << "\",\"begin\":" << t.span.begin << ",\"end\":" << t.span.end
                      << ",\"type\":\"" << TimexTypeName(t.type) << "\",\"value\":\""
                      << JsonEscape(t.value) << "\"";
            if (!t.end_value.empty())
              std::cout << ",\"end_value\":\"" << JsonEscape(t.end_value) << "\"";
            else if (t.end.known() && t.end != t.start)
              std::cout << ",\"end_value\":\"" << t.end.ToIso() << "\"";
            std::cout << ",\"anchor\":\"" << TimexAnchorName(t.anchor) << "\""
                      << (t.since ? ",\"since\":true" : "") << "}\n";
          }
      }
    }
  }
  return failed ? 1 : 0;
}

}  // namespace diplograph
