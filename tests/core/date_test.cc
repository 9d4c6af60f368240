#include "core/date.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

namespace diplograph {

TEST_CASE("Date prints ISO 8601 at its precision", "[core][date]") {
  CHECK(Date::Day(2025, 5, 17).ToIso() == "2025-05-17");
  CHECK(Date::Month(2025, 5).ToIso() == "2025-05");
  CHECK(Date::Year(2022).ToIso() == "2022");
  CHECK(Date().ToIso().empty());
  CHECK(Date::Day(987, 1, 2).ToIso() == "0987-01-02");
}

TEST_CASE("Date prints every year, month and day as printf's %04d-%02d-%02d does", "[core][date]") {
  // Including what no parser makes (a year past 9999 or before 1, a day
  // without a month) from hand-edited graphs.
  auto printed = [](int y, int m, int d) {
    char buf[64];
    if (m == 0) std::snprintf(buf, sizeof buf, "%04d", y);
    else if (d == 0) std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return std::string(buf);
  };
  size_t checked = 0;
  for (int y : {-12, 1, 9, 10, 99, 100, 999, 1000, 1999, 2025, 9999, 10000, 123456})
    for (int m = 0; m <= 13; ++m)
      for (int d = 0; d <= 32; ++d) {
        Date date;
        date.year = y;
        date.month = m;
        date.day = d;
        INFO(y << "-" << m << "-" << d);
        REQUIRE(date.ToIso() == printed(y, m, d));
        ++checked;
      }
  CHECK(checked == 13 * 14 * 33);
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
