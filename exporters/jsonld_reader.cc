#include "exporters/jsonld_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/encodedstream.h>
#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <atomic>
#include <csignal>
#include <functional>
#include <mutex>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <sstream>
#include <unordered_map>

namespace diplograph {
namespace {
class Reader;
}  // namespace
}  // namespace diplograph

namespace rapidjson {
// A mapped file is parsed through a StringStream: its strings are handed
// to the reader in place rather than copied byte by byte (see the
// definition at the end).
template <>
template <>
void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ParseString<0u, StringStream, diplograph::Reader>(
    StringStream& is, diplograph::Reader& handler, bool isKey);
}  // namespace rapidjson

namespace diplograph {

namespace {

constexpr std::string_view kIdPrefix = "dgid:";

// The same n bytes at a and b (ids and keys are short: no call to memcmp).
inline bool SameBytes(const char* a, const char* b, size_t n) {
  for (; n >= 8; a += 8, b += 8, n -= 8) {
    uint64_t x, y;
    std::memcpy(&x, a, 8);
    std::memcpy(&y, b, 8);
    if (x != y) return false;
  }
  for (; n > 0; ++a, ++b, --n)
    if (*a != *b) return false;
  return true;
}
inline bool Same(std::string_view a, std::string_view b) {
  return a.size() == b.size() && SameBytes(a.data(), b.data(), a.size());
}

// The first '"', '\\' or control byte from p: the end of a string without
// escapes. The text must end in '\0' (a control byte) and be readable to
// the end of the 16 bytes holding it, as the whole pages of a mapping are.
inline const char* ScanPlain(const char* p) {
  auto plain = [](char c) { return static_cast<unsigned char>(c) >= 0x20 && c != '"' && c != '\\'; };
#ifdef __SSE2__
  for (; reinterpret_cast<uintptr_t>(p) % 16 != 0; ++p)
    if (!plain(*p)) return p;
  const __m128i quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'), control = _mm_set1_epi8(0x1F);
  for (;; p += 16) {
    __m128i bytes = _mm_load_si128(reinterpret_cast<const __m128i*>(p));
    __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)),
                                _mm_cmpeq_epi8(_mm_max_epu8(bytes, control), control));
    if (int mask = _mm_movemask_epi8(stop)) return p + __builtin_ctz(static_cast<unsigned>(mask));
  }
#else
  while (plain(*p)) ++p;
  return p;
#endif
}

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
// same offsets, without the text in memory. For what cannot be mapped
// (pipes, empty files).
class FileStream {
 public:
  using Ch = char;
  FileStream(std::FILE* file, std::vector<char>& buffer) : file_(file), buffer_(buffer) {}

  Ch Peek() const { return cur_ != end_ || Fill() ? *cur_ : '\0'; }
  Ch Take() { return cur_ != end_ || Fill() ? *cur_++ : '\0'; }
  size_t Tell() const { return before_ + static_cast<size_t>(cur_ - buffer_.data()); }
  // The line of `offset` if it is in the block read last (a pipe cannot be
  // read again to count them).
  bool LineOf(size_t offset, int& line) const {
    size_t held = static_cast<size_t>(end_ - buffer_.data());
    if (offset < before_ || offset > before_ + held) return false;
    line = 1 + static_cast<int>(lines_before_ + static_cast<size_t>(std::count(buffer_.data(), buffer_.data() + (offset - before_), '\n')));
    return true;
  }

  // Not an output stream.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  size_t PutEnd(Ch*) { return 0; }

