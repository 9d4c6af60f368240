#include "core/date.h"

#include <cstdio>

namespace diplograph {

namespace {

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long DaysFromCivil(long y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

}  // namespace

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool Date::IsValidDay(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= DaysInMonth(y, m);
}

std::string Date::ToIso() const {
  char buf[16];
  if (year == 0) return "";
  // Digits by hand where they fit (snprintf's parsing of its format was a
  // percent of writing a large graph); any other value as snprintf has it.
  if (year > 0 && year <= 9999 && month >= 0 && month <= 12 && day >= 0 && day <= 31 && (month > 0 || day == 0)) {
    auto two = [](char* at, int n) {
      at[0] = static_cast<char>('0' + n / 10);
      at[1] = static_cast<char>('0' + n % 10);
    };
    two(buf, year / 100);
    two(buf + 2, year % 100);
    size_t size = 4;
    if (month > 0) {
      buf[4] = '-';
      two(buf + 5, month);
      size = 7;
      if (day > 0) {
        buf[7] = '-';
        two(buf + 8, day);
        size = 10;
      }
    }
    return std::string(buf, size);
  }
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

long Date::DaysSinceEpoch() const {
  return DaysFromCivil(year, static_cast<unsigned>(month > 0 ? month : 1),
                       static_cast<unsigned>(day > 0 ? day : 1));
}

Date Date::FromDaysSinceEpoch(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date::Day(static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d));
}

Date Date::AddMonths(int n) const {
  int total = year * 12 + (month > 0 ? month - 1 : 0) + n;
  Date out{total / 12, total % 12 + 1, 0};
  if (day > 0) out.day = day <= DaysInMonth(out.year, out.month) ? day : DaysInMonth(out.year, out.month);
  if (month == 0) out.month = 0;
  return out;
}

int Weekday(const Date& d) {
  long days = d.DaysSinceEpoch();  // 1970-01-01 was a Thursday (4).
  long w = (days + 4) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

std::optional<Date> Date::ParseIso(std::string_view t) {
  auto digits = [&](size_t pos, size_t n, int& out) {
    if (t.size() < pos + n) return false;
    out = 0;
    for (size_t i = pos; i < pos + n; ++i) {
      if (t[i] < '0' || t[i] > '9') return false;
      out = out * 10 + (t[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || y == 0) return std::nullopt;
  if (t.size() == 4) return Date::Year(y);
  if (t.size() < 7 || t[4] != '-' || !digits(5, 2, m) || m < 1 || m > 12) return std::nullopt;
  if (t.size() == 7) return Date::Month(y, m);
  if (t.size() < 10 || t[7] != '-' || !digits(8, 2, d) || !IsValidDay(y, m, d)) return std::nullopt;
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ') return std::nullopt;
  return Date::Day(y, m, d);
}

}  // namespace diplograph
