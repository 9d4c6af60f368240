#include "core/extract.h"

#include <boost/container/small_vector.hpp>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <span>
#include <sstream>
#include <tuple>
#include <string_view>
#include <unordered_set>

#include "core/stable_hash.h"

namespace diplograph {

namespace {

// Keyword sets are only asked whether they hold a word: hashed, not ordered.
using WordSet = std::unordered_set<std::string>;

// Keyword sets are written as printed and folded once, so that a set never
// misses a word over a hamza or a teh marbuta.
WordSet Folded(std::initializer_list<const char*> words) {
  WordSet out;
  for (const char* w : words) out.insert(FoldForMatch(w));
  return out;
}

// Prepositions that make a following actor something other than the subject.
bool IsPreposition(const std::string& f) {
  static const WordSet kPreps = Folded({
      "مع", "في", "الي", "علي", "من", "عن", "ضد", "بين", "لدي", "عبر", "حول", "بشان", "تجاه", "امام", "عند",
      "before",
      "نحو", "برعايه", "بوساطه", "with", "in", "at", "to", "from", "of", "against", "between",
      "for", "by", "on", "into", "toward", "towards", "about", "over"});
  return kPreps.count(f) > 0;
}

bool IsNegation(const std::string& f) {
  // Cues before a trigger that say it did not (or will not) happen:
  // "لم يلتق", "did not meet", "refused to hold talks", "opposed to talks".
  static const WordSet kNeg = Folded({"لم", "لن", "not", "n't", "never", "no", "refused",
                                                    "refuses", "refusal", "declined", "declines", "opposed",
                                                    "against", "without", "cancelled", "canceled"});
  return kNeg.count(f) > 0;
}

bool IsFutureCue(const std::string& f) {
  static const WordSet kCues = Folded({"سوف", "will", "shall", "to", "would", "plans",
                                              "expected", "scheduled", "يعتزم", "تعتزم", "المقرر",
                                              "المنتظر", "hopes", "intends"});
  return kCues.count(f) > 0;
}

// Words before a noun trigger that refer to an event told elsewhere ("the
// results of the talks"): such a mention takes no date from its sentence.
bool IsReferenceCue(const std::string& f) {
  static const WordSet kCues = Folded({"نتائج", "نتيجة", "حصيلة", "بشان", "حول", "تقدم", "انتهاء",
                                              "results", "outcome", "about", "progress", "since"});
  return kCues.count(f) > 0;
}

// Words after which an actor is a mediator or sponsor, not a side.
bool IsMediatorCue(const std::string& f) {
  static const WordSet kCues = Folded({"برعايه", "بوساطه", "رعايه", "وساطه", "mediated",
                                              "brokered", "hosted", "sponsored"});
  return kCues.count(f) > 0;
}


bool ContainsArabic(std::string_view s) {
  for (unsigned char c : s)
    if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) return true;
  return false;
}

struct Mention {
  size_t first = 0, last = 0;  // token range [first, last)
  int group = -1;              // index of the first mention of a coordination ("X و Y", "X and Y")
  Span span;
  std::string actor;      // actor id
  bool adjective = false;
  bool place = false;     // used as a location
  bool mediator = false;
  std::string prep;       // preposition before it ("مع", "with", "ب", "ل") or ""
};

// Expressions that can date an event: dates, and times of day ("مساء
// الثلاثاء", "4 a.m. Wednesday"), by their day.
bool Dates(const Timex& t) {
  return t.type == TimexType::kDate || (t.type == TimexType::kTime && t.start.known());
}

Mention MakeMention(const std::vector<Token>& tokens, size_t first, size_t last, std::string actor,
                    std::string prep) {
  Mention m;
  m.first = first;
  m.last = last;
  m.span = {tokens[first].begin, tokens[last - 1].end};
  m.actor = std::move(actor);
  m.prep = std::move(prep);
  return m;
}

struct SentenceData {
  Span span;
  std::vector<Token> tokens;
  std::vector<Timex> timexes;
};

struct TriggerHit {
  size_t first = 0, last = 0;
  const TriggerEntry* entry = nullptr;
};

class Extractor {
 public:
  Extractor(const Document& doc, const Lexicon& lex, const ExtractOptions& options)
      : doc_(doc), lex_(lex), options_(options) {}

  Facts Run() {
    facts_.doc_id = doc_.id;
    facts_.doc_path = doc_.path;
    facts_.doc_title = doc_.title;
    facts_.doc_url = doc_.url;
    facts_.doc_source = doc_.source;
    facts_.language = doc_.language;
    facts_.published = doc_.published;
    // Tokens and time expressions once per sentence: the article's own
    // date is read from them before any event is dated.
    for (const Span& para : doc_.paragraphs)
      for (const Span& sentence : BoundedSentences(para)) {
        SentenceData sd{sentence, Tokenize(doc_.text, sentence), {}};
        sd.timexes = FindTimexes(doc_.text, sd.tokens, doc_.published);
        SplitPossessives(doc_.text, sd.tokens);
        sentences_.push_back(std::move(sd));
      }
    document_date_ = DocumentDate();
    for (const SentenceData& sd : sentences_) Sentence(sd);
    ResolveGenericArmedGroups();
    MergeEvents();
    Finish();
    return std::move(facts_);
  }

 private:
  // "Russia's army", "Zaire’s second city": the name and the possessive as
  // two tokens, so that the name is looked up as written. (The temporal
  // tagger reads "Wednesday's" whole, so this comes after it.)
  static void SplitPossessives(std::string_view text, std::vector<Token>& tokens) {
    std::vector<Token> out;
    out.reserve(tokens.size());
    for (Token& t : tokens) {
      // The cut is measured on the text as written (the fold may have
      // turned "’" into "'"), so that the span never ends inside a letter.
      size_t cut = 0, fold_cut = 0;
      if (!t.is_arabic && t.is_word && !t.is_number && t.end <= text.size()) {
        std::string_view raw = text.substr(t.begin, t.end - t.begin);
        const std::string& f = t.fold;
        bool fold_possessive = f.size() > 3 && f.compare(f.size() - 2, 2, "'s") == 0;
        // "Democratic People's Republic": a name's own possessive stays.
        if (f == "people's") {
          cut = 0;
        } else if (raw.size() > 3 && (raw.substr(raw.size() - 2) == "'s" || raw.substr(raw.size() - 2) == "'S")) {
          cut = 2;
        } else if (raw.size() > 5 && (raw.substr(raw.size() - 4) == "\u2019s" || raw.substr(raw.size() - 4) == "\u2019S")) {
          cut = 4;
        }
        if (cut > 0) {
          if (fold_possessive) fold_cut = 2;
          else if (f.size() > 5 && f.compare(f.size() - 4, 4, "\u2019s") == 0) fold_cut = 4;
          else cut = 0;
        }
      }
      if (cut == 0 || t.end - t.begin <= cut || t.fold.size() <= fold_cut) {
        out.push_back(std::move(t));
        continue;
      }
      Token owner = t;
      owner.end = t.end - cut;
      owner.fold = t.fold.substr(0, t.fold.size() - fold_cut);
      Token mark = t;
      mark.begin = owner.end;
      mark.fold = "'s";
      mark.is_word = false;
      mark.is_capitalized = false;
      out.push_back(std::move(owner));
      out.push_back(std::move(mark));
    }
    tokens = std::move(out);
  }

