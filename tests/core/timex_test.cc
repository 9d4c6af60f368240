#include "core/timex.h"

#include <catch2/catch.hpp>

#include <string>

namespace diplograph {

namespace {

// Tags `text` published on `pub` and returns the dumps of what it found.
std::vector<std::string> Tag(const std::string& text, Date pub) {
  std::vector<Token> tokens = Tokenize(text, {0, text.size()});
  std::vector<std::string> out;
  for (const Timex& t : FindTimexes(text, tokens, pub))
    out.push_back(t.Dump() + " \"" + text.substr(t.span.begin, t.span.size()) + "\"");
  return out;
}

struct Case {
  const char* text;
  const char* expected;  // Dump() of the single expression, then its text in quotes
};

// Published Saturday 17 May 2025, the running example's day.
const Date kPub = Date::Day(2025, 5, 17);

const Case kArabic[] = {
    {"جرى الاتصال اليوم السبت", "DATE 2025-05-17 [publication] \"اليوم السبت\""},
    {"وصل الوفد أمس", "DATE 2025-05-16 [publication] \"أمس\""},
    {"التقى الوزيران أول أمس", "DATE 2025-05-15 [publication] \"أول أمس\""},
    {"اجتمعا أمس الأول في الرياض", "DATE 2025-05-15 [publication] \"أمس الأول\""},
    {"يصل الوزير غداً إلى أنقرة", "DATE 2025-05-18 [publication] \"غداً\""},
    {"تعقد القمة بعد غد", "DATE 2025-05-19 [publication] \"بعد غد\""},
    {"عقدت جولة مفاوضات يومي الخميس والجمعة",
     "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"يومي الخميس والجمعة\""},
    {"التقى الرئيسان يوم الخميس", "DATE 2025-05-15 [publication] \"يوم الخميس\""},
    {"التقى الرئيسان الخميس الماضي", "DATE 2025-05-15 [publication] \"الخميس الماضي\""},
    {"سيزور الوزير موسكو الأحد المقبل", "DATE 2025-05-18 [publication] \"الأحد المقبل\""},
    {"سوف يلتقي الوزيران يوم الثلاثاء", "DATE 2025-05-20 [publication] \"يوم الثلاثاء\""},
    {"اقترح بوتين في 11 مايو/أيار الجاري استئناف المفاوضات",
     "DATE 2025-05-11 [publication] \"11 مايو/أيار الجاري\""},
    {"منذ 24 فبراير/شباط 2022 تواصل روسيا هجومها",
     "DATE 2022-02-24 [explicit] since \"24 فبراير/شباط 2022\""},
    {"صدر البيان في 17 مايو 2025", "DATE 2025-05-17 [explicit] \"17 مايو 2025\""},
    {"صدر البيان في ١٧ مايو ٢٠٢٥", "DATE 2025-05-17 [explicit] \"١٧ مايو ٢٠٢٥\""},
    {"وقع الاتفاق في 17 أيار/مايو 2025", "DATE 2025-05-17 [explicit] \"17 أيار/مايو 2025\""},
    {"وقع الاتفاق في 3 كانون الثاني 2024", "DATE 2024-01-03 [explicit] \"3 كانون الثاني 2024\""},
    {"وقع الاتفاق في 9 تشرين الأول 2023", "DATE 2023-10-09 [explicit] \"9 تشرين الأول 2023\""},
    {"وقع الاتفاق في 5 آب 2015", "DATE 2015-08-05 [explicit] \"5 آب 2015\""},
    {"جرى ذلك السبت 17-5-2025", "DATE 2025-05-17 [explicit] \"السبت 17-5-2025\""},
    {"نشر بتاريخ 2025/5/17", "DATE 2025-05-17 [explicit] \"2025/5/17\""},
    {"بدأت الحرب عام 2022", "DATE 2022 [explicit] \"عام 2022\""},
    {"اندلعت الأزمة في مايو الماضي", "DATE 2024-05 [publication] \"مايو الماضي\""},
    {"تعقد القمة في يونيو المقبل", "DATE 2025-06 [publication] \"يونيو المقبل\""},
    {"ارتفعت الأسعار خلال الشهر الجاري", "DATE 2025-05 [publication] \"الشهر الجاري\""},
    {"زار الرياض الشهر الماضي", "DATE 2025-04 [publication] \"الشهر الماضي\""},
    {"وقعت الاتفاقية العام الماضي", "DATE 2024 [publication] \"العام الماضي\""},
    {"اجتمع المجلس الأسبوع الماضي", "DATE 2025-W19 [publication] \"الأسبوع الماضي\""},
    {"التقيا قبل ثلاثة أيام", "DATE 2025-05-14 [publication] \"قبل ثلاثة أيام\""},
    {"وصل منذ يومين", "DURATION P2D [explicit] since \"يومين\""},
    {"تستمر الزيارة لمدة ثلاثة أيام", "DURATION P3D [explicit] \"ثلاثة أيام\""},
    {"جرى ذلك في 15 ذو القعدة 1446هـ", "DATE 2025-05-13 [explicit] \"15 ذو القعدة 1446هـ\""},
    {"عقدت المحادثات من 15 إلى 16 مايو", "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"15 إلى 16 مايو\""},
};

const Case kEnglish[] = {
    {"The ministers spoke today.", "DATE 2025-05-17 [publication] \"today\""},
    {"He arrived yesterday.", "DATE 2025-05-16 [publication] \"yesterday\""},
    {"They will meet tomorrow.", "DATE 2025-05-18 [publication] \"tomorrow\""},
    {"The envoy met the king on Tuesday.", "DATE 2025-05-13 [publication] \"Tuesday\""},
    {"The envoy will meet the king on Tuesday.", "DATE 2025-05-20 [publication] \"Tuesday\""},
    {"They met last Monday.", "DATE 2025-05-12 [publication] \"last Monday\""},
    {"Talks resume next Monday.", "DATE 2025-05-19 [publication] \"next Monday\""},
    {"Wednesday's talks ended late.", "DATE 2025-05-14 [publication] \"Wednesday\""},
    {"The accord was signed on May 11, 2025.", "DATE 2025-05-11 [explicit] \"May 11, 2025\""},
    {"The accord was signed on May 11th.", "DATE 2025-05-11 [publication] \"May 11th\""},
    {"The accord was signed on 11 May 2025.", "DATE 2025-05-11 [explicit] \"11 May 2025\""},
    {"The accord was signed on 11 May.", "DATE 2025-05-11 [publication] \"11 May\""},
    {"It was published 2025-05-17.", "DATE 2025-05-17 [explicit] \"2025-05-17\""},
    {"The war began in 2022.", "DATE 2022 [explicit] \"2022\""},
    {"Talks failed in March.", "DATE 2025-03 [publication] \"March\""},
    {"Tensions rose in the 1990s.", "DATE 199 1990/1999 [explicit] \"the 1990s\""},
    {"They met last week.", "DATE 2025-W19 [publication] \"last week\""},
    {"He visited earlier this month.", "DATE 2025-05 [publication] \"earlier this month\""},
    {"Trade grew last year.", "DATE 2024 [publication] \"last year\""},
    {"He left two days ago.", "DATE 2025-05-15 [publication] \"two days ago\""},
    {"The summit lasted for two weeks.", "DURATION P2W [explicit] \"two weeks\""},
    {"Delegations met between May 15 and 16.", "DATE 2025-05-15 [publication] \"May 15\""},
    {"They met 15-16 May.", "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"15-16 May\""},
};

}  // namespace

TEST_CASE("Timex finds and resolves Arabic expressions", "[core][timex]") {
  for (const Case& c : kArabic) {
    INFO(c.text);
    std::vector<std::string> got = Tag(c.text, kPub);
    CHECK(got.size() == 1);
    if (!got.empty()) CHECK(got[0] == c.expected);
  }
}

TEST_CASE("Timex finds and resolves English expressions", "[core][timex]") {
  for (const Case& c : kEnglish) {
    INFO(c.text);
    std::vector<std::string> got = Tag(c.text, kPub);
    CHECK(got.size() >= 1);
    if (!got.empty()) CHECK(got[0] == c.expected);
  }
}

TEST_CASE("Timex leaves ordinary words alone", "[core][timex]") {
  CHECK(Tag("You may say so.", kPub).empty());
  CHECK(Tag("He has 2025 reasons.", kPub).empty());
  CHECK(Tag("اليوم العالمي للمرأة مستمر حتى اليوم", kPub).empty());
}

TEST_CASE("ParseDateLine reads printed page dates only when the line is a date", "[core][timex]") {
  CHECK(ParseDateLine("17 مايو 2025") == Date::Day(2025, 5, 17));
  CHECK(ParseDateLine("السبت 17-5-2025") == Date::Day(2025, 5, 17));
  CHECK(ParseDateLine("May 17, 2025") == Date::Day(2025, 5, 17));
  CHECK(ParseDateLine(" 2025-05-17 ") == Date::Day(2025, 5, 17));
  CHECK_FALSE(ParseDateLine("صدر البيان في 17 مايو 2025"));
  CHECK_FALSE(ParseDateLine("مايو"));
}

TEST_CASE("Hijri dates convert through ICU's Umm al-Qura calendar", "[core][timex]") {
  CHECK(HijriToGregorian(1446, 9, 1) == Date::Day(2025, 3, 1));     // 1 Ramadan 1446
  CHECK(HijriToGregorian(1436, 10, 1) == Date::Day(2015, 7, 17));   // Eid al-Fitr 1436
  CHECK_FALSE(HijriToGregorian(1446, 13, 1));
}

}  // namespace diplograph
