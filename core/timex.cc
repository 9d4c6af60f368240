#include "core/timex.h"

#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

#include <array>
#include <bit>
#include <cassert>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace diplograph {

namespace {

// Word lists are looked up by std::string_view as well as by std::string
// (a token's forms are views into its fold), so their hash is transparent.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename Value>
using WordTable = std::unordered_map<std::string, Value, StringViewHash, std::equal_to<>>;
using WordMap = WordTable<int>;
using WordSet = std::unordered_set<std::string, StringViewHash, std::equal_to<>>;

// Folded forms (see FoldForMatch) of month names: Egyptian/Gulf Arabic,
// Levantine/Iraqi Arabic, English full and abbreviated.
const WordMap& GregorianMonths() {
  static const WordMap kMonths = {
      {"يناير", 1}, {"فبراير", 2}, {"مارس", 3}, {"ابريل", 4}, {"مايو", 5}, {"يونيو", 6},
      {"يونيه", 6}, {"يوليو", 7}, {"يوليه", 7}, {"اغسطس", 8}, {"سبتمبر", 9}, {"اكتوبر", 10},
      {"نوفمبر", 11}, {"ديسمبر", 12}, {"شباط", 2}, {"اذار", 3}, {"نيسان", 4}, {"ايار", 5},
      {"حزيران", 6}, {"تموز", 7}, {"ايلول", 9}, {"january", 1}, {"february", 2},
      {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6}, {"july", 7}, {"august", 8},
      {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}, {"jan", 1},
      {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
      {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12}};
  return kMonths;
}

// Single-token Hijri months; the two-word ones are handled in HijriMonthAt.
const WordMap& HijriMonths() {
  static const WordMap kMonths = {{"محرم", 1}, {"صفر", 2},   {"رجب", 7},
                                  {"شعبان", 8}, {"رمضان", 9}, {"شوال", 10}};
  return kMonths;
}

const WordMap& Weekdays() {
  static const WordMap kDays = {
      {"الاحد", 0},   {"الاثنين", 1}, {"الثلاثاء", 2}, {"الاربعاء", 3}, {"الخميس", 4},
      {"الجمعه", 5},  {"السبت", 6},   {"sunday", 0},   {"monday", 1},    {"tuesday", 2},
      {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6}};
  return kDays;
}

// A count that is not known ("several days", "عدة أيام"): the X of "PXD".
constexpr int kVague = -2;

const WordMap& NumberWords() {
  static const WordMap kNumbers = {
      {"واحد", 1},    {"واحده", 1},   {"اثنين", 2},   {"اثنان", 2},   {"ثلاثه", 3},
      {"ثلاث", 3},    {"اربعه", 4},   {"اربع", 4},    {"خمسه", 5},    {"خمس", 5},
      {"سته", 6},     {"ست", 6},      {"سبعه", 7},    {"سبع", 7},     {"ثمانيه", 8},
      {"ثماني", 8},   {"ثمان", 8},    {"تسعه", 9},    {"تسع", 9},     {"عشره", 10},
      {"عشر", 10},    {"عشرين", 20},  {"عشرون", 20},  {"ثلاثين", 30}, {"ثلاثون", 30},
      {"اربعين", 40}, {"اربعون", 40}, {"خمسين", 50},  {"خمسون", 50},  {"ستين", 60},
      {"ستون", 60},   {"سبعين", 70},  {"ثمانين", 80}, {"تسعين", 90},  {"ميه", 100},
      {"مايه", 100},  {"عده", kVague}, {"بضعه", kVague}, {"بضع", kVague},
      {"a", 1},       {"an", 1},      {"one", 1},     {"two", 2},     {"three", 3},
      {"four", 4},    {"five", 5},    {"six", 6},     {"seven", 7},   {"eight", 8},
      {"nine", 9},    {"ten", 10},    {"eleven", 11}, {"twelve", 12}, {"thirteen", 13},
      {"fourteen", 14}, {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17},
      {"eighteen", 18}, {"nineteen", 19}, {"twenty", 20}, {"thirty", 30}, {"forty", 40},
      {"fifty", 50},  {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
      {"hundred", 100}, {"dozen", 12}, {"several", kVague}, {"few", kVague},
      {"many", kVague}, {"some", kVague}};
  return kNumbers;
}

// Time units: the TIMEX3 unit and the count a bare form implies (Arabic
// "يومين" is "two days" on its own; a plural implies none).
struct Unit {
  char letter;        // Y M W D H N(minute) S E(decade) C(century) Q(quarter)
  int implied_count;  // 1 for a singular, 2 for a dual, 0 for a plural
};
const WordTable<Unit>& Units() {
  static const WordTable<Unit> kUnits = {
      {"يوم", {'D', 1}},     {"يوما", {'D', 1}},    {"ايام", {'D', 0}},
      {"يومين", {'D', 2}},   {"يومان", {'D', 2}},   {"اسبوع", {'W', 1}},
      {"اسبوعا", {'W', 1}},  {"اسابيع", {'W', 0}},  {"اسبوعين", {'W', 2}},
      {"شهر", {'M', 1}},     {"شهرا", {'M', 1}},    {"اشهر", {'M', 0}},
      {"شهور", {'M', 0}},    {"شهرين", {'M', 2}},   {"عام", {'Y', 1}},
      {"عاما", {'Y', 1}},    {"اعوام", {'Y', 0}},   {"عامين", {'Y', 2}},
      {"سنه", {'Y', 1}},     {"سنوات", {'Y', 0}},   {"سنين", {'Y', 0}},
      {"سنتين", {'Y', 2}},   {"عامان", {'Y', 2}},   {"سنتان", {'Y', 2}},
      {"شهران", {'M', 2}},   {"اسبوعان", {'W', 2}}, {"ساعتان", {'H', 2}},
      {"ساعه", {'H', 1}},    {"ساعات", {'H', 0}},
      {"ساعتين", {'H', 2}},  {"دقيقه", {'N', 1}},   {"دقايق", {'N', 0}},
      {"دقيقتين", {'N', 2}}, {"ثانيه", {'S', 1}},   {"ثوان", {'S', 0}},
      {"عقد", {'E', 1}},     {"عقود", {'E', 0}},    {"عقدين", {'E', 2}},
      {"قرن", {'C', 1}},     {"قرون", {'C', 0}},    {"قرنين", {'C', 2}},
      {"second", {'S', 1}},  {"seconds", {'S', 0}}, {"minute", {'N', 1}},
      {"minutes", {'N', 0}}, {"hour", {'H', 1}},    {"hours", {'H', 0}},
      {"day", {'D', 1}},     {"days", {'D', 0}},    {"week", {'W', 1}},
      {"weeks", {'W', 0}},   {"month", {'M', 1}},   {"months", {'M', 0}},
      {"year", {'Y', 1}},    {"years", {'Y', 0}},   {"decade", {'E', 1}},
      {"decades", {'E', 0}}, {"century", {'C', 1}}, {"centuries", {'C', 0}},
      {"quarter", {'Q', 1}}, {"quarters", {'Q', 0}}};
  return kUnits;
}

// The TIMEX3 duration for `count` units; kVague gives the "X" form. A half
// goes into the next smaller unit: "2 1/2 years" is P2Y6M.
std::string DurationValue(int count, char unit, bool half = false) {
  if (half && count > 0) {
    std::string whole = DurationValue(count, unit);
    if (unit == 'Y') return whole + "6M";
    if (unit == 'D') return whole + "T12H";
    if (unit == 'H') return whole + "30M";
    if (unit == 'N') return whole + "30S";
    return whole;
  }
  bool time = unit == 'H' || unit == 'N' || unit == 'S';
  std::string out = time ? "PT" : "P";
  if (count == kVague) {
    if (unit == 'E') return "PXDE";
    if (unit == 'C') return "PXCE";
    return out + "X" + (unit == 'N' ? 'M' : unit);
  }
  // Decades and centuries are written in years, as TempEval-3 does.
  if (unit == 'E') return "P" + std::to_string(count * 10) + "Y";
  if (unit == 'C') return "P" + std::to_string(count * 100) + "Y";
  return out + std::to_string(count) + (unit == 'N' ? 'M' : unit);
}

enum class Direction { kNone, kPast, kCurrent, kFuture };

const WordTable<Direction>& RelativeWords() {
  static const WordTable<Direction> kWords = {
      {"الماضي", Direction::kPast},      {"الماضيه", Direction::kPast},
      {"الماضيين", Direction::kPast},    {"الماضيان", Direction::kPast},
      {"القادمان", Direction::kFuture},  {"المقبلان", Direction::kFuture},
      {"المنصرم", Direction::kPast},
      {"المنصرمه", Direction::kPast},    {"الفايت", Direction::kPast},
      {"الفايته", Direction::kPast},     {"السابق", Direction::kPast},
      {"الاخير", Direction::kPast},      {"الاخيره", Direction::kPast},
      {"المقبل", Direction::kFuture},    {"المقبله", Direction::kFuture},
      {"المقبلين", Direction::kFuture},  {"القادم", Direction::kFuture},
      {"القادمه", Direction::kFuture},   {"القادمين", Direction::kFuture},
      {"الجاري", Direction::kCurrent},   {"الجاريه", Direction::kCurrent},
      {"الحالي", Direction::kCurrent},   {"الحاليه", Direction::kCurrent},
      {"last", Direction::kPast},        {"past", Direction::kPast},
      {"previous", Direction::kPast},    {"next", Direction::kFuture},
      {"coming", Direction::kFuture},    {"this", Direction::kCurrent}};
  return kWords;
}

Direction RelativeWord(const std::string& f) {
  auto it = RelativeWords().find(f);
  return it == RelativeWords().end() ? Direction::kNone : it->second;
}

// Leading digits of "17th", "17" or "1446ه"; -1 when none.
int LeadingNumber(const std::string& s, size_t* digits = nullptr) {
  size_t i = 0;
  int v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 6) v = v * 10 + (s[i++] - '0');
  if (digits != nullptr) *digits = i;
  return i == 0 ? -1 : v;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.starts_with(prefix); }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::string IsoWeek(const Date& d) {
  // ISO 8601 week: the week with the year's first Thursday is week 1.
  int wd = Weekday(d);
  int iso_wd = wd == 0 ? 7 : wd;
  Date thursday = d.AddDays(4 - iso_wd);
  Date jan1 = Date::Day(thursday.year, 1, 1);
  long week = (thursday.DaysSinceEpoch() - jan1.DaysSinceEpoch()) / 7 + 1;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-W%02ld", thursday.year, week);
  return buf;
}

std::string ClockValue(const Date& d, int hour, int minute) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute);
  return d.ToIso() + buf;
}

// ICU calendars are costly to build: one pair per thread, in GMT so that
// midnight does not slip a day.
struct Calendars {
  std::unique_ptr<icu::Calendar> hijri;
  std::unique_ptr<icu::Calendar> gregorian;
};
Calendars* GetCalendars() {
  thread_local Calendars cals = [] {
    Calendars c;
    UErrorCode status = U_ZERO_ERROR;
    c.hijri.reset(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("ar_SA@calendar=islamic-umalqura"), status));
    if (U_FAILURE(status)) c.hijri.reset();
    status = U_ZERO_ERROR;
    c.gregorian.reset(icu::Calendar::createInstance(
        icu::TimeZone::getGMT()->clone(), icu::Locale("en_US@calendar=gregorian"), status));
    if (U_FAILURE(status)) c.gregorian.reset();
    return c;
  }();
  return cals.hijri && cals.gregorian ? &cals : nullptr;
}

// The Hijri (Umm al-Qura) year, month and day of a Gregorian day.
bool GregorianToHijri(const Date& d, int& year, int& month, int& day) {
  Calendars* cals = GetCalendars();
  if (cals == nullptr || !d.has_day()) return false;
  UErrorCode status = U_ZERO_ERROR;
  cals->gregorian->clear();
  cals->gregorian->set(d.year, d.month - 1, d.day);
  UDate when = cals->gregorian->getTime(status);
  cals->hijri->setTime(when, status);
  year = cals->hijri->get(UCAL_YEAR, status);
  month = cals->hijri->get(UCAL_MONTH, status) + 1;
  day = cals->hijri->get(UCAL_DATE, status);
  return U_SUCCESS(status);
}

// Words that may follow a conjunction or preposition clitic at the start of
// an expression: the clitic is not part of the expression ("وأمس" → "أمس").
bool CliticHead(const std::string& rest) {
  static const WordSet kHeads = {
      "امس",  "غدا",  "يوم",  "يومي", "عام",  "سنه",  "شهر",  "اسبوع", "مطلع", "اواخر",
      "اوايل", "منتصف", "نهايه", "بدايه", "اول", "صباح", "مساء", "ظهر",  "عصر",  "فجر",
      "ليله", "قبل",  "بعد",  "حاليا", "يوميا", "سنويا", "كل", "هذا", "هذه", "اواسط",
      "عيد",  "ذي",   "ذو",   "ربيع", "جمادي", "كانون", "تشرين"};
  // "برمضان", "وشوال", "لمايو": a month name after a clitic.
  return StartsWith(rest, "ال") || kHeads.count(rest) > 0 || Units().count(rest) > 0 ||
         GregorianMonths().count(rest) > 0 || HijriMonths().count(rest) > 0;
}

// Byte length of the first letter of `s` with the marks and tatweel after it.
size_t FirstLetterBytes(std::string_view s) {
  auto letter_len = [](unsigned char c) -> size_t {
    return c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
  };
  size_t n = s.empty() ? 0 : letter_len(static_cast<unsigned char>(s[0]));
  // U+064B..U+065F, U+0670 and tatweel U+0640 are D9 8B..9F, D9 B0, D9 80.
  while (n + 1 < s.size() && static_cast<unsigned char>(s[n]) == 0xD9) {
    unsigned char c = static_cast<unsigned char>(s[n + 1]);
    if ((c >= 0x8B && c <= 0x9F) || c == 0xB0 || c == 0x80) n += 2;
    else break;
  }
  return n;
}

// Easter Sunday of year y (the anonymous Gregorian computus).
Date EasterSunday(int y) {
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::Day(y, month, day);
}

// The n-th (1-based; 5 for the last) weekday `wd` of a month.
Date NthWeekday(int y, int month, int wd, int n) {
  if (n == 5) {
    Date last = Date::Day(y, month, 1).AddMonths(1).AddDays(-1);
    return last.AddDays(-((Weekday(last) - wd + 7) % 7));
  }
  Date first = Date::Day(y, month, 1);
  return first.AddDays((wd - Weekday(first) + 7) % 7 + 7 * (n - 1));
}

// Holidays by the folded words that name them. Hijri feasts give their month
// and day in the Islamic calendar (month > 100 marks them).
struct Holiday {
  std::vector<const char*> words;
  int month;  // Gregorian month, or 100 + Hijri month
  int day;    // day of the month; 0 for a rule below
  int rule;   // 0 fixed; 1 Thanksgiving; 2 Labor Day; 3 Memorial Day; 4 Election Day;
              // 5 Easter; 6 Good Friday
};
const std::vector<Holiday>& Holidays() {
  static const std::vector<Holiday> kHolidays = {
      {{"new", "year's", "day"}, 1, 1, 0},
      {{"new", "year's", "eve"}, 12, 31, 0},
      {{"christmas", "eve"}, 12, 24, 0},
      {{"christmas", "day"}, 12, 25, 0},
      {{"christmas"}, 12, 25, 0},
      {{"thanksgiving", "day"}, 11, 0, 1},
      {{"thanksgiving"}, 11, 0, 1},
      {{"labor", "day"}, 9, 0, 2},
      {{"memorial", "day"}, 5, 0, 3},
      {{"election", "day"}, 11, 0, 4},
      {{"easter", "sunday"}, 0, 0, 5},
      {{"easter"}, 0, 0, 5},
      {{"good", "friday"}, 0, 0, 6},
      {{"independence", "day"}, 7, 4, 0},
      {{"veterans", "day"}, 11, 11, 0},
      {{"halloween"}, 10, 31, 0},
      {{"valentine's", "day"}, 2, 14, 0},
      {{"عيد", "الفطر"}, 110, 1, 0},
      {{"عيد", "الاضحي"}, 112, 10, 0},
      {{"يوم", "عرفه"}, 112, 9, 0},
      {{"راس", "السنه", "الهجريه"}, 101, 1, 0},
      {{"المولد", "النبوي"}, 103, 12, 0},
      {{"عيد", "الميلاد"}, 12, 25, 0},
      {{"راس", "السنه", "الميلاديه"}, 1, 1, 0},
      {{"اليوم", "الوطني", "السعودي"}, 9, 23, 0},
  };
  return kHolidays;
}

// The holiday's day in Gregorian year y (for a Hijri feast, the one that
// falls in Hijri year y).
std::optional<Date> HolidayIn(const Holiday& h, int y) {
  if (h.month > 100) return HijriToGregorian(y, h.month - 100, h.day);
  switch (h.rule) {
    case 1: return NthWeekday(y, 11, 4, 4);
    case 2: return NthWeekday(y, 9, 1, 1);
    case 3: return NthWeekday(y, 5, 1, 5);
    case 4: return NthWeekday(y, 11, 1, 1).AddDays(1);
    case 5: return EasterSunday(y);
    case 6: return EasterSunday(y).AddDays(-2);
    default: return Date::Day(y, h.month, h.day);
  }
}

// Arabic parts of the day that begin an expression ("صباح أمس").
const WordTable<const char*>& ArabicPartsOfDay() {
  static const WordTable<const char*> kParts = {
      {"صباح", "MO"}, {"مساء", "EV"}, {"ظهر", "MI"}, {"عصر", "AF"},
      {"فجر", "MO"},  {"ليله", "NI"}, {"ليل", "NI"}};
  return kParts;
}

// Arabic ordinals of days: "الخامس" (fifth), and the tens "العشرين".
const WordMap& ArabicOrdinals() {
  static const WordMap kUnits = {{"الاول", 1},  {"الحادي", 1}, {"الثاني", 2}, {"الثالث", 3},
                                 {"الرابع", 4}, {"الخامس", 5}, {"السادس", 6}, {"السابع", 7},
                                 {"الثامن", 8}, {"التاسع", 9}, {"العاشر", 10}};
  return kUnits;
}
const WordMap& ArabicOrdinalTens() {
  static const WordMap kTens = {{"العشرين", 20}, {"الثلاثين", 30}};
  return kTens;
}

// Adverbs of a SET, with its value: "يومياً", "weekly".
const WordTable<const char*>& SetAdverbs() {
  static const WordTable<const char*> kAdverbs = {
      {"يوميا", "P1D"},  {"اسبوعيا", "P1W"}, {"شهريا", "P1M"},    {"سنويا", "P1Y"},
      {"daily", "P1D"},  {"weekly", "P1W"},  {"monthly", "P1M"},  {"hourly", "PT1H"},
      {"nightly", "P1D"}, {"biweekly", "P2W"}};
  return kAdverbs;
}