  // Sentences of at most kMaxSentenceBytes: a page without full stops (a
  // list, a scrape gone wrong) is cut at its commas or spaces, so that the
  // work per sentence, and each piece of evidence, stays small.
  static constexpr size_t kMaxSentenceBytes = 2000;
  std::vector<Span> BoundedSentences(Span para) const {
    std::vector<Span> out;
    std::string_view text(doc_.text);
    for (Span s : SplitSentences(doc_.text, para)) {
      while (s.size() > kMaxSentenceBytes) {
        size_t limit = s.begin + kMaxSentenceBytes;
        size_t cut = std::string_view::npos;
        for (std::string_view sep : {std::string_view("،"), std::string_view(","), std::string_view(";"),
                                     std::string_view(" ")}) {
          // Only the second half of the piece is searched, so that the
          // cutting stays linear in the length of the page.
          size_t lo = s.begin + kMaxSentenceBytes / 2 + 1;
          size_t hi = std::min(text.size(), limit + sep.size());
          size_t at = hi > lo ? text.substr(lo, hi - lo).rfind(sep) : std::string_view::npos;
          if (at != std::string_view::npos) {
            cut = lo + at + sep.size();
            break;
          }
        }
        if (cut == std::string_view::npos) {
          cut = limit;
          while (cut > s.begin && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // UTF-8 boundary
        }
        out.push_back({s.begin, cut});
        s.begin = cut;
      }
      if (s.size() > 0) out.push_back(s);
    }
    return out;
  }

  // The first day-precision date in the article within the week before
  // publication: the day the story is about.
  Date DocumentDate() const {
    for (const SentenceData& sd : sentences_)
      {
        for (const Timex& t : sd.timexes) {
          if (!Dates(t) || !t.start.has_day()) continue;
          long gap = doc_.published.DaysSinceEpoch() - t.start.DaysSinceEpoch();
          if (gap >= 0 && gap <= 7) return t.start;
        }
      }
    return Date();
  }

  std::string_view Text(Span s) const { return std::string_view(doc_.text).substr(s.begin, s.size()); }

  // ---- actors -----------------------------------------------------------

  Actor& ActorFor(const std::string& id) {
    auto it = actor_index_.find(id);
    if (it != actor_index_.end()) return actors_[it->second];
    Actor a;
    a.id = id;
    if (const ActorEntry* e = lex_.FindActor(id)) {
      a.kind = e->kind;
      a.name = e->name;
      a.country = e->country;
      for (const std::string& alias : e->aliases)
        if (ContainsArabic(alias)) {
          a.name_ar = alias;
          break;
        }
      for (const RoleSpell* r : lex_.RolesOf(id, doc_.published)) a.roles.push_back(r->role + " of " + r->of);
    }
    actor_index_[id] = actors_.size();
    actors_.push_back(std::move(a));
    return actors_.back();
  }

  std::string FocusState() const {
    std::string best;
    int count = 0;
    for (const auto& [state, n] : state_mentions_)
      if (n > count) best = state, count = n;
    return best;
  }

  void AddName(const std::string& id, std::string_view surface) {
    // The state the article is about: its own name, and its cities ("كابول").
    if (const ActorEntry* e = lex_.FindActor(id); e != nullptr) {
      if (e->kind == ActorKind::kState) ++state_mentions_[id];
      else if (IsPlaceKind(e->kind) && !e->country.empty()) ++state_mentions_[e->country];
    }
    Actor& a = ActorFor(id);
    std::string s(Trim(surface));
    // Spans are cut on token bounds; a name that is not whole UTF-8 would
    // be a bug upstream, and must not reach any output.
    if (FindInvalidUtf8(s) != std::string::npos) return;
    if (!s.empty() && std::find(a.names.begin(), a.names.end(), s) == a.names.end()) a.names.push_back(s);
  }

  std::string StateOf(const std::string& actor) const {
    const ActorEntry* e = lex_.FindActor(actor);
    if (e == nullptr) {
      auto it = actor_index_.find(actor);
      return it == actor_index_.end() ? "" : actors_[it->second].country;
    }
    if (e->kind == ActorKind::kState) return e->id;
    return e->country;
  }

  // The first-token forms to look a phrase up with: an Arabic word's lookup
  // forms, any other word itself (the first form is always the word).
  static std::span<const std::string> FirstForms(const Token& t) {
    std::span<const std::string> forms(LookupForms(t));
    return t.is_arabic ? forms : forms.first(1);
  }

  // The preposition clitic ("ب", "ل", "ك") that `form`, one of the token's
  // FirstForms, lost, or "".
  static std::string_view CliticOf(const Token& t, const std::string& form) {
    std::string_view base = t.fold, no_conj = base;
    if (!t.is_arabic) return "";
    if (base.size() > 6 && (base.starts_with("و") || base.starts_with("ف"))) no_conj = base.substr(2);
    if (form == base || form == no_conj) return "";
    for (std::string_view clitic : {"ب", "ل", "ك"})
      if (no_conj.starts_with(clitic)) return clitic;
    return "";
  }

  // Longest lexicon phrase starting at token i of the wanted types.
  bool LookupAt(const std::vector<Token>& tokens, size_t i, std::initializer_list<PhraseHit::Type> types,
                size_t& last, std::vector<PhraseHit>& hits, std::string& prep) const {
    if (!tokens[i].is_word) return false;
    std::span<const std::string> forms = FirstForms(tokens[i]);
    boost::container::small_vector<size_t, 16> reach;  // MaxTokensFrom of each form
    size_t longest = 0;
    const std::vector<size_t>& hashes = FormsOf(tokens[i]).lookup_hash;
    for (size_t f = 0; f < forms.size(); ++f)
      longest = std::max(longest, reach.emplace_back(lex_.MaxTokensFromHash(hashes[f])));
    if (longest == 0) return false;
    // The tokens a phrase may span, hyphens skipped as the keys skip them;
    // `rest` holds them as a key's tail, rest_end[w] the length up to word w.
    boost::container::small_vector<size_t, 16> words, rest_end;
    std::string rest, key;
    for (size_t k = i + 1; k < tokens.size() && words.size() + 1 < longest; ++k)
      if (tokens[k].fold != "-") {
        words.push_back(k);
        rest.append(" ").append(tokens[k].fold);
        rest_end.push_back(rest.size());
      }
    for (size_t len = words.size() + 1; len >= 1; --len) {
      for (size_t f = 0; f < forms.size(); ++f) {
        if (reach[f] < len) continue;
        key.assign(forms[f]).append(rest, 0, len == 1 ? 0 : rest_end[len - 2]);
        const std::vector<PhraseHit>* found = lex_.Lookup(key);
        if (found == nullptr) continue;
        hits.clear();
        for (const PhraseHit& h : *found)
          if (std::find(types.begin(), types.end(), h.type) != types.end()) hits.push_back(h);
        if (hits.empty()) continue;
        last = len == 1 ? i + 1 : words[len - 2] + 1;
        prep = CliticOf(tokens[i], forms[f]);
        return true;
      }
    }
    return false;
  }

  std::string PrepBefore(const std::vector<Token>& tokens, size_t i, const std::string& clitic) const {
    if (!clitic.empty()) return clitic;
    // "كل من تركيا وأوكرانيا": "both Turkey and Ukraine", no preposition.
    if (i > 1 && tokens[i - 1].fold == "من" && tokens[i - 2].fold == "كل") return "";
    if (i > 0 && IsPreposition(tokens[i - 1].fold)) return tokens[i - 1].fold;
    // "in the United States", "with the Russian ...".
    if (i > 1 && tokens[i - 1].fold == "the" && IsPreposition(tokens[i - 2].fold)) return tokens[i - 2].fold;
    return "";
  }

  // Reads a person's name after a title: a lexicon person, or (for titles)
  // an unknown name written between commas or in capitals.
  bool PersonAfter(const std::vector<Token>& tokens, size_t i, size_t& last, std::string& id) {
    size_t j = i;
    if (j < tokens.size() && (tokens[j].fold == "،" || tokens[j].fold == ",")) ++j;
    if (j >= tokens.size()) return false;
    std::vector<PhraseHit> hits;
    std::string prep;
    size_t end = 0;
    if (LookupAt(tokens, j, {PhraseHit::Type::kActor}, end, hits, prep)) {
      for (const PhraseHit& h : hits)
        if (lex_.actors()[h.index].kind == ActorKind::kPerson) {
          id = lex_.actors()[h.index].id;
          last = end;
          return true;
        }
      return false;
    }
    // An unknown name: Latin capitals, or Arabic words up to the next comma.
    size_t k = j;
    if (!tokens[j].is_arabic) {
      while (k < tokens.size() && k < j + 4 && tokens[k].is_word && tokens[k].is_capitalized) ++k;
      if (k - j < 2) return false;
    } else {
      k = ArabicNameEnd(tokens, j);
      if (k == j) return false;
    }
    std::string name(Text({tokens[j].begin, tokens[k - 1].end}));
    id = "new-" + StableHash(FoldForMatch(name)).substr(0, 12);
    Actor& a = ActorFor(id);
    a.kind = ActorKind::kPerson;
    if (a.name.empty()) a.name = name;
    last = k;
    // The surname alone then refers to the same person.
    surname_ids_[tokens[k - 1].fold] = id;
    return true;
  }

  // Arabic function words and other words a name never contains.
  static bool ArabicStopWord(const std::string& fold) {
    static const WordSet kStop = Folded({
        "في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "أنه", "إنه", "قد", "لقد", "الذي", "التي", "الذين",
        "و", "أو", "ثم", "حيث", "بعد", "قبل", "خلال", "منذ", "حول", "ضد", "بين", "عند", "لدى", "كما", "إلا",
        "لا", "لم", "لن", "ما", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "يوم", "أمس", "اليوم", "وقال",
        "قال", "أكد", "وأكد", "أعلن", "وأعلن", "أضاف", "وأضاف", "أشار", "وأشار", "إن", "بأن", "لأن", "عبر",
        "نحو", "أيضا", "فيما", "بينما", "الذي", "وهو", "وهي", "هو", "هي", "له", "لها", "به", "بها", "فيه",
        "عليه", "إنها", "أنها", "وذلك", "غدا", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد",
        "الاثنين", "صباح", "مساء", "ليلة", "حاليا", "سابقا", "الأسبق", "السابق", "الحالي",
        // Verbs and particles that follow a title in running text.
        "بخصوص", "بشأن", "عدم", "بعدم", "قام", "وقام", "قامت", "وقامت", "يقوم", "تقوم", "تم", "وتم", "جرى",
        "وجرى", "نتائج", "بأنه", "بأنها", "لدى", "أمام", "وراء", "ضمن", "دون", "غير", "مجدد", "مجددا",
        "أيضا", "كذلك", "اليوم", "أول", "آخر", "جميع", "عدد", "بعض", "كافة", "نفسه", "نفسها"});
    return kStop.count(fold) > 0;
  }

  bool IsTriggerWord(const Token& t) const {
    for (const std::string& form : StemForms(t)) {
      const std::vector<PhraseHit>* hits = lex_.Lookup(form);
      if (hits == nullptr) continue;
      for (const PhraseHit& h : *hits)
        if (h.type == PhraseHit::Type::kTrigger && !lex_.triggers()[h.index].excluded()) return true;
    }
    return false;
  }

  // The end of an Arabic personal name starting at j (2 to 4 words, none a
  // function word, none with the article unless it is part of a compound
  // like "عبد الله", "نور الدين"), or j when there is none.
  size_t ArabicNameEnd(const std::vector<Token>& tokens, size_t j) const {
    size_t k = j;
    while (k < tokens.size() && k < j + 4) {
      const Token& t = tokens[k];
      if (!t.is_word || !t.is_arabic || t.is_number || ArabicStopWord(t.fold)) break;
      bool article = t.fold.rfind("ال", 0) == 0;
      bool compound = k > j && (tokens[k - 1].fold == "عبد" || tokens[k - 1].fold == "ابو" ||
                                tokens[k - 1].fold == "بن" || t.fold == "الله" || t.fold == "الدين" ||
                                t.fold == "الرحمن");
      if (article && !compound) break;
      // A word that names an event ("باستدعاء") is no part of a name, nor
      // one with a preposition and article ("للحجاز"), a conjunction and
      // article ("والقيادتين"), a conjoined verb ("وتوليه") or an object
      // pronoun ("أقنعه", "رحمهما").
      if (IsTriggerWord(t)) break;
      {
        const std::string& f = t.fold;
        auto starts = [&](const char* p) { return f.rfind(p, 0) == 0; };
        auto ends = [&](const char* x) {
          std::string e(x);
          return f.size() > e.size() + 4 && f.compare(f.size() - e.size(), e.size(), e) == 0;
        };
        if (starts("لل") || starts("وال") || starts("بال") || starts("وت") || starts("وي") || ends("هما") ||
            ends("هم") || (ends("ه") && f.size() >= 8 && k > j && !compound && tokens[k - 1].fold != "عبد"))
          break;
      }
      if (k > j) {
        std::vector<PhraseHit> hits;
        std::string c;
        size_t e = 0;
        if (LookupAt(tokens, k, {PhraseHit::Type::kActor, PhraseHit::Type::kTitle, PhraseHit::Type::kAdjective}, e,
                     hits, c))
          break;
      }
      ++k;
    }
    if (k - j < 2) return j;
    // A name ends the phrase: punctuation, a function word or the sentence end.
    if (k < tokens.size() && tokens[k].is_word && !ArabicStopWord(tokens[k].fold) &&
        tokens[k].fold.rfind("ال", 0) != 0)
      return j;
    return k;
  }

  // Role words after which an unknown name follows: "المبعوث الأممي
  // برناردينو ليون", "المتحدث باسم طالبان ذبيح الله مجاهد".
  bool ArabicNameAfterCue(const std::vector<Token>& tokens, size_t i, size_t& next, std::vector<Mention>& out) {
    static const WordSet kCues = Folded({
        "المبعوث", "مبعوث", "المتحدث", "المتحدثة", "الناطق", "الناطقة", "السفير", "سفير", "السفيرة", "قائد",
        "زعيم", "الملا", "الجنرال", "اللواء", "العميد", "العقيد", "السيناتور", "النائب", "مستشار", "المستشار",
        "مساعد", "المدير", "مدير", "حاكم", "محافظ", "الشيخ", "رئيس", "وزير", "وزيرة", "المفوض", "المنسق",
        "الممثل", "ممثل", "الأمين", "نائب", "المرشد", "القائد", "زعيمة", "الرئيس"});
    bool cue = false;
    for (const std::string& f : LookupForms(tokens[i]))
      if (kCues.count(f)) cue = true;
    if (!cue) return false;
    // Skip what describes the role ("الأممي", "باسم حركة طالبان", "الخاص").
    size_t k = i + 1;
    while (k < tokens.size() && k < i + 6) {
      const Token& t = tokens[k];
      if (!t.is_word || !t.is_arabic || ArabicStopWord(t.fold)) return false;
      std::vector<PhraseHit> hits;
      std::string c;
      size_t e = 0;
      if (LookupAt(tokens, k, {PhraseHit::Type::kActor, PhraseHit::Type::kAdjective}, e, hits, c)) {
        if (lex_.actors()[hits[0].index].kind == ActorKind::kPerson) return false;  // a known name
        k = e;
        continue;
      }
      static const WordSet kRoleNouns = Folded({
          "رئيس", "بعثة", "مجلس", "لجنة", "هيئة", "منظمة", "وزارة", "حركة", "جماعة", "للدعم", "باسم", "لشؤون",
          "مبعوث", "ممثل", "نائب", "مساعد", "قائد", "أمين", "عام", "خاص", "لدى", "لوزير", "وزير", "مكتب"});
      bool role_noun = false;
      for (const std::string& f : LookupForms(t))
        if (kRoleNouns.count(f) || kCues.count(f)) role_noun = true;
      if (t.fold.rfind("ال", 0) == 0 || role_noun) {
        ++k;
        continue;
      }
      break;
    }
    size_t end = ArabicNameEnd(tokens, k);
    if (end == k) return false;
    std::string name(Text({tokens[k].begin, tokens[end - 1].end}));
    std::string id = "new-" + StableHash(FoldForMatch(name)).substr(0, 12);
    Actor& a = ActorFor(id);
    a.kind = ActorKind::kPerson;
    if (a.name.empty()) a.name = name;
    AddName(id, name);
    // "الملا محمد عمر", "السيناتور بوب كروكر": the honorific is part of how
    // the press names them.
    if (k == i + 1) AddName(id, Text({tokens[i].begin, tokens[end - 1].end}));
    surname_ids_[tokens[end - 1].fold] = id;
    Mention m = MakeMention(tokens, k, end, id, PrepBefore(tokens, i, ""));
    out.push_back(m);
    // The words describing the role may name actors ("باسم حركة طالبان"):
    // scanning goes on after the cue and skips the name.
    claimed_ = {k, end};
    next = i + 1;
    return true;
  }

  std::vector<Mention> FindMentions(const std::vector<Token>& tokens) {
    claimed_ = {0, 0};
    std::vector<Mention> out;
    size_t i = 0;
    while (i < tokens.size()) {
      if (i == claimed_.begin && claimed_.end > i) {
        i = claimed_.end;
        continue;
      }
      std::vector<PhraseHit> hits;
      std::string clitic;
      size_t last = 0;
      if (!LookupAt(tokens, i,
                    {PhraseHit::Type::kActor, PhraseHit::Type::kAdjective, PhraseHit::Type::kTitle,
                     PhraseHit::Type::kInstitution},
                    last, hits, clitic)) {
        size_t name_end = 0;
        if (!tokens[i].is_arabic && UnknownEnglishName(tokens, i, name_end, out)) {
          i = name_end;
          continue;
        }
        if (tokens[i].is_arabic && ArabicNameAfterCue(tokens, i, name_end, out)) {
          i = name_end;
          continue;
        }
        auto sn = surname_ids_.find(tokens[i].fold);
        if (sn != surname_ids_.end()) {
          out.push_back(MakeMention(tokens, i, i + 1, sn->second, PrepBefore(tokens, i, "")));
          AddName(out.back().actor, Text(out.back().span));
        }
        ++i;
        continue;
      }
      const PhraseHit* best = &hits[0];
      for (const PhraseHit& h : hits)
        if (static_cast<int>(h.type) < static_cast<int>(best->type)) best = &h;
      // A surname alone after a full mention is that person, whoever else
      // the lexicon knows by it ("Carter" after "Ash Carter").
      if (last == i + 1 && best->type == PhraseHit::Type::kActor &&
          (lex_.actors()[best->index].kind == ActorKind::kPerson || IsPlaceKind(lex_.actors()[best->index].kind))) {
        auto sn = surname_ids_.find(tokens[i].fold);
        if (sn != surname_ids_.end() && sn->second != lex_.actors()[best->index].id) {
          out.push_back(MakeMention(tokens, i, i + 1, sn->second, PrepBefore(tokens, i, clitic)));
          AddName(out.back().actor, Text(out.back().span));
          ++i;
          continue;
        }
      }
      if (best->type == PhraseHit::Type::kActor && lex_.actors()[best->index].kind == ActorKind::kPerson &&
          last > i + 1)
        surname_ids_[tokens[last - 1].fold] = lex_.actors()[best->index].id;
      if (best->type == PhraseHit::Type::kInstitution) {
        i = InstitutionMention(tokens, i, last, lex_.institution(best->index), clitic, out);
        continue;
      }
      if (best->type == PhraseHit::Type::kTitle) {
        if (TitleMention(tokens, i, last, lex_.TitleRole(best->index), clitic, out)) {
          i = out.back().last;
          continue;
        }
        i = last;
        continue;
      }
      // "نظيره الروسي", "his Russian counterpart": handled as a title.
      const ActorEntry& e = lex_.actors()[best->index];
      Mention m;
      m.first = i;
      m.last = last;
      m.span = {tokens[i].begin, tokens[last - 1].end};
      m.prep = PrepBefore(tokens, i, clitic);
      m.adjective = best->type == PhraseHit::Type::kAdjective;
      m.actor = e.id;
      // English "Russian Foreign Minister Lavrov": adjective, then a title.
      // ("US Secretary of State Albright": a state's name works the same.)
      if ((m.adjective || (e.kind == ActorKind::kState && !tokens[i].is_arabic)) && last < tokens.size()) {
        std::vector<PhraseHit> title_hits;
        std::string c2;
        size_t tl = 0;
        if (LookupAt(tokens, last, {PhraseHit::Type::kTitle}, tl, title_hits, c2) && !tokens[i].is_arabic) {
          size_t before = out.size();
          if (TitleMention(tokens, last, tl, lex_.TitleRole(title_hits[0].index), "", out, e.id) &&
              out.size() > before) {
            AddName(e.kind == ActorKind::kState ? e.id : e.country, Text(m.span));
            out.back().first = i;
            out.back().span.begin = tokens[i].begin;
            out.back().prep = m.prep;
            i = out.back().last;
            continue;
          }
        }
      }
      // "ex-Soviet republic", "the former Yugoslav ...": a history, not an actor.
      if (m.adjective && i > 0 &&
          (tokens[i - 1].fold == "former" || tokens[i - 1].fold == "ex" ||
           (tokens[i - 1].fold == "-" && i > 1 && tokens[i - 2].fold == "ex"))) {
        i = last;
        continue;
      }
      if (IsPlaceKind(e.kind)) {
        // "وسط بغداد", "in central Baghdad", "near Kabul": the city itself.
        static const WordSet kLocative =
            Folded({"وسط", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "قرب", "بالقرب",
                    "ضواحي", "أطراف", "بوسط", "central", "downtown", "northern", "southern", "eastern", "western",
                    "near", "outside", "around", "across", "suburbs", "suburban", "of"});
        bool located = m.prep == "في" || m.prep == "in" || m.prep == "at" || m.prep == "ب" ||
                       m.prep == "الي" || m.prep == "to" || e.kind != ActorKind::kCapital ||
                       (i > 0 && kLocative.count(tokens[i - 1].fold) > 0);
        if (located) {
          m.place = true;
        } else if (!e.country.empty()) {
          m.actor = e.country;  // "Moscow said": the state acting
        }
      }
      if (i > 0 && IsMediatorCue(tokens[i - 1].fold)) m.mediator = true;
      if (i > 0 && tokens[i - 1].fold == "by" && i > 1 && IsMediatorCue(tokens[i - 2].fold)) m.mediator = true;
      AddName(m.actor, Text(m.span));
      if (m.place && m.actor != e.id) AddName(e.id, Text(m.span));
      out.push_back(m);
      i = last;
    }
    return out;
  }

  // A run of capitalised words the lexicon does not know ("Dennis Ross",
  // "Beltransgaz") is an actor: a person, or an organisation when a word
  // like "Ministry" or "Party" says so. The surname then refers back.
  bool UnknownEnglishName(const std::vector<Token>& tokens, size_t i, size_t& end, std::vector<Mention>& out) {
    static const WordSet kNotNames = {
        "the", "a", "an", "on", "in", "at", "for", "but", "and", "or", "he", "she", "it", "they", "we", "i",
        "this", "that", "these", "those", "his", "her", "their", "its", "our", "mr", "mrs", "ms", "dr", "if",
        "when", "while", "after", "before", "as", "by", "with", "from", "to", "of", "however", "meanwhile",
        "there", "here", "no", "yes", "not", "also", "both", "all", "some", "other", "former", "new", "said",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "president", "minister", "king", "prince", "secretary", "general", "prime", "foreign", "defence",
        "defense", "chancellor", "pope", "queen", "emir", "sheikh", "premier", "spokesman", "spokeswoman",
        "ambassador", "envoy", "senator", "sen", "rep", "gov", "lt", "col", "gen", "deputy", "chief", "head",
        "leader", "officials", "afp", "ap", "reuters", "xinhua", "nato", "un", "eu", "u.s", "us", "u.n",
        "internet", "tv", "christmas", "easter", "ramadan", "islam", "muslim", "muslims", "christian",
        "god", "allah", "western", "eastern", "northern", "southern", "central", "european", "arab", "gulf"};
    static const WordSet kPlaceWords = {
        "land", "sea", "gulf", "strait", "island", "islands", "peninsula", "valley", "bank", "strip", "river",
        "mountains", "heights", "desert", "coast", "province", "city", "county", "district", "region", "farms"};
    static const WordSet kOrgWords = {
        "ministry", "party", "council", "committee", "company", "corporation", "corp", "agency", "bank",
        "university", "front", "union", "forces", "army", "group", "movement", "organization",
        "organisation", "association", "institute", "commission", "court", "parliament", "assembly",
        "brigades", "alliance", "federation", "office", "department", "authority", "service", "guard"};
    auto capital = [&](size_t k) {
      const std::string& f = k < tokens.size() ? tokens[k].fold : std::string();
      // "Kosovo's Albanian majority": a possessive ends no name of ours.
      bool possessive = f.size() > 2 && f.compare(f.size() - 2, 2, "'s") == 0;
      return k < tokens.size() && tokens[k].is_word && tokens[k].is_capitalized && !tokens[k].is_arabic &&
             !tokens[k].is_number && kNotNames.count(f) == 0 && f.size() > 1 && !possessive;
    };
    if (!capital(i)) return false;
    // "Mr. Kabila", "President Mobutu": one name after an honorific is enough.
    bool honorific = i > 0 && (tokens[i - 1].fold == "mr" || tokens[i - 1].fold == "mrs" ||
                               tokens[i - 1].fold == "ms" || tokens[i - 1].fold == "dr" ||
                               tokens[i - 1].fold == "mr." || tokens[i - 1].fold == "mrs." ||
                               tokens[i - 1].fold == "dr." ||
                               (tokens[i - 1].fold == "." && i > 1 &&
                                (tokens[i - 2].fold == "mr" || tokens[i - 2].fold == "mrs" ||
                                 tokens[i - 2].fold == "dr")));
    size_t k = i;
    bool org = false;
    while (k < tokens.size() && k < i + 5) {
      if (capital(k)) {
        // Stop where a lexicon phrase begins: "Mobutu Sese Seko" yes, "Kabila Kinshasa" no.
        std::vector<PhraseHit> hits;
        std::string c;
        size_t e = 0;
        if (k > i && LookupAt(tokens, k, {PhraseHit::Type::kActor, PhraseHit::Type::kTitle}, e, hits, c)) {
          // "Nzanga Mobutu" is not Mobutu: a known surname after an unknown
          // first name belongs to someone else.
          bool surname = e == k + 1 && hits[0].type == PhraseHit::Type::kActor &&
                         lex_.actors()[hits[0].index].kind == ActorKind::kPerson;
          if (!surname) break;
        }
        if (kOrgWords.count(tokens[k].fold)) org = true;
        ++k;
      } else if (tokens[k].fold == "-" && capital(k + 1) && tokens[k].end == tokens[k + 1].begin) {
        ++k;
      } else {
        break;
      }
    }
    size_t words = 0;
    for (size_t q = i; q < k; ++q) words += tokens[q].is_word;
    // One capitalised word alone is too often an ordinary word starting a
    // sentence; the first word of a sentence needs a second one.
    if (words < 2 && !org && !honorific) return false;
    std::string name(Text({tokens[i].begin, tokens[k - 1].end}));
    std::string id = "new-" + StableHash(FoldForMatch(name)).substr(0, 12);
    // "the Holy Land", "Shebaa Farms", "the Gaza Strip": a place.
    bool place = kPlaceWords.count(tokens[k - 1].fold) > 0;
    Actor& a = ActorFor(id);
    a.kind = place ? ActorKind::kRegion : org ? ActorKind::kOrganisation : ActorKind::kPerson;
    if (a.name.empty()) a.name = name;
    if (!org && !place) surname_ids_[tokens[k - 1].fold] = id;
    Mention m;
    m.first = i;
    m.last = k;
    m.span = {tokens[i].begin, tokens[k - 1].end};
    m.actor = id;
    m.place = place;
    m.prep = PrepBefore(tokens, i, "");
    AddName(id, name);
    out.push_back(m);
    end = k;
    return true;
  }

  // The state an adjective mention at token i names, or "" (with its end).
  std::string StateAdjectiveAt(const std::vector<Token>& tokens, size_t i, size_t& end) const {
    if (i >= tokens.size()) return "";
    std::vector<PhraseHit> hits;
    std::string clitic;
    if (!LookupAt(tokens, i, {PhraseHit::Type::kAdjective}, end, hits, clitic)) return "";
    const ActorEntry& e = lex_.actors()[hits[0].index];
    return e.kind == ActorKind::kState ? e.id : "";
  }

  std::string ArabicAdjective(const std::string& state, bool feminine) const {
    const ActorEntry* e = lex_.FindActor(state);
    if (e == nullptr) return "";
    for (const std::string& adj : e->adjectives)
      if (ContainsArabic(adj) && adj.size() >= 2 && adj.compare(adj.size() - 2, 2, "ي") == 0)
        return feminine ? adj + "ة" : adj;
    return "";
  }

  // The actor for `inst` of `state` ("Government of Jordan"), with its
  // canonical Arabic names.
  std::string InstitutionActor(const InstitutionEntry& inst, const std::string& state) {
    std::string id = state + "-" + inst.key;
    Actor& a = ActorFor(id);
    if (a.name.empty()) {
      const ActorEntry* st = lex_.FindActor(state);
      a.kind = ActorKind::kGovernmentBody;
      a.country = state;
      a.name = inst.english + " of " + (st ? st->name : state);
      // "Yemeni government", "Afghan army": the English name others use.
      if (st != nullptr)
        for (const std::string& en_adj : st->adjectives)
          if (!ContainsArabic(en_adj)) {
            std::string lower = inst.english;
            std::transform(lower.begin(), lower.end(), lower.begin(),
                           [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
            a.names.push_back(en_adj + " " + lower);
            break;
          }
      std::string adj = ArabicAdjective(state, inst.feminine);
      if (!adj.empty()) {
        bool construct = inst.arabic.find(' ') != std::string::npos;
        std::string definite = construct ? inst.arabic + " ال" + adj : "ال" + inst.arabic + " ال" + adj;
        a.name_ar = definite;
        a.names.push_back(definite);
        if (!construct) a.names.push_back(inst.arabic + " " + adj);
      }
    }
    return id;
  }

  // Non-state armed actors named by the noun alone ("the rebels",
  // "المتمردون") are actors in their own right; other institutions need a
  // state to be anyone.
  size_t BareInstitution(const std::vector<Token>& tokens, size_t i, size_t last, const InstitutionEntry& inst,
                         const std::string& prep, std::vector<Mention>& out) {
    static const WordSet kDomestic = {"government", "army", "police", "security-services",
                                                    "interior-ministry", "parliament", "opposition", "presidency",
                                                    "forces"};
    if (inst.key != "rebels") {
      // "الحكومة", "the government" alone: the government of the state the
      // article is about (the one named most so far).
      std::string focus = FocusState();
      if (!kDomestic.count(inst.key) || focus.empty() || last - i > 1) return last;
      Mention m = MakeMention(tokens, i, last, InstitutionActor(inst, focus), prep);
      AddName(m.actor, Text(m.span));
      out.push_back(m);
      return last;
    }
    Mention m = MakeMention(tokens, i, last, inst.key, prep);
    Actor& a = ActorFor(m.actor);
    a.kind = ActorKind::kArmedGroup;
    if (a.name.empty()) a.name = inst.english;
    AddName(m.actor, Text(m.span));
    out.push_back(m);
    return last;
  }

  // An institution noun at [i, last): with a gentilic after it (Arabic,
  // possibly coordinated: "وفدين روسي وأوكراني") or before it (English:
  // "the Afghan army", "Russian and Ukrainian delegations"). Returns where
  // scanning goes on.
  size_t InstitutionMention(const std::vector<Token>& tokens, size_t i, size_t last, const InstitutionEntry& inst,
                            const std::string& clitic, std::vector<Mention>& out) {
    std::string prep = PrepBefore(tokens, i, clitic);
    if (tokens[i].is_arabic) {
      size_t end = 0;
      std::string state = StateAdjectiveAt(tokens, last, end);
      // "القوات الخاصة الأمريكية", "الحكومة الشرعية اليمنية": one describing
      // adjective may come first.
      if (state.empty() && last < tokens.size() && tokens[last].is_arabic &&
          tokens[last].fold.rfind("ال", 0) == 0)
        state = StateAdjectiveAt(tokens, last + 1, end);
      if (state.empty()) return BareInstitution(tokens, i, last, inst, prep, out);
      Mention m = MakeMention(tokens, i, end, InstitutionActor(inst, state), prep);
      AddName(m.actor, Text(m.span));
      out.push_back(m);
      // A coordinated second gentilic: "وفدين روسي وأوكراني".
      size_t end2 = 0;
      if (end < tokens.size() && tokens[end].fold.rfind("و", 0) == 0) {
        std::string state2 = StateAdjectiveAt(tokens, end, end2);
        if (!state2.empty() && state2 != state) {
          Mention m2 = MakeMention(tokens, end, end2, InstitutionActor(inst, state2), prep);
          out.push_back(m2);
          return end2;
        }
      }
      return end;
    }
    // English: turn the gentilic mentions just before into the institution.
    size_t at = i;
    if (out.empty() || !out.back().adjective || out.back().last != at)
      return BareInstitution(tokens, i, last, inst, prep, out);
    if (!out.empty() && out.back().adjective && out.back().last == at) {
      for (size_t k = out.size(); k-- > 0;) {
        Mention& adj = out[k];
        bool adjacent = adj.last == at || (adj.last + 1 == at && (tokens[adj.last].fold == "and" ||
                                                                  tokens[adj.last].fold == ","));
        if (!adj.adjective || !adjacent) break;
        std::string state = StateOf(adj.actor);
        if (state.empty()) break;
        adj.actor = InstitutionActor(inst, state);
        adj.adjective = false;
        AddName(adj.actor, Text({adj.span.begin, tokens[last - 1].end}));
        // Only the gentilic next to the noun spans it; earlier conjuncts
        // ("Russian and ...") keep their own span, so they stay coordinated.
        if (adj.last == at) {
          adj.last = last;
          adj.span.end = tokens[last - 1].end;
        }
        at = adj.first;
      }
    }
    return last;
  }

  // A title at [i, last): finds its country and name, resolves the holder.
  bool TitleMention(const std::vector<Token>& tokens, size_t i, size_t last, const std::string& role,
                    const std::string& clitic, std::vector<Mention>& out, std::string country = "") {
    size_t j = last;
    // The country: an adjective or a state right after the title
    // ("وزير الخارجية الأمريكي", "foreign minister of Russia").
    if (country.empty() && j < tokens.size()) {
      size_t k = j;
      if (tokens[k].fold == "of" && k + 1 < tokens.size()) ++k;
      std::vector<PhraseHit> hits;
      std::string c2;
      size_t end = 0;
      if (LookupAt(tokens, k, {PhraseHit::Type::kAdjective, PhraseHit::Type::kActor}, end, hits, c2)) {
        for (const PhraseHit& h : hits) {
          const ActorEntry& e = lex_.actors()[h.index];
          if (e.kind == ActorKind::kState || (e.kind == ActorKind::kOrganisation && role == "secretary_general")) {
            country = e.id;
            j = end;
            break;
          }
        }
      }
    }
    // English: "Saudi Arabia's foreign minister" is handled by the
    // adjective path; "the minister" alone refers back.
    if (!country.empty() && j > last) AddName(country, Text({tokens[last].begin, tokens[j - 1].end}));
    std::string person;
    size_t name_end = j;
    size_t name_start = j < tokens.size() && (tokens[j].fold == "،" || tokens[j].fold == ",") ? j + 1 : j;
    bool named = role != "minister" && PersonAfter(tokens, j, name_end, person);
    // Arabic has no capitals to tell a name: words after a title whose
    // holder the lexicon knows are more likely the clause going on ("وملك
    // الأردن متطابقة") than an unknown name.
    if (named && person.rfind("new-", 0) == 0 && tokens[name_start].is_arabic && !country.empty() &&
        !lex_.HolderOf(role, country, doc_.published).empty()) {
      named = false;
      name_end = j;
    }
    if (!named && role == "minister") {
      // "الوزير الأمريكي", "the minister": the minister last named, of
      // that country when one is given.
      auto it = last_minister_.find(country);
      if (it == last_minister_.end()) return false;
      person = it->second;
    } else if (!named) {
      if (!country.empty()) {
        person = lex_.HolderOf(role, country, doc_.published);
        if (person.empty()) {
          person = "role-" + role + "-" + country;
          Actor& a = ActorFor(person);
          a.kind = ActorKind::kPerson;
          a.country = country;
          if (a.name.empty()) {
            const ActorEntry* c = lex_.FindActor(country);
            std::string title = role;
            std::replace(title.begin(), title.end(), '_', ' ');
            a.name = (c ? c->name : country) + " " + title;
          }
        }
      } else {
        // Arabic stacks titles before a name: "ولي ولي العهد النائب الثاني
        // لرئيس مجلس الوزراء وزير الدفاع الأمير محمد بن سلمان".
        size_t chain_start = 0, chain_end = 0;
        std::string chained = PersonLater(tokens, j, chain_start, chain_end);
        if (!chained.empty()) {
          person = chained;
          named = true;
          name_start = chain_start;
          name_end = chain_end;
          j = chain_end;
        } else {
          auto prev = last_holder_.find(role);
          if (prev == last_holder_.end()) return false;
          person = prev->second;
        }
      }
    } else {
      j = name_end;
    }
    Actor& a = ActorFor(person);
    if (a.country.empty() && !country.empty()) a.country = country;
    std::string role_text = role + (country.empty() ? "" : " of " + country);
    if (!country.empty() && role != "minister" && std::find(a.roles.begin(), a.roles.end(), role_text) == a.roles.end())
      a.roles.push_back(role_text);
    if (role != "minister") {
      last_holder_[role] = person;
      last_role_ = role;
    }
    if (role.size() > 9 && role.compare(role.size() - 9, 9, "_minister") == 0) {
      last_minister_[country] = person;
      last_minister_[""] = person;
    }
    Mention m = MakeMention(tokens, i, j, person, PrepBefore(tokens, i, clitic));
    if (i > 0 && IsMediatorCue(tokens[i - 1].fold)) m.mediator = true;
    if (named && name_start < name_end) {
      AddName(person, Text({tokens[name_start].begin, tokens[name_end - 1].end}));
      if (name_end > name_start + 1) surname_ids_[tokens[name_end - 1].fold] = person;
    }
    out.push_back(m);
    return true;
  }

  // A lexicon person within the next few tokens, before any punctuation
  // (the end of a chain of titles), or "".
  std::string PersonLater(const std::vector<Token>& tokens, size_t from, size_t& start, size_t& end) const {
    static const WordSet kTitleWords =
        Folded({"النائب", "نائب", "الثاني", "الأول", "لرئيس", "رئيس", "مجلس", "الوزراء", "الأمير", "الشيخ",
                "سمو", "السمو", "صاحب", "الملكي", "ولي", "المساعد", "الأعلى", "لشؤون", "deputy", "first", "second"});
    for (size_t k = from; k < tokens.size() && k < from + 12;) {
      if (!tokens[k].is_word) return "";
      std::vector<PhraseHit> hits;
      std::string c;
      size_t e = 0;
      if (LookupAt(tokens, k, {PhraseHit::Type::kActor, PhraseHit::Type::kTitle}, e, hits, c)) {
        for (const PhraseHit& h : hits)
          if (h.type == PhraseHit::Type::kActor && lex_.actors()[h.index].kind == ActorKind::kPerson) {
            start = k;
            end = e;
            return lex_.actors()[h.index].id;
          }
        if (hits[0].type != PhraseHit::Type::kTitle) return "";
        k = e;  // another title in the chain
        continue;
      }
      if (!kTitleWords.count(tokens[k].fold)) return "";
      ++k;
    }
    return "";
  }

  // "نظيره الروسي" / "his Russian counterpart": the last title's role in
  // another country.
  void Counterparts(const std::vector<Token>& tokens, std::vector<Mention>& mentions) {
    for (size_t i = 0; i < tokens.size(); ++i) {
      bool ar = tokens[i].is_arabic && tokens[i].fold.rfind("نظير", 0) == 0;
      bool en = tokens[i].fold == "counterpart" || tokens[i].fold == "counterparts";
      if ((!ar && !en) || last_role_.empty()) continue;
      // The adjective: after in Arabic, before in English.
      Mention* adj = nullptr;
      for (Mention& m : mentions) {
        if (!m.adjective) continue;
        if ((ar && m.first == i + 1) || (en && m.last == i)) adj = &m;
      }
      if (adj == nullptr) continue;
      std::string country = StateOf(adj->actor);
      if (country.empty()) continue;
      size_t name_end = i + 1;
      std::string person;
      size_t after = ar ? adj->last : i + 1;
      std::vector<Mention> tmp;
      bool named = PersonAfter(tokens, after, name_end, person);
      if (!named) {
        person = lex_.HolderOf(last_role_, country, doc_.published);
        if (person.empty()) continue;
        name_end = after;
      }
      // The adjective mention becomes the counterpart.
      size_t first = std::min(adj->first, i);
      std::string prep = i > 0 ? PrepBefore(tokens, ar ? i : adj->first, "") : "";
      if (ar) {
        for (const std::string& form : FirstForms(tokens[i]))
          if (std::string_view clitic = CliticOf(tokens[i], form); !clitic.empty()) prep = clitic;
      }
      adj->actor = person;
      adj->adjective = false;
      adj->first = first;
      adj->last = std::max(adj->last, name_end);
      adj->span = {tokens[first].begin, tokens[adj->last - 1].end};
      adj->prep = prep.empty() ? adj->prep : prep;
      Actor& a = ActorFor(person);
      std::string role_text = last_role_ + " of " + country;
      if (std::find(a.roles.begin(), a.roles.end(), role_text) == a.roles.end()) a.roles.push_back(role_text);
      AddName(person, Text(adj->span));
      // Drop mentions swallowed by the counterpart phrase (the name).
      mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                    [&](const Mention& m) {
                                      return &m != adj && m.first >= adj->first && m.last <= adj->last;
                                    }),
                     mentions.end());
      break;
    }
  }

  bool IsPerson(const std::string& id) const {
    auto it = actor_index_.find(id);
    return it != actor_index_.end() && actors_[it->second].kind == ActorKind::kPerson;
  }

  // "روسيا وأوكرانيا", "Rubio and Lavrov", "السودان واليمن": coordinated
  // mentions form a group and share the preposition of the first.
  void Coordinate(const std::vector<Token>& tokens, std::vector<Mention>& mentions) const {
    std::sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    for (size_t k = 1; k < mentions.size(); ++k) {
      Mention& prev = mentions[k - 1];
      Mention& cur = mentions[k];
      if (prev.place != cur.place) continue;
      bool joined = false;
      if (cur.first == prev.last && tokens[cur.first].is_arabic && tokens[cur.first].fold.rfind("و", 0) == 0)
        joined = true;  // the conjunction as a clitic: "وأوكرانيا"
      else if (cur.first > prev.last &&
               (tokens[prev.last].fold == "و" || tokens[prev.last].fold == "and" || tokens[prev.last].fold == "،" ||
                tokens[prev.last].fold == ",")) {
        // "Mobutu and Mr. Kabila": honorifics may stand between.
        size_t q = prev.last + 1;
        while (q < cur.first && (tokens[q].fold == "mr" || tokens[q].fold == "mrs" || tokens[q].fold == "ms" ||
                                 tokens[q].fold == "dr" || tokens[q].fold == "." || tokens[q].fold == "mr."))
          ++q;
        joined = q == cur.first;
      }
      if (!joined) continue;
      // "Kuchma of Ukraine and Boris Yeltsin": a person after a state is a
      // new noun phrase, not the state's conjunct; its conjunct is the
      // person the state belongs to.
      size_t conj = k - 1;
      if (IsPerson(prev.actor) != IsPerson(cur.actor)) {
        if (!IsPerson(cur.actor) || k < 2 || prev.prep != "of" || !IsPerson(mentions[k - 2].actor) ||
            mentions[k - 2].last + 1 != prev.first)
          continue;
        conj = k - 2;
      }
      Mention& head = mentions[conj];
      cur.group = head.group >= 0 ? head.group : static_cast<int>(conj);
      head.group = cur.group;
      if (conj == k - 1 && (cur.prep.empty() || cur.prep == "ب" || cur.prep == "ل")) cur.prep = prev.prep;
    }
  }

  // The mention and the others coordinated with it.
  static std::vector<const Mention*> Group(const std::vector<Mention>& mentions, const Mention* m) {
    std::vector<const Mention*> out;
    if (m == nullptr) return out;
    if (m->group < 0) return {m};
    for (const Mention& x : mentions)
      if (x.group == m->group) out.push_back(&x);
    return out;
  }

  static bool IsHostVerb(const Token& t) {
    static const std::string kEmbrace = FoldForMatch("احتضن"), kHost = FoldForMatch("استضاف");
    if (!t.is_arabic) return t.fold == "hosted" || t.fold == "hosts" || t.fold == "host";
    for (const std::string& form : StemForms(t))
      if (form == kEmbrace || form == kHost) return true;
    return false;
  }

  // "الجانب الأمريكي", "the American side": a gentilic that stands for its state.
  static bool IsSideNoun(const std::vector<Token>& tokens, size_t i) {
    if (i >= tokens.size()) return false;
    static const WordSet kSide = Folded({"الجانب", "الطرف", "side", "الجانبين", "الطرفين"});
    for (const std::string& f : LookupForms(tokens[i]))
      if (kSide.count(f)) return true;
    return false;
  }

  // "جرى بحث ...", "تم الاتفاق على ...": an impersonal passive names no actor.
  static bool IsImpersonal(const std::vector<Token>& tokens, size_t trigger) {
    if (trigger == 0) return false;
    static const WordSet kPassive = Folded({"جرى", "تم", "جري", "يجري", "سيتم", "يتم"});
    return kPassive.count(tokens[trigger - 1].fold) > 0 ||
           (trigger >= 2 && kPassive.count(tokens[trigger - 2].fold) > 0 && tokens[trigger - 1].is_arabic &&
            tokens[trigger - 1].fold.rfind("خلال", 0) == 0);
  }

  // "الجانبان", "الطرفان", "الوزيران", "the two sides", "both sides": the
  // participants of the event told just before.
  static bool IsDualReference(const std::vector<Token>& tokens, size_t i) {
    if (i >= tokens.size()) return false;
    const std::string& f = tokens[i].fold;
    static const WordSet kArabic = Folded({"الجانبان", "الجانبين", "الطرفان", "الطرفين", "الوزيران",
                                                  "الوزيرين", "الزعيمان", "الزعيمين", "الرئيسان", "الرئيسين",
                                                  "البلدان", "البلدين"});
    if (tokens[i].is_arabic) {
      for (const std::string& form : LookupForms(tokens[i]))
        if (kArabic.count(form)) return true;
      return false;
    }
    return (f == "two" || f == "both") && i + 1 < tokens.size() &&
           (tokens[i + 1].fold == "sides" || tokens[i + 1].fold == "ministers" || tokens[i + 1].fold == "leaders" ||
            tokens[i + 1].fold == "men" || tokens[i + 1].fold == "countries");
  }

  // Whether a token in [from, to) (cut to the sentence) is one of `words`.
  static bool AnyIn(const std::vector<Token>& tokens, size_t from, size_t to, const WordSet& words) {
    for (size_t q = from; q < std::min(to, tokens.size()); ++q)
      if (words.count(tokens[q].fold)) return true;
    return false;
  }
  static size_t Back(size_t i, size_t n) { return i >= n ? i - n : 0; }

  // "حول الاتفاق", "about the deal": the noun after is what is talked of.
  static bool IsTopicCue(const std::vector<Token>& tokens, size_t trigger) {
    static const WordSet kCues =
        Folded({"حول", "بشأن", "بخصوص", "about", "regarding", "concerning"});
    size_t q = trigger;
    if (q > 0 && tokens[q - 1].fold == "the") --q;
    return q > 0 && kCues.count(tokens[q - 1].fold) > 0;
  }

  // "revive negotiations", "resume the talks", "لإحياء المفاوضات": a
  // meeting named as an aim, within a few words before a noun trigger.
  static bool IsRevivalCue(const std::vector<Token>& tokens, size_t trigger) {
    static const WordSet kCues =
        Folded({"revive", "reviving", "revival", "relaunch", "relaunching", "restart", "restarting", "salvage",
                "resuscitate", "jumpstart", "jump-start", "kickstart", "إحياء", "لإحياء", "بإحياء", "وإحياء",
                "إنعاش", "لإنعاش", "إنقاذ", "لإنقاذ",
                // Talks wished for: "favours dialogue with Damascus", "يؤيد الحوار".
                "favours", "favors", "favour", "favor", "favouring", "favoring", "prefers", "seeks", "seeking",
                "wants", "يؤيد", "تؤيد", "يفضل", "تفضل", "يريد", "تريد", "يسعى", "تسعى",
                // Attitudes and appeals: "منفتح على محادثات السلام", "أمل في
                // إجراء محادثات", "دعا إلى الإفراج", "open to talks".
                "منفتح", "منفتحا", "منفتحة", "open", "أمل", "الأمل", "hope", "hopes", "prospect", "prospects",
                "chances", "دعا", "ودعا", "يدعو", "تدعو", "دعت", "ودعت", "داعيا", "داعية",
                // Encouraging someone towards it: "تشجيع الجانب الأوكراني على
                // قبول مقترح", "encouraged Kiev to accept the plan".
                "تشجيع", "بتشجيع", "شجع", "شجعت", "يشجع", "تشجع", "encouraged", "encourage", "encourages",
                "encouraging",
                // Backing sought or given for a measure, and disputes about
                // one: "drumming up support for sanctions", "differences on a
                // ceasefire".
                "aimed", "aiming", "support", "backing", "drumming", "differences", "disagreement",
                "disagreements",
                // Doubts and fears about something told elsewhere: "عبر عن
                // تشككه في الاتفاق", "وسط مخاوف أن يقود اتفاق", "concerns about the deal".
                "تشكك", "تشككه", "تشككها", "شكوك", "شكوكه", "مخاوف", "قلق", "قلقه", "قلقها", "doubts",
                "skepticism", "scepticism", "concerns", "concern", "fears", "worries",
                // What is to be prevented or fought: "to prevent arms smuggling".
                "prevent", "preventing", "prevention", "combat", "combating", "combatting", "curb", "curbing",
                "مكافحة", "لمكافحة", "منع", "لمنع", "محاربة", "لمحاربة"});
    // Back through the clause, at most eight words.
    for (size_t q = trigger, n = 0; q-- > 0 && n < 8; ++n) {
      const std::string& f = tokens[q].fold;
      if (f == "." || f == "," || f == "،" || f == ";" || f == ":") break;
      if (kCues.count(f)) return true;
    }
    // "دعا المبعوث الخاص ورئيس بعثة الأمم المتحدة ... إلى الإفراج": an appeal
    // verb's "إلى" may stand after a long subject.
    static const WordSet kAppeal = Folded({"دعا", "ودعا", "يدعو", "تدعو", "دعت", "ودعت", "وتدعو",
                                                         "ويدعو"});
    if (trigger > 0 && (tokens[trigger - 1].fold == "الي")) {
      for (size_t q = trigger - 1, n = 0; q-- > 0 && n < 16; ++n) {
        const std::string& f = tokens[q].fold;
        if (f == "." || f == ";" || f == ":") break;
        if (kAppeal.count(f)) return true;
      }
    }
    return false;
  }

  // ---- events -----------------------------------------------------------

  static bool ShortStemAtBothEnds(const std::string& word, const std::string& form) {
    size_t chars = 0;
    for (unsigned char c : form) chars += (c & 0xC0) != 0x80;
    if (chars > 3) return false;
    std::string w = word;
    if (w.size() > 4 && (w.rfind("و", 0) == 0 || w.rfind("ف", 0) == 0)) w = w.substr(2);
    bool at_start = w.rfind(form, 0) == 0;
    bool at_end = w.size() >= form.size() && w.compare(w.size() - form.size(), form.size(), form) == 0;
    // Verbs take prefixes and suffixes ("يشنون"); a final yeh with a
    // prefix is a nisba or a name ("باقري", "الشني").
    bool yeh = w.size() >= 2 && w.compare(w.size() - 2, 2, "ي") == 0;
    return !at_start && !at_end && yeh;
  }

  std::vector<TriggerHit> FindTriggers(const std::vector<Token>& tokens, const std::vector<Mention>& mentions) {
    std::vector<bool> taken(tokens.size(), false);
    for (const Mention& m : mentions)
      for (size_t k = m.first; k < m.last; ++k) taken[k] = true;
    std::vector<TriggerHit> out;
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (taken[i] || !tokens[i].is_word || tokens[i].is_number) continue;
      // An Arabic word's stem forms, any other word itself (the first form).
      std::span<const std::string> forms(StemForms(tokens[i]));
      if (!tokens[i].is_arabic) forms = forms.first(1);
      boost::container::small_vector<size_t, 16> reach;  // MaxTokensFrom of each form
      size_t longest = 0;
      const std::vector<size_t>& hashes = FormsOf(tokens[i]).stem_hash;
      for (size_t f = 0; f < forms.size(); ++f)
        longest = std::max(longest, reach.emplace_back(lex_.MaxTokensFromHash(hashes[f])));
      if (longest == 0) continue;
      const TriggerEntry* best = nullptr;
      size_t best_last = 0;
      size_t max_len = std::min(longest, tokens.size() - i);
      for (size_t len = max_len; len >= 1 && best == nullptr; --len) {
        bool blocked = false;
        std::string rest, key;
        for (size_t k = i + 1; k < i + len; ++k) {
          if (taken[k]) blocked = true;
          rest.append(" ").append(tokens[k].fold);
        }
        if (blocked) continue;
        for (size_t f = 0; f < forms.size(); ++f) {
          const std::string& form = forms[f];
          if (reach[f] < len) continue;
          key.assign(form).append(rest);
          const std::vector<PhraseHit>* hits = lex_.Lookup(key);
          if (hits == nullptr) continue;
          // A short stem reached by stripping at both ends ("باقري" -> "اقر")
          // is more likely a name or another word than the trigger.
          if (len == 1 && tokens[i].is_arabic && ShortStemAtBothEnds(tokens[i].fold, form)) continue;
          for (const PhraseHit& h : *hits) {
            if (h.type != PhraseHit::Type::kTrigger) continue;
            const TriggerEntry& t = lex_.triggers()[h.index];
            if ((t.lang == "ar") != tokens[i].is_arabic) continue;
            best = &t;
            best_last = i + len;
            break;
          }
          if (best) break;
        }
      }
      if (best && best->excluded()) {
        i = best_last - 1;  // a look-alike ("وزارة"): no trigger here
        continue;
      }
      if (best) {
        out.push_back({i, best_last, best});
        i = best_last - 1;
      }
    }
    return out;
  }

