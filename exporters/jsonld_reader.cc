#include "exporters/jsonld_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

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

// A file read a block at a time, behaving as RapidJSON's MemoryStream over
// its whole text (the stream a DOM parse of the text uses): the same Peek,
// Take and Tell, '\0' at the end. So a parse gives the same errors at the
// same offsets, without the text in memory.
class FileStream {
 public:
  using Ch = char;
  FileStream(std::FILE* file, std::vector<char>& buffer) : file_(file), buffer_(buffer) {}

  Ch Peek() const { return cur_ != end_ || Fill() ? *cur_ : '\0'; }
  Ch Take() { return cur_ != end_ || Fill() ? *cur_++ : '\0'; }
  size_t Tell() const { return before_ + static_cast<size_t>(cur_ - buffer_.data()); }

  // Not an output stream.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  size_t PutEnd(Ch*) { return 0; }

 private:
  bool Fill() const {
    if (eof_) return false;
    before_ += static_cast<size_t>(end_ - buffer_.data());
    size_t n = std::fread(buffer_.data(), 1, buffer_.size(), file_);
    cur_ = buffer_.data();
    end_ = cur_ + n;
    eof_ = n == 0;
    return n > 0;
  }

  std::FILE* file_;
  std::vector<char>& buffer_;
  mutable const char* cur_ = buffer_.data();
  mutable const char* end_ = buffer_.data();
  mutable size_t before_ = 0;  // bytes in the blocks before this one
  mutable bool eof_ = false;
};

