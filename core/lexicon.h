// The lexicon: actors (with Arabic and English names and gentilics), dated
// roles, titles, and event triggers. Built from data/ (compiled in) and from
// user files; the formats are documented in data/README.md.
//
//   Result<Lexicon> lex = Lexicon::Default();
//   lex->LoadFile("my-actors.tsv");             // --lexicon
//   const ActorEntry* a = lex->FindActor("rus");
//   std::string holder = lex->HolderOf("foreign_minister", "rus", Date::Day(2025, 5, 17));
//   // "sergey-lavrov"
#ifndef DIPLOGRAPH_CORE_LEXICON_H_
#define DIPLOGRAPH_CORE_LEXICON_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/status.h"
#include "core/text.h"

namespace diplograph {

enum class ActorKind {
  kPerson, kState, kOrganisation, kArmedGroup, kGovernmentBody, kCapital, kCity, kRegion
};
const char* ActorKindName(ActorKind k);
bool IsPlaceKind(ActorKind k);  // capital, city, region

struct ActorEntry {
  std::string id;
  ActorKind kind = ActorKind::kState;
  std::string name;
  std::string country;
  std::vector<std::string> aliases;
  std::vector<std::string> adjectives;
};

struct RoleSpell {
  std::string role;    // "foreign_minister"
  std::string of;      // "usa"
  std::string holder;  // "marco-rubio"
  Date from, to;       // unknown when open or uncertain
};

struct TriggerEntry {
  std::string lang;      // "ar", "en"
  std::string form;      // as written in the file (one alternative)
  std::string category;  // PLOVER
  std::string mode;
  std::string cameo;
  std::string status;    // default status
  bool noun = false;     // the form is a noun (Arabic masdar, English noun)
  bool topic_object = false;  // a direct object is the topic, not a participant ("discussed Ukraine")
  bool needs_place = false;   // an arrival: a visit only when a place follows
  bool excluded() const { return category == "-"; }
};

struct InstitutionEntry {
  std::string key;      // "government"
  std::string english;  // "Government"
  std::string arabic;   // "حكومة"
  bool feminine = false;
};

// What a phrase in the text can be.
struct PhraseHit {
  enum class Type { kActor, kAdjective, kTitle, kInstitution, kTrigger } type;
  size_t index;  // into actors(), titles' roles, or triggers()
};

class Lexicon {
 public:
  // The lexicon compiled in from data/.
  static Result<Lexicon> Default();

  // Adds the records of one file; the file name decides its format
  // ("roles", "titles", "institutions", "triggers" in the name; anything
  // else is actors).
  Status LoadText(const std::string& name, std::string_view content);
  Status LoadFile(const std::string& path);
  // Phoenix/CAMEO actor dictionaries: "NAME_WITH_UNDERSCORES" entries with
  // "+ALIAS" lines and "[CODE >YYYYMMDD]" dated roles.
  Status LoadCameoActors(const std::string& path);

  const ActorEntry* FindActor(std::string_view id) const;
  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<TriggerEntry>& triggers() const { return triggers_; }
  const std::string& TitleRole(size_t index) const { return title_roles_[index]; }
  const InstitutionEntry& institution(size_t index) const { return institutions_[index]; }

  // The holder of `role` of `of` on `when`, or "" when nobody is known.
  std::string HolderOf(const std::string& role, const std::string& of, const Date& when) const;
  // Roles a person held on `when` ("foreign_minister of rus").
  std::vector<const RoleSpell*> RolesOf(const std::string& person, const Date& when) const;

  // Phrases keyed by their folded tokens joined with single spaces.
  const std::vector<PhraseHit>* Lookup(const std::string& key) const;
  size_t max_phrase_tokens() const { return max_phrase_tokens_; }
  // The most tokens of a phrase that starts with the folded word `first`;
  // 0 when none does. Lets a matcher skip most words at once. Words are
  // told apart by their WordHash only, so a word may get the figure of
  // another with the same 64-bit hash: an overstatement that costs a
  // Lookup, never a missed phrase.
  size_t MaxTokensFrom(std::string_view first) const { return MaxTokensFromHash(WordHash(first)); }
  size_t MaxTokensFromHash(size_t hash) const { return first_words_.Get(hash); }

  // The folded token key of a phrase, as Lookup expects it.
  static std::string PhraseKey(std::string_view phrase);

 private:
  void IndexPhrase(std::string_view phrase, PhraseHit hit);
  void AddRole(RoleSpell r);
  void AddActor(ActorEntry entry);

  std::vector<ActorEntry> actors_;
  std::unordered_map<std::string, size_t> actor_by_id_;
  std::vector<RoleSpell> roles_;
  // Indices into roles_, in order, by holder and by "role\nof".
  std::unordered_map<std::string, std::vector<size_t>> roles_by_holder_, roles_by_office_;
  std::vector<std::string> title_roles_;
  std::vector<InstitutionEntry> institutions_;
  std::vector<TriggerEntry> triggers_;
  std::unordered_map<std::string, std::vector<PhraseHit>> phrases_;
  // A number per 64-bit hash, open addressing with linear probing: one
  // probe in a small flat table, where a map of strings costs a cache miss
  // or three on every word of every article. Keys are told apart by their
  // hash alone, so the tables only ever say where not to look further.
  class HashedCounts {
   public:
    void Raise(size_t hash, size_t n);  // keeps the largest n given for the hash (n > 0)
    size_t Get(size_t hash) const;      // 0 when absent
   private:
    struct Slot {
      size_t hash = 0;
      size_t n = 0;  // 0: an empty slot
    };
    std::vector<Slot> slots_;
    size_t used_ = 0;
  };
  HashedCounts first_words_;  // first word -> most tokens of a phrase it starts
  HashedCounts phrase_keys_;  // whole phrase key -> 1: rules out most Lookups at once
  size_t max_phrase_tokens_ = 1;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_LEXICON_H_