  void Sentence(const SentenceData& sd) {
    const Span sentence = sd.span;
    const std::vector<Token>& tokens = sd.tokens;
    if (tokens.empty()) return;
    const std::vector<Timex>& timexes = sd.timexes;
    for (const Timex& t : timexes) facts_.timexes.push_back(t);
    std::vector<Mention> mentions = FindMentions(tokens);
    Counterparts(tokens, mentions);
    Coordinate(tokens, mentions);
    std::vector<TriggerHit> triggers = FindTriggers(tokens, mentions);
    // Token index of each timex's start, for distances.
    auto token_at = [&](size_t byte) {
      for (size_t k = 0; k < tokens.size(); ++k)
        if (tokens[k].begin >= byte) return k;
      return tokens.size();
    };
    std::vector<size_t> timex_tok;
    for (const Timex& t : timexes) timex_tok.push_back(token_at(t.span.begin));

    // Host verbs ("احتضنت", "hosted"), found once for the sentence.
    std::vector<bool> host_verb(tokens.size(), false);
    for (size_t q = 0; q < tokens.size(); ++q)
      host_verb[q] = IsHostVerb(tokens[q]);
    size_t first_event = events_.size();
    std::vector<int> event_of_trigger(triggers.size(), -1);
    for (size_t k = 0; k < triggers.size(); ++k) {
      const TriggerHit& tr = triggers[k];
      const TriggerEntry& te = *tr.entry;
      size_t scope_begin = k > 0 ? triggers[k - 1].last : 0;
      // A noun named as a topic ("تقديم تقريره حول الاتفاق أمام مجلس الشورى",
      // "a report about the deal to Congress") does not end the scope.
      size_t next = k + 1;
      // Nor does a noun that restates the trigger ("قتل ... في انفجار سيارة
      // مفخخة في بغداد"): it joins this event, and so does what follows it.
      auto restates = [&](size_t n) {
        const TriggerHit& h = triggers[n];
        if (!h.entry->noun || h.entry->category != te.category) return false;
        for (const Mention& m : mentions)
          if (m.first >= triggers[n - 1].last && m.last <= h.first && !m.place) return false;
        return h.first - triggers[n - 1].last <= 4;
      };
      while (next < triggers.size() &&
             ((triggers[next].entry->noun && IsTopicCue(tokens, triggers[next].first)) || restates(next)))
        ++next;
      size_t scope_end = next < triggers.size() ? triggers[next].first : tokens.size();
      // A noun right after another trigger, with no actor between, is that
      // trigger's topic ("proposed resuming talks", "بحث في اتصال هاتفي").
      // A noun right after a verbal act that takes a complement ("المطالبة
      // بإطلاق سراح", "calls for the release") is its topic too.
      auto takes_complement = [](const TriggerEntry& e) {
        return e.category == "DEMAND" || e.category == "REJECT" || e.category == "THREATEN" ||
               e.category == "SUPPORT" || (e.category == "AGREE" && e.status == "proposed");
      };
      // A noun a few words after "بحث", "استعراض", "discussed" is what was
      // discussed ("استعراض مجالات الإغاثة").
      if (te.noun && k > 0 && event_of_trigger[k - 1] >= 0 &&
          (!triggers[k - 1].entry->noun ||
           ((triggers[k - 1].entry->category == te.category || takes_complement(*triggers[k - 1].entry)) &&
            tr.first - triggers[k - 1].last <= 2) ||
           (triggers[k - 1].entry->topic_object && tr.first - triggers[k - 1].last <= 4))) {
        const TriggerHit& prev = triggers[k - 1];
        bool actor_between = false;
        for (const Mention& m : mentions)
          if (m.first >= prev.last && m.last <= tr.first && !m.place) actor_between = true;
        bool period = false;
        for (size_t q = prev.last; q < tr.first; ++q)
          if (tokens[q].fold == "." || tokens[q].fold == ";") period = true;
        if (!actor_between && !period && tr.first - prev.last <= 12) {
          Event& pe = events_[static_cast<size_t>(event_of_trigger[k - 1])];
          if (pe.category == te.category && pe.mode.empty()) pe.mode = te.mode;
          // "opposed to talks with Syria": the topic's other side is the
          // event's other side.
          if (pe.targets.empty()) {
            size_t topic_end = k + 2 < triggers.size() ? triggers[k + 2].first : tokens.size();
            for (const Mention& m : mentions)
              if (m.first >= tr.last && m.first < topic_end && !m.place && (m.prep == "مع" || m.prep == "with") &&
                  std::find(pe.sources.begin(), pe.sources.end(), m.actor) == pe.sources.end()) {
                pe.targets.push_back(m.actor);
                break;
              }
          }
          event_of_trigger[k] = event_of_trigger[k - 1];
          continue;
        }
      }
      // "a statement released by the Kremlin", "released a report": a
      // publication, not a release of anyone.
      if (te.category == "RETREAT" && !tokens[tr.first].is_arabic && tokens[tr.first].fold.rfind("releas", 0) == 0) {
        static const WordSet kPublished = {"statement", "statements", "report", "reports", "video",
                                                         "footage", "figures", "data", "document", "documents",
                                                         "communique", "text", "transcript", "photos", "pictures",
                                                         "details", "list", "results", "findings", "budget", "album"};
        if (AnyIn(tokens, Back(tr.first, 3), tr.last + 4, kPublished)) continue;
      }
      // "a bid to revive negotiations", "سعيا لإحياء المفاوضات": talks
      // someone hopes for are no happening.
      if (te.noun && IsRevivalCue(tokens, tr.first)) continue;
      // "The program also calls for ...", "the statement urged": a document
      // is no actor; the act is its authors', told elsewhere.
      if (!te.noun && !tokens[tr.first].is_arabic) {
        size_t q = tr.first;
        while (q > 0 && (tokens[q - 1].fold == "also" || tokens[q - 1].fold == "further")) --q;
        static const WordSet kDocuments = {"program", "programme", "plan", "statement", "resolution",
                                                         "declaration", "treaty", "agreement", "document", "report",
                                                         "communique", "text", "draft", "bill", "law", "accord"};
        if (q > 0 && kDocuments.count(tokens[q - 1].fold)) continue;
      }
      // "all of the demands of the Council": demands named, not made.
      if (te.category == "DEMAND" && !te.noun && !tokens[tr.first].is_arabic && tr.first > 0) {
        static const WordSet kDeterminers = {"the", "a", "an", "its", "their", "his", "her",
                                                           "these", "those", "such", "our", "your", "whose"};
        if (kDeterminers.count(tokens[tr.first - 1].fold)) continue;
      }
      // "سيصوتون بقبول أو رفض الاتفاق", "approve or reject the deal": a
      // choice still to make, not an act.
      if (te.category == "REJECT" || te.category == "AGREE") {
        auto is_or = [&](size_t q) { return q < tokens.size() && (tokens[q].fold == "او" || tokens[q].fold == "or"); };
        bool before = tr.first > 0 && is_or(tr.first - 1);
        bool after = is_or(tr.last);
        if (before || after) continue;
      }
      // "meet the criteria", "meet its obligations": no meeting.
      if (!tokens[tr.first].is_arabic && (tokens[tr.first].fold == "meet" || tokens[tr.first].fold == "met" ||
                                           tokens[tr.first].fold == "meets")) {
        static const WordSet kMet = {"criteria", "requirements", "conditions", "demands", "standards",
                                                   "targets", "needs", "expectations", "obligations", "deadline",
                                                   "goals", "goal", "challenge", "challenges", "commitments",
                                                   "costs", "demand", "target", "threshold", "terms"};
        if (AnyIn(tokens, tr.last, tr.last + 5, kMet)) continue;
      }
      // "رفض التعليق", "declined to comment": no event.
      // "rally behind moves", "rallied around the president": support, not protest.
      if (te.category == "PROTEST" && tr.last < tokens.size() &&
          (tokens[tr.last].fold == "behind" || tokens[tr.last].fold == "around"))
        continue;
      {
        bool comment = false;
        for (size_t q = tr.last; q < tokens.size() && q < tr.last + 5; ++q)
          if (tokens[q].fold == "التعليق" || tokens[q].fold == "comment") comment = true;
        if (comment) continue;
      }
      // "وصل إلى 2.9 مليون": an arrival is a visit only when a place follows.
      if (te.needs_place) {
        bool place = false;
        for (const Mention& m : mentions)
          if (m.place && m.first >= tr.last && m.first <= tr.last + 2) place = true;
        if (!place) continue;
      }
      Event ev;
      ev.category = te.category;
      ev.mode = te.mode;
      ev.cameo = te.cameo;
      ev.trigger = std::string(Text({tokens[tr.first].begin, tokens[tr.last - 1].end}));
      // "halted aid", "وقف المساعدات": stopping aid is a sanction.
      if (te.category == "AID" && te.noun) {
        static const WordSet kStop =
            Folded({"halt", "halted", "halts", "cut", "cuts", "suspend", "suspended", "suspends", "freeze", "froze",
                    "frozen", "stop", "stopped", "prohibit", "prohibited", "ban", "banned", "withhold", "withheld",
                    "وقف", "أوقف", "أوقفت", "تعليق", "علق", "علقت", "قطع", "قطعت", "تجميد", "جمد", "جمدت"});
        if (AnyIn(tokens, Back(tr.first, 3), tr.first, kStop)) {
          ev.category = "SANCTION";
          ev.cameo = "163";
        }
      }
      // "lifted the blockade", "رفع الحصار": an easing of force.
      if (te.category == "COERCE" && te.noun) {
        static const WordSet kLift =
            Folded({"lift", "lifted", "lifts", "lifting", "ease", "eased", "easing", "end", "ended", "رفع", "برفع",
                    "رفعت", "فك", "بفك", "فكت", "إنهاء", "أنهى", "تخفيف"});
        if (AnyIn(tokens, Back(tr.first, 3), tr.first, kLift)) {
          // A blockade or siege lifted is a retreat; a curfew or an
          // emergency lifted, a concession.
          bool siege = tokens[tr.first].fold.find("blockade") != std::string::npos ||
                       tokens[tr.first].fold.find("siege") != std::string::npos ||
                       tokens[tr.first].fold.find("حصار") != std::string::npos;
          ev.category = siege ? "RETREAT" : "CONCEDE";
          ev.cameo = siege ? "085" : "081";
        }
      }
      // "reduced that demand", "تخلى عن مطالبه": giving ground on a demand.
      if (te.category == "DEMAND") {
        static const WordSet kGiveUp =
            Folded({"reduced", "lowered", "dropped", "withdrew", "abandoned", "softened", "scaled", "eased",
                    "تخلى", "تخلت", "خفض", "خفضت", "تراجع", "تراجعت", "تنازل", "تنازلت", "يتنازل"});
        if (AnyIn(tokens, Back(tr.first, 6), tr.first, kGiveUp)) {
          ev.category = "CONCEDE";
          ev.cameo = "080";
        }
      }
      // "ألغى كل العقوبات", "lifting the sanctions": easing them is a concession.
      if (te.category == "SANCTION" && te.noun) {
        static const WordSet kLift =
            Folded({"ألغى", "ألغت", "إلغاء", "بإلغاء", "وإلغاء", "رفع", "برفع", "ورفع", "رفعت", "يرفع", "فك", "بفك",
                    "تخفيف", "بتخفيف", "lift", "lifted", "lifts", "lifting", "ease", "eased", "easing", "relief",
                    "end", "ended", "ending", "scrap", "scrapped", "removal", "remove", "removed"});
        if (AnyIn(tokens, Back(tr.first, 3), tr.first, kLift)) {
          ev.category = "CONCEDE";
          ev.cameo = "081";
        }
      }
      ev.status = te.status == "proposed" ? EventStatus::kProposed
                  : te.status == "planned" ? EventStatus::kPlanned
                                           : EventStatus::kHappened;
      for (size_t q = tr.first >= 3 ? tr.first - 3 : 0; q < tr.first; ++q) {
        if (IsNegation(tokens[q].fold)) ev.status = EventStatus::kNegated;
        else if (IsFutureCue(tokens[q].fold) && ev.status == EventStatus::kHappened) ev.status = EventStatus::kPlanned;
      }
      if (tokens[tr.first].is_arabic && tokens[tr.first].fold.size() > 4 &&
          (tokens[tr.first].fold.rfind("سي", 0) == 0 || tokens[tr.first].fold.rfind("ست", 0) == 0) && !te.noun &&
          ev.status == EventStatus::kHappened) {
        // The future prefix سـ on a verb ("سيزور").
        std::vector<std::string> plain = ArabicStemForms(tokens[tr.first].fold.substr(2));
        if (std::find(plain.begin(), plain.end(), FoldForMatch(te.form)) != plain.end())
          ev.status = EventStatus::kPlanned;
      }
      // "الجولة المقبلة من المحادثات", "next week's summit": not yet held.
      for (size_t q = tr.first >= 3 ? tr.first - 3 : 0; q < std::min(tokens.size(), tr.last + 2); ++q) {
        const std::string& f = tokens[q].fold;
        if ((f == "المقبله" || f == "المقبل" || f == "القادمه" || f == "القادم" || f == "next" ||
             f == "upcoming" || f == "planned") &&
            ev.status == EventStatus::kHappened)
          ev.status = EventStatus::kPlanned;
      }
      bool referenced = false;
      for (size_t q = tr.first >= 2 ? tr.first - 2 : 0; q < tr.first; ++q)
        if (IsReferenceCue(tokens[q].fold)) referenced = true;
      if (tr.first > 0 && tokens[tr.first].is_arabic) {
        // "بتقدم المفاوضات": the cue may carry a clitic.
        for (const std::string& f : LookupForms(tokens[tr.first - 1]))
          if (IsReferenceCue(f)) referenced = true;
      }

      // Participants. "بين X و Y" / "between X and Y": both sides.
      std::vector<const Mention*> between;
      for (size_t q = tr.last; q < scope_end && q < tr.last + 4; ++q) {
        std::string f = tokens[q].fold;
        if (f == "بين" || f == "between" || f == "وبين") {
          for (const Mention& m : mentions)
            if (m.first > q && m.first < scope_end && !m.place && between.size() < 2) between.push_back(&m);
          break;
        }
      }
      const Mention* source = nullptr;
      const Mention* target = nullptr;
      // "اتفقوا", "يؤكدون": an Arabic verb in the plural.
      bool plural_verb = false;
      // Only for what parties do together: "قتلوا", "اختطفوا" are passives
      // as often as not.
      if (tokens[tr.first].is_arabic && !te.noun &&
          (te.category == "AGREE" || te.category == "CONSULT" || te.category == "SUPPORT" ||
           te.category == "REJECT" || te.category == "COOPERATE")) {
        const std::string& f = tokens[tr.first].fold;
        for (const char* suffix : {"وا", "ون"}) {
          std::string x(suffix);
          if (f.size() > x.size() + 4 && f.compare(f.size() - x.size(), x.size(), x) == 0) plural_verb = true;
        }
      }
      // "مبادرة من الجانب الأمريكي", "a proposal by Egypt": the agent follows.
      const Mention* by = nullptr;
      if (te.noun) {
        // "اتصالا هاتفيا أمس من الرئيس": a date may stand between.
        size_t q = tr.last;
        for (const Timex& t : timexes)
          if (q < tokens.size() && t.span.begin <= tokens[q].begin && tokens[q].begin < t.span.end)
            while (q < tokens.size() && tokens[q].begin < t.span.end) ++q;
        // English: "won backing for the sanctions from Merkel" (a few words on).
        if (!tokens[tr.first].is_arabic)
          for (size_t r = q; r < tokens.size() && r < q + 7 && tokens[r].fold != "," && tokens[r].fold != "." &&
                             tokens[r].fold != ";";
               ++r)
            if (tokens[r].fold == "from" || tokens[r].fold == "by") {
              q = r;
              break;
            }
        if (q + 1 < tokens.size() &&
            (tokens[q].fold == "من" || tokens[q].fold == "by" || tokens[q].fold == "from"))
          for (const Mention& m : mentions)
            if (m.first == q + 1 ||
                (m.first == q + 2 && (tokens[q + 1].fold == "the" || tokens[q + 1].fold == "الجانب")))
              by = &m;
      }
      // "the agreement that Iran and six world powers reached": the actor of
      // the relative clause.
      const Mention* relative = nullptr;
      if (te.noun && !tokens[tr.first].is_arabic && tr.last + 1 < tokens.size() &&
          (tokens[tr.last].fold == "that" || tokens[tr.last].fold == "which"))
        for (const Mention& m : mentions)
          if (m.first == tr.last + 1 && !m.place) relative = &m;
      // "after its October 9 nuclear test": the owner is the actor named
      // last before, whatever governs it.
      const Mention* owner = nullptr;
      if (te.noun && !tokens[tr.first].is_arabic) {
        bool possessive = false, personal = false;
        for (size_t q = tr.first >= 4 ? tr.first - 4 : 0; q < tr.first; ++q) {
          if (tokens[q].fold == "its" || tokens[q].fold == "their") possessive = true;
          if (tokens[q].fold == "his" || tokens[q].fold == "her") personal = true;
        }
        if (possessive)
          for (const Mention& m : mentions)
            if (m.last <= tr.first && !m.place && !IsPerson(m.actor)) owner = &m;
        // "King Hussein was to brief Arafat on his talks with Clinton": "his"
        // is the subject's, the first person the sentence names.
        if (personal && !possessive)
          for (const Mention& m : mentions)
            if (m.last <= tr.first && !m.place && m.prep.empty() && IsPerson(m.actor)) {
              owner = &m;
              break;
            }
      }
      // "أعلنت طالبان مسؤوليتها عن الهجوم", "claimed responsibility for the
      // attack": the claimant is the attacker.
      const Mention* claimant = nullptr;
      if (tr.first >= 2 && (tokens[tr.first - 1].fold == "عن" || tokens[tr.first - 1].fold == "for")) {
        bool responsibility = tokens[tr.first - 2].fold == "responsibility";
        for (const std::string& f : SuffixedForms(tokens[tr.first - 2]))
          if (f == FoldForMatch("مسؤولية")) responsibility = true;
        if (responsibility)
          for (const Mention& m : mentions)
            if (m.last <= tr.first - 2 && m.first >= scope_begin && !m.place && m.prep.empty()) claimant = &m;
      }
      if (between.size() == 2) {
        source = between[0];
        target = between[1];
      } else if (claimant != nullptr) {
        source = claimant;
      } else if (owner != nullptr) {
        source = owner;
      } else if (relative != nullptr) {
        source = relative;
      } else if (by != nullptr) {
        // "تلقى X اتصالا من Y", "X received a call from Y": Y called X.
        source = by;
        for (const Mention& m : mentions)
          if (m.last <= tr.first && m.first >= scope_begin && m.prep.empty() && !m.place && m.actor != by->actor)
            target = &m;
      } else {
        // The subject: Arabic verbs put it after the verb; otherwise the
        // nearest actor before the trigger that no preposition governs.
        bool arabic_verb = tokens[tr.first].is_arabic && !te.noun;
        // "أعلن شتاينماير أنه سيزور المملكة": a pronoun subject before the
        // verb refers to the actor before it; what follows is the object.
        bool pronoun_subject = false;
        bool unknown_subject = false;
        if (arabic_verb && tr.first > 0) {
          static const WordSet kPronounSubjects =
              Folded({"أنه", "أنها", "إنه", "إنها", "أنهم", "إنهم", "أنهما", "انه", "انها", "بأنه", "بأنها"});
          pronoun_subject = kPronounSubjects.count(tokens[tr.first - 1].fold) > 0;
        }
        if (arabic_verb && !pronoun_subject) {
          // The subject follows the verb closely ("بحث وزير الخارجية ...");
          // a gentilic further on modifies some other noun ("الانتشار الإيراني").
          // Pronoun objects and "كل من" may stand between ("رحبت به كل من
          // تركيا وأوكرانيا").
          static const WordSet kFiller =
              Folded({"به", "بها", "بهم", "له", "لها", "عليه", "عليها", "كل", "من", "ايضا", "بدوره", "بدورها"});
          size_t window = tr.last + 2;
          while (window < tokens.size() && window < tr.last + 6 && kFiller.count(tokens[window - 2].fold)) ++window;
          for (const Mention& m : mentions) {
            if (m.first < tr.last || m.first >= scope_end || m.place || !m.prep.empty() || m.mediator) continue;
            if (m.first > window) break;
            if (m.adjective && m.first != tr.last && !IsSideNoun(tokens, m.first - 1)) break;
            // "وانتقد الجيش إيران": a definite noun the lexicon does not know
            // fills the subject; the actor after it is the object.
            for (size_t q = tr.last; q < m.first; ++q) {
              const std::string& f = tokens[q].fold;
              bool in_timex = std::any_of(timexes.begin(), timexes.end(), [&](const Timex& t) {
                return t.span.begin <= tokens[q].begin && tokens[q].begin < t.span.end;
              });
              if (tokens[q].is_arabic && !in_timex && !kFiller.count(f) &&
                  (f.rfind("ال", 0) == 0 || f.rfind("وال", 0) == 0))
                unknown_subject = true;
            }
            if (!unknown_subject) source = &m;
            break;
          }
        }
        // "Belarus, which lies between Russia and the EU, threatens": the
        // subject stands before the relative clause.
        size_t subject_limit = tr.first;
        if (!tokens[tr.first].is_arabic && tr.first > 0) {
          size_t q = tr.first;
          while (q > 0 && (tokens[q - 1].fold == "also" || tokens[q - 1].fold == "now")) --q;
          if (q > 0 && tokens[q - 1].fold == ",")
            for (size_t c = q - 1; c-- > 0 && c + 16 > q;) {
              if (tokens[c].fold == "," && c + 1 < tokens.size() &&
                  (tokens[c + 1].fold == "which" || tokens[c + 1].fold == "who")) {
                subject_limit = c;
                break;
              }
              if (tokens[c].fold == "," || tokens[c].fold == ".") break;
            }
        }
        if (source == nullptr && !unknown_subject && !plural_verb) {
          const Mention* adjacent = nullptr;
          for (const Mention& m : mentions) {
            if (m.last > tr.first || m.place || m.mediator) continue;
            if (m.last > subject_limit) continue;
            // "testified for the first time since the deal was announced":
            // the actor of the clause is not the referred event's.
            if (referenced && te.noun && !(m.last == tr.first || (m.last + 1 == tr.first && tokens[m.last].fold == "'s")))
              continue;
            if (!m.prep.empty()) continue;
            source = &m;  // keeps the nearest before
            if (m.last == tr.first || (m.last + 1 == tr.first && tokens[m.last].fold == "'s")) adjacent = &m;
          }
          // A possessive or adjective right before a noun ("Russia's offensive",
          // "the Israeli offensive") is its actor; "Mobutu accepted Mandela's
          // invitation": the clause's subject is the other side.
          if (adjacent) {
            if (te.noun && !tokens[tr.first].is_arabic && source != adjacent) {
              const Mention* subject = nullptr;
              for (const Mention& m : mentions)
                if (m.last <= adjacent->first && m.first >= scope_begin && m.prep.empty() && !m.place &&
                    m.actor != adjacent->actor)
                  subject = &m;
              if (subject) target = subject;
            }
            source = adjacent;
          }
          if (te.noun && tokens[tr.first].is_arabic) {
            // Arabic nouns take their actor from a following adjective or
            // genitive ("هجومها" has it as a suffix, covered by the subject).
            for (const Mention& m : mentions)
              if (m.first == tr.last && m.prep.empty() && !m.place) source = &m;
          }
        }
        // The other side: "مع X", "with X", "on/against X", or a direct
        // object (verbs only: after a noun, an unmarked actor belongs to
        // another clause).
        for (const Mention& m : mentions) {
          if (&m == source || m.first < tr.last || m.first >= scope_end || m.place || m.mediator) continue;
          if (source && m.actor == source->actor) continue;
          if (te.noun && m.prep.empty()) continue;
          // "مع X", "with X"; "أمام لجنة", "before the committee" for hearings.
          bool with = m.prep == "مع" || m.prep == "with" || m.prep == "امام" || m.prep == "before";
          // "occupied the north of Cyprus": a part of a state stands for it.
          static const WordSet kParts = {"north", "south", "east", "west", "northern", "southern",
                                                       "eastern", "western", "part", "parts", "territory", "rest"};
          if (m.prep == "of" && m.first >= 2 &&
              (kParts.count(tokens[m.first - 2].fold) || kParts.count(tokens[m.first - 1].fold)) &&
              te.category == "ASSAULT") {
            target = &m;
            break;
          }
          // "discussed Ukraine", "بحث الأزمة الأوكرانية": the object is the topic.
          bool wanted = with || (!te.topic_object && (m.prep == "علي" || m.prep == "ضد" || m.prep == "on" ||
                                                      m.prep == "against" || m.prep == "الي" || m.prep == "to" ||
                                                      m.prep == "ل" || m.prep == "ب" || m.prep.empty()));
          // "اتفقوا على تطويق الانتشار", "agreed on": what is agreed on is
          // no side; nor is who a "that" clause is about ("agreed that the
          // DPRK should abandon ...").
          if ((te.category == "AGREE" || te.category == "CONSULT") && (m.prep == "علي" || m.prep == "on")) continue;
          if (te.category == "AGREE" || te.category == "CONSULT" || te.category == "SUPPORT") {
            bool clause = false;
            for (size_t q = tr.last; q < m.first; ++q)
              if (tokens[q].fold == "that" || tokens[q].fold == "أن" || tokens[q].fold == "ان" ||
                  tokens[q].fold == "بأن" || tokens[q].fold == "بان")
                clause = true;
            if (clause) continue;
          }
          // "الانتشار الإيراني": a gentilic after a common noun describes it.
          // (An attack on "مواقع سورية" is still an attack on Syria.)
          if (m.adjective && tokens[m.first].is_arabic && m.first > tr.last && !IsSideNoun(tokens, m.first - 1) &&
              (te.category == "AGREE" || te.category == "CONSULT" || te.category == "SUPPORT"))
            continue;
          // "تفجير انتحاري عند أكاديمية الشرطة", "a bombing at the police
          // academy": who is where an attack strikes is its target.
          if (te.category == "ASSAULT" && (m.prep == "عند" || m.prep == "at")) wanted = true;
          if (!wanted) continue;
          if (source && source->first > tr.first && m.first < source->first) continue;
          target = &m;
          break;
        }
      }
      // "his talks with Clinton", "a proposal by Egypt to Israel": once the
      // actor is known another way, "with X" is still the other side.
      if (te.noun && source != nullptr && target == nullptr && between.size() != 2)
        for (const Mention& m : mentions) {
          if (m.first < tr.last || m.first >= scope_end || m.place || m.mediator || m.actor == source->actor) continue;
          if (m.prep == "مع" || m.prep == "with") target = &m;
          break;
        }
      // English passives: "Lubumbashi was captured by the rebels".
      std::string place_passive_target;
      if (!te.noun && !tokens[tr.first].is_arabic && between.size() != 2 && tr.last + 1 < tokens.size() &&
          tokens[tr.last].fold == "by") {
        for (const Mention& m : mentions)
          if (!m.place && (m.first == tr.last + 1 || (m.first == tr.last + 2 && tokens[tr.last + 1].fold == "the"))) {
            target = source != &m ? source : nullptr;
            source = &m;
            // "Lubumbashi, Zaire's second city, which was captured by the
            // rebels": what was captured is what "which" stands for.
            for (size_t q = tr.first >= 4 ? tr.first - 4 : 0; q < tr.first; ++q)
              if (tokens[q].fold == "which" || tokens[q].fold == "that" || tokens[q].fold == "who") {
                const Mention* antecedent = nullptr;
                for (const Mention& a : mentions)
                  if (a.last <= q && &a != &m) antecedent = &a;
                if (antecedent != nullptr) {
                  const ActorEntry* e = lex_.FindActor(antecedent->actor);
                  if (!antecedent->place) target = antecedent;
                  else {
                    target = nullptr;
                    if (e && !e->country.empty()) place_passive_target = e->country;
                  }
                }
                break;
              }
            break;
          }
      }
      // An attack on a city is an attack on its state.
      std::string place_target;
      // A visit to a capital or a city is a visit to its state.
      if (target == nullptr && (te.category == "ASSAULT" || te.category == "COERCE" || te.mode == "visit")) {
        for (const Mention& m : mentions) {
          if (!m.place || m.first < tr.last || m.first >= scope_end) continue;
          const ActorEntry* e = lex_.FindActor(m.actor);
          if (e && !e->country.empty() && (!source || StateOf(source->actor) != e->country)) place_target = e->country;
          break;
        }
      }
      // "he met Kabila": an English pronoun subject is the person who acted last.
      std::string pronoun_source;
      if (source == nullptr && !tokens[tr.first].is_arabic && !te.noun && !events_.empty()) {
        for (size_t q = tr.first >= 2 ? std::max(scope_begin, tr.first - 2) : scope_begin; q < tr.first; ++q)
          if (tokens[q].fold == "he" || tokens[q].fold == "she") {
            for (size_t e = events_.size(); e-- > 0 && pronoun_source.empty();)
              for (const std::string& a : events_[e].sources)
                if (IsPerson(a)) {
                  pronoun_source = a;
                  break;
                }
            break;
          }
      }
      std::vector<const Mention*> source_group = between.size() == 2 ? std::vector<const Mention*>{source} : Group(mentions, source);
      std::vector<const Mention*> target_group = between.size() == 2 ? std::vector<const Mention*>{target} : Group(mentions, target);
      for (const Mention* m : source_group)
        if (m && std::find(ev.sources.begin(), ev.sources.end(), m->actor) == ev.sources.end()) ev.sources.push_back(m->actor);
      for (const Mention* m : target_group)
        if (m && std::find(ev.sources.begin(), ev.sources.end(), m->actor) == ev.sources.end() &&
            std::find(ev.targets.begin(), ev.targets.end(), m->actor) == ev.targets.end())
          ev.targets.push_back(m->actor);
      if (!pronoun_source.empty() && ev.sources.empty()) {
        ev.sources.push_back(pronoun_source);
        ev.targets.erase(std::remove(ev.targets.begin(), ev.targets.end(), pronoun_source), ev.targets.end());
      }
      if (place_target.empty()) place_target = place_passive_target;
      if (!place_target.empty() && ev.targets.empty()) {
        ActorFor(place_target);
        ev.targets.push_back(place_target);
      }
      // "وبحث الجانبان ...", "the two sides discussed": the sides of the
      // event told last.
      bool dual = IsDualReference(tokens, tr.last) || (tr.first >= 2 && IsDualReference(tokens, tr.first - 2)) ||
                  (tr.first >= 1 && IsDualReference(tokens, tr.first - 1));
      // English puts the subject before the verb, adverbs between: "the two
      // leaders also pledged".
      if (!dual && !tokens[tr.first].is_arabic && !te.noun)
        for (size_t q = tr.first >= 5 ? std::max(scope_begin, tr.first - 5) : scope_begin; q + 1 < tr.first; ++q)
          if (IsDualReference(tokens, q) &&
              std::none_of(mentions.begin(), mentions.end(), [&](const Mention& m) { return m.first > q && m.first < tr.first; }))
            dual = true;
      // "اتفقوا على ...", "وأكدوا": a plural verb with no subject of its own
      // stands for the parties of the event told before.
      if (!dual && plural_verb && ev.sources.empty()) dual = true;
      if (IsImpersonal(tokens, tr.first)) {
        ev.sources.clear();
        ev.targets.clear();
        dual = true;
      }
      // The event told last that has two sides to refer to (looked for only
      // when the clause refers back, so that the scan stays off the common path).
      const Event* two_sided = nullptr;
      if (dual)
        for (size_t e = events_.size(); e-- > 0 && two_sided == nullptr;)
          if (events_[e].sources.size() + events_[e].targets.size() >= 2) two_sided = &events_[e];
      if (dual && two_sided != nullptr) {
        // The two sides act together; what the clause names besides them is
        // the other side ("رفض الجانبان تدخل إيران").
        const Event& prev = *two_sided;
        ev.sources = prev.sources;
        ev.sources.insert(ev.sources.end(), prev.targets.begin(), prev.targets.end());
        ev.targets.clear();
        for (const Mention& m : mentions) {
          // Close by: further on, an actor belongs to the topic ("pledged to
          // consult each other on their relations with NATO").
          if (m.first < tr.last || m.first >= scope_end || m.first > tr.last + 5 || m.place) continue;
          if (std::find(ev.sources.begin(), ev.sources.end(), m.actor) != ev.sources.end()) continue;
          // "تم بحث الأوضاع في اليمن": what was discussed is no side.
          if (te.topic_object && m.prep != "مع" && m.prep != "with") continue;
          // "اتفقوا على تطويق الانتشار الإيراني": nor what was agreed on.
          if ((te.category == "AGREE" || te.category == "CONSULT" || te.category == "SUPPORT") &&
              (m.prep == "علي" || m.prep == "on" ||
               (m.adjective && tokens[m.first].is_arabic && !IsSideNoun(tokens, m.first - 1))))
            continue;
          ev.targets.push_back(m.actor);
          break;
        }
      }
      // "احتضنت إسطنبول جولة مفاوضات", "Geneva hosted the talks": a city that
      // hosts is the place, and its state the host.
      auto hosted_by = [&](const Mention& m) {
        if (!m.place || !m.prep.empty() || m.last > tr.first) return false;
        for (size_t q = m.last; q < tr.first; ++q)
          if (host_verb[q]) return true;
        return false;
      };
      for (const Mention& m : mentions) {
        if (m.first >= scope_begin && m.first < scope_end && m.mediator) ev.mediators.push_back(m.actor);
        if (m.first >= scope_begin && m.first < scope_end && hosted_by(m)) {
          const ActorEntry* city = lex_.FindActor(m.actor);
          if (city != nullptr && !city->country.empty() && std::find(ev.mediators.begin(), ev.mediators.end(), city->country) == ev.mediators.end()) {
            ActorFor(city->country);
            ev.mediators.push_back(city->country);
          }
        }
        // A place is the event's location when a preposition says so ("في
        // إسطنبول", "in Istanbul"), not when it is a clause's subject.
        bool at = m.prep == "في" || m.prep == "in" || m.prep == "at" || m.prep == "ب" || hosted_by(m);
        // An English noun's place follows it ("the agreement reached in
        // Vienna"); one before it belongs to the clause around ("met in
        // Jeddah to talk about the agreement"). (Arabic puts adjuncts before
        // the object of a light verb: "عقد وفدان ... في إسطنبول جولة محادثات".)
        if (te.noun && !tokens[tr.first].is_arabic && m.first < tr.first && !hosted_by(m)) at = false;
        if (m.place && at && ev.location.empty() && m.first >= scope_begin && m.first < scope_end)
          ev.location = lex_.FindActor(m.actor) && IsPlaceKind(lex_.FindActor(m.actor)->kind) ? m.actor : "";
      }
      // Quantities: "1000 أسير", "1,000 prisoners".
      for (size_t q = tr.last; q + 1 < scope_end; ++q)
        if (tokens[q].is_number && tokens[q + 1].is_word && !tokens[q + 1].is_number) {
          ev.quantities.push_back(std::string(Text({tokens[q].begin, tokens[q + 1].end})));
          break;
        }

      // "ردد المتظاهرون هتافات تندد ...", "protesters demanded ...": what a
      // crowd of protesters says is its protest.
      if ((ev.category == "DEMAND" || ev.category == "DISAPPROVE") &&
          std::find(ev.sources.begin(), ev.sources.end(), "protesters") != ev.sources.end()) {
        ev.category = "PROTEST";
        ev.cameo = "140";
      }
      // Time: the nearest expression inside the trigger's scope, else the
      // nearest in the sentence; "since" makes the event ongoing.
      const Timex* when = nullptr;
      size_t best_dist = SIZE_MAX;
      auto OwnedByOther = [&](size_t q) {
        size_t at = timex_tok[q];
        for (size_t o = 0; o < triggers.size(); ++o)
          if (o != k && at >= triggers[o].last && at - triggers[o].last <= 4 &&
              // "discussed ... in a phone call on Saturday": a noun that
              // restates this event lends it its date.
              !(o > k && triggers[o].entry->noun && triggers[o].entry->category == te.category) &&
              !(at >= tr.last && at - tr.last <= 4))
            return true;
        return false;
      };
      for (size_t q = 0; q < timexes.size(); ++q) {
        if (!Dates(timexes[q]) || !timexes[q].start.known()) continue;
        size_t at = timex_tok[q];
        if (at < scope_begin || at >= scope_end) continue;
        // "الاتفاقية مع إيران في 14 يوليو، كما ناقشت ...": a date right
        // after another trigger is that trigger's.
        if (OwnedByOther(q)) continue;
        // Adjuncts of time mostly follow the verb in both languages
        // ("met X on Wednesday", "التقى ... أمس"): one before counts double.
        size_t dist = at > tr.first ? at - tr.first : 2 * (tr.first - at);
        // "said Saturday he will meet Kim on Sunday": a planned meeting takes
        // the date ahead, not the date of the saying.
        if (ev.status == EventStatus::kPlanned && PastFor(timexes[q])) {
          // A past month or year is some other happening's, not the plan's.
          if (!timexes[q].start.has_day()) continue;
          dist += 20;
        }
        if (dist < best_dist) {
          best_dist = dist;
          when = &timexes[q];
        }
      }
      std::string anchor;
      if (when == nullptr && !referenced) {
        for (size_t q = 0; q < timexes.size(); ++q) {
          if (!Dates(timexes[q]) || !timexes[q].start.known()) continue;
          if (ev.status == EventStatus::kPlanned && PastFor(timexes[q]) && !timexes[q].start.has_day()) continue;
          if (OwnedByOther(q)) continue;
          size_t at = timex_tok[q];
          size_t dist = at > tr.first ? at - tr.first : tr.first - at;
          if (dist < best_dist) {
            best_dist = dist;
            when = &timexes[q];
          }
        }
      }
      if (when != nullptr) {
        ev.start = when->start;
        ev.end = when->end;
        ev.time_value = when->value;
        ev.time_anchor = TimexAnchorName(when->anchor);
        if (when->since) ev.status = EventStatus::kOngoing;
        // "said Saturday he will meet ...": the day of the saying, not of
        // the meeting; another mention may tell that.
        if (ev.status == EventStatus::kPlanned && PastFor(*when)) ev.time_anchor = "announcement";
      }
      // "أعلن أنه سيزور المملكة خلال شهر سبتمبر أو أكتوبر", "said he would
      // visit next month": a plan known only to the month goes on the
      // timeline when it was announced; the plan's own expression stays in
      // time_value.
      if (when != nullptr && ev.status == EventStatus::kPlanned && !when->start.has_day() && doc_.published.known() &&
          when->start.ToIso() > doc_.published.ToIso()) {
        static const WordSet kReport =
            Folded({"أعلن", "وأعلن", "اعلن", "قال", "وقال", "أكد", "وأكد", "كشف", "وكشف", "announced", "announces",
                    "said", "says", "told", "confirmed"});
        bool reported = false;
        for (size_t q = tr.first >= 8 ? tr.first - 8 : 0; q < tr.first; ++q)
          if (kReport.count(tokens[q].fold)) reported = true;
        if (reported) {
          Date report = document_date_.known() ? document_date_ : doc_.published;
          for (size_t q = 0; q < timexes.size(); ++q)
            if (Dates(timexes[q]) && timexes[q].start.has_day() && timex_tok[q] < tr.first &&
                timexes[q].start.ToIso() <= doc_.published.ToIso())
              report = timexes[q].start;
          ev.start = ev.end = report;
          ev.time_anchor = "announcement";
        }
      }
      // Zero subject: an agreement that closes talks, a verb with no actor
      // of its own, takes the sides (and date) of the previous event.
      if (ev.sources.empty() && ev.targets.empty() && events_.size() > first_event && !referenced) {
        const Event& prev = events_.back();
        ev.sources = prev.sources;
        ev.targets = prev.targets;
        if (!ev.start.known() && prev.start.known() && !referenced) {
          ev.start = prev.start;
          ev.end = prev.end;
          ev.time_value = prev.time_value;
          ev.time_anchor = "inherited";
        }
        if (ev.location.empty()) ev.location = prev.location;
      }
      if (!ev.start.known() && ev.time_value.empty()) ev.time_anchor = referenced ? "none" : "fallback";
      if (ev.time_anchor == "fallback" && document_date_.known()) {
        // The day the article reports on: undated happenings in a news
        // story are most often that day's.
        ev.start = ev.end = document_date_;
        ev.time_value = document_date_.ToIso();
        ev.time_anchor = "document";
      }
      Evidence evd;
      evd.doc_id = doc_.id;
      evd.sentence = sentence;
      evd.trigger = {tokens[tr.first].begin, tokens[tr.last - 1].end};
      evd.text = std::string(Text(sentence));
      ev.evidence.push_back(std::move(evd));
      event_of_trigger[k] = static_cast<int>(events_.size());
      events_.push_back(std::move(ev));
      noun_event_.push_back(te.noun);
    }
  }