 private:
  bool Fill() const {
    if (eof_) return false;
    before_ += static_cast<size_t>(end_ - buffer_.data());
    lines_before_ += static_cast<size_t>(std::count(static_cast<const char*>(buffer_.data()), end_, '\n'));
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
  mutable size_t before_ = 0;        // bytes in the blocks before this one
  mutable size_t lines_before_ = 0;  // and newlines
  mutable bool eof_ = false;
};

// A mapped file that another program cuts short while it is read (`cp new
// old` truncates `old` first) raises SIGBUS where the text is gone. The
// handler maps a page of zeros there instead, so that the parse meets '\0'
// and stops, and notes that the file was cut; the reading then says so.
// The mappings being read, for the handler: lock-free slots, a range
// published by its begin.
struct MapSlot {
  std::atomic<uintptr_t> begin{0}, end{0};
  std::atomic<bool> cut{false};
};
constexpr size_t kMapSlots = 64;
std::array<MapSlot, kMapSlots> g_map_slots;
struct sigaction g_previous_sigbus;
uintptr_t g_page_size = 4096;
static_assert(std::atomic<uintptr_t>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

void OnSigbus(int, siginfo_t* info, void*) {
  auto address = reinterpret_cast<uintptr_t>(info->si_addr);
  for (MapSlot& slot : g_map_slots) {
    uintptr_t begin = slot.begin.load();
    if (begin == 0 || address < begin || address >= slot.end.load()) continue;
    void* page = reinterpret_cast<void*>(address & ~(g_page_size - 1));
    if (::mmap(page, g_page_size, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
      slot.cut.store(true);
      return;  // the read is done again, and finds zeros
    }
  }
  // Not a mapping being read: as before (the fault comes again and takes
  // the previous action).
  ::sigaction(SIGBUS, &g_previous_sigbus, nullptr);
}

// The slot of a mapping while it is read, or null when all are taken.
MapSlot* Watch(const char* begin, size_t size) {
  static std::once_flag installed;
  std::call_once(installed, [] {
    g_page_size = static_cast<uintptr_t>(::sysconf(_SC_PAGESIZE));
    struct sigaction action = {};
    action.sa_sigaction = OnSigbus;
    action.sa_flags = SA_SIGINFO;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGBUS, &action, &g_previous_sigbus);
  });
  for (MapSlot& slot : g_map_slots) {
    uintptr_t expected = 0;
    // Claimed by its end (a free slot's end is 0), then published.
    if (!slot.end.compare_exchange_strong(expected, reinterpret_cast<uintptr_t>(begin) + size)) continue;
    slot.cut.store(false);
    slot.begin.store(reinterpret_cast<uintptr_t>(begin));
    return &slot;
  }
  return nullptr;
}

void Unwatch(MapSlot* slot) {
  slot->begin.store(0);
  slot->end.store(0);
}

std::function<void(const std::string&)>& MappedHook() {
  static std::function<void(const std::string&)> hook;
  return hook;
}

// A regular file mapped read-only, with a '\0' after its last byte (the
// end a MemoryStream reports), so that RapidJSON parses it through a plain
// pointer. The pages already parsed are handed back as it goes: resident
// memory stays a few tens of MB whatever the size of the file.
class MappedFile {
 public:
  // The mapping of the open file `fd`, or null for what cannot be mapped
  // (pipes, devices, empty files), which is then read as a stream.
  static std::unique_ptr<MappedFile> Map(int fd) {
    struct stat st;
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) return nullptr;
    size_t size = static_cast<size_t>(st.st_size);
    size_t page = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    // Zero pages for the file and at least one byte more, then the file
    // over them: the '\0' after the text is there even when its size is a
    // multiple of the page size (the kernel zeroes the rest of a last,
    // partial page itself).
    size_t reserved = (size + 1 + page - 1) / page * page;
    void* zeros = ::mmap(nullptr, reserved, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (zeros == MAP_FAILED) return nullptr;
    void* text = ::mmap(zeros, size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0);
    if (text == MAP_FAILED) {
      ::munmap(zeros, reserved);
      return nullptr;
    }
    MapSlot* slot = Watch(static_cast<const char*>(zeros), reserved);
    if (slot == nullptr) {  // (64 files read at once)
      ::munmap(zeros, reserved);
      return nullptr;
    }
    ::madvise(text, size, MADV_SEQUENTIAL);
    return std::unique_ptr<MappedFile>(new MappedFile(static_cast<const char*>(text), size, reserved, page, slot));
  }
  ~MappedFile() {
    Unwatch(slot_);
    ::munmap(const_cast<char*>(data_), reserved_);
  }
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  const char* data() const { return data_; }  // size() bytes then '\0'
  size_t size() const { return size_; }
  // Whether some of the text was gone when it was read.
  bool cut() const { return slot_->cut.load(); }

  // Done with the text before `offset`: its pages leave memory (they are
  // read again from the file if touched again, so this is only a hint).
  void Release(size_t offset) {
    size_t upto = std::min(offset, size_) / page_ * page_;
    if (upto < released_ + kReleaseBytes) return;
    ::madvise(const_cast<char*>(data_) + released_, upto - released_, MADV_DONTNEED);
    released_ = upto;
  }

 private:
  static constexpr size_t kReleaseBytes = size_t{32} << 20;
  MappedFile(const char* data, size_t size, size_t reserved, size_t page, MapSlot* slot)
      : data_(data), size_(size), reserved_(reserved), page_(page), slot_(slot) {}

  const char* data_;
  size_t size_;
  size_t reserved_;
  size_t page_;
  MapSlot* slot_;
  size_t released_ = 0;
};

// 64 bits of an id, eight bytes at a time; never 0 (an empty slot below).
uint64_t HashId(std::string_view s) {
  constexpr uint64_t kMul = 0x9E3779B97F4A7C15ull;
  uint64_t h = s.size() * kMul;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  uint64_t w = 0;
  std::memcpy(&w, s.data() + i, s.size() - i);
  h = (h ^ w) * 0xBF58476D1CE4E5B9ull;
  h ^= h >> 31;
  h *= 0x94D049BB133111EBull;
  h ^= h >> 32;
  return h != 0 ? h : 1;
}

// Ids to numbers: open addressing over the ids' 64-bit hashes, the ids
// themselves held by their owner (they must stay put). A node-based map
// spends most of a million lookups waiting for memory.
class IdTable {
 public:
  static constexpr uint32_t kMissing = UINT32_MAX;

  explicit IdTable(size_t expected = 0) { Resize(expected); }

  uint32_t Find(std::string_view id) const {
    uint64_t h = HashId(id);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.hash == 0) return kMissing;
      if (s.hash == h && s.size == id.size() && SameBytes(s.data, id.data(), id.size())) return s.value;
    }
  }
  // Starts loading the slot where Find(id) begins.
  void Prefetch(std::string_view id) const { __builtin_prefetch(&slots_[HashId(id) & mask_]); }
  // Adds `id`, which is not in the table yet.
  void Insert(std::string_view id, uint32_t value) {
    if ((size_ + 1) * 10 > slots_.size() * 7) Resize(2 * size_ + 2);
    Place(Slot{HashId(id), id.data(), static_cast<uint32_t>(id.size()), value});
    ++size_;
  }

