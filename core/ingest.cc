#include "core/ingest.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>

#include "core/json_value.h"
#include "core/timex.h"
#include "core/stable_hash.h"
#include "core/work_counters.h"

namespace diplograph {

namespace {

// A stream's bytes, read in large blocks (a character iterator costs a
// call per byte).
std::string ReadStream(std::istream& in) {
  std::string bytes;
  char block[1 << 16];
  while (in.read(block, sizeof block) || in.gcount() > 0) bytes.append(block, static_cast<size_t>(in.gcount()));
  return bytes;
}


int LineOf(std::string_view text, size_t offset) {
  ThreadWorkCounters().ingest_bytes += std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(
                                                           std::min(offset, text.size())), '\n'));
}

std::string DetectLanguage(std::string_view text) {
  ThreadWorkCounters().ingest_bytes += text.size();
  size_t arabic = 0, latin = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) ++arabic;
    else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++latin;
  }
  return arabic * 2 >= latin ? "ar" : "en";
}

std::optional<Date> ParseAnyDate(std::string_view value) {
  std::string_view v = Trim(value);
  if (auto iso = Date::ParseIso(v); iso && iso->has_day()) return iso;
  return ParseDateLine(v);
}

// Folded lines that start a block of other stories: everything after them is
// page furniture.
bool IsRelatedMarker(const std::string& fold) {
  static const std::set<std::string> kMarkers = {
      "اكتشف", "اقرا ايضا", "اقرا ايضا:", "اقرا المزيد", "مواضيع ذات صله", "اخبار ذات صله",
      "ذات صله", "الاكثر قراءه", "الاكثر مشاهده", "شاهد ايضا", "قد يعجبك ايضا", "المزيد من الاخبار",
      "اخبار متعلقه", "read more", "related", "related articles", "related stories",
      "related news", "more stories", "you may also like", "most read", "most popular",
      "see also", "recommended", "more from this section", "trending"};
  std::string f = fold;
  while (!f.empty() && (f.back() == ':' || f.back() == '.')) f.pop_back();
  return kMarkers.count(f) > 0 || kMarkers.count(fold) > 0;
}

bool EndsSentence(std::string_view line) {
  static const std::string_view kEnds[] = {".", "!", "?", "؟", "\"", "»", ":", "”", ")"};
  for (std::string_view e : kEnds)
    if (line.size() >= e.size() && line.substr(line.size() - e.size()) == e) return true;
  return false;
}

size_t CountWords(std::string_view line) {
  size_t words = 0;
  bool in_word = false;
  for (char c : line) {
    bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

Status NoDateError(const std::string& path, int line) {
  return Status::Error(path, line,
                       "no publication date found; give one with --date YYYY-MM-DD or a "
                       "'date:' header");
}

std::string InvalidUtf8Message(size_t bad) {
  return "invalid UTF-8 at byte " + std::to_string(bad) +
         "; convert the file to UTF-8 (e.g. iconv -f windows-1256 -t utf-8)";
}

// JSON Lines, rather than one pretty-printed object: objects on more than
// one line, the first a whole value by itself or the second opening another
// object. A bad line in such a file is that line's fault alone; a bad
// pretty-printed object is one error.
bool LooksLikeJsonLines(std::string_view bytes) {
  size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos || bytes[first] != '{') return false;
  size_t nl = bytes.find('\n', first);
  if (nl == std::string_view::npos) return false;
  size_t second = bytes.find_first_not_of(" \t\r\n", nl);
  if (second == std::string_view::npos) return false;
  return bytes[second] == '{' || ParseJson(bytes.substr(first, nl - first)).ok();
}

// Validates bytes as text: not empty, no NUL, valid UTF-8 (JSON Lines are
// checked line by line as they are read).
Status CheckText(const std::string& path, std::string_view bytes) {
  ThreadWorkCounters().ingest_bytes += 2 * bytes.size();  // the NUL and UTF-8 scans
  if (Trim(bytes).empty()) return Status::Error(path, 0, "empty file; nothing to read");
  size_t nul = bytes.find('\0');
  if (nul != std::string_view::npos)
    return Status::Error(path, 0,
                         "binary file (NUL byte at offset " + std::to_string(nul) +
                             "); expected UTF-8 text, JSON Lines or a JSON array of articles");
  size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos && !LooksLikeJsonLines(bytes))
    return Status::Error(path, LineOf(bytes, bad), InvalidUtf8Message(bad));
  return Status();
}

