#include "core/text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <unordered_map>

namespace diplograph {

namespace {

bool IsArabicDiacritic(UChar32 c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||
         (c >= 0x0610 && c <= 0x061A) || (c >= 0x06D6 && c <= 0x06ED);
}

UChar32 FoldArabicLetter(UChar32 c) {
  switch (c) {
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // أ إ آ ٱ -> ا
    case 0x0649: return 0x064A;  // ى -> ي
    case 0x0629: return 0x0647;  // ة -> ه
    case 0x0624: return 0x0648;  // ؤ -> و
    case 0x0626: return 0x064A;  // ئ -> ي
    case 0x06CC: return 0x064A;  // Persian yeh
    case 0x06A9: return 0x0643;  // Persian kaf
    default: return c;
  }
}

void AppendUtf8Slow(std::string& out, UChar32 c) {
  char buf[4];
  int32_t n = 0;
  UBool err = false;
  U8_APPEND(buf, n, 4, c, err);
  if (!err) out.append(buf, static_cast<size_t>(n));
}

// Inlined for the one- and two-byte characters of Arabic and Latin text.
inline void AppendUtf8(std::string& out, UChar32 c) {
  if (c >= 0 && c < 0x80) {
    out += static_cast<char>(c);
  } else if (c >= 0x80 && c < 0x800) {
    const char two[2] = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    out.append(two, 2);
  } else {
    AppendUtf8Slow(out, c);
  }
}

std::u32string ToU32(const std::string& s) {
  std::u32string out;
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(s.data(), i, n, c);
    out.push_back(static_cast<char32_t>(c < 0 ? 0xFFFD : c));
  }
  return out;
}

std::string FromU32(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) AppendUtf8(out, static_cast<UChar32>(c));
  return out;
}

bool StartsWith(const std::u32string& s, const std::u32string& p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}
bool EndsWith(const std::u32string& s, const std::u32string& p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

void AddUnique(std::vector<std::u32string>& v, const std::u32string& s) {
  if (s.size() >= 2 && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

// Proclitic stripping: و/ف, then ب/ل/ك, then the article.
std::vector<std::u32string> StripProclitics(const std::u32string& w) {
  std::vector<std::u32string> out{w};
  std::vector<std::u32string> level1{w};
  if (w.size() > 3 && (w[0] == U'و' || w[0] == U'ف')) level1.push_back(w.substr(1));
  std::vector<std::u32string> level2;
  for (const auto& x : level1) {
    level2.push_back(x);
    if (StartsWith(x, U"لل") && x.size() > 4) {
      level2.push_back(U"ال" + x.substr(2));
      level2.push_back(x.substr(2));
    } else if (x.size() > 3 && (x[0] == U'ب' || x[0] == U'ل' || x[0] == U'ك')) {
      level2.push_back(x.substr(1));
    }
  }
  for (const auto& x : level2) {
    AddUnique(out, x);
    if (StartsWith(x, U"ال") && x.size() > 4) AddUnique(out, x.substr(2));
  }
  return out;
}

const std::u32string kSuffixes[] = {U"هما", U"كما", U"ات", U"ان", U"ين", U"ون", U"وا",
                                    U"تا", U"ها", U"هم", U"كم", U"نا", U"ته", U"ه", U"ي",
                                    U"ت", U"ك"};

// "en@ss=standard" keeps "Mr. Kabila" and "U.S. forces" in one sentence
// (ICU's abbreviation suppressions); Arabic full stops break as usual.
icu::BreakIterator* SentenceIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    return U_FAILURE(status) ? nullptr : std::move(b);
  }();
  return it.get();
}

icu::BreakIterator* WordIterator() {
  thread_local std::unique_ptr<icu::BreakIterator> it = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale("ar"), status));
    return U_FAILURE(status) ? nullptr : std::move(b);
  }();
  return it.get();
}

