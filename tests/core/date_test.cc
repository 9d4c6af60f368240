#include "core/date.h"

#include <catch2/catch.hpp>

namespace diplograph {

TEST_CASE("Date prints ISO 8601 at its precision", "[core][date]") {
  CHECK(Date::Day(2025, 5, 17).ToIso() == "2025-05-17");
  CHECK(Date::Month(2025, 5).ToIso() == "2025-05");
  CHECK(Date::Year(2022).ToIso() == "2022");
  CHECK(Date().ToIso().empty());
}

TEST_CASE("Date arithmetic crosses months, years and leap days", "[core][date]") {
  CHECK(Date::Day(2025, 5, 17).AddDays(-1).ToIso() == "2025-05-16");
  CHECK(Date::Day(2025, 3, 1).AddDays(-1).ToIso() == "2025-02-28");
  CHECK(Date::Day(2024, 3, 1).AddDays(-1).ToIso() == "2024-02-29");
  CHECK(Date::Day(2024, 12, 31).AddDays(1).ToIso() == "2025-01-01");
  CHECK(Date::Month(2025, 1).AddMonths(-1).ToIso() == "2024-12");
  CHECK(Date::Day(2025, 3, 31).AddMonths(-1).ToIso() == "2025-02-28");
}

TEST_CASE("Weekday knows the calendar", "[core][date]") {
  CHECK(Weekday(Date::Day(2025, 5, 17)) == 6);  // Saturday
  CHECK(Weekday(Date::Day(2022, 2, 24)) == 4);  // Thursday
  CHECK(Weekday(Date::Day(1970, 1, 1)) == 4);
  CHECK(Weekday(Date::Day(2000, 1, 2)) == 0);   // Sunday
}

TEST_CASE("ParseIso accepts dates and rejects impossible ones", "[core][date]") {
  CHECK(Date::ParseIso("2025-05-17") == Date::Day(2025, 5, 17));
  CHECK(Date::ParseIso("2025-05-17T10:00:00Z") == Date::Day(2025, 5, 17));
  CHECK(Date::ParseIso("2025-05") == Date::Month(2025, 5));
  CHECK(Date::ParseIso("2025") == Date::Year(2025));
  CHECK_FALSE(Date::ParseIso("2025-02-30"));
  CHECK_FALSE(Date::ParseIso("2025-13"));
  CHECK_FALSE(Date::ParseIso("17/05/2025"));
  CHECK_FALSE(Date::ParseIso(""));
}

}  // namespace diplograph