void Finish(Document& doc, const IngestOptions& options, IngestResult& out, int line) {
  if (!doc.published.known()) {
    if (options.fallback_date) {
      doc.published = *options.fallback_date;
      doc.date_from_option = true;
    } else {
      out.errors.push_back(NoDateError(doc.path, line));
      return;
    }
  }
  if (doc.paragraphs.empty()) {
    out.errors.push_back(Status::Error(doc.path, line, "the article has no body text"));
    return;
  }
  if (doc.language.empty()) doc.language = DetectLanguage(doc.text);
  ThreadWorkCounters().ingest_bytes += doc.url.empty() ? doc.text.size() : doc.url.size();
  doc.id = "doc-" + StableHash(doc.url.empty() ? doc.text : doc.url);
  out.documents.push_back(std::move(doc));
}

void ReadJsonArticle(const std::string& label, const JsonValue& obj, const IngestOptions& options,
                     IngestResult& out, int line) {
  if (!obj.is_object()) {
    out.errors.push_back(Status::Error(label, line, "expected an article object"));
    return;
  }
  Document doc;
  doc.path = label;
  for (const char* key : {"text", "content", "raw_text", "body", "article"}) {
    doc.text = obj.GetString(key);
    if (!doc.text.empty()) break;
  }
  if (Trim(doc.text).empty()) {
    out.warnings.push_back(Status::Error(label, line,
                                         "the article has no text (looked for 'text', "
                                         "'content', 'raw_text', 'body'); skipped"));
    return;
  }
  if (size_t bad = FindInvalidUtf8(doc.text); bad != std::string::npos) {
    out.errors.push_back(Status::Error(label, line, "invalid UTF-8 in the article text"));
    return;
  }
  doc.title = obj.GetString("title");
  doc.url = obj.GetString("url");
  for (const char* key : {"source", "sitename", "hostname", "outlet"}) {
    doc.source = obj.GetString(key);
    if (!doc.source.empty()) break;
  }
  for (const char* key : {"lang", "language"}) {
    doc.language = obj.GetString(key);
    if (!doc.language.empty()) break;
  }
  for (const char* key : {"date", "published", "date_published", "date_extracted", "pubdate"}) {
    std::string v = obj.GetString(key);
    if (v.empty()) continue;
    if (auto d = ParseAnyDate(v)) {
      doc.published = *d;
      break;
    }
  }
  CleanBody(doc, {0, doc.text.size()}, false);
  Finish(doc, options, out, line);
}

