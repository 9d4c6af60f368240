// The temporal tagger: finds time expressions in Arabic and English text and
// resolves them TIMEX3-style against the publication date.
//
//   std::vector<Token> tokens = Tokenize(text, sentence);
//   for (const Timex& t : FindTimexes(text, tokens, Date::Day(2025, 5, 17)))
//     std::cout << t.Dump() << "\n";
//   // DATE 2025-05-17 [publication] "اليوم السبت"
//
// Values follow TIMEX3: "2025-05-17", "2025-05", "2025", "2025-W20", "P3D",
// "PRESENT_REF". `start`/`end` carry the resolved calendar interval where
// one exists, for dating events.
#ifndef DIPLOGRAPH_CORE_TIMEX_H_
#define DIPLOGRAPH_CORE_TIMEX_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/text.h"

namespace diplograph {

enum class TimexType { kDate, kTime, kDuration, kSet };
// How the value was found: written out in full, counted from the
// publication date, or from another expression in the text.
enum class TimexAnchor { kExplicit, kPublication, kOther };

struct Timex {
  Span span;
  TimexType type = TimexType::kDate;
  std::string value;      // TIMEX3 value
  Date start;             // first day (or month/year) covered; unknown for durations
  Date end;               // last day covered; equals start for a single date
  TimexAnchor anchor = TimexAnchor::kExplicit;
  bool since = false;     // "منذ", "since": the start of something still going on
  bool future = false;    // the expression points after the publication date
  // The TIMEX3 value of a range's end when it differs from `end` ("P10Y" for
  // "the next 8 or 10 years"); empty when `end` says it all.
  std::string end_value;

  // "DATE 2025-05-15/2025-05-16 [publication] since"
  std::string Dump() const;
};

const char* TimexTypeName(TimexType t);
const char* TimexAnchorName(TimexAnchor a);

// Finds the expressions in one sentence. `tokens` are that sentence's tokens
// from Tokenize(); `publication` anchors relative expressions. The sentence's
// tense (future markers such as سوف, "will") decides which way a bare weekday
// points.
std::vector<Timex> FindTimexes(std::string_view text, const std::vector<Token>& tokens,
                               const Date& publication);

// Reads a line that is nothing but a date ("17 مايو 2025", "May 17, 2025",
// "2025-05-17", "السبت 17-5-2025"), as raw pages print their date.
std::optional<Date> ParseDateLine(std::string_view line);

// Converts a Hijri (Umm al-Qura) date to the Gregorian calendar with ICU.
std::optional<Date> HijriToGregorian(int year, int month, int day);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_TIMEX_H_
