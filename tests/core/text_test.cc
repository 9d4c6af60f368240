#include "core/text.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

namespace diplograph {

TEST_CASE("FoldForMatch folds Arabic spelling variants, case and digits", "[core][text]") {
  CHECK(FoldForMatch("وزيرُ الخارجيّة") == "وزير الخارجيه");
  CHECK(FoldForMatch("أمريكا") == FoldForMatch("امريكا"));
  CHECK(FoldForMatch("إسطنبول") == "اسطنبول");
  CHECK(FoldForMatch("مصطفى") == "مصطفي");
  CHECK(FoldForMatch("مـــصر") == "مصر");  // tatweel
  CHECK(FoldForMatch("١٧ مايو ٢٠٢٥") == "17 مايو 2025");
  CHECK(FoldForMatch("Lavrov") == "lavrov");
  CHECK(FoldForMatch("ﻻ") == "لا");  // presentation form, by NFKC
  // Hamza on its own is kept (NFD + mark removal would lose it).
  CHECK(FoldForMatch("أحمد") == "احمد");
  CHECK(FoldForMatch("جزء") == "جزء");
}

TEST_CASE("The fast fold of plain words and lines equals ICU's", "[core][text]") {
  auto utf8 = [](char32_t c) {
    std::string out;
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
  };
  // Every character below U+3000 (the fast path's range; Latin, Greek,
  // Cyrillic, Arabic, Hebrew, punctuation...), alone, after a letter and
  // before one (marks compose or reorder under NFKC).
  std::vector<std::string> pieces;
  for (char32_t c = 1; c < 0x3000; ++c)
    if (c < 0xD800 || c > 0xDFFF) pieces.push_back(utf8(c));
  for (const std::string& p : pieces) {
    for (const std::string& w : {p, "\u0627" + p, "\u0648" + p + "\u0628", "A" + p + "z", p + "\u064E\u0651"}) {
      INFO(w);
      CHECK(FoldForMatch(w) == FoldForMatchIcu(w));
    }
  }
  // Runs of letters with two marks in either order (NFKC sorts marks), and
  // words with madda or hamza above, which NFKC composes.
  for (const char* w : {"\u0628\u0651\u064E\u0627\u0628", "\u0628\u064E\u0651\u0627\u0628",
                        "\u0627\u0653\u0645\u0646", "\u0648\u0654", "\u064A\u0654\u0633", "\u0627\u0655",
                        "WashingTon", "\u0661\u0669\u0664\u0668", "\u0643\u0640\u0640\u0628\u064A\u0631",
                        "Cafe\u0301", "e\u0302\u0301", "\u1100\u1161", "\u00A0\u00AB\u0642\u00BB\u2019",
                        "\u201CQuoted\u201D \u2013 \u2026"}) {
    INFO(w);
    CHECK(FoldForMatch(w) == FoldForMatchIcu(w));
  }
  CHECK(FoldForMatch("\u0627\u0653\u0645\u0646") == FoldForMatch("\u0622\u0645\u0646"));
}

TEST_CASE("FindInvalidUtf8 points at the first bad byte", "[core][text]") {
  CHECK(FindInvalidUtf8("plain ascii") == std::string::npos);
  CHECK(FindInvalidUtf8("عربي") == std::string::npos);
  CHECK(FindInvalidUtf8(std::string("ab\xff" "cd")) == 2);
  CHECK(FindInvalidUtf8(std::string("\xd8")) == 0);  // truncated sequence
}

TEST_CASE("Sentences and tokens keep byte offsets into the original text", "[core][text]") {
  std::string text = "Rubio called Lavrov. بحث الوزيران الأزمة.";
  std::vector<Span> sentences = SplitSentences(text, {0, text.size()});
  REQUIRE(sentences.size() == 2);
  CHECK(text.substr(sentences[0].begin, sentences[0].size()) == "Rubio called Lavrov.");
  CHECK(text.substr(sentences[1].begin, sentences[1].size()) == "بحث الوزيران الأزمة.");
  std::vector<Token> tokens = Tokenize(text, sentences[1]);
  REQUIRE(tokens.size() >= 3);
  CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "الوزيران");
  CHECK(tokens[1].is_arabic);
  CHECK(tokens[2].fold == "الازمه");
}