// Seasons and their TIMEX3 codes.
const WordTable<const char*>& Seasons() {
  static const WordTable<const char*> kSeasons = {
      {"الصيف", "SU"}, {"الشتاء", "WI"}, {"الربيع", "SP"}, {"الخريف", "FA"},
      {"صيف", "SU"},   {"شتاء", "WI"},   {"ربيع", "SP"},   {"خريف", "FA"},
      {"summer", "SU"}, {"winter", "WI"}, {"spring", "SP"}, {"fall", "FA"},
      {"autumn", "FA"}};
  return kSeasons;
}

// Arabic decades of a century, by their tens digit: "التسعينيات" (the nineties).
const WordMap& ArabicDecades() {
  static const WordMap kDecades = {
      {"عشرينيات", 2}, {"ثلاثينيات", 3}, {"اربعينيات", 4}, {"خمسينيات", 5},
      {"ستينيات", 6},  {"سبعينيات", 7},  {"ثمانينيات", 8}, {"تسعينيات", 9},
      {"عشرينات", 2},  {"ثلاثينات", 3},  {"اربعينات", 4},  {"خمسينات", 5},
      {"ستينات", 6},   {"سبعينات", 7},   {"ثمانينات", 8},  {"تسعينات", 9}};
  return kDecades;
}

// "أول أيام العيد": the day of a feast that lasts several.
const WordMap& FeastDays() {
  static const WordMap kNth = {{"اول", 1}, {"ثاني", 2}, {"ثالث", 3}, {"رابع", 4}};
  return kNth;
}