// Reads the nodes of one file, remembering the first error with the node
// it was found in. The file is parsed as a stream of SAX events (RapidJSON's
// Reader), and only one node of @graph at a time is held as a DOM value, so
// memory holds the graph read, not the text and a DOM of all of it. Errors
// are those a whole-file DOM would give, in the same order: a syntax error
// anywhere wins over any other, then the top level, then nodes in order.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file), allocator_(pool_.get(), kPoolBytes) {}

  // RapidJSON SAX handler.
  bool Null() { return Scalar(Value()); }
  bool Bool(bool b) { return Scalar(Value(b)); }
  bool Int(int i) { return Scalar(Value(i)); }
  bool Uint(unsigned i) { return Scalar(Value(i)); }
  bool Int64(int64_t i) { return Scalar(Value(i)); }
  bool Uint64(uint64_t i) { return Scalar(Value(i)); }
  bool Double(double d) { return Scalar(Value(d)); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return String(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (capturing_) {
      stack_.emplace_back(s, n, allocator_);
    } else {
      Begin(Kind::kScalar);
    }
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (capturing_) return String(s, n, copy);
    // The first @graph member of the top-level object is the graph, as
    // FindMember finds it.
    graph_next_ = depth_ == 1 && !graph_seen_ && std::string_view(s, n) == "@graph";
    graph_seen_ = graph_seen_ || graph_next_;
    return true;
  }
  bool StartObject() {
    if (TooDeep()) return false;
    if (capturing_ || Begin(Kind::kObject)) {
      capturing_ = true;
      stack_.emplace_back(rapidjson::kObjectType);
    }
    ++depth_;
    return true;
  }
  bool EndObject(rapidjson::SizeType members) {
    --depth_;
    if (!capturing_) return true;
    size_t base = stack_.size() - 2 * size_t{members} - 1;
    Value& object = stack_[base];
    for (size_t i = base + 1; i < stack_.size(); i += 2) object.AddMember(stack_[i], stack_[i + 1], allocator_);
    stack_.resize(base + 1);
    if (base == 0) {  // a whole node of @graph
      capturing_ = false;
      if (status_.ok()) ReadNode(stack_[0]);
      stack_.clear();
      allocator_.Clear();
    }
    return true;
  }
  bool StartArray() {
    if (TooDeep()) return false;
    if (capturing_) {
      stack_.emplace_back(rapidjson::kArrayType);
    } else {
      Begin(Kind::kArray);
    }
    ++depth_;
    return true;
  }
  bool EndArray(rapidjson::SizeType elements) {
    --depth_;
    if (!capturing_) {
      if (depth_ == 1) in_graph_ = false;
      return true;
    }
    size_t base = stack_.size() - size_t{elements} - 1;
    Value& array = stack_[base];
    array.Reserve(elements, allocator_);
    for (size_t i = base + 1; i < stack_.size(); ++i) array.PushBack(stack_[i], allocator_);
    stack_.resize(base + 1);
    return true;
  }

  Result<std::vector<Facts>> Run(std::string_view text) {
    rapidjson::MemoryStream bytes(text.data(), text.size());
    rapidjson::EncodedInputStream<rapidjson::UTF8<>, rapidjson::MemoryStream> in(bytes);
    rapidjson::Reader reader;
    rapidjson::ParseResult parsed = reader.Parse(in, *this);
    if (parsed.IsError()) {
      size_t offset = std::min(parsed.Offset(), text.size());
      return SyntaxError(parsed, 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n')));
    }
    return Finish();
  }

  Result<std::vector<Facts>> RunFile(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::Error(path, 0, "is a folder; give the graph.jsonld inside it");
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) return Status::Error(path, 0, "cannot open the file; check the path");
    std::vector<char> buffer(size_t{1} << 20);
    FileStream in(file.get(), buffer);
    // What EncodedInputStream<UTF8<>, MemoryStream> does with a byte order
    // mark (and any of its bytes alone).
    for (unsigned mark : {0xEFu, 0xBBu, 0xBFu})
      if (static_cast<unsigned char>(in.Peek()) == mark) in.Take();
    rapidjson::Reader reader;
    rapidjson::ParseResult parsed = reader.Parse(in, *this);
    if (std::ferror(file.get())) return Status::Error(path, 0, "cannot read the file");
    if (parsed.IsError()) {
      // The line of the error: the newlines before it, read again.
      std::rewind(file.get());
      size_t left = parsed.Offset();
      int line = 1;
      while (left > 0) {
        size_t n = std::fread(buffer.data(), 1, std::min(left, buffer.size()), file.get());
        if (n == 0) break;
        line += static_cast<int>(std::count(buffer.data(), buffer.data() + n, '\n'));
        left -= n;
      }
      return SyntaxError(parsed, line);
    }
    return Finish();
  }

 private:
  static constexpr size_t kPoolBytes = 64 << 10;

  Status SyntaxError(const rapidjson::ParseResult& parsed, int line) {
    if (too_deep_) return Status::Error(file_, line, "invalid JSON: nested too deeply");
    return Status::Error(file_, line, std::string("invalid JSON: ") + rapidjson::GetParseError_En(parsed.Code()));
  }

  // RapidJSON's reader recurses once per level: a text nested thousands
  // deep would overflow the stack. A saved graph is six levels deep.
  static constexpr int kMaxDepth = 256;
  bool TooDeep() {
    too_deep_ = depth_ >= kMaxDepth;
    return too_deep_;
  }

  enum class Kind { kScalar, kObject, kArray };
  // A value outside the nodes of @graph begins; true when it is a node to
  // read (an object in @graph). Whatever else stands where the graph should
  // be is an error (reported only if the whole text parses).
  bool Begin(Kind kind) {
    bool graph_value = graph_next_;
    graph_next_ = false;
    if (depth_ == 0) {
      if (kind != Kind::kObject) Fail("", "not a JSON-LD graph: the top level is not an object");
      return false;
    }
    if (depth_ == 1 && graph_value) {
      if (kind == Kind::kArray) in_graph_ = graph_array_ = true;
      else Fail("", "no @graph array; is this a graph.jsonld written by diplograph?");
      return false;
    }
    if (depth_ == 2 && in_graph_) {
      if (kind == Kind::kObject) return status_.ok();
      Fail("", "a @graph entry is not an object");
    }
    return false;
  }
  bool Scalar(Value&& v) {
    if (capturing_) stack_.push_back(std::move(v));
    else Begin(Kind::kScalar);
    return true;
  }

  Result<std::vector<Facts>> Finish() {
    if (!status_.ok()) return status_;
    if (!graph_array_) {
      Fail("", "no @graph array; is this a graph.jsonld written by diplograph?");
      return status_;
    }
    return Assemble();
  }

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
    // (MemberEnd() of a value that is not an object is an assertion failure.)
    const Value* id = nullptr;
    if (v.IsObject()) {
      auto it = v.FindMember("@id");
      if (it != v.MemberEnd() && it->value.IsString()) id = &it->value;
    }
    if (id == nullptr) {
      Fail(node_, std::string(key) + " is not a {\"@id\": ...} reference");
      return false;
    }
    return Id(std::string(id->GetString(), id->GetStringLength()), out);
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
    if (seen_.count(node_)) {
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
    std::string id = a.id;
    seen_.insert(actors_.emplace(std::move(id), std::move(a)).first->first);
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
    seen_.insert(events_.back().id);
    return true;
  }

  bool ReadDocument(const Value& node) {
    Facts f;
    f.doc_id = node_;
    if (!String(node, "headline", f.doc_title) || !String(node, "url", f.doc_url) ||
        !String(node, "publisher", f.doc_source) || !String(node, "identifier", f.doc_path) ||
        !DateField(node, "datePublished", f.published) || !String(node, "language", f.language))
      return false;
    std::string id = f.doc_id;
    seen_.insert(documents_.emplace(std::move(id), std::move(f)).first->first);
    return true;
  }

  // Each event goes to every document it was read in, whole: the graph
  // merges the copies back into one node with the same id. Each actor goes
  // with the first document (by id) that names it, which is the document
  // the graph takes its description from; every copy of it in the file is
  // the same, so the others would add nothing.
  Result<std::vector<Facts>> Assemble() {
    seen_.clear();  // its ids are about to move
    // Documents and actors in id order, and their ranks. The tables look
    // ids up in one block of text, not in nodes spread over the heap: most
    // of the time of millions of lookups is waiting for memory.
    std::vector<std::pair<std::string_view, Facts*>> docs;
    docs.reserve(documents_.size());
    for (auto& [id, f] : documents_) docs.emplace_back(id, &f);
    std::sort(docs.begin(), docs.end());
    std::vector<std::pair<std::string_view, Actor*>> actors;
    actors.reserve(actors_.size());
    for (auto& [id, a] : actors_) actors.emplace_back(id, &a);
    std::sort(actors.begin(), actors.end());
    std::string ids_text;
    for (const auto& [id, f] : docs) ids_text += id;
    for (const auto& [id, a] : actors) ids_text += id;
    std::unordered_map<std::string_view, uint32_t> doc_rank, actor_rank;
    doc_rank.reserve(docs.size());
    actor_rank.reserve(actors.size());
    size_t at = 0;
    for (size_t i = 0; i < docs.size(); at += docs[i].first.size(), ++i)
      doc_rank.emplace(std::string_view(ids_text).substr(at, docs[i].first.size()), static_cast<uint32_t>(i));
    for (size_t i = 0; i < actors.size(); at += actors[i].first.size(), ++i)
      actor_rank.emplace(std::string_view(ids_text).substr(at, actors[i].first.size()), static_cast<uint32_t>(i));
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> first_doc(actors.size(), kNone);  // the first document naming each actor

    std::vector<uint32_t> ids, cited;
    for (Event& e : events_) {
      node_ = e.id;
      ids.clear();
      auto name = [&](const std::string& id) {
        auto it = actor_rank.find(id);
        if (it == actor_rank.end()) return Fail(node_, "names actor " + id + ", which is not in @graph");
        ids.push_back(it->second);
        return true;
      };
      for (const auto& id : e.sources)
        if (!name(id)) return status_;
      for (const auto& id : e.targets)
        if (!name(id)) return status_;
      for (const auto& id : e.mediators)
        if (!name(id)) return status_;
      if (!e.location.empty() && !name(e.location)) return status_;
      // The documents cited, each once, in id order: the first one missing
      // is the one reported.
      std::vector<std::string_view> names;
      for (const Evidence& ev : e.evidence) names.push_back(ev.doc_id);
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      cited.clear();
      for (std::string_view d : names) {
        auto it = doc_rank.find(d);
        if (it == doc_rank.end()) {
          Fail(node_, "cites document " + std::string(d) + ", which is not in @graph");
          return status_;
        }
        cited.push_back(it->second);
      }
      for (uint32_t a : ids) first_doc[a] = std::min(first_doc[a], cited.front());
      for (size_t i = 0; i < cited.size(); ++i) {
        Facts& f = *docs[cited[i]].second;
        // The last document takes the event itself, the others copies.
        Event copy;
        if (i + 1 < cited.size()) {
          std::vector<Evidence> evidence = std::move(e.evidence);
          copy = e;
          e.evidence = std::move(evidence);
          for (const Evidence& ev : e.evidence)
            if (ev.doc_id == f.doc_id) copy.evidence.push_back(ev);
        } else {
          copy = std::move(e);
          std::erase_if(copy.evidence, [&](const Evidence& ev) { return ev.doc_id != f.doc_id; });
        }
        f.events.push_back(std::move(copy));
      }
    }
    // Actors in no event (rare: the graph keeps every actor an article
    // named) ride with the first document.
    if (docs.empty() && !actors.empty()) {
      Fail("", "actors but no documents; diplograph cannot tell where they were read");
      return status_;
    }
    for (size_t a = 0; a < actors.size(); ++a)  // in id order, so each document's actors are sorted
      docs[first_doc[a] == kNone ? 0 : first_doc[a]].second->actors.push_back(std::move(*actors[a].second));
    std::vector<Facts> out;
    out.reserve(docs.size());
    for (auto& [id, f] : docs) out.push_back(std::move(*f));
    return out;
  }

  std::string file_;
  std::string node_;  // the node being read, for messages
  Status status_;

  // Parsing: where the SAX events are, and the node being captured as a
  // DOM value (a stack of values, as rapidjson::Document builds one).
  std::unique_ptr<char[]> pool_ = std::make_unique<char[]>(kPoolBytes);
  rapidjson::MemoryPoolAllocator<> allocator_;
  std::vector<Value> stack_;
  int depth_ = 0;
  bool too_deep_ = false;
  bool capturing_ = false;
  bool graph_next_ = false;   // the next value is the first @graph member's
  bool graph_seen_ = false;   // a @graph member was seen at the top level
  bool in_graph_ = false;     // inside the @graph array
  bool graph_array_ = false;  // @graph was an array

  // What the nodes said.
  std::unordered_set<std::string_view> seen_;  // ids of the nodes stored below
  std::unordered_map<std::string, Actor> actors_;
  std::unordered_map<std::string, Facts> documents_;
  std::deque<Event> events_;  // a deque, so that the ids seen_ holds stay put
};

}  // namespace

Result<std::vector<Facts>> ReadJsonLdFacts(std::string_view text, const std::string& file) {
  return Reader(file).Run(text);
}

Result<std::vector<Facts>> ReadJsonLdFactsFile(const std::string& path) { return Reader(path).RunFile(path); }

namespace {

Result<TemporalGraph> GraphOf(Result<std::vector<Facts>> facts) {
  if (!facts.ok()) return facts.status();
  TemporalGraph g;
  for (Facts& f : *facts) g.AddFacts(std::move(f));
  return g;
}

}  // namespace

Result<TemporalGraph> ReadJsonLd(std::string_view text, const std::string& file) {
  return GraphOf(ReadJsonLdFacts(text, file));
}

Result<TemporalGraph> ReadJsonLdFile(const std::string& path) { return GraphOf(ReadJsonLdFactsFile(path)); }

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

}  // namespace diplograph
