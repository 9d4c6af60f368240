#include "exporters/jsonld.h"

#include <algorithm>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <charconv>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <set>
#include <thread>

#include "exporters/output_file.h"

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

// The text RapidJSON's PrettyWriter writes with an indent of one space per
// level (what graph.jsonld has always been), appended straight to a string:
// a string value is copied in runs between the characters JSON escapes.
class Writer {
 public:
  explicit Writer(std::string& out) : out_(out) {}
  // A writer that goes on inside @graph (the top-level object's second
  // member) after `nodes` nodes, as the one that wrote them would.
  static Writer InGraph(std::string& out, size_t nodes) {
    Writer w(out);
    w.levels_ = {{false, 3}, {true, nodes}};
    return w;
  }

  void StartObject() { Open('{', false); }
  void EndObject() { Close('}'); }
  void StartArray() { Open('[', true); }
  void EndArray() { Close(']'); }
  void Key(const char* k) { String(k, std::strlen(k)); }
  void String(const char* s) { String(s, std::strlen(s)); }
  void String(const char* s, size_t n) {
    Prefix();
    Quoted(s, n);
  }
  void Uint64(uint64_t v) {
    Prefix();
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, v).ptr);
  }
  void Null() {
    Prefix();
    out_ += "null";
  }

 private:
  struct Level {
    bool array;
    size_t values;  // in an object, keys and values both count
  };
  void Open(char c, bool array) {
    Prefix();
    out_ += c;
    levels_.push_back({array, 0});
  }
  void Close(char c) {
    bool empty = levels_.back().values == 0;
    levels_.pop_back();
    if (!empty) {
      out_ += '\n';
      out_.append(levels_.size(), ' ');
    }
    out_ += c;
  }
  // What comes before a value: a comma after an earlier one, a new line and
  // the indent, or ": " between a key and its value.
  void Prefix() {
    if (levels_.empty()) return;
    Level& level = levels_.back();
    if (level.array || level.values % 2 == 0) {
      out_.append(level.values > 0 ? ",\n" : "\n");
      out_.append(levels_.size(), ' ');
    } else {
      out_ += ": ";
    }
    ++level.values;
  }
  void Quoted(const char* s, size_t n) {
    out_ += '"';
    size_t run = 0;
    size_t i = 0;
#ifdef __SSE2__
    // Sixteen bytes at a time while none needs escaping (most text).
    const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1f);
    for (; i + 16 <= n; i += 16) {
      __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + i));
      __m128i special = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)),
                                      _mm_cmpeq_epi8(_mm_max_epu8(x, control), control));  // x <= 0x1f
      if (_mm_movemask_epi8(special) != 0) break;
    }
#endif
    for (; i < n; ++i) {
      auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(s + run, i - run);
      run = i + 1;
      out_ += '\\';
      switch (c) {
        case '"': out_ += '"'; break;
        case '\\': out_ += '\\'; break;
        case '\b': out_ += 'b'; break;
        case '\t': out_ += 't'; break;
        case '\n': out_ += 'n'; break;
        case '\f': out_ += 'f'; break;
        case '\r': out_ += 'r'; break;
        default:
          out_ += "u00";
          out_ += "0123456789ABCDEF"[c >> 4];
          out_ += "0123456789ABCDEF"[c & 15];
      }
    }
    out_.append(s + run, n - run);
    out_ += '"';
  }

  std::string& out_;
  std::vector<Level> levels_;
};

void Str(Writer& w, const std::string& s) { w.String(s.data(), s.size()); }
void Key(Writer& w, const char* k) { w.Key(k); }
// An array of strings, left out when empty.
void OptionalStrings(Writer& w, const char* key, const std::vector<std::string>& values) {
  if (values.empty()) return;
  w.Key(key);
  w.StartArray();
  for (const auto& v : values) Str(w, v);
  w.EndArray();
}
// A member that is left out when its value is empty.
void Optional(Writer& w, const char* key, const std::string& value) {
  if (value.empty()) return;
  w.Key(key);
  Str(w, value);
}
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

