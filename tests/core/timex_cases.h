// The harness of the table-driven time-expression tests: a case is a
// sentence, the date it is resolved against and every expression found, as
// Dump() and "text" joined with " | ".
#ifndef DIPLOGRAPH_TESTS_CORE_TIMEX_CASES_H_
#define DIPLOGRAPH_TESTS_CORE_TIMEX_CASES_H_

#include <catch2/catch.hpp>

#include <string>

#include "core/timex.h"

namespace diplograph::timex_cases {

inline std::string TagAll(const std::string& text, const Date& pub) {
  std::string out;
  for (const Timex& t : FindTimexes(text, Tokenize(text, {0, text.size()}), pub)) {
    if (!out.empty()) out += " | ";
    out += t.Dump() + " \"" + text.substr(t.span.begin, t.span.size()) + "\"";
  }
  return out;
}

struct Case {
  const char* text;
  Date pub;
  const char* expected;  // "" when nothing is a time expression
};

inline void Check(const Case* begin, const Case* end) {
  for (const Case* c = begin; c != end; ++c) {
    INFO(c->text);
    CHECK(TagAll(c->text, c->pub) == c->expected);
  }
}

}  // namespace diplograph::timex_cases

#endif  // DIPLOGRAPH_TESTS_CORE_TIMEX_CASES_H_