  // Whether an expression lies wholly before publication ("Saturday" in a
  // Saturday paper counts: a plan is not told on the day it happens).
  bool PastFor(const Timex& t) const {
    if (!doc_.published.known() || !t.start.known()) return false;
    std::string pub = doc_.published.ToIso();
    const Date& last = t.end.known() ? t.end : t.start;
    std::string e = last.ToIso();
    if (last.has_day()) return e <= pub;
    return e < pub.substr(0, e.size());
  }

  std::set<std::string> Sides(const Event& e) const {
    std::set<std::string> out;
    for (const auto* list : {&e.sources, &e.targets})
      for (const std::string& a : *list) {
        // An armed group fights its own state: it is a side of its own.
        const ActorEntry* entry = lex_.FindActor(a);
        std::string s = entry && entry->kind == ActorKind::kArmedGroup ? a : StateOf(a);
        out.insert(s.empty() ? a : s);
      }
    return out;
  }

  static bool Dated(const Event& e) {
    return e.start.known() && e.time_anchor != "fallback" && e.time_anchor != "document" &&
           e.time_anchor != "announcement";
  }

  static bool DatesCompatible(const Event& a, const Event& b) {
    if (!Dated(a) || !Dated(b)) return true;
    Date ae = a.end.known() ? a.end : a.start, be = b.end.known() ? b.end : b.start;
    auto prefix_le = [](const Date& x, const Date& y) { return x.ToIso() <= y.ToIso() || y.ToIso().rfind(x.ToIso(), 0) == 0; };
    return prefix_le(a.start, be) && prefix_le(b.start, ae);
  }

