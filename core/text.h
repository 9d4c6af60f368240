// Text handling over ICU: folding for matching, sentences and tokens, with
// byte offsets into the original UTF-8 text on every span.
//
//   std::string key = FoldForMatch("وزيرُ الخارجيّة");   // "وزير الخارجيه"
//   for (Span s : SplitSentences(text, {0, text.size()}))
//     for (const Token& t : Tokenize(text, s)) Use(t.fold, t.begin, t.end);
//
// Folding follows the design: NFKC, case folding, Arabic diacritics and
// tatweel removed, alef/yeh/teh-marbuta/hamza-carrier variants folded,
// Arabic-Indic digits to ASCII. It is what the lexicon keys are folded with,
// so a match never depends on how an outlet spells a hamza.
#ifndef DIPLOGRAPH_CORE_TEXT_H_
#define DIPLOGRAPH_CORE_TEXT_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace diplograph {

// A byte range [begin, end) in a document's text.
struct Span {
  size_t begin = 0;
  size_t end = 0;
  size_t size() const { return end - begin; }
  bool operator==(const Span&) const = default;
};

// The lookup forms of one word (see ArabicLookupForms and ArabicStemForms
// below), worked out once per thread and shared by every token of the word.
struct WordForms {
  std::vector<std::string> lookup;    // ArabicLookupForms(fold, false)
  std::vector<std::string> suffixed;  // ArabicLookupForms(fold, true)
  std::vector<std::string> stem;      // ArabicStemForms(fold)
  std::vector<size_t> lookup_hash, stem_hash;  // WordHash of each
};

// The hash words are indexed by (std::hash of the folded word).
inline size_t WordHash(std::string_view fold) { return std::hash<std::string_view>{}(fold); }

struct Token {
  size_t begin = 0;  // byte offsets into the original text
  size_t end = 0;
  std::string fold;  // folded form used for matching
  bool is_word = false;     // letters or digits
  bool is_number = false;   // digits only (after folding)
  bool is_arabic = false;
  bool is_capitalized = false;  // Latin word starting with an upper-case letter
  // Filled on first use by LookupForms() and friends; a token belongs to
  // the thread that made it.
  mutable std::shared_ptr<const WordForms> forms;
};

std::string FoldForMatch(std::string_view text);
// The same, every character through ICU: what FoldForMatch's fast path for
// plain Arabic and ASCII words is tested against.
std::string FoldForMatchIcu(std::string_view text);

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
size_t FindInvalidUtf8(std::string_view text);

// Sentences inside `range`, trimmed of surrounding space.
std::vector<Span> SplitSentences(std::string_view text, Span range);

// Word, number and punctuation tokens inside `range` (spaces dropped).
std::vector<Token> Tokenize(std::string_view text, Span range);

// Arabic light stemming for lookup: the folded word and the forms left after
// stripping conjunction/preposition/article proclitics (و ف ب ل ك ال لل) and,
// with `with_suffixes`, pronoun and inflection suffixes. Longest first.
std::vector<std::string> ArabicLookupForms(const std::string& fold, bool with_suffixes);

// Forms of an Arabic verb or noun after stripping imperfect prefixes too
// (ي ت ن أ س), for trigger lookup. Includes everything ArabicLookupForms gives.
std::vector<std::string> ArabicStemForms(const std::string& fold);

// The same for a token, worked out on the token's first use: a matcher may
// ask for a word's forms many times without paying for them again.
const WordForms& FormsOf(const Token& t);
const std::vector<std::string>& LookupForms(const Token& t);    // ArabicLookupForms(t.fold, false)
const std::vector<std::string>& SuffixedForms(const Token& t);  // ArabicLookupForms(t.fold, true)
const std::vector<std::string>& StemForms(const Token& t);      // ArabicStemForms(t.fold)

// Trims ASCII and Unicode spaces from both ends.
std::string_view Trim(std::string_view s);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_TEXT_H_
