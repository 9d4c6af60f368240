#include "exporters/html_report.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <sstream>

#include "exporters/jsonld.h"
#include "exporters/markup_text.h"
#include "exporters/plover_quad.h"

namespace diplograph {

// When you change the script or the style, update its hash (the HTML test
// says so, and prints the new one): CSP runs only the exact text hashed.
//   python3 -c 'import hashlib,base64,sys; print(base64.b64encode(hashlib.sha256(sys.stdin.buffer.read()).digest()).decode())'
const char kHtmlReportScript[] = R"JS(
(function () {
  "use strict";
  var body = document.body;
  window.addEventListener("error", function (e) { body.setAttribute("data-error", String(e.message)); });
  var events = Array.prototype.slice.call(document.querySelectorAll("li.ev"));
  var actor = document.getElementById("f-actor");
  var from = document.getElementById("f-from");
  var to = document.getElementById("f-to");
  var shown = document.getElementById("shown");
  var nodes = {}, edges = [];
  Array.prototype.forEach.call(document.querySelectorAll("#diagram g.node"), function (g) {
    var t = g.querySelector("title");
    if (!t) return;
    var id = t.textContent;
    nodes[id] = g;
    g.addEventListener("click", function () { actor.value = actor.value === id ? "" : id; apply(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("#diagram g.edge"), function (g) {
    var t = g.querySelector("title");
    if (t) edges.push({g: g, ends: t.textContent.split("--")});
  });
  function actorsOf(li) { return (li.getAttribute("data-actors") || "").split(" "); }
  function apply() {
    var a = actor.value, f = from.value, t = to.value, n = 0, active = {};
    events.forEach(function (li) {
      var s = li.getAttribute("data-start"), e = li.getAttribute("data-end") + "\uffff";
      var ok = (!a || actorsOf(li).indexOf(a) >= 0) && (!f || (s !== "" && e >= f)) && (!t || (s !== "" && s <= t));
      li.hidden = !ok;
      if (ok) { n++; actorsOf(li).forEach(function (id) { active[id] = true; }); }
    });
    shown.textContent = n + " of " + events.length + " events";
    body.setAttribute("data-shown", String(n));
    var near = {};
    edges.forEach(function (x) {
      var on = active[x.ends[0]] && active[x.ends[1]] && (!a || x.ends.indexOf(a) >= 0);
      x.g.classList.toggle("dim", !on);
      if (on) { near[x.ends[0]] = true; near[x.ends[1]] = true; }
    });
    Object.keys(nodes).forEach(function (id) {
      nodes[id].classList.toggle("dim", a ? !near[id] && id !== a : !active[id]);
      nodes[id].classList.toggle("picked", id === a);
    });
    var h = [];
    if (a) h.push("actor=" + encodeURIComponent(a));
    if (f) h.push("from=" + f);
    if (t) h.push("to=" + t);
    try { history.replaceState(null, "", h.length ? "#" + h.join("&") : location.pathname); } catch (err) {}
  }
  location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
    var i = kv.indexOf("="), k = kv.slice(0, i), v = "";
    try { v = decodeURIComponent(kv.slice(i + 1)); } catch (err) {}
    if (k === "actor") actor.value = v;
    if (k === "from") from.value = v;
    if (k === "to") to.value = v;
  });
  [actor, from, to].forEach(function (x) { x.addEventListener("change", apply); });
  document.getElementById("f-reset").addEventListener("click", function () {
    actor.value = ""; from.value = ""; to.value = ""; apply();
  });
  Array.prototype.forEach.call(document.querySelectorAll("button.who"), function (b) {
    b.addEventListener("click", function () { actor.value = b.getAttribute("data-actor"); apply(); });
  });
  apply();
  body.setAttribute("data-ready", "yes");
})();
)JS";

const char kHtmlReportStyle[] = R"CSS(
:root { --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #f6f8fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
header { position: sticky; top: 0; z-index: 2; background: #fff; border-bottom: 1px solid var(--line); padding: 10px 20px; }
h1 { font-size: 20px; margin: 0 0 2px; }
.facts { color: var(--muted); margin: 0 0 8px; }
form { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; }
label { color: var(--muted); font-size: 14px; }
select, input, button { font: inherit; font-size: 14px; padding: 3px 6px; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
select { max-width: 22em; }
#shown { font-weight: 600; }
main { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(360px, 1.25fr); gap: 20px; padding: 16px 20px; }
ol.timeline { list-style: none; margin: 0; padding: 0; }
li.ev { border: 1px solid var(--line); border-left: 6px solid #999; border-radius: 6px; padding: 8px 12px; margin: 0 0 10px; background: #fff; }
li.ev.vcoop { border-left-color: #6aa84f; } li.ev.mcoop { border-left-color: #274e13; }
li.ev.vconf { border-left-color: #e69138; } li.ev.mconf { border-left-color: #cc0000; }
.when { font-weight: 600; font-variant-numeric: tabular-nums; }
.cat { display: inline-block; font-size: 12px; font-weight: 700; letter-spacing: .03em; padding: 0 6px; border-radius: 4px; background: #eee; margin-left: 6px; }
.vcoop .cat { background: #d9ead3; } .mcoop .cat { background: #b6d7a8; } .vconf .cat { background: #fce5cd; } .mconf .cat { background: #f4cccc; }
.status { font-size: 12px; color: #8a4b00; margin-left: 6px; }
.line { margin: 2px 0; }
button.who { border: 0; padding: 0; background: none; color: #0b5cad; cursor: pointer; font-size: 15px; }
button.who:hover { text-decoration: underline; }
blockquote { margin: 6px 0 2px; padding: 4px 10px; border-left: 3px solid var(--line); background: var(--bg); color: #333; }
blockquote:lang(ar) { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", serif; font-size: 17px; border-left: 0; border-right: 3px solid var(--line); }
.src { font-size: 13px; color: var(--muted); }
.src a { color: #0b5cad; }
.more { font-size: 13px; color: var(--muted); }
aside { position: sticky; top: 120px; align-self: start; max-height: calc(100vh - 140px); overflow: auto; border: 1px solid var(--line); border-radius: 6px; background: #fff; }
aside p { margin: 6px 10px; font-size: 13px; color: var(--muted); }
#diagram svg { width: 100%; height: auto; display: block; }
#diagram g.node { cursor: pointer; }
#diagram g.dim { opacity: .15; }
#diagram g.picked polygon, #diagram g.picked ellipse { stroke-width: 3; stroke: #0b5cad; }
details { padding: 0 20px 20px; }
details li { margin: 2px 0; }
@media (max-width: 900px) { main { grid-template-columns: 1fr; } aside { position: static; max-height: none; } }
)CSS";

const char kHtmlReportScriptHash[] = "sha256-txfxHtymWQ99nPaVdu/R8KnsWmY37FrKmMK4ccVnLHE=";
const char kHtmlReportStyleHash[] = "sha256-CyO0xQL+lPpM0hKClE2GGKHQIChiqm6uT+qNAdYtE64=";

namespace {

// Article text, safe in element content and quoted attributes.
std::string Text(std::string_view s) { return EscapeMarkup(WithoutBidiControls(s)); }

// A name from an article, isolated so that its direction cannot spill over.
std::string Bdi(std::string_view s) { return "<bdi>" + Text(s) + "</bdi>"; }

bool IsWebAddress(const std::string& url) {
  std::string head = url.substr(0, 8);
  std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
  return head.rfind("https://", 0) == 0 || head.rfind("http://", 0) == 0;
}

// An article's file name, its full path on hover: paths are long and say
// little more.
std::string FileName(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return "<bdi title=\"" + Text(path) + "\">" + Text(name) + "</bdi>";
}

std::string ActorButtons(const TemporalGraph& graph, const std::vector<std::string>& ids) {
  std::string out;
  for (const std::string& id : ids) {
    if (!out.empty()) out += ", ";
    out += "<button type=\"button\" class=\"who\" data-actor=\"" + Text(id) + "\">" + Bdi(NodeName(graph, id)) +
           "</button>";
  }
  return out;
}

void WriteEvent(std::ostringstream& o, const TemporalGraph& graph, const GraphNode* n) {
  const Event& e = n->event;
  std::set<std::string> actors;
  for (const auto* list : {&e.sources, &e.targets, &e.mediators}) actors.insert(list->begin(), list->end());
  std::string ids;
  for (const std::string& id : actors) ids += (ids.empty() ? "" : " ") + id;
  std::string start = e.start.known() ? e.start.ToIso() : "";
  std::string end = e.status == EventStatus::kOngoing ? "9999" : e.end.known() ? e.end.ToIso() : start;
  o << "<li class=\"ev " << QuadKey(PloverQuad(e.category)) << "\" id=\"" << Text(n->id) << "\" data-start=\""
    << Text(start) << "\" data-end=\"" << Text(end) << "\" data-actors=\"" << Text(ids) << "\">\n";
  o << "<div class=\"line\"><span class=\"when\">" << Text(e.start.known() ? DateLabel(e) : "undated")
    << "</span><span class=\"cat\" title=\"" << QuadName(PloverQuad(e.category)) << "\">" << Text(e.category)
    << (e.mode.empty() ? "" : " · " + Text(e.mode)) << "</span>";
  if (e.status != EventStatus::kHappened) o << "<span class=\"status\">" << EventStatusName(e.status) << "</span>";
  o << "</div>\n<div class=\"line\">" << ActorButtons(graph, e.sources);
  if (!e.targets.empty()) o << (e.sources.empty() ? "" : " → ") << ActorButtons(graph, e.targets);
  if (!e.mediators.empty()) o << " (with " << ActorButtons(graph, e.mediators) << ")";
  if (!e.location.empty()) o << " in " << Bdi(NodeName(graph, e.location));
  o << "</div>\n";
  // A call reported by many outlets: three sentences are enough to judge it.
  constexpr size_t kShown = 3;
  std::set<std::string> docs;
  size_t shown = 0;
  for (const Evidence& ev : e.evidence) {
    if (!docs.insert(ev.doc_id).second || shown == kShown) continue;
    ++shown;
    const GraphNode* d = graph.FindNode(ev.doc_id);
    std::string lang = d ? d->document.language : "";
    std::string title = d ? d->document.title : "";
    std::string url = d ? d->document.url : "";
    std::string path = d ? d->document.path : ev.doc_id;
    o << "<blockquote dir=\"auto\"" << (lang.empty() ? "" : " lang=\"" + Text(lang) + "\"") << ">" << Text(ev.text)
      << "</blockquote>\n<div class=\"src\">";
    if (IsWebAddress(url))
      o << "<a href=\"" << Text(url) << "\" rel=\"noopener noreferrer\" dir=\"auto\">"
        << Text(title.empty() ? url : title) << "</a>";
    else
      o << "<bdi>" << Text(title.empty() ? path : title) << "</bdi>";
    o << " · " << FileName(path) << "</div>\n";
  }
  if (docs.size() > shown) o << "<div class=\"more\">and " << docs.size() - shown << " more article(s)</div>\n";
  o << "</li>\n";
}

// gvc's SVG, without the XML declaration and doctype an HTML page has no use for.
std::string_view InlineSvg(std::string_view svg) {
  size_t at = svg.find("<svg");
  return at == std::string_view::npos ? svg : svg.substr(at);
}

}  // namespace

Result<std::string> WriteHtmlReport(const TemporalGraph& graph, const DotOptions& diagram) {
  Result<std::string> svg = RenderDiagramData(graph, diagram, "svg");
  if (!svg.ok()) return svg.status();
  return WriteHtmlReport(graph, *svg);
}

Result<std::string> WriteHtmlReport(const TemporalGraph& graph, std::string_view diagram_svg) {
  std::vector<const GraphNode*> events = graph.Events();
  std::string first, last;
  for (const GraphNode* n : events) {
    if (!n->event.start.known()) continue;
    std::string s = n->event.start.ToIso();
    if (first.empty() || s < first) first = s;
    if (s > last) last = s;
  }
  // Actors for the filter, busiest first, then by name.
  std::map<std::string, size_t> count;
  for (const GraphNode* n : events)
    for (const auto* list : {&n->event.sources, &n->event.targets, &n->event.mediators})
      for (const std::string& id : std::set<std::string>(list->begin(), list->end())) ++count[id];
  std::vector<const GraphNode*> actors;
  for (const GraphNode* a : graph.Actors())
    if (count.count(a->id)) actors.push_back(a);
  std::stable_sort(actors.begin(), actors.end(), [&](const GraphNode* a, const GraphNode* b) {
    if (count[a->id] != count[b->id]) return count[a->id] > count[b->id];
    return a->actor.name < b->actor.name;
  });

  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '"
    << kHtmlReportScriptHash << "'; style-src '" << kHtmlReportStyleHash
    << "'; img-src data:; base-uri 'none'; form-action 'none'\">\n"
    << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    << "<meta name=\"referrer\" content=\"no-referrer\">\n"
    << "<title>diplograph report</title>\n<style>" << kHtmlReportStyle << "</style>\n</head>\n<body>\n<header>\n"
    << "<h1>diplograph report</h1>\n<p class=\"facts\">" << graph.Documents().size() << " article(s) · "
    << actors.size() << " actor(s) · " << events.size() << " event(s)";
  if (!first.empty()) o << " · " << Text(first == last ? first : first + " – " + last);
  o << "</p>\n<form id=\"filters\">\n<label for=\"f-actor\">Actor</label> <select id=\"f-actor\">"
    << "<option value=\"\">everyone</option>";
  for (const GraphNode* a : actors) {
    // The count before the Arabic name, so that the bidi algorithm keeps it
    // beside the English one.
    std::string label = a->actor.name + " (" + std::to_string(count[a->id]) + ")";
    if (!a->actor.name_ar.empty() && a->actor.name_ar != a->actor.name) label += " — " + a->actor.name_ar;
    o << "<option value=\"" << Text(a->id) << "\">" << Text(label) << "</option>";
  }
  o << "</select>\n<label for=\"f-from\">From</label> <input type=\"date\" id=\"f-from\">\n"
    << "<label for=\"f-to\">to</label> <input type=\"date\" id=\"f-to\">\n"
    << "<button type=\"button\" id=\"f-reset\">Show all</button>\n<span id=\"shown\">" << events.size() << " of "
    << events.size() << " events</span>\n</form>\n</header>\n<main>\n<section>\n<ol class=\"timeline\">\n";
  for (const GraphNode* n : events) WriteEvent(o, graph, n);
  if (events.empty()) o << "<li>No events were found.</li>\n";
  o << "</ol>\n</section>\n<aside>\n<p>Actors who took part in the same events; line width: how many, colour: "
       "the kind most of them were. Click an actor to filter.</p>\n<div id=\"diagram\">"
    << InlineSvg(diagram_svg) << "</div>\n</aside>\n</main>\n<details>\n<summary>Articles</summary>\n<ul>\n";
  for (const GraphNode* d : graph.Documents()) {
    const DocumentInfo& doc = d->document;
    o << "<li>" << Text(doc.published.known() ? doc.published.ToIso() : "") << " ";
    if (IsWebAddress(doc.url))
      o << "<a href=\"" << Text(doc.url) << "\" rel=\"noopener noreferrer\" dir=\"auto\">"
        << Text(doc.title.empty() ? doc.url : doc.title) << "</a>";
    else
      o << "<bdi>" << Text(doc.title.empty() ? doc.path : doc.title) << "</bdi>";
    o << " · " << FileName(doc.path) << "</li>\n";
  }
  o << "</ul>\n</details>\n<script>" << kHtmlReportScript << "</script>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace diplograph
