// English time expressions, one line per case: the sentence, the date it is
// resolved against and every expression found, as Dump() and "text". Extents
// follow TimeML as TempEval-3 scores it: prepositions ("on", "for", "since")
// stay out, "the" and modifiers ("early", "the past") stay in.
#include <catch2/catch.hpp>

#include <string>

#include "core/timex.h"
#include "tests/core/timex_cases.h"

namespace diplograph {

namespace {

using timex_cases::Case;
using timex_cases::Check;
using timex_cases::TagAll;



// Saturday 17 May 2025; Friday 22 March 2013.
const Date kSat = Date::Day(2025, 5, 17);
const Date kFri = Date::Day(2013, 3, 22);

const Case kDays[] = {
    {"The ministers spoke today.", kSat, "DATE 2025-05-17 [publication] \"today\""},
    {"The envoy landed yesterday.", kSat, "DATE 2025-05-16 [publication] \"yesterday\""},
    {"The vote is due tomorrow.", kSat, "DATE 2025-05-18 [publication] \"tomorrow\""},
    {"The fighting resumed the day before yesterday.", kSat,
     "DATE 2025-05-15 [publication] \"the day before yesterday\""},
    {"He will address the nation tonight.", kSat, "TIME 2025-05-17TNI [publication] \"tonight\""},
    {"Rockets hit the town last night.", kSat, "TIME 2025-05-16TNI [publication] \"last night\""},
    {"The cabinet met this morning.", kSat, "TIME 2025-05-17TMO [publication] \"this morning\""},
    {"Shelling stopped this evening.", kSat, "TIME 2025-05-17TEV [publication] \"this evening\""},
    {"The talks broke down yesterday morning.", kSat,
     "TIME 2025-05-16TMO [publication] \"yesterday morning\""},
    {"Protesters gathered Friday night.", kSat, "TIME 2025-05-16TNI [publication] \"Friday night\""},
    {"The delegation left Tuesday afternoon.", kSat,
     "TIME 2025-05-13TAF [publication] \"Tuesday afternoon\""},
};

const Case kWeekdays[] = {
    {"The envoy met the king on Tuesday.", kSat, "DATE 2025-05-13 [publication] \"Tuesday\""},
    {"The envoy will meet the king on Tuesday.", kSat, "DATE 2025-05-20 [publication] \"Tuesday\""},
    {"They met last Monday.", kSat, "DATE 2025-05-12 [publication] \"last Monday\""},
    {"Talks resume next Monday.", kSat, "DATE 2025-05-19 [publication] \"next Monday\""},
    {"Wednesday's talks ended late.", kSat, "DATE 2025-05-14 [publication] \"Wednesday\""},
    {"They met Thursday and Friday.", kSat,
     "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"Thursday and Friday\""},
    {"The spokesman said Friday that aid had arrived.", kFri,
     "DATE 2013-03-22 [publication] \"Friday\""},
    {"The minister said Tuesday that talks will go on.", kSat,
     "DATE 2025-05-13 [publication] \"Tuesday\""},
    {"The summit is scheduled for Wednesday.", kSat, "DATE 2025-05-21 [publication] \"Wednesday\""},
    {"Officials confirmed the deal Saturday.", kSat, "DATE 2025-05-17 [publication] \"Saturday\""},
    {"Voting opened Monday, May 12.", kSat, "DATE 2025-05-12 [publication] \"Monday, May 12\""},
    {"Protesters planned a large rally in the old city square on Saturday.", kFri,
     "DATE 2013-03-23 [publication] \"Saturday\""},
    {"Talks are set to resume Monday in Geneva.", kSat, "DATE 2025-05-19 [publication] \"Monday\""},
    {"Since Monday the border has been closed.", kSat,
     "DATE 2025-05-12 [publication] since \"Monday\""},
};

const Case kDates[] = {
    {"The firm sold $9 million in the year ended Sept. 30.", kSat,
     "DURATION P1Y [explicit] \"the year\" | DATE 2024-09-30 [publication] \"Sept. 30\""},
    {"The airline will more than double its flights to the island by August.", kSat,
     "DATE 2025-08 [publication] \"August\""},
    {"The accord was signed on May 11, 2025.", kSat, "DATE 2025-05-11 [explicit] \"May 11, 2025\""},
    {"The accord was signed on May 11th.", kSat, "DATE 2025-05-11 [publication] \"May 11th\""},
    {"The accord was signed on 11 May 2025.", kSat, "DATE 2025-05-11 [explicit] \"11 May 2025\""},
    {"The accord was signed on 11 May.", kSat, "DATE 2025-05-11 [publication] \"11 May\""},
    {"The fiscal year ends Sept. 30.", kSat, "DATE 2025-09-30 [publication] \"Sept. 30\""},
    {"The law took effect Jan. 5, 2024.", kSat, "DATE 2024-01-05 [explicit] \"Jan. 5, 2024\""},
    {"It was published 2025-05-17.", kSat, "DATE 2025-05-17 [explicit] \"2025-05-17\""},
    {"The memo is dated 5/17/2025.", kSat, "DATE 2025-05-17 [explicit] \"5/17/2025\""},
    {"The memo is dated 17/5/2025.", kSat, "DATE 2025-05-17 [explicit] \"17/5/2025\""},
    {"Delegations met between May 15 and 16.", kSat, "DATE 2025-05-15 [publication] \"May 15\""},
    {"They met 15-16 May.", kSat,
     "DATE 2025-05-15 2025-05-15/2025-05-16 [publication] \"15-16 May\""},
    {"Inflation peaked in December 2024.", kSat, "DATE 2024-12 [explicit] \"December 2024\""},
    {"Talks failed in March.", kSat, "DATE 2025-03 [publication] \"March\""},
    {"The ceasefire held through June.", kSat, "DATE 2025-06 [publication] \"June\""},
    {"Exports fell last February.", kSat, "DATE 2025-02 [publication] \"last February\""},
    {"A new round opens next January.", kSat, "DATE 2026-01 [publication] \"next January\""},
    {"The treaty lapsed in June last year.", kSat, "DATE 2024-06 [publication] \"June last year\""},
    {"Prices rose in January this year.", kSat, "DATE 2025-01 [publication] \"January this year\""},
    {"Inflation slowed in early March.", kSat, "DATE 2025-03 [publication] \"early March\""},
};

const Case kYears[] = {
    {"The war began in 2022.", kSat, "DATE 2022 [explicit] \"2022\""},
    {"Trade has doubled since 2011.", kSat, "DATE 2011 [explicit] since \"2011\""},
    {"The 2019 election changed little.", kSat, "DATE 2019 [explicit] \"2019\""},
    {"Revenue grew in fiscal 1990.", kSat, "DATE 1990 [explicit] \"fiscal 1990\""},
    {"Nobody expected the year 2000 to pass quietly.", kSat, "DATE 2000 [explicit] \"the year 2000\""},
    {"He has 2025 reasons.", kSat, ""},
    {"The fund paid $2000 in fees.", kSat, ""},
    {"Tensions rose in the 1990s.", kSat, "DATE 199 1990/1999 [explicit] \"the 1990s\""},
    {"Growth was strong in the 1980s.", kSat, "DATE 198 1980/1989 [explicit] \"the 1980s\""},
    {"It was a fad of the '80s.", kSat, "DATE 198 1980/1989 [explicit] \"the '80s\""},
    {"Oil was cheap in the nineties.", kSat, "DATE 199 1990/1999 [explicit] \"the nineties\""},
    {"The dam dates from the mid-1990s.", kSat, "DATE 199 1990/1999 [explicit] \"mid-1990s\""},
    {"It began in the early 1980s.", kSat, "DATE 198 1980/1989 [explicit] \"early 1980s\""},
};

const Case kPeriods[] = {
    {"They met last week.", kSat, "DATE 2025-W19 [publication] \"last week\""},
    {"Inspectors arrive this week.", kSat, "DATE 2025-W20 [publication] \"this week\""},
    {"Parliament votes next week.", kSat, "DATE 2025-W21 [publication] \"next week\""},
    {"The envoy visited last month.", kSat, "DATE 2025-04 [publication] \"last month\""},
    {"Tariffs rise this month.", kSat, "DATE 2025-05 [publication] \"this month\""},
    {"The report is due next month.", kSat, "DATE 2025-06 [publication] \"next month\""},
    {"Trade grew last year.", kSat, "DATE 2024 [publication] \"last year\""},
    {"Elections are held this year.", kSat, "DATE 2025 [publication] \"this year\""},
    {"The plan starts next year.", kSat, "DATE 2026 [publication] \"next year\""},
    {"He visited earlier this month.", kSat, "DATE 2025-05 [publication] \"earlier this month\""},
    {"A deal may come later this year.", kSat, "DATE 2025 [publication] \"later this year\""},
    {"Talks will continue early next week.", kSat, "DATE 2025-W21 [publication] \"early next week\""},
    {"Crowds gathered over the weekend.", kSat, "DATE 2025-W20-WE [publication] \"the weekend\""},
    {"Crowds gathered over the weekend.", Date::Day(2025, 5, 19),
     "DATE 2025-W20-WE [publication] \"the weekend\""},
    {"Fighting flared last weekend.", kSat, "DATE 2025-W19-WE [publication] \"last weekend\""},
    {"The fund closes at the end of the year.", kSat,
     "DATE 2025 [publication] \"the end of the year\""},
    {"Six deaths were reported in the last week.", kFri, "DATE 2013-W11 [publication] \"the last week\""},
};

const Case kQuarters[] = {
    {"Profit rose in the third quarter.", kSat, "DATE 2025-Q3 [publication] \"the third quarter\""},
    {"Its third-quarter loss widened.", kSat, "DATE 2025-Q3 [publication] \"third-quarter\""},
    {"Sales fell in the fourth quarter of 2024.", kSat,
     "DATE 2024-Q4 [publication] \"the fourth quarter of 2024\""},
    {"Output slowed in the first half.", kSat, "DATE 2025-H1 [publication] \"the first half\""},
    {"Earnings rose in the latest quarter.", kSat, "DATE 2025-Q1 [publication] \"the latest quarter\""},
    {"Net income beat the year-earlier quarter.", kSat,
     "DATE 2024-Q1 [publication] \"the year-earlier quarter\""},
    {"Quarter profit was $5 million, up from $4 million a year earlier.", kSat,
     "DATE 2024-Q1 [publication] \"a year earlier\""},
    {"Net was $3 million, or 9 cents a share, against $2 million a year ago.", kSat,
     "DATE 2024-Q1 [publication] \"a year ago\""},
    {"Year-earlier results included a one-time gain.", kSat,
     "DATE 2024 [publication] \"Year-earlier\""},
    {"The loss compares with the year-ago third quarter.", kSat,
     "DATE 2024-Q3 [publication] \"the year-ago third quarter\""},
    {"Growth will slow in the current quarter.", kSat,
     "DATE 2025-Q2 [publication] \"the current quarter\""},
    {"The plan covers the current fiscal year.", kSat,
     "DATE 2025 [publication] \"the current fiscal year\""},
    {"Margins beat this year's second quarter.", kSat,
     "DATE 2025-Q2 [publication] \"this year's second quarter\""},
};

const Case kDurations[] = {
    {"The summit lasted for two weeks.", kSat, "DURATION P2W [explicit] \"two weeks\""},
    {"He served three years in office.", kSat, "DURATION P3Y [explicit] \"three years\""},
    {"The season started a month early.", kSat, "DURATION P1M [explicit] \"a month\""},
    {"The meeting ran for an hour.", kSat, "DURATION PT1H [explicit] \"an hour\""},
    {"The speech took 45 minutes.", kSat, "DURATION PT45M [explicit] \"45 minutes\""},
    {"It was the worst in a decade.", kSat, "DURATION P10Y [explicit] \"a decade\""},
    {"The dispute has run two decades.", kSat, "DURATION P20Y [explicit] \"two decades\""},
    {"Talks dragged on for several years.", kSat, "DURATION PXY [explicit] \"several years\""},
    {"He stayed a few days.", kSat, "DURATION PXD [explicit] \"a few days\""},
    {"The loan runs 18 months.", kSat, "DURATION P18M [explicit] \"18 months\""},
    {"They agreed a five-year plan.", kSat, "DURATION P5Y [explicit] \"five-year\""},
    {"A 30-day truce began.", kSat, "DURATION P30D [explicit] \"30-day\""},
    {"Prices doubled over the past two months.", kSat,
     "DURATION P2M [publication] \"the past two months\""},
    {"Rates will stay low for the next 12 to 18 months.", kSat,
     "DURATION P12M ..P18M [publication] \"the next 12 to 18 months\""},
    {"Sales rose in the first nine months.", kSat, "DURATION P9M [publication] \"the first nine months\""},
    {"Sales rose 5% in the nine months.", kSat, "DURATION P9M [explicit] \"the nine months\""},
    {"The feud has lasted for years.", kSat, "DURATION PXY [explicit] \"years\""},
    {"The siege lasted more than two years.", kSat, "DURATION P2Y [explicit] \"more than two years\""},
    {"The pact held twenty-five years.", kSat, "DURATION P25Y [explicit] \"twenty-five years\""},
    {"Repairs take a couple of weeks.", kSat, "DURATION P2W [explicit] \"a couple of weeks\""},
    {"Growth slowed over the past year.", kSat, "DURATION P1Y [publication] \"the past year\""},
    {"Exports doubled in the past decade.", kSat, "DURATION P10Y [publication] \"the past decade\""},
    {"Violence rose in recent years.", kSat, "DURATION PXY [publication] \"recent years\""},
    {"Aid will flow in the coming weeks.", kSat, "DURATION PXW [publication] \"the coming weeks\""},
    {"The senator is 40 years old.", kSat, ""},
};

const Case kAgo[] = {
    {"He left two days ago.", kSat, "DATE 2025-05-15 [publication] \"two days ago\""},
    {"The border closed three weeks ago.", kSat, "DATE 2025-W17 [publication] \"three weeks ago\""},
    {"Prices peaked a month ago.", kSat, "DATE 2025-04 [publication] \"a month ago\""},
    {"The plant opened two years ago.", kSat, "DATE 2023 [publication] \"two years ago\""},
    {"The treaty expired a decade ago.", kSat, "DATE 201 [publication] \"a decade ago\""},
    {"They split several years ago.", kSat, "DATE PAST_REF [publication] \"several years ago\""},
    {"The crew returned two days later.", kSat, "DURATION P2D [explicit] \"two days\""},
    {"The rebels struck on May 3 and withdrew two days later.", kSat,
     "DATE 2025-05-03 [publication] \"May 3\" | DATE 2025-05-05 [other] \"two days later\""},
    {"The treaty was signed on May 3. The next day, troops left.", kSat,
     "DATE 2025-05-03 [publication] \"May 3\" | DATE 2025-05-04 [other] \"The next day\""},
    {"The war began in March 2003 and ended later that year.", kSat,
     "DATE 2003-03 [explicit] \"March 2003\" | DATE 2003 [other] \"later that year\""},
    {"He said that day would come.", kSat, ""},
    {"Elections come a year from now.", kSat, "DATE 2026 [publication] \"a year from now\""},
};

const Case kReferences[] = {
    {"The border is now closed.", kSat, "DATE PRESENT_REF [publication] \"now\""},
    {"He is currently abroad.", kSat, "DATE PRESENT_REF [publication] \"currently\""},
    {"The current government resigned.", kSat, "DATE PRESENT_REF [publication] \"current\""},
    {"The envoy recently toured the region.", kSat, "DATE PAST_REF [publication] \"recently\""},
    {"Such deals failed in the past.", kSat, "DATE PAST_REF [publication] \"the past\""},
    {"Talks may resume in the future.", kSat, "DATE FUTURE_REF [publication] \"the future\""},
    {"A visit is planned in the near future.", kSat,
     "DATE FUTURE_REF [publication] \"the near future\""},
    {"A decision is expected soon.", kSat, "DATE FUTURE_REF [publication] \"soon\""},
    {"Reply as soon as you can.", kSat, ""},
    {"Shortages are common these days.", kSat, "DATE PRESENT_REF [publication] \"these days\""},
};

const Case kSets[] = {
    {"Convoys cross daily.", kSat, "SET P1D [explicit] \"daily\""},
    {"The council meets weekly.", kSat, "SET P1W [explicit] \"weekly\""},
    {"The index is published monthly.", kSat, "SET P1M [explicit] \"monthly\""},
    {"Ministers meet every week.", kSat, "SET P1W [explicit] \"every week\""},
    {"The forum convenes each year.", kSat, "SET P1Y [explicit] \"each year\""},
    {"Prayers are held every Thursday.", kSat, "SET XXXX-WXX-4 [explicit] \"every Thursday\""},
    {"Inspectors visit twice a week.", kSat, "SET P1W [explicit] \"a week\""},
    {"Elections are held every two years.", kSat, "SET P2Y [explicit] \"every two years\""},
    {"Workers earn $5 a day.", kSat, "SET P1D [explicit] \"a day\""},
};

const Case kTimes[] = {
    {"The blast hit at 4 a.m. near the port.", kSat, "TIME 2025-05-17T04:00 [publication] \"4 a.m.\""},
    {"Polls close at 10:30 p.m. tonight.", kSat,
     "TIME 2025-05-17T22:30 [publication] \"10:30 p.m.\" | TIME 2025-05-17TNI [publication] \"tonight\""},
    {"The deadline is noon Thursday.", kSat, "TIME 2025-05-15T12:00 [publication] \"noon Thursday\""},
    {"Sirens sounded at 10 p.m. Wednesday.", kSat,
     "TIME 2025-05-14T22:00 [publication] \"10 p.m. Wednesday\""},
    {"The market opened at 9 a.m. EST on the news.", kSat,
     "TIME 2025-05-17T09:00 [publication] \"9 a.m. EST\""},
    {"The curfew begins at midnight.", kSat, "TIME 2025-05-17T24:00 [publication] \"midnight\""},
    {"The session starts at 7 o'clock.", kSat, "TIME 2025-05-17T07:00 [publication] \"7 o'clock\""},
    {"Clocks stopped at 12 a.m. sharp.", kSat, "TIME 2025-05-17T00:00 [publication] \"12 a.m.\""},
    {"They met at 9 a.m. on Monday.", kSat, "TIME 2025-05-12T09:00 [publication] \"9 a.m. on Monday\""},
};

const Case kSeasons[] = {
    {"Prices spiked last fall.", kSat, "DATE 2024-FA [publication] \"last fall\""},
    {"Tourism recovers this summer.", kSat, "DATE 2025-SU [publication] \"this summer\""},
    {"The vote is set for next spring.", kSat, "DATE 2026-SP [publication] \"next spring\""},
    {"Crops failed in the spring.", kSat, "DATE 2025-SP [publication] \"the spring\""},
    {"The drought of summer 2019 was severe.", kSat, "DATE 2019-SU [publication] \"summer 2019\""},
    {"Historians study the fall of Rome.", kSat, ""},
};

const Case kOrdinaryWords[] = {
    {"You may say so.", kSat, ""},
    {"Jan Kavan spoke for the Czech side.", kSat, ""},
    {"The march was peaceful.", kSat, ""},
    {"Second thoughts came quickly.", kSat, ""},
};


// Holidays: the nearer of the last one and the next, unless the tense or a
// relative word says which.
const Case kHolidays[] = {
    {"The boy was found at sea on Thanksgiving Day.", Date::Day(2000, 1, 10),
     "DATE 1999-11-25 [publication] \"Thanksgiving Day\""},
    {"He was released last Christmas.", kSat, "DATE 2024-12-25 [publication] \"last Christmas\""},
    {"The truce will hold until Christmas.", kSat,
     "DATE 2025-12-25 [publication] \"Christmas\""},
    {"Talks will resume after New Year's Day.", kSat,
     "DATE 2026-01-01 [publication] \"New Year's Day\""},
    {"Pilgrims crowded the old city at Easter.", kSat,
     "DATE 2025-04-20 [publication] \"Easter\""},
    {"Turnout was high on Election Day.", Date::Day(1998, 11, 10),
     "DATE 1998-11-03 [publication] \"Election Day\""},
    {"Crowds prayed as Easter week began.", Date::Day(2000, 4, 17),
     "DATE 2000-W16 [publication] \"Easter week\""},
};

// Years and centuries in words, as broadcast transcripts write them.
const Case kSpelledYears[] = {
    {"In nineteen ninety-six a bomb shook the games.", kSat,
     "DATE 1996 [explicit] \"nineteen ninety-six\""},
    {"January nineteen ninety-seven brought another attack.", kSat,
     "DATE 1997-01 [explicit] \"January nineteen ninety-seven\""},
    {"The pledge to halve unemployment by the year two thousand was dropped.", kSat,
     "DATE 2000 [explicit] \"the year two thousand\""},
    {"Oil last sold that cheaply in the winter of nineteen ninety-four.", kSat,
     "DATE 1994-WI [publication] \"the winter of nineteen ninety-four\""},
    {"The temple dates from the 11th century.", kSat,
     "DATE 10 [publication] \"the 11th century\""},
    {"Few events of the twentieth century changed finance so much.", kSat,
     "DATE 19 [publication] \"the twentieth century\""},
};

// Business years and the tense of the sentence for dates without a year.
const Case kBusinessAndTense[] = {
    {"Net income for the year ended June 30 rose 5%.", kSat,
     "DURATION P1Y [explicit] \"the year\" | DATE 2024-06-30 [publication] \"June 30\""},
    {"Sales for the full year were $6.6 billion.", kSat,
     "DATE 2025 [publication] \"the full year\""},
    {"The sale should close by year-end.", kSat, "DATE 2025-12-31 [publication] \"year-end\""},
    {"Revenue in the latest period rose 5%.", kSat,
     "DATE 2025-Q1 [publication] \"the latest period\""},
    {"The doctor was shot on Oct. 23 in his kitchen.", Date::Day(1999, 5, 5),
     "DATE 1998-10-23 [publication] \"Oct. 23\""},
    {"The dividend is payable Jan. 2 to holders of record.", Date::Day(1989, 10, 26),
     "DATE 1990-01-02 [publication] \"Jan. 2\""},
    {"The paper said in an editorial on Saturday, April 25: the ruling was wrong.",
     Date::Day(1998, 4, 24), "DATE 1998-04-25 [publication] \"Saturday, April 25\""},
    {"Officials put off the hearing until 9 a.m. Tuesday.", kSat,
     "TIME 2025-05-20T09:00 [publication] \"9 a.m. Tuesday\""},
    {"The father could come as early as Tuesday.", kSat,
     "DATE 2025-05-20 [publication] \"Tuesday\""},
    {"It was not until Tuesday that the envoy spoke.", kSat,
     "DATE 2025-05-13 [publication] \"Tuesday\""},
    {"They said they would appeal Wednesday's ruling.", kSat,
     "DATE 2025-05-14 [publication] \"Wednesday\""},
    {"Earlier Friday, lawyers filed a petition.", kSat,
     "DATE 2025-05-16 [publication] \"Friday\""},
    {"The shares are to resume trading Tuesday.", kSat,
     "DATE 2025-05-20 [publication] \"Tuesday\""},
    {"The boy will stay for at least two more weeks.", kSat,
     "DURATION P2W [explicit] \"at least two more weeks\""},
    {"The loan may be extended for an additional year.", kSat,
     "DURATION P1Y [explicit] \"an additional year\""},
    {"The marchers parade each July.", kSat, "SET XXXX-07 [explicit] \"each July\""},
    {"We do not play down the risks of the near term.", kSat,
     "DATE FUTURE_REF [publication] \"the near term\""},
    {"Refugees lived in the camps for 2 1/2 years.", kSat,
     "DURATION P2Y6M [explicit] \"2 1/2 years\""},
    {"A minute and a half later, the pilot called in.", kSat,
     "DURATION PT1M30S [explicit] \"A minute and a half\""},
    {"Stocks lost a tenth of their value in the last twenty four hours.", kSat,
     "DURATION PT24H [publication] \"the last twenty four hours\""},
    {"The eight-year war left a million dead.", kSat, "DURATION P8Y [explicit] \"eight-year\""},
    {"Analysts studied the third-quarter results.", kSat,
     "DATE 2025-Q3 [publication] \"third-quarter\""},
    {"A court may settle the case the week of June 9.", kSat,
     "DATE 2025-W24 [publication] \"the week of June 9\""},
    {"Women's Day falls this coming Sunday, March eighth.", Date::Day(1998, 3, 5),
     "DATE 1998-03-08 [publication] \"this coming Sunday, March eighth\""},
    {"The accord will be signed on May twenty-first.", kSat,
     "DATE 2025-05-21 [publication] \"May twenty-first\""},
};

}  // namespace

TEST_CASE("English days and parts of days resolve against the DCT", "[core][timex]") {
  Check(std::begin(kDays), std::end(kDays));
}

TEST_CASE("English weekdays point back unless a future marker is near", "[core][timex]") {
  Check(std::begin(kWeekdays), std::end(kWeekdays));
}

TEST_CASE("English calendar dates and months", "[core][timex]") {
  Check(std::begin(kDates), std::end(kDates));
}

TEST_CASE("English years and decades", "[core][timex]") {
  Check(std::begin(kYears), std::end(kYears));
}

TEST_CASE("English weeks, months and years counted from the DCT", "[core][timex]") {
  Check(std::begin(kPeriods), std::end(kPeriods));
}

TEST_CASE("English business quarters", "[core][timex]") {
  Check(std::begin(kQuarters), std::end(kQuarters));
}

TEST_CASE("English durations keep the article and leave 'for' out", "[core][timex]") {
  Check(std::begin(kDurations), std::end(kDurations));
}

TEST_CASE("English 'ago' makes dates; 'later' counts from the text", "[core][timex]") {
  Check(std::begin(kAgo), std::end(kAgo));
}

TEST_CASE("English present, past and future references", "[core][timex]") {
  Check(std::begin(kReferences), std::end(kReferences));
}

TEST_CASE("English recurring times are SETs", "[core][timex]") {
  Check(std::begin(kSets), std::end(kSets));
}

TEST_CASE("English clock times", "[core][timex]") {
  Check(std::begin(kTimes), std::end(kTimes));
}

TEST_CASE("English seasons", "[core][timex]") {
  Check(std::begin(kSeasons), std::end(kSeasons));
}

TEST_CASE("English words that only look like times", "[core][timex]") {
  Check(std::begin(kOrdinaryWords), std::end(kOrdinaryWords));
}

TEST_CASE("English holidays resolve to the nearer occurrence the tense allows", "[core][timex]") {
  Check(std::begin(kHolidays), std::end(kHolidays));
}

TEST_CASE("English years and centuries spelled out", "[core][timex]") {
  Check(std::begin(kSpelledYears), std::end(kSpelledYears));
}

TEST_CASE("English business years, deadlines and the tense of dates without a year",
          "[core][timex]") {
  Check(std::begin(kBusinessAndTense), std::end(kBusinessAndTense));
}

}  // namespace diplograph
