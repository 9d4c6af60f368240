#include "core/lexicon.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

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

void Lexicon::IndexPhrase(std::string_view phrase, PhraseHit hit) {
  std::string key = PhraseKey(phrase);
  if (key.empty()) return;
  size_t tokens = static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  max_phrase_tokens_ = std::max(max_phrase_tokens_, tokens);
  size_t& longest = first_words_[key.substr(0, key.find(' '))];
  longest = std::max(longest, tokens);
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
        roles_.push_back(std::move(r));
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
          t.category = Field(f, 2);
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

Status Lexicon::LoadCameoActors(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error(path, 0, "cannot open the CAMEO actor dictionary");
  std::string line;
  int line_no = 0;
  ActorEntry current;
  auto flush = [&] {
    if (!current.id.empty()) AddActor(current);
    current = ActorEntry();
  };
  auto pretty = [](std::string s) {
    std::replace(s.begin(), s.end(), '_', ' ');
    bool start = true;
    for (char& c : s) {
      if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
      else if (!start && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      start = c == ' ' || c == '-';
    }
    return std::string(Trim(s));
  };
  while (std::getline(in, line)) {
    ++line_no;
    std::string_view t = Trim(line);
    size_t hash = t.find('#');
    if (hash != std::string_view::npos) t = Trim(t.substr(0, hash));
    if (t.empty()) continue;
    if (t[0] == '+') {
      if (!current.id.empty()) current.aliases.push_back(pretty(std::string(t.substr(1))));
    } else if (t[0] == '[') {
      // "[RUSGOV >20040309]": the role's country is the code's first three letters.
      if (current.id.empty()) continue;
      std::string code(t.substr(1, t.find_first_of(" ]") - 1));
      if (code.size() >= 3 && current.country.empty()) {
        std::string c = code.substr(0, 3);
        std::transform(c.begin(), c.end(), c.begin(), [](char ch) { return static_cast<char>(std::tolower(ch)); });
        current.country = c;
      }
    } else {
      flush();
      std::string name(t.substr(0, t.find_first_of(" \t")));
      if (name.empty()) continue;
      current.kind = ActorKind::kPerson;
      current.name = pretty(name);
      std::string id = "cameo-" + name;
      std::transform(id.begin(), id.end(), id.begin(), [](char ch) {
        return ch == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      });
      current.id = id;
    }
  }
  flush();
  if (line_no == 0) return Status::Error(path, 0, "the CAMEO actor dictionary is empty");
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

std::string Lexicon::HolderOf(const std::string& role, const std::string& of, const Date& when) const {
  const RoleSpell* best = nullptr;
  for (const RoleSpell& r : roles_) {
    if (r.role != role || r.of != of || !Covers(r, when)) continue;
    // On a hand-over day the newcomer wins.
    if (best == nullptr || r.from > best->from) best = &r;
  }
  return best ? best->holder : "";
}

std::vector<const RoleSpell*> Lexicon::RolesOf(const std::string& person, const Date& when) const {
  std::vector<const RoleSpell*> out;
  for (const RoleSpell& r : roles_)
    if (r.holder == person && Covers(r, when)) out.push_back(&r);
  return out;
}

const std::vector<PhraseHit>* Lexicon::Lookup(const std::string& key) const {
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