// Runs `fn(begin, end, rule_status)` for each segment of `range`.
template <typename Fn>
void ForEachSegment(icu::BreakIterator* it, std::string_view text, Span range, Fn fn) {
  if (it == nullptr || range.begin >= range.end) return;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + range.begin,
                             static_cast<int64_t>(range.size()), &status);
  if (U_FAILURE(status)) return;
  it->setText(ut, status);
  if (U_SUCCESS(status)) {
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next())
      fn(range.begin + static_cast<size_t>(start), range.begin + static_cast<size_t>(end),
         it->getRuleStatus());
  }
  utext_close(ut);
}

}  // namespace

std::string_view Trim(std::string_view s) {
  auto is_space = [](std::string_view t, size_t i, size_t& len) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      len = 1;
      return true;
    }
    // U+00A0, U+200B..U+200F, U+202F, U+FEFF as UTF-8, which all start
    // with one of three bytes.
    if (c != 0xC2 && c != 0xE2 && c != 0xEF) return false;
    static const std::string_view kWide[] = {"\xC2\xA0", "\xE2\x80\x8B", "\xE2\x80\x8C",
                                             "\xE2\x80\x8D", "\xE2\x80\x8E", "\xE2\x80\x8F",
                                             "\xE2\x80\xAF", "\xEF\xBB\xBF"};
    for (std::string_view w : kWide)
      if (t.substr(i, w.size()) == w) {
        len = w.size();
        return true;
      }
    return false;
  };
  size_t len = 0;
  while (!s.empty() && is_space(s, 0, len)) s.remove_prefix(len);
  bool trimmed = true;
  while (!s.empty() && trimmed) {
    trimmed = false;
    for (size_t back = 1; back <= 3 && back <= s.size(); ++back)
      if (is_space(s, s.size() - back, len) && len == back) {
        s.remove_suffix(back);
        trimmed = true;
        break;
      }
  }
  return s;
}

size_t FindInvalidUtf8(std::string_view text) {
  int32_t i = 0, n = static_cast<int32_t>(text.size());
  while (i < n) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0) return static_cast<size_t>(at);
  }
  return std::string_view::npos;
}

namespace {

// How FoldForMatch folds each character below U+3000 where that does not
// depend on its neighbours: dropped, or the code point it becomes. It does
// not for a character NFKC maps to others, or one that can combine with the
// character before it (a combining accent, alef's madda and hamza marks,
// Hangul vowels): those are kContext, and a text holding one goes through
// ICU. The harakat (U+064B..U+0652) are dropped whatever NFKC would do with
// their order, and compose with nothing (a hamza-carrying letter decomposes
// and recomposes around them: the same letter).
constexpr UChar32 kSimpleLimit = 0x3000;
constexpr int32_t kContext = -2, kDropped = -1;

const std::vector<int32_t>& SimpleFolds() {
  static const std::vector<int32_t> table = [] {
    std::vector<int32_t> t(kSimpleLimit, kContext);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) return t;
    for (UChar32 c = 0; c < kSimpleLimit; ++c) {
      if (U_IS_SURROGATE(c)) continue;
      bool harakah = c >= 0x064B && c <= 0x0652;
      UErrorCode check = U_ZERO_ERROR;
      if (!harakah && (!nfkc->isNormalized(icu::UnicodeString(c), check) || U_FAILURE(check) ||
                       !nfkc->hasBoundaryBefore(c) || u_getCombiningClass(c) != 0))
        continue;
      std::string one;
      AppendUtf8(one, c);
      icu::UnicodeString folded = icu::UnicodeString::fromUTF8(FoldForMatchIcu(one));
      if (folded.isEmpty()) t[c] = kDropped;
      else if (folded.countChar32() == 1) t[c] = folded.char32At(0);
    }
    return t;
  }();
  return table;
}