  // "وأعلن المسلحون الإسلاميون مسؤوليتهم", "the militants claimed": in an
  // article that names one armed group, the gunmen and militants it speaks
  // of are that group's.
  void ResolveGenericArmedGroups() {
    static const WordSet kGeneric = {"gunmen", "militants"};
    std::string named;
    for (const Actor& a : actors_) {
      const ActorEntry* e = lex_.FindActor(a.id);
      if (e == nullptr || e->kind != ActorKind::kArmedGroup || kGeneric.count(a.id) || a.id == "suicide-bomber")
        continue;
      if (a.names.empty()) continue;  // named in the text, not only referred to
      if (!named.empty() && named != a.id) return;  // two groups: no telling which
      named = a.id;
    }
    if (named.empty()) return;
    for (Event& ev : events_)
      for (auto* list : {&ev.sources, &ev.targets}) {
        for (std::string& x : *list)
          if (kGeneric.count(x)) x = named;
        std::vector<std::string> unique;
        for (const std::string& x : *list)
          if (std::find(unique.begin(), unique.end(), x) == unique.end()) unique.push_back(x);
        *list = std::move(unique);
      }
  }

  // One event per happening: mentions with the same category, compatible
  // sides and dates are folded into the first, keeping the best date.
  // Whether b may fold into a: the same sides (pass 0), or one side set
  // inside the other (pass 1) when the smaller one says enough on its own
  // (two sides, or a real date), so that "Russia" alone does not join any
  // event Russia took part in.
  // The people an event names on each state's side.
  std::map<std::string, std::set<std::string>> PeopleBySide(const Event& e) const {
    std::map<std::string, std::set<std::string>> out;
    for (const auto* list : {&e.sources, &e.targets})
      for (const std::string& a : *list)
        if (IsPerson(a) && !StateOf(a).empty()) out[StateOf(a)].insert(a);
    return out;
  }

