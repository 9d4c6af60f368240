#include "exporters/jsonld.h"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <set>

namespace diplograph {

namespace {

const char* kIdPrefix = "dgid:";

const char* SchemaType(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "Person";
    case ActorKind::kState: return "Country";
    case ActorKind::kGovernmentBody: return "GovernmentOrganization";
    case ActorKind::kOrganisation: return "Organization";
    case ActorKind::kArmedGroup: return "Organization";
    case ActorKind::kCapital: return "City";
    case ActorKind::kCity: return "City";
    case ActorKind::kRegion: return "Place";
  }
  return "Thing";
}

// A RapidJSON output stream that writes into the std::string WriteJsonLd
// returns, so that a text of a gigabyte is not copied out of a buffer.
class StringOut {
 public:
  using Ch = char;
  explicit StringOut(std::string& out) : out_(out) {}
  void Put(char c) {
    if (cur_ == end_) Grow(1);
    *cur_++ = c;
  }
  void Flush() {}
  // What RapidJSON's writer asks for before a string, then puts unchecked.
  void Reserve(size_t n) {
    if (static_cast<size_t>(end_ - cur_) < n) Grow(n);
  }
  void PutUnsafe(char c) { *cur_++ = c; }
  // The text written, then `last`.
  void Finish(char last) {
    Put(last);
    out_.resize(static_cast<size_t>(cur_ - out_.data()));
  }

 private:
  void Grow(size_t n) {
    size_t used = static_cast<size_t>(cur_ - out_.data());
    out_.resize(std::max({2 * out_.size(), size_t{1} << 16, used + n}));
    cur_ = out_.data() + used;
    end_ = out_.data() + out_.size();
  }

