#include "core/lexicon.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

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



TEST_CASE("CAMEO actor dictionaries add names and dated roles", "[core][lexicon]") {
  Result<Lexicon> lex = Lexicon::Default();
  REQUIRE(lex.ok());
  std::filesystem::path file = std::filesystem::temp_directory_path() / "diplograph-test.actors";
  std::ofstream(file) << "# a dictionary in the Phoenix format\n"
                         "RUSSIA_  [RUS]\n+RUSSIAN_FED_\n"
                         "SERGEY_LAVROV_  # known to the lexicon already\n+SERGUEI_LAVROV\n\t[RUSGOV >20040309]\n"
                         "JANE_TESTPERSON_\n+MINISTER_TESTPERSON\n\t[GBRGOV 20100101-20121231]\n";
  REQUIRE(lex->LoadCameoActors(file.string()).ok());
  std::filesystem::remove(file);
  auto actor_of = [&](const char* phrase) -> std::string {
    const std::vector<PhraseHit>* hits = lex->Lookup(Lexicon::PhraseKey(phrase));
    if (hits == nullptr) return "";
    for (const PhraseHit& h : *hits)
      if (h.type == PhraseHit::Type::kActor) return lex->actors()[h.index].id;
    return "";
  };
  CHECK(actor_of("Russian Fed") == "rus");
  CHECK(actor_of("Serguei Lavrov") == "sergey-lavrov");
  CHECK(actor_of("Minister Testperson") == "cameo-jane-testperson");
  const ActorEntry* jane = lex->FindActor("cameo-jane-testperson");
  REQUIRE(jane != nullptr);
  CHECK(jane->country == "gbr");
  CHECK(jane->name == "Jane Testperson");
  CHECK(lex->RolesOf("cameo-jane-testperson", Date::Day(2011, 6, 1)).size() == 1);
  CHECK(lex->RolesOf("cameo-jane-testperson", Date::Day(2013, 6, 1)).empty());
}

TEST_CASE("The Phoenix dictionaries from ../shared load, when present", "[core][lexicon][shared]") {
  std::string path = DIPLOGRAPH_SHARED_DIR "/suites/phoenix-dictionaries/Phoenix.Countries.actors.txt";
  if (!std::filesystem::exists(path)) {
    WARN("../shared is absent; skipping");
    return;
  }
  Result<Lexicon> lex = Lexicon::Default();
  REQUIRE(lex.ok());
  size_t before = lex->actors().size();
  REQUIRE(lex->LoadCameoActors(path).ok());
  CHECK(lex->actors().size() > before + 1000);
  CHECK_FALSE(lex->RolesOf("sergey-lavrov", Date::Day(2015, 1, 1)).empty());
}

}  // namespace diplograph
