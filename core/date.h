// Calendar dates at a known precision (year, month or day).
//
//   Date d = Date::Day(2025, 5, 17);
//   d.ToIso();            // "2025-05-17"
//   d.AddDays(-1).ToIso() // "2025-05-16"
//   Date::Month(2025, 5).ToIso()  // "2025-05"
//   Weekday(d)            // 6 (Saturday; Sunday is 0)
#ifndef DIPLOGRAPH_CORE_DATE_H_
#define DIPLOGRAPH_CORE_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace diplograph {

struct Date {
  int year = 0;   // 0: unknown
  int month = 0;  // 0: only the year is known
  int day = 0;    // 0: only the month is known

  static Date Year(int y) { return {y, 0, 0}; }
  static Date Month(int y, int m) { return {y, m, 0}; }
  static Date Day(int y, int m, int d) { return {y, m, d}; }

  bool known() const { return year != 0; }
  bool has_day() const { return day != 0; }
  bool operator==(const Date&) const = default;
  auto operator<=>(const Date&) const = default;

  // ISO 8601 at the date's precision: "2025", "2025-05", "2025-05-17".
  std::string ToIso() const;
  // Days since 1970-01-01 of a day-precision date (proleptic Gregorian).
  long DaysSinceEpoch() const;
  static Date FromDaysSinceEpoch(long days);
  Date AddDays(long n) const { return FromDaysSinceEpoch(DaysSinceEpoch() + n); }
  Date AddMonths(int n) const;
  // True when `year`-`month`-`day` is a real calendar day.
  static bool IsValidDay(int y, int m, int d);
  // Parses "2025", "2025-05" or "2025-05-17" (and a longer ISO timestamp,
  // whose time part is ignored).
  static std::optional<Date> ParseIso(std::string_view text);
};

// Day of the week of a day-precision date; Sunday is 0.
int Weekday(const Date& d);
int DaysInMonth(int year, int month);

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_DATE_H_