TEST_CASE("Arabic lookup forms strip clitics, not letters of the stem", "[core][text]") {
  auto has = [](const std::vector<std::string>& v, const std::string& s) {
    return std::find(v.begin(), v.end(), s) != v.end();
  };
  std::vector<std::string> f = ArabicLookupForms(FoldForMatch("وللولايات"), false);
  CHECK(has(f, FoldForMatch("الولايات")));
  CHECK(has(ArabicLookupForms(FoldForMatch("وروسيا"), false), "روسيا"));
  CHECK(has(ArabicLookupForms(FoldForMatch("بموسكو"), false), "موسكو"));
  CHECK(has(ArabicLookupForms(FoldForMatch("الروسية"), false), FoldForMatch("روسية")));
  // A short word keeps its first letter: "بحث" is not "ب" + "حث".
  CHECK(ArabicLookupForms(FoldForMatch("بحث"), false).size() == 1);
  std::vector<std::string> v = ArabicStemForms(FoldForMatch("ويبحثان"));
  CHECK(has(v, "بحث"));
  CHECK(has(ArabicStemForms(FoldForMatch("هجومها")), "هجوم"));
  // A final hamza moves onto a seat before a suffix: "لقائه" is "لقاء" + ه.
  CHECK(has(ArabicStemForms(FoldForMatch("لقائه")), FoldForMatch("لقاء")));
  // The nisba ending is not a suffix: "عدوانية" (aggressive) is not "عدوان".
  CHECK_FALSE(has(ArabicStemForms(FoldForMatch("العدوانية")), FoldForMatch("عدوان")));
}

TEST_CASE("A token's forms are its word's, and stay right past the memo's bound", "[core][text]") {
  const std::string text = "وبحثا بموسكو mandate";
  std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  REQUIRE(tokens.size() == 3);
  CHECK(LookupForms(tokens[1]) == ArabicLookupForms(tokens[1].fold, false));
  CHECK(SuffixedForms(tokens[0]) == ArabicLookupForms(tokens[0].fold, true));
  CHECK(StemForms(tokens[0]) == ArabicStemForms(tokens[0].fold));
  CHECK(LookupForms(tokens[0]).front() == tokens[0].fold);  // the word itself comes first
  // A word without Arabic letters is its only form.
  CHECK(StemForms(tokens[2]) == std::vector<std::string>{"mandate"});
  // Hashes match the forms.
  const WordForms& forms = FormsOf(tokens[1]);
  REQUIRE(forms.lookup_hash.size() == forms.lookup.size());
  for (size_t i = 0; i < forms.lookup.size(); ++i) CHECK(forms.lookup_hash[i] == WordHash(forms.lookup[i]));

  // The memo is bounded (2^16 words, then cleared): more distinct words than
  // that (made-up ones, "بكتاب" + a number spelled in letters) must still get
  // their own forms, and a token keeps the forms it was given.
  const std::vector<std::string> before = LookupForms(tokens[1]);
  const std::string letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
  auto word = [&](size_t n) {
    std::string w = "بكتاب";
    for (int d = 0; d < 4; ++d, n /= 28) w += letters.substr(2 * (n % 28), 2);
    return w;
  };
  for (size_t n = 0; n < 70000; ++n) {
    std::vector<std::string> f = ArabicLookupForms(word(n), false);
    if (n % 9973 == 0) {
      REQUIRE(f.size() >= 2);
      CHECK(f[0] == word(n));
      CHECK(f[1] == word(n).substr(2));  // "ب" stripped
    }
  }
  CHECK(LookupForms(tokens[1]) == before);
  CHECK(ArabicLookupForms(tokens[1].fold, false) == before);
}

}  // namespace diplograph