 private:
  struct Slot {
    uint64_t hash = 0;
    const char* data = nullptr;
    uint32_t size = 0;
    uint32_t value = 0;
  };
  // Room for `n` ids at most 70% full.
  void Resize(size_t n) {
    size_t capacity = 16;
    while (capacity * 7 < n * 10) capacity *= 2;
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = capacity - 1;
    for (const Slot& s : old)
      if (s.hash != 0) Place(s);
  }
  void Place(const Slot& slot) {
    size_t i = slot.hash & mask_;
    while (slots_[i].hash != 0) i = (i + 1) & mask_;
    slots_[i] = slot;
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

// The members of a @graph node the reader looks at, in the order
// WriteJsonLd writes them (the next one is tried first).
enum NodeKey : uint8_t {
  kKeyId, kKeyType, kKeyName, kKeyAlternateName, kKeyNameAr, kKeyKind, kKeyCountry, kKeyRole, kKeyEventType,
  kKeyMode, kKeyCameo, kKeyStatus, kKeyStartDate, kKeyEndDate, kKeyTimeValue, kKeyTimeAnchor, kKeyAgent,
  kKeyRecipient, kKeyMediator, kKeyLocation, kKeyQuantity, kKeyTrigger, kKeyEvidence, kKeyHeadline, kKeyUrl,
  kKeyPublisher, kKeyIdentifier, kKeyDatePublished, kKeyLanguage, kNodeKeys
};
constexpr std::string_view kNodeKeyNames[kNodeKeys] = {
    "@id",      "@type",     "name",     "alternateName", "nameAr",     "kind",       "country",
    "role",     "eventType", "mode",     "cameo",         "status",     "startDate",  "endDate",
    "timeValue", "timeAnchor", "agent",  "recipient",     "mediator",   "location",   "quantity",
    "trigger",  "evidence",  "headline", "url",           "publisher",  "identifier", "datePublished",
    "language"};
// The members of an evidence entry the reader looks at.
enum EvidenceKey : uint8_t {
  kEvDocument, kEvText, kEvStartOffset, kEvEndOffset, kEvTriggerStart, kEvTriggerEnd, kEvEventDate, kEvidenceKeys
};
constexpr std::string_view kEvidenceKeyNames[kEvidenceKeys] = {
    "evidenceDocument", "text", "startOffset", "endOffset", "triggerStart", "triggerEnd", "eventDate"};
constexpr uint8_t kOtherKey = 255;

// The index of `key` in `names` (trying `hint` first), or kOtherKey.
template <size_t N>
uint8_t FindKey(const std::string_view (&names)[N], std::string_view key, size_t hint) {
  if (hint < N && Same(names[hint], key)) return static_cast<uint8_t>(hint);
  for (size_t i = 0; i < N; ++i)
    if (Same(names[i], key)) return static_cast<uint8_t>(i);
  return kOtherKey;
}

// Reads the nodes of one file, remembering the first error with the node
// it was found in. The file is parsed as a stream of SAX events (RapidJSON's
// Reader), and only one node of @graph at a time is held, so memory holds
// the graph read, not the text and a DOM of all of it. Errors are those a
// whole-file DOM would give, in the same order: a syntax error anywhere wins
// over any other, then the top level, then nodes in order.
//
// A node is read one of two ways. Where the text can be read again (a
// string, a mapped file), the SAX events of a node are taken straight into
// the fields below; a node that is anything but well formed (a wrong type,
// a bad date, a missing member, a repeated id...) is parsed again from its
// text as a DOM value and read by ReadNode, which finds its errors. So the
// fields hold only what ReadNode would accept, and ReadNode says every
// error. Where it cannot (a pipe), every node is captured as a DOM value.
class Reader {
 public:
  explicit Reader(const std::string& file) : file_(file), allocator_(pool_.get(), kPoolBytes) {}

  // RapidJSON SAX handler.
  bool Null() { return fast_ ? FastOther() : Scalar(Value()); }
  bool Bool(bool b) { return fast_ ? FastOther() : Scalar(Value(b)); }
  bool Int(int i) { return fast_ ? FastOther() : Scalar(Value(i)); }
  bool Uint(unsigned i) { return fast_ ? FastNumber(i) : Scalar(Value(i)); }
  bool Int64(int64_t i) { return fast_ ? FastOther() : Scalar(Value(i)); }
  bool Uint64(uint64_t i) { return fast_ ? FastNumber(i) : Scalar(Value(i)); }
  bool Double(double d) { return fast_ ? FastOther() : Scalar(Value(d)); }
  bool RawNumber(const char* s, rapidjson::SizeType n, bool copy) { return String(s, n, copy); }
  bool String(const char* s, rapidjson::SizeType n, bool) {
    if (fast_) {
      FastString(std::string_view(s, n));
    } else if (capturing_) {
      stack_.emplace_back(s, n, allocator_);
    } else {
      Begin(Kind::kScalar);
    }
    return true;
  }
  bool Key(const char* s, rapidjson::SizeType n, bool copy) {
    if (fast_) {
      FastKey(std::string_view(s, n));
      return true;
    }
    if (capturing_) return String(s, n, copy);
    // The first @graph member of the top-level object is the graph, as
    // FindMember finds it.
    graph_next_ = depth_ == 1 && !graph_seen_ && std::string_view(s, n) == "@graph";
    graph_seen_ = graph_seen_ || graph_next_;
    return true;
  }
  bool StartObject() {
    if (TooDeep()) return false;
    if (fast_) {
      FastStartObject();
    } else if (capturing_) {
      stack_.emplace_back(rapidjson::kObjectType);
    } else if (Begin(Kind::kObject)) {
      if (cursor_ != nullptr) {
        StartFastNode();
      } else {
        capturing_ = true;
        stack_.emplace_back(rapidjson::kObjectType);
      }
    }
    ++depth_;
    return true;
  }
  bool EndObject(rapidjson::SizeType members) {
    --depth_;
    if (fast_) {
      FastEndObject();
      return true;
    }
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
    if (fast_) {
      FastStartArray();
    } else if (capturing_) {
      stack_.emplace_back(rapidjson::kArrayType);
    } else {
      Begin(Kind::kArray);
    }
    ++depth_;
    return true;
  }
  bool EndArray(rapidjson::SizeType elements) {
    --depth_;
    if (fast_) {
      FastEndArray();
      return true;
    }
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
    base_ = text.data();
    cursor_ = &bytes.src_;
    rapidjson::Reader reader;
    rapidjson::ParseResult parsed = reader.Parse(in, *this);
    cursor_ = nullptr;
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
    if (std::unique_ptr<MappedFile> mapped = MappedFile::Map(::fileno(file.get()))) {
      if (MappedHook()) MappedHook()(path);
      Result<std::vector<Facts>> out = RunMapped(*mapped);
      if (mapped->cut())
        return Status::Error(path, 0, "the file was cut short while it was read (is another program writing it?); "
                                      "read it again once it is complete");
      return out;
    }
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
      int line = 1;
      if (in.LineOf(parsed.Offset(), line)) return SyntaxError(parsed, line);
      // An error found behind the last block (after a long number, say):
      // the newlines before it, read again.
      std::rewind(file.get());
      size_t left = parsed.Offset();
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

  // The whole file through a pointer: the text ends in '\0', as a
  // StringStream needs, and behaves as the MemoryStream of Run over it.
  Result<std::vector<Facts>> RunMapped(MappedFile& mapped) {
    rapidjson::StringStream in(mapped.data());
    for (unsigned mark : {0xEFu, 0xBBu, 0xBFu})
      if (static_cast<unsigned char>(in.Peek()) == mark) in.Take();
    base_ = mapped.data();
    cursor_ = &in.src_;
    mapped_ = &mapped;
    rapidjson::Reader reader;
    rapidjson::ParseResult parsed = reader.Parse(in, *this);
    cursor_ = nullptr;
    mapped_ = nullptr;
    if (parsed.IsError()) {
      size_t offset = std::min(parsed.Offset(), mapped.size());
      int line = 1;
      for (size_t at = 0; at < offset;) {
        size_t n = std::min(offset - at, size_t{16} << 20);
        line += static_cast<int>(std::count(mapped.data() + at, mapped.data() + at + n, '\n'));
        at += n;
        mapped.Release(at);
      }
      return SyntaxError(parsed, line);
    }
    return Finish();
  }

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

  // --- The fast path: a node's SAX events straight into fields. ---

  // Where the node's text is: a range of node_text_.
  struct Slice {
    uint32_t begin = 0, size = 0;
  };
  enum class Shape : uint8_t { kAbsent, kString, kRef, kArray, kStrings, kRefs, kEvidence };
  struct Field {
    Shape shape = Shape::kAbsent;
    Slice text;                   // kString, kRef
    uint32_t first = 0, count = 0;  // arrays: items_ or evidence_
  };
  struct EvidenceFields {
    uint32_t have = 0;  // bit per EvidenceKey
    Slice text[kEvidenceKeys];
    uint64_t number[kEvidenceKeys] = {};
  };
  // What a level of the node is.
  enum class Level : uint8_t { kNode, kArray, kRef, kEvidence };

  size_t Position() const { return static_cast<size_t>(*cursor_ - base_); }

  void StartFastNode() {
    fast_ = true;
    bail_ = false;
    skip_to_ = 0;
    node_start_ = Position() - 1;  // the '{' was taken
    nest_ = 1;
    levels_[1] = Level::kNode;
    for (Field& f : fields_) f = Field{};
    node_text_.clear();
    items_.clear();
    evidence_.clear();
    node_key_ = kOtherKey;
    last_node_key_ = kOtherKey;
  }
  Slice Keep(std::string_view s) {
    Slice slice{static_cast<uint32_t>(node_text_.size()), static_cast<uint32_t>(s.size())};
    node_text_.append(s);
    return slice;
  }
  std::string_view Text(Slice s) const { return std::string_view(node_text_).substr(s.begin, s.size); }
  // Anything ReadNode should look at: the rest of the node is ignored and
  // it is read again from its text.
  void Bail() { bail_ = true; }
  bool Ignoring() const { return bail_ || skip_to_ != 0; }
  // A container that is a value nobody reads begins: skip it.
  void Skip() { skip_to_ = nest_; }
  void Enter(Level level) { levels_[++nest_] = level; }

  void FastKey(std::string_view key) {
    if (Ignoring()) return;
    switch (levels_[nest_]) {
      case Level::kNode: {
        uint8_t k = FindKey(kNodeKeyNames, key, last_node_key_ + 1u);
        if (k != kOtherKey) last_node_key_ = k;
        // A repeated member is not the one FindMember finds: ignore it.
        node_key_ = k != kOtherKey && fields_[k].shape == Shape::kAbsent ? k : kOtherKey;
        break;
      }
      case Level::kEvidence: {
        EvidenceFields& ev = evidence_.back();
        uint8_t k = FindKey(kEvidenceKeyNames, key, last_evidence_key_ + 1u);
        if (k != kOtherKey) last_evidence_key_ = k;
        evidence_key_ = k != kOtherKey && !(ev.have & (1u << k)) ? k : kOtherKey;
        break;
      }
      case Level::kRef:
        // Just {"@id": "..."}.
        if (key != "@id" || ref_has_id_) Bail();
        break;
      case Level::kArray:
        Bail();
        break;
    }
  }
  void FastString(std::string_view s) {
    if (Ignoring()) return;
    switch (levels_[nest_]) {
      case Level::kNode:
        if (node_key_ == kOtherKey) return;
        fields_[node_key_].shape = Shape::kString;
        fields_[node_key_].text = Keep(s);
        // The id comes first: its slot among a million is in the cache by
        // the time the node has been read and is looked up.
        if (std::string_view id; node_key_ == kKeyId && IdOf(s, id)) seen_.Prefetch(id);
        break;
      case Level::kArray: {
        Field& f = fields_[array_key_];
        if (f.shape == Shape::kArray) f.shape = Shape::kStrings;
        if (f.shape != Shape::kStrings) return Bail();
        items_.push_back(Keep(s));
        break;
      }
      case Level::kRef:
        ref_ = Keep(s);
        ref_has_id_ = true;
        break;
      case Level::kEvidence: {
        if (evidence_key_ == kOtherKey) return;
        if (evidence_key_ != kEvDocument && evidence_key_ != kEvText && evidence_key_ != kEvEventDate) return Bail();
        EvidenceFields& ev = evidence_.back();
        ev.have |= 1u << evidence_key_;
        ev.text[evidence_key_] = Keep(s);
        break;
      }
    }
  }
  bool FastNumber(uint64_t n) {
    if (Ignoring()) return true;
    if (levels_[nest_] != Level::kEvidence) return FastOther();
    if (evidence_key_ == kOtherKey) return true;
    if (evidence_key_ == kEvDocument || evidence_key_ == kEvText || evidence_key_ == kEvEventDate) {
      Bail();
      return true;
    }
    EvidenceFields& ev = evidence_.back();
    ev.have |= 1u << evidence_key_;
    ev.number[evidence_key_] = n;
    return true;
  }
  // A null, a boolean or a number no field takes.
  bool FastOther() {
    if (Ignoring()) return true;
    Level level = levels_[nest_];
    if ((level == Level::kNode && node_key_ == kOtherKey) || (level == Level::kEvidence && evidence_key_ == kOtherKey))
      return true;
    Bail();
    return true;
  }
  void FastStartObject() {
    if (Ignoring()) {
      ++nest_;
      return;
    }
    switch (levels_[nest_]) {
      case Level::kNode:
        if (node_key_ == kOtherKey) {
          Skip();
          ++nest_;
        } else if (node_key_ == kKeyLocation) {
          fields_[kKeyLocation].shape = Shape::kRef;
          ref_has_id_ = false;
          Enter(Level::kRef);
        } else {
          Bail();
          ++nest_;
        }
        return;
      case Level::kArray: {
        Field& f = fields_[array_key_];
        if (array_key_ == kKeyEvidence) {
          evidence_.emplace_back();
          evidence_key_ = last_evidence_key_ = kOtherKey;
          Enter(Level::kEvidence);
          return;
        }
        if (array_key_ == kKeyAgent || array_key_ == kKeyRecipient || array_key_ == kKeyMediator) {
          if (f.shape == Shape::kArray) f.shape = Shape::kRefs;
          if (f.shape == Shape::kRefs) {
            ref_has_id_ = false;
            Enter(Level::kRef);
            return;
          }
        }
        Bail();
        ++nest_;
        return;
      }
      case Level::kEvidence:
        if (evidence_key_ == kOtherKey) Skip();
        else Bail();
        ++nest_;
        return;
      case Level::kRef:
        Bail();
        ++nest_;
        return;
    }
  }
  void FastEndObject() {
    if (skip_to_ != 0) {
      if (--nest_ == skip_to_) skip_to_ = 0;
      return;
    }
    if (!bail_) {
      switch (levels_[nest_]) {
        case Level::kRef:
          if (!ref_has_id_) {
            Bail();
          } else if (levels_[nest_ - 1] == Level::kNode) {
            fields_[kKeyLocation].text = ref_;
          } else {
            items_.push_back(ref_);
          }
          break;
        case Level::kEvidence:
          evidence_key_ = kOtherKey;
          break;
        default:
          break;
      }
    }
    if (--nest_ == 0) FinishFastNode();
  }
  void FastStartArray() {
    if (Ignoring()) {
      ++nest_;
      return;
    }
    Level level = levels_[nest_];
    if (level == Level::kNode && node_key_ != kOtherKey) {
      Field& f = fields_[node_key_];
      array_key_ = node_key_;
      if (node_key_ == kKeyEvidence) {
        f.shape = Shape::kEvidence;
        f.first = static_cast<uint32_t>(evidence_.size());
      } else {
        f.shape = Shape::kArray;
        f.first = static_cast<uint32_t>(items_.size());
      }
      Enter(Level::kArray);
      return;
    }
    if ((level == Level::kNode && node_key_ == kOtherKey) || (level == Level::kEvidence && evidence_key_ == kOtherKey))
      Skip();
    else
      Bail();
    ++nest_;
  }
  void FastEndArray() {
    if (skip_to_ != 0) {
      if (--nest_ == skip_to_) skip_to_ = 0;
      return;
    }
    if (!bail_ && levels_[nest_] == Level::kArray) {
      Field& f = fields_[array_key_];
      f.count = static_cast<uint32_t>((f.shape == Shape::kEvidence ? evidence_.size() : items_.size()) - f.first);
    }
    --nest_;
  }

  // The node's '}' was read.
  void FinishFastNode() {
    fast_ = false;
    size_t end = Position();
    if (bail_ || !BuildNode()) {
      // Read again from its text by ReadNode, which says what is wrong
      // (or reads what the fields above do not take).
      rapidjson::Document node(&allocator_);
      node.Parse(base_ + node_start_, end - node_start_);
      if (node.HasParseError()) Fail("", "a @graph entry could not be read again");  // the text parsed once
      else ReadNode(node);
    }
    allocator_.Clear();
    if (mapped_ != nullptr) mapped_->Release(node_start_);
  }

  // The id of a reference or node; false when empty.
  static bool IdOf(std::string_view text, std::string_view& out) {
    if (text.substr(0, kIdPrefix.size()) == kIdPrefix) text.remove_prefix(kIdPrefix.size());
    out = text;
    return !text.empty();
  }
  // A string member, absent or a string: false for anything else.
  bool StringOf(NodeKey k, std::string& out) const {
    const Field& f = fields_[k];
    if (f.shape == Shape::kAbsent) return true;
    if (f.shape != Shape::kString) return false;
    out.assign(Text(f.text));
    return true;
  }
  bool StringsOf(NodeKey k, std::vector<std::string>& out) const {
    const Field& f = fields_[k];
    if (f.shape == Shape::kAbsent || (f.shape == Shape::kArray && f.count == 0)) return true;
    if (f.shape != Shape::kStrings) return false;
    out.reserve(f.count);
    for (uint32_t i = f.first; i < f.first + f.count; ++i) out.emplace_back(Text(items_[i]));
    return true;
  }
  bool RefsOf(NodeKey k, std::vector<std::string>& out) const {
    const Field& f = fields_[k];
    if (f.shape == Shape::kAbsent || (f.shape == Shape::kArray && f.count == 0)) return true;
    if (f.shape != Shape::kRefs) return false;
    out.reserve(f.count);
    std::string_view id;
    for (uint32_t i = f.first; i < f.first + f.count; ++i) {
      if (!IdOf(Text(items_[i]), id)) return false;
      out.emplace_back(id);
    }
    return true;
  }
  static bool DateOf(std::string_view text, Date& out) {
    if (text.empty()) return true;
    std::optional<Date> d = Date::ParseIso(text);
    if (!d) return false;
    out = *d;
    return true;
  }
  bool DateOf(NodeKey k, Date& out) const {
    const Field& f = fields_[k];
    if (f.shape == Shape::kAbsent) return true;
    return f.shape == Shape::kString && DateOf(Text(f.text), out);
  }

  // The node from its fields, as ReadNode would read it; false, with
  // nothing stored, where ReadNode would find an error.
  bool BuildNode() {
    std::string_view id;
    if (fields_[kKeyId].shape != Shape::kString || !IdOf(Text(fields_[kKeyId].text), id)) return false;
    if (seen_.Find(id) != IdTable::kMissing) return false;
    const Field& type = fields_[kKeyType];
    auto has = [&](std::string_view t) {
      if (type.shape == Shape::kString) return Text(type.text) == t;
      if (type.shape != Shape::kStrings) return false;
      for (uint32_t i = type.first; i < type.first + type.count; ++i)
        if (Text(items_[i]) == t) return true;
      return false;
    };
    if (type.shape != Shape::kString && type.shape != Shape::kStrings) return false;
    if (has("Event")) return BuildEvent(id);
    if (has("NewsArticle")) return BuildDocument(id);
    for (const char* t : kActorTypes)
      if (has(t)) return BuildActor(id);
    return false;
  }

  bool BuildEvent(std::string_view id) {
    const Field& evidence = fields_[kKeyEvidence];
    if (fields_[kKeyEventType].shape != Shape::kString || evidence.shape != Shape::kEvidence || evidence.count == 0)
      return false;
    std::string_view status = "happened";
    if (const Field& f = fields_[kKeyStatus]; f.shape == Shape::kString) status = Text(f.text);
    else if (f.shape != Shape::kAbsent) return false;
    auto s = std::find_if(std::begin(kStatuses), std::end(kStatuses),
                          [&](EventStatus x) { return status == EventStatusName(x); });
    if (s == std::end(kStatuses)) return false;
    Event& e = events_.emplace_back();
    e.id = id;
    e.status = *s;
    std::string_view location;
    bool ok = StringOf(kKeyEventType, e.category) && StringOf(kKeyMode, e.mode) && StringOf(kKeyCameo, e.cameo) &&
              DateOf(kKeyStartDate, e.start) && DateOf(kKeyEndDate, e.end) && StringOf(kKeyTimeValue, e.time_value) &&
              StringOf(kKeyTimeAnchor, e.time_anchor) && RefsOf(kKeyAgent, e.sources) &&
              RefsOf(kKeyRecipient, e.targets) && RefsOf(kKeyMediator, e.mediators) &&
              StringsOf(kKeyQuantity, e.quantities) && StringOf(kKeyTrigger, e.trigger);
    if (const Field& f = fields_[kKeyLocation]; ok && f.shape != Shape::kAbsent) {
      ok = f.shape == Shape::kRef && IdOf(Text(f.text), location);
      e.location = location;
    }
    e.evidence.reserve(evidence.count);
    constexpr uint32_t kRequired = 1u << kEvDocument | 1u << kEvStartOffset | 1u << kEvEndOffset |
                                   1u << kEvTriggerStart | 1u << kEvTriggerEnd;
    for (uint32_t i = evidence.first; ok && i < evidence.first + evidence.count; ++i) {
      const EvidenceFields& fields = evidence_[i];
      std::string_view doc;
      Evidence& ev = e.evidence.emplace_back();
      ok = (fields.have & kRequired) == kRequired && IdOf(Text(fields.text[kEvDocument]), doc) &&
           (!(fields.have & 1u << kEvEventDate) || DateOf(Text(fields.text[kEvEventDate]), ev.date));
      ev.doc_id = doc;
      if (fields.have & 1u << kEvText) ev.text = Text(fields.text[kEvText]);
      ev.sentence = {static_cast<size_t>(fields.number[kEvStartOffset]), static_cast<size_t>(fields.number[kEvEndOffset])};
      ev.trigger = {static_cast<size_t>(fields.number[kEvTriggerStart]), static_cast<size_t>(fields.number[kEvTriggerEnd])};
      // Written only where it differs from the event's start.
      if (!ev.date.known()) ev.date = e.start;
    }
    if (!ok) {
      events_.pop_back();
      return false;
    }
    seen_.Insert(e.id, 0);
    return true;
  }

  bool BuildActor(std::string_view id) {
    Actor a;
    a.id = id;
    std::string kind, country;
    std::vector<std::string> alternates;
    if (fields_[kKeyKind].shape != Shape::kString || !StringOf(kKeyName, a.name) || !StringOf(kKeyNameAr, a.name_ar) ||
        !StringOf(kKeyKind, kind) || !StringOf(kKeyCountry, country) || !StringsOf(kKeyAlternateName, alternates) ||
        !StringsOf(kKeyRole, a.roles))
      return false;
    auto k = std::find_if(std::begin(kActorKinds), std::end(kActorKinds),
                          [&](ActorKind x) { return kind == ActorKindName(x); });
    if (k == std::end(kActorKinds)) return false;
    a.kind = *k;
    if (!country.empty()) {
      std::string_view c;
      if (!IdOf(country, c)) return false;
      a.country = c;
    } else if (a.kind == ActorKind::kState) {
      a.country = a.id;
    }
    StoreActor(std::move(a), std::move(alternates));
    return true;
  }

  bool BuildDocument(std::string_view id) {
    Facts f;
    f.doc_id = id;
    if (!StringOf(kKeyHeadline, f.doc_title) || !StringOf(kKeyUrl, f.doc_url) || !StringOf(kKeyPublisher, f.doc_source) ||
        !StringOf(kKeyIdentifier, f.doc_path) || !DateOf(kKeyDatePublished, f.published) ||
        !StringOf(kKeyLanguage, f.language))
      return false;
    StoreDocument(std::move(f));
    return true;
  }

  // --- The DOM path: a node as a value, every error found. ---

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
    if (seen_.Find(node_) != IdTable::kMissing) {
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
    StoreActor(std::move(a), std::move(alternates));
    return true;
  }
  // The surface forms are the alternate names but the Arabic one.
  void StoreActor(Actor a, std::vector<std::string> alternates) {
    for (auto& s : alternates)
      if (s != a.name_ar) a.names.push_back(std::move(s));
    std::sort(a.names.begin(), a.names.end());
    a.names.erase(std::unique(a.names.begin(), a.names.end()), a.names.end());
    std::string id = a.id;
    seen_.Insert(actors_.emplace(std::move(id), std::move(a)).first->first, 0);
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
    seen_.Insert(events_.back().id, 0);
    return true;
  }

  bool ReadDocument(const Value& node) {
    Facts f;
    f.doc_id = node_;
    if (!String(node, "headline", f.doc_title) || !String(node, "url", f.doc_url) ||
        !String(node, "publisher", f.doc_source) || !String(node, "identifier", f.doc_path) ||
        !DateField(node, "datePublished", f.published) || !String(node, "language", f.language))
      return false;
    StoreDocument(std::move(f));
    return true;
  }
  void StoreDocument(Facts f) {
    std::string id = f.doc_id;
    seen_.Insert(documents_.emplace(std::move(id), std::move(f)).first->first, 0);
  }

  // Each event goes to every document it was read in, whole: the graph
  // merges the copies back into one node with the same id. Each actor goes
  // with the first document (by id) that names it, which is the document
  // the graph takes its description from; every copy of it in the file is
  // the same, so the others would add nothing.
  Result<std::vector<Facts>> Assemble() {
    seen_ = IdTable();  // its ids are about to move
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
    IdTable doc_rank(docs.size()), actor_rank(actors.size());
    size_t at = 0;
    for (size_t i = 0; i < docs.size(); at += docs[i].first.size(), ++i)
      doc_rank.Insert(std::string_view(ids_text).substr(at, docs[i].first.size()), static_cast<uint32_t>(i));
    for (size_t i = 0; i < actors.size(); at += actors[i].first.size(), ++i)
      actor_rank.Insert(std::string_view(ids_text).substr(at, actors[i].first.size()), static_cast<uint32_t>(i));
    constexpr uint32_t kNone = UINT32_MAX;
    std::vector<uint32_t> first_doc(actors.size(), kNone);  // the first document naming each actor

    std::vector<uint32_t> ids, cited;
    std::vector<std::string_view> names;
    // Events leave the queue as they are placed, so that they are not held
    // twice.
    for (; !events_.empty(); events_.pop_front()) {
      Event& e = events_.front();
      ids.clear();
      auto name = [&](const std::string& id) {
        uint32_t rank = actor_rank.Find(id);
        if (rank == IdTable::kMissing) return Fail(e.id, "names actor " + id + ", which is not in @graph");
        ids.push_back(rank);
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
      names.clear();
      for (const Evidence& ev : e.evidence) names.push_back(ev.doc_id);
      std::sort(names.begin(), names.end());
      names.erase(std::unique(names.begin(), names.end()), names.end());
      cited.clear();
      for (std::string_view d : names) {
        uint32_t rank = doc_rank.Find(d);
        if (rank == IdTable::kMissing) {
          Fail(e.id, "cites document " + std::string(d) + ", which is not in @graph");
          return status_;
        }
        cited.push_back(rank);
      }
      for (uint32_t a : ids) first_doc[a] = std::min(first_doc[a], cited.front());
      for (size_t i = 0; i < cited.size(); ++i) {
        Facts& f = *docs[cited[i]].second;
        // The last document takes the event itself, the others copies.
        if (i + 1 < cited.size()) {
          std::vector<Evidence> evidence = std::move(e.evidence);
          Event copy = e;
          e.evidence = std::move(evidence);
          for (const Evidence& ev : e.evidence)
            if (ev.doc_id == f.doc_id) copy.evidence.push_back(ev);
          f.events.push_back(std::move(copy));
        } else {
          if (cited.size() > 1)
            std::erase_if(e.evidence, [&](const Evidence& ev) { return ev.doc_id != f.doc_id; });
          f.events.push_back(std::move(e));
        }
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

  // The fast path: the text (when it can be read again) and the node read.
  const char* base_ = nullptr;
  const char* const* cursor_ = nullptr;  // the stream's position in it
  MappedFile* mapped_ = nullptr;
  bool fast_ = false;  // inside a node read into fields
  bool bail_ = false;  // ... which ReadNode will read instead
  int nest_ = 0;       // levels open in the node: 1 is the node itself
  int skip_to_ = 0;    // when not 0, skipping a value until back at this level
  std::array<Level, 4> levels_ = {};
  size_t node_start_ = 0;
  // The member whose value comes next (kOtherKey: one not read), and the
  // last member named (the next one in kNodeKeyNames is tried first).
  uint8_t node_key_ = kOtherKey, last_node_key_ = kOtherKey, array_key_ = kOtherKey;
  uint8_t evidence_key_ = kOtherKey, last_evidence_key_ = kOtherKey;
  bool ref_has_id_ = false;
  Slice ref_;
  std::array<Field, kNodeKeys> fields_;
  std::string node_text_;
  std::vector<Slice> items_;
  std::vector<EvidenceFields> evidence_;

  // What the nodes said.
  IdTable seen_;  // ids of the nodes stored below
  std::unordered_map<std::string, Actor> actors_;
  std::unordered_map<std::string, Facts> documents_;
  std::deque<Event> events_;  // a deque, so that the ids seen_ holds stay put
};

}  // namespace
}  // namespace diplograph

namespace rapidjson {
// RapidJSON copies every string into its stack a byte at a time, then hands
// over the copy. From a mapped file, a string without escapes (almost all
// of them) is found with SIMD and handed over where it lies; anything else
// is parsed as RapidJSON's own ParseString does, with the same errors.
template <>
template <>
void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ParseString<0u, StringStream, diplograph::Reader>(
    StringStream& is, diplograph::Reader& handler, bool isKey) {
  const char* begin = is.src_ + 1;  // after the '"'
  const char* end = diplograph::ScanPlain(begin);
  if (*end == '"') {
    is.src_ = end + 1;
    SizeType length = static_cast<SizeType>(end - begin);
    bool success = isKey ? handler.Key(begin, length, true) : handler.String(begin, length, true);
    if (RAPIDJSON_UNLIKELY(!success)) RAPIDJSON_PARSE_ERROR(kParseErrorTermination, is.Tell());
    return;
  }
  internal::StreamLocalCopy<StringStream> copy(is);
  StringStream& s(copy.s);
  s.Take();  // the '"'
  StackStream<char> stack_stream(stack_);
  ParseStringToStream<0u, UTF8<>, UTF8<>>(s, stack_stream);
  RAPIDJSON_PARSE_ERROR_EARLY_RETURN_VOID;
  SizeType length = static_cast<SizeType>(stack_stream.Length()) - 1;
  const char* const str = stack_stream.Pop();
  bool success = isKey ? handler.Key(str, length, true) : handler.String(str, length, true);
  if (RAPIDJSON_UNLIKELY(!success)) RAPIDJSON_PARSE_ERROR(kParseErrorTermination, s.Tell());
}
}  // namespace rapidjson

namespace diplograph {

Result<std::vector<Facts>> ReadJsonLdFacts(std::string_view text, const std::string& file) {
  return Reader(file).Run(text);
}

Result<std::vector<Facts>> ReadJsonLdFactsFile(const std::string& path) { return Reader(path).RunFile(path); }

void SetMappedFileHookForTesting(std::function<void(const std::string&)> hook) { MappedHook() = std::move(hook); }

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