  std::string& out_;
  char* cur_ = out_.data();
  char* end_ = out_.data();
};

// Found by argument-dependent lookup from RapidJSON's writer, in place of
// its generic (one checked Put a character) versions.
inline void PutReserve(StringOut& out, size_t n) { out.Reserve(n); }
inline void PutUnsafe(StringOut& out, char c) { out.PutUnsafe(c); }

using Writer = rapidjson::PrettyWriter<StringOut>;

void Str(Writer& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void Key(Writer& w, const char* k) { w.Key(k); }
// "dgid:" and the id, without a new string each time.
void IdStr(Writer& w, const std::string& id) {
  thread_local std::string prefixed;
  prefixed.assign(kIdPrefix);
  prefixed += id;
  Str(w, prefixed);
}
void Ref(Writer& w, const std::string& id) {
  w.StartObject();
  Key(w, "@id");
  IdStr(w, id);
  w.EndObject();
}
void Refs(Writer& w, const char* key, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  Key(w, key);
  w.StartArray();
  for (const auto& id : ids) Ref(w, id);
  w.EndArray();
}

void Context(Writer& w) {
  Key(w, "@context");
  w.StartObject();
  auto term = [&](const char* name, const char* iri, const char* type = nullptr) {
    Key(w, name);
    if (type == nullptr) {
      w.String(iri);
      return;
    }
    w.StartObject();
    Key(w, "@id");
    w.String(iri);
    Key(w, "@type");
    w.String(type);
    w.EndObject();
  };
  term("@vocab", "https://schema.org/");
  term("dg", "https://w3id.org/diplograph/ns#");
  term("dgid", "https://w3id.org/diplograph/id/");
  term("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/");
  term("eventType", "dg:eventType");
  term("mode", "dg:mode");
  term("cameo", "dg:cameoCode");
  term("status", "dg:status");
  term("timeValue", "dg:timeValue");
  term("timeAnchor", "dg:timeAnchor");
  term("mediator", "dg:mediator");
  term("quantity", "dg:quantity");
  term("trigger", "dg:trigger");
  term("evidence", "dg:evidence");
  term("evidenceDocument", "dg:evidenceDocument", "@id");
  term("startOffset", "dg:startOffset");
  term("endOffset", "dg:endOffset");
  term("triggerStart", "dg:triggerStart");
  term("triggerEnd", "dg:triggerEnd");
  term("eventDate", "dg:eventDate");
  term("alternativeDate", "dg:alternativeDate");
  term("kind", "dg:kind");
  term("country", "dg:country", "@id");
  term("role", "dg:role");
  term("nameAr", "dg:nameAr");
  term("language", "inLanguage");
  w.EndObject();
}

}  // namespace

std::string NodeName(const TemporalGraph& graph, const std::string& id) {
  const GraphNode* n = graph.FindNode(id);
  return n ? n->actor.name : id;
}

std::string DateLabel(const Event& e) {
  if (!e.start.known()) return e.time_value.empty() ? "undated" : e.time_value;
  std::string out = e.start.ToIso();
  if (e.end.known() && e.end != e.start) out += " – " + e.end.ToIso();
  if (e.status == EventStatus::kOngoing) out = "since " + out;
  return out;
}

std::string EventDocuments(const TemporalGraph& graph, const Event& e) {
  std::set<std::string> seen;
  std::string out;
  for (const Evidence& ev : e.evidence) {
    const GraphNode* d = graph.FindNode(ev.doc_id);
    const std::string& path = d ? d->document.path : ev.doc_id;
    if (!seen.insert(path).second) continue;
    out += (out.empty() ? "" : "; ") + path;
  }
  return out;
}

std::string EventLabel(const TemporalGraph& graph, const Event& e) {
  std::string out = e.category;
  if (!e.mode.empty()) out += " (" + e.mode + ")";
  std::string who;
  for (const auto& s : e.sources) who += (who.empty() ? "" : ", ") + NodeName(graph, s);
  if (!e.targets.empty()) {
    who += " → ";
    bool first = true;
    for (const auto& t : e.targets) {
      who += (first ? "" : ", ") + NodeName(graph, t);
      first = false;
    }
  }
  if (!who.empty()) out += ": " + who;
  return out;
}

std::string WriteJsonLd(const TemporalGraph& graph) {
  std::string text;
  StringOut buf(text);
  Writer w(buf);
  w.SetIndent(' ', 1);
  w.StartObject();
  Context(w);
  Key(w, "@graph");
  w.StartArray();
  auto actor = [&](const GraphNode* n) {
    const Actor& a = n->actor;
    w.StartObject();
    Key(w, "@id");
    IdStr(w, n->id);
    Key(w, "@type");
    w.String(SchemaType(a.kind));
    Key(w, "name");
    Str(w, a.name);
    std::vector<std::string> alt;
    if (!a.name_ar.empty()) alt.push_back(a.name_ar);
    for (const auto& s : a.names)
      if (s != a.name && std::find(alt.begin(), alt.end(), s) == alt.end()) alt.push_back(s);
    if (!alt.empty()) {
      Key(w, "alternateName");
      w.StartArray();
      for (const auto& s : alt) Str(w, s);
      w.EndArray();
    }
    // The Arabic name apart from the other alternate names, so that a
    // reader can give it back to the diagrams (exporters/jsonld_reader.h).
    if (!a.name_ar.empty()) {
      Key(w, "nameAr");
      Str(w, a.name_ar);
    }
    Key(w, "kind");
    w.String(ActorKindName(a.kind));
    if (!a.country.empty() && a.country != n->id) {
      Key(w, "country");
      IdStr(w, a.country);
    }
    if (!a.roles.empty()) {
      Key(w, "role");
      w.StartArray();
      for (const auto& r : a.roles) Str(w, r);
      w.EndArray();
    }
    w.EndObject();
  };
  for (const GraphNode* n : graph.Actors()) actor(n);
  for (const GraphNode* n : graph.Places()) actor(n);
  for (const GraphNode* n : graph.Events()) {
    const Event& e = n->event;
    w.StartObject();
    Key(w, "@id");
    IdStr(w, n->id);
    Key(w, "@type");
    w.StartArray();
    w.String("Event");
    w.String("sem:Event");
    w.EndArray();
    Key(w, "name");
    Str(w, EventLabel(graph, e));
    Key(w, "eventType");
    Str(w, e.category);
    if (!e.mode.empty()) {
      Key(w, "mode");
      Str(w, e.mode);
    }
    if (!e.cameo.empty()) {
      Key(w, "cameo");
      Str(w, e.cameo);
    }
    Key(w, "status");
    w.String(EventStatusName(e.status));
    if (e.start.known()) {
      Key(w, "startDate");
      Str(w, e.start.ToIso());
      Key(w, "endDate");
      Str(w, (e.end.known() ? e.end : e.start).ToIso());
    }
    if (!e.time_value.empty()) {
      Key(w, "timeValue");
      Str(w, e.time_value);
    }
    // Dates other articles gave for the same event, which lost to startDate
    // (see graph/temporal_graph.h); each evidence's own date is its eventDate.
    if (std::vector<Date> alternatives = AlternativeDates(e); !alternatives.empty()) {
      Key(w, "alternativeDate");
      w.StartArray();
      for (const Date& d : alternatives) Str(w, d.ToIso());
      w.EndArray();
    }
    Key(w, "timeAnchor");
    Str(w, e.time_anchor);
    Refs(w, "agent", e.sources);
    Refs(w, "recipient", e.targets);
    Refs(w, "mediator", e.mediators);
    if (!e.location.empty()) {
      Key(w, "location");
      Ref(w, e.location);
    }
    if (!e.quantities.empty()) {
      Key(w, "quantity");
      w.StartArray();
      for (const auto& q : e.quantities) Str(w, q);
      w.EndArray();
    }
    Key(w, "trigger");
    Str(w, e.trigger);
    Key(w, "evidence");
    w.StartArray();
    for (const Evidence& ev : e.evidence) {
      w.StartObject();
      Key(w, "@type");
      w.String("dg:Evidence");
      Key(w, "evidenceDocument");
      IdStr(w, ev.doc_id);
      Key(w, "text");
      Str(w, ev.text);
      Key(w, "startOffset");
      w.Uint64(ev.sentence.begin);
      Key(w, "endOffset");
      w.Uint64(ev.sentence.end);
      Key(w, "triggerStart");
      w.Uint64(ev.trigger.begin);
      Key(w, "triggerEnd");
      w.Uint64(ev.trigger.end);
      if (ev.date.known() && ev.date != e.start) {
        Key(w, "eventDate");
        Str(w, ev.date.ToIso());
      }
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  for (const GraphNode* n : graph.Documents()) {
    const DocumentInfo& d = n->document;
    w.StartObject();
    Key(w, "@id");
    IdStr(w, n->id);
    Key(w, "@type");
    w.String("NewsArticle");
    if (!d.title.empty()) {
      Key(w, "headline");
      Str(w, d.title);
    }
    if (!d.url.empty()) {
      Key(w, "url");
      Str(w, d.url);
    }
    if (!d.source.empty()) {
      Key(w, "publisher");
      Str(w, d.source);
    }
    Key(w, "identifier");
    Str(w, d.path);
    Key(w, "datePublished");
    Str(w, d.published.ToIso());
    Key(w, "language");
    Str(w, d.language);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  buf.Finish('\n');
  return text;
}

}  // namespace diplograph