// The fold of a text made only of such characters (nearly every word and
// line of the news), without ICU; false when another character appears.
bool FoldSimple(std::string_view text, std::string& out) {
  const std::vector<int32_t>& folds = SimpleFolds();
  out.clear();
  out.reserve(text.size());
  const auto n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    auto b = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
    if (b < 0x80) {  // ASCII, the common case
      out += static_cast<char>(b >= 'A' && b <= 'Z' ? b - 'A' + 'a' : b);
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(text.data(), i, n, c);
    if (c < 0 || c >= kSimpleLimit) return false;
    int32_t f = folds[static_cast<size_t>(c)];
    if (f == kContext) return false;
    if (f != kDropped) AppendUtf8(out, f);
  }
  return true;
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string out;
  if (FoldSimple(text, out)) return out;
  return FoldForMatchIcu(text);
}

std::string FoldForMatchIcu(std::string_view text) {
  const icu::Normalizer2* nfkc = nullptr;
  UErrorCode status = U_ZERO_ERROR;
  nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfkc != nullptr && U_SUCCESS(status) && !nfkc->isNormalized(u, status)) {
    status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfkc->normalize(u, status);
    if (U_SUCCESS(status)) u = normalized;
  }
  std::string out;
  out.reserve(text.size());
  for (int32_t i = 0; i < u.length();) {
    UChar32 c = u.char32At(i);
    i += U16_LENGTH(c);
    if (IsArabicDiacritic(c)) continue;
    if (c >= 0x0660 && c <= 0x0669) c = '0' + (c - 0x0660);        // Arabic-Indic digits
    else if (c >= 0x06F0 && c <= 0x06F9) c = '0' + (c - 0x06F0);   // Eastern Arabic-Indic
    c = FoldArabicLetter(c);
    if (c >= 0x00C0 && c <= 0x024F) {
      // Latin letters with diacritics match their base letter: "Désiré" is
      // written "Desire" by half the outlets.
      icu::UnicodeString decomposed;
      UErrorCode nfd_status = U_ZERO_ERROR;
      const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(nfd_status);
      if (U_SUCCESS(nfd_status) && nfd->getDecomposition(c, decomposed) && decomposed.length() > 0)
        c = decomposed.char32At(0);
    }
    c = u_foldCase(c, U_FOLD_CASE_DEFAULT);
    // Typographic quotes and dashes fold to ASCII so that "U.S." and names
    // with apostrophes match however an outlet types them.
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) c = '\'';
    if (c == 0x2013 || c == 0x2014) c = '-';
    AppendUtf8(out, c);
  }
  return out;
}

std::vector<Span> SplitSentences(std::string_view text, Span range) {
  std::vector<Span> out;
  ForEachSegment(SentenceIterator(), text, range, [&](size_t b, size_t e, int32_t) {
    std::string_view piece = text.substr(b, e - b);
    std::string_view trimmed = Trim(piece);
    if (trimmed.empty()) return;
    size_t tb = b + static_cast<size_t>(trimmed.data() - piece.data());
    // ICU does not break after an Arabic full stop followed by no space, and
    // breaks after abbreviations like "U.S." only sometimes; both are rare
    // enough in news to leave to it.
    out.push_back({tb, tb + trimmed.size()});
  });
  return out;
}

std::vector<Token> Tokenize(std::string_view text, Span range) {
  std::vector<Token> out;
  ForEachSegment(WordIterator(), text, range, [&](size_t b, size_t e, int32_t rule) {
    std::string_view piece = text.substr(b, e - b);
    if (Trim(piece).empty()) return;
    Token t;
    t.begin = b;
    t.end = e;
    t.fold = FoldForMatch(piece);
    t.is_word = rule != UBRK_WORD_NONE;
    t.is_number = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    int32_t i = 0, n = static_cast<int32_t>(piece.size());
    UChar32 first;
    U8_NEXT(piece.data(), i, n, first);
    t.is_arabic = first >= 0x0600 && first <= 0x06FF;
    t.is_capitalized = u_isupper(first);
    if (!t.is_number && !t.fold.empty() &&
        std::all_of(t.fold.begin(), t.fold.end(), [](char c) { return c >= '0' && c <= '9'; }))
      t.is_number = true;
    out.push_back(std::move(t));
  });
  return out;
}