  static bool Intended(const Event& e) {
    return e.status == EventStatus::kPlanned || e.status == EventStatus::kProposed;
  }

  bool Mergeable(const Event& a, const Event& b, int pass) const {
    if (a.category != b.category || !DatesCompatible(a, b)) return false;
    // A meeting that will happen and one that happened are two happenings,
    // unless one is only a reference back ("the talks").
    if (Intended(a) != Intended(b) && a.time_anchor != "none" && b.time_anchor != "none") return false;
    // Kerry's talks and Ross's talks with the same man are two meetings.
    std::map<std::string, std::set<std::string>> pa = PeopleBySide(a), pb = PeopleBySide(b);
    for (const auto& [state, people] : pa) {
      auto it = pb.find(state);
      if (it == pb.end()) continue;
      if (people.size() == 1 && it->second.size() == 1 && *people.begin() != *it->second.begin()) return false;
    }
    std::set<std::string> sa = Sides(a), sb = Sides(b);
    if (sa.empty() || sb.empty()) return false;
    if (sa == sb) return true;
    if (pass == 0) return false;
    bool b_in_a = std::includes(sa.begin(), sa.end(), sb.begin(), sb.end());
    bool a_in_b = std::includes(sb.begin(), sb.end(), sa.begin(), sa.end());
    if (!b_in_a && !a_in_b) return false;
    const Event& smaller = b_in_a ? b : a;
    const std::set<std::string>& ss = b_in_a ? sb : sa;
    return ss.size() >= 2 || Dated(smaller);
  }