// English ordinals in words, up to the thirtieth of a month.
const WordMap& EnglishOrdinals() {
  static const WordMap kOrdinals = {
      {"first", 1},       {"second", 2},       {"third", 3},       {"fourth", 4},
      {"fifth", 5},       {"sixth", 6},        {"seventh", 7},     {"eighth", 8},
      {"ninth", 9},       {"tenth", 10},       {"eleventh", 11},   {"twelfth", 12},
      {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},  {"sixteenth", 16},
      {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
      {"thirtieth", 30}};
  return kOrdinals;
}

// The keys of a word list, each after `prefix` ("ال" for the forms with the article).
template <typename Map>
std::vector<std::string> Keys(const Map& map, std::string_view prefix = "") {
  std::vector<std::string> out;
  for (const auto& entry : map) out.push_back(std::string(prefix) + entry.first);
  return out;
}

std::vector<std::string> Join(std::initializer_list<std::vector<std::string>> lists) {
  std::vector<std::string> out;
  for (const std::vector<std::string>& list : lists)
    out.insert(out.end(), list.begin(), list.end());
  return out;
}

// A cursor over one sentence's tokens with the small look-ups the rules need.
class Tagger {
 public:
  Tagger(std::string_view text, const std::vector<Token>& tokens, const Date& pub)
      : text_(text), t_(tokens), pub_(pub) {
    forms_.resize(t_.size());
    starts_.resize(t_.size());
    // forms_ holds views into these strings: sized once, never moved.
    articled_.resize(t_.size());
    for (size_t k = 0; k < t_.size(); ++k) {
      const Token& tok = t_[k];
      if (tok.is_arabic) arabic_ = true;
      std::string_view f = tok.fold;
      if (f == "quarter" || f == "quarterly") quarterly_ = true;
      // Results comparisons ("net rose to $9 million, or 40 cents a share,
      // from $7 million a year ago") set this year's quarter against the same
      // quarter a year before, even where the word "quarter" is sentences away.
      if ((f == "share" && k > 0 && (F(k - 1) == "a" || F(k - 1) == "per")) ||
          f == "revenue" || f == "revenues" || f == "earnings")
        quarterly_ = true;
      forms_[k] = MakeForms(tok, articled_[k]);
      starts_[k] = RulesStartingWith(tok, forms_[k]);
    }
  }

  std::vector<Timex> Run() {
    size_t i = 0;
    while (i < t_.size()) {
      size_t next = i;
      if (Match(i, next) && next > i) {
        i = next;
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  // The folded word, then without the conjunction و/ف, then also without a
  // preposition ب/ل/ك ("وفي" -> "في", "لعام" -> "عام", "للأسبوع" ->
  // "الاسبوع"). The article stays: "اليوم" is not "يوم". The forms are
  // views into the fold, but for "لل" -> "ال", which is spelled into `articled`.
  static std::array<std::string_view, 3> MakeForms(const Token& tok, std::string& articled) {
    std::array<std::string_view, 3> out{tok.fold, {}, {}};
    if (!tok.is_arabic) return out;
    std::string_view x = tok.fold;
    if (x.size() > 4 && (x.starts_with("و") || x.starts_with("ف"))) {
      x = x.substr(2);
      out[1] = x;
    }
    if (x.size() > 6 && x.starts_with("لل")) {
      articled = "ال" + std::string(x.substr(4));
      out[2] = articled;
    } else if (x.size() > 4 && (x.starts_with("ب") || x.starts_with("ل") || x.starts_with("ك"))) {
      out[2] = x.substr(2);
    }
    return out;
  }

  const std::string& F(size_t i) const {
    static const std::string kEmpty;
    return i < t_.size() ? t_[i].fold : kEmpty;
  }
  bool Ar(size_t i) const { return i < t_.size() && t_[i].is_arabic; }
  bool Num(size_t i) const { return i < t_.size() && t_[i].is_number; }
  bool Cap(size_t i) const { return i < t_.size() && t_[i].is_capitalized; }
  // Tokens i and i+1 touch ("third-quarter", "10:30").
  bool Touch(size_t i) const { return i + 1 < t_.size() && t_[i].end == t_[i + 1].begin; }

  template <typename Map>
  auto FindIn(const Map& map, size_t i) const {
    if (i >= t_.size()) return map.end();
    for (std::string_view f : forms_[i]) {
      if (f.empty()) continue;
      auto it = map.find(f);
      if (it != map.end()) return it;
    }
    return map.end();
  }
  // The word lists are string_views so that their lengths are known at
  // compile time: most comparisons stop at the length, and these two run for
  // every rule at every token.
  bool Is(size_t i, std::initializer_list<std::string_view> words) const {
    if (i >= t_.size()) return false;
    std::string_view f = t_[i].fold;
    for (std::string_view w : words)
      if (f == w) return true;
    return false;
  }
  bool IsBare(size_t i, std::initializer_list<std::string_view> words) const {
    if (i >= t_.size()) return false;
    for (std::string_view f : forms_[i]) {
      if (f.empty()) continue;
      for (std::string_view w : words)
        if (f == w) return true;
    }
    return false;
  }
  // The form of token i without the و/ف conjunction.
  std::string_view NoConj(size_t i) const {
    return i < t_.size() && !forms_[i][1].empty() ? forms_[i][1] : std::string_view(F(i));
  }

  // A future marker shortly before token i ("will", "سوف", "سيزور"), or a
  // relative word after it. Looking only nearby keeps "said Tuesday that it
  // will..." in the past.
  bool FutureNear(size_t i, bool possessive = false) const {
    // Fourteen tokens reach back over an object and a place ("will almost
    // double its flights between Australia and India by August").
    size_t reach = Ar(i) ? 7 : 14;
    size_t from = i > reach ? i - reach : 0;
    // "until Tuesday", "as soon as Tuesday", "as early as next week": a
    // deadline or a hope, ahead of the report.
    for (size_t k = i; k-- > (i > 5 ? i - 5 : 0);) {
      // "not until Tuesday", "up until Thursday" look back.
      if (Is(k, {"until", "till"})) return !(k > 0 && Is(k - 1, {"not", "up"}));
      if (Is(k, {"as"}) && k >= 2 && Is(k - 1, {"soon", "early"}) && Is(k - 2, {"as"}))
        return true;
      if (!Num(k) && !Is(k, {"a.m", "p.m", ".", "est", "edt", "gmt", "at", "on", "noon",
                            "midnight", "(", "next"}))
        break;
    }
    for (size_t k = i; k-- > from;) {
      const std::string& f = F(k);
      // The stop of "a.m." or "Sept." does not end the sentence.
      if (f == "." && k > 0 &&
          (F(k - 1).size() <= 2 || Is(k - 1, {"a.m", "p.m"}) || GregorianMonths().count(F(k - 1))))
        continue;
      if (f == "." || f == ";") break;
      // "is to resume trading Tuesday".
      if (f == "to" && k > 0 && Is(k - 1, {"is", "are"}) && k + 1 < i && !Is(k + 1, {"be"}))
        return true;
      if (f == "said" || f == "قال" || f == "قالت" || f == "announced" || f == "اعلن") break;
      // "would" is a reported future, but "Wednesday's ruling" in "said they
      // would appeal Wednesday's ruling" is behind them.
      if (f == "would" && !possessive) return true;
      if (f == "will" || f == "shall" || f == "'ll" || f == "scheduled" ||
          f == "plans" || f == "planned" || f == "planning" || f == "expected" || f == "due" ||
          (f == "set" && Is(k + 1, {"to", "for"})) || f == "سوف" ||
          f == "المقرر" || f == "المنتظر" || f == "يعتزم" || f == "تعتزم" || f == "المتوقع" ||
          f == "المزمع" || f == "ينتظر" || f == "يتوقع")
        return true;
      if (t_[k].is_arabic && ArabicFutureVerb(NoConj(k))) return true;
    }
    return false;
  }
  // "سيزور", "ستعقد": the future prefix س before an imperfect verb.
  static bool ArabicFutureVerb(std::string_view f) {
    if (f.size() < 10 || !StartsWith(f, "س")) return false;
    if (!(StartsWith(f, "سي") || StartsWith(f, "ست") || StartsWith(f, "سن"))) return false;
    static const char* kNouns[] = {"سياس", "سيار", "سيطر", "سيد", "سينا", "ستين", "ستار",
                                   "سيول", "سيف", "سيناريو", "سنوات", "سنوي", "ستوكهولم",
                                   "سيريلانك", "سيبير", "سيول", "ستراتيج", "سنغافور", "سيي",
                                   "سيول", "سنه", "سنين", "سيام", "ستالين"};
    for (const char* n : kNouns)
      if (StartsWith(f, n)) return false;
    return true;
  }

  // A past-tense verb near token i in the same sentence ("was shot on Oct.
  // 23", "changed ... in December"): a date without a year is then the one
  // before the publication. English only; Arabic reports are read as past
  // already unless a future marker says otherwise.
  bool PastNear(size_t i) const {
    if (Ar(i)) return false;
    static const WordSet kPast = {
        "was", "were", "had", "did", "said", "ago", "came", "began", "took", "made",
        "went", "gave", "got", "left", "met", "held", "won", "lost", "saw", "told",
        "found", "fell", "rose", "sold", "bought", "paid", "brought", "kept", "became",
        "wrote", "led", "ran", "hit", "shot", "put", "set", "struck", "fled", "spent"};
    static const WordSet kNotPast = {
        "expected", "scheduled", "planned", "proposed", "needed", "based", "related",
        "united", "limited", "hundred", "red", "fed", "bed", "speed", "need", "seed",
        "feed", "proceed", "indeed", "succeed", "exceed", "reed", "breed", "deed",
        "wed", "shed", "sled", "bred", "aimed", "designed", "intended",
        "supposed", "slated", "due", "detailed", "advanced", "armed", "concerned",
        "embattled", "troubled", "alleged", "unnamed", "sacred", "naked"};
    auto past = [&](size_t k) {
      const std::string& f = F(k);
      if (t_[k].is_capitalized && k > 0) return false;
      if (kPast.count(f)) return true;
      return f.size() >= 5 && f.compare(f.size() - 2, 2, "ed") == 0 && !kNotPast.count(f);
    };
    size_t from = i > 10 ? i - 10 : 0;
    for (size_t k = i; k-- > from;) {
      if (F(k) == "." || F(k) == ";") break;
      if (past(k)) return true;
    }
    for (size_t k = i + 1; k < t_.size() && k <= i + 8; ++k) {
      if (F(k) == "." || F(k) == ";") break;
      if (past(k)) return true;
    }
    return false;
  }

  int GregorianMonthAt(size_t i, size_t& next) const {
    if (i >= t_.size()) return 0;
    const std::string& f = F(i);
    if ((f == "كانون" || f == "تشرين" || NoConj(i) == "كانون" || NoConj(i) == "تشرين") &&
        i + 1 < t_.size()) {
      bool first = Is(i + 1, {"الثاني"});
      bool second = Is(i + 1, {"الاول"});
      if (first || second) {
        next = i + 2;
        if (NoConj(i) == "كانون") return first ? 1 : 12;
        return first ? 11 : 10;
      }
    }
    auto& months = GregorianMonths();
    auto it = FindIn(months, i);
    // "اب" (August) is also a common noun; accept it only next to a number or slash.
    if (it == months.end() && f == "اب" &&
        ((i > 0 && (t_[i - 1].is_number || F(i - 1) == "/")) || F(i + 1) == "/")) {
      next = i + 1;
      return 8;
    }
    if (it == months.end()) return 0;
    // English "may", "mar", "sep" are words too: they need a capital.
    if (!t_[i].is_arabic && !t_[i].is_capitalized && f.size() <= 5) return 0;
    next = i + 1;
    // "Sept.", "Jan.": the stop belongs to an abbreviation, not to "May."
    if (F(next) == "." && f.size() <= 4 && f != "may" && f != "june" && f != "july" &&
        Touch(i))
      ++next;
    return it->second;
  }
  // A month followed by its twin in the other naming ("مايو/أيار",
  // "يوليو تموز", "أيار (مايو)"): consumes the twin.
  void SkipTwinMonth(int month, size_t& j) const {
    size_t k = j;
    bool paren = false;
    if (F(k) == "/" || F(k) == "-" || F(k) == "(") {
      paren = F(k) == "(";
      ++k;
    }
    size_t after = k;
    if (Ar(k) && GregorianMonthAt(k, after) == month) {
      if (paren && F(after) == ")") ++after;
      j = after;
    }
  }

  // The month at j (Gregorian, else Hijri), moving j past it and past a
  // twin name ("أيار/مايو"); 0, with j unmoved, if there is none.
  int TakeMonth(size_t& j, bool& hijri) const {
    size_t after = j;
    int month = AnyMonthAt(j, after, hijri);
    if (month == 0) return 0;
    j = after;
    if (!hijri) SkipTwinMonth(month, j);
    return month;
  }

  // A Gregorian month at i, else a Hijri one (`hijri` says which); 0 if none.
  int AnyMonthAt(size_t i, size_t& next, bool& hijri) const {
    int month = GregorianMonthAt(i, next);
    hijri = false;
    if (month == 0) {
      month = HijriMonthAt(i, next);
      hijri = month != 0;
    }
    return month;
  }

  int HijriMonthAt(size_t i, size_t& next) const {
    if (i >= t_.size()) return 0;
    auto it = FindIn(HijriMonths(), i);
    if (it != HijriMonths().end()) {
      next = i + 1;
      return it->second;
    }
    std::string_view f = NoConj(i);
    const std::string& g = F(i + 1);
    auto two = [&](int m) {
      next = i + 2;
      return m;
    };
    if (f == "ربيع") {
      if (g == "الاول") return two(3);
      if (g == "الثاني" || g == "الاخر") return two(4);
    }
    if (f == "جمادي" || f == "جماد") {
      if (g == "الاولي" || g == "الاول") return two(5);
      if (g == "الاخره" || g == "الثانيه" || g == "الاخر") return two(6);
    }
    if (f == "ذو" || f == "ذي") {
      if (g == "القعده") return two(11);
      if (g == "الحجه") return two(12);
    }
    return 0;
  }

  // A 4-digit Gregorian year (1800-2100) at i, possibly followed by "م".
  int YearAt(size_t i, size_t& next) const {
    if (i < t_.size() && !t_[i].is_arabic && !t_[i].is_number && !F(i).empty() &&
        !IsDigit(F(i)[0]))
      return SpelledYearAt(i, next);
    if (i >= t_.size()) return 0;
    size_t digits = 0;
    int y = LeadingNumber(F(i), &digits);
    // "2015م" may not count as a number token: four digits and the م.
    if (!t_[i].is_number && !(digits == 4 && F(i) == std::to_string(y) + "م")) return 0;
    if (y < 1800 || y > 2100 || digits != 4) return 0;
    if (F(i).size() != 4 && F(i) != std::to_string(y) + "م") return 0;
    next = i + 1;
    if (F(next) == "م") ++next;
    return y;
  }

  // "nineteen ninety-six", "nineteen seventy nine", "eighteen sixty": years
  // as broadcast transcripts spell them.
  int SpelledYearAt(size_t i, size_t& next) const {
    static const WordMap kTens = {{"twenty", 20}, {"thirty", 30}, {"forty", 40},
                                  {"fifty", 50},  {"sixty", 60},  {"seventy", 70},
                                  {"eighty", 80}, {"ninety", 90}};
    static const WordMap kUnits = {{"one", 1},  {"two", 2},   {"three", 3},
                                   {"four", 4}, {"five", 5},  {"six", 6},
                                   {"seven", 7}, {"eight", 8}, {"nine", 9}};
    if (!Is(i, {"nineteen", "eighteen"})) return 0;
    auto tens = kTens.find(F(i + 1));
    if (tens == kTens.end()) return 0;
    int year = (Is(i, {"nineteen"}) ? 1900 : 1800) + tens->second;
    size_t j = i + 2;
    size_t k = F(j) == "-" && Touch(j - 1) ? j + 1 : j;
    auto unit = kUnits.find(F(k));
    if (unit != kUnits.end()) {
      year += unit->second;
      j = k + 1;
    }
    next = j;
    return year;
  }

  // An English ordinal in words, 1 to 31 ("eighth", "twenty-first",
  // "thirtieth"); 0 when there is none.
  int OrdinalWordAt(size_t i, size_t& next) const {
    if (Ar(i)) return 0;
    int tens = Is(i, {"twenty"}) ? 20 : Is(i, {"thirty"}) ? 30 : 0;
    if (tens) {
      size_t k = F(i + 1) == "-" && Touch(i) ? i + 2 : i + 1;
      auto it = EnglishOrdinals().find(F(k));
      if (it == EnglishOrdinals().end() || it->second > 9 || tens + it->second > 31) return 0;
      next = k + 1;
      return tens + it->second;
    }
    auto it = EnglishOrdinals().find(F(i));
    if (it == EnglishOrdinals().end()) return 0;
    next = i + 1;
    return it->second;
  }

  // A Hijri day and month without a year: this Hijri year's, moved by a
  // relative word ("العشرين من شوال الماضي") or, when it is more than two
  // months ahead in a sentence without a future marker, last year's.
  std::optional<Date> HijriWithoutYear(int month, int day, Direction dir, size_t i) const {
    int py = 0, pm = 0, pd = 0;
    if (!pub_.known() || !pub_.has_day() || !GregorianToHijri(pub_, py, pm, pd))
      return std::nullopt;
    int hy = py;
    bool later = month > pm || (month == pm && day > pd);
    if (dir == Direction::kPast && later) --hy;
    if (dir == Direction::kFuture && !later) ++hy;
    if (dir == Direction::kNone && later && !FutureNear(i) && month > pm + 2) --hy;
    return HijriToGregorian(hy, month, day);
  }

  // Chooses the year for a day and month written without one: the occurrence
  // nearest the publication date (news rarely reaches half a year away).
  Date NearestYear(int month, int day, Direction dir, bool future, bool past = false) const {
    Date best;
    long best_gap = 0;
    for (int y = pub_.year - 1; y <= pub_.year + 1; ++y) {
      int d = day == 0 ? 1 : day;
      if (!Date::IsValidDay(y, month, d)) continue;
      Date c = Date::Day(y, month, d);
      if (day == 0 && y == pub_.year && month == pub_.month) c = pub_;
      long gap = c.DaysSinceEpoch() - pub_.DaysSinceEpoch();
      if (dir == Direction::kCurrent && y != pub_.year) continue;
      if (dir == Direction::kPast && (gap > 0 || (day == 0 && y == pub_.year && month == pub_.month)))
        continue;
      if (dir == Direction::kFuture && (gap < 0 || (day == 0 && y == pub_.year && month == pub_.month)))
        continue;
      long score = std::labs(gap) * 2 + (gap > 0 && !future ? 1 : 0);
      // Half a year either way is a toss-up that a past-tense report
      // settles: "was shot on Oct. 23" in May is last October.
      if (past && !future && gap > 120) score += 1000;
      if (!best.known() || score < best_gap) {
        best = Date::Day(y, month, d);
        best_gap = score;
      }
    }
    if (best.known() && day == 0) best.day = 0;
    return best;
  }

  // A month written without a year: this year's, unless the text points
  // elsewhere or the month is far on the other side of the date.
  Date MonthYear(int month, Direction dir, bool future) const {
    int y = pub_.year;
    if (dir == Direction::kPast) {
      if (month >= pub_.month) --y;
    } else if (dir == Direction::kFuture) {
      if (month <= pub_.month) ++y;
    } else if (dir == Direction::kNone) {
      if (future && month < pub_.month - 2) ++y;
      if (!future && month > pub_.month + 2) --y;
    }
    return Date::Month(y, month);
  }

  Date ResolveWeekday(int wd, Direction dir, bool future) const {
    int pub_wd = Weekday(pub_);
    if (dir == Direction::kFuture || (dir == Direction::kNone && future)) {
      int delta = (wd - pub_wd + 7) % 7;
      if (delta == 0) delta = 7;
      return pub_.AddDays(delta);
    }
    if (dir == Direction::kCurrent) {
      // "this Friday": the one in the publication's week (Monday first).
      int iso_pub = pub_wd == 0 ? 7 : pub_wd;
      int iso_wd = wd == 0 ? 7 : wd;
      return pub_.AddDays(iso_wd - iso_pub);
    }
    int back = (pub_wd - wd + 7) % 7;
    if (dir == Direction::kPast && back == 0) back = 7;
    return pub_.AddDays(-back);
  }

  // The day with weekday `wd` nearest `base` (earlier on a tie): "أمس
  // الجمعة" in a page dated a day late still means Friday.
  static Date NearestWeekday(const Date& base, int wd) {
    for (int k = 0; k <= 3; ++k) {
      if (Weekday(base.AddDays(-k)) == wd) return base.AddDays(-k);
      if (Weekday(base.AddDays(k)) == wd) return base.AddDays(k);
    }
    return base;
  }

  // Where an expression starting at token `first` begins: a conjunction or
  // preposition glued to the first word stays out ("وأمس", "بنهاية").
  size_t ExpressionBegin(size_t first) const {
    size_t begin = t_[first].begin;
    if (t_[first].is_arabic) {
      const std::string& f = F(first);
      std::string rest = f;
      size_t strip = 0;
      if (rest.size() > 4 && (StartsWith(rest, "و") || StartsWith(rest, "ف")) &&
          CliticHead(rest.substr(2))) {
        rest = rest.substr(2);
        ++strip;
      } else if (rest.size() > 4 && (StartsWith(rest, "و") || StartsWith(rest, "ف"))) {
        std::string r2 = rest.substr(2);
        if (r2.size() > 4 && (StartsWith(r2, "ب") || StartsWith(r2, "ل") || StartsWith(r2, "ك")) &&
            !StartsWith(r2, "لل") && CliticHead(r2.substr(2))) {
          rest = r2;
          ++strip;
        }
      }
      if (rest.size() > 4 && (StartsWith(rest, "ب") || StartsWith(rest, "ل") || StartsWith(rest, "ك")) &&
          !StartsWith(rest, "لل") && CliticHead(rest.substr(2)) &&
          !StartsWith(rest, "ليل") && !StartsWith(rest, "بعد") && rest != "بدايه") {
        ++strip;
      }
      for (size_t k = 0; k < strip && begin < t_[first].end; ++k)
        begin += FirstLetterBytes(text_.substr(begin, t_[first].end - begin));
    }
    return begin;
  }

  Timex& Emit(size_t first, size_t next, TimexType type, std::string value, Date start,
              Date end, TimexAnchor anchor) {
    Timex tx;
    tx.span = {ExpressionBegin(first), t_[next - 1].end};
    tx.type = type;
    tx.value = std::move(value);
    tx.start = start;
    tx.end = end.known() ? end : start;
    tx.anchor = anchor;
    tx.since = since_pending_;
    tx.future = start.known() && pub_.known() && start > pub_ && start.has_day();
    since_pending_ = false;
    out_.push_back(std::move(tx));
    return out_.back();
  }
  Timex& EmitDate(size_t first, size_t next, Date d, TimexAnchor anchor, Date end = Date()) {
    return Emit(first, next, TimexType::kDate, d.ToIso(), d, end, anchor);
  }

  // Runs the matchers that give one day at i without keeping the result.
  bool TakeDay(size_t i, size_t& next, Timex& got) {
    if (i >= t_.size()) return false;
    size_t n = out_.size();
    bool since = since_pending_;
    since_pending_ = false;
    bool ok = MatchRelativeWord(i, next) || MatchWeekday(i, next) || MatchNumeric(i, next) ||
              MatchDayMonth(i, next) || MatchOrdinalDay(i, next) || MatchHoliday(i, next) ||
              MatchMonthFirst(i, next);
    since_pending_ = since;
    if (!ok || out_.size() != n + 1 || out_.back().type != TimexType::kDate ||
        !out_.back().start.has_day()) {
      out_.resize(n);
      return false;
    }
    got = std::move(out_.back());
    out_.pop_back();
    return true;
  }

  bool Match(size_t i, size_t& next);
  bool MatchCore(size_t i, size_t& next);
  void AddPartOfDay(size_t& next);
  bool MatchModifier(size_t i, size_t& next);
  bool MatchClock(size_t i, size_t& next);
  bool MatchPartOfDay(size_t i, size_t& next);
  bool MatchNumeric(size_t i, size_t& next);
  bool MatchDayMonth(size_t i, size_t& next);
  bool MatchMonthFirst(size_t i, size_t& next);
  bool MatchHijriMonth(size_t i, size_t& next);
  bool MatchWeekday(size_t i, size_t& next);
  bool MatchRelativeWord(size_t i, size_t& next);
  bool MatchRef(size_t i, size_t& next);
  bool MatchSet(size_t i, size_t& next);
  bool MatchQuarter(size_t i, size_t& next);
  bool MatchSeason(size_t i, size_t& next);
  bool MatchPeriod(size_t i, size_t& next);
  bool MatchPluralPeriod(size_t i, size_t& next);
  bool MatchCount(size_t i, size_t& next);
  bool MatchDecade(size_t i, size_t& next);
  bool MatchYear(size_t i, size_t& next);
  bool MatchVagueDay(size_t i, size_t& next);
  bool MatchAnchored(size_t i, size_t& next);
  bool MatchHoliday(size_t i, size_t& next);
  bool MatchEve(size_t i, size_t& next);
  bool MatchOrdinalDay(size_t i, size_t& next);
  bool MatchSpelledYear(size_t i, size_t& next);
  bool MatchCentury(size_t i, size_t& next);
  bool MatchBusinessYear(size_t i, size_t& next);

  // The rules MatchCore tries, in order, each with the first words it can
  // match at. Most tokens begin no expression, so the tagger works out once
  // per token, by looking its forms up, which rules can begin there
  // (`starts_`), and MatchCore tries only those: a rule never sees a first
  // word that is not listed here (debug builds check that it would fail).
  struct Rule {
    bool (Tagger::*match)(size_t i, size_t& next);
    bool number;                     // may begin with digits ("17", "1990s", "3rd")
    std::vector<std::string> words;  // the first word in any of its forms (MakeForms)
  };
  static const std::vector<Rule>& Rules();
  // Bit r is set when Rules()[r] can begin at the token.
  static uint32_t RulesStartingWith(const Token& tok, const std::array<std::string_view, 3>& forms);
#ifndef NDEBUG
  // Debug builds check Rules() by trying the rules skipped at token i.
  void AssertSkippedRulesFail(size_t i);
#endif

  // The last expression found before this one that names a day, month or
  // year: what "the next day" or "that year" counts from.
  const Timex* TextAnchor() const {
    for (size_t k = out_.size(); k-- > 0;)
      if ((out_[k].type == TimexType::kDate || out_[k].type == TimexType::kTime) &&
          out_[k].start.known())
        return &out_[k];
    return nullptr;
  }

  int CountAt(size_t& j) const;
  // "2 1/2", "two and a half", "a minute and a half": consumes the half.
  bool HalfAt(size_t& j) const {
    if (Num(j) && F(j) == "1" && F(j + 1) == "/" && F(j + 2) == "2") {
      j += 3;
      return true;
    }
    if (Is(j, {"and"}) && Is(j + 1, {"a"}) && Is(j + 2, {"half"})) {
      j += 3;
      return true;
    }
    return false;
  }
  bool IsAge(size_t first, size_t next) const;

  std::string_view text_;
  const std::vector<Token>& t_;
  std::vector<std::array<std::string_view, 3>> forms_;
  std::vector<std::string> articled_;  // the "ال" forms of "لل" words, for forms_
  std::vector<uint32_t> starts_;  // RulesStartingWith for each token
  Date pub_;
  bool arabic_ = false;
  bool quarterly_ = false;  // the text speaks of quarters: business results
  bool since_pending_ = false;
  bool after_modifier_ = false;
  std::vector<Timex> out_;
};

bool Tagger::Match(size_t i, size_t& next) {
  // "منذ", "since": the start of something still going on. The word itself
  // is a signal, not part of the expression.
  if (IsBare(i, {"منذ"}) || Is(i, {"since"})) {
    since_pending_ = true;
    if (MatchCount(i, next) || MatchCore(i + 1, next)) return true;
    since_pending_ = false;
    next = i + 1;
    return false;
  }
  return MatchCore(i, next);
}

bool Tagger::MatchCore(size_t i, size_t& next) {
  if (i >= t_.size()) return false;
#ifndef NDEBUG
  AssertSkippedRulesFail(i);
#endif
  size_t n = out_.size();
  bool ok = false;
  for (uint32_t rules = starts_[i]; rules != 0 && !ok; rules &= rules - 1)
    ok = (this->*Rules()[static_cast<size_t>(std::countr_zero(rules))].match)(i, next);
  if (ok && out_.size() > n) AddPartOfDay(next);
  return ok;
}

const std::vector<Tagger::Rule>& Tagger::Rules() {
  static const std::vector<Rule> kRules = [] {
    std::vector<std::string> holidays;
    for (const Holiday& h : Holidays()) holidays.push_back(h.words[0]);
    std::vector<Rule> rules = {
        {&Tagger::MatchEve, false, {"the", "عشيه", "غداه"}},
        {&Tagger::MatchModifier, false,
         {"early", "late", "mid", "earlier", "later", "nearly", "almost", "mid-", "more", "less",
          "fewer", "at", "the", "end", "beginning", "start", "مطلع", "اوايل", "اواخر", "منتصف",
          "بدايه", "نهايه", "اواسط", "مستهل", "نحو", "حوالي", "قرابه", "اكثر", "اقل"}},
        {&Tagger::MatchAnchored, false, {"the", "that"}},
        {&Tagger::MatchClock, true, {"noon", "midday", "midnight", "الساعه"}},
        {&Tagger::MatchPartOfDay, false,
         Join({{"tonight", "last", "this", "الليله", "البارحه", "هذا", "هذه", "بعد"},
               Keys(ArabicPartsOfDay())})},
        {&Tagger::MatchNumeric, true, {}},
        {&Tagger::MatchDayMonth, true, {}},
        {&Tagger::MatchOrdinalDay, false,
         Join({Keys(ArabicOrdinals()), Keys(ArabicOrdinalTens())})},
        {&Tagger::MatchMonthFirst, false,
         Join({{"شهر", "شهري", "كانون", "تشرين", "اب"}, Keys(RelativeWords()),
               Keys(GregorianMonths())})},
        {&Tagger::MatchHijriMonth, false,
         Join({{"شهر", "ربيع", "جمادي", "جماد", "ذو", "ذي"}, Keys(HijriMonths())})},
        {&Tagger::MatchWeekday, false,
         Join({{"last", "next", "this", "coming", "يوم", "يومي"}, Keys(Weekdays())})},
        {&Tagger::MatchRelativeWord, false,
         {"today", "yesterday", "tomorrow", "the", "امس", "البارحه", "الامس", "اول", "غدا",
          "الغد", "غد", "بعد", "اليوم"}},
        {&Tagger::MatchHoliday, false,
         Join({{"last", "next", "this"}, Keys(FeastDays()), holidays})},
        {&Tagger::MatchSpelledYear, false, {"the", "nineteen", "eighteen"}},
        {&Tagger::MatchCentury, true,
         Join({{"the", "this", "last", "next"}, Keys(EnglishOrdinals())})},
        {&Tagger::MatchBusinessYear, false, {"year", "year's", "the"}},
        {&Tagger::MatchQuarter, true,
         {"the", "year", "this", "last", "next", "fiscal", "first", "second", "third", "fourth"}},
        {&Tagger::MatchSeason, false,
         Join({{"last", "next", "this", "coming", "the", "هذا"}, Keys(Seasons())})},
        {&Tagger::MatchPeriod, false,
         Join({{"the", "year", "month", "هذا", "هذه", "نهايه", "عطله", "الاسبوع", "الشهر",
                "العام", "السنه"},
               Keys(RelativeWords())})},
        {&Tagger::MatchPluralPeriod, false,
         Join({{"the", "recent", "coming", "past", "next", "last", "previous", "first",
                "following", "remaining", "final", "upcoming"},
               Keys(Units(), "ال"), Keys(NumberWords(), "ال")})},
        {&Tagger::MatchSet, false, Join({{"a", "per", "every", "each", "كل"}, Keys(SetAdverbs())})},
        {&Tagger::MatchCount, true,
         Join({{"for", "over", "within", "in", "during", "lasted", "lasting", "the", "more",
                "less", "at", "nearly", "almost", "about", "some", "roughly", "around", "a",
                "قبل", "بعد", "لمده", "مده", "طيله", "طوال", "خلال", "استمرت", "استمر", "دامت",
                "دام", "تستغرق", "يستغرق", "منذ", "علي", "اكثر", "اقل", "نحو", "حوالي", "قرابه"},
               Keys(NumberWords()), Keys(Units())})},
        {&Tagger::MatchDecade, true,
         Join({{"the", "'", "العقد"}, Keys(ArabicDecades()), Keys(ArabicDecades(), "ال")})},
        {&Tagger::MatchYear, true,
         {"the", "year", "nineteen", "eighteen", "عام", "العام", "سنه", "السنه", "عامي"}},
        {&Tagger::MatchRef, false,
         {"now", "currently", "nowadays", "presently", "current", "these", "recently", "lately",
          "the", "future", "soon", "حاليا", "الان", "راهنا", "الوقت", "موخرا", "مؤخرا", "سابقا",
          "قريبا", "وقت", "السابق", "الماضي", "المستقبل", "القريب"}},
        {&Tagger::MatchVagueDay, false, {"يوم"}},
    };
    assert(rules.size() <= 32);
    return rules;
  }();
  return kRules;
}

#ifndef NDEBUG
void Tagger::AssertSkippedRulesFail(size_t i) {
  const std::vector<Rule>& rules = Rules();
  for (size_t r = 0; r < rules.size(); ++r) {
    if (starts_[i] >> r & 1) continue;
    size_t n = out_.size(), next = i;
    bool since = since_pending_, after_modifier = after_modifier_;
    bool matched = (this->*rules[r].match)(i, next);
    assert(!matched && "a rule matched at a first word that Rules() does not list for it");
    out_.resize(n);
    since_pending_ = since;
    after_modifier_ = after_modifier;
  }
}
#endif

uint32_t Tagger::RulesStartingWith(const Token& tok, const std::array<std::string_view, 3>& forms) {
  struct Table {
    WordTable<uint32_t> words;
    uint32_t number = 0;
  };
  static const Table kTable = [] {
    Table table;
    // Most look-ups miss: sparse buckets let a miss end at an empty one.
    table.words.max_load_factor(0.25f);
    const std::vector<Rule>& rules = Rules();
    for (size_t r = 0; r < rules.size(); ++r) {
      uint32_t bit = uint32_t{1} << r;
      if (rules[r].number) table.number |= bit;
      for (const std::string& w : rules[r].words) table.words[w] |= bit;
    }
    return table;
  }();
  uint32_t out = 0;
  auto add = [&](std::string_view word) {
    auto it = kTable.words.find(word);
    if (it != kTable.words.end()) out |= it->second;
  };
  std::string_view f = tok.fold;
  if (tok.is_number || (!f.empty() && IsDigit(f[0]))) out |= kTable.number;
  for (std::string_view form : forms)
    if (!form.empty()) add(form);
  // "Wednesday's" keeps its possessive in a date line (ParseDateLine).
  if (!tok.is_arabic && f.size() > 2 && f.ends_with("'s")) add(f.substr(0, f.size() - 2));
  return out;
}

// "الجمعة مساءً", "أمس صباحا", "Friday night", "yesterday morning": a part
// of the day after a day makes it a TIME.
void Tagger::AddPartOfDay(size_t& next) {
  Timex& t = out_.back();
  if (t.type != TimexType::kDate || !t.start.has_day() || t.value.size() != 10) return;
  static const WordTable<const char*> kParts = {
      {"صباحا", "MO"}, {"مساء", "EV"},   {"مساءا", "EV"},     {"ظهرا", "MI"},
      {"عصرا", "AF"},  {"فجرا", "MO"},   {"ليلا", "NI"},      {"morning", "MO"},
      {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}, {"nights", "NI"}};
  auto it = kParts.find(F(next));
  if (it == kParts.end()) return;
  t.type = TimexType::kTime;
  t.value += std::string("T") + it->second;
  t.span.end = t_[next].end;
  ++next;
}

// "early", "late", "mid-", "مطلع", "أواخر", "أكثر من": words that narrow or
// soften an expression belong to it; the value stays that of the expression.
bool Tagger::MatchModifier(size_t i, size_t& next) {
  size_t k = 0;
  if (IsBare(i, {"نهايه", "عطله"}) && IsBare(i + 1, {"الاسبوع"})) return false;
  if (Is(i, {"early", "late", "mid", "earlier", "later", "nearly", "almost", "mid-"}) ||
      IsBare(i, {"مطلع", "اوايل", "اواخر", "منتصف", "بدايه", "نهايه", "اواسط", "مستهل",
                 "نحو", "حوالي", "قرابه"})) {
    k = 1;
  } else if ((Is(i, {"more", "less", "fewer"}) && Is(i + 1, {"than"})) ||
             (Is(i, {"at"}) && Is(i + 1, {"least", "most"})) ||
             (IsBare(i, {"اكثر", "اقل"}) && Is(i + 1, {"من"})) ||
             (Is(i, {"the"}) && Is(i + 1, {"end", "beginning", "start", "middle"}) &&
              Is(i + 2, {"of"}))) {
    k = Is(i, {"the"}) ? 3 : 2;
  } else if (Is(i, {"end", "beginning", "start"}) && Is(i + 1, {"of"})) {
    k = 2;
  } else {
    return false;
  }
  size_t j = i + k;
  if (F(j) == "-" && Touch(i)) ++j;
  if (j >= t_.size()) return false;
  // "Earlier Friday, lawyers filed...": the adverb orders events within the
  // day; TimeML leaves it out of the expression.
  if (Is(i, {"earlier", "later"}) && FindIn(Weekdays(), j) != Weekdays().end()) return false;
  size_t n = out_.size();
  after_modifier_ = true;
  bool ok = MatchCore(j, next);
  after_modifier_ = false;
  if (!ok || out_.size() != n + 1) {
    out_.resize(n);
    return false;
  }
  out_.back().span.begin = ExpressionBegin(i);
  return true;
}

// Clock times: "الساعة الرابعة فجراً", "الساعة 10:30 صباحا", "4 a.m.",
// "10:30 p.m. EST", "noon Thursday", "5 p.m. EST, Nov. 6".
bool Tagger::MatchClock(size_t i, size_t& next) {
  static const WordMap kArabicHours = {
      {"الواحده", 1}, {"الثانيه", 2}, {"الثالثه", 3}, {"الرابعه", 4},  {"الخامسه", 5},
      {"السادسه", 6}, {"السابعه", 7}, {"الثامنه", 8}, {"التاسعه", 9}, {"العاشره", 10},
      {"الحاديه", 11}};
  int hour = -1, minute = 0;
  size_t j = i;
  bool arabic = false;
  if (IsBare(i, {"الساعه"})) {
    arabic = true;
    j = i + 1;
    if (Num(j) && F(j).size() == 4 && Is(j + 1, {"بتوقيت"}) && LeadingNumber(F(j)) < 2400 &&
        LeadingNumber(F(j)) % 100 < 60) {
      // "الساعة 1847 بتوقيت جرينتش": the wire services' four-digit clock.
      hour = LeadingNumber(F(j)) / 100;
      minute = LeadingNumber(F(j)) % 100;
      ++j;
    } else if (Num(j) && LeadingNumber(F(j)) <= 24) {
      hour = LeadingNumber(F(j));
      ++j;
      if (F(j) == ":" && Num(j + 1)) {
        minute = LeadingNumber(F(j + 1));
        j += 2;
      }
    } else {
      auto it = kArabicHours.find(F(j));
      if (it == kArabicHours.end()) return false;
      hour = it->second;
      ++j;
      if (Is(j, {"عشره", "عشر"})) {
        hour = hour == 2 ? 12 : hour;
        ++j;
      }
    }
    if (Is(j, {"والنصف"}) || (Is(j, {"و"}) && Is(j + 1, {"النصف"}))) {
      minute = 30;
      j += Is(j, {"و"}) ? 2 : 1;
    } else if (Is(j, {"والربع"})) {
      minute = 15;
      ++j;
    } else if (Is(j, {"الا"}) && Is(j + 1, {"ربعا", "ربع"})) {
      hour = hour == 0 ? 23 : hour - 1;
      minute = 45;
      j += 2;
    }
  } else if (Num(i) && !Ar(i)) {
    hour = LeadingNumber(F(i));
    j = i + 1;
    if (F(j) == ":" && Num(j + 1) && Touch(i)) {
      minute = LeadingNumber(F(j + 1));
      j += 2;
    }
    if (!Is(j, {"a.m", "p.m", "am", "pm", "a.m.", "p.m.", "o'clock"})) return false;
  } else if (Is(i, {"noon", "midday", "midnight"})) {
    hour = Is(i, {"midnight"}) ? 24 : 12;
    j = i + 1;
  } else {
    return false;
  }
  if (hour < 0 || hour > 24 || minute > 59) return false;
  // The part of the day that fixes the hour and, after it, maybe the day.
  if (Is(j, {"p.m", "pm", "p.m."})) {
    if (hour < 12) hour += 12;
    ++j;
  } else if (Is(j, {"a.m", "am", "a.m."})) {
    if (hour == 12) hour = 0;
    ++j;
  } else if (Is(j, {"o'clock"})) {
    ++j;
  }
  if (F(j) == "." && !arabic && Touch(j - 1) && j + 1 < t_.size()) ++j;
  if (Is(j, {"est", "edt", "gmt", "utc", "pst", "pdt", "cst", "cdt", "mst", "mdt", "bst"}))
    ++j;
  else if (Is(j, {"local"}) && Is(j + 1, {"time"}))
    j += 2;
  if (arabic) {
    bool pm = false;
    size_t k = j;
    if (Is(k, {"من"})) ++k;
    if (IsBare(k, {"مساء", "مساءا", "ليلا", "عصرا", "عصر", "ليل", "ليله"}) ||
        (Is(k, {"بعد"}) && IsBare(k + 1, {"الظهر", "ظهر"}))) {
      pm = !(IsBare(k, {"ليلا", "ليل", "ليله"}) && hour < 6);
      k += Is(k, {"بعد"}) ? 2 : 1;
      j = k;
    } else if (IsBare(k, {"ظهرا", "ظهر"})) {
      pm = hour < 6;
      j = k + 1;
    } else if (IsBare(k, {"صباحا", "صباح", "فجرا", "فجر"})) {
      j = k + 1;
    }
    if (pm && hour < 12) hour += 12;
  }
  Date day = pub_;
  TimexAnchor anchor = TimexAnchor::kPublication;
  {
    size_t k = j;
    if (F(k) == "," || Is(k, {"on", "من", "يوم"})) ++k;
    if (arabic && IsBare(k, {"يوم"})) ++k;
    Timex got;
    size_t after = k;
    if (TakeDay(k, after, got)) {
      day = got.start;
      anchor = got.anchor;
      j = after;
    }
  }
  if (!day.known() || !day.has_day()) return false;
  next = j;
  Emit(i, next, TimexType::kTime, ClockValue(day, hour, minute), day, day, anchor);
  return true;
}

// "صباح أمس الجمعة", "مساء الجمعة", "ليلة أمس", "الليلة الماضية", "هذا
// الصباح", "this morning", "last night", "tonight".
bool Tagger::MatchPartOfDay(size_t i, size_t& next) {
  if (!pub_.known() || !pub_.has_day()) return false;
  const char* part = nullptr;
  size_t j = i + 1;
  if (Ar(i)) {
    // "الليلة قبل الماضية": the night before last.
    if (IsBare(i, {"الليله"}) && Is(i + 1, {"قبل"}) && Is(i + 2, {"الماضيه"})) {
      Emit(i, i + 3, TimexType::kTime, pub_.AddDays(-2).ToIso() + "TNI", pub_.AddDays(-2),
           Date(), TimexAnchor::kPublication);
      next = i + 3;
      return true;
    }
    // "الليلة الماضية", "الليلة", "هذا الصباح", "هذا المساء", "هذه الليلة".
    if (IsBare(i, {"الليله", "البارحه"}) && RelativeWord(F(i + 1)) == Direction::kPast) {
      Emit(i, i + 2, TimexType::kTime, pub_.AddDays(-1).ToIso() + "TNI", pub_.AddDays(-1),
           Date(), TimexAnchor::kPublication);
      next = i + 2;
      return true;
    }
    if (IsBare(i, {"هذا", "هذه"}) && Is(i + 1, {"الصباح", "المساء", "الليله", "الظهر"})) {
      const char* p = Is(i + 1, {"الصباح"})  ? "MO"
                      : Is(i + 1, {"المساء"}) ? "EV"
                      : Is(i + 1, {"الظهر"})  ? "MI"
                                              : "NI";
      Emit(i, i + 2, TimexType::kTime, pub_.ToIso() + "T" + p, pub_, Date(),
           TimexAnchor::kPublication);
      next = i + 2;
      return true;
    }
    if (IsBare(i, {"بعد"}) && IsBare(i + 1, {"ظهر"})) {
      part = "AF";
      j = i + 2;
    } else {
      auto it = FindIn(ArabicPartsOfDay(), i);
      if (it == ArabicPartsOfDay().end()) return false;
      part = it->second;
    }
    if (IsBare(j, {"يوم"})) ++j;
  } else {
    if (Is(i, {"tonight"})) {
      Emit(i, i + 1, TimexType::kTime, pub_.ToIso() + "TNI", pub_, Date(),
           TimexAnchor::kPublication);
      next = i + 1;
      return true;
    }
    if (Is(i, {"last"}) && Is(i + 1, {"night"})) {
      Emit(i, i + 2, TimexType::kTime, pub_.AddDays(-1).ToIso() + "TNI", pub_.AddDays(-1),
           Date(), TimexAnchor::kPublication);
      next = i + 2;
      return true;
    }
    if (Is(i, {"this"}) && Is(i + 1, {"morning", "afternoon", "evening"})) {
      const char* p = Is(i + 1, {"morning"}) ? "MO" : Is(i + 1, {"afternoon"}) ? "AF" : "EV";
      Emit(i, i + 2, TimexType::kTime, pub_.ToIso() + "T" + p, pub_, Date(),
           TimexAnchor::kPublication);
      next = i + 2;
      return true;
    }
    return false;
  }
  Timex got;
  size_t after = j;
  if (!TakeDay(j, after, got)) return false;
  next = after;
  Emit(i, next, TimexType::kTime, got.start.ToIso() + "T" + part, got.start, Date(), got.anchor);
  return true;
}

// "17-5-2025", "2025/5/17", "17.05.2025", "4/ 8 / 2015", "19/10/1436" (a
// Hijri year), "3/22/2013": digits and separators, read day-first in Arabic
// and month-first in English unless a part is over 12.
bool Tagger::MatchNumeric(size_t i, size_t& next) {
  if (!Num(i)) return false;
  std::array<int, 3> parts{};
  std::array<size_t, 3> lens{};
  size_t count = 0;
  size_t j = i;
  char sep = 0;
  while (j < t_.size()) {
    if (!t_[j].is_number) break;
    // ICU may keep "17.5.2025" as one token: split it here.
    const std::string& f = F(j);
    size_t k = 0;
    while (k < f.size()) {
      size_t start = k;
      while (k < f.size() && f[k] >= '0' && f[k] <= '9') ++k;
      if (k == start || count == 3) return false;
      parts[count] = std::atoi(f.substr(start, k - start).c_str());
      lens[count++] = k - start;
      if (k < f.size()) {
        if (f[k] != '.' && f[k] != '/' && f[k] != '-') return false;
        if (sep != 0 && f[k] != sep) return false;
        sep = f[k];
        ++k;
      }
    }
    ++j;
    // A separator token; "/" may stand between spaces ("4/ 8 / 2015").
    if (j + 1 < t_.size() && (F(j) == "-" || F(j) == "/" || F(j) == ".") && t_[j + 1].is_number &&
        ((t_[j - 1].end == t_[j].begin && t_[j].end == t_[j + 1].begin) ||
         (F(j) == "/" && t_[j].begin - t_[j - 1].end <= 1 && t_[j + 1].begin - t_[j].end <= 1))) {
      if (sep != 0 && F(j)[0] != sep) break;
      sep = F(j)[0];
      ++j;
      continue;
    }
    break;
  }
  if (count != 3) return false;
  int y, m, d;
  if (lens[0] == 4) {
    y = parts[0], m = parts[1], d = parts[2];
  } else if (lens[2] == 4) {
    y = parts[2];
    bool month_first = !arabic_ && sep == '/';
    if (parts[0] > 12) month_first = false;
    if (parts[1] > 12) month_first = true;
    if (month_first) m = parts[0], d = parts[1];
    else d = parts[0], m = parts[1];
  } else {
    return false;
  }
  Date date;
  if (y >= 1300 && y <= 1600) {
    std::optional<Date> g = HijriToGregorian(y, m, d);
    if (!g) return false;
    date = *g;
  } else {
    if (!Date::IsValidDay(y, m, d)) return false;
    date = Date::Day(y, m, d);
  }
  next = j;
  if (F(next) == "ه" || F(next) == "هـ" || F(next) == "م") ++next;
  EmitDate(i, next, date, TimexAnchor::kExplicit);
  return true;
}

// "17 مايو 2025", "11 مايو/أيار الجاري", "24 فبراير/شباط 2022", "17 May",
// "15 ذو القعدة 1446هـ", and ranges "15-16 May", "من 15 إلى 16 مايو".
bool Tagger::MatchDayMonth(size_t i, size_t& next) {
  size_t first = i;
  size_t digits = 0;
  int day = LeadingNumber(F(i), &digits);
  if (day < 1 || day > 31 || digits > 2) return false;
  if (!Num(i)) {
    // English ordinal "17th" is a word token.
    std::string rest = F(i).substr(digits);
    if (rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return false;
  } else if (F(i).size() != digits) {
    return false;
  }
  size_t j = i + 1;
  int end_day = 0;
  // "15-16 May", "15 و16 مايو", "15 إلى 16 مايو", "15 and 16 May".
  if (j + 1 < t_.size() && (F(j) == "-" || Is(j, {"الي", "حتي", "and", "to", "و"})) &&
      t_[j + 1].is_number) {
    int d2 = LeadingNumber(F(j + 1));
    if (d2 > day && d2 <= 31) {
      end_day = d2;
      j += 2;
    }
  } else if (Ar(j) && StartsWith(F(j), "و") && F(j).size() > 2 && F(j).size() <= 4 &&
             LeadingNumber(F(j).substr(2)) > 0) {
    int d2 = LeadingNumber(F(j).substr(2));
    if (d2 > day && d2 <= 31) {
      end_day = d2;
      j += 1;
    }
  }
  if (Is(j, {"of"})) ++j;
  bool hijri = false;
  int month = TakeMonth(j, hijri);
  if (month == 0) return false;
  size_t year_at = F(j) == "," ? j + 1 : j;
  if (hijri) {
    // "16 رمضان عام 1395هـ": the word for year may come first.
    size_t y_at = IsBare(j, {"عام", "العام", "سنه"}) && LeadingNumber(F(j + 1)) > 0 ? j + 1 : j;
    int hy = LeadingNumber(F(y_at));
    if (hy >= 1300 && hy <= 1600) {
      j = y_at + 1;
      if (F(j) == "ه" || F(j) == "هـ") ++j;
      std::optional<Date> g = HijriToGregorian(hy, month, day);
      if (!g) return false;
      next = j;
      Date end;
      if (end_day) {
        std::optional<Date> g2 = HijriToGregorian(hy, month, end_day);
        if (g2) end = *g2;
      }
      EmitDate(first, next, *g, TimexAnchor::kExplicit, end);
      return true;
    }
    // "13 شوال", "20 رمضان الماضي": the year from the publication's.
    Direction dir = RelativeWord(F(j));
    if (dir != Direction::kNone) ++j;
    std::optional<Date> g = HijriWithoutYear(month, day, dir, i);
    if (!g) return false;
    Date end;
    if (end_day) end = g->AddDays(end_day - day);
    next = j;
    EmitDate(first, next, *g, TimexAnchor::kPublication, end);
    return true;
  }
  size_t year_next = year_at;
  int year = YearAt(year_at, year_next);
  Date start;
  TimexAnchor anchor = TimexAnchor::kExplicit;
  if (year != 0) {
    j = year_next;
    if (!Date::IsValidDay(year, month, day)) return false;
    start = Date::Day(year, month, day);
  } else {
    Direction dir = Ar(j) ? RelativeWord(F(j)) : Direction::kNone;
    if (dir != Direction::kNone) ++j;
    if (!pub_.known()) return false;
    if (dir == Direction::kNone && i > 0 && Is(i - 1, {"ended"})) dir = Direction::kPast;
    start = NearestYear(month, day, dir, FutureNear(i), PastNear(i));
    if (!start.known()) return false;
    anchor = TimexAnchor::kPublication;
  }
  Date end;
  if (end_day && Date::IsValidDay(start.year, month, end_day))
    end = Date::Day(start.year, month, end_day);
  next = j;
  EmitDate(first, next, start, anchor, end);
  return true;
}

// Days written as Arabic ordinals: "الخامس عشر من مايو", "الأول من شهر
// أغسطس المقبل", "الحادي والعشرين من مارس 2015", "العاشر من ذي الحجة
// 1436هـ", "العشرين من شوال الماضي".
bool Tagger::MatchOrdinalDay(size_t i, size_t& next) {
  if (!Ar(i)) return false;
  // "الأسبوع الأول من أغسطس" is a week: the ordinal belongs to the noun before.
  if (i > 0 && Ar(i - 1) && StartsWith(NoConj(i - 1), "ال") &&
      (Units().count(NoConj(i - 1).substr(4)) || IsBare(i - 1, {"الربع", "النصف", "الجزء"})))
    return false;
  size_t j = i;
  int day = 0;
  auto unit = FindIn(ArabicOrdinals(), j);
  auto tens = FindIn(ArabicOrdinalTens(), j);
  if (tens != ArabicOrdinalTens().end()) {
    day = tens->second;
    ++j;
  } else if (unit != ArabicOrdinals().end()) {
    day = unit->second;
    ++j;
    if (day < 10 && Is(j, {"عشر"})) {
      day += 10;
      ++j;
    } else if (day < 10) {
      // "الحادي والعشرين", "الثاني و العشرين".
      size_t k = Is(j, {"و"}) ? j + 1 : j;
      std::string_view f = k == j ? NoConj(k) : F(k);
      if ((k == j && StartsWith(F(k), "و")) || k > j) {
        auto t = ArabicOrdinalTens().find(f);
        if (t != ArabicOrdinalTens().end()) {
          day += t->second;
          j = k + 1;
        }
      }
    }
    if (day == 1 && unit->first == "الحادي") return false;  // "الحادي" needs its tens
  } else {
    return false;
  }
  if (day < 1 || day > 31 || !Is(j, {"من"})) return false;
  ++j;
  if (IsBare(j, {"شهر"})) ++j;
  bool hijri = false;
  int month = TakeMonth(j, hijri);
  if (month == 0) return false;
  Direction dir = Direction::kNone;
  int year = 0;
  if (hijri) {
    int hy = LeadingNumber(F(j));
    if (hy >= 1300 && hy <= 1600) {
      year = hy;
      ++j;
      if (F(j) == "ه" || F(j) == "هـ") ++j;
    }
  } else {
    size_t yn = j;
    if (IsBare(j, {"عام", "العام", "سنه"})) ++yn;
    size_t y_end = yn;
    year = YearAt(yn, y_end);
    if (year != 0) j = y_end;
  }
  if (year == 0) {
    dir = RelativeWord(F(j));
    if (dir != Direction::kNone) ++j;
  }
  if (!pub_.known() && year == 0) return false;
  Date start;
  TimexAnchor anchor = year != 0 ? TimexAnchor::kExplicit : TimexAnchor::kPublication;
  if (hijri) {
    std::optional<Date> g =
        year != 0 ? HijriToGregorian(year, month, day) : HijriWithoutYear(month, day, dir, i);
    if (!g) return false;
    start = *g;
  } else if (year != 0) {
    if (!Date::IsValidDay(year, month, day)) return false;
    start = Date::Day(year, month, day);
  } else {
    if (dir == Direction::kCurrent) {
      if (!Date::IsValidDay(pub_.year, month, day)) return false;
      start = Date::Day(pub_.year, month, day);
    } else {
      start = NearestYear(month, day, dir, FutureNear(i));
    }
    if (!start.known()) return false;
  }
  next = j;
  EmitDate(i, next, start, anchor);
  return true;
}

// "May 17, 2025", "May 17th", "May 2025", "مايو 2025", "مايو الماضي",
// "in March", "أيار/مايو 2025", "شهر سبتمبر أو أكتوبر المقبلين".
bool Tagger::MatchMonthFirst(size_t i, size_t& next) {
  size_t j = i;
  Direction dir = Ar(i) ? Direction::kNone : RelativeWord(F(i));
  bool english_rel = dir != Direction::kNone;
  if (english_rel) ++j;
  bool shahr = IsBare(j, {"شهر", "شهري"});
  if (shahr) ++j;
  size_t after = j;
  int month = GregorianMonthAt(j, after);
  if (month == 0) return false;
  size_t month_at = j;
  j = after;
  SkipTwinMonth(month, j);
  // English "May 17, 2025" / "May 17th".
  if (!Ar(month_at) && j < t_.size()) {
    size_t digits = 0;
    int day = LeadingNumber(F(j), &digits);
    std::string rest = F(j).substr(digits);
    size_t day_end = j + 1;
    if (digits == 0) {
      // "March eighth", "May twenty-first", as transcripts write them.
      day = OrdinalWordAt(j, day_end);
      rest.clear();
    }
    if (day >= 1 && day <= 31 && digits <= 2 &&
        (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th") &&
        !(F(j + 1) == ":" && Touch(j) && Num(j + 2) && Touch(j + 1))) {
      size_t k = day_end;
      if (F(k) == ",") ++k;
      size_t yn = k;
      int year = YearAt(k, yn);
      if (year != 0 && Date::IsValidDay(year, month, day)) {
        next = yn;
        EmitDate(i, next, Date::Day(year, month, day), TimexAnchor::kExplicit);
        return true;
      }
      if (!pub_.known()) return false;
      // "the year ended March 31": a period that has closed.
      if (dir == Direction::kNone && i > 0 && Is(i - 1, {"ended"})) dir = Direction::kPast;
      Date d = NearestYear(month, day, dir, FutureNear(i), PastNear(i));
      if (!d.known()) return false;
      next = day_end;
      EmitDate(i, next, d, TimexAnchor::kPublication);
      return true;
    }
  }
  if (F(j) == "," && YearAt(j + 1, after) != 0) ++j;
  size_t yn = j;
  int year = YearAt(j, yn);
  if (year == 0 && Is(j, {"of"})) year = YearAt(j + 1, yn);
  if (year != 0) {
    next = yn;
    EmitDate(i, next, Date::Month(year, month), TimexAnchor::kExplicit);
    return true;
  }
  // "سبتمبر أو أكتوبر المقبلين": a second month closes a range.
  int month2 = 0;
  if (Is(j, {"او", "الي", "حتي", "-", "or", "to", "through"}) || Is(j, {"و"})) {
    size_t a2 = j + 1;
    month2 = GregorianMonthAt(j + 1, a2);
    if (month2 != 0) {
      j = a2;
      SkipTwinMonth(month2, j);
    }
  } else if (Ar(j) && StartsWith(F(j), "و")) {
    size_t a2 = j;
    month2 = GregorianMonthAt(j, a2);
    if (month2 != 0) j = a2;
  }
  if (!english_rel && Ar(j)) {
    dir = RelativeWord(F(j));
    if (dir != Direction::kNone) ++j;
  }
  // English "last year" after a month: "June last year", "January this year".
  if (!english_rel && !Ar(j) && RelativeWord(F(j)) != Direction::kNone && Is(j + 1, {"year"})) {
    Direction yd = RelativeWord(F(j));
    int y = pub_.year + (yd == Direction::kPast ? -1 : yd == Direction::kFuture ? 1 : 0);
    next = j + 2;
    EmitDate(i, next, Date::Month(y, month), TimexAnchor::kPublication);
    return true;
  }
  // A bare month needs some sign it is a date: a preposition before it, a
  // relative word, the Arabic word "شهر", or (English) a capital letter.
  bool english_cap = !Ar(month_at) && Cap(month_at) && F(month_at) != "may" &&
                     !(F(month_at) == "march" && month_at == 0) &&
                     !(F(month_at).size() <= 4 && F(month_at + 1) != ".");
  bool cue = dir != Direction::kNone || shahr || english_cap || after_modifier_ ||
             month2 != 0 ||
             (i > 0 && (IsBare(i - 1, {"في", "خلال", "منذ", "حتي", "مطلع", "اوايل", "اواخر",
                                       "نهايه", "منتصف", "بدايه", "قبل", "بعد"}) ||
                        Is(i - 1, {"in", "since", "during", "until", "early", "late", "mid",
                                   "by", "last", "next", "this", "through", "before",
                                   "after", "from", "of", "till", "to"})));
  if (!cue || !pub_.known()) return false;
  bool future = FutureNear(i);
  Date d = MonthYear(month, dir, future);
  Date end = d;
  if (month2 != 0) {
    end = Date::Month(month2 >= month ? d.year : d.year + 1, month2);
  }
  next = j;
  Emit(i, next, TimexType::kDate, d.ToIso(), d, end, TimexAnchor::kPublication);
  return true;
}

// Hijri months without a day: "رمضان المقبل", "شهر رمضان", "رمضان 1446".
// A Hijri month straddles two Gregorian months, so the value is the day it
// begins (Umm al-Qura, as ICU computes it) and the range runs to its last
// day, like any range given as one expression (TIMEX.md). Without a
// relative word or year the month meant is the one nearest the date.
bool Tagger::MatchHijriMonth(size_t i, size_t& next) {
  size_t j = i;
  bool shahr = IsBare(j, {"شهر"});
  if (shahr) ++j;
  size_t after = j;
  int month = HijriMonthAt(j, after);
  if (month == 0) return false;
  // "صفر" is also "zero": it needs "شهر", a year or a relative word.
  j = after;
  int hy = 0;
  Direction dir = Direction::kNone;
  if (Num(j) && LeadingNumber(F(j)) >= 1300 && LeadingNumber(F(j)) <= 1600) {
    hy = LeadingNumber(F(j));
    ++j;
    if (F(j) == "ه" || F(j) == "هـ") ++j;
  } else {
    dir = RelativeWord(F(j));
    if (dir != Direction::kNone) ++j;
  }
  // "أواخر رمضان", "في شوال", "خلال رمضان": a modifier or a preposition is
  // cue enough, except for "صفر".
  bool cue = shahr || (month != 2 && (after_modifier_ ||
                                      (i > 0 && IsBare(i - 1, {"في", "خلال", "منذ", "حتي", "قبل",
                                                               "بعد", "طوال", "طيله"}))));
  if (hy == 0 && dir == Direction::kNone && !cue) return false;
  if (hy == 0) {
    int py = 0, pm = 0, pd = 0;
    if (!pub_.known() || !GregorianToHijri(pub_, py, pm, pd)) return false;
    hy = py;
    if (dir == Direction::kFuture && month <= pm) ++hy;
    if (dir == Direction::kPast && month >= pm) --hy;
    if (dir == Direction::kNone && month - pm > 6) --hy;
    if (dir == Direction::kNone && pm - month > 6) ++hy;
  }
  std::optional<Date> start = HijriToGregorian(hy, month, 1);
  std::optional<Date> after_end =
      month == 12 ? HijriToGregorian(hy + 1, 1, 1) : HijriToGregorian(hy, month + 1, 1);
  if (!start || !after_end) return false;
  next = j;
  EmitDate(i, next, *start, TimexAnchor::kPublication, after_end->AddDays(-1));
  return true;
}

// "يوم الخميس", "الخميس الماضي", "يومي الخميس والجمعة", "اليوم السبت",
// "Tuesday", "last Monday", "Wednesday's talks", "Thursday and Friday",
// "يوم الثلاثاء 19/10/1436", "Monday, Oct. 26".
bool Tagger::MatchWeekday(size_t i, size_t& next) {
  if (!pub_.known() || !pub_.has_day()) return false;
  size_t j = i;
  Direction dir = Direction::kNone;
  bool bracket = false;
  if (IsBare(j, {"يوم", "يومي"})) {
    ++j;
    // "يوم (السبت) المقبل".
    if (F(j) == "(" && F(j + 2) == ")" && FindIn(Weekdays(), j + 1) != Weekdays().end()) {
      bracket = true;
      ++j;
    }
  } else if (!Ar(j) && (Is(j, {"last", "next", "this", "coming"}) ||
                        (Is(j, {"this"}) && Is(j + 1, {"past", "coming"})))) {
    dir = RelativeWord(F(j));
    ++j;
    if (Is(j, {"past", "coming"})) dir = RelativeWord(F(j++));
  }
  if (j >= t_.size()) return false;
  auto it = FindIn(Weekdays(), j);
  if (it == Weekdays().end() && !Ar(j) && F(j).size() > 2 &&
      F(j).compare(F(j).size() - 2, 2, "'s") == 0)
    it = Weekdays().find(F(j).substr(0, F(j).size() - 2));  // "Wednesday's"
  if (it == Weekdays().end()) return false;
  int wd = it->second;
  bool possessive = (F(j).size() > 2 && F(j).compare(F(j).size() - 2, 2, "'s") == 0) ||
                    F(j + 1) == "'s" || F(j + 1) == "\xe2\x80\x99s";
  size_t wd_tok = j;
  ++j;
  if (bracket) ++j;
  // "السبت 17-5-2025", "Monday, Oct. 26": the weekday names the date after it.
  {
    size_t k = j;
    if (F(k) == ",") ++k;
    size_t n = out_.size();
    size_t after = k;
    bool since = since_pending_;
    if (k < t_.size() && (MatchNumeric(k, after) || MatchDayMonth(k, after) ||
                          MatchMonthFirst(k, after))) {
      if (out_.size() == n + 1 && out_.back().start.has_day()) {
        Timex& got = out_.back();
        // "Saturday, April 25" without a year: the year in which the two agree.
        if (got.anchor == TimexAnchor::kPublication && Weekday(got.start) != wd) {
          for (int dy : {-1, 1}) {
            Date alt = Date::Day(got.start.year + dy, got.start.month, got.start.day);
            if (Date::IsValidDay(alt.year, alt.month, alt.day) && Weekday(alt) == wd) {
              got.start = got.end = alt;
              got.value = alt.ToIso();
              break;
            }
          }
        }
        out_.back().span.begin = ExpressionBegin(i);
        out_.back().since = since;
        since_pending_ = false;
        next = after;
        return true;
      }
      out_.resize(n);
    }
    since_pending_ = since;
  }
  // A second weekday: "والجمعة", "and Friday", "و الجمعة".
  int wd2 = -1;
  size_t k = j;
  if (Is(k, {"and", "to", "و", "through", "or"})) ++k;
  if (k < t_.size() && (k != j || StartsWith(F(k), "و"))) {
    auto it2 = FindIn(Weekdays(), k);
    if (it2 != Weekdays().end() && k != wd_tok && it2->second != wd) {
      wd2 = it2->second;
      j = k + 1;
    }
  }
  if (dir == Direction::kNone) {
    Direction after = Ar(j) ? RelativeWord(F(j)) : Direction::kNone;
    if (after != Direction::kNone && after != Direction::kCurrent) {
      dir = after;
      ++j;
    }
  }
  bool future = FutureNear(i, possessive);
  Date d = ResolveWeekday(wd, dir, future);
  Date end;
  if (wd2 >= 0) {
    int span = (wd2 - wd + 7) % 7;
    end = d.AddDays(span);
    if (end > pub_ && !(dir == Direction::kFuture || future)) {
      d = d.AddDays(-7);
      end = end.AddDays(-7);
    }
  }
  next = j;
  EmitDate(i, next, d, TimexAnchor::kPublication, end);
  return true;
}

// "اليوم", "أمس", "أول أمس", "غداً", "بعد غد", "أمس الجمعة", "today",
// "yesterday", "the day before yesterday".
bool Tagger::MatchRelativeWord(size_t i, size_t& next) {
  if (!pub_.known() || !pub_.has_day()) return false;
  int offset = 0;
  size_t j = i + 1;
  if (IsBare(i, {"امس", "البارحه", "الامس"})) {
    offset = -1;
    if (Is(j, {"الاول"})) {
      offset = -2;
      ++j;
    }
  } else if (IsBare(i, {"اول"}) &&
             (Is(i + 1, {"امس"}) || (Is(i + 1, {"من"}) && Is(i + 2, {"امس"})))) {
    offset = -2;
    j = Is(i + 1, {"امس"}) ? i + 2 : i + 3;
  } else if (IsBare(i, {"غدا", "الغد"}) ||
             (Is(i, {"غد"}) && i > 0 && IsBare(i - 1, {"صباح", "مساء", "ظهر", "عصر", "يوم",
                                                      "ليله", "فجر"}))) {
    // "غد" alone is "tomorrow" after a part of the day: "مساء غد الأحد".
    offset = 1;
  } else if (IsBare(i, {"بعد"}) && Is(i + 1, {"غد"})) {
    offset = 2;
    j = i + 2;
  } else if (IsBare(i, {"اليوم"}) && !(i > 0 && IsBare(i - 1, {"حتي", "الي"})) &&
             !(Ar(i + 1) && Is(i + 1, {"العالمي", "الوطني", "الدولي", "التالي", "نفسه",
                                       "ذاته", "الذي", "التي", "الاول", "الثاني", "الاخير",
                                       "السابق", "الموعود"}))) {
    // "حتى اليوم" means "to this day", "اليوم العالمي" a world day and
    // "اليوم التالي" the day after something: not the publication date.
    offset = 0;
  } else if (Is(i, {"today"})) {
    offset = 0;
  } else if (Is(i, {"yesterday"})) {
    offset = -1;
  } else if (Is(i, {"tomorrow"})) {
    offset = 1;
  } else if (Is(i, {"the"}) && Is(i + 1, {"day"}) && Is(i + 2, {"before", "after"}) &&
             Is(i + 3, {"yesterday", "tomorrow"})) {
    offset = Is(i + 3, {"yesterday"}) ? -2 : 2;
    j = i + 4;
  } else {
    return false;
  }
  Date d = pub_.AddDays(offset);
  // "أمس الجمعة", "اليوم السبت": the weekday is what the writer saw; a page
  // dated a day late or early keeps it.
  size_t k = j;
  if (F(k) == ",") ++k;
  // Saudi papers put the weekday in brackets: "اليوم (الاثنين)", "أمس (الأحد)".
  bool bracket = F(k) == "(" && F(k + 2) == ")";
  if (bracket) ++k;
  auto it = FindIn(Weekdays(), k);
  if (it != Weekdays().end()) {
    d = NearestWeekday(d, it->second);
    j = k + 1 + (bracket ? 1 : 0);
  }
  next = j;
  EmitDate(i, next, d, TimexAnchor::kPublication);
  return true;
}

// PRESENT_REF, PAST_REF, FUTURE_REF: "حاليا", "الآن", "في الوقت الراهن",
// "مؤخرا", "في السابق", "في المستقبل", "now", "currently", "recently",
// "the past", "the future", "soon".
bool Tagger::MatchRef(size_t i, size_t& next) {
  const char* value = nullptr;
  size_t j = i + 1;
  bool after_fi = i > 0 && IsBare(i - 1, {"في"});
  if (IsBare(i, {"حاليا", "الان", "راهنا"})) {
    value = "PRESENT_REF";
  } else if (IsBare(i, {"الوقت"}) && Is(i + 1, {"الحالي", "الراهن"})) {
    value = "PRESENT_REF";
    j = i + 2;
  } else if (IsBare(i, {"موخرا", "مؤخرا", "سابقا"})) {
    value = "PAST_REF";
  } else if (IsBare(i, {"قريبا"})) {
    value = "FUTURE_REF";
  } else if (after_fi && IsBare(i, {"وقت"}) && Is(i + 1, {"سابق", "لاحق"})) {
    value = Is(i + 1, {"سابق"}) ? "PAST_REF" : "FUTURE_REF";
    j = i + 2;
  } else if (after_fi && IsBare(i, {"السابق", "الماضي"})) {
    value = "PAST_REF";
  } else if ((after_fi || (i > 0 && IsBare(i - 1, {"مستقبل"}))) && IsBare(i, {"المستقبل"})) {
    value = "FUTURE_REF";
    if (Is(j, {"القريب", "البعيد", "المنظور"})) ++j;
  } else if (after_fi && IsBare(i, {"القريب"}) && Is(i + 1, {"العاجل"})) {
    value = "FUTURE_REF";
    j = i + 2;
  } else if (Ar(i)) {
    return false;
  } else if (Is(i, {"now", "currently", "nowadays", "presently"})) {
    value = "PRESENT_REF";
  } else if (Is(i, {"current"}) && !Is(i + 1, {"account", "accounts", "affairs", "events"})) {
    value = "PRESENT_REF";
  } else if (Is(i, {"these"}) && Is(i + 1, {"days"})) {
    value = "PRESENT_REF";
    j = i + 2;
  } else if (Is(i, {"recently", "lately"})) {
    value = "PAST_REF";
  } else if (Is(i, {"the"}) && Is(i + 1, {"past"}) && !Num(i + 2) &&
             !Units().count(F(i + 2)) && !NumberWords().count(F(i + 2))) {
    value = "PAST_REF";
    j = i + 2;
  } else if (Is(i, {"the"}) && Is(i + 1, {"future"})) {
    value = "FUTURE_REF";
    j = i + 2;
  } else if (Is(i, {"the"}) && Is(i + 1, {"near", "short"}) && Is(i + 2, {"term"}) &&
             i > 0 && Is(i - 1, {"in", "of", "for", "over"})) {
    value = "FUTURE_REF";
    j = i + 3;
  } else if (Is(i, {"the"}) && Is(i + 1, {"near", "foreseeable", "distant"}) &&
             Is(i + 2, {"future"})) {
    value = "FUTURE_REF";
    j = i + 3;
  } else if (Is(i, {"future"}) && i > 0 && Is(i - 1, {"in", "near"})) {
    value = "FUTURE_REF";
  } else if (Is(i, {"soon"}) && !Is(i + 1, {"as", "after"}) && !(i > 0 && Is(i - 1, {"as"}))) {
    value = "FUTURE_REF";
  } else {
    return false;
  }
  next = j;
  Date start = std::string(value) == "PRESENT_REF" ? pub_ : Date();
  Emit(i, next, TimexType::kDate, value, start, start, TimexAnchor::kPublication);
  return true;
}

// SET: "يومياً", "أسبوعيا", "كل عام", "كل يوم جمعة", "daily", "every week",
// "each Thursday", "annually".
bool Tagger::MatchSet(size_t i, size_t& next) {
  auto it = FindIn(SetAdverbs(), i);
  if (it != SetAdverbs().end()) {
    next = i + 1;
    Emit(i, next, TimexType::kSet, it->second, Date(), Date(), TimexAnchor::kExplicit);
    return true;
  }
  // "$5 million a year", "twice a week": a rate.
  if (Is(i, {"a", "per"}) && i > 0 &&
      (Num(i - 1) || Is(i - 1, {"twice", "once", "times", "percent", "%", "million", "billion",
                                "thousand", "dollars"}))) {
    auto unit = Units().find(F(i + 1));
    if (unit != Units().end() && unit->second.implied_count == 1 &&
        !Is(i + 2, {"ago", "earlier", "later", "before", "after"})) {
      next = i + 2;
      Emit(i, next, TimexType::kSet, DurationValue(1, unit->second.letter), Date(), Date(),
           TimexAnchor::kExplicit);
      return true;
    }
  }
  if (!(IsBare(i, {"كل"}) || Is(i, {"every", "each"}))) return false;
  size_t j = i + 1;
  if (IsBare(j, {"يوم"}) && FindIn(Weekdays(), j + 1) == Weekdays().end() &&
      Ar(j + 1) && Weekdays().count("ال" + F(j + 1))) {
    // "كل يوم جمعة".
    int wd = Weekdays().at("ال" + F(j + 1));
    next = j + 2;
    Emit(i, next, TimexType::kSet, "XXXX-WXX-" + std::to_string(wd == 0 ? 7 : wd), Date(),
         Date(), TimexAnchor::kExplicit);
    return true;
  }
  {
    // "each July", "every March".
    size_t after = j;
    int month = Ar(j) ? 0 : GregorianMonthAt(j, after);
    if (month != 0 && !Num(after)) {
      next = after;
      Emit(i, next, TimexType::kSet, std::string("XXXX-") + (month < 10 ? "0" : "") +
                                         std::to_string(month),
           Date(), Date(), TimexAnchor::kExplicit);
      return true;
    }
  }
  auto wd_it = FindIn(Weekdays(), j);
  if (wd_it != Weekdays().end()) {
    next = j + 1;
    int wd = wd_it->second;
    Emit(i, next, TimexType::kSet, "XXXX-WXX-" + std::to_string(wd == 0 ? 7 : wd), Date(),
         Date(), TimexAnchor::kExplicit);
    return true;
  }
  int count = 1;
  if (Num(j)) {
    count = LeadingNumber(F(j));
    ++j;
  } else if (NumberWords().count(F(j)) && NumberWords().at(F(j)) > 1) {
    count = NumberWords().at(F(j));
    ++j;
  }
  auto unit_it = FindIn(Units(), j);
  if (unit_it == Units().end() || count <= 0) return false;
  if (unit_it->second.implied_count == 2) count = 2;
  next = j + 1;
  Emit(i, next, TimexType::kSet, DurationValue(count, unit_it->second.letter), Date(), Date(),
       TimexAnchor::kExplicit);
  return true;
}

// "the third quarter", "third-quarter", "the fourth quarter of 1989", "the
// first half", "fiscal 1990", "the latest quarter".
bool Tagger::MatchQuarter(size_t i, size_t& next) {
  if (Ar(i) || !pub_.known()) return false;
  static const WordMap kOrdinals = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4},
                                    {"1st", 1},   {"2nd", 2},    {"3rd", 3},   {"4th", 4}};
  size_t j = i;
  // The quarter and its year: the last quarter to have ended before the
  // publication; `back` years earlier for the comparisons.
  auto last_quarter = [&](int back) {
    int q = (pub_.month - 1) / 3;
    int y = pub_.year - back;
    if (q == 0) {
      q = 4;
      --y;
    }
    return std::to_string(y) + "-Q" + std::to_string(q);
  };
  // "year-earlier results", "year-ago levels": the same period a year back,
  // a quarter in results news.
  {
    size_t k = Is(j, {"the"}) ? j + 1 : j;
    if (Is(k, {"year"}) && F(k + 1) == "-" && Is(k + 2, {"earlier", "ago"}) && Touch(k)) {
      static const WordMap kNth = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};
      auto nth = kNth.find(F(k + 3));
      Date y = Date::Year(pub_.year - 1);
      if (nth != kNth.end() && Is(k + 4, {"quarter"})) {
        // "the year-ago third quarter".
        next = k + 5;
        Emit(i, next, TimexType::kDate, y.ToIso() + "-Q" + std::to_string(nth->second), y, y,
             TimexAnchor::kPublication);
        return true;
      }
      if (k == j && !Is(k + 3, {"quarter", "period", "periods", "quarters", "months"}) &&
          !Num(k + 3) && !NumberWords().count(F(k + 3))) {
        next = k + 3;
        Emit(i, next, TimexType::kDate, quarterly_ ? last_quarter(1) : y.ToIso(), y, y,
             TimexAnchor::kPublication);
        return true;
      }
    }
  }
  // "the current quarter", "the current fiscal year".
  if (Is(j, {"the"}) && Is(j + 1, {"current"})) {
    size_t k = j + 2;
    if (Is(k, {"fiscal", "calendar"})) ++k;
    if (Is(k, {"year", "quarter"})) {
      next = k + 1;
      Date y = Date::Year(pub_.year);
      std::string value = y.ToIso();
      if (Is(k, {"quarter"})) value += "-Q" + std::to_string((pub_.month - 1) / 3 + 1);
      Emit(i, next, TimexType::kDate, value, y, y, TimexAnchor::kPublication);
      return true;
    }
  }
  // "this year's third quarter", "last year's quarter".
  if (Is(j, {"this", "last", "next"}) && Is(j + 1, {"year"}) && F(j + 2) == "'s") {
    int y = pub_.year + (Is(j, {"last"}) ? -1 : Is(j, {"next"}) ? 1 : 0);
    size_t k = j + 3;
    static const WordMap kNth = {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}};
    auto nth = kNth.find(F(k));
    if (nth != kNth.end()) ++k;
    if (F(k) == "-" && Touch(k - 1)) ++k;
    if (Is(k, {"quarter"}) && (nth != kNth.end() || Is(j, {"last"}))) {
      next = k + 1;
      std::string value = nth != kNth.end()
                              ? std::to_string(y) + "-Q" + std::to_string(nth->second)
                              : last_quarter(1);
      Emit(i, next, TimexType::kDate, value, Date::Year(y), Date::Year(y),
           TimexAnchor::kPublication);
      return true;
    }
  }
  if (Is(j, {"the"})) ++j;
  if (Is(j, {"fiscal"})) {
    size_t yn = j + 1;
    int y = YearAt(j + 1, yn);
    if (y != 0) {
      next = yn;
      EmitDate(i, next, Date::Year(y), TimexAnchor::kExplicit);
      return true;
    }
    if (j > i) ++j;
  }
  auto it = kOrdinals.find(F(j));
  if (it != kOrdinals.end()) {
    size_t k = j + 1;
    if (F(k) == "-" && Touch(j)) {
      ++k;
      // "the third-quarter results": the article belongs to "results".
      if (Is(i, {"the"})) i = i + 1;
    }
    bool quarter = Is(k, {"quarter"});
    bool half = Is(k, {"half"}) && it->second <= 2;
    if (!quarter && !half) return false;
    ++k;
    int y = pub_.year;
    size_t yn = k;
    if (Is(k, {"of"}) && YearAt(k + 1, yn) != 0) {
      y = YearAt(k + 1, yn);
      k = yn;
    } else if (YearAt(k, yn) != 0) {
      y = YearAt(k, yn);
      k = yn;
    }
    next = k;
    std::string value = std::to_string(y) + (quarter ? "-Q" : "-H") + std::to_string(it->second);
    Emit(i, next, TimexType::kDate, value, Date::Year(y), Date::Year(y),
         TimexAnchor::kPublication);
    return true;
  }
  // "the quarter", "the latest quarter", "the year-earlier quarter": in
  // business news, the last quarter to have ended before the publication
  // (a year back for the comparisons).
  int back = 0;
  size_t k = j;
  if (j > i && Is(k, {"latest", "last", "recent", "past", "most"})) {
    if (Is(k, {"most"})) ++k;
    ++k;
  }
  if (Is(k, {"year"}) && F(k + 1) == "-" && Is(k + 2, {"earlier", "ago"})) {
    back = 1;
    k += 3;
  }
  bool latest = k > j && Is(j, {"latest"});
  if ((j > i || back) &&
      (Is(k, {"quarter"}) || ((back || (latest && quarterly_)) && Is(k, {"period"})))) {
    int q = (pub_.month - 1) / 3;  // the current quarter, 0-based
    int y = pub_.year - back;
    if (q == 0) {
      q = 4;
      --y;
    }
    next = k + 1;
    Emit(i, next, TimexType::kDate, std::to_string(y) + "-Q" + std::to_string(q), Date::Year(y),
         Date::Year(y), TimexAnchor::kPublication);
    return true;
  }
  return false;
}

// Seasons: "الصيف", "صيف 2015", "الشتاء الماضي", "last fall", "this summer".
bool Tagger::MatchSeason(size_t i, size_t& next) {
  if (!pub_.known()) return false;
  size_t j = i;
  Direction dir = Direction::kNone;
  bool cue = false;
  if (!Ar(j) && (Is(j, {"last", "next", "this", "coming"}) || Is(j, {"the"}))) {
    dir = RelativeWord(F(j));
    cue = dir != Direction::kNone;
    ++j;
    if (Is(j, {"past"}) && dir == Direction::kCurrent) {
      dir = Direction::kPast;
      ++j;
    }
  } else if (IsBare(j, {"هذا"})) {
    dir = Direction::kCurrent;
    cue = true;
    ++j;
  }
  auto it = FindIn(Seasons(), j);
  if (it == Seasons().end()) return false;
  std::string_view f = NoConj(j);
  bool articled = Ar(j) ? StartsWith(f, "ال") || !forms_[j][2].empty() : false;
  ++j;
  // "الربيع العربي" is a movement, "the fall of Rome" an event; "the winter
  // of 1994" is a season.
  {
    size_t of_year = j + 1;
    if (Is(j, {"of"}) && YearAt(j + 1, of_year) != 0) ++j;
  }
  if (Is(j, {"العربي", "of"})) return false;
  int y = pub_.year;
  size_t yn = j;
  int year = YearAt(j, yn);
  if (year != 0) {
    y = year;
    j = yn;
  } else {
    if (Ar(j) && RelativeWord(F(j)) != Direction::kNone) {
      dir = RelativeWord(F(j));
      cue = true;
      ++j;
    }
    if (!cue && !Ar(i) && !(i > 0 && Is(i - 1, {"in", "during", "this", "by", "until", "since"})) &&
        !Is(i, {"the"}))
      return false;
    if (!cue && Ar(i) && !articled) return false;
    static const WordTable<int> kFirstMonth = {
        {"SP", 3}, {"SU", 6}, {"FA", 9}, {"WI", 12}};
    int first = kFirstMonth.at(it->second);
    if (dir == Direction::kPast && pub_.month < first + 3) --y;
    if (dir == Direction::kFuture && pub_.month >= first) ++y;
  }
  next = j;
  Emit(i, next, TimexType::kDate, std::to_string(y) + "-" + it->second, Date::Year(y),
       Date::Year(y), TimexAnchor::kPublication);
  return true;
}

// "الأسبوع الماضي", "الشهر الجاري", "هذا العام", "last week", "this month",
// "earlier this month", "next year", "the weekend", "نهاية الأسبوع".
bool Tagger::MatchPeriod(size_t i, size_t& next) {
  if (!pub_.known()) return false;
  size_t j = i;
  Direction dir = Direction::kNone;
  char unit = 0;
  bool weekend = false;
  auto unit_of = [&](size_t k) -> char {
    if (Ar(k)) {
      if (IsBare(k, {"الاسبوع"})) return 'W';
      if (IsBare(k, {"الشهر"})) return 'M';
      if (IsBare(k, {"العام", "السنه"})) return 'Y';
      return 0;
    }
    if (Is(k, {"week"})) return 'W';
    if (Is(k, {"month"})) return 'M';
    if (Is(k, {"year"})) return 'Y';
    if (Is(k, {"weekend"})) return 'E';
    return 0;
  };
  if (!Ar(j)) {
    if (Is(j, {"the"}) && Is(j + 1, {"weekend"})) {
      unit = 'E';
      j += 2;
    } else if (after_modifier_ && (Is(j, {"year", "month"}) ||
                                   (Is(j, {"the"}) && Is(j + 1, {"year", "month"})))) {
      // "the end of the year", "the beginning of the month".
      if (Is(j, {"the"})) ++j;
      unit = unit_of(j);
      dir = Direction::kCurrent;
      ++j;
    } else {
      if (Is(j, {"the"}) && Is(j + 1, {"last", "previous"}) && Is(j + 2, {"week"})) ++j;
      dir = RelativeWord(F(j));
      if (dir == Direction::kNone) return false;
      unit = unit_of(j + 1);
      if (!unit) return false;
      j += 2;
    }
    if (unit == 'E') {
      weekend = true;
      unit = 'W';
    }
  } else {
    if (IsBare(j, {"هذا", "هذه"})) {
      dir = Direction::kCurrent;
      unit = unit_of(j + 1);
      if (!unit) return false;
      j += 2;
    } else {
      if (IsBare(j, {"نهايه", "عطله"}) && IsBare(j + 1, {"الاسبوع"}) &&
          (RelativeWord(F(j + 2)) != Direction::kNone || IsBare(j, {"عطله"}))) {
        weekend = true;
        ++j;
        if (IsBare(j, {"نهايه"})) ++j;
      }
      unit = unit_of(j);
      if (!unit) return false;
      dir = RelativeWord(F(j + 1));
      if (dir == Direction::kNone) {
        // "مطلع العام", "نهاية الشهر": a period under a modifier is the current one.
        if (!after_modifier_ && !weekend) return false;
        dir = Direction::kCurrent;
        j += 1;
      } else {
        j += 2;
      }
    }
  }
  int step = dir == Direction::kPast ? -1 : dir == Direction::kFuture ? 1 : 0;
  next = j;
  if (unit == 'W') {
    if (!pub_.has_day()) return false;
    Date ref = pub_.AddDays(7 * step);
    if (weekend && step == 0 && dir == Direction::kNone) {
      // "the weekend": the one just past, unless it is the weekend already.
      int wd = Weekday(pub_);
      if (wd >= 1 && wd <= 4 && !FutureNear(i)) ref = pub_.AddDays(-7);
    }
    Emit(i, next, TimexType::kDate, IsoWeek(ref) + (weekend ? "-WE" : ""), Date(), Date(),
         TimexAnchor::kPublication);
  } else if (unit == 'M') {
    Date m = Date::Month(pub_.year, pub_.month).AddMonths(step);
    Emit(i, next, TimexType::kDate, m.ToIso(), m, m, TimexAnchor::kPublication);
  } else {
    Date y = Date::Year(pub_.year + step);
    Emit(i, next, TimexType::kDate, y.ToIso(), y, y, TimexAnchor::kPublication);
  }
  return true;
}

// Spans of unstated length: "الأيام الأخيرة", "الأشهر المقبلة", "السنوات
// والعقود الماضية", "الأعوام الـ8 أو الـ10 القادمة", "recent years", "the
// coming weeks", "the past few days".
bool Tagger::MatchPluralPeriod(size_t i, size_t& next) {
  auto plural_unit = [&](size_t k) -> char {
    if (k >= t_.size()) return 0;
    std::string_view f = NoConj(k);
    if (Ar(k)) {
      if (!StartsWith(f, "ال")) return 0;
      f = f.substr(4);
    }
    auto it = Units().find(f);
    if (it == Units().end() || it->second.implied_count != 0) return 0;
    return it->second.letter;
  };
  // "الخمس", "الأربعة والعشرين": a number word with the article.
  auto word_number = [&](size_t k, size_t* after) -> int {
    if (!Ar(k)) return 0;
    std::string_view f = NoConj(k);
    if (!StartsWith(f, "ال")) return 0;
    auto it = NumberWords().find(f.substr(4));
    if (it == NumberWords().end() || it->second <= 0) return 0;
    int v = it->second;
    *after = k + 1;
    if (v < 10 && Ar(k + 1) && StartsWith(F(k + 1), "وال")) {
      auto tens = NumberWords().find(F(k + 1).substr(6));
      if (tens != NumberWords().end() && tens->second >= 20 && tens->second % 10 == 0) {
        v += tens->second;
        *after = k + 2;
      }
    }
    return v;
  };
  auto past_or_future = [&](size_t k) {
    Direction d = RelativeWord(F(k));
    return d == Direction::kPast || d == Direction::kFuture;
  };
  size_t j = i;
  if (Ar(i)) {
    // "الخمس سنوات المقبلة", "الأربعة والعشرين ساعة الماضية".
    size_t after = i;
    int n = word_number(i, &after);
    if (n > 0) {
      auto u = FindIn(Units(), after);
      if (u == Units().end() || u->second.implied_count == 2 || !past_or_future(after + 1))
        return false;
      next = after + 2;
      Emit(i, next, TimexType::kDuration, DurationValue(n, u->second.letter), Date(), Date(),
           TimexAnchor::kPublication);
      return true;
    }
    // "الأسبوعين القادمين", "العامان الماضيان".
    {
      std::string_view f = NoConj(i);
      auto dual = StartsWith(f, "ال") ? Units().find(f.substr(4)) : Units().end();
      if (dual != Units().end() && dual->second.implied_count == 2 && past_or_future(i + 1)) {
        next = i + 2;
        Emit(i, next, TimexType::kDuration, DurationValue(2, dual->second.letter), Date(),
             Date(), TimexAnchor::kPublication);
        return true;
      }
    }
    char unit = plural_unit(j);
    if (!unit) return false;
    ++j;
    int count = kVague, count2 = 0;
    // "العقود الثلاثة الماضية", "الأيام الستة الماضية".
    if (word_number(j, &after) > 0 && past_or_future(after)) {
      count = word_number(j, &after);
      j = after;
    }
    // "الـ8 أو الـ10": numbers written with the article.
    auto articled_number = [&](size_t k) {
      return Num(k) && StartsWith(F(k), "ال") ? LeadingNumber(F(k).substr(4)) : -1;
    };
    if (articled_number(j) > 0) {
      count = articled_number(j);
      ++j;
      if (Is(j, {"او", "الي", "و"}) && articled_number(j + 1) > 0) {
        count2 = articled_number(j + 1);
        j += 2;
      }
    }
    char unit2 = 0;
    if (StartsWith(F(j), "و") && plural_unit(j)) {
      unit2 = plural_unit(j);
      ++j;
    }
    if (Is(j, {"القليله", "العديده", "الطويله"})) ++j;
    Direction dir = RelativeWord(F(j));
    if (dir == Direction::kNone || dir == Direction::kCurrent) return false;
    ++j;
    next = j;
    Timex& t = Emit(i, next, TimexType::kDuration, DurationValue(count, unit), Date(), Date(),
                    TimexAnchor::kPublication);
    if (count2 > 0) t.end_value = DurationValue(count2, unit);
    else if (unit2) t.end_value = DurationValue(kVague, unit2);
    return true;
  }
  // English: "recent years", "the coming weeks", "the past few days",
  // "the next several months", "the past 12 months", "the first nine
  // months", "the next 12 to 18 months", "the past year".
  if (Is(j, {"the"})) ++j;
  if (!Is(j, {"recent", "coming", "past", "next", "last", "previous", "first", "following",
              "remaining", "final", "upcoming"}))
    return false;
  bool bare_the = j == i + 1;
  size_t rel = j;
  ++j;
  int count = kVague, count2 = 0;
  size_t k = j;
  int c = CountAt(k);
  if (c != 0) {
    count = c;
    j = k;
    if (Is(j, {"to", "or", "-"}) && (Num(j + 1) || NumberWords().count(F(j + 1)))) {
      size_t k2 = j + 1;
      int c2 = CountAt(k2);
      if (c2 > 0) {
        count2 = c2;
        j = k2;
      }
    }
  }
  auto it = Units().find(F(j));
  if (it == Units().end()) return false;
  if (it->second.implied_count == 0 && c == 0) {
    count = kVague;
  } else if (it->second.implied_count == 1) {
    // "the past year": one unit, but only with "the" ("last year" is a date).
    if (c != 0 || !bare_the || Is(rel, {"last", "first"}) || Is(rel, {"recent", "coming"}))
      return false;
    count = 1;
  } else if (c == 0) {
    return false;
  }
  ++j;
  // "the first nine months of 1989".
  if (Is(j, {"of"}) && YearAt(j + 1, next) != 0) j = next;
  next = j;
  Timex& t = Emit(i, next, TimexType::kDuration, DurationValue(count, it->second.letter), Date(),
                  Date(), TimexAnchor::kPublication);
  if (count2 > 0) t.end_value = DurationValue(count2, it->second.letter);
  return true;
}

// The count at j: digits, a number word ("three", "ثلاثة", "عدة"), "a few",
// "a couple of". Advances j past it; 0 when there is none.
int Tagger::CountAt(size_t& j) const {
  if (Num(j)) {
    size_t digits = 0;
    int v = LeadingNumber(F(j), &digits);
    if (digits != F(j).size() || v <= 0) {
      // "ال8" with the article, "2,000" with a comma: not a plain count.
      if (StartsWith(F(j), "ال") && LeadingNumber(F(j).substr(4)) > 0) {
        ++j;
        return LeadingNumber(F(j - 1).substr(4));
      }
      return 0;
    }
    ++j;
    return v;
  }
  if (Is(j, {"a"}) && Is(j + 1, {"few", "couple"})) {
    bool couple = Is(j + 1, {"couple"});
    j += 2;
    if (couple && Is(j, {"of"})) ++j;
    return couple ? 2 : kVague;
  }
  auto it = NumberWords().find(NoConj(j));
  if (it == NumberWords().end()) return 0;
  int v = it->second;
  ++j;
  // "twenty-five", "one hundred".
  if (v >= 20 && v < 100 && F(j) == "-" && Touch(j - 1) && NumberWords().count(F(j + 1)) &&
      NumberWords().at(F(j + 1)) < 10) {
    v += NumberWords().at(F(j + 1));
    j += 2;
  } else if (v >= 20 && v < 100 && v % 10 == 0 && !Ar(j) && NumberWords().count(F(j)) &&
             NumberWords().at(F(j)) > 0 && NumberWords().at(F(j)) < 10 && !Is(j, {"a", "an"})) {
    v += NumberWords().at(F(j));  // "twenty four", as transcripts write it
    ++j;
  } else if (v > 0 && v < 10 && Is(j, {"hundred"})) {
    v *= 100;
    ++j;
  }
  return v;
}

// Ages are not times of events: "عمره 40 عاما", "40 years old".
bool Tagger::IsAge(size_t first, size_t next) const {
  for (size_t k = first >= 3 ? first - 3 : 0; k < first; ++k)
    if (IsBare(k, {"عمر", "عمره", "عمرها", "العمر", "البالغ", "البالغه", "يبلغ", "تبلغ",
                   "يناهز", "تناهز", "سن", "عمرهم", "aged", "age"}))
      return true;
  if (Is(next, {"old", "-old"}) || (F(next) == "-" && Is(next + 1, {"old"}))) return true;
  if (Is(next, {"من"}) && Is(next + 1, {"العمر"})) return true;
  return false;
}

// Counts: "قبل ثلاثة أيام", "منذ يومين", "بعد أسبوع", "two days ago",
// "مدة ثلاثة أيام", "two weeks", "13 عاما", "a five-year plan", "سنوات".
// The words that introduce a duration (for, لمدة, خلال, منذ) stay out of it;
// "قبل"/"بعد" and "ago"/"later" turn the count into a date and belong to it.
bool Tagger::MatchCount(size_t i, size_t& next) {
  enum { kAgo, kAfter, kNone } kind = kNone;
  size_t j = i;
  bool cue = false;  // a word that licenses a bare plural ("for years")
  size_t first = i;
  if (IsBare(i, {"قبل"})) {
    kind = kAgo;
    ++j;
  } else if (IsBare(i, {"بعد"}) && !Is(i + 1, {"غد"})) {
    kind = kAfter;
    ++j;
  } else if (IsBare(i, {"لمده", "مده", "طيله", "طوال", "خلال", "استمرت", "استمر", "دامت",
                        "دام", "تستغرق", "يستغرق", "منذ"}) ||
             Is(i, {"for", "over", "within", "in", "during", "lasted", "lasting"})) {
    cue = true;
    ++j;
    first = j;
  } else if (IsBare(i, {"علي"}) && IsBare(i + 1, {"مدي", "مدار"})) {
    cue = true;
    j += 2;
    first = j;
  } else if (Is(i, {"the"}) && !Is(i + 1, {"a"})) {
    ++j;  // "the nine months": TimeBank keeps the article
  }
  // Softeners stay inside: "أكثر من 80 عاما", "more than two years".
  if ((IsBare(j, {"اكثر", "اقل"}) && Is(j + 1, {"من"})) ||
      (Is(j, {"more", "less"}) && Is(j + 1, {"than"})) ||
      (Is(j, {"at"}) && Is(j + 1, {"least"}))) {
    j += 2;
  } else if (IsBare(j, {"نحو", "حوالي", "قرابه"}) || Is(j, {"nearly", "almost", "about", "some",
                                                            "roughly", "around"})) {
    if (Is(j, {"about", "some", "around", "roughly"}) && first == j) ++first;
    ++j;
  }
  if (first > j) first = j;
  size_t count_at = j;
  int count = CountAt(j);
  bool half = count > 0 && !Ar(count_at) && HalfAt(j);
  bool hyphen = false;
  if (count != 0 && F(j) == "-" && Touch(j - 1) && !Ar(j)) {
    hyphen = true;  // "five-year", "30-day"
    ++j;
    // A compound modifier leaves the article out: "the [eight-year] war".
    if (first == i && Is(i, {"the"})) first = i + 1;
  }
  // "two more weeks", "20 additional years", "an additional year".
  if (count != 0 && !hyphen && Is(j, {"more", "additional", "further", "extra"}) &&
      Units().count(F(j + 1)))
    ++j;
  auto unit_it = FindIn(Units(), j);
  if (unit_it == Units().end()) return false;
  const Unit& unit = unit_it->second;
  // "أيام قليلة", "يوم واحد": the count may follow.
  size_t unit_at = j;
  ++j;
  if (!half && count > 0 && !Ar(unit_at) && unit_it->second.implied_count == 1 &&
      Is(j, {"and"}))
    half = HalfAt(j);  // "a minute and a half"
  bool count_after = false;
  if (count == 0 && Ar(unit_at)) {
    if (Is(j, {"واحد", "واحده"}) && unit.implied_count == 1) {
      count = 1;
      count_after = true;
      ++j;
    } else if (Is(j, {"قليله", "عديده", "طويله", "معدوده"}) && unit.implied_count == 0) {
      count = kVague;
      ++j;
    }
  }
  if (count == 0) {
    if (unit.implied_count == 2) {
      count = 2;
    } else if (unit.implied_count == 1 && kind != kNone && Ar(unit_at)) {
      count = 1;  // "قبل شهر", "بعد أسبوع"
    } else if (unit.implied_count == 0 && Ar(unit_at) &&
               (cue || kind != kNone || !forms_[unit_at][2].empty())) {
      count = kVague;  // "منذ سنوات", "استمرت ساعات", "لسنوات"
    } else if (unit.implied_count == 0 && !Ar(unit_at) && (cue || Is(j, {"ago", "later"}))) {
      count = kVague;  // "for years", "weeks ago"
    } else {
      return false;
    }
  }
  if (count != kVague && (count <= 0 || count > 10000)) return false;
  if (hyphen && !(unit.implied_count == 1)) return false;
  // An English singular after a bare number: "2 day" is not a duration.
  if (!Ar(unit_at) && unit.implied_count == 0 && count == 1) return false;
  if (Ar(unit_at) && unit_at == count_at && unit.implied_count == 1 && kind == kNone &&
      !count_after) {
    // "عام" alone is not a duration; "عاما" after a number is.
    return false;
  }
  if (hyphen && Is(j, {"-"}) && Is(j + 1, {"old"})) return false;
  if (IsAge(count_at, j)) return false;
  if (kind == kNone && !Ar(unit_at) && Is(j, {"ago"})) {
    kind = kAgo;
    ++j;
  } else if (kind == kNone && !Ar(unit_at) && Is(j, {"later", "earlier"})) {
    // "two days later" counts from an event in the text, not from the
    // publication: from the expression before it when there is one, else it
    // is only the duration (TimeML tags "two days").
    const Timex* anchor = TextAnchor();
    char l = unit.letter;
    bool by_day = l == 'D' || l == 'W';
    if (l != 'Y' && count != kVague && anchor != nullptr &&
        (by_day ? anchor->start.has_day() : l == 'M' && anchor->start.month != 0)) {
      int sign = Is(j, {"later"}) ? 1 : -1;
      next = j + 1;
      if (by_day) {
        Date d = anchor->start.AddDays(sign * count * (l == 'W' ? 7 : 1));
        EmitDate(first, next, d, TimexAnchor::kOther);
      } else {
        Date d = Date::Month(anchor->start.year, anchor->start.month).AddMonths(sign * count);
        EmitDate(first, next, d, TimexAnchor::kOther);
      }
      return true;
    }
    if (l != 'Y') {
      next = j;
      Emit(first, next, TimexType::kDuration, DurationValue(count, l, half), Date(), Date(),
           TimexAnchor::kExplicit);
      return true;
    }
    kind = Is(j, {"later"}) ? kAfter : kAgo;
    ++j;
  } else if (kind == kNone && Is(j, {"from"}) && Is(j + 1, {"now"})) {
    kind = kAfter;
    j += 2;
  }
  char letter = unit.letter;
  next = j;
  if (kind == kNone || letter == 'H' || letter == 'N' || letter == 'S' || letter == 'Q' ||
      !pub_.known() || !pub_.has_day()) {
    if (kind != kNone) first = i;
    Emit(first, next, TimexType::kDuration, DurationValue(count, letter, half), Date(), Date(),
         TimexAnchor::kExplicit);
    return true;
  }
  if (count == kVague) {
    Emit(first, next, TimexType::kDate, kind == kAgo ? "PAST_REF" : "FUTURE_REF", Date(), Date(),
         TimexAnchor::kPublication);
    return true;
  }
  int sign = kind == kAgo ? -1 : 1;
  if (letter == 'Y' && count == 1 && sign < 0 && quarterly_) {
    // "a year ago" in a quarterly report compares the last quarter with the
    // same quarter a year before.
    int q = (pub_.month - 1) / 3;
    int y = pub_.year - 1;
    if (q == 0) {
      q = 4;
      --y;
    }
    Emit(first, next, TimexType::kDate, std::to_string(y) + "-Q" + std::to_string(q),
         Date::Year(y), Date::Year(y), TimexAnchor::kPublication);
    return true;
  }
  Date d;
  if (letter == 'D') d = pub_.AddDays(sign * count);
  else if (letter == 'W') d = pub_.AddDays(sign * 7 * count);
  else if (letter == 'M') d = Date::Month(pub_.year, pub_.month).AddMonths(sign * count);
  else if (letter == 'Y') d = Date::Year(pub_.year + sign * count);
  else if (letter == 'E') d = Date::Year(pub_.year + sign * 10 * count);
  else d = Date::Year(pub_.year + sign * 100 * count);
  if (letter == 'W') {
    Emit(first, next, TimexType::kDate, IsoWeek(d), d, d, TimexAnchor::kPublication);
  } else if (letter == 'E') {
    Emit(first, next, TimexType::kDate, std::to_string(d.year / 10), d, d,
         TimexAnchor::kPublication);
  } else if (letter == 'C') {
    Emit(first, next, TimexType::kDate, std::to_string(d.year / 100), d, d,
         TimexAnchor::kPublication);
  } else {
    EmitDate(first, next, d, TimexAnchor::kPublication);
  }
  return true;
}

// Decades: "the 1990s", "1990s", "'80s", "the nineties", "التسعينيات",
// "ثمانينيات القرن الماضي", "العقد الماضي".
bool Tagger::MatchDecade(size_t i, size_t& next) {
  static const WordMap kEnglishDecades = {
      {"twenties", 2}, {"thirties", 3}, {"forties", 4},  {"fifties", 5},
      {"sixties", 6},  {"seventies", 7}, {"eighties", 8}, {"nineties", 9}};
  size_t j = i;
  if (Ar(i)) {
    if (IsBare(i, {"العقد"}) && RelativeWord(F(i + 1)) != Direction::kNone) {
      Direction dir = RelativeWord(F(i + 1));
      next = i + 2;
      if (dir == Direction::kCurrent) {
        Emit(i, next, TimexType::kDate, std::to_string(pub_.year / 10), Date::Year(pub_.year),
             Date(), TimexAnchor::kPublication);
      } else {
        Emit(i, next, TimexType::kDuration, "P10Y", Date(), Date(), TimexAnchor::kPublication);
      }
      return true;
    }
    std::string_view f = NoConj(i);
    if (StartsWith(f, "ال")) f = f.substr(4);
    auto it = ArabicDecades().find(f);
    if (it == ArabicDecades().end()) return false;
    j = i + 1;
    int century = 19;
    if (IsBare(j, {"القرن"})) {
      if (Is(j + 1, {"الحالي", "الحادي", "الجاري"})) century = 20;
      j += Is(j + 1, {"الحادي"}) ? 3 : 2;
    }
    next = j;
    int first_year = century * 100 + it->second * 10;
    Emit(i, next, TimexType::kDate, std::to_string(first_year / 10), Date::Year(first_year),
         Date::Year(first_year + 9), TimexAnchor::kExplicit);
    return true;
  }
  if (Is(j, {"the"})) ++j;
  size_t digits = 0;
  int y = LeadingNumber(F(j), &digits);
  std::string rest = digits > 0 ? F(j).substr(digits) : "";
  if (digits == 4 && (rest == "s" || rest == "'s") && y % 10 == 0 && y >= 1000 && y <= 2090) {
    next = j + 1;
    Emit(i, next, TimexType::kDate, std::to_string(y / 10), Date::Year(y), Date::Year(y + 9),
         TimexAnchor::kExplicit);
    return true;
  }
  if (F(j) == "'" && Touch(j) && j + 1 < t_.size()) {
    int yy = LeadingNumber(F(j + 1), &digits);
    if (digits == 2 && F(j + 1).substr(2) == "s" && yy % 10 == 0) {
      next = j + 2;
      Emit(i, next, TimexType::kDate, std::to_string(190 + yy / 10), Date::Year(1900 + yy),
           Date::Year(1909 + yy), TimexAnchor::kExplicit);
      return true;
    }
  }
  if (j > i) {
    auto it = kEnglishDecades.find(F(j));
    if (it != kEnglishDecades.end()) {
      next = j + 1;
      Emit(i, next, TimexType::kDate, std::to_string(190 + it->second),
           Date::Year(1900 + it->second * 10), Date::Year(1909 + it->second * 10),
           TimexAnchor::kExplicit);
      return true;
    }
    if (Is(j, {"last", "past"}) && Is(j + 1, {"decade"})) {
      next = j + 2;
      Emit(i, next, TimexType::kDuration, "P10Y", Date(), Date(), TimexAnchor::kPublication);
      return true;
    }
  }
  return false;
}

// "عام 2022", "2022", "العام 2015", "the year 2000", "1990's".
bool Tagger::MatchYear(size_t i, size_t& next) {
  size_t j = i;
  bool cue = false;
  if (IsBare(j, {"عام", "العام", "سنه", "السنه", "عامي"})) {
    cue = true;
    ++j;
  } else if (Is(j, {"the"}) && Is(j + 1, {"year"})) {
    cue = true;
    j += 2;
  } else if (Is(j, {"year"})) {
    cue = true;
    ++j;
  }
  size_t yn = j;
  int y = YearAt(j, yn);
  if (y == 0) return false;
  if (Ar(i) || (j == i && arabic_)) {
    // A bare 4-digit number is a year only with a cue before it or "م" after it.
    if (!cue && !(i > 0 && IsBare(i - 1, {"منذ", "في", "حتي", "قبل", "بعد", "خلال", "مطلع",
                                          "نهايه", "بدايه", "اواخر", "اوايل", "منتصف"})) &&
        F(yn - 1) != "م" && !after_modifier_)
      return false;
  } else if (!cue) {
    // English: a year unless it counts something ("2000 people", "$1990").
    if (i > 0 && (Is(i - 1, {"$", "#", "about", "some", "nearly", "than", "over", "almost",
                             "approximately", "around", "only", "no", "number"}) ||
                  F(i - 1) == "," || F(i - 1) == "."))
      if (!Is(i - 1, {","}) || (i > 1 && Num(i - 2))) return false;
    if (i > 0 && Num(i - 1)) return false;
    if (Ar(yn)) return false;
    // "2025 reasons": a count of a plural noun, unless a preposition says year.
    bool prep = i > 0 && Is(i - 1, {"in", "since", "by", "until", "of", "from", "before",
                                    "after", "during", "through", "between", "and", "to"});
    const std::string& after = F(yn);
    if (!prep && yn < t_.size() && t_[yn].is_word && !Cap(yn) && after.size() > 3 &&
        after.back() == 's' && after != "was" && after != "has" && after != "is")
      return false;
    if (Is(yn, {"people", "persons", "percent", "%", "troops", "soldiers", "dollars", "yen",
                "shares", "votes", "members", "times", "meters", "feet", "miles", "tons",
                "units", "cars", "jobs", "workers", "students", "children", "men", "women",
                "killed", "were", "are", "have", "of", "to"}) &&
        !(i > 0 && Is(i - 1, {"in", "since", "by", "until", "of", "from", "before", "after"})))
      return false;
  }
  // "عامي 2014 و2015": two years, one expression each.
  next = yn;
  if (F(next) == "'s" || (F(next) == "'" && Is(next + 1, {"s"}))) {
    // "1990's": the possessive stays out.
  }
  EmitDate(i, next, Date::Year(y), TimexAnchor::kExplicit);
  return true;
}

// "the next day", "the following month", "that year", "the same day":
// counted from the expression before it in the text. Without one they are
// left to the other rules (or untagged), since the publication date is not
// what they mean.
bool Tagger::MatchAnchored(size_t i, size_t& next) {
  if (Ar(i)) return false;
  size_t j = i;
  int step = 0;
  if (Is(j, {"the"}) && Is(j + 1, {"next", "following", "same"})) {
    step = Is(j + 1, {"same"}) ? 0 : 1;
    j += 2;
  } else if (Is(j, {"that"}) && !(i > 0 && Is(i - 1, {"so", "such"}))) {
    j += 1;
  } else {
    return false;
  }
  if (Is(j, {"same"}) && Is(i, {"that"})) ++j;
  char unit = Is(j, {"day", "morning", "afternoon", "evening", "night"}) ? 'D'
              : Is(j, {"week"})                                          ? 'W'
              : Is(j, {"month"})                                         ? 'M'
              : Is(j, {"year"})                                          ? 'Y'
                                                                         : 0;
  if (unit == 0) return false;
  const Timex* anchor = TextAnchor();
  if (anchor == nullptr) return false;
  const Date& a = anchor->start;
  if ((unit == 'D' || unit == 'W') && !a.has_day()) return false;
  if (unit == 'M' && a.month == 0) return false;
  next = j + 1;
  if (unit == 'D') {
    Date d = a.AddDays(step);
    static const WordTable<const char*> kParts = {
        {"morning", "MO"}, {"afternoon", "AF"}, {"evening", "EV"}, {"night", "NI"}};
    auto part = kParts.find(F(j));
    if (part != kParts.end()) {
      Emit(i, next, TimexType::kTime, d.ToIso() + "T" + part->second, d, d, TimexAnchor::kOther);
    } else {
      EmitDate(i, next, d, TimexAnchor::kOther);
    }
  } else if (unit == 'W') {
    Date d = a.AddDays(7 * step);
    Emit(i, next, TimexType::kDate, IsoWeek(d), d, d, TimexAnchor::kOther);
  } else if (unit == 'M') {
    Date m = Date::Month(a.year, a.month).AddMonths(step);
    EmitDate(i, next, m, TimexAnchor::kOther);
  } else {
    EmitDate(i, next, Date::Year(a.year + step), TimexAnchor::kOther);
  }
  return true;
}

// Holidays: "Thanksgiving Day", "last Christmas", "New Year's Eve", "Easter",
// "عيد الفطر", "عيد الأضحى المقبل", "أول أيام عيد الفطر المبارك". Without a
// relative word, the nearer of the last one and the next, as the tense allows.
bool Tagger::MatchHoliday(size_t i, size_t& next) {
  if (!pub_.known() || !pub_.has_day()) return false;
  size_t j = i;
  Direction dir = Direction::kNone;
  if (!Ar(j) && Is(j, {"last", "next", "this"})) {
    dir = RelativeWord(F(j));
    ++j;
  }
  // "أول أيام عيد الفطر", "ثاني أيام العيد": a day of a feast that lasts several.
  int day_of_feast = 0;
  if (Ar(j) && Is(j + 1, {"ايام"})) {
    auto nth = FindIn(FeastDays(), j);
    if (nth == FeastDays().end()) return false;
    day_of_feast = nth->second;
    j += 2;
  }
  // Most tokens start no holiday: look the first word up before trying each.
  static const WordSet kFirstWords = [] {
    WordSet out;
    for (const Holiday& h : Holidays()) out.insert(h.words[0]);
    return out;
  }();
  if (FindIn(kFirstWords, j) == kFirstWords.end()) return false;
  const Holiday* found = nullptr;
  size_t after = j;
  for (const Holiday& h : Holidays()) {
    size_t k = j;
    bool ok = true;
    for (const char* w : h.words) {
      bool match = k == j ? IsBare(k, {w}) : Is(k, {w});
      // "New Year's": the tokenizer may split the possessive.
      if (!match && std::string_view(w).ends_with("'s") && F(k) + "'s" == w &&
          F(k + 1) == "'s") {
        ++k;
        match = true;
      }
      if (!match) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok) {
      found = &h;
      after = k;
      break;
    }
  }
  if (!found) return false;
  // English names need their capital ("christmas" in a headline is rare; a
  // "good friday" is not the feast).
  if (!Ar(j) && !Cap(j)) return false;
  j = after;
  if (Ar(j) && Is(j, {"المبارك", "السعيد"})) ++j;
  if (dir == Direction::kNone && Ar(j)) {
    Direction d = RelativeWord(F(j));
    if (d == Direction::kPast || d == Direction::kFuture || d == Direction::kCurrent) {
      dir = d;
      ++j;
    }
  }
  int base = pub_.year;
  if (found->month > 100) {
    int hy = 0, hm = 0, hd = 0;
    if (!GregorianToHijri(pub_, hy, hm, hd)) return false;
    base = hy;
  }
  std::optional<Date> prev, cur, nxt;
  cur = HolidayIn(*found, base);
  prev = HolidayIn(*found, base - 1);
  nxt = HolidayIn(*found, base + 1);
  if (!cur || !prev || !nxt) return false;
  // The last one at or before the publication, and the first one after it.
  Date before = *cur <= pub_ ? *cur : *prev;
  Date ahead = *cur > pub_ ? *cur : *nxt;
  Date d;
  bool future = FutureNear(i);
  if (dir == Direction::kPast) {
    d = before;
  } else if (dir == Direction::kFuture) {
    d = ahead;
  } else if (dir == Direction::kCurrent) {
    d = *cur;
  } else {
    // The nearer of the two, unless the tense says which: "was found on
    // Thanksgiving Day" in January, "Eid al-Adha" seven weeks ahead.
    long gap_ahead = ahead.DaysSinceEpoch() - pub_.DaysSinceEpoch();
    long gap_before = pub_.DaysSinceEpoch() - before.DaysSinceEpoch();
    bool forward = future || gap_ahead <= 7 || (!PastNear(i) && gap_ahead < gap_before);
    d = forward ? ahead : before;
  }
  if (day_of_feast > 1) d = d.AddDays(day_of_feast - 1);
  // "Easter week", "Thanksgiving weekend": the week the day falls in.
  if (!Ar(j) && Is(j, {"week", "weekend"})) {
    next = j + 1;
    Emit(i, next, TimexType::kDate, IsoWeek(d) + (Is(j, {"weekend"}) ? "-WE" : ""), d, d,
         TimexAnchor::kPublication);
    return true;
  }
  next = j;
  EmitDate(i, next, d, TimexAnchor::kPublication);
  return true;
}

// "عشية عيد الفطر", "عشية الخامس عشر من مايو" (the day before), "غداة
// الانتخابات" is an event and stays untagged, "غداة يوم الخميس" (the day
// after): a day named by its neighbour; "the week of March 6", a week named
// by one of its days.
bool Tagger::MatchEve(size_t i, size_t& next) {
  // "the week of March 6": the week that day falls in.
  if (Is(i, {"the"}) && Is(i + 1, {"week"}) && Is(i + 2, {"of"})) {
    Timex got;
    size_t after = i + 3;
    if (!TakeDay(i + 3, after, got)) return false;
    next = after;
    Emit(i, next, TimexType::kDate, IsoWeek(got.start), got.start, got.start, got.anchor);
    return true;
  }
  if (!Ar(i) || !IsBare(i, {"عشيه", "غداه"})) return false;
  int offset = IsBare(i, {"عشيه"}) ? -1 : 1;
  Timex got;
  size_t after = i + 1;
  if (!TakeDay(i + 1, after, got)) return false;
  Date d = got.start.AddDays(offset);
  next = after;
  EmitDate(i, next, d, got.anchor);
  return true;
}

// Years spelled out as broadcast transcripts give them: "nineteen
// ninety-six", "nineteen seventy-nine", "the year two thousand".
bool Tagger::MatchSpelledYear(size_t i, size_t& next) {
  if (Ar(i)) return false;
  static const WordMap kUnits = {{"one", 1}, {"two", 2},   {"three", 3}, {"four", 4},
                                 {"five", 5}, {"six", 6},  {"seven", 7}, {"eight", 8},
                                 {"nine", 9}};
  size_t j = i;
  bool the_year = Is(j, {"the"}) && Is(j + 1, {"year"});
  if (the_year) j += 2;
  size_t after = j;
  int year = SpelledYearAt(j, after);
  if (year != 0) {
    j = after;
  } else if (the_year && Is(j, {"two"}) && Is(j + 1, {"thousand"})) {
    year = 2000;
    j += 2;
    size_t k = Is(j, {"and"}) ? j + 1 : j;
    auto unit = kUnits.find(F(k));
    if (unit != kUnits.end()) {
      year += unit->second;
      j = k + 1;
    }
  } else {
    return false;
  }
  next = j;
  EmitDate(i, next, Date::Year(year), TimexAnchor::kExplicit);
  return true;
}

// Centuries: "the 20th century", "the eleventh century", "this century",
// "the last century". TIMEX3 writes a century as its first two digits.
bool Tagger::MatchCentury(size_t i, size_t& next) {
  if (Ar(i) || !pub_.known()) return false;
  size_t j = Is(i, {"the"}) ? i + 1 : i;
  int century = 0;
  if (Is(j, {"this", "last", "next"})) {
    int current = (pub_.year - 1) / 100 + 1;
    century = current + (Is(j, {"last"}) ? -1 : Is(j, {"next"}) ? 1 : 0);
  } else {
    // Centuries run to the twentieth in words.
    auto it = EnglishOrdinals().find(F(j));
    size_t digits = 0;
    int n = LeadingNumber(F(j), &digits);
    std::string rest = digits ? F(j).substr(digits) : "";
    if (it != EnglishOrdinals().end() && it->second <= 20) {
      century = it->second;
    } else if (n >= 1 && n <= 22 &&
               (rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) {
      century = n;
    }
  }
  if (century <= 0) return false;
  size_t k = j + 1;
  if (F(k) == "-" && Touch(j)) ++k;
  if (!Is(k, {"century"})) return false;
  next = k + 1;
  std::string value = std::to_string(century - 1);
  if (value.size() < 2) value.insert(0, "0");
  Emit(i, next, TimexType::kDate, value, Date(), Date(), TimexAnchor::kPublication);
  return true;
}

// Business news reckons in years: "the year ended Sept. 30" (a twelve-month
// period, DURATION P1Y), "for the year", "the full year", "the fiscal
// year", "earlier in the year", "year-end", "by year's end" (the
// publication's year). "the year-earlier quarter" is MatchQuarter's.
bool Tagger::MatchBusinessYear(size_t i, size_t& next) {
  if (Ar(i) || !pub_.known()) return false;
  size_t j = i;
  auto year = [&](int y, size_t end) {
    next = end;
    Date d = Date::Year(y);
    EmitDate(i, next, d, TimexAnchor::kPublication);
    return true;
  };
  // "year-end", "year end", "year's end": with "since", the last one.
  if (Is(j, {"year", "year's"}) && !(i > 0 && Is(i - 1, {"the", "a", "this", "last", "next"}))) {
    size_t k = j + 1;
    if (F(k) == "-" && Touch(j)) ++k;
    if (Is(k, {"end"}) && !Is(k + 1, {"of"})) {
      int y = pub_.year - (i > 0 && Is(i - 1, {"since"}) ? 1 : 0);
      // "year-end" is read as the closing day, "year end" as the year.
      if (k == j + 2) {
        next = k + 1;
        EmitDate(i, next, Date::Day(y, 12, 31), TimexAnchor::kPublication);
        return true;
      }
      return year(y, k + 1);
    }
    return false;
  }
  if (!Is(j, {"the"})) return false;
  ++j;
  bool full = Is(j, {"full"});
  if (Is(j, {"full", "fiscal"})) ++j;
  if (Is(j, {"full", "fiscal"})) ++j;
  if (!Is(j, {"year"}) || F(j + 1) == "-" || F(j + 1) == "'s") return false;
  // "the year 2000" and "the year two thousand" are other rules'.
  if (Num(j + 1) || Is(j + 1, {"two", "before", "after", "earlier", "ago", "later", "when",
                               "of", "in", "that", "since"}))
    return false;
  if (Is(j + 1, {"ended", "ending"})) {
    next = j + 1;
    Emit(i, next, TimexType::kDuration, "P1Y", Date(), Date(), TimexAnchor::kExplicit);
    return true;
  }
  bool cue = full || (i > 0 && Is(i - 1, {"for", "of", "in", "throughout"}) &&
                      (quarterly_ || Is(i - 1, {"for", "throughout"})));
  if (!cue) return false;
  return year(pub_.year, j + 1);
}

// "في يوم تنفيذ الاتفاق": a day named only by what happens on it.
bool Tagger::MatchVagueDay(size_t i, size_t& next) {
  if (!IsBare(i, {"يوم"}) || F(i) != "يوم" || i == 0 || !IsBare(i - 1, {"في", "حتي", "منذ"}))
    return false;
  if (!Ar(i + 1) || Num(i + 1) || FindIn(Weekdays(), i + 1) != Weekdays().end()) return false;
  if (StartsWith(F(i + 1), "ال") || Is(i + 1, {"واحد", "من", "او"})) return false;
  next = i + 1;
  Emit(i, next, TimexType::kDate, "XXXX-XX-XX", Date(), Date(), TimexAnchor::kOther);
  return true;
}

}  // namespace

const char* TimexTypeName(TimexType t) {
  switch (t) {
    case TimexType::kDate: return "DATE";
    case TimexType::kTime: return "TIME";
    case TimexType::kDuration: return "DURATION";
    case TimexType::kSet: return "SET";
  }
  return "DATE";
}

const char* TimexAnchorName(TimexAnchor a) {
  switch (a) {
    case TimexAnchor::kExplicit: return "explicit";
    case TimexAnchor::kPublication: return "publication";
    case TimexAnchor::kOther: return "other";
  }
  return "explicit";
}

std::string Timex::Dump() const {
  std::string out = std::string(TimexTypeName(type)) + " " + value;
  if (!end_value.empty()) out += " .." + end_value;
  if (start.known() && end.known() && end != start) out += " " + start.ToIso() + "/" + end.ToIso();
  out += std::string(" [") + TimexAnchorName(anchor) + "]";
  if (since) out += " since";
  return out;
}

std::vector<Timex> FindTimexes(std::string_view text, const std::vector<Token>& tokens,
                               const Date& publication) {
  // "Friday's", "1990's": the tokenizer keeps the possessive on the word;
  // split it off so that the expression ends before it.
  static const std::string kCurly = "\xe2\x80\x99s";  // U+2019 RIGHT SINGLE QUOTATION MARK + s
  auto tail_of = [](const Token& t) -> size_t {
    std::string_view f = t.fold;
    if (t.is_arabic || f.size() <= 4) return 0;
    if (f.ends_with("'s")) return 2;
    if (f.ends_with(kCurly)) return kCurly.size();
    return 0;
  };
  bool any = false;
  for (const Token& t : tokens) any = any || tail_of(t) > 0;
  if (!any) return Tagger(text, tokens, publication).Run();
  std::vector<Token> split;
  split.reserve(tokens.size() + 4);
  for (const Token& t : tokens) {
    size_t tail = tail_of(t);
    if (tail == 0) {
      split.push_back(t);
      continue;
    }
    Token word = t;
    word.fold.resize(t.fold.size() - tail);
    word.end = t.end - tail;
    word.is_number = word.fold.find_first_not_of("0123456789") == std::string::npos;
    Token mark;
    mark.begin = word.end;
    mark.end = t.end;
    mark.fold = "'s";
    split.push_back(std::move(word));
    split.push_back(std::move(mark));
  }
  return Tagger(text, split, publication).Run();
}

std::optional<Date> ParseDateLine(std::string_view line) {
  std::string_view trimmed = Trim(line);
  if (trimmed.empty() || trimmed.size() > 80) return std::nullopt;
  std::string copy(trimmed);
  std::vector<Token> tokens = Tokenize(copy, {0, copy.size()});
  // A leading weekday name is allowed ("السبت 17-5-2025", "Saturday, May 17, 2025").
  size_t skip = 0;
  while (skip < tokens.size() && (Weekdays().count(tokens[skip].fold) || tokens[skip].fold == ","))
    ++skip;
  std::vector<Token> rest(tokens.begin() + static_cast<long>(skip), tokens.end());
  if (rest.empty()) return std::nullopt;
  std::vector<Timex> found = Tagger(copy, rest, Date()).Run();
  if (found.size() != 1 || !found[0].start.has_day() ||
      found[0].anchor != TimexAnchor::kExplicit)
    return std::nullopt;
  // The expression must cover the whole line (bar trailing punctuation).
  for (const Token& t : rest)
    if (t.is_word && (t.begin < found[0].span.begin || t.end > found[0].span.end)) return std::nullopt;
  return found[0].start;
}

std::optional<Date> HijriToGregorian(int year, int month, int day) {
  Calendars* cals = GetCalendars();
  if (cals == nullptr || month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  cals->hijri->clear();
  cals->hijri->set(year, month - 1, day);
  UDate when = cals->hijri->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  cals->gregorian->setTime(when, status);
  int y = cals->gregorian->get(UCAL_YEAR, status);
  int m = cals->gregorian->get(UCAL_MONTH, status) + 1;
  int d = cals->gregorian->get(UCAL_DATE, status);
  if (U_FAILURE(status) || !Date::IsValidDay(y, m, d)) return std::nullopt;
  return Date::Day(y, m, d);
}

}  // namespace diplograph
