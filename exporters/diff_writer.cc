#include "exporters/diff_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "exporters/jsonld.h"

namespace diplograph {

namespace {

constexpr const char* kIdPrefix = "dgid:";

std::string Plural(size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string Summary(const GraphDiff& d) {
  if (d.empty()) return "no differences";
  return Plural(d.actors_added.size(), "actor") + " added, " + std::to_string(d.actors_removed.size()) +
         " removed; " + Plural(d.events_added.size(), "event") + " added, " +
         std::to_string(d.events_removed.size()) + " removed, " + std::to_string(d.events_changed.size()) +
         " changed";
}

// Documents by their path (the identifier in graph.jsonld), actors by name.
std::string Display(const TemporalGraph& g, const std::string& field, const std::string& id) {
  if (id.empty()) return "none";
  if (field == "documents") {
    const GraphNode* n = g.FindNode(id);
    return n && !n->document.path.empty() ? n->document.path : id;
  }
  if (field == "agent" || field == "recipient" || field == "mediator" || field == "location")
    return NodeName(g, id);
  return id;
}

std::string EventLine(const TemporalGraph& g, const Event& e) {
  return DateLabel(e) + " " + EventLabel(g, e) + "  [" + e.id + "]";
}

}  // namespace

std::string WriteDiffText(const GraphDiff& d, const TemporalGraph& old_graph, const TemporalGraph& new_graph,
                          bool color) {
  std::ostringstream o;
  auto paint = [&](const char* code, const std::string& text) {
    return color ? std::string("\033[") + code + "m" + text + "\033[0m" : text;
  };
  const char* kGreen = "32";
  const char* kRed = "31";
  const char* kYellow = "33";
  o << paint("1", Summary(d)) << "\n";
  auto section = [&](const char* title, bool any) {
    if (any) o << "\n" << paint("1", std::string(title) + ":") << "\n";
    return any;
  };
  if (section("actors added", !d.actors_added.empty()))
    for (const Actor& a : d.actors_added) o << paint(kGreen, "  + " + a.name + " (" + a.id + ")") << "\n";
  if (section("actors removed", !d.actors_removed.empty()))
    for (const Actor& a : d.actors_removed) o << paint(kRed, "  - " + a.name + " (" + a.id + ")") << "\n";
  if (section("events added", !d.events_added.empty()))
    for (const Event& e : d.events_added) o << paint(kGreen, "  + " + EventLine(new_graph, e)) << "\n";
  if (section("events removed", !d.events_removed.empty()))
    for (const Event& e : d.events_removed) o << paint(kRed, "  - " + EventLine(old_graph, e)) << "\n";
  if (section("events changed", !d.events_changed.empty())) {
    for (const EventChange& c : d.events_changed) {
      o << paint(kYellow, "  ~ " + EventLine(new_graph, c.after)) << "\n";
      for (const FieldChange& f : c.changes) {
        o << "      " << f.field << ":";
        if (f.removed.empty() && f.added.empty()) {
          bool ids = f.field == "location";
          o << " " << (ids ? Display(old_graph, f.field, f.before) : f.before.empty() ? "none" : f.before) << " → "
            << (ids ? Display(new_graph, f.field, f.after) : f.after.empty() ? "none" : f.after);
        } else {
          for (const auto& id : f.removed) o << " " << paint(kRed, "-" + Display(old_graph, f.field, id));
          for (const auto& id : f.added) o << " " << paint(kGreen, "+" + Display(new_graph, f.field, id));
        }
        o << "\n";
      }
    }
  }
  return o.str();
}

namespace {

// DOT's quoted string: only the quote and the backslash need escaping; a
// line break is written as "\n".
std::string Quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

enum class Change { kAdded, kRemoved, kChanged, kUnchanged };

// Colour and line style of each kind of change.
std::string Look(Change c) {
  switch (c) {
    case Change::kAdded: return "color=\"#1a9641\", fontcolor=\"#1a9641\", penwidth=2";
    case Change::kRemoved: return "color=\"#d7191c\", fontcolor=\"#d7191c\", style=dashed, penwidth=2";
    case Change::kChanged: return "color=\"#f07c00\", fontcolor=\"#b35c00\", penwidth=2";
    case Change::kUnchanged: return "color=grey60, fontcolor=grey40";
  }
  return "";
}

// An event's links to actors and places: (role, actor id), sorted.
std::vector<std::pair<std::string, std::string>> Links(const Event& e) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& s : e.sources) out.emplace_back("agent", s);
  for (const auto& t : e.targets) out.emplace_back("recipient", t);
  for (const auto& m : e.mediators) out.emplace_back("mediator", m);
  if (!e.location.empty()) out.emplace_back("location", e.location);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

std::string WriteDiffDot(const GraphDiff& d, const TemporalGraph& old_graph, const TemporalGraph& new_graph) {
  std::ostringstream o;
  o << "digraph diff {\n"
    << "  graph [rankdir=LR, fontname=\"Noto Sans\", labelloc=t, label=" << Quoted(Summary(d)) << "];\n"
    << "  node [fontname=\"Noto Sans\", fontsize=10];\n"
    << "  edge [fontname=\"Noto Sans\", fontsize=8];\n";
  o << "  subgraph cluster_legend {\n    label=\"legend\";\n    style=rounded;\n    color=grey70;\n";
  const std::pair<const char*, Change> kLegend[] = {{"added", Change::kAdded},
                                                    {"removed", Change::kRemoved},
                                                    {"changed", Change::kChanged},
                                                    {"unchanged", Change::kUnchanged}};
  for (const auto& [name, change] : kLegend)
    o << "    \"legend-" << name << "\" [shape=box, label=\"" << name << "\", " << Look(change) << "];\n";
  o << "    \"legend-added\" -> \"legend-removed\" -> \"legend-changed\" -> \"legend-unchanged\" [style=invis];\n"
    << "  }\n";

  // Actors and places of both graphs.
  std::map<std::string, Change> actors;
  for (const TemporalGraph* g : {&old_graph, &new_graph}) {
    for (const GraphNode* n : g->Actors()) actors.emplace(n->id, Change::kUnchanged);
    for (const GraphNode* n : g->Places()) actors.emplace(n->id, Change::kUnchanged);
  }
  for (const Actor& a : d.actors_added) actors[a.id] = Change::kAdded;
  for (const Actor& a : d.actors_removed) actors[a.id] = Change::kRemoved;
  for (const auto& [id, change] : actors) {
    const GraphNode* n = new_graph.FindNode(id);
    if (n == nullptr) n = old_graph.FindNode(id);
    bool place = n != nullptr && n->kind == NodeKind::kPlace;
    std::string name = n != nullptr && !n->actor.name.empty() ? n->actor.name : id;
    o << "  " << Quoted(id) << " [shape=" << (place ? "house" : "ellipse") << ", label=" << Quoted(name) << ", "
      << Look(change) << "];\n";
  }

  // Events: what the diff names, and the new graph's others unchanged.
  std::set<std::string> named;
  for (const Event& e : d.events_added) named.insert(e.id);
  for (const EventChange& c : d.events_changed) named.insert(c.after.id);
  auto event = [&](const Event& e, Change change, const std::string& label) {
    o << "  " << Quoted(e.id) << " [shape=box, style=\"rounded" << (change == Change::kRemoved ? ",dashed" : "")
      << "\", label=" << Quoted(label) << ", " << Look(change) << "];\n";
  };
  auto link = [&](const std::string& event_id, const std::string& role, const std::string& actor, Change change) {
    bool outward = role == "recipient" || role == "location";
    o << "  " << Quoted(outward ? event_id : actor) << " -> " << Quoted(outward ? actor : event_id)
      << " [label=" << Quoted(role) << ", " << Look(change) << "];\n";
  };
  auto whole = [&](const TemporalGraph& g, const Event& e, Change change) {
    event(e, change, DateLabel(e) + "\n" + EventLabel(g, e));
    for (const auto& [role, actor] : Links(e)) link(e.id, role, actor, change);
  };
  for (const Event& e : d.events_added) whole(new_graph, e, Change::kAdded);
  for (const Event& e : d.events_removed) whole(old_graph, e, Change::kRemoved);
  for (const EventChange& c : d.events_changed) {
    std::string label = DateLabel(c.after) + "\n" + EventLabel(new_graph, c.after);
    for (const FieldChange& f : c.changes) {
      label += "\n" + f.field + ":";
      if (f.removed.empty() && f.added.empty()) {
        label += " " + (f.before.empty() ? std::string("none") : Display(old_graph, f.field, f.before)) + " → " +
                 (f.after.empty() ? std::string("none") : Display(new_graph, f.field, f.after));
      } else {
        for (const auto& id : f.removed) label += " -" + Display(old_graph, f.field, id);
        for (const auto& id : f.added) label += " +" + Display(new_graph, f.field, id);
      }
    }
    event(c.after, Change::kChanged, label);
    std::vector<std::pair<std::string, std::string>> before = Links(c.before), after = Links(c.after);
    for (const auto& l : after)
      link(c.after.id, l.first, l.second,
           std::binary_search(before.begin(), before.end(), l) ? Change::kUnchanged : Change::kAdded);
    for (const auto& l : before)
      if (!std::binary_search(after.begin(), after.end(), l)) link(c.after.id, l.first, l.second, Change::kRemoved);
  }
  for (const GraphNode* n : new_graph.Events())
    if (!named.count(n->id)) whole(new_graph, n->event, Change::kUnchanged);
  o << "}\n";
  return o.str();
}

std::string WriteDiffJson(const GraphDiff& d, const TemporalGraph& old_graph, const TemporalGraph& new_graph) {
  rapidjson::StringBuffer buf;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buf);
  w.SetIndent(' ', 1);
  auto str = [&](const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  auto id = [&](const std::string& s) { str(kIdPrefix + s); };
  auto count = [&](const char* key, size_t n) {
    w.Key(key);
    w.Uint64(n);
  };
  auto actors = [&](const char* key, const std::vector<Actor>& list) {
    w.Key(key);
    w.StartArray();
    for (const Actor& a : list) {
      w.StartObject();
      w.Key("@id");
      id(a.id);
      w.Key("name");
      str(a.name);
      w.Key("kind");
      w.String(ActorKindName(a.kind));
      w.EndObject();
    }
    w.EndArray();
  };
  auto event = [&](const TemporalGraph& g, const Event& e) {
    w.Key("@id");
    id(e.id);
    w.Key("name");
    str(EventLabel(g, e));
    w.Key("eventType");
    str(e.category);
    w.Key("startDate");
    str(e.start.ToIso());
    w.Key("endDate");
    str((e.end.known() ? e.end : e.start).ToIso());
    w.Key("status");
    w.String(EventStatusName(e.status));
  };
  auto events = [&](const char* key, const TemporalGraph& g, const std::vector<Event>& list) {
    w.Key(key);
    w.StartArray();
    for (const Event& e : list) {
      w.StartObject();
      event(g, e);
      w.EndObject();
    }
    w.EndArray();
  };
  // Single-valued fields are plain strings except the location, an id.
  auto value = [&](const FieldChange& f, const std::string& v) {
    if (f.field == "location" && !v.empty()) id(v);
    else str(v);
  };
  auto ids = [&](const char* key, const std::vector<std::string>& list) {
    w.Key(key);
    w.StartArray();
    for (const auto& x : list) id(x);
    w.EndArray();
  };

  w.StartObject();
  w.Key("equal");
  w.Bool(d.empty());
  w.Key("summary");
  w.StartObject();
  count("actorsAdded", d.actors_added.size());
  count("actorsRemoved", d.actors_removed.size());
  count("eventsAdded", d.events_added.size());
  count("eventsRemoved", d.events_removed.size());
  count("eventsChanged", d.events_changed.size());
  w.EndObject();
  w.Key("actors");
  w.StartObject();
  actors("added", d.actors_added);
  actors("removed", d.actors_removed);
  w.EndObject();
  w.Key("events");
  w.StartObject();
  events("added", new_graph, d.events_added);
  events("removed", old_graph, d.events_removed);
  w.Key("changed");
  w.StartArray();
  for (const EventChange& c : d.events_changed) {
    w.StartObject();
    event(new_graph, c.after);
    w.Key("oldId");
    id(c.before.id);
    w.Key("changes");
    w.StartArray();
    for (const FieldChange& f : c.changes) {
      w.StartObject();
      w.Key("field");
      str(f.field);
      if (f.removed.empty() && f.added.empty()) {
        w.Key("old");
        value(f, f.before);
        w.Key("new");
        value(f, f.after);
      } else {
        ids("added", f.added);
        ids("removed", f.removed);
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  return std::string(buf.GetString(), buf.GetSize()) + "\n";
}

}  // namespace diplograph