  // A meeting named by a noun with one side only ("resuming the dialogue",
  // "the next round of talks") tells no meeting on its own.
  bool LoneNounMeeting(size_t i) const {
    const Event& e = events_[i];
    // Tests, exercises and protests are one side's acts; so is an attack
    // when an armed group or force is its author ("هجوم لطالبان").
    if (e.category == "MOBILIZE" || e.category == "PROTEST" || e.category == "RETREAT") return false;
    // "انفجار سيارة مفخخة في بغداد", "a car bomb in Kabul": an attack by
    // nobody named, on a place, is news too.
    if (e.category == "ASSAULT" && e.sources.empty() && !e.targets.empty()) return false;
    if (e.category == "ASSAULT")
      for (const std::string& a : e.sources) {
        const ActorEntry* entry = lex_.FindActor(a);
        if ((entry && entry->kind == ActorKind::kArmedGroup) || a.find("-army") != std::string::npos ||
            a.find("-forces") != std::string::npos || a.find("-military") != std::string::npos)
          return false;
      }
    // A minister before a committee of their own state is still two parties.
    if (!e.sources.empty() && !e.targets.empty()) return false;
    return e.mode != "visit" && noun_event_[i] && Sides(e).size() < 2;
  }



  void MergeEvents() {
    std::vector<bool> gone(events_.size(), false);
    std::vector<bool> merged(events_.size(), false);
    for (int pass = 0; pass < 2; ++pass)
    for (size_t i = 0; i < events_.size(); ++i) {
      if (gone[i]) continue;
      // Mentions of one happening sit near each other; on a huge page only
      // nearby events are compared, so the merge stays linear.
      size_t horizon = events_.size() > 1000 ? std::min(events_.size(), i + 200) : events_.size();
      for (size_t j = i + 1; j < horizon; ++j) {
        if (gone[j]) continue;
        Event& a = events_[i];
        Event& b = events_[j];
        if (!Mergeable(a, b, pass)) continue;
        merged[i] = true;
        auto better = [](const Event& x) {
          if (!x.start.known()) return 0;
          if (x.time_anchor == "fallback" || x.time_anchor == "document" || x.time_anchor == "announcement") return 1;
          if (x.time_anchor == "inherited") return 2;
          return x.start.has_day() ? 4 : 3;
        };
        // A mention with fewer sides ("Rome is expected to discuss ...")
        // does not re-date the fuller event it joins.
        std::set<std::string> sides_a = Sides(a), sides_b = Sides(b);
        bool b_as_specific = std::includes(sides_b.begin(), sides_b.end(), sides_a.begin(), sides_a.end());
        if (better(b) > better(a) && (b_as_specific || better(a) == 0)) {
          a.start = b.start;
          a.end = b.end;
          a.time_value = b.time_value;
          a.time_anchor = b.time_anchor;
        }
        // The fuller participant list wins; people are kept over their states.
        for (const std::string& s : b.sources)
          if (std::find(a.sources.begin(), a.sources.end(), s) == a.sources.end() &&
              std::find(a.targets.begin(), a.targets.end(), s) == a.targets.end())
            a.sources.push_back(s);
        for (const std::string& t : b.targets)
          if (std::find(a.targets.begin(), a.targets.end(), t) == a.targets.end() &&
              std::find(a.sources.begin(), a.sources.end(), t) == a.sources.end())
            a.targets.push_back(t);
        for (const std::string& m : b.mediators)
          if (std::find(a.mediators.begin(), a.mediators.end(), m) == a.mediators.end()) a.mediators.push_back(m);
        if (a.mode.empty()) a.mode = b.mode;
        if (a.location.empty()) a.location = b.location;
        if (b.status == EventStatus::kOngoing) a.status = b.status;
        for (auto& q : b.quantities) a.quantities.push_back(q);
        // One piece of evidence per sentence.
        for (auto& e : b.evidence)
          if (std::none_of(a.evidence.begin(), a.evidence.end(),
                           [&](const Evidence& x) { return x.sentence == e.sentence; }))
            a.evidence.push_back(e);
        gone[j] = true;
      }
    }
    // "منذ إعلان الاتفاق في 14 يوليو", "the deal reached on July 14": a
    // dated mention that names no actor dates the one event of its kind
    // (category and CAMEO code) that does, when that event has no date of
    // its own.
    for (size_t j = 0; j < events_.size(); ++j) {
      Event& b = events_[j];
      if (gone[j] || !noun_event_[j] || !b.sources.empty() || !b.targets.empty() || !Dated(b)) continue;
      size_t only = SIZE_MAX;
      int count = 0;
      for (size_t i = 0; i < events_.size(); ++i)
        if (i != j && !gone[i] && events_[i].category == b.category && events_[i].cameo == b.cameo &&
            !(events_[i].sources.empty() && events_[i].targets.empty())) {
          only = i;
          ++count;
        }
      if (count != 1 || Dated(events_[only])) continue;
      Event& a = events_[only];
      a.start = b.start;
      a.end = b.end;
      a.time_value = b.time_value;
      a.time_anchor = b.time_anchor;
      for (auto& e : b.evidence)
        if (std::none_of(a.evidence.begin(), a.evidence.end(),
                         [&](const Evidence& x) { return x.sentence == e.sentence; }))
          a.evidence.push_back(e);
      merged[only] = true;
      gone[j] = true;
    }
    // A mention that refers back ("the results of the talks") and matched
    // nothing told in the article adds no event of its own.
    std::vector<Event> kept;
    for (size_t i = 0; i < events_.size(); ++i)
      if (!gone[i] && (merged[i] || (events_[i].time_anchor != "none" && !LoneNounMeeting(i))))
        kept.push_back(std::move(events_[i]));
    events_ = std::move(kept);
  }