void ReadJson(const std::string& path, std::string_view bytes, const IngestOptions& options,
              IngestResult& out) {
  size_t first = bytes.find_first_not_of(" \t\r\n");
  if (bytes[first] == '[') {
    Result<JsonValue> v = ParseJson(bytes);
    if (!v.ok()) {
      out.errors.push_back(Status::Error(path, v.status().line(), v.status().message()));
      return;
    }
    if (!v->is_array()) return;
    if (v->items().empty()) {
      // A day with no articles is no fault of the file, but must not pass in silence.
      out.warnings.push_back(Status::Error(path, 0, "the JSON array holds no articles; nothing to read"));
      return;
    }
    int index = 0;
    for (const JsonValue& item : v->items()) {
      ReadJsonArticle(path + "[" + std::to_string(index++) + "]", item, options, out, 0);
    }
    return;
  }
  // A single (possibly pretty-printed) object, or JSON Lines.
  ThreadWorkCounters().ingest_bytes += bytes.size();
  bool valid_utf8 = FindInvalidUtf8(bytes) == std::string_view::npos;
  if (valid_utf8 && !options.json_lines) {
    Result<JsonValue> whole = ParseJson(bytes);
    if (whole.ok()) {
      ReadJsonArticle(path, *whole, options, out, 0);
      return;
    }
    if (!LooksLikeJsonLines(bytes)) {
      out.errors.push_back(Status::Error(path, whole.status().line(), whole.status().message()));
      return;
    }
  }
  int line_no = options.first_line;
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    std::string_view line = bytes.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    ++line_no;
    ++ThreadWorkCounters().ingest_lines;
    ThreadWorkCounters().ingest_bytes += line.size();
    if (!Trim(line).empty()) {
      size_t bad = valid_utf8 ? std::string_view::npos : FindInvalidUtf8(line);
      if (bad != std::string_view::npos) {
        ThreadWorkCounters().ingest_bytes += line.size();
        out.errors.push_back(Status::Error(path, line_no, InvalidUtf8Message(options.first_byte + pos + bad)));
        if (nl == std::string_view::npos) break;
        pos = nl + 1;
        continue;
      }
      Result<JsonValue> v = ParseJson(line);
      if (!v.ok()) {
        out.errors.push_back(Status::Error(path, line_no, v.status().message()));
      } else {
        ReadJsonArticle(path + ":" + std::to_string(line_no), *v, options, out, line_no);
        // Keep the file and line in the message, not the label twice.
        if (!out.errors.empty() && out.errors.back().file() == path + ":" + std::to_string(line_no))
          out.errors.back() = Status::Error(path, line_no, out.errors.back().message());
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
}

// `first_line` is the line of the opening '---' in the file.
void ReadFrontMatter(const std::string& path, std::string_view bytes, int first_line,
                     const IngestOptions& options, IngestResult& out) {
  Document doc;
  doc.path = path;
  doc.text = std::string(bytes);
  size_t pos = doc.text.find('\n');
  size_t body_start = std::string::npos;
  int line_no = first_line;
  // A 'date:' header that is not a date ("31 February 2025"), reported with
  // its line when nothing else dates the article.
  int bad_date_line = 0;
  std::string bad_date;
  while (pos != std::string::npos) {
    ++line_no;
    size_t start = pos + 1;
    size_t nl = doc.text.find('\n', start);
    std::string_view line = std::string_view(doc.text).substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    ++ThreadWorkCounters().ingest_lines;
    ThreadWorkCounters().ingest_bytes += line.size();
    std::string_view t = Trim(line);
    if (t == "---") {
      body_start = nl == std::string::npos ? doc.text.size() : nl + 1;
      break;
    }
    size_t colon = t.find(':');
    if (colon != std::string_view::npos) {
      std::string key = FoldForMatch(Trim(t.substr(0, colon)));
      std::string value(Trim(t.substr(colon + 1)));
      if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front())
        value = value.substr(1, value.size() - 2);
      if (key == "title") doc.title = value;
      else if (key == "url") doc.url = value;
      else if (key == "sitename" || key == "hostname" || key == "source")
        { if (doc.source.empty() || key == "sitename") doc.source = value; }
      else if (key == "language" || key == "lang") doc.language = value;
      else if (key == "date" || key == "published") {
        if (auto d = ParseAnyDate(value)) {
          doc.published = *d;
        } else if (bad_date_line == 0) {
          bad_date_line = line_no;
          bad_date = value;
        }
      }
    }
    pos = nl;
  }
  if (body_start == std::string::npos) {
    out.errors.push_back(
        Status::Error(path, first_line, "front matter opened with '---' is never closed"));
    return;
  }
  CleanBody(doc, {body_start, doc.text.size()}, false);
  if (!doc.published.known() && !options.fallback_date && bad_date_line > 0) {
    out.errors.push_back(Status::Error(path, bad_date_line,
                                       "'" + bad_date + "' is not a date; write the 'date:' header "
                                       "as YYYY-MM-DD or give one with --date YYYY-MM-DD"));
    return;
  }
  Finish(doc, options, out, 0);
}

}  // namespace

void CleanBody(Document& doc, Span body, bool find_title) {
  std::string_view text(doc.text);
  std::set<std::string> seen;
  bool after_marker = false;
  std::string marker;
  bool saw_paragraph = false;
  size_t pos = body.begin;
  while (pos < body.end) {
    size_t nl = text.find('\n', pos);
    size_t line_end = nl == std::string_view::npos || nl > body.end ? body.end : nl;
    std::string_view raw = text.substr(pos, line_end - pos);
    ++ThreadWorkCounters().ingest_lines;
    ThreadWorkCounters().ingest_bytes += raw.size();
    std::string_view line = Trim(raw);
    Span span{pos + static_cast<size_t>(line.data() - raw.data()), 0};
    span.end = span.begin + line.size();
    pos = line_end + 1;
    if (line.empty()) continue;
    std::string fold = FoldForMatch(line);
    auto drop = [&](std::string reason) { doc.dropped.push_back({span, std::move(reason)}); };
    if (after_marker) {
      drop("related headlines after '" + marker + "'");
      continue;
    }
    if (IsRelatedMarker(fold)) {
      after_marker = true;
      marker = std::string(line);
      drop("marker of related headlines");
      continue;
    }
    size_t words = CountWords(line);
    if ((fold.rfind("مصدر:", 0) == 0 || fold.rfind("المصدر:", 0) == 0 ||
         fold.rfind("source:", 0) == 0) && words <= 8) {
      drop("source line");
      continue;
    }
    static const std::string kMinute = FoldForMatch("دقيقة قراءة"), kMinutes = FoldForMatch("دقائق قراءة");
    if (words <= 5 && (fold.find(kMinute) != std::string::npos || fold.find(kMinutes) != std::string::npos ||
                       fold.find("min read") != std::string::npos)) {
      drop("reading-time line");
      continue;
    }
    if (auto d = ParseDateLine(line)) {
      if (!doc.published.known()) doc.published = *d;
      drop("date line");
      continue;
    }
    if (!seen.insert(fold).second) {
      drop("repeated line");
      continue;
    }
    // Captions name a photo agency after a slash: "... / Reuters Archive".
    size_t slash = line.rfind(" / ");
    if (!EndsSentence(line) && slash != std::string_view::npos && line.size() - slash < 48) {
      drop("image caption");
      continue;
    }
    if (find_title && !saw_paragraph && doc.title.empty() && words >= 3 && !EndsSentence(line) &&
        words <= 25) {
      doc.title = std::string(line);
      drop("title");
      continue;
    }
    if (find_title && words <= 3 && !EndsSentence(line)) {
      drop("menu or section label");
      continue;
    }
    saw_paragraph = true;
    doc.paragraphs.push_back(span);
  }
}