const std::string& NodeName(const TemporalGraph& graph, const std::string& id) {
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

namespace {

void AppendEventLabel(const TemporalGraph& graph, const Event& e, std::string& out) {
  out += e.category;
  if (!e.mode.empty()) {
    out += " (";
    out += e.mode;
    out += ')';
  }
  if (e.sources.empty() && e.targets.empty()) return;
  out += ": ";
  for (size_t i = 0; i < e.sources.size(); ++i) {
    if (i > 0) out += ", ";
    out += NodeName(graph, e.sources[i]);
  }
  if (e.targets.empty()) return;
  out += " → ";
  for (size_t i = 0; i < e.targets.size(); ++i) {
    if (i > 0) out += ", ";
    out += NodeName(graph, e.targets[i]);
  }
}

void WriteActor(Writer& w, const GraphNode& n) {
  const Actor& a = n.actor;
  w.StartObject();
  Key(w, "@id");
  IdStr(w, n.id);
  Key(w, "@type");
  w.String(SchemaType(a.kind));
  Key(w, "name");
  Str(w, a.name);
  std::vector<const std::string*> alt;
  if (!a.name_ar.empty()) alt.push_back(&a.name_ar);
  for (const auto& s : a.names)
    if (s != a.name && std::none_of(alt.begin(), alt.end(), [&](const std::string* x) { return *x == s; }))
      alt.push_back(&s);
  if (!alt.empty()) {
    Key(w, "alternateName");
    w.StartArray();
    for (const std::string* s : alt) Str(w, *s);
    w.EndArray();
  }
  // The Arabic name apart from the other alternate names, so that a
  // reader can give it back to the diagrams (exporters/jsonld_reader.h).
  Optional(w, "nameAr", a.name_ar);
  Key(w, "kind");
  w.String(ActorKindName(a.kind));
  if (!a.country.empty() && a.country != n.id) {
    Key(w, "country");
    IdStr(w, a.country);
  }
  OptionalStrings(w, "role", a.roles);
  w.EndObject();
}

void WriteEvent(Writer& w, const TemporalGraph& graph, const GraphNode& n) {
  const Event& e = n.event;
  w.StartObject();
  Key(w, "@id");
  IdStr(w, n.id);
  Key(w, "@type");
  w.StartArray();
  w.String("Event");
  w.String("sem:Event");
  w.EndArray();
  Key(w, "name");
  thread_local std::string label;
  label.clear();
  AppendEventLabel(graph, e, label);
  Str(w, label);
  Key(w, "eventType");
  Str(w, e.category);
  Optional(w, "mode", e.mode);
  Optional(w, "cameo", e.cameo);
  Key(w, "status");
  w.String(EventStatusName(e.status));
  if (e.start.known()) {
    Key(w, "startDate");
    Str(w, e.start.ToIso());
    Key(w, "endDate");
    Str(w, (e.end.known() ? e.end : e.start).ToIso());
  }
  Optional(w, "timeValue", e.time_value);
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
  OptionalStrings(w, "quantity", e.quantities);
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

void WriteDocument(Writer& w, const GraphNode& n) {
  const DocumentInfo& d = n.document;
  w.StartObject();
  Key(w, "@id");
  IdStr(w, n.id);
  Key(w, "@type");
  w.String("NewsArticle");
  Optional(w, "headline", d.title);
  Optional(w, "url", d.url);
  Optional(w, "publisher", d.source);
  Key(w, "identifier");
  Str(w, d.path);
  Key(w, "datePublished");
  Str(w, d.published.ToIso());
  Key(w, "language");
  Str(w, d.language);
  w.EndObject();
}

// The text is made in pieces of this many nodes, which threads can write
// at the same time: each piece is the nodes as they stand inside @graph.
constexpr size_t kPieceNodes = 2048;

// The nodes of @graph in order: actors, places, events, documents.
std::vector<const GraphNode*> GraphNodes(const TemporalGraph& graph) {
  std::vector<const GraphNode*> out;
  for (auto list : {graph.Actors(), graph.Places(), graph.Events(), graph.Documents()})
    out.insert(out.end(), list.begin(), list.end());
  return out;
}

// "{ @context, "@graph": [" as the writer indents it.
std::string Head() {
  std::string text;
  Writer w(text);
  w.StartObject();
  Context(w);
  Key(w, "@graph");
  w.StartArray();
  return text;
}

// Nodes [begin, end) as the writer puts them inside @graph: each after
// ",\n  " (the first node of the graph after "\n  ").
// Appends nodes [begin, end) to `out` as the writer puts them inside
// @graph: each after ",\n  " (the first node of the graph after "\n  ").
void AppendPiece(std::string& out, const TemporalGraph& graph, const std::vector<const GraphNode*>& nodes,
                 size_t begin, size_t end) {
  Writer w = Writer::InGraph(out, begin);
  for (size_t i = begin; i < end; ++i) {
    const GraphNode& n = *nodes[i];
    switch (n.kind) {
      case NodeKind::kActor:
      case NodeKind::kPlace: WriteActor(w, n); break;
      case NodeKind::kEvent: WriteEvent(w, graph, n); break;
      case NodeKind::kDocument: WriteDocument(w, n); break;
    }
  }
}

// The end of the text after the last node (or after "[" for an empty graph).
const char* Tail(size_t nodes) { return nodes == 0 ? "]\n}\n" : "\n ]\n}\n"; }

}  // namespace

std::string EventLabel(const TemporalGraph& graph, const Event& e) {
  std::string out;
  AppendEventLabel(graph, e, out);
  return out;
}

std::string WriteJsonLd(const TemporalGraph& graph) {
  std::vector<const GraphNode*> nodes = GraphNodes(graph);
  std::string text = Head();
  AppendPiece(text, graph, nodes, 0, nodes.size());
  text += Tail(nodes.size());
  return text;
}

Status WriteJsonLdFile(const TemporalGraph& graph, const std::string& path, unsigned threads) {
  std::vector<const GraphNode*> nodes = GraphNodes(graph);  // (the graph is built before threads read it)
  size_t pieces = (nodes.size() + kPieceNodes - 1) / kPieceNodes;
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::max<size_t>(pieces, 1))));
  return WriteFileInPieces(path, [&](const PieceSink& put) {
    if (!put(Head())) return;
    // Threads make pieces in any order, at most kAhead beyond the one being
    // written, so that memory holds a few pieces, not the whole text; this
    // thread writes them in order.
    constexpr size_t kAhead = 16;
    std::vector<std::string> texts(pieces);
    std::vector<std::string> spare;  // buffers written out, for the next pieces
    std::vector<char> done(pieces, 0);
    std::mutex mutex;
    std::condition_variable changed;
    size_t next = 0, written = 0;
    bool stop = false;
    auto work = [&] {
      std::unique_lock<std::mutex> lock(mutex);
      while (true) {
        changed.wait(lock, [&] { return stop || next >= pieces || next < written + kAhead; });
        if (stop || next >= pieces) return;
        size_t i = next++;
        std::string text;
        if (!spare.empty()) {
          text = std::move(spare.back());
          spare.pop_back();
        }
        lock.unlock();
        text.clear();
        AppendPiece(text, graph, nodes, i * kPieceNodes, std::min(nodes.size(), (i + 1) * kPieceNodes));
        lock.lock();
        texts[i] = std::move(text);
        done[i] = 1;
        changed.notify_all();
      }
    };
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(work);
    bool ok = true;
    for (size_t i = 0; i < pieces && ok; ++i) {
      std::string text;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] { return done[i] != 0; });
        text = std::move(texts[i]);
        written = i + 1;
        changed.notify_all();
      }
      ok = put(text);
      std::lock_guard<std::mutex> lock(mutex);
      spare.push_back(std::move(text));
    }
    {
      std::lock_guard<std::mutex> lock(mutex);
      stop = true;
      changed.notify_all();
    }
    for (std::thread& t : pool) t.join();
    if (ok) put(Tail(nodes.size()));
  });
}

}  // namespace diplograph
