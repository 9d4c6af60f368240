#include "core/lexicon.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>
#include <utility>

#include "core/embedded_data.h"
#include "core/text.h"

namespace diplograph {

namespace {

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  for (;;) {
    size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? std::string_view::npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

std::vector<std::string> SplitList(std::string_view field) {
  std::vector<std::string> out;
  size_t pos = 0;
  while (pos <= field.size()) {
    size_t semi = field.find(';', pos);
    std::string_view item = Trim(field.substr(pos, semi == std::string_view::npos ? std::string_view::npos : semi - pos));
    if (!item.empty() && item != "-") out.emplace_back(item);
    if (semi == std::string_view::npos) break;
    pos = semi + 1;
  }
  return out;
}

std::string Field(const std::vector<std::string_view>& f, size_t i) {
  if (i >= f.size()) return "";
  std::string_view v = Trim(f[i]);
  return v == "-" ? "" : std::string(v);
}

bool ParseKind(std::string_view s, ActorKind& k) {
  static const std::pair<const char*, ActorKind> kKinds[] = {
      {"person", ActorKind::kPerson},         {"state", ActorKind::kState},
      {"organisation", ActorKind::kOrganisation}, {"organization", ActorKind::kOrganisation},
      {"armed_group", ActorKind::kArmedGroup}, {"government_body", ActorKind::kGovernmentBody},
      {"capital", ActorKind::kCapital},       {"city", ActorKind::kCity},
      {"region", ActorKind::kRegion}};
  for (const auto& [name, kind] : kKinds)
    if (s == name) {
      k = kind;
      return true;
    }
  return false;
}

bool EndsWithYeh(const std::string& s) {
  return s.size() >= 2 && (s.compare(s.size() - 2, 2, "ي") == 0);
}

}  // namespace

const char* ActorKindName(ActorKind k) {
  switch (k) {
    case ActorKind::kPerson: return "person";
    case ActorKind::kState: return "state";
    case ActorKind::kOrganisation: return "organisation";
    case ActorKind::kArmedGroup: return "armed_group";
    case ActorKind::kGovernmentBody: return "government_body";
    case ActorKind::kCapital: return "capital";
    case ActorKind::kCity: return "city";
    case ActorKind::kRegion: return "region";
  }
  return "state";
}

bool IsPlaceKind(ActorKind k) {
  return k == ActorKind::kCapital || k == ActorKind::kCity || k == ActorKind::kRegion;
}

std::string Lexicon::PhraseKey(std::string_view phrase) {
  std::string copy(phrase);
  std::string key;
  for (const Token& t : Tokenize(copy, {0, copy.size()})) {
    if (t.fold == "-") continue;  // "Laurent-Desire" and "Laurent Desire" are one name
    if (!key.empty()) key += ' ';
    key += t.fold;
  }
  return key;
}

size_t Lexicon::HashedCounts::Get(size_t hash) const {
  if (slots_.empty()) return 0;
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.n == 0) return 0;
    if (s.hash == hash) return s.n;
  }
}

void Lexicon::HashedCounts::Raise(size_t hash, size_t n) {
  // At most half full, so that a probe for a missing key stops soon.
  if (2 * (used_ + 1) > slots_.size()) {
    const size_t size = std::max<size_t>(1024, 2 * slots_.size());
    std::vector<Slot> old = std::exchange(slots_, std::vector<Slot>(size));
    used_ = 0;
    for (const Slot& s : old)
      if (s.n != 0) Raise(s.hash, s.n);
  }
  const size_t mask = slots_.size() - 1;
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    Slot& s = slots_[i];
    if (s.n == 0) {
      s = {hash, n};
      ++used_;
      return;
    }
    if (s.hash == hash) {
      s.n = std::max(s.n, n);
      return;
    }
  }
}

void Lexicon::IndexPhrase(std::string_view phrase, PhraseHit hit) {
  std::string key = PhraseKey(phrase);
  if (key.empty()) return;
  size_t tokens = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  max_phrase_tokens_ = std::max(max_phrase_tokens_, tokens);
  first_words_.Raise(WordHash(std::string_view(key).substr(0, key.find(' '))), tokens);
  phrase_keys_.Raise(WordHash(key), 1);
  auto& hits = phrases_[key];
  for (const PhraseHit& h : hits)
    if (h.type == hit.type && h.index == hit.index) return;
  hits.push_back(hit);
}