IngestResult ReadInputBytes(const std::string& path, std::string_view bytes,
                            const IngestOptions& options) {
  IngestResult out;
  if (Status s = CheckText(path, bytes); !s.ok()) {
    out.errors.push_back(s);
    return out;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  size_t first = bytes.find_first_not_of(" \t\r\n");
  char c = bytes[first];
  if (c == '[' || c == '{') {
    ReadJson(path, bytes, options, out);
    return out;
  }
  if (bytes.substr(first, 3) == "---") {
    ReadFrontMatter(path, bytes.substr(first), LineOf(bytes, first), options, out);
    return out;
  }
  Document doc;
  doc.path = path;
  doc.text = std::string(bytes);
  CleanBody(doc, {0, doc.text.size()}, true);
  Finish(doc, options, out, 0);
  return out;
}

IngestResult ReadInputFile(const std::string& path, const IngestOptions& options) {
  std::string bytes;
  if (path == "-") {
    bytes = ReadStream(std::cin);
    return ReadInputBytes("<stdin>", bytes, options);
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    IngestResult r;
    r.errors.push_back(Status::Error(path, 0, "is a folder; give the files in it"));
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    IngestResult r;
    r.errors.push_back(Status::Error(path, 0, "cannot open the file; check the path"));
    return r;
  }
  bytes = ReadStream(in);
  return ReadInputBytes(path, bytes, options);
}

void ReadInputFileInBatches(const std::string& path, const IngestOptions& options, size_t batch_bytes,
                            const std::function<void(IngestResult&&)>& sink) {
  std::error_code ec;
  uintmax_t size = path == "-" ? 0 : std::filesystem::file_size(path, ec);
  std::ifstream in;
  if (path != "-" && !ec && size > batch_bytes && !std::filesystem::is_directory(path, ec))
    in.open(path, std::ios::binary);
  if (!in) {
    sink(ReadInputFile(path, options));
    return;
  }
  // Only JSON Lines is cut: its first line must be a whole value.
  std::string first;
  std::getline(in, first);
  Result<JsonValue> head = ParseJson(first);
  if (!head.ok() || !head->is_object()) {
    in.close();
    sink(ReadInputFile(path, options));
    return;
  }
  in.clear();
  in.seekg(0);
  IngestOptions piece = options;
  piece.json_lines = true;
  std::string buffer;
  std::string line;
  while (in) {
    buffer.clear();
    int lines = 0;
    while (buffer.size() < batch_bytes && std::getline(in, line)) {
      buffer += line;
      buffer += '\n';
      ++lines;
    }
    if (lines == 0) break;
    sink(ReadInputBytes(path, buffer, piece));
    piece.first_line += lines;
    piece.first_byte += buffer.size();
  }
}

std::vector<std::string> ListInputFiles(const std::string& path) {
  std::vector<std::string> out;
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      // A folder's README describes the folder; it is not an article.
      std::string stem = it->path().stem().string();
      std::transform(stem.begin(), stem.end(), stem.begin(), [](unsigned char c) { return std::tolower(c); });
      if (stem == "readme") continue;
      std::string ext = it->path().extension().string();
      if (ext == ".txt" || ext == ".md" || ext == ".json" || ext == ".jsonl" || ext == ".ndjson")
        out.push_back(it->path().string());
    }
    std::sort(out.begin(), out.end());
  } else {
    out.push_back(path);
  }
  return out;
}

std::string Document::Dump() const {
  std::ostringstream o;
  o << "path: " << path << "\nid: " << id << "\ntitle: " << title << "\nurl: " << url
    << "\nsource: " << source << "\nlanguage: " << language << "\npublished: " << published.ToIso()
    << "\n";
  for (const Span& p : paragraphs)
    o << "paragraph " << p.begin << "-" << p.end << ": " << std::string_view(text).substr(p.begin, p.size()) << "\n";
  for (const DroppedPart& d : dropped)
    o << "dropped " << d.span.begin << "-" << d.span.end << " (" << d.reason << ")\n";
  return o.str();
}

}  // namespace diplograph
