// Arabic time expressions, one line per case: the sentence, the date it is
// resolved against and every expression found, as Dump() and "text".
#include <catch2/catch.hpp>

#include <string>

#include "core/timex.h"
#include "tests/core/timex_cases.h"

namespace diplograph {

namespace {

using timex_cases::Case;
using timex_cases::Check;
using timex_cases::TagAll;



// Saturday 17 May 2025 (19 Dhu al-Qadah 1446); Sunday 9 August 2015.
const Date kSat = Date::Day(2025, 5, 17);
const Date kSun = Date::Day(2015, 8, 9);

const Case kRelativeDays[] = {
    {"عقد المجلس جلسته اليوم", kSat, "DATE 2025-05-17 [publication] \"اليوم\""},
    {"غادر الوفد أمس", kSat, "DATE 2025-05-16 [publication] \"أمس\""},
    {"تحدث الوزير للصحفيين أول أمس", kSat, "DATE 2025-05-15 [publication] \"أول أمس\""},
    {"صدر القرار أول من أمس", kSat, "DATE 2025-05-15 [publication] \"أول من أمس\""},
    {"اتصل به أمس الأول", kSat, "DATE 2025-05-15 [publication] \"أمس الأول\""},
    {"يبدأ المؤتمر غداً", kSat, "DATE 2025-05-18 [publication] \"غداً\""},
    {"يبدأ المؤتمر غدا في الدوحة", kSat, "DATE 2025-05-18 [publication] \"غدا\""},
    {"تنتهي المهلة بعد غد", kSat, "DATE 2025-05-19 [publication] \"بعد غد\""},
    {"وصلت الطائرة البارحة", kSat, "DATE 2025-05-16 [publication] \"البارحة\""},
    {"أعلنت الوزارة اليوم السبت", kSat, "DATE 2025-05-17 [publication] \"اليوم السبت\""},
    {"بدأت الاشتباكات أمس الجمعة", kSat, "DATE 2025-05-16 [publication] \"أمس الجمعة\""},
    {"قالت الوزارة اليوم السبت", kSun, "DATE 2015-08-08 [publication] \"اليوم السبت\""},
    {"وقع الانفجار أمس الجمعة", kSun, "DATE 2015-08-07 [publication] \"أمس الجمعة\""},
    {"عقد لقاء أول أمس الخميس", kSat, "DATE 2025-05-15 [publication] \"أول أمس الخميس\""},
    {"وأمس أعلن الجيش الهدنة", kSat, "DATE 2025-05-16 [publication] \"أمس\""},
    {"قال بالأمس إن المحادثات مستمرة", kSat, "DATE 2025-05-16 [publication] \"الأمس\""},
    {"ظل الموقف ثابتا حتى اليوم", kSat, ""},
    {"يحتفل العالم باليوم العالمي للبيئة", kSat, ""},
    {"وفي اليوم التالي عاد إلى بلاده", kSat, ""},
};

const Case kWeekdays[] = {
    {"اجتمع الطرفان يوم الخميس", kSat, "DATE 2025-05-15 [publication] \"يوم الخميس\""},
    {"اجتمع الطرفان الخميس الماضي", kSat, "DATE 2025-05-15 [publication] \"الخميس الماضي\""},
    {"ناقش المجلس الملف الأربعاء الماضي", kSat, "DATE 2025-05-14 [publication] \"الأربعاء الماضي\""},
    {"يعود السفير الأحد المقبل", kSat, "DATE 2025-05-18 [publication] \"الأحد المقبل\""},
    {"تستأنف الجلسات يوم الاثنين المقبل", kSat, "DATE 2025-05-19 [publication] \"يوم الاثنين المقبل\""},
    {"يزور الرئيس باريس الثلاثاء القادم", kSat, "DATE 2025-05-20 [publication] \"الثلاثاء القادم\""},
    {"سوف يوقع الطرفان الاتفاق يوم الثلاثاء", kSat, "DATE 2025-05-20 [publication] \"يوم الثلاثاء\""},
    {"سيزور الوزير القاهرة الأحد", kSat, "DATE 2025-05-18 [publication] \"الأحد\""},
    {"من المقرر أن تبدأ المحادثات الأربعاء", kSat, "DATE 2025-05-21 [publication] \"الأربعاء\""},
    {"وصل المبعوث الجمعة إلى بيروت", kSat, "DATE 2025-05-16 [publication] \"الجمعة\""},
    {"انتهت الجولة يوم السبت", kSat, "DATE 2025-05-17 [publication] \"يوم السبت\""},
    {"جرت المباحثات يومي الخميس والجمعة",
     kSat, "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"يومي الخميس والجمعة\""},
    {"تعقد القمة يومي الأحد والاثنين المقبلين",
     kSat, "DATE 2025-05-18 2025-05-18/2025-05-19 [publication] \"يومي الأحد والاثنين المقبلين\""},
    {"ويوم الخميس التقى الوفدان", kSat, "DATE 2025-05-15 [publication] \"يوم الخميس\""},
    {"استقبل العاهل ضيفه يوم الثلاثاء 19/10/1436", kSun,
     "DATE 2015-08-04 [explicit] \"يوم الثلاثاء 19/10/1436\""},
    {"أعلن ذلك السبت 17-5-2025", kSat, "DATE 2025-05-17 [explicit] \"السبت 17-5-2025\""},
};

const Case kExplicitDates[] = {
    {"نشر التقرير في 17 مايو 2025", kSat, "DATE 2025-05-17 [explicit] \"17 مايو 2025\""},
    {"نشر التقرير في ١٧ مايو ٢٠٢٥", kSat, "DATE 2025-05-17 [explicit] \"١٧ مايو ٢٠٢٥\""},
    {"وقعت المعاهدة في 17 أيار/مايو 2025", kSat, "DATE 2025-05-17 [explicit] \"17 أيار/مايو 2025\""},
    {"انعقدت الدورة في 3 كانون الثاني 2024", kSat, "DATE 2024-01-03 [explicit] \"3 كانون الثاني 2024\""},
    {"انعقدت الدورة في 25 كانون الأول 2024", kSat, "DATE 2024-12-25 [explicit] \"25 كانون الأول 2024\""},
    {"انعقدت الدورة في 9 تشرين الأول 2023", kSat, "DATE 2023-10-09 [explicit] \"9 تشرين الأول 2023\""},
    {"انعقدت الدورة في 1 تشرين الثاني 2023", kSat, "DATE 2023-11-01 [explicit] \"1 تشرين الثاني 2023\""},
    {"انعقدت الدورة في 5 آب 2015", kSat, "DATE 2015-08-05 [explicit] \"5 آب 2015\""},
    {"صدر المرسوم بتاريخ 17-5-2025", kSat, "DATE 2025-05-17 [explicit] \"17-5-2025\""},
    {"صدر المرسوم بتاريخ 2025/5/17", kSat, "DATE 2025-05-17 [explicit] \"2025/5/17\""},
    {"صدر المرسوم بتاريخ 2025-05-17", kSat, "DATE 2025-05-17 [explicit] \"2025-05-17\""},
    {"صدر المرسوم بتاريخ 17.5.2025", kSat, "DATE 2025-05-17 [explicit] \"17.5.2025\""},
    {"الموافق 4/ 8 / 2015", kSun, "DATE 2015-08-04 [explicit] \"4/ 8 / 2015\""},
    {"أعلن الاتفاق في 14 يوليو تموز", kSun, "DATE 2015-07-14 [publication] \"14 يوليو تموز\""},
    {"اقترح الرئيس في 11 مايو/أيار الجاري هدنة", kSat, "DATE 2025-05-11 [publication] \"11 مايو/أيار الجاري\""},
    {"تنتهي المهلة في 20 مايو الجاري", kSat, "DATE 2025-05-20 [publication] \"20 مايو الجاري\""},
    {"تبدأ الانتخابات في 2 يونيو المقبل", kSat, "DATE 2025-06-02 [publication] \"2 يونيو المقبل\""},
    {"انتهت المفاوضات في 30 أبريل الماضي", kSat, "DATE 2025-04-30 [publication] \"30 أبريل الماضي\""},
    {"أمام البرلمان حتى 17 سبتمبر ايلول", kSun, "DATE 2015-09-17 [publication] \"17 سبتمبر ايلول\""},
    {"عقدت الجولة في 15 و16 مايو", kSat,
     "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"15 و16 مايو\""},
    {"عقدت الجولة من 15 إلى 16 مايو", kSat,
     "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"15 إلى 16 مايو\""},
    {"ومنذ 24 فبراير/شباط 2022 يستمر القتال", kSat,
     "DATE 2022-02-24 [explicit] since \"24 فبراير/شباط 2022\""},
};

const Case kMonthsAndYears[] = {
    {"تدهور الوضع في مايو الماضي", kSat, "DATE 2024-05 [publication] \"مايو الماضي\""},
    {"يعقد المؤتمر في يونيو المقبل", kSat, "DATE 2025-06 [publication] \"يونيو المقبل\""},
    {"يعقد المؤتمر في يناير المقبل", kSat, "DATE 2026-01 [publication] \"يناير المقبل\""},
    {"انسحبت القوات في مارس", kSat, "DATE 2025-03 [publication] \"مارس\""},
    {"وقع الرئيس القانون في مايو ايار", kSun, "DATE 2015-05 [publication] \"مايو ايار\""},
    {"جرى التصويت في أبريل/نيسان الماضي", kSat, "DATE 2025-04 [publication] \"أبريل/نيسان الماضي\""},
    {"سيزور المملكة خلال شهر سبتمبر أو أكتوبر المقبلين", kSun,
     "DATE 2015-09 2015-09/2015-10 [publication] \"شهر سبتمبر أو أكتوبر المقبلين\""},
    {"بدأ التحقيق مطلع مارس", kSat, "DATE 2025-03 [publication] \"مطلع مارس\""},
    {"تنتهي الولاية أواخر يونيو", kSat, "DATE 2025-06 [publication] \"أواخر يونيو\""},
    {"تبدأ المرحلة منتصف يوليو المقبل", kSat, "DATE 2025-07 [publication] \"منتصف يوليو المقبل\""},
    {"ارتفع التضخم في ديسمبر 2024", kSat, "DATE 2024-12 [explicit] \"ديسمبر 2024\""},
    {"اندلعت الحرب عام 2022", kSat, "DATE 2022 [explicit] \"عام 2022\""},
    {"أجريت الانتخابات في العام 2019", kSat, "DATE 2019 [explicit] \"العام 2019\""},
    {"سقط النظام في 2003", kSat, "DATE 2003 [explicit] \"2003\""},
    {"تأسست الحركة سنة 1987", kSat, "DATE 1987 [explicit] \"سنة 1987\""},
    {"تضاعف العدد منذ 2011", kSat, "DATE 2011 [explicit] since \"2011\""},
    {"تراجع الإنتاج خلال 2020", kSat, "DATE 2020 [explicit] \"2020\""},
    {"شارك في الحرب لعام 2022 بقوة", kSat, "DATE 2022 [explicit] \"عام 2022\""},
    {"اشترى الجيش 2025 سيارة", kSat, ""},
};

const Case kPeriods[] = {
    {"ارتفعت الأسعار خلال الشهر الجاري", kSat, "DATE 2025-05 [publication] \"الشهر الجاري\""},
    {"زار الأمين العام المنطقة الشهر الماضي", kSat, "DATE 2025-04 [publication] \"الشهر الماضي\""},
    {"تبدأ الدورة الشهر المقبل", kSat, "DATE 2025-06 [publication] \"الشهر المقبل\""},
    {"تراجعت الصادرات العام الماضي", kSat, "DATE 2024 [publication] \"العام الماضي\""},
    {"تجرى الانتخابات العام المقبل", kSat, "DATE 2026 [publication] \"العام المقبل\""},
    {"نما الاقتصاد خلال العام الجاري", kSat, "DATE 2025 [publication] \"العام الجاري\""},
    {"تضاعفت الهجمات السنة الماضية", kSat, "DATE 2024 [publication] \"السنة الماضية\""},
    {"عقدت اللجنة اجتماعها الأسبوع الماضي", kSat, "DATE 2025-W19 [publication] \"الأسبوع الماضي\""},
    {"يصوت البرلمان الأسبوع المقبل", kSat, "DATE 2025-W21 [publication] \"الأسبوع المقبل\""},
    {"وصلت قافلة المساعدات الأسبوع الجاري", kSat, "DATE 2025-W20 [publication] \"الأسبوع الجاري\""},
    {"سجلت البلاد نموا هذا العام", kSat, "DATE 2025 [publication] \"هذا العام\""},
    {"تراجعت الواردات هذا الشهر", kSat, "DATE 2025-05 [publication] \"هذا الشهر\""},
    {"سافر الوفد هذا الأسبوع", kSat, "DATE 2025-W20 [publication] \"هذا الأسبوع\""},
    {"صدر القرار مطلع الشهر", kSat, "DATE 2025-05 [publication] \"مطلع الشهر\""},
    {"أعلنت الحكومة أواخر الشهر الماضي خطة", kSat, "DATE 2025-04 [publication] \"أواخر الشهر الماضي\""},
    {"تكتمل الانتخابات نهاية العام", kSat, "DATE 2025 [publication] \"نهاية العام\""},
    {"يبدأ التطبيق بداية العام المقبل", kSat, "DATE 2026 [publication] \"بداية العام المقبل\""},
    {"تظاهر المئات نهاية الأسبوع الماضي", kSat, "DATE 2025-W19-WE [publication] \"نهاية الأسبوع الماضي\""},
    {"والأسبوع الماضي زار الوزير أنقرة", kSat, "DATE 2025-W19 [publication] \"الأسبوع الماضي\""},
};

const Case kCounts[] = {
    {"وقع الحادث قبل ثلاثة أيام", kSat, "DATE 2025-05-14 [publication] \"قبل ثلاثة أيام\""},
    {"وقع الحادث قبل يومين", kSat, "DATE 2025-05-15 [publication] \"قبل يومين\""},
    {"تظاهر المعلمون قبل أسبوع", kSat, "DATE 2025-W19 [publication] \"قبل أسبوع\""},
    {"شهدت المحافظات قبل شهر تظاهرات", kSat, "DATE 2025-04 [publication] \"قبل شهر\""},
    {"بدأ المشروع قبل عامين", kSat, "DATE 2023 [publication] \"قبل عامين\""},
    {"غادر البلاد قبل 10 سنوات", kSat, "DATE 2015 [publication] \"قبل 10 سنوات\""},
    {"يعود الوفد بعد يومين", kSat, "DATE 2025-05-19 [publication] \"بعد يومين\""},
    {"تنتهي الهدنة بعد أسبوعين", kSat, "DATE 2025-W22 [publication] \"بعد أسبوعين\""},
    {"يصدر الحكم بعد شهر", kSat, "DATE 2025-06 [publication] \"بعد شهر\""},
    {"التقيا قبل أيام في عمان", kSat, "DATE PAST_REF [publication] \"قبل أيام\""},
    {"قد يعود بعد سنوات", kSat, "DATE FUTURE_REF [publication] \"بعد سنوات\""},
    {"يقيم في المدينة منذ يومين", kSat, "DURATION P2D [explicit] since \"يومين\""},
    {"يدور النزاع منذ 13 عاما", kSat, "DURATION P13Y [explicit] since \"13 عاما\""},
    {"لم يزر البلاد منذ ثلاث سنوات", kSat, "DURATION P3Y [explicit] since \"ثلاث سنوات\""},
    {"أسوأ هجوم منذ سنوات.", kSat, "DURATION PXY [explicit] since \"سنوات\""},
    {"تستمر الزيارة لمدة ثلاثة أيام", kSat, "DURATION P3D [explicit] \"ثلاثة أيام\""},
    {"تبدأ الهدنة اليوم مدة خمسة أيام", kSat,
     "DATE 2025-05-17 [publication] \"اليوم\" | DURATION P5D [explicit] \"خمسة أيام\""},
    {"يحصلون على أموالهم خلال تسعة أشهر", kSat, "DURATION P9M [explicit] \"تسعة أشهر\""},
    {"تعود العلاقات إلى أكثر من 80 عاما", kSat, "DURATION P80Y [explicit] \"أكثر من 80 عاما\""},
    {"تستغرق المراجعة شهرين", kSat, "DURATION P2M [explicit] \"شهرين\""},
    {"دارت معركة استمرت ساعتين", kSat, "DURATION PT2H [explicit] \"ساعتين\""},
    {"انتهى الهجوم بمعركة استمرت ساعات", kSat, "DURATION PTXH [explicit] \"ساعات\""},
    {"يرفع الحظر تدريجيا خلال عدة أعوام", kSat, "DURATION PXY [explicit] \"عدة أعوام\""},
    {"بقي الوزير في المستشفى بضعة أيام", kSat, "DURATION PXD [explicit] \"بضعة أيام\""},
    {"استمرت المحادثات عدة أسابيع", kSat, "DURATION PXW [explicit] \"عدة أسابيع\""},
    {"أضربوا عن العمل يوم واحد", kSat, "DURATION P1D [explicit] \"يوم واحد\""},
    {"تأجل القرار أياما قليلة", kSat, ""},
    {"عاش في المنفى لسنوات", kSat, "DURATION PXY [explicit] \"سنوات\""},
    {"استغرق الاجتماع 30 دقيقة", kSat, "DURATION PT30M [explicit] \"30 دقيقة\""},
    {"امتد الحصار عقدين", kSat, "DURATION P20Y [explicit] \"عقدين\""},
    {"حكم البلاد ثلاثة عقود", kSat, "DURATION P30Y [explicit] \"ثلاثة عقود\""},
    {"توفي الرجل وعمره 40 عاما", kSat, ""},
    {"اعتقل شاب يبلغ 25 عاما", kSat, ""},
};

const Case kSpansOfUnstatedLength[] = {
    {"ما حدث في الأيام الأخيرة من تطورات", kSat, "DURATION PXD [publication] \"الأيام الأخيرة\""},
    {"ننتظر زيارات أخرى خلال الأشهر المقبلة", kSat, "DURATION PXM [publication] \"الأشهر المقبلة\""},
    {"تغيرت المنطقة في السنوات الماضية", kSat, "DURATION PXY [publication] \"السنوات الماضية\""},
    {"تصاعد العنف في الأسابيع القليلة الماضية", kSat,
     "DURATION PXW [publication] \"الأسابيع القليلة الماضية\""},
    {"دعمت المملكة الاقتصاد على مدى السنوات والعقود الماضية", kSat,
     "DURATION PXY ..PXDE [publication] \"السنوات والعقود الماضية\""},
    {"تواصل برنامجها خلال الأعوام الـ8 أو الـ10 القادمة", kSat,
     "DURATION P8Y ..P10Y [publication] \"الأعوام الـ8 أو الـ10 القادمة\""},
    {"قتل عشرة أشخاص في الساعات الماضية", kSat, "DURATION PTXH [publication] \"الساعات الماضية\""},
    {"يترقب الجميع الأيام المقبلة", kSat, "DURATION PXD [publication] \"الأيام المقبلة\""},
};

const Case kTimes[] = {
    {"وقع الانفجار الساعة الرابعة فجرا", kSat, "TIME 2025-05-17T04:00 [publication] \"الساعة الرابعة فجرا\""},
    {"تبدأ الجلسة الساعة 10:30 صباحا", kSat, "TIME 2025-05-17T10:30 [publication] \"الساعة 10:30 صباحا\""},
    {"يلقي كلمة الساعة الثامنة مساء", kSat, "TIME 2025-05-17T20:00 [publication] \"الساعة الثامنة مساء\""},
    {"يصل الساعة الثالثة بعد الظهر", kSat, "TIME 2025-05-17T15:00 [publication] \"الساعة الثالثة بعد الظهر\""},
    {"هبطت الطائرة الساعة 9 مساء أمس", kSat, "TIME 2025-05-16T21:00 [publication] \"الساعة 9 مساء أمس\""},
    {"سمع دوي الانفجار الساعة الحادية عشرة ليلا", kSat,
     "TIME 2025-05-17T23:00 [publication] \"الساعة الحادية عشرة ليلا\""},
    {"يرفع العلم الساعة الثانية عشرة ظهرا", kSat,
     "TIME 2025-05-17T12:00 [publication] \"الساعة الثانية عشرة ظهرا\""},
    {"بدأ القصف الساعة الواحدة والنصف", kSat, "TIME 2025-05-17T01:30 [publication] \"الساعة الواحدة والنصف\""},
    {"انطلقت القافلة الساعة الخامسة إلا ربعا", kSat,
     "TIME 2025-05-17T04:45 [publication] \"الساعة الخامسة إلا ربعا\""},
    {"تفتح اللجان الساعة 14:00", kSat, "TIME 2025-05-17T14:00 [publication] \"الساعة 14:00\""},
    {"وصل الموكب الساعة السابعة من مساء الجمعة", kSat,
     "TIME 2025-05-16T19:00 [publication] \"الساعة السابعة من مساء الجمعة\""},
};

const Case kPartsOfDay[] = {
    {"هاجم مسلحون الأكاديمية مساء الجمعة", kSat, "TIME 2025-05-16TEV [publication] \"مساء الجمعة\""},
    {"انفجرت شاحنة صباح أمس", kSat, "TIME 2025-05-16TMO [publication] \"صباح أمس\""},
    {"انفجرت شاحنة صباح امس الجمعة", kSun, "TIME 2015-08-07TMO [publication] \"صباح امس الجمعة\""},
    {"أعلن الوزير الليلة الماضية الخبر", kSat, "TIME 2025-05-16TNI [publication] \"الليلة الماضية\""},
    {"قال المحافظ هذا الصباح إن", kSat, "TIME 2025-05-17TMO [publication] \"هذا الصباح\""},
    {"اجتمع المجلس صباح اليوم", kSat, "TIME 2025-05-17TMO [publication] \"صباح اليوم\""},
    {"سمعت انفجارات ليلة أمس", kSat, "TIME 2025-05-16TNI [publication] \"ليلة أمس\""},
    {"شنت الطائرات غارات فجر اليوم", kSat, "TIME 2025-05-17TMO [publication] \"فجر اليوم\""},
    {"يعقد مؤتمر صحفي ظهر اليوم", kSat, "TIME 2025-05-17TMI [publication] \"ظهر اليوم\""},
    {"وصل الوفد بعد ظهر أمس", kSat, "TIME 2025-05-16TAF [publication] \"بعد ظهر أمس\""},
    {"اجتمعوا الخميس مساء في القصر", kSat, "TIME 2025-05-15TEV [publication] \"الخميس مساء\""},
    {"اتصل به أمس صباحا", kSat, "TIME 2025-05-16TMO [publication] \"أمس صباحا\""},
    {"تنطلق المسيرة مساء الأحد المقبل", kSat, "TIME 2025-05-18TEV [publication] \"مساء الأحد المقبل\""},
};

const Case kReferences[] = {
    {"يوجد حاليا في العاصمة", kSat, "DATE PRESENT_REF [publication] \"حاليا\""},
    {"لا يمكن الحديث عن ذلك الآن", kSat, "DATE PRESENT_REF [publication] \"الآن\""},
    {"يتعذر ذلك في الوقت الحالي", kSat, "DATE PRESENT_REF [publication] \"الوقت الحالي\""},
    {"لا توجد خطط في الوقت الراهن", kSat, "DATE PRESENT_REF [publication] \"الوقت الراهن\""},
    {"تصاعدت التوترات مؤخرا", kSat, "DATE PAST_REF [publication] \"مؤخرا\""},
    {"رفض في وقت سابق التعليق", kSat, "DATE PAST_REF [publication] \"وقت سابق\""},
    {"كان ينظر إليه في السابق على أنه معتدل", kSat, "DATE PAST_REF [publication] \"السابق\""},
    {"تحدث مثل هذه الأزمات في الماضي", kSat, "DATE PAST_REF [publication] \"الماضي\""},
    {"يأمل في إجراء محادثات في المستقبل", kSat, "DATE FUTURE_REF [publication] \"المستقبل\""},
    {"تفتح السفارة في المستقبل القريب", kSat, "DATE FUTURE_REF [publication] \"المستقبل القريب\""},
    {"يأمل انتهاء العمليات في القريب العاجل", kSat, "DATE FUTURE_REF [publication] \"القريب العاجل\""},
    {"يصدر البيان قريبا", kSat, "DATE FUTURE_REF [publication] \"قريبا\""},
    {"يعلن الموعد في وقت لاحق", kSat, "DATE FUTURE_REF [publication] \"وقت لاحق\""},
};

const Case kSets[] = {
    {"تصل الشاحنات يوميا", kSat, "SET P1D [explicit] \"يوميا\""},
    {"تجتمع اللجنة أسبوعيا", kSat, "SET P1W [explicit] \"أسبوعيا\""},
    {"يصدر التقرير شهريا", kSat, "SET P1M [explicit] \"شهريا\""},
    {"تعقد القمة سنويا", kSat, "SET P1Y [explicit] \"سنويا\""},
    {"يتظاهرون كل يوم أمام المبنى", kSat, "SET P1D [explicit] \"كل يوم\""},
    {"يلتقي الوزراء كل أسبوع", kSat, "SET P1W [explicit] \"كل أسبوع\""},
    {"يعقد المنتدى كل عام", kSat, "SET P1Y [explicit] \"كل عام\""},
    {"يخرج المحتجون كل يوم جمعة", kSat, "SET XXXX-WXX-5 [explicit] \"كل يوم جمعة\""},
    {"تجدد البعثة كل ثلاثة أشهر", kSat, "SET P3M [explicit] \"كل ثلاثة أشهر\""},
    {"تجرى الانتخابات كل سنتين", kSat, "SET P2Y [explicit] \"كل سنتين\""},
};

const Case kSeasonsAndDecades[] = {
    {"قتل عدد كبير خلال هجوم الصيف", kSat, "DATE 2025-SU [publication] \"الصيف\""},
    {"اشتدت الأزمة الشتاء الماضي", kSat, "DATE 2024-WI [publication] \"الشتاء الماضي\""},
    {"تبدأ الحملة الخريف المقبل", kSat, "DATE 2025-FA [publication] \"الخريف المقبل\""},
    {"انطلقت الاحتجاجات صيف 2015", kSat, "DATE 2015-SU [publication] \"صيف 2015\""},
    {"غير الربيع العربي المنطقة", kSat, ""},
    {"هاجر كثيرون في التسعينيات", kSat, "DATE 199 1990/1999 [explicit] \"التسعينيات\""},
    {"بني السد في ثمانينيات القرن الماضي", kSat, "DATE 198 1980/1989 [explicit] \"ثمانينيات القرن الماضي\""},
    {"تضاعف الإنتاج في السبعينات", kSat, "DATE 197 1970/1979 [explicit] \"السبعينات\""},
    {"تراجع النمو خلال العقد الماضي", kSat, "DURATION P10Y [publication] \"العقد الماضي\""},
};

const Case kHijri[] = {
    {"صدر الأمر في 15 ذو القعدة 1446هـ", kSat, "DATE 2025-05-13 [explicit] \"15 ذو القعدة 1446هـ\""},
    {"يبدأ العام الدراسي في 1 محرم 1447 هـ", kSat, "DATE 2025-06-26 [explicit] \"1 محرم 1447 هـ\""},
    {"يتوقع ارتفاع الطلب في رمضان المقبل", kSat,
     "DATE 2026-02-18 2026-02-18/2026-03-19 [publication] \"رمضان المقبل\""},
    {"تراجعت الأسعار خلال شهر رمضان", kSat,
     "DATE 2025-03-01 2025-03-01/2025-03-29 [publication] \"شهر رمضان\""},
    {"زاد الإقبال في رمضان الماضي", kSat,
     "DATE 2025-03-01 2025-03-01/2025-03-29 [publication] \"رمضان الماضي\""},
    {"يصل الحجاج في ذي الحجة المقبل", kSat,
     "DATE 2025-05-28 2025-05-28/2025-06-25 [publication] \"ذي الحجة المقبل\""},
    {"صدر القرار في شوال 1446", kSat,
     "DATE 2025-03-30 2025-03-30/2025-04-28 [publication] \"شوال 1446\""},
    {"سجلت النتيجة صفر أهداف", kSat, ""},
    {"جرى ذلك في 15 ذو القعدة 1446هـ الموافق 13 مايو 2025", kSat,
     "DATE 2025-05-13 [explicit] \"15 ذو القعدة 1446هـ\" | DATE 2025-05-13 [explicit] \"13 مايو 2025\""},
};

const Case kExtent[] = {
    {"في يوم تنفيذ الاتفاق ترفع العقوبات", kSat, "DATE XXXX-XX-XX [other] \"يوم\""},
    {"وفي 17 مايو 2025 صدر البيان", kSat, "DATE 2025-05-17 [explicit] \"17 مايو 2025\""},
    {"وخلال الأسبوع الماضي تكررت الهجمات", kSat, "DATE 2025-W19 [publication] \"الأسبوع الماضي\""},
    {"فالعام الماضي كان صعبا", kSat, "DATE 2024 [publication] \"العام الماضي\""},
    {"التقى الوزيران أمس ثم اجتمعا اليوم", kSat,
     "DATE 2025-05-16 [publication] \"أمس\" | DATE 2025-05-17 [publication] \"اليوم\""},
};


// Days written as ordinals, and the feasts of both calendars. Sunday 9
// August 2015 is 24 Shawwal 1436; Saturday 17 May 2025 is 19 Dhu al-Qadah 1446.
const Case kOrdinalsAndFeasts[] = {
    {"تقام البطولة في الخامس عشر من مايو المقبل", kSat,
     "DATE 2026-05-15 [publication] \"الخامس عشر من مايو المقبل\""},
    {"صدر القرار في الثالث من مايو", kSat, "DATE 2025-05-03 [publication] \"الثالث من مايو\""},
    {"يبدأ التسجيل في الأول من شهر يونيو", kSat,
     "DATE 2025-06-01 [publication] \"الأول من شهر يونيو\""},
    {"وقع الاتفاق في الحادي والعشرين من مارس 2015", kSat,
     "DATE 2015-03-21 [explicit] \"الحادي والعشرين من مارس 2015\""},
    {"تبدأ الدورة في الرابع من كانون الثاني عام 2016", kSat,
     "DATE 2016-01-04 [explicit] \"الرابع من كانون الثاني عام 2016\""},
    {"يعقد المؤتمر في الثاني عشر من سبتمبر", kSun,
     "DATE 2015-09-12 [publication] \"الثاني عشر من سبتمبر\""},
    {"انتهت المهلة في العشرين من شوال الماضي", kSat,
     "DATE 2025-04-18 [publication] \"العشرين من شوال الماضي\""},
    {"يوافق العاشر من ذي الحجة 1446هـ أول أيام العيد", kSat,
     "DATE 2025-06-06 [explicit] \"العاشر من ذي الحجة 1446هـ\""},
    {"التقى الطرفان في الأسبوع الأول من أغسطس الماضي", kSun,
     "DATE 2014-08 [publication] \"أغسطس الماضي\""},
    {"تعطل الدوائر الحكومية بمناسبة عيد الفطر المبارك", kSun,
     "DATE 2015-07-17 [publication] \"عيد الفطر المبارك\""},
    {"احتفل المسلمون بعيد الفطر", kSun, "DATE 2015-07-17 [publication] \"عيد الفطر\""},
    {"سيعلن القرار برمضان المقبل", kSun,
     "DATE 2016-06-06 2016-06-06/2016-07-05 [publication] \"رمضان المقبل\""},
    {"تستعد المدارس للاحتفال باليوم الوطني السعودي", kSun,
     "DATE 2015-09-23 [publication] \"اليوم الوطني السعودي\""},
    {"زار الحجاج المدينة قبل عيد الأضحى الماضي", kSat,
     "DATE 2024-06-16 [publication] \"عيد الأضحى الماضي\""},
    {"وصل الوفد عشية عيد الفطر", kSun, "DATE 2015-07-16 [publication] \"عشية عيد الفطر\""},
    {"زار الأمير المستشفى في أول أيام عيد الأضحى المبارك", kSun,
     "DATE 2015-09-23 [publication] \"أول أيام عيد الأضحى المبارك\""},
    {"أعلن الجيش الهدنة غداة يوم الخميس الماضي", kSun,
     "DATE 2015-08-07 [publication] \"غداة يوم الخميس الماضي\""},
    {"عقد اللقاء عشية الاجتماع الوزاري", kSun, ""},
};

// Forms from Saudi papers: the weekday in brackets, the Gregorian year with
// "م", Hijri days without a year, and words spelled with a hamza on ya, which
// matching folds to ya ("أوائل", "دقائق", "الفائت").
const Case kPressForms[] = {
    {"أغلق المؤشر اليوم (الاثنين) على ارتفاع", kSun,
     "DATE 2015-08-10 [publication] \"اليوم (الاثنين)\""},
    {"أعلنت الإدارة ظهر أمس (الأحد) الإجراءات", Date::Day(2015, 8, 3),
     "TIME 2015-08-02TMI [publication] \"ظهر أمس (الأحد)\""},
    {"تعقد الجلسة يوم (السبت) المقبل", kSun,
     "DATE 2015-08-15 [publication] \"يوم (السبت) المقبل\""},
    {"نفذ الهجوم الليلة قبل الماضية", kSun,
     "TIME 2015-08-07TNI [publication] \"الليلة قبل الماضية\""},
    {"صدر إعلان الرياض في مايو 2015م", kSun, "DATE 2015-05 [explicit] \"مايو 2015م\""},
    {"يستمر التسجيل حتى الأربعاء 13 شوال", Date::Day(2015, 7, 22),
     "DATE 2015-07-29 [publication] \"الأربعاء 13 شوال\""},
    {"تقام الدورة بين 12 و14 شوال الجاري", kSun,
     "DATE 2015-07-28 2015-07-28/2015-07-30 [publication] \"12 و14 شوال الجاري\""},
    {"أسست الشركة في 16 رمضان عام 1395هـ", kSun,
     "DATE 1975-09-22 [explicit] \"16 رمضان عام 1395هـ\""},
    {"تراجع السعر منذ أوائل مايو", kSun, "DATE 2015-05 [publication] since \"أوائل مايو\""},
    {"وصل الإسعاف بعد خمس دقائق", kSun, "DURATION PT5M [explicit] \"بعد خمس دقائق\""},
    {"ارتفعت الأسعار العام الفائت", kSun, "DATE 2014 [publication] \"العام الفائت\""},
    {"شهد العامان الماضيان حوادث كثيرة", kSun, "DURATION P2Y [publication] \"العامان الماضيان\""},
    {"تعقد الاجتماعات خلال الأسبوعين القادمين", kSun,
     "DURATION P2W [publication] \"الأسبوعين القادمين\""},
    {"قتل عشرة خلال الأربعة والعشرين ساعة الماضية", kSun,
     "DURATION PT24H [publication] \"الأربعة والعشرين ساعة الماضية\""},
    {"يتوقع نمو السوق خلال الخمس سنوات المقبلة", kSun,
     "DURATION P5Y [publication] \"الخمس سنوات المقبلة\""},
    {"تراجع العدد خلال العقود الثلاثة الماضية", kSun,
     "DURATION P30Y [publication] \"العقود الثلاثة الماضية\""},
    {"تنطلق الفعاليات مساء غد الأحد", Date::Day(2015, 7, 25),
     "TIME 2015-07-26TEV [publication] \"مساء غد الأحد\""},
    {"وقع الانفجار في مسجد أواخر رمضان", kSun,
     "DATE 2015-06-18 2015-06-18/2015-07-16 [publication] \"أواخر رمضان\""},
    {"بلغ السعر 1093 دولارا بحلول الساعة 1847 بتوقيت جرينتش", kSun,
     "TIME 2015-08-09T18:47 [publication] \"الساعة 1847\""},
    {"يكتمل المشروع بنهاية العام الجاري", kSun, "DATE 2015 [publication] \"نهاية العام الجاري\""},
};

}  // namespace

TEST_CASE("Arabic relative days resolve against the publication date", "[core][timex]") {
  Check(std::begin(kRelativeDays), std::end(kRelativeDays));
}

TEST_CASE("Arabic weekdays point back unless the sentence is future", "[core][timex]") {
  Check(std::begin(kWeekdays), std::end(kWeekdays));
}

TEST_CASE("Arabic explicit dates in every month naming", "[core][timex]") {
  Check(std::begin(kExplicitDates), std::end(kExplicitDates));
}

TEST_CASE("Arabic months and years without a day", "[core][timex]") {
  Check(std::begin(kMonthsAndYears), std::end(kMonthsAndYears));
}

TEST_CASE("Arabic weeks, months and years counted from the date", "[core][timex]") {
  Check(std::begin(kPeriods), std::end(kPeriods));
}

TEST_CASE("Arabic counts are dates after قبل/بعد and durations otherwise", "[core][timex]") {
  Check(std::begin(kCounts), std::end(kCounts));
}

TEST_CASE("Arabic plural periods are durations of unstated length", "[core][timex]") {
  Check(std::begin(kSpansOfUnstatedLength), std::end(kSpansOfUnstatedLength));
}

TEST_CASE("Arabic clock times are TIME values", "[core][timex]") {
  Check(std::begin(kTimes), std::end(kTimes));
}

TEST_CASE("Arabic parts of the day are TIME values with MO/AF/EV/NI", "[core][timex]") {
  Check(std::begin(kPartsOfDay), std::end(kPartsOfDay));
}

TEST_CASE("Arabic present, past and future references", "[core][timex]") {
  Check(std::begin(kReferences), std::end(kReferences));
}

TEST_CASE("Arabic recurring times are SETs", "[core][timex]") {
  Check(std::begin(kSets), std::end(kSets));
}

TEST_CASE("Arabic seasons and decades", "[core][timex]") {
  Check(std::begin(kSeasonsAndDecades), std::end(kSeasonsAndDecades));
}

TEST_CASE("Arabic Hijri dates and months convert through Umm al-Qura", "[core][timex]") {
  Check(std::begin(kHijri), std::end(kHijri));
}

TEST_CASE("Arabic extents leave prepositions and clitics out", "[core][timex]") {
  Check(std::begin(kExtent), std::end(kExtent));
}

TEST_CASE("Arabic ordinal days and the feasts of both calendars", "[core][timex]") {
  Check(std::begin(kOrdinalsAndFeasts), std::end(kOrdinalsAndFeasts));
}

TEST_CASE("Arabic press forms: bracketed weekdays, 2015م, Hijri days without a year",
          "[core][timex]") {
  Check(std::begin(kPressForms), std::end(kPressForms));
}

}  // namespace diplograph