namespace {

std::vector<std::string> MakeArabicLookupForms(std::vector<std::u32string> forms, bool with_suffixes);
std::vector<std::string> MakeArabicStemForms(std::vector<std::u32string> forms);

// Whether a folded word has an Arabic letter (U+0600..U+06FF, lead bytes
// D8..DB): the only words whose forms are more than the word itself.
bool HasArabic(const std::string& fold) {
  return std::any_of(fold.begin(), fold.end(), [](char c) {
    auto b = static_cast<unsigned char>(c);
    return b >= 0xD8 && b <= 0xDB;
  });
}

std::shared_ptr<const WordForms> MakeWordForms(const std::string& fold) {
  auto forms = std::make_shared<WordForms>();
  if (!HasArabic(fold)) {
    forms->lookup = forms->suffixed = forms->stem = {fold};
  } else {
    std::vector<std::u32string> stripped = StripProclitics(ToU32(fold));
    forms->lookup = MakeArabicLookupForms(stripped, false);
    forms->suffixed = MakeArabicLookupForms(stripped, true);
    forms->stem = MakeArabicStemForms(std::move(stripped));
  }
  for (const std::string& f : forms->lookup) forms->lookup_hash.push_back(WordHash(f));
  for (const std::string& f : forms->stem) forms->stem_hash.push_back(WordHash(f));
  return forms;
}

// News repeats its words: the forms of a word are worked out once per
// thread and kept. The memo is bounded, so that memory stays small (tokens
// keep the forms they were given): two generations of at most 2^17 words,
// the words of the last one that are met again moved into the current
// one, which replaces it when full. Common words so stay: over SaudiNewsNet
// the forms are made 303,000 times, where one table of 2^16 cleared when
// full made them 1,039,000 times. Open addressing over the words' hashes,
// so that a look-up costs a probe in one flat table and a look at the
// entry, where a node-based map costs a cache miss or three.
class FormsMemo {
 public:
  const std::shared_ptr<const WordForms>& Get(const std::string& fold) {
    const size_t hash = WordHash(fold);
    if (const std::shared_ptr<const WordForms>* forms = current_.Find(fold, hash)) return *forms;
    if (current_.full()) {
      std::swap(current_, last_);
      current_.Clear();
    }
    if (const std::shared_ptr<const WordForms>* forms = last_.Find(fold, hash)) return current_.Add(fold, hash, *forms);
    return current_.Add(fold, hash, MakeWordForms(fold));
  }

 private:
  class Generation {
   public:
    const std::shared_ptr<const WordForms>* Find(const std::string& fold, size_t hash) const {
      for (size_t i = hash & kMask; slots_[i].entry != 0; i = (i + 1) & kMask) {
        const Entry& e = entries_[slots_[i].entry - 1];
        if (slots_[i].hash == hash && e.fold == fold) return &e.forms;
      }
      return nullptr;
    }
    // `fold`, which is not here yet (and there is room).
    const std::shared_ptr<const WordForms>& Add(const std::string& fold, size_t hash,
                                                std::shared_ptr<const WordForms> forms) {
      size_t i = hash & kMask;
      while (slots_[i].entry != 0) i = (i + 1) & kMask;
      entries_.push_back({fold, std::move(forms)});
      slots_[i] = {hash, static_cast<uint32_t>(entries_.size())};
      return entries_.back().forms;
    }
    bool full() const { return entries_.size() >= kMaxEntries; }
    void Clear() {
      entries_.clear();
      std::fill(slots_.begin(), slots_.end(), Slot{});
    }

   private:
    struct Slot {
      size_t hash = 0;
      uint32_t entry = 0;  // 1 + index into entries_; 0: empty
    };
    struct Entry {
      std::string fold;
      std::shared_ptr<const WordForms> forms;
    };
    std::vector<Slot> slots_ = std::vector<Slot>(kMask + 1);
    std::vector<Entry> entries_;
  };
  static constexpr size_t kMaxEntries = size_t{1} << 17;
  static constexpr size_t kMask = 4 * kMaxEntries - 1;  // at most a quarter full

