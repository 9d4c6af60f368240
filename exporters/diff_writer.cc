#include "exporters/diff_writer.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

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

std::string WriteDiffText(const GraphDiff& d, const TemporalGraph& old_graph, const TemporalGraph& new_graph) {
  std::ostringstream o;
  o << Summary(d) << "\n";
  auto section = [&](const char* title, bool any) {
    if (any) o << "\n" << title << ":\n";
    return any;
  };
  if (section("actors added", !d.actors_added.empty()))
    for (const Actor& a : d.actors_added) o << "  + " << a.name << " (" << a.id << ")\n";
  if (section("actors removed", !d.actors_removed.empty()))
    for (const Actor& a : d.actors_removed) o << "  - " << a.name << " (" << a.id << ")\n";
  if (section("events added", !d.events_added.empty()))
    for (const Event& e : d.events_added) o << "  + " << EventLine(new_graph, e) << "\n";
  if (section("events removed", !d.events_removed.empty()))
    for (const Event& e : d.events_removed) o << "  - " << EventLine(old_graph, e) << "\n";
  if (section("events changed", !d.events_changed.empty())) {
    for (const EventChange& c : d.events_changed) {
      o << "  ~ " << EventLine(new_graph, c.after) << "\n";
      for (const FieldChange& f : c.changes) {
        o << "      " << f.field << ":";
        if (f.removed.empty() && f.added.empty()) {
          bool ids = f.field == "location";
          o << " " << (ids ? Display(old_graph, f.field, f.before) : f.before.empty() ? "none" : f.before) << " → "
            << (ids ? Display(new_graph, f.field, f.after) : f.after.empty() ? "none" : f.after);
        } else {
          for (const auto& id : f.removed) o << " -" << Display(old_graph, f.field, id);
          for (const auto& id : f.added) o << " +" << Display(new_graph, f.field, id);
        }
        o << "\n";
      }
    }
  }
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
