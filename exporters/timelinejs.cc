#include "exporters/timelinejs.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <set>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"

namespace diplograph {

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

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

bool IsWebLink(const std::string& url) { return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0; }

// The slide body, as HTML built from escaped text.
std::string SlideHtml(const TemporalGraph& graph, const Event& e) {
  std::string html = "<p>" + EscapeMarkup(DateLabel(e));
  if (!e.location.empty()) html += " · " + EscapeMarkup(NodeName(graph, e.location));
  // DateLabel already says "since" for an ongoing event.
  if (e.status != EventStatus::kHappened && e.status != EventStatus::kOngoing)
    html += " · " + std::string(EventStatusName(e.status));
  html += "</p>";
  if (!e.evidence.empty()) html += "<blockquote dir=\"auto\">" + EscapeMarkup(e.evidence.front().text) + "</blockquote>";
  std::set<std::string> seen;
  std::string links;
  for (const Evidence& ev : e.evidence) {
    if (!seen.insert(ev.doc_id).second) continue;
    const GraphNode* d = graph.FindNode(ev.doc_id);
    std::string title = !d ? ev.doc_id : !d->document.title.empty() ? d->document.title : d->document.path;
    std::string url = d ? d->document.url : "";
    std::string publisher = d ? d->document.source : "";
    if (!links.empty()) links += "; ";
    if (IsWebLink(url))
      links += "<a href=\"" + EscapeMarkup(url) + "\" target=\"_blank\" rel=\"noopener noreferrer\">" +
               EscapeMarkup(title) + "</a>";
    else
      links += EscapeMarkup(title);
    if (!publisher.empty()) links += " (" + EscapeMarkup(publisher) + ")";
  }
  if (!links.empty()) html += "<p>Sources: " + links + "</p>";
  return html;
}

}  // namespace

std::string WriteTimelineJs(const TemporalGraph& graph) {
  rapidjson::StringBuffer buf;
  Writer w(buf);
  w.SetIndent(' ', 1);
  std::vector<const GraphNode*> events;
  for (const GraphNode* n : graph.Events())
    if (n->event.start.known()) events.push_back(n);
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
  for (const GraphNode* n : events) {
    const Event& e = n->event;
    w.StartObject();
    DateObject(w, "start_date", e.start);
    if (e.end.known() && e.end != e.start) DateObject(w, "end_date", e.end);
    w.Key("display_date");
    Str(w, EscapeMarkup(DateLabel(e)));
    w.Key("text");
    w.StartObject();
    w.Key("headline");
    Str(w, EscapeMarkup(EventLabel(graph, e)));
    w.Key("text");
    Str(w, SlideHtml(graph, e));
    w.EndObject();
    w.Key("group");
    Str(w, EscapeMarkup(e.category));
    w.Key("unique_id");
    Str(w, n->id);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace diplograph