  Generation current_, last_;
};

const std::shared_ptr<const WordForms>& WordFormsOf(const std::string& fold) {
  thread_local FormsMemo memo;
  return memo.Get(fold);
}

}  // namespace

const WordForms& FormsOf(const Token& t) {
  if (!t.forms) t.forms = WordFormsOf(t.fold);
  return *t.forms;
}

std::vector<std::string> ArabicLookupForms(const std::string& fold, bool with_suffixes) {
  const WordForms& forms = *WordFormsOf(fold);
  return with_suffixes ? forms.suffixed : forms.lookup;
}

std::vector<std::string> ArabicStemForms(const std::string& fold) { return WordFormsOf(fold)->stem; }

const std::vector<std::string>& LookupForms(const Token& t) { return FormsOf(t).lookup; }
const std::vector<std::string>& SuffixedForms(const Token& t) { return FormsOf(t).suffixed; }
const std::vector<std::string>& StemForms(const Token& t) { return FormsOf(t).stem; }

namespace {

// From the forms StripProclitics gives.
std::vector<std::string> MakeArabicLookupForms(std::vector<std::u32string> forms, bool with_suffixes) {
  if (with_suffixes) {
    std::vector<std::u32string> more;
    for (const auto& f : forms)
      for (const auto& suf : kSuffixes)
        if (EndsWith(f, suf) && f.size() >= suf.size() + 3) AddUnique(more, f.substr(0, f.size() - suf.size()));
    for (auto& m : more) AddUnique(forms, m);
  }
  std::vector<std::string> out;
  for (const auto& f : forms) out.push_back(FromU32(f));
  return out;
}

std::vector<std::string> MakeArabicStemForms(std::vector<std::u32string> forms) {
  std::vector<std::u32string> with_prefix_off;
  for (const auto& f : forms) {
    std::u32string x = f;
    if (x.size() > 4 && x[0] == U'س' && (x[1] == U'ي' || x[1] == U'ت' || x[1] == U'ن'))
      x = x.substr(1);  // future prefix س
    if (x.size() > 3 && (x[0] == U'ي' || x[0] == U'ت' || x[0] == U'ن' || x[0] == U'ا'))
      AddUnique(with_prefix_off, x.substr(1));
    AddUnique(with_prefix_off, x);
  }
  for (auto& f : with_prefix_off) AddUnique(forms, f);
  std::vector<std::u32string> more;
  for (const auto& f : forms)
    for (const auto& suf : kSuffixes)
      if (EndsWith(f, suf) && f.size() >= suf.size() + 3) {
        std::u32string stem = f.substr(0, f.size() - suf.size());
        AddUnique(more, stem);
        // A final hamza sits on a yeh or waw before a suffix ("لقاء" ->
        // "لقائه", folded "لقايه"): give the stem back its hamza.
        if (EndsWith(stem, U"ي") || EndsWith(stem, U"و"))
          AddUnique(more, stem.substr(0, stem.size() - 1) + U"ء");
        // A second suffix layer: "يبحثانه" -> "يبحثان" -> "يبحث". Not for the
        // nisba ending "ية": "عدوانية" (aggressive) is not "عدوان" (aggression).
        if (suf == U"ه" && EndsWith(stem, U"ي")) continue;
        for (const auto& suf2 : kSuffixes)
          if (EndsWith(stem, suf2) && stem.size() >= suf2.size() + 3)
            AddUnique(more, stem.substr(0, stem.size() - suf2.size()));
      }
  for (auto& m : more) AddUnique(forms, m);
  std::vector<std::string> out;
  for (const auto& f : forms) out.push_back(FromU32(f));
  return out;
}

}  // namespace
}  // namespace diplograph
