#include "core/lexicon.h"

#include <catch2/catch.hpp>

namespace diplograph {

TEST_CASE("The compiled-in lexicon loads", "[core][lexicon]") {
  Result<Lexicon> lex = Lexicon::Default();
  REQUIRE(lex.ok());
  const ActorEntry* rus = lex->FindActor("rus");
  REQUIRE(rus != nullptr);
  CHECK(rus->name == "Russia");
  CHECK(rus->kind == ActorKind::kState);
  // Every UN member state at least.
  size_t states = 0;
  for (const ActorEntry& a : lex->actors()) states += a.kind == ActorKind::kState;
  CHECK(states >= 193);
  // Arabic names and derived gentilic forms are indexed, folded.
  CHECK(lex->Lookup(Lexicon::PhraseKey("روسيا")) != nullptr);
  CHECK(lex->Lookup(Lexicon::PhraseKey("الروسية")) == nullptr);  // the article is a clitic
  CHECK(lex->Lookup(Lexicon::PhraseKey("روسية")) != nullptr);
  CHECK(lex->Lookup(Lexicon::PhraseKey("أوكرانيين")) != nullptr);
}

TEST_CASE("Roles resolve to their holder on the article's date", "[core][lexicon]") {
  Result<Lexicon> lex = Lexicon::Default();
  REQUIRE(lex.ok());
  CHECK(lex->HolderOf("foreign_minister", "usa", Date::Day(2025, 5, 17)) == "marco-rubio");
  CHECK(lex->HolderOf("foreign_minister", "usa", Date::Day(2023, 6, 7)) == "antony-blinken");
  CHECK(lex->HolderOf("foreign_minister", "usa", Date::Day(2015, 7, 22)) == "john-kerry");
  CHECK(lex->HolderOf("foreign_minister", "rus", Date::Day(2025, 5, 17)) == "sergey-lavrov");
  CHECK(lex->HolderOf("head_of_state", "usa", Date::Day(2025, 5, 17)) == "donald-trump");
  CHECK(lex->HolderOf("head_of_state", "usa", Date::Day(2015, 7, 22)) == "barack-obama");
  CHECK(lex->HolderOf("foreign_minister", "rus", Date::Day(2000, 1, 1)) != "sergey-lavrov");
}

TEST_CASE("User lexicon files add and override entries, with located errors", "[core][lexicon]") {
  Result<Lexicon> lex = Lexicon::Default();
  REQUIRE(lex.ok());
  Status s = lex->LoadText("mine.tsv", "# comment\nzz-envoy\tperson\tJane Envoy\tgbr\tجين المبعوثة;Envoy Jane\t\n");
  REQUIRE(s.ok());
  const ActorEntry* e = lex->FindActor("zz-envoy");
  REQUIRE(e != nullptr);
  CHECK(e->country == "gbr");
  CHECK(lex->Lookup(Lexicon::PhraseKey("جين المبعوثة")) != nullptr);
  Status bad = lex->LoadText("mine.tsv", "x\tplanet\tMars\n");
  CHECK(bad.ToString() == "mine.tsv:1: unknown kind 'planet'");
}

}  // namespace diplograph
