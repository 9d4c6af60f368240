#include "exporters/timelinejs.h"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"

namespace diplograph {

namespace {

// RapidJSON's output stream over a std::string: the text is written where
// it is returned, not copied out of a buffer (half a gigabyte at 10^6 events).
class StringOutput {
 public:
  using Ch = char;
  explicit StringOutput(std::string& out) : out_(out) {}
  void Put(char c) { out_ += c; }
  void Flush() {}

 private:
  std::string& out_;
};

using Writer = rapidjson::PrettyWriter<StringOutput>;

void Str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void DateObject(Writer& w, const char* key, const Date& d) {
  w.Key(key);
  w.StartObject();
  w.Key("year");
  w.Int(d.year);
  if (d.month != 0) {
    w.Key("month");
    w.Int(d.month);
  }
  if (d.day != 0) {
    w.Key("day");
    w.Int(d.day);
  }
  w.EndObject();
}

bool IsWebLink(std::string_view url) { return url.substr(0, 8) == "https://" || url.substr(0, 7) == "http://"; }

// The slide body, as HTML built from escaped text, into `html` (cleared
// first); `links` is room for the sources.
void SlideHtml(const TemporalGraph& graph, const Event& e, std::string_view date_label, std::string& html,
               std::string& links) {
  html = "<p>";
  AppendEscapedMarkup(html, date_label);
  if (!e.location.empty()) {
    html += " · ";
    AppendEscapedMarkup(html, NodeName(graph, e.location));
  }
  // DateLabel already says "since" for an ongoing event.
  if (e.status != EventStatus::kHappened && e.status != EventStatus::kOngoing) {
    html += " · ";
    html += EventStatusName(e.status);
  }
  html += "</p>";
  if (!e.evidence.empty()) {
    html += "<blockquote dir=\"auto\">";
    AppendEscapedMarkup(html, e.evidence.front().text);
    html += "</blockquote>";
  }
  links.clear();
  ForEachEventDocument(graph, e, [&](std::string_view doc_id, const GraphNode* d) {
    std::string_view title = !d ? doc_id : !d->document.title.empty() ? d->document.title : d->document.path;
    std::string_view url = d ? std::string_view(d->document.url) : std::string_view();
    std::string_view publisher = d ? std::string_view(d->document.source) : std::string_view();
    if (!links.empty()) links += "; ";
    if (IsWebLink(url)) {
      links += "<a href=\"";
      AppendEscapedMarkup(links, url);
      links += "\" target=\"_blank\" rel=\"noopener noreferrer\">";
      AppendEscapedMarkup(links, title);
      links += "</a>";
    } else {
      AppendEscapedMarkup(links, title);
    }
    if (!publisher.empty()) {
      links += " (";
      AppendEscapedMarkup(links, publisher);
      links += ")";
    }
  });
  if (!links.empty()) {
    html += "<p>Sources: ";
    html += links;
    html += "</p>";
  }
}

}  // namespace

std::string WriteTimelineJs(const TemporalGraph& graph) {
  std::vector<const GraphNode*> events;
  for (const GraphNode* n : graph.Events())
    if (n->event.start.known()) events.push_back(n);
  std::string out;
  out.reserve(events.size() * 700);
  StringOutput stream(out);
  Writer w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("title");
  w.StartObject();
  w.Key("text");
  w.StartObject();
  w.Key("headline");
  w.String("Diplomatic timeline");
  w.Key("text");
  Str(w, "<p>" + std::to_string(events.size()) + " dated event(s) read in " +
             std::to_string(graph.Documents().size()) + " article(s)</p>");
  w.EndObject();
  w.EndObject();
  w.Key("events");
  w.StartArray();
  std::string escaped, html, links;
  for (const GraphNode* n : events) {
    const Event& e = n->event;
    std::string date_label = DateLabel(e);
    w.StartObject();
    DateObject(w, "start_date", e.start);
    if (e.end.known() && e.end != e.start) DateObject(w, "end_date", e.end);
    w.Key("display_date");
    escaped.clear();
    AppendEscapedMarkup(escaped, date_label);
    Str(w, escaped);
    w.Key("text");
    w.StartObject();
    w.Key("headline");
    escaped.clear();
    AppendEscapedMarkup(escaped, EventLabel(graph, e));
    Str(w, escaped);
    w.Key("text");
    SlideHtml(graph, e, date_label, html, links);
    Str(w, html);
    w.EndObject();
    w.Key("group");
    escaped.clear();
    AppendEscapedMarkup(escaped, e.category);
    Str(w, escaped);
    w.Key("unique_id");
    Str(w, n->id);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out += '\n';
  return out;
}

}  // namespace diplograph