void Lexicon::AddActor(ActorEntry entry) {
  auto it = actor_by_id_.find(entry.id);
  size_t index;
  if (it != actor_by_id_.end()) {
    // A later entry overrides the name and kind and adds its aliases.
    index = it->second;
    ActorEntry& old = actors_[index];
    old.kind = entry.kind;
    if (!entry.name.empty()) old.name = entry.name;
    if (!entry.country.empty()) old.country = entry.country;
    for (auto& a : entry.aliases) old.aliases.push_back(a);
    for (auto& a : entry.adjectives) old.adjectives.push_back(a);
    entry = old;
  } else {
    index = actors_.size();
    actor_by_id_[entry.id] = index;
    actors_.push_back(entry);
  }
  IndexPhrase(entry.name, {PhraseHit::Type::kActor, index});
  for (const std::string& a : entry.aliases) IndexPhrase(a, {PhraseHit::Type::kActor, index});
  for (const std::string& adj : entry.adjectives) {
    IndexPhrase(adj, {PhraseHit::Type::kAdjective, index});
    std::string fold = FoldForMatch(adj);
    if (EndsWithYeh(fold)) {
      // Derived Arabic forms of a nisba adjective: feminine, dual, plural.
      for (const char* suffix : {"ه", "ان", "ين", "ون", "تان", "تين"})
        IndexPhrase(fold + suffix, {PhraseHit::Type::kAdjective, index});
    }
  }
}

Status Lexicon::LoadText(const std::string& name, std::string_view content) {
  enum { kActors, kRoles, kTitles, kInstitutions, kTriggers } format = kActors;
  if (name.find("roles") != std::string::npos) format = kRoles;
  else if (name.find("institutions") != std::string::npos) format = kInstitutions;
  else if (name.find("titles") != std::string::npos) format = kTitles;
  else if (name.find("triggers") != std::string::npos) format = kTriggers;
  int line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    std::string_view line = content.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = nl == std::string_view::npos ? content.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty() || Trim(line)[0] == '#') continue;
    std::vector<std::string_view> f = SplitTabs(line);
    auto bad = [&](const std::string& what) { return Status::Error(name, line_no, what); };
    switch (format) {
      case kActors: {
        if (f.size() < 3) return bad("expected at least 3 tab-separated fields (id, kind, name)");
        ActorEntry e;
        e.id = Field(f, 0);
        if (!ParseKind(Field(f, 1), e.kind)) return bad("unknown kind '" + Field(f, 1) + "'");
        e.name = Field(f, 2);
        e.country = Field(f, 3);
        e.aliases = SplitList(Field(f, 4));
        e.adjectives = SplitList(Field(f, 5));
        if (e.id.empty() || e.name.empty()) return bad("empty id or name");
        AddActor(std::move(e));
        break;
      }
      case kRoles: {
        if (f.size() < 3) return bad("expected role, of, holder, from, to");
        RoleSpell r{Field(f, 0), Field(f, 1), Field(f, 2), {}, {}};
        std::string from = Field(f, 3), to = Field(f, 4);
        if (!from.empty()) {
          auto d = Date::ParseIso(from);
          if (!d) return bad("bad date '" + from + "'");
          r.from = *d;
        }
        if (!to.empty()) {
          auto d = Date::ParseIso(to);
          if (!d) return bad("bad date '" + to + "'");
          r.to = *d;
        }
        if (r.from.known() && r.to.known() && r.to.ToIso() < r.from.ToIso())
          return bad("the role ends (" + to + ") before it starts (" + from + "); swap the dates");
        AddRole(std::move(r));
        break;
      }
      case kTitles: {
        if (f.size() < 3) return bad("expected role, lang, forms");
        size_t index = title_roles_.size();
        title_roles_.push_back(Field(f, 0));
        for (const std::string& form : SplitList(Field(f, 2)))
          IndexPhrase(form, {PhraseHit::Type::kTitle, index});
        break;
      }
      case kInstitutions: {
        if (f.size() < 5) return bad("expected key, english, arabic, gender, forms");
        size_t index = institutions_.size();
        institutions_.push_back({Field(f, 0), Field(f, 1), Field(f, 2), Field(f, 3) == "f"});
        for (const std::string& form : SplitList(Field(f, 4)))
          IndexPhrase(form, {PhraseHit::Type::kInstitution, index});
        break;
      }
      case kTriggers: {
        if (f.size() < 3) return bad("expected lang, form, category, mode, cameo, status");
        for (const std::string& form : SplitList(Field(f, 1))) {
          TriggerEntry t;
          t.lang = Field(f, 0);
          t.form = form;
          // "-" is the exclusion mark here, not an empty field.
          t.category = f.size() > 2 && Trim(f[2]) == "-" ? "-" : Field(f, 2);
          t.mode = Field(f, 3);
          t.cameo = Field(f, 4);
          t.status = Field(f, 5);
          // Flags before the status: "noun:happened", "topic:happened".
          for (;;) {
            if (t.status.rfind("noun:", 0) == 0) {
              t.noun = true;
              t.status = t.status.substr(5);
            } else if (t.status.rfind("topic:", 0) == 0) {
              t.topic_object = true;
              t.status = t.status.substr(6);
            } else if (t.status.rfind("place:", 0) == 0) {
              t.needs_place = true;
              t.status = t.status.substr(6);
            } else {
              break;
            }
          }
          if (t.status.empty()) t.status = "happened";
          triggers_.push_back(t);
          IndexPhrase(form, {PhraseHit::Type::kTrigger, triggers_.size() - 1});
        }
        break;
      }
    }
  }
  return Status();
}

