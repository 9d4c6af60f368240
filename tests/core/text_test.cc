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

}  // namespace diplograph
