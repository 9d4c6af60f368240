#include "exporters/jsonld_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

namespace diplograph {

namespace {

constexpr std::string_view kIdPrefix = "dgid:";

constexpr ActorKind kActorKinds[] = {ActorKind::kPerson,         ActorKind::kState,   ActorKind::kOrganisation,
                                     ActorKind::kArmedGroup,     ActorKind::kGovernmentBody,
                                     ActorKind::kCapital,        ActorKind::kCity,    ActorKind::kRegion};
constexpr EventStatus kStatuses[] = {EventStatus::kHappened, EventStatus::kOngoing, EventStatus::kPlanned,
                                     EventStatus::kProposed, EventStatus::kNegated};
// The schema.org types WriteJsonLd gives actors and places.
constexpr const char* kActorTypes[] = {"Person", "Country", "GovernmentOrganization", "Organization", "City",
                                       "Place"};

using Value = rapidjson::Value;

// Reads the nodes of one file, remembering the first error with the node
// it was found in.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file) {}

  Result<std::vector<Facts>> Run(std::string_view text) {
    rapidjson::Document doc;
    doc.Parse(text.data(), text.size());
    if (doc.HasParseError()) {
      size_t offset = doc.GetErrorOffset();
      int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(std::min(offset, text.size())), '\n'));
      return Status::Error(file_, line, std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()));
    }
    if (!doc.IsObject()) {
      Fail("", "not a JSON-LD graph: the top level is not an object");
      return status_;
    }
    const Value& root = doc;
    auto graph = root.FindMember("@graph");
    if (graph == root.MemberEnd() || !graph->value.IsArray()) {
      Fail("", "no @graph array; is this a graph.jsonld written by diplograph?");
      return status_;
    }
    for (const Value& node : graph->value.GetArray()) {
      if (!ReadNode(node)) return status_;
    }
    return Assemble();
  }

 private:
  // Records the first error; false, so that readers can return it.
  bool Fail(const std::string& node, const std::string& message) {
    if (status_.ok()) status_ = Status::Error(file_, 0, node.empty() ? message : "node " + node + ": " + message);
    return false;
  }

  // Fields: absent gives "" or nothing; present with the wrong JSON type is
  // an error.
  bool String(const Value& node, const char* key, std::string& out, bool required = false) {
    auto it = node.FindMember(key);
    if (it == node.MemberEnd()) {
      if (required) Fail(node_, std::string("missing ") + key);
      return !required;
    }
    if (!it->value.IsString()) {
      Fail(node_, std::string(key) + " is not a string");
      return false;
    }
    out.assign(it->value.GetString(), it->value.GetStringLength());
    return true;
  }
  bool Strings(const Value& node, const char* key, std::vector<std::string>& out) {
    auto it = node.FindMember(key);
    if (it == node.MemberEnd()) return true;
    if (!it->value.IsArray()) {
      Fail(node_, std::string(key) + " is not an array");
      return false;
    }
    for (const Value& v : it->value.GetArray()) {
      if (!v.IsString()) {
        Fail(node_, std::string(key) + " holds a value that is not a string");
        return false;
      }
      out.emplace_back(v.GetString(), v.GetStringLength());
    }
    return true;
  }
  bool Id(std::string text, std::string& out) {
    if (text.compare(0, kIdPrefix.size(), kIdPrefix) == 0) text.erase(0, kIdPrefix.size());
    if (text.empty()) {
      Fail(node_, "empty @id");
      return false;
    }
    out = std::move(text);
    return true;
  }
  bool Ref(const Value& v, const char* key, std::string& out) {
    auto it = v.IsObject() ? v.FindMember("@id") : v.MemberEnd();
    if (!v.IsObject() || it == v.MemberEnd() || !it->value.IsString()) {
      Fail(node_, std::string(key) + " is not a {\"@id\": ...} reference");
      return false;
    }
    return Id(std::string(it->value.GetString(), it->value.GetStringLength()), out);
  }
  bool Refs(const Value& node, const char* key, std::vector<std::string>& out) {
    auto it = node.FindMember(key);
    if (it == node.MemberEnd()) return true;
    if (!it->value.IsArray()) {
      Fail(node_, std::string(key) + " is not an array");
      return false;
    }
    for (const Value& v : it->value.GetArray()) {
      std::string id;
      if (!Ref(v, key, id)) return false;
      out.push_back(std::move(id));
    }
    return true;
  }
  bool DateField(const Value& node, const char* key, Date& out) {
    std::string text;
    if (!String(node, key, text)) return false;
    if (text.empty()) return true;
    std::optional<Date> d = Date::ParseIso(text);
    if (!d) {
      Fail(node_, std::string(key) + " is not an ISO 8601 date: '" + text + "'");
      return false;
    }
    out = *d;
    return true;
  }
  bool Offset(const Value& ev, const char* key, size_t& out) {
    auto it = ev.FindMember(key);
    if (it == ev.MemberEnd() || !it->value.IsUint64()) {
      Fail(node_, std::string("evidence has no ") + key + " offset");
      return false;
    }
    out = static_cast<size_t>(it->value.GetUint64());
    return true;
  }

  bool ReadNode(const Value& node) {
    node_.clear();
    if (!node.IsObject()) {
      Fail("", "a @graph entry is not an object");
      return false;
    }
    std::string raw_id;
    if (!String(node, "@id", raw_id, true) || !Id(raw_id, node_)) return false;
    if (!seen_.insert(node_).second) {
      Fail(node_, "appears twice in @graph");
      return false;
    }
    std::vector<std::string> types;
    auto type = node.FindMember("@type");
    if (type != node.MemberEnd() && type->value.IsString()) {
      types.emplace_back(type->value.GetString(), type->value.GetStringLength());
    } else if (!Strings(node, "@type", types)) {
      return false;
    }
    auto has = [&](const char* t) { return std::find(types.begin(), types.end(), t) != types.end(); };
    if (has("Event")) return ReadEvent(node);
    if (has("NewsArticle")) return ReadDocument(node);
    for (const char* t : kActorTypes)
      if (has(t)) return ReadActor(node);
    std::string shown;
    for (const auto& t : types) shown += (shown.empty() ? "" : ", ") + t;
    Fail(node_, "unknown @type '" + shown + "' (diplograph writes actors, places, events and NewsArticle documents)");
    return false;
  }

  bool ReadActor(const Value& node) {
    Actor a;
    a.id = node_;
    std::string kind, country;
    std::vector<std::string> alternates;
    if (!String(node, "name", a.name) || !String(node, "nameAr", a.name_ar) || !String(node, "kind", kind, true) ||
        !String(node, "country", country) || !Strings(node, "alternateName", alternates) ||
        !Strings(node, "role", a.roles))
      return false;
    auto k = std::find_if(std::begin(kActorKinds), std::end(kActorKinds),
                          [&](ActorKind x) { return kind == ActorKindName(x); });
    if (k == std::end(kActorKinds)) {
      Fail(node_, "unknown kind '" + kind + "'");
      return false;
    }
    a.kind = *k;
    // The writer leaves out a country that is the actor itself (a state).
    if (!country.empty()) {
      if (!Id(country, a.country)) return false;
    } else if (a.kind == ActorKind::kState) {
      a.country = a.id;
    }
    for (auto& s : alternates)
      if (s != a.name_ar) a.names.push_back(std::move(s));
    std::sort(a.names.begin(), a.names.end());
    a.names.erase(std::unique(a.names.begin(), a.names.end()), a.names.end());
    actors_[a.id] = std::move(a);
    return true;
  }

  bool ReadEvent(const Value& node) {
    Event e;
    e.id = node_;
    std::string status = "happened", location;
    if (!String(node, "eventType", e.category, true) || !String(node, "mode", e.mode) ||
        !String(node, "cameo", e.cameo) || !String(node, "status", status) || !DateField(node, "startDate", e.start) ||
        !DateField(node, "endDate", e.end) || !String(node, "timeValue", e.time_value) ||
        !String(node, "timeAnchor", e.time_anchor) || !Refs(node, "agent", e.sources) ||
        !Refs(node, "recipient", e.targets) || !Refs(node, "mediator", e.mediators) ||
        !Strings(node, "quantity", e.quantities) || !String(node, "trigger", e.trigger))
      return false;
    auto s = std::find_if(std::begin(kStatuses), std::end(kStatuses),
                          [&](EventStatus x) { return status == EventStatusName(x); });
    if (s == std::end(kStatuses)) {
      Fail(node_, "unknown status '" + status + "'");
      return false;
    }
    e.status = *s;
    if (auto it = node.FindMember("location"); it != node.MemberEnd() && !Ref(it->value, "location", e.location))
      return false;
    auto evidence = node.FindMember("evidence");
    if (evidence == node.MemberEnd() || !evidence->value.IsArray() || evidence->value.Empty()) {
      Fail(node_, "an event needs an evidence array naming its documents");
      return false;
    }
    for (const Value& v : evidence->value.GetArray()) {
      if (!v.IsObject()) {
        Fail(node_, "an evidence entry is not an object");
        return false;
      }
      Evidence ev;
      std::string doc;
      if (!String(v, "evidenceDocument", doc, true) || !Id(doc, ev.doc_id) || !String(v, "text", ev.text) ||
          !Offset(v, "startOffset", ev.sentence.begin) || !Offset(v, "endOffset", ev.sentence.end) ||
          !Offset(v, "triggerStart", ev.trigger.begin) || !Offset(v, "triggerEnd", ev.trigger.end) ||
          !DateField(v, "eventDate", ev.date))
        return false;
      // Written only where it differs from the event's start.
      if (!ev.date.known()) ev.date = e.start;
      e.evidence.push_back(std::move(ev));
    }
    events_.push_back(std::move(e));
    return true;
  }

  bool ReadDocument(const Value& node) {
    Facts f;
    f.doc_id = node_;
    if (!String(node, "headline", f.doc_title) || !String(node, "url", f.doc_url) ||
        !String(node, "publisher", f.doc_source) || !String(node, "identifier", f.doc_path) ||
        !DateField(node, "datePublished", f.published) || !String(node, "language", f.language))
      return false;
    documents_[f.doc_id] = std::move(f);
    return true;
  }

  // Each event goes to every document it was read in, whole: the graph
  // merges the copies back into one node with the same id.
  Result<std::vector<Facts>> Assemble() {
    std::map<std::string, std::set<std::string>> used;  // document -> actor ids
    std::set<std::string> referenced;
    for (const Event& e : events_) {
      node_ = e.id;
      std::vector<std::string> ids = e.sources;
      ids.insert(ids.end(), e.targets.begin(), e.targets.end());
      ids.insert(ids.end(), e.mediators.begin(), e.mediators.end());
      if (!e.location.empty()) ids.push_back(e.location);
      for (const auto& id : ids)
        if (!actors_.count(id)) {
          Fail(node_, "names actor " + id + ", which is not in @graph");
          return status_;
        }
      std::set<std::string> docs;
      for (const Evidence& ev : e.evidence) docs.insert(ev.doc_id);
      for (const auto& d : docs) {
        auto it = documents_.find(d);
        if (it == documents_.end()) {
          Fail(node_, "cites document " + d + ", which is not in @graph");
          return status_;
        }
        Event copy = e;
        copy.evidence.clear();
        for (const Evidence& ev : e.evidence) {
          if (ev.doc_id != d) continue;
          Evidence full = ev;
          const Facts& f = it->second;
          full.doc_path = f.doc_path;
          full.doc_title = f.doc_title;
          full.doc_url = f.doc_url;
          full.doc_source = f.doc_source;
          full.published = f.published;
          copy.evidence.push_back(std::move(full));
        }
        it->second.events.push_back(std::move(copy));
        used[d].insert(ids.begin(), ids.end());
      }
      referenced.insert(ids.begin(), ids.end());
    }
    // Actors in no event (rare: the graph keeps every actor an article
    // named) ride with the first document.
    if (!documents_.empty()) {
      for (const auto& [id, a] : actors_)
        if (!referenced.count(id)) used[documents_.begin()->first].insert(id);
    } else if (!actors_.empty()) {
      Fail("", "actors but no documents; diplograph cannot tell where they were read");
      return status_;
    }
    std::vector<Facts> out;
    for (auto& [id, f] : documents_) {
      for (const auto& a : used[id]) f.actors.push_back(actors_.at(a));
      out.push_back(std::move(f));
    }
    return out;  // std::map: in document-id order
  }

  std::string file_;
  std::string node_;  // the node being read, for messages
  Status status_;
  std::set<std::string> seen_;
  std::map<std::string, Actor> actors_;
  std::map<std::string, Facts> documents_;
  std::vector<Event> events_;
};

}  // namespace

Result<std::vector<Facts>> ReadJsonLdFacts(std::string_view text, const std::string& file) {
  return Reader(file).Run(text);
}

Result<TemporalGraph> ReadJsonLd(std::string_view text, const std::string& file) {
  Result<std::vector<Facts>> facts = ReadJsonLdFacts(text, file);
  if (!facts.ok()) return facts.status();
  TemporalGraph g;
  for (const Facts& f : *facts) g.AddFacts(f);
  return g;
}

Result<std::string> ReadWholeFile(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::Error(path, 0, "is a folder; give the graph.jsonld inside it");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path, 0, "cannot open the file; check the path");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Status::Error(path, 0, "cannot read the file");
  return text.str();
}

Result<TemporalGraph> ReadJsonLdFile(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ReadJsonLd(*text, path);
}

}  // namespace diplograph