Status Lexicon::LoadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path, 0, "cannot open the lexicon file");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (FindInvalidUtf8(content) != std::string::npos)
    return Status::Error(path, 0, "the lexicon file is not valid UTF-8");
  return LoadText(path, content);
}

namespace {

// "SERGEY_V._LAVROV_" -> "Sergey V. Lavrov".
std::string CameoName(std::string_view raw) {
  std::string s(Trim(raw));
  std::replace(s.begin(), s.end(), '_', ' ');
  bool start = true;
  for (char& c : s) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    else if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    start = c == ' ' || c == '-' || c == '.';
  }
  return std::string(Trim(s));
}

// "19940922", "040309" (YYMMDD, 20th or 21st century) -> a date.
Date CameoDate(std::string_view d) {
  // Check the length first: a long run of digits would overflow `v`.
  if (d.size() != 8 && d.size() != 6) return Date();
  int v = 0;
  for (char c : d) {
    if (c < '0' || c > '9') return Date();
    v = v * 10 + (c - '0');
  }
  int y, m, day;
  if (d.size() == 8) {
    y = v / 10000, m = v / 100 % 100, day = v % 100;
  } else if (d.size() == 6) {
    y = v / 10000, m = v / 100 % 100, day = v % 100;
    y += y < 50 ? 2000 : 1900;
  } else {
    return Date();
  }
  return Date::IsValidDay(y, m, day) ? Date::Day(y, m, day) : Date();
}

}  // namespace

Status Lexicon::LoadCameoActors(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path, 0, "cannot open the CAMEO actor dictionary");
  // The file's family decides what its entries are.
  ActorKind default_kind = ActorKind::kPerson;
  if (path.find("International") != std::string::npos) default_kind = ActorKind::kOrganisation;
  if (path.find("MilNonState") != std::string::npos) default_kind = ActorKind::kArmedGroup;

  struct Pending {
    std::string name;
    std::vector<std::string> aliases;
    std::vector<std::pair<std::string, std::string>> codes;  // code, dates ("" / ">20040309" / "a-b")
  } cur;
  int entries = 0;
  auto flush = [&] {
    if (cur.name.empty()) return;
    ++entries;
    std::string code = cur.codes.empty() ? "" : cur.codes.front().first;
    ActorEntry e;
    e.name = cur.name;
    e.aliases = cur.aliases;
    e.kind = default_kind;
    std::string lower = code;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (code.size() == 3 && FindActor(lower) != nullptr && FindActor(lower)->kind == ActorKind::kState) {
      e.id = lower;  // a country's names join the state
      e.kind = ActorKind::kState;
      e.name = "";
    } else {
      if (code.size() >= 3) e.country = lower.substr(0, 3);
      // Someone the lexicon already knows keeps their id.
      std::vector<std::string> names{cur.name};
      names.insert(names.end(), cur.aliases.begin(), cur.aliases.end());
      for (const std::string& n : names) {
        const std::vector<PhraseHit>* hits = Lookup(PhraseKey(n));
        if (hits == nullptr) continue;
        for (const PhraseHit& h : *hits)
          if (h.type == PhraseHit::Type::kActor && actors_[h.index].kind == e.kind) e.id = actors_[h.index].id;
        if (!e.id.empty()) break;
      }
      if (e.id.empty()) {
        e.id = "cameo-" + FoldForMatch(cur.name);
        std::replace(e.id.begin(), e.id.end(), ' ', '-');
      } else {
        e.name = "";
      }
    }
    for (const auto& [c, dates] : cur.codes) {
      if (c.size() <= 3) continue;
      RoleSpell r;
      r.role = "cameo " + c;
      std::string of = c.substr(0, 3);
      std::transform(of.begin(), of.end(), of.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
      r.of = of;
      r.holder = e.id;
      if (!dates.empty() && dates[0] == '>') {
        r.from = CameoDate(dates.substr(1));
      } else if (!dates.empty() && dates[0] == '<') {
        r.to = CameoDate(dates.substr(1));
      } else if (size_t dash = dates.find('-'); dash != std::string::npos) {
        r.from = CameoDate(dates.substr(0, dash));
        r.to = CameoDate(dates.substr(dash + 1));
      }
      AddRole(r);
    }
    if (e.kind == ActorKind::kPerson || !e.name.empty() || e.kind == ActorKind::kState) {
      if (e.name.empty() && FindActor(e.id) != nullptr) e.name = FindActor(e.id)->name;
      AddActor(std::move(e));
    }
    cur = Pending();
  };
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view t = Trim(line);
    size_t hash = t.find('#');
    if (hash != std::string_view::npos) t = Trim(t.substr(0, hash));
    if (t.empty()) continue;
    auto read_codes = [&](std::string_view rest) {
      // "[RUSGOV >20040309]", "[AFG]", "[RUSGOV 19940922-20040712]"
      size_t open = rest.find('[');
      while (open != std::string_view::npos) {
        size_t close = rest.find(']', open);
        if (close == std::string_view::npos) break;
        std::string_view inside = Trim(rest.substr(open + 1, close - open - 1));
        size_t space = inside.find(' ');
        std::string code(inside.substr(0, space));
        std::string dates = space == std::string_view::npos ? "" : std::string(Trim(inside.substr(space + 1)));
        if (!code.empty()) cur.codes.emplace_back(code, dates);
        open = rest.find('[', close);
      }
    };
    if (t[0] == '+') {
      if (!cur.name.empty()) {
        std::string alias = CameoName(t.substr(1));
        if (!alias.empty()) cur.aliases.push_back(alias);
      }
    } else if (t[0] == '[') {
      read_codes(t);
    } else {
      flush();
      size_t bracket = t.find('[');
      cur.name = CameoName(t.substr(0, bracket));
      if (bracket != std::string_view::npos) read_codes(t.substr(bracket));
    }
  }
  flush();
  if (entries == 0) return Status::Error(path, 0, "no actor entries found; is this a CAMEO .actors file?");
  return Status();
}