  void Finish() {
    std::set<std::string> used;
    for (Event& e : events_) {
      if (e.sources.empty() && e.targets.empty() && !options_.keep_unattached_events) continue;
      // What the article says did not happen is no event on the timeline.
      if (e.status == EventStatus::kNegated) continue;
      // "Yeltsin and Kuchma called for the fastest ratification": a call the
      // parties make together, addressed to no one, is an appeal, not a
      // demand (CAMEO 02, no event); their joint pledges are told as AGREE.
      if (e.category == "DEMAND" && e.targets.empty() && Sides(e).size() >= 2) continue;
      if (!e.start.known() && e.time_anchor == "fallback" && doc_.published.known()) {
        e.start = doc_.published;
        e.end = doc_.published;
        e.time_value = doc_.published.ToIso();
      }
      std::string key = e.category + "|" + e.start.ToIso();
      for (const auto& s : e.sources) key += "|s:" + s;
      for (const auto& t : e.targets) key += "|t:" + t;
      key += "|" + doc_.id + "|" + std::to_string(e.evidence.front().trigger.begin);
      e.id = "event-" + StableHash(key).substr(0, 16);
      for (const auto* list : {&e.sources, &e.targets, &e.mediators})
        for (const std::string& a : *list) used.insert(a);
      if (!e.location.empty()) used.insert(e.location);
      facts_.events.push_back(std::move(e));
    }
    // Every actor the article names is kept, with or without an event: an
    // analyst looks up who appears in the news, not only who acted.
    for (Actor& a : actors_) {
      if (!used.count(a.id) && a.names.empty()) continue;
      std::sort(a.names.begin(), a.names.end());
      if (a.name.empty()) a.name = a.names.empty() ? a.id : a.names.front();
      facts_.actors.push_back(a);
    }
    std::sort(facts_.actors.begin(), facts_.actors.end(),
              [](const Actor& x, const Actor& y) { return x.id < y.id; });
  }

  const Document& doc_;
  const Lexicon& lex_;
  const ExtractOptions& options_;
  Facts facts_;
  std::vector<Actor> actors_;
  std::map<std::string, size_t> actor_index_;
  std::vector<Event> events_;
  std::vector<bool> noun_event_;  // per event: its first trigger was a noun
  std::vector<SentenceData> sentences_;
  Date document_date_;
  std::map<std::string, std::string> last_holder_;  // role -> person, for "the president"
  std::map<std::string, std::string> last_minister_;  // country ("" any) -> person, for "the minister"
  std::string last_role_;
  std::map<std::string, std::string> surname_ids_;
  std::map<std::string, int> state_mentions_;  // for "the government" alone
  Span claimed_;  // token range of a name already read after a role word
};

}  // namespace

const char* EventStatusName(EventStatus s) {
  switch (s) {
    case EventStatus::kHappened: return "happened";
    case EventStatus::kOngoing: return "ongoing";
    case EventStatus::kPlanned: return "planned";
    case EventStatus::kProposed: return "proposed";
    case EventStatus::kNegated: return "negated";
  }
  return "happened";
}

std::string Event::Dump() const {
  std::ostringstream o;
  o << category;
  if (!mode.empty()) o << "/" << mode;
  o << " " << (start.known() ? start.ToIso() : "-");
  if (end.known() && end != start) o << ".." << end.ToIso();
  o << " [" << time_anchor << "] " << EventStatusName(status);
  for (const auto& s : sources) o << " " << s;
  o << " ->";
  for (const auto& t : targets) o << " " << t;
  if (!mediators.empty()) {
    o << " via";
    for (const auto& m : mediators) o << " " << m;
  }
  if (!location.empty()) o << " @" << location;
  return o.str();
}

bool Event::SameReport(const Event& o) const {
  return std::tie(category, mode, cameo, status, trigger, sources, targets, mediators, location, start, end,
                  time_value, time_anchor, quantities, about, evidence) ==
         std::tie(o.category, o.mode, o.cameo, o.status, o.trigger, o.sources, o.targets, o.mediators, o.location,
                  o.start, o.end, o.time_value, o.time_anchor, o.quantities, o.about, o.evidence);
}

std::string Facts::Dump() const {
  std::ostringstream o;
  o << "doc " << doc_id << " " << published.ToIso() << "\n";
  for (const Actor& a : actors) {
    o << "actor " << a.id << " (" << ActorKindName(a.kind) << ") " << a.name;
    for (const auto& r : a.roles) o << " [" << r << "]";
    o << "\n";
  }
  for (const Event& e : events) o << "event " << e.Dump() << "\n";
  return o.str();
}

Result<Facts> Extract(const Document& doc, const Lexicon& lexicon, const ExtractOptions& options) {
  if (!doc.published.known())
    return Status::Error(doc.path, 0, "no publication date; give one with --date YYYY-MM-DD");
  return Extractor(doc, lexicon, options).Run();
}

}  // namespace diplograph
