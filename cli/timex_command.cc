#include "cli/timex_command.h"

#include <algorithm>
#include <cctype>
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

// The parts of an article to tag: its paragraphs and the date line printed
// under the headline ("17 مايو 2025"), which ingest sets aside as page
// furniture but which is a time expression of the text all the same.
std::vector<Span> TaggedRanges(const Document& d) {
  std::vector<Span> out = d.paragraphs;
  for (const DroppedPart& p : d.dropped)
    if (p.reason == "date line") out.push_back(p.span);
  std::sort(out.begin(), out.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return out;
}

// Paragraphs of a TimeML <TEXT>: runs of text between blank lines (a line of
// nothing but spaces counts as blank, and so does "\r\n\r\n"), so that a
// headline without a full stop does not run into the next sentence.
std::vector<Span> Paragraphs(const std::string& text) {
  std::vector<Span> out;
  size_t begin = 0;
  size_t line = 0;
  bool blank_run = false;
  while (line <= text.size()) {
    size_t eol = text.find('\n', line);
    if (eol == std::string::npos) eol = text.size();
    bool blank = text.find_first_not_of(" \t\r", line) >= eol;
    if (blank && !blank_run && line > begin) {
      // The paragraph ends before the newline that closes its last line.
      size_t end = line > 0 ? line - 1 : 0;
      if (end > begin) out.push_back({begin, end});
    }
    if (blank) begin = eol + 1;
    blank_run = blank;
    line = eol + 1;
  }
  if (begin < text.size()) out.push_back({begin, text.size()});
  return out;
}

// Text of a TimeML document as it must appear inside an element: entity
// references already in the input (&amp;, &#38;) are kept as written, since
// TempEval offsets count them so; a bare '&' or '<' and a '>' are escaped.
void WriteXmlText(std::ostream& out, std::string_view text) {
  for (size_t k = 0; k < text.size(); ++k) {
    char c = text[k];
    if (c == '<') {
      out << "&lt;";
    } else if (c == '>') {
      out << "&gt;";
    } else if (c == '&') {
      size_t semi = text.find(';', k + 1);
      bool entity = semi != std::string_view::npos && semi > k + 1 && semi - k <= 10;
      for (size_t m = k + 1; entity && m < semi; ++m) {
        unsigned char e = static_cast<unsigned char>(text[m]);
        if (!(std::isalnum(e) || (m == k + 1 && e == '#'))) entity = false;
      }
      out << (entity ? "&" : "&amp;");
    } else {
      out << c;
    }
  }
}

// An attribute value from the tagger, escaped for a double-quoted attribute.
std::string XmlAttribute(std::string_view value) {
  std::string out;
  for (char c : value) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '"') out += "&quot;";
    else out += c;
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
    // Only '<' that opens a tag ("<EVENT", "</TIMEX3", "<!--") is markup; a
    // stray '<' in the prose is text and is written back escaped.
    char after = k + 1 < text_end ? doc[k + 1] : ' ';
    if (doc[k] == '<' && (std::isalpha(static_cast<unsigned char>(after)) || after == '/' ||
                          after == '!' || after == '?')) {
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
    WriteXmlText(out, std::string_view(plain).substr(at, t.span.begin - at));
    out << "<TIMEX3 tid=\"t" << tid++ << "\" type=\"" << TimexTypeName(t.type) << "\" value=\""
        << XmlAttribute(t.value) << "\">";
    WriteXmlText(out, std::string_view(plain).substr(t.span.begin, t.span.size()));
    out << "</TIMEX3>";
    at = t.span.end;
  }
  WriteXmlText(out, std::string_view(plain).substr(at));
  out << doc.substr(text_end);
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
        for (const Span& para : TaggedRanges(d))
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
