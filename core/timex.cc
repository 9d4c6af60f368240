#include "core/timex.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <unordered_map>

namespace diplograph {

namespace {

// Folded forms (see FoldForMatch) of month names: Egyptian/Gulf Arabic,
// Levantine/Iraqi Arabic, English full and abbreviated.
const std::unordered_map<std::string, int>& GregorianMonths() {
  static const std::unordered_map<std::string, int> kMonths = {
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
const std::unordered_map<std::string, int>& HijriMonths() {
  static const std::unordered_map<std::string, int> kMonths = {
      {"محرم", 1}, {"صفر", 2}, {"رجب", 7}, {"شعبان", 8}, {"رمضان", 9}, {"شوال", 10}};
  return kMonths;
}

const std::unordered_map<std::string, int>& Weekdays() {
  static const std::unordered_map<std::string, int> kDays = {
      {"الاحد", 0}, {"الاثنين", 1}, {"الثلاثاء", 2}, {"الاربعاء", 3}, {"الخميس", 4},
      {"الجمعه", 5}, {"السبت", 6}, {"sunday", 0}, {"monday", 1}, {"tuesday", 2},
      {"wednesday", 3}, {"thursday", 4}, {"friday", 5}, {"saturday", 6}};
  return kDays;
}

const std::unordered_map<std::string, int>& NumberWords() {
  static const std::unordered_map<std::string, int> kNumbers = {
      {"واحد", 1}, {"واحده", 1}, {"اثنين", 2}, {"اثنان", 2}, {"ثلاثه", 3}, {"ثلاث", 3},
      {"اربعه", 4}, {"اربع", 4}, {"خمسه", 5}, {"خمس", 5}, {"سته", 6}, {"ست", 6},
      {"سبعه", 7}, {"سبع", 7}, {"ثمانيه", 8}, {"ثماني", 8}, {"تسعه", 9}, {"تسع", 9},
      {"عشره", 10}, {"عشر", 10}, {"a", 1}, {"an", 1}, {"one", 1}, {"two", 2}, {"three", 3},
      {"four", 4}, {"five", 5}, {"six", 6}, {"seven", 7}, {"eight", 8}, {"nine", 9},
      {"ten", 10}, {"eleven", 11}, {"twelve", 12}, {"several", 3}, {"few", 3}};
  return kNumbers;
}

// Time units: the TIMEX3 letter and whether the form is a dual (Arabic
// "يومين" is "two days" on its own).
struct Unit {
  char letter;
  int implied_count;  // 1 for a singular, 2 for a dual, 0 for a plural
};
const std::unordered_map<std::string, Unit>& Units() {
  static const std::unordered_map<std::string, Unit> kUnits = {
      {"يوم", {'D', 1}}, {"يوما", {'D', 1}}, {"ايام", {'D', 0}}, {"يومين", {'D', 2}},
      {"يومان", {'D', 2}}, {"اسبوع", {'W', 1}}, {"اسابيع", {'W', 0}}, {"اسبوعين", {'W', 2}},
      {"شهر", {'M', 1}}, {"اشهر", {'M', 0}}, {"شهور", {'M', 0}}, {"شهرين", {'M', 2}},
      {"عام", {'Y', 1}}, {"اعوام", {'Y', 0}}, {"عامين", {'Y', 2}}, {"سنه", {'Y', 1}},
      {"سنوات", {'Y', 0}}, {"سنتين", {'Y', 2}}, {"عاما", {'Y', 1}}, {"ساعه", {'H', 1}},
      {"ساعات", {'H', 0}}, {"ساعتين", {'H', 2}}, {"day", {'D', 1}}, {"days", {'D', 0}},
      {"week", {'W', 1}}, {"weeks", {'W', 0}}, {"month", {'M', 1}}, {"months", {'M', 0}},
      {"year", {'Y', 1}}, {"years", {'Y', 0}}, {"hour", {'H', 1}}, {"hours", {'H', 0}}};
  return kUnits;
}

enum class Direction { kNone, kPast, kCurrent, kFuture };

Direction RelativeWord(const std::string& f) {
  static const std::unordered_map<std::string, Direction> kWords = {
      {"الماضي", Direction::kPast},     {"الماضيه", Direction::kPast},
      {"المنصرم", Direction::kPast},    {"المنصرمه", Direction::kPast},
      {"الفائت", Direction::kPast},     {"الفائته", Direction::kPast},
      {"السابق", Direction::kPast},     {"المقبل", Direction::kFuture},
      {"المقبله", Direction::kFuture},  {"القادم", Direction::kFuture},
      {"القادمه", Direction::kFuture},  {"الجاري", Direction::kCurrent},
      {"الجاريه", Direction::kCurrent}, {"الحالي", Direction::kCurrent},
      {"الحاليه", Direction::kCurrent}, {"last", Direction::kPast},
      {"past", Direction::kPast},       {"previous", Direction::kPast},
      {"next", Direction::kFuture},     {"coming", Direction::kFuture},
      {"this", Direction::kCurrent}};
  auto it = kWords.find(f);
  return it == kWords.end() ? Direction::kNone : it->second;
}

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

// Leading digits of "17th", "17" or "1446ه"; -1 when none.
int LeadingNumber(const std::string& s, size_t* digits = nullptr) {
  size_t i = 0;
  int v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i < 6) v = v * 10 + (s[i++] - '0');
  if (digits != nullptr) *digits = i;
  return i == 0 ? -1 : v;
}

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

// A cursor over one sentence's tokens with the small look-ups the rules need.
class Tagger {
 public:
  Tagger(std::string_view text, const std::vector<Token>& tokens, const Date& pub)
      : text_(text), t_(tokens), pub_(pub) {
    for (const Token& tok : t_) {
      const std::string& f = tok.fold;
      if (f == "سوف" || f == "will" || f == "shall" || f == "'ll" || f == "المقرر" ||
          f == "المنتظر" || f == "يعتزم" || f == "تعتزم" || f == "scheduled" ||
          f == "plans" || f == "tomorrow" || f == "غدا")
        future_ = true;
    }
  }

  std::vector<Timex> Run() {
    size_t i = 0;
    while (i < t_.size()) {
      size_t next = i;
      if (Match(i, next)) {
        i = next;
      } else {
        ++i;
      }
    }
    return std::move(out_);
  }

 private:
  const std::string& F(size_t i) const {
    static const std::string kEmpty;
    return i < t_.size() ? t_[i].fold : kEmpty;
  }
  // The folded word, then without the conjunction و/ف, then also without
  // a preposition ب/ل/ك ("وفي" -> "في", "لعام" -> "عام", "للأسبوع" ->
  // "الاسبوع"). The article stays: "اليوم" is not "يوم".
  std::vector<std::string> Forms(size_t i) const {
    std::vector<std::string> out{F(i)};
    if (i >= t_.size() || !t_[i].is_arabic) return out;
    std::string x = F(i);
    auto starts = [&](const char* p) { return x.rfind(p, 0) == 0; };
    if (x.size() > 4 && (starts("و") || starts("ف"))) {
      x = x.substr(2);
      out.push_back(x);
    }
    if (x.size() > 6 && starts("لل")) {
      out.push_back("ال" + x.substr(4));
    } else if (x.size() > 4 && (starts("ب") || starts("ل") || starts("ك"))) {
      out.push_back(x.substr(2));
    }
    return out;
  }
  template <typename Map>
  auto FindIn(const Map& map, size_t i) const {
    for (const std::string& f : Forms(i)) {
      auto it = map.find(f);
      if (it != map.end()) return it;
    }
    return map.end();
  }
  bool Is(size_t i, std::initializer_list<const char*> words) const {
    const std::string& f = F(i);
    for (const char* w : words)
      if (f == w) return true;
    return false;
  }
  bool IsBare(size_t i, std::initializer_list<const char*> words) const {
    for (const std::string& form : Forms(i))
      for (const char* w : words)
        if (form == w) return true;
    return false;
  }

  int GregorianMonthAt(size_t i, size_t& next) const {
    const std::string& f = F(i);
    if ((f == "كانون" || f == "تشرين") && i + 1 < t_.size()) {
      bool first = Is(i + 1, {"الثاني"});
      bool second = Is(i + 1, {"الاول"});
      if (first || second) {
        next = i + 2;
        if (f == "كانون") return first ? 1 : 12;
        return first ? 11 : 10;
      }
    }
    auto& months = GregorianMonths();
    auto it = months.find(f);
    if (it == months.end() && t_[i].is_arabic) {
      for (const std::string& form : ArabicLookupForms(f, false)) {
        it = months.find(form);
        if (it != months.end()) break;
      }
    }
    // "اب" (August) is also a common noun; accept it only next to a number or slash.
    if (it == months.end() && f == "اب" &&
        ((i > 0 && (t_[i - 1].is_number || F(i - 1) == "/")) || F(i + 1) == "/")) {
      next = i + 1;
      return 8;
    }
    if (it == months.end()) return 0;
    // English "may", "mar", "sep" are words too: require a number or year near.
    if ((f == "may" || f == "mar") && !t_[i].is_capitalized) return 0;
    next = i + 1;
    // "Sept.", "Jan.": the stop belongs to an abbreviation, not to "May."
    if (F(next) == "." && f.size() <= 4 && f != "may" && f != "june" && f != "july") ++next;
    return it->second;
  }

  int HijriMonthAt(size_t i, size_t& next) const {
    std::string f = F(i);
    auto it = FindIn(HijriMonths(), i);
    if (it != HijriMonths().end()) {
      next = i + 1;
      return it->second;
    }
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
    size_t digits = 0;
    int y = LeadingNumber(F(i), &digits);
    if (y < 1800 || y > 2100 || digits != 4) return 0;
    if (F(i).size() != 4 && F(i) != std::to_string(y) + "م") return 0;
    next = i + 1;
    if (F(next) == "م") ++next;
    return y;
  }

  // Chooses the year for a day and month written without one: the occurrence
  // nearest the publication date (news rarely reaches half a year away).
  Date NearestYear(int month, int day, Direction dir) const {
    Date best;
    long best_gap = 0;
    for (int y = pub_.year - 1; y <= pub_.year + 1; ++y) {
      int d = day == 0 ? 1 : day;
      if (!Date::IsValidDay(y, month, d)) continue;
      Date c = Date::Day(y, month, d);
      long gap = c.DaysSinceEpoch() - pub_.DaysSinceEpoch();
      if (dir == Direction::kCurrent && y != pub_.year) continue;
      if (dir == Direction::kPast && gap > 0) continue;
      if (dir == Direction::kFuture && gap < 0) continue;
      long score = std::labs(gap) * 2 + (gap > 0 && !future_ ? 1 : 0);
      if (!best.known() || score < best_gap) {
        best = c;
        best_gap = score;
      }
    }
    if (best.known() && day == 0) best.day = 0;
    return best;
  }

  Date ResolveWeekday(int wd, Direction dir) const {
    int pub_wd = Weekday(pub_);
    if (dir == Direction::kFuture || (dir == Direction::kNone && future_)) {
      int delta = (wd - pub_wd + 7) % 7;
      if (delta == 0) delta = 7;
      return pub_.AddDays(delta);
    }
    int back = (pub_wd - wd + 7) % 7;
    if (dir == Direction::kPast && back == 0) back = 7;
    return pub_.AddDays(-back);
  }

  void Emit(size_t first, size_t next, TimexType type, std::string value, Date start, Date end,
            TimexAnchor anchor) {
    Timex tx;
    tx.span = {t_[first].begin, t_[next - 1].end};
    tx.type = type;
    tx.value = std::move(value);
    tx.start = start;
    tx.end = end.known() ? end : start;
    tx.anchor = anchor;
    tx.since = since_pending_;
    tx.future = start.known() && pub_.known() && start > pub_ && start.has_day();
    since_pending_ = false;
    out_.push_back(std::move(tx));
  }
  void EmitDate(size_t first, size_t next, Date d, TimexAnchor anchor, Date end = Date()) {
    std::string value = d.ToIso();
    if (end.known() && end != d) value = d.ToIso();  // TIMEX3 value is the start; end kept apart.
    Emit(first, next, TimexType::kDate, value, d, end, anchor);
  }

  bool Match(size_t i, size_t& next);
  bool MatchNumeric(size_t i, size_t& next);
  bool MatchDayMonth(size_t i, size_t& next);
  bool MatchMonthFirst(size_t i, size_t& next);
  bool MatchWeekday(size_t i, size_t& next);
  bool MatchRelativeWord(size_t i, size_t& next);
  bool MatchPeriod(size_t i, size_t& next);
  bool MatchCount(size_t i, size_t& next);
  bool MatchYear(size_t i, size_t& next);

  std::string_view text_;
  const std::vector<Token>& t_;
  Date pub_;
  bool future_ = false;
  bool since_pending_ = false;
  std::vector<Timex> out_;
};

bool Tagger::Match(size_t i, size_t& next) {
  if (IsBare(i, {"منذ"}) || Is(i, {"since"})) {
    // "منذ" marks the next expression as the start of an ongoing state,
    // unless it is a count ("منذ ثلاثة أيام": three days ago).
    size_t j = i + 1;
    if (MatchCount(i, next)) return true;
    since_pending_ = true;
    if (Match(j, next)) {
      out_.back().span.begin = t_[i].begin;
      return true;
    }
    since_pending_ = false;
    return false;
  }
  return MatchNumeric(i, next) || MatchDayMonth(i, next) || MatchMonthFirst(i, next) ||
         MatchWeekday(i, next) || MatchRelativeWord(i, next) || MatchPeriod(i, next) ||
         MatchCount(i, next) || MatchYear(i, next);
}

// "17-5-2025", "2025/5/17", "17.05.2025", "2025-05-17": contiguous digits
// and separators, read day-first unless the year comes first.
bool Tagger::MatchNumeric(size_t i, size_t& next) {
  if (!t_[i].is_number) return false;
  std::vector<int> parts;
  std::vector<size_t> lens;
  size_t j = i;
  char sep = 0;
  while (j < t_.size()) {
    if (!t_[j].is_number) break;
    // ICU may keep "17.5.2025" as one token: split it here.
    std::string f = F(j);
    size_t k = 0;
    while (k < f.size()) {
      size_t start = k;
      while (k < f.size() && f[k] >= '0' && f[k] <= '9') ++k;
      if (k == start) return false;
      parts.push_back(std::atoi(f.substr(start, k - start).c_str()));
      lens.push_back(k - start);
      if (k < f.size()) {
        if (f[k] != '.' && f[k] != '/' && f[k] != '-') return false;
        if (sep != 0 && f[k] != sep) return false;
        sep = f[k];
        ++k;
      }
    }
    ++j;
    if (j + 1 < t_.size() && t_[j - 1].end == t_[j].begin && t_[j].end == t_[j + 1].begin &&
        (F(j) == "-" || F(j) == "/" || F(j) == ".") && t_[j + 1].is_number) {
      if (sep != 0 && F(j)[0] != sep) break;
      sep = F(j)[0];
      ++j;
      continue;
    }
    break;
  }
  if (parts.size() != 3) return false;
  int y, m, d;
  if (lens[0] == 4) {
    y = parts[0], m = parts[1], d = parts[2];
  } else if (lens[2] == 4) {
    d = parts[0], m = parts[1], y = parts[2];
  } else {
    return false;
  }
  if (!Date::IsValidDay(y, m, d)) return false;
  next = j;
  EmitDate(i, next, Date::Day(y, m, d), TimexAnchor::kExplicit);
  return true;
}

// "17 مايو 2025", "11 مايو/أيار الجاري", "24 فبراير/شباط 2022", "17 May",
// "15 ذو القعدة 1446هـ", and ranges "15-16 May", "من 15 إلى 16 مايو".
bool Tagger::MatchDayMonth(size_t i, size_t& next) {
  size_t first = i;
  int day = LeadingNumber(F(i));
  if (day < 1 || day > 31 || !t_[i].is_number) {
    // English ordinal "17th" is a word token.
    size_t digits = 0;
    day = LeadingNumber(F(i), &digits);
    std::string rest = digits > 0 ? F(i).substr(digits) : "";
    if (day < 1 || day > 31 || (rest != "st" && rest != "nd" && rest != "rd" && rest != "th"))
      return false;
  }
  size_t j = i + 1;
  int end_day = 0;
  // "15-16 May", "15 و16 مايو", "15 إلى 16 مايو", "15 and 16 May".
  if (j + 1 < t_.size() && (F(j) == "-" || Is(j, {"الي", "حتي", "and", "to"})) &&
      t_[j + 1].is_number) {
    int d2 = LeadingNumber(F(j + 1));
    if (d2 > day && d2 <= 31) {
      end_day = d2;
      j += 2;
    }
  } else if (j < t_.size() && t_[j].is_arabic && F(j).size() > 1 && F(j)[0] == '\xd9' &&
             F(j).substr(0, 2) == "و" && AllDigits(F(j).substr(2))) {
    int d2 = std::atoi(F(j).substr(2).c_str());
    if (d2 > day && d2 <= 31) {
      end_day = d2;
      j += 1;
    }
  }
  if (Is(j, {"of"})) ++j;
  size_t after = j;
  int month = GregorianMonthAt(j, after);
  bool hijri = false;
  if (month == 0) {
    month = HijriMonthAt(j, after);
    hijri = month != 0;
  }
  if (month == 0) return false;
  j = after;
  // "مايو/أيار": the same month in the other naming system.
  if (F(j) == "/" || F(j) == "-") {
    size_t alt_next = j + 1;
    if (GregorianMonthAt(j + 1, alt_next) != 0) j = alt_next;
  }
  if (F(j) == ",") ++j;
  Direction dir = Direction::kNone;
  Date start;
  size_t year_next = j;
  if (hijri) {
    size_t digits = 0;
    int hy = LeadingNumber(F(j), &digits);
    if (hy >= 1300 && hy <= 1600) {
      ++j;
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
    return false;  // A Hijri day and month without a year is too rare to guess.
  }
  int year = YearAt(j, year_next);
  TimexAnchor anchor = TimexAnchor::kExplicit;
  if (year != 0) {
    j = year_next;
    if (!Date::IsValidDay(year, month, day)) return false;
    start = Date::Day(year, month, day);
  } else {
    dir = RelativeWord(F(j));
    if (dir != Direction::kNone && dir != Direction::kCurrent && t_[j].is_arabic) ++j;
    else if (dir == Direction::kCurrent && t_[j].is_arabic) ++j;
    else dir = Direction::kNone;
    if (!pub_.known()) return false;
    start = NearestYear(month, day, dir);
    if (!start.known()) return false;
    anchor = TimexAnchor::kPublication;
  }
  Date end;
  if (end_day && Date::IsValidDay(start.year, month, end_day)) end = Date::Day(start.year, month, end_day);
  next = j;
  EmitDate(first, next, start, anchor, end);
  return true;
}

// "May 17, 2025", "May 17th", "May 2025", "مايو 2025", "مايو الماضي",
// "in March", "أيار/مايو 2025".
bool Tagger::MatchMonthFirst(size_t i, size_t& next) {
  size_t j = i;
  Direction dir = RelativeWord(F(i));
  bool english_rel = dir != Direction::kNone && !t_[i].is_arabic;
  if (english_rel) ++j;
  if (IsBare(j, {"شهر"})) ++j;
  size_t after = j;
  int month = GregorianMonthAt(j, after);
  if (month == 0) return false;
  j = after;
  if (F(j) == "/" || F(j) == "-") {
    size_t alt = j + 1;
    if (GregorianMonthAt(j + 1, alt) != 0) j = alt;
  }
  // English "May 17, 2025" / "May 17th".
  if (!t_[i].is_arabic && j < t_.size()) {
    size_t digits = 0;
    int day = LeadingNumber(F(j), &digits);
    std::string rest = F(j).substr(digits);
    if (day >= 1 && day <= 31 && digits <= 2 &&
        (rest.empty() || rest == "st" || rest == "nd" || rest == "rd" || rest == "th")) {
      size_t k = j + 1;
      if (F(k) == ",") ++k;
      size_t yn = k;
      int year = YearAt(k, yn);
      if (year != 0 && Date::IsValidDay(year, month, day)) {
        next = yn;
        EmitDate(i, next, Date::Day(year, month, day), TimexAnchor::kExplicit);
        return true;
      }
      if (!pub_.known()) return false;
      Date d = NearestYear(month, day, dir);
      if (!d.known()) return false;
      next = j + 1;
      EmitDate(i, next, d, TimexAnchor::kPublication);
      return true;
    }
  }
  if (F(j) == ",") {
    size_t yn = j + 1;
    if (YearAt(j + 1, yn) != 0) j = j + 1;
  }
  size_t yn = j;
  int year = YearAt(j, yn);
  if (year != 0) {
    next = yn;
    EmitDate(i, next, Date::Month(year, month), TimexAnchor::kExplicit);
    return true;
  }
  if (!english_rel) {
    dir = RelativeWord(F(j));
    if (dir != Direction::kNone && t_[j].is_arabic) ++j;
    else dir = Direction::kNone;
  }
  // A bare month needs some sign it is a date: a preposition before it, a
  // relative word, or the Arabic word "شهر".
  bool cue = dir != Direction::kNone || IsBare(i, {"شهر"}) ||
             (i > 0 && (IsBare(i - 1, {"في", "خلال", "منذ", "مطلع", "اوائل", "اواخر", "نهايه",
                                       "منتصف", "بدايه"}) ||
                        Is(i - 1, {"in", "since", "during", "until", "early", "late", "mid",
                                   "by", "last", "next", "this"})));
  if (!cue || !pub_.known()) return false;
  if (dir == Direction::kNone && !future_) dir = Direction::kPast;
  if (dir == Direction::kNone && future_) dir = Direction::kFuture;
  Date d = NearestYear(month, 0, dir == Direction::kPast ? Direction::kNone : dir);
  if (dir == Direction::kPast) {
    int y = month <= pub_.month ? pub_.year : pub_.year - 1;
    if (RelativeWord(F(j - 1)) == Direction::kPast && month == pub_.month) y = pub_.year - 1;
    d = Date::Month(y, month);
  }
  if (!d.known()) return false;
  next = j;
  Emit(i, next, TimexType::kDate, d.ToIso(), d, d, TimexAnchor::kPublication);
  return true;
}

// "يوم الخميس", "الخميس الماضي", "يومي الخميس والجمعة", "اليوم السبت",
// "on Tuesday", "last Monday", "Wednesday's talks", "Thursday and Friday".
bool Tagger::MatchWeekday(size_t i, size_t& next) {
  if (!pub_.known() || !pub_.has_day()) return false;
  size_t j = i;
  bool today = false;
  Direction dir = Direction::kNone;
  if (IsBare(j, {"اليوم"}) && Weekdays().count(F(j + 1))) {
    today = true;
    ++j;
  } else if (IsBare(j, {"يوم", "يومي"})) {
    ++j;
  } else if (Is(j, {"on", "last", "next", "this", "coming"})) {
    dir = Is(j, {"on"}) ? Direction::kNone : RelativeWord(F(j));
    ++j;
  }
  if (j >= t_.size()) return false;
  auto it = FindIn(Weekdays(), j);
  if (it == Weekdays().end() && !t_[j].is_arabic && F(j).size() > 2 &&
      F(j).compare(F(j).size() - 2, 2, "'s") == 0)
    it = Weekdays().find(F(j).substr(0, F(j).size() - 2));  // "Wednesday's"
  if (it == Weekdays().end()) return false;
  // "السبت 17-5-2025": the weekday only names the date that follows.
  {
    size_t after = j + 1;
    if (after < t_.size() && t_[after].is_number) return false;
  }
  int wd = it->second;
  ++j;
  if (F(j) == "'" && F(j + 1) == "s") j += 2;
  if (F(j) == "'s") ++j;
  // A second weekday: "والجمعة", "and Friday", "و الجمعة".
  int wd2 = -1;
  size_t k = j;
  if (Is(k, {"and", "to", "و"})) ++k;
  if (k < t_.size()) {
    std::string g = t_[k].is_arabic ? F(k) : F(k);
    if (t_[k].is_arabic && g.rfind("و", 0) == 0) g = g.substr(2);
    auto it2 = Weekdays().find(g);
    if (it2 != Weekdays().end() && (k != j || t_[k].fold != F(j - 1))) {
      if (k != j || F(k).rfind("و", 0) == 0) {
        wd2 = it2->second;
        j = k + 1;
      }
    }
  }
  if (dir == Direction::kNone) {
    Direction after = RelativeWord(F(j));
    if (after != Direction::kNone && t_[j].is_arabic && after != Direction::kCurrent) {
      dir = after;
      ++j;
    }
  }
  Date d = today ? pub_ : ResolveWeekday(wd, dir);
  if (today && Weekday(pub_) != wd) d = pub_;  // the page's own weekday wins
  Date end;
  if (wd2 >= 0) {
    int span = (wd2 - wd + 7) % 7;
    end = d.AddDays(span);
    if (!today && end > pub_ && !(dir == Direction::kFuture || future_)) {
      d = d.AddDays(-7);
      end = end.AddDays(-7);
    }
  }
  next = j;
  EmitDate(i, next, d, TimexAnchor::kPublication, end);
  return true;
}

// "اليوم", "أمس", "أول أمس", "غداً", "بعد غد", "today", "yesterday", "tonight".
bool Tagger::MatchRelativeWord(size_t i, size_t& next) {
  if (!pub_.known() || !pub_.has_day()) return false;
  int offset = 0;
  size_t j = i + 1;
  if (IsBare(i, {"امس", "البارحه"})) {
    offset = -1;
    if (Is(j, {"الاول"})) {
      offset = -2;
      ++j;
    }
  } else if (IsBare(i, {"اول"}) && (Is(i + 1, {"امس"}) || (Is(i + 1, {"من"}) && Is(i + 2, {"امس"})))) {
    offset = -2;
    j = Is(i + 1, {"امس"}) ? i + 2 : i + 3;
  } else if (IsBare(i, {"غدا", "الغد"})) {
    offset = 1;
  } else if (IsBare(i, {"بعد"}) && Is(i + 1, {"غد"})) {
    offset = 2;
    j = i + 2;
  } else if (IsBare(i, {"اليوم"}) && !(i > 0 && IsBare(i - 1, {"حتي", "الي"})) &&
             !(i + 1 < t_.size() && t_[i + 1].is_arabic &&
               (F(i + 1) == "العالمي" || F(i + 1) == "الوطني" || F(i + 1) == "الدولي"))) {
    // "حتى اليوم" means "to this day" and "اليوم العالمي" a world day, not dates.
    offset = 0;
  } else if (Is(i, {"today", "tonight"})) {
    offset = 0;
  } else if (Is(i, {"yesterday"})) {
    offset = -1;
  } else if (Is(i, {"tomorrow"})) {
    offset = 1;
  } else if (Is(i, {"this"}) && Is(i + 1, {"morning", "afternoon", "evening"})) {
    j = i + 2;
  } else {
    return false;
  }
  next = j;
  EmitDate(i, next, pub_.AddDays(offset), TimexAnchor::kPublication);
  return true;
}

// "الأسبوع الماضي", "الشهر الجاري", "العام الماضي", "last week",
// "earlier this month", "next year".
bool Tagger::MatchPeriod(size_t i, size_t& next) {
  if (!pub_.known()) return false;
  size_t j = i;
  Direction dir = Direction::kNone;
  char unit = 0;
  if (Is(j, {"earlier", "later"}) && Is(j + 1, {"this"})) ++j;
  if (!t_[j].is_arabic && RelativeWord(F(j)) != Direction::kNone) {
    dir = RelativeWord(F(j));
    if (Is(j + 1, {"week"})) unit = 'W';
    else if (Is(j + 1, {"month"})) unit = 'M';
    else if (Is(j + 1, {"year"})) unit = 'Y';
    if (!unit) return false;
    j += 2;
  } else {
    if (IsBare(j, {"الاسبوع"})) unit = 'W';
    else if (IsBare(j, {"الشهر"})) unit = 'M';
    else if (IsBare(j, {"العام", "السنه"})) unit = 'Y';
    if (!unit) return false;
    dir = RelativeWord(F(j + 1));
    if (dir == Direction::kNone) return false;
    j += 2;
  }
  int step = dir == Direction::kPast ? -1 : dir == Direction::kFuture ? 1 : 0;
  next = j;
  if (unit == 'W') {
    if (!pub_.has_day()) return false;
    Date ref = pub_.AddDays(7 * step);
    Emit(i, next, TimexType::kDate, IsoWeek(ref), Date(), Date(), TimexAnchor::kPublication);
  } else if (unit == 'M') {
    Date m = Date::Month(pub_.year, pub_.month).AddMonths(step);
    Emit(i, next, TimexType::kDate, m.ToIso(), m, m, TimexAnchor::kPublication);
  } else {
    Date y = Date::Year(pub_.year + step);
    Emit(i, next, TimexType::kDate, y.ToIso(), y, y, TimexAnchor::kPublication);
  }
  return true;
}

// Counts: "قبل ثلاثة أيام", "منذ يومين", "بعد أسبوع", "two days ago",
// "لمدة ثلاثة أيام", "for two weeks".
bool Tagger::MatchCount(size_t i, size_t& next) {
  enum { kAgo, kAfter, kDuration, kNone } kind = kNone;
  size_t j = i;
  if (IsBare(i, {"قبل", "منذ"})) kind = kAgo, ++j;
  else if (IsBare(i, {"بعد"})) kind = kAfter, ++j;
  else if (IsBare(i, {"لمده", "مده", "طيله"})) kind = kDuration, ++j;
  else if (IsBare(i, {"علي"}) && Is(i + 1, {"مدي"})) kind = kDuration, j += 2;
  else if (Is(i, {"for"})) kind = kDuration, ++j;
  int count = -1;
  if (t_.size() > j && t_[j].is_number) {
    count = LeadingNumber(F(j));
    ++j;
  } else if (NumberWords().count(F(j))) {
    count = NumberWords().at(F(j));
    ++j;
  }
  auto unit_it = FindIn(Units(), j);
  if (unit_it == Units().end()) return false;
  if (count < 0) count = unit_it->second.implied_count;
  if (count <= 0 || count > 1000) return false;
  ++j;
  char unit = unit_it->second.letter;
  if (kind == kNone && Is(j, {"ago"})) {
    kind = kAgo;
    ++j;
  } else if (kind == kNone && Is(j, {"later"})) {
    kind = kAfter;
    ++j;
  }
  if (kind == kNone) return false;
  std::string duration = std::string(unit == 'H' ? "PT" : "P") + std::to_string(count) + unit;
  next = j;
  if (kind == kDuration || unit == 'H' || !pub_.known() || !pub_.has_day()) {
    Emit(i, next, TimexType::kDuration, duration, Date(), Date(), TimexAnchor::kExplicit);
    return true;
  }
  int sign = kind == kAgo ? -1 : 1;
  Date d;
  if (unit == 'D') d = pub_.AddDays(sign * count);
  else if (unit == 'W') d = pub_.AddDays(sign * 7 * count);
  else if (unit == 'M') d = Date::Month(pub_.year, pub_.month).AddMonths(sign * count);
  else d = Date::Year(pub_.year + sign * count);
  if (unit == 'W') {
    Emit(i, next, TimexType::kDate, IsoWeek(d), Date(), Date(), TimexAnchor::kPublication);
  } else {
    EmitDate(i, next, d, TimexAnchor::kPublication);
  }
  return true;
}

// "عام 2022", "in 2022", "منذ 2011", "the 1990s", "التسعينيات".
bool Tagger::MatchYear(size_t i, size_t& next) {
  size_t j = i;
  bool cue = false;
  if (IsBare(j, {"عام", "العام", "سنه", "السنه", "خلال"})) {
    cue = true;
    ++j;
  } else if (Is(j, {"in", "since", "by", "during", "of", "until", "early", "late", "from"})) {
    // An English preposition cues the year but is not part of the expression.
    cue = true;
    if (Is(j, {"since"})) since_pending_ = true;
    ++j;
    i = j;
  }
  if (Is(j, {"the"}) && !t_[j].is_arabic) {
    size_t digits = 0;
    int y = LeadingNumber(F(j + 1), &digits);
    if (digits == 4 && F(j + 1).substr(4) == "s" && y % 10 == 0 && y >= 1800 && y <= 2090) {
      next = j + 2;
      std::string v = std::to_string(y / 10);
      Emit(i, next, TimexType::kDate, v, Date::Year(y), Date::Year(y + 9), TimexAnchor::kExplicit);
      return true;
    }
  }
  size_t yn = j;
  int y = YearAt(j, yn);
  if (y == 0) return false;
  // A bare 4-digit number is a year only with a cue before it or "م" after it.
  if (!cue && !(i > 0 && (IsBare(i - 1, {"منذ", "في"}) || Is(i - 1, {"since", "in"}))) &&
      F(yn - 1) != "م")
    return false;
  next = yn;
  EmitDate(i, next, Date::Year(y), TimexAnchor::kExplicit);
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
  if (start.known() && end.known() && end != start) out += " " + start.ToIso() + "/" + end.ToIso();
  out += std::string(" [") + TimexAnchorName(anchor) + "]";
  if (since) out += " since";
  return out;
}

std::vector<Timex> FindTimexes(std::string_view text, const std::vector<Token>& tokens,
                               const Date& publication) {
  std::vector<Timex> out = Tagger(text, tokens, publication).Run();
  // A Hijri date followed by "الموافق" and its Gregorian twin is one date.
  for (size_t k = 0; k + 1 < out.size(); ++k) {
    std::string_view between =
        out[k].span.end <= out[k + 1].span.begin
            ? text.substr(out[k].span.end, out[k + 1].span.begin - out[k].span.end)
            : std::string_view();
    if (FoldForMatch(Trim(between)).find("الموافق") != std::string::npos &&
        between.size() < 40 && out[k].start == out[k + 1].start) {
      out[k].span.end = out[k + 1].span.end;
      out.erase(out.begin() + static_cast<long>(k) + 1);
    }
  }
  return out;
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
  UErrorCode status = U_ZERO_ERROR;
  // Both calendars in GMT, so that midnight does not slip a day.
  std::unique_ptr<icu::Calendar> hijri(icu::Calendar::createInstance(
      icu::TimeZone::getGMT()->clone(), icu::Locale("ar_SA@calendar=islamic-umalqura"), status));
  if (U_FAILURE(status) || month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
  hijri->clear();
  hijri->set(year, month - 1, day);
  UDate when = hijri->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  std::unique_ptr<icu::Calendar> greg(
      icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale("en_US@calendar=gregorian"), status));
  if (U_FAILURE(status)) return std::nullopt;
  greg->setTime(when, status);
  int y = greg->get(UCAL_YEAR, status);
  int m = greg->get(UCAL_MONTH, status) + 1;
  int d = greg->get(UCAL_DATE, status);
  if (U_FAILURE(status) || !Date::IsValidDay(y, m, d)) return std::nullopt;
  return Date::Day(y, m, d);
}

}  // namespace diplograph