const ActorEntry* Lexicon::FindActor(std::string_view id) const {
  auto it = actor_by_id_.find(std::string(id));
  return it == actor_by_id_.end() ? nullptr : &actors_[it->second];
}

namespace {
bool Covers(const RoleSpell& r, const Date& when) {
  if (!when.known()) return false;
  // Compare at the precision each bound has: a bound known to the year
  // covers the whole year.
  auto before = [](const Date& a, const Date& b) {  // a ends before b starts
    if (a.year != b.year) return a.year < b.year;
    if (a.month == 0 || b.month == 0) return false;
    if (a.month != b.month) return a.month < b.month;
    if (a.day == 0 || b.day == 0) return false;
    return a.day < b.day;
  };
  if (r.from.known() && before(when, r.from)) return false;
  if (r.to.known() && before(r.to, when)) return false;
  return r.from.known() || r.to.known();
}
}  // namespace

void Lexicon::AddRole(RoleSpell r) {
  roles_by_holder_[r.holder].push_back(roles_.size());
  roles_by_office_[r.role + '\n' + r.of].push_back(roles_.size());
  roles_.push_back(std::move(r));
}

std::string Lexicon::HolderOf(const std::string& role, const std::string& of, const Date& when) const {
  auto it = roles_by_office_.find(role + '\n' + of);
  if (it == roles_by_office_.end()) return "";
  const RoleSpell* best = nullptr;
  for (size_t i : it->second) {
    const RoleSpell& r = roles_[i];
    if (!Covers(r, when)) continue;
    // On a hand-over day the newcomer wins.
    if (best == nullptr || r.from > best->from) best = &r;
  }
  return best ? best->holder : "";
}

std::vector<const RoleSpell*> Lexicon::RolesOf(const std::string& person, const Date& when) const {
  std::vector<const RoleSpell*> out;
  auto it = roles_by_holder_.find(person);
  if (it == roles_by_holder_.end()) return out;
  for (size_t i : it->second)
    if (Covers(roles_[i], when)) out.push_back(&roles_[i]);
  return out;
}

const std::vector<PhraseHit>* Lexicon::Lookup(const std::string& key) const {
  if (phrase_keys_.Get(WordHash(key)) == 0) return nullptr;
  auto it = phrases_.find(key);
  return it == phrases_.end() ? nullptr : &it->second;
}

Result<Lexicon> Lexicon::Default() {
  Lexicon lex;
  for (const EmbeddedFile& f : EmbeddedLexiconFiles()) {
    Status s = lex.LoadText("data/" + std::string(f.name), f.content);
    if (!s.ok()) return s;
  }
  return lex;
}

}  // namespace diplograph
