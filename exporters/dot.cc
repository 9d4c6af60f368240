#include "exporters/dot.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <tuple>
#include <vector>

#include "core/flat_index.h"
#include "exporters/jsonld.h"
#include "exporters/markup_text.h"
#include "exporters/output_file.h"
#include "exporters/plover_quad.h"
#include "graph/query.h"

namespace diplograph {

namespace {

struct GraphCloser {
  void operator()(Agraph_t* g) const { agclose(g); }
};
struct ContextCloser {
  void operator()(GVC_t* c) const { gvFreeContext(c); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;
using ContextPtr = std::unique_ptr<GVC_t, ContextCloser>;

// cgraph 2.42 takes char*: one mutable copy per call.
class CStr {
 public:
  explicit CStr(const std::string& s) : buf_(s.begin(), s.end()) { buf_.push_back('\0'); }
  char* get() { return buf_.data(); }

 private:
  std::vector<char> buf_;
};

// Every value passes through here: article text loses the characters SVG
// (XML 1.0) forbids and the bidi controls that would reorder a label.
void Set(void* obj, const std::string& key, const std::string& value) {
  CStr k(key), v(XmlAllowedText(WithoutBidiControls(value))), empty("");
  agsafeset(obj, k.get(), v.get(), empty.get());
}

// An HTML-like label (<b>, <font>): only for text this file writes itself,
// never for names from articles.
void SetHtmlLabel(Agraph_t* g, const std::string& html) {
  CStr text(html), key("label"), empty("");
  char* value = agstrdup_html(g, text.get());
  agsafeset(g, key.get(), value, empty.get());
  agstrfree(g, value);
}

const char* Shape(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "ellipse";
    case ActorKind::kState: return "box";
    case ActorKind::kOrganisation: return "hexagon";
    case ActorKind::kArmedGroup: return "octagon";
    case ActorKind::kGovernmentBody: return "component";
    default: return "house";
  }
}

std::string ActorLabel(const Actor& a, const DotOptions& o) {
  switch (o.labels) {
    case DotOptions::Labels::kEnglish: return a.name;
    case DotOptions::Labels::kArabic: return a.name_ar.empty() ? a.name : a.name_ar;
    case DotOptions::Labels::kBoth:
      return a.name_ar.empty() || a.name_ar == a.name ? a.name : a.name + "\n" + a.name_ar;
  }
  return a.name;
}

// The first and last day a date at its precision covers.
Date FirstDay(const Date& d) { return Date::Day(d.year, d.month ? d.month : 1, d.day ? d.day : 1); }
Date LastDay(const Date& d) {
  int month = d.month ? d.month : 12;
  return Date::Day(d.year, month, d.day ? d.day : DaysInMonth(d.year, month));
}

bool InWindow(const Event& e, const DotOptions& o) {
  if (!o.from && !o.to) return true;
  if (!e.start.known()) return false;
  // An ongoing event ("since 2022") lasts into any later window.
  Date last = e.status == EventStatus::kOngoing ? Date::Day(9999, 12, 31)
                                                : LastDay(e.end.known() ? e.end : e.start);
  if (o.from && last < FirstDay(*o.from)) return false;
  if (o.to && LastDay(*o.to) < FirstDay(e.start)) return false;
  return true;
}

// Every actor an event involves, each once, sorted.
std::vector<std::string> Participants(const Event& e) {
  std::set<std::string> ids;
  for (const auto* list : {&e.sources, &e.targets, &e.mediators}) ids.insert(list->begin(), list->end());
  return {ids.begin(), ids.end()};
}

std::string WindowLabel(const DotOptions& o) {
  if (!o.from && !o.to) return "";
  if (o.from && o.to) return *o.from == *o.to ? o.from->ToIso() : o.from->ToIso() + " – " + o.to->ToIso();
  return o.from ? "from " + o.from->ToIso() : "until " + o.to->ToIso();
}

// What a diagram shows: the events in the window that involve a chosen
// actor, and the chosen actors.
struct Selection {
  std::vector<const GraphNode*> events;  // date order
  std::set<std::string> actors;          // the chosen actors
  size_t actors_in_window = 0;           // before the top-N cut
  size_t events_in_window = 0;           // before max_events
};

// a.ToIso() < b.ToIso(), without making the strings when both dates print
// as plain "YYYY", "YYYY-MM" or "YYYY-MM-DD" (then the shorter of two
// prefixes is the earlier, as an absent month or day is 0).
bool IsoLess(const Date& a, const Date& b) {
  auto plain = [](const Date& d) {
    return d.year == 0 ||
           (d.year >= 1 && d.year <= 9999 && d.month >= 0 && d.month <= 99 && (d.month == 0 || (d.day >= 0 && d.day <= 99)));
  };
  if (!plain(a) || !plain(b)) return a.ToIso() < b.ToIso();
  auto key = [](const Date& d) {
    if (d.year == 0) return std::array<int, 3>{0, 0, 0};
    return std::array<int, 3>{d.year, d.month, d.month == 0 ? 0 : d.day};
  };
  return key(a) < key(b);
}

Selection Select(const TemporalGraph& graph, const DotOptions& o) {
  Selection s;
  std::vector<const GraphNode*> windowed;
  for (const GraphNode* n : graph.Events())
    if (InWindow(n->event, o)) windowed.push_back(n);
  // Actors are numbered as first seen; each windowed event keeps its
  // participants' numbers, each once: who[who_at[i], who_at[i + 1]).
  FlatIndex<uint32_t> numbers;
  std::vector<const std::string*> ids;
  std::vector<uint32_t> who;
  std::vector<size_t> who_at = {0};
  who_at.reserve(windowed.size() + 1);
  // Activity: events in the window; partners (distinct) break ties.
  std::vector<size_t> events_of, partners;
  FlatMap<uint64_t, char, Mix64Hash> met;
  for (const GraphNode* n : windowed) {
    const Event& e = n->event;
    size_t first = who.size();
    for (const auto* list : {&e.sources, &e.targets, &e.mediators})
      for (const std::string& id : *list) {
        auto [number, fresh] = numbers.Insert(id, static_cast<uint32_t>(ids.size()));
        if (fresh) {
          ids.push_back(&id);
          events_of.push_back(0);
          partners.push_back(0);
        }
        who.push_back(*number);
      }
    std::sort(who.begin() + static_cast<std::ptrdiff_t>(first), who.end());
    who.erase(std::unique(who.begin() + static_cast<std::ptrdiff_t>(first), who.end()), who.end());
    for (size_t i = first; i < who.size(); ++i) {
      ++events_of[who[i]];
      for (size_t j = first; j < who.size(); ++j)
        if (i != j && met.Insert(uint64_t{who[i]} << 32 | who[j], 0).second) ++partners[who[i]];
    }
    who_at.push_back(who.size());
  }
  s.actors_in_window = ids.size();
  size_t top = o.top_actors;
  if (top == 0 && o.view == DotOptions::View::kActors) top = DotOptions::kDefaultTopActors;
  std::vector<uint32_t> ranked(ids.size());
  for (uint32_t a = 0; a < ranked.size(); ++a) ranked[a] = a;
  std::sort(ranked.begin(), ranked.end(), [&](uint32_t a, uint32_t b) {
    if (events_of[a] != events_of[b]) return events_of[a] > events_of[b];
    if (partners[a] != partners[b]) return partners[a] > partners[b];
    return *ids[a] < *ids[b];
  });
  if (top > 0 && ranked.size() > top) ranked.resize(top);
  std::vector<char> chosen(ids.size(), 0);
  for (uint32_t a : ranked) {
    chosen[a] = 1;
    s.actors.insert(*ids[a]);
  }
  for (size_t i = 0; i < windowed.size(); ++i) {
    bool involved = who_at[i] == who_at[i + 1] ? top == 0 : false;
    for (size_t j = who_at[i]; j < who_at[i + 1] && !involved; ++j) involved = chosen[who[j]] != 0;
    if (involved) s.events.push_back(windowed[i]);
  }
  s.events_in_window = s.events.size();
  if (o.view == DotOptions::View::kEvents && o.max_events > 0 && s.events.size() > o.max_events) {
    // The best supported (most evidence, then latest; then date order).
    std::vector<size_t> ranked_events(s.events.size());
    for (size_t i = 0; i < ranked_events.size(); ++i) ranked_events[i] = i;
    auto better = [&](size_t a, size_t b) {
      const Event& x = s.events[a]->event;
      const Event& y = s.events[b]->event;
      if (x.evidence.size() != y.evidence.size()) return x.evidence.size() > y.evidence.size();
      if (IsoLess(y.start, x.start)) return true;
      if (IsoLess(x.start, y.start)) return false;
      return a < b;
    };
    auto cut = ranked_events.begin() + static_cast<std::ptrdiff_t>(o.max_events);
    std::partial_sort(ranked_events.begin(), cut, ranked_events.end(), better);
    std::vector<char> keep(s.events.size(), 0);
    for (auto it = ranked_events.begin(); it != cut; ++it) keep[*it] = 1;
    std::vector<const GraphNode*> kept;
    for (size_t i = 0; i < s.events.size(); ++i)
      if (keep[i]) kept.push_back(s.events[i]);
    s.events = std::move(kept);
  }
  return s;
}

std::string CountryName(const TemporalGraph& graph, const std::string& code) {
  const GraphNode* n = graph.FindNode(code);
  if (n) return n->actor.name;
  std::string upper = code;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

// Boxes (Graphviz clusters) by a key; the key's label is given once.
class Clusters {
 public:
  explicit Clusters(Agraph_t* g) : g_(g) {}
  void Add(Agnode_t* n, const std::string& key, const std::string& label) {
    if (key.empty()) return;
    Agraph_t*& sub = subs_[key];
    if (sub == nullptr) {
      CStr name("cluster_" + key);
      sub = agsubg(g_, name.get(), 1);
      Set(sub, "label", label);
      Set(sub, "style", "rounded,dashed");
      Set(sub, "color", "#999999");
      Set(sub, "fontcolor", "#555555");
    }
    agsubnode(sub, n, 1);
  }

 private:
  Agraph_t* g_;
  std::map<std::string, Agraph_t*> subs_;
};

std::string Legend(const std::string& title, const std::string& detail) {
  std::string html = "<b>" + title + "</b>";
  if (!detail.empty()) html += "  " + detail;
  html += "<br/>";
  for (QuadClass q : kQuadClasses)
    html += std::string("<font color=\"") + QuadLine(q) + "\">■</font> " + QuadName(q) + "   ";
  return html;
}

GraphPtr OpenGraph(const DotOptions& o, Agdesc_t kind) {
  CStr name("diplograph");
  GraphPtr g(agopen(name.get(), kind, nullptr));
  if (!g) return g;
  Set(g.get(), "fontname", o.font);
  Set(g.get(), "bgcolor", "white");
  Set(g.get(), "charset", "UTF-8");
  Set(g.get(), "labelloc", "t");
  Set(g.get(), "fontsize", "16");
  // A bound on the drawing (inches): Graphviz scales a larger layout down,
  // so a big news day gives a readable page, not a 20,000-pixel PNG.
  Set(g.get(), "size", "40,40");
  return g;
}

Agnode_t* AddActorNode(Agraph_t* g, const GraphNode* n, const DotOptions& o) {
  CStr id(n->id);
  Agnode_t* v = agnode(g, id.get(), 1);
  Set(v, "label", ActorLabel(n->actor, o));
  Set(v, "shape", n->kind == NodeKind::kPlace ? "house" : Shape(n->actor.kind));
  Set(v, "fontname", o.font);
  Set(v, "style", "filled");
  Set(v, "fillcolor", n->kind == NodeKind::kPlace            ? "#f3f3f3"
                      : n->actor.kind == ActorKind::kPerson ? "#cfe2f3"
                                                            : "#fff2cc");
  return v;
}

std::string DayKey(const Date& d) { return d.known() ? d.ToIso() : "undated"; }

Result<GraphPtr> BuildEventGraph(const TemporalGraph& graph, const DotOptions& o) {
  Selection sel = Select(graph, o);
  std::set<std::string> shown;
  for (const GraphNode* n : sel.events) {
    shown.insert(n->id);
    for (const std::string& id : Participants(n->event))
      if (sel.actors.count(id)) shown.insert(id);
    if (!n->event.location.empty()) shown.insert(n->event.location);
  }
  GraphPtr g = OpenGraph(o, Agdirected);
  if (!g) return Status::Error("cannot create the Graphviz graph");
  Set(g.get(), "rankdir", "LR");
  if (sel.events.size() > 30) {
    // dot's crossing minimisation grows fast with hub nodes (a state in
    // every event): bounded passes lay out a big news day in seconds
    // instead of a minute, at a small cost in tidiness.
    Set(g.get(), "mclimit", "0.1");
    Set(g.get(), "nslimit", "2");
    Set(g.get(), "nslimit1", "2");
  }
  std::string detail = WindowLabel(o);
  const size_t all_events = graph.Events().size();
  if (sel.events.size() < all_events)
    detail += (detail.empty() ? "" : " · ") + std::to_string(sel.events.size()) + " of " +
              std::to_string(all_events) + " events";
  SetHtmlLabel(g.get(), Legend("Events", detail));
  Clusters clusters(g.get());
  for (const GraphNode* n : graph.Actors()) {
    if (!shown.count(n->id)) continue;
    Agnode_t* v = AddActorNode(g.get(), n, o);
    if (o.cluster == DotOptions::Cluster::kCountry && !n->actor.country.empty())
      clusters.Add(v, "country_" + n->actor.country, CountryName(graph, n->actor.country));
  }
  for (const GraphNode* n : graph.Places())
    if (shown.count(n->id)) AddActorNode(g.get(), n, o);
  for (const GraphNode* n : sel.events) {
    const Event& e = n->event;
    CStr id(n->id);
    Agnode_t* v = agnode(g.get(), id.get(), 1);
    std::string label = e.category + (e.mode.empty() ? "" : " (" + e.mode + ")") + "\n" + DateLabel(e);
    if (e.status != EventStatus::kHappened && e.status != EventStatus::kOngoing)
      label += "\n[" + std::string(EventStatusName(e.status)) + "]";
    Set(v, "label", label);
    Set(v, "shape", "box");
    Set(v, "style", "rounded,filled");
    Set(v, "fillcolor", QuadFill(PloverQuad(e.category)));
    Set(v, "color", QuadLine(PloverQuad(e.category)));
    Set(v, "fontname", o.font);
    Set(v, "tooltip", EventLabel(graph, e));
    if (o.cluster == DotOptions::Cluster::kDay) {
      std::string day = DayKey(e.start);
      clusters.Add(v, "day_" + day, day);
    }
  }
  // The edges among the nodes shown, in the order of Edges(): only the
  // shown events' edges can be, and listing all of a big graph's edges
  // would cost more than the diagram.
  std::vector<GraphEdge> edges;
  for (const GraphNode* n : sel.events)
    ForEachEventEdge(n->event, [&](const std::string& other, EdgeRole role, bool outward) {
      if (role == EdgeRole::kEvidence || !shown.count(other) || graph.FindNode(other) == nullptr) return;
      edges.push_back({outward ? n->id : other, outward ? other : n->id, EdgeRoleName(role)});
    });
  std::sort(edges.begin(), edges.end(), [](const GraphEdge& a, const GraphEdge& b) {
    return std::tie(a.from, a.to, a.role) < std::tie(b.from, b.to, b.role);
  });
  for (const GraphEdge& edge : edges) {
    CStr from(edge.from), to(edge.to);
    Agnode_t* a = agnode(g.get(), from.get(), 0);
    Agnode_t* b = agnode(g.get(), to.get(), 0);
    if (!a || !b) continue;
    CStr ename("");
    Agedge_t* e = agedge(g.get(), a, b, ename.get(), 1);
    Set(e, "label", edge.role);
    Set(e, "fontname", o.font);
    Set(e, "fontsize", "10");
    if (edge.role == "location") Set(e, "style", "dashed");
    if (edge.role == "mediator") Set(e, "style", "dotted");
  }
  return g;
}

// A pair of actors and the events they took part in together.
struct Tie {
  size_t events = 0;
  std::array<size_t, 5> quads{};  // by QuadClass
  std::map<std::string, size_t> categories;
  std::string first, last;  // ISO dates at their precision
};

QuadClass Dominant(const Tie& t) {
  // Ties go to the more conflictual class: a clash among talks stands out.
  QuadClass best = QuadClass::kUnknown;
  size_t most = 0;
  for (QuadClass q : {QuadClass::kMaterialConflict, QuadClass::kVerbalConflict, QuadClass::kMaterialCooperation,
                      QuadClass::kVerbalCooperation, QuadClass::kUnknown}) {
    size_t n = t.quads[static_cast<size_t>(q)];
    if (n > most) {
      most = n;
      best = q;
    }
  }
  return best;
}

// More ties than this and edge labels keep only the counts.
constexpr size_t kBusyTies = 60;

Result<GraphPtr> BuildActorNetwork(const TemporalGraph& graph, const DotOptions& o) {
  Selection sel = Select(graph, o);
  std::map<std::pair<std::string, std::string>, Tie> ties;
  std::map<std::string, size_t> events_of;
  std::map<std::string, std::string> first_day;
  for (const GraphNode* n : sel.events) {
    const Event& e = n->event;
    std::vector<std::string> ids;
    for (const std::string& id : Participants(e))
      if (sel.actors.count(id)) ids.push_back(id);
    std::string start = e.start.known() ? e.start.ToIso() : "";
    std::string end = e.end.known() ? e.end.ToIso() : start;
    for (const std::string& id : ids) {
      ++events_of[id];
      if (!start.empty() && (first_day[id].empty() || start < first_day[id])) first_day[id] = start;
    }
    for (size_t i = 0; i < ids.size(); ++i)
      for (size_t j = i + 1; j < ids.size(); ++j) {
        Tie& t = ties[{ids[i], ids[j]}];
        ++t.events;
        ++t.quads[static_cast<size_t>(PloverQuad(e.category))];
        ++t.categories[e.category];
        if (!start.empty() && (t.first.empty() || start < t.first)) t.first = start;
        if (!end.empty() && end > t.last) t.last = end;
      }
  }
  std::set<std::string> linked;
  for (const auto& [pair, tie] : ties) linked.insert({pair.first, pair.second});

  GraphPtr g = OpenGraph(o, Agundirected);
  if (!g) return Status::Error("cannot create the Graphviz graph");
  bool clustered = o.cluster != DotOptions::Cluster::kNone;
  // neato places a network by its ties. With clusters, dot: fdp draws
  // boxes too, but differently from run to run (Graphviz 2.42), and dot's
  // rows of boxes read well.
  Set(g.get(), "layout", clustered ? "dot" : "neato");
  if (clustered) Set(g.get(), "rankdir", "LR");
  // "scale" keeps the lengths that leave room for labels; prism shrinks
  // them, which keeps a busy day (labels only counts) compact.
  Set(g.get(), "overlap", clustered || ties.size() > kBusyTies ? "prism" : "scale");
  Set(g.get(), "sep", "+12");
  // Straight segments around the nodes. Not "true": Graphviz 2.42 routes
  // those splines differently from run to run on a busy network (the same
  // DOT file gives different SVG under address randomisation).
  Set(g.get(), "splines", "polyline");
  Set(g.get(), "outputorder", "edgesfirst");
  std::string detail = WindowLabel(o);
  detail += (detail.empty() ? "" : " · ") + std::to_string(linked.size()) + " actors";
  if (linked.size() < sel.actors_in_window) detail += " of " + std::to_string(sel.actors_in_window);
  detail += ", " + std::to_string(sel.events.size()) + " events";
  SetHtmlLabel(g.get(), Legend("Actor network", detail));
  if (linked.empty()) {
    CStr id("none");
    Agnode_t* v = agnode(g.get(), id.get(), 1);
    Set(v, "label", "no two actors share an event in this window");
    Set(v, "shape", "plaintext");
    Set(v, "fontname", o.font);
    return g;
  }
  size_t most = 1;
  for (const auto& [id, n] : events_of) most = std::max(most, n);
  Clusters clusters(g.get());
  std::map<std::string, double> half_width;
  for (const GraphNode* n : graph.Actors()) {
    if (!linked.count(n->id)) continue;
    Agnode_t* v = AddActorNode(g.get(), n, o);
    size_t count = events_of[n->id];
    // The busiest actors read largest.
    double size = 11.0 + 9.0 * std::sqrt(static_cast<double>(count) / static_cast<double>(most));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", size);
    Set(v, "fontsize", buf);
    // A rough width in inches (characters of the longest line at this size).
    size_t longest = 0, line = 0;
    for (char c : ActorLabel(n->actor, o)) {
      if (c == '\n') line = 0;
      else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) longest = std::max(longest, ++line);
    }
    half_width[n->id] = 0.15 + static_cast<double>(longest) * size * 0.55 / 72.0 / 2.0;
    Set(v, "tooltip", n->actor.name + ": " + std::to_string(count) + (count == 1 ? " event" : " events"));
    if (o.cluster == DotOptions::Cluster::kCountry && !n->actor.country.empty())
      clusters.Add(v, "country_" + n->actor.country, CountryName(graph, n->actor.country));
    if (o.cluster == DotOptions::Cluster::kDay && !first_day[n->id].empty())
      clusters.Add(v, "day_" + first_day[n->id], "first seen " + first_day[n->id]);
  }
  bool busy = ties.size() > kBusyTies;
  for (const auto& [pair, t] : ties) {
    CStr from(pair.first), to(pair.second), ename("");
    Agnode_t* a = agnode(g.get(), from.get(), 0);
    Agnode_t* b = agnode(g.get(), to.get(), 0);
    Agedge_t* e = agedge(g.get(), a, b, ename.get(), 1);
    std::string dates = t.first.empty() ? "undated" : t.first == t.last ? t.first : t.first + " – " + t.last;
    std::string count = t.events > 1 ? std::to_string(t.events) + "×" : "";
    // On a busy day, and across clusters where labels pile up in the
    // middle, the dates move to the tooltip: the count stays legible.
    std::string label = busy || clustered ? count : count.empty() ? dates : count + " " + dates;
    // Graphviz 2.42's dot frees a label of an edge within a rank twice
    // when there are clusters (valgrind: flat_edges, then gvFreeLayout):
    // there, an external label, placed after the layout.
    if (!label.empty()) Set(e, clustered ? "xlabel" : "label", label);
    char width[16];
    std::snprintf(width, sizeof width, "%.1f",
                  std::min(10.0, 1.0 + 2.0 * std::log2(static_cast<double>(t.events))));
    Set(e, "penwidth", width);
    QuadClass q = Dominant(t);
    Set(e, "color", QuadLine(q));
    Set(e, "fontcolor", "#444444");
    Set(e, "fontname", o.font);
    Set(e, "fontsize", "10");
    std::string tip = std::to_string(t.events) + (t.events == 1 ? " event, " : " events, ") + dates + ":";
    for (const auto& [category, n] : t.categories) tip += " " + category + " " + std::to_string(n);
    Set(e, "tooltip", tip);
    Set(e, "weight", std::to_string(t.events));
    // Room for the label between the two names: neato's len is from
    // centre to centre, and names are wide.
    double len = busy || clustered ? 1.3 : 1.2 + (half_width[pair.first] + half_width[pair.second]);
    std::snprintf(width, sizeof width, "%.2f", len);
    Set(e, "len", width);
  }
  return g;
}

Result<GraphPtr> Build(const TemporalGraph& graph, const DotOptions& o) {
  return o.view == DotOptions::View::kActors ? BuildActorNetwork(graph, o) : BuildEventGraph(graph, o);
}

const char* Engine(const DotOptions& o) {
  if (o.view == DotOptions::View::kEvents) return "dot";
  return o.cluster == DotOptions::Cluster::kNone ? "neato" : "dot";
}

}  // namespace

std::vector<const GraphNode*> DiagramEvents(const TemporalGraph& graph, const DotOptions& o) {
  return Select(graph, o).events;
}

Result<std::string> WriteDot(const TemporalGraph& graph, const DotOptions& options) {
  Result<GraphPtr> g = Build(graph, options);
  if (!g.ok()) return g.status();
  char* data = nullptr;
  size_t size = 0;
  FILE* mem = open_memstream(&data, &size);
  if (mem == nullptr) return Status::Error("out of memory writing DOT");
  agwrite(g->get(), mem);
  std::fclose(mem);
  std::string out(data, size);
  std::free(data);
  return out;
}

Result<std::vector<std::string>> RenderDiagramData(const TemporalGraph& graph, const DotOptions& options,
                                                   const std::vector<std::string>& formats) {
  Result<GraphPtr> g = Build(graph, options);
  if (!g.ok()) return g.status();
  // One gvc context for the process: Graphviz 2.42's pango plugin keeps a
  // font cache that outlives gvFreeContext, so a second context reads freed
  // memory (seen under AddressSanitizer when rendering SVG, then PNG).
  static std::mutex mutex;
  static ContextPtr shared(gvContext());
  std::lock_guard<std::mutex> lock(mutex);
  GVC_t* gvc = shared.get();
  if (gvc == nullptr) return Status::Error("cannot start Graphviz");
  CStr engine(Engine(options));
  if (gvLayout(gvc, g->get(), engine.get()) != 0) return Status::Error("Graphviz could not lay out the graph");
  std::vector<std::string> out;
  for (const std::string& format : formats) {
    // Cairo shapes Arabic; the old gd renderer does not.
    CStr renderer(format == "png" ? "png:cairo" : format == "pdf" ? "pdf:cairo" : format);
    char* data = nullptr;
    unsigned int size = 0;
    int rc = gvRenderData(gvc, g->get(), renderer.get(), &data, &size);
    if (rc == 0 && data != nullptr) out.emplace_back(data, size);
    if (data != nullptr) gvFreeRenderData(data);
    if (rc != 0) {
      gvFreeLayout(gvc, g->get());
      return Status::Error("Graphviz cannot render '" + format + "'; is the graphviz package installed?");
    }
    if (data == nullptr) out.emplace_back();
  }
  gvFreeLayout(gvc, g->get());
  return out;
}

Result<std::string> RenderDiagramData(const TemporalGraph& graph, const DotOptions& options,
                                      const std::string& format) {
  Result<std::vector<std::string>> data = RenderDiagramData(graph, options, std::vector<std::string>{format});
  if (!data.ok()) return data.status();
  return std::move(data->front());
}

Status RenderDiagram(const TemporalGraph& graph, const DotOptions& options, const std::string& format,
                     const std::string& path) {
  Result<std::string> data = RenderDiagramData(graph, options, format);
  if (!data.ok()) return Status::Error(path, 0, data.status().message());
  return WriteFileAtomically(path, *data);
}

}  // namespace diplograph
