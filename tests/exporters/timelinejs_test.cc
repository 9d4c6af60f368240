#include "exporters/timelinejs.h"

#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

#include "tests/exporters/hostile_graph.h"

namespace diplograph {

namespace {

// The fields TimelineJS documents (https://timeline.knightlab.com/docs/json-format.html).
const std::set<std::string> kTimelineFields = {"events", "title", "eras", "scale"};
const std::set<std::string> kSlideFields = {"start_date", "end_date",     "text",     "media",    "group",
                                            "display_date", "background", "autolink", "unique_id"};
const std::set<std::string> kDateFields = {"year",   "month",       "day",         "hour",
                                           "minute", "second",      "millisecond", "display_date"};
const std::set<std::string> kTextFields = {"headline", "text"};

void CheckFields(const rapidjson::Value& object, const std::set<std::string>& allowed) {
  REQUIRE(object.IsObject());
  for (const auto& m : object.GetObject()) {
    INFO(m.name.GetString());
    CHECK(allowed.count(m.name.GetString()) == 1);
  }
}

// The tags of an HTML fragment ("p", "/p", "a" ...): article text must add none.
std::multiset<std::string> Tags(const std::string& html) {
  std::multiset<std::string> tags;
  for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    size_t end = html.find_first_of(" >", i);
    tags.insert(html.substr(i + 1, end - i - 1));
  }
  return tags;
}

std::string DateString(const rapidjson::Value& d) {
  std::string out = std::to_string(d["year"].GetInt());
  if (d.HasMember("month")) out += "-" + std::to_string(d["month"].GetInt());
  if (d.HasMember("day")) out += "-" + std::to_string(d["day"].GetInt());
  return out;
}

}  // namespace

TEST_CASE("TimelineJS data has only documented fields, dates at their precision, escaped HTML",
          "[exporters][timelinejs]") {
  TemporalGraph g = HostileGraph();
  std::string json = WriteTimelineJs(g);
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CheckFields(doc, kTimelineFields);
  CheckFields(doc["title"], kSlideFields);
  CheckFields(doc["title"]["text"], kTextFields);
  REQUIRE(doc["events"].IsArray());
  // The undated event has no place on a timeline.
  REQUIRE(doc["events"].Size() == 4);

  std::set<std::string> event_ids;
  for (const GraphNode* n : g.Events()) event_ids.insert(n->id);
  std::map<std::string, const rapidjson::Value*> by_start;
  std::set<std::string> unique_ids;
  for (const auto& slide : doc["events"].GetArray()) {
    CheckFields(slide, kSlideFields);
    REQUIRE(slide.HasMember("start_date"));
    CheckFields(slide["start_date"], kDateFields);
    REQUIRE(slide["start_date"]["year"].IsInt());
    if (slide.HasMember("end_date")) CheckFields(slide["end_date"], kDateFields);
    CheckFields(slide["text"], kTextFields);
    REQUIRE(slide["text"]["headline"].IsString());
    REQUIRE(slide["text"]["text"].IsString());
    REQUIRE(slide["group"].IsString());
    std::string id = slide["unique_id"].GetString();
    CHECK(event_ids.count(id) == 1);
    CHECK(unique_ids.insert(id).second);
    // Headlines carry no markup at all; bodies only diplograph's own.
    CHECK(Tags(slide["text"]["headline"].GetString()).empty());
    for (const std::string& tag : Tags(slide["text"]["text"].GetString())) {
      INFO(slide["text"]["text"].GetString());
      CHECK(std::set<std::string>{"p", "/p", "blockquote", "/blockquote", "a", "/a"}.count(tag) == 1);
    }
    by_start[DateString(slide["start_date"])] = &slide;
  }

  SECTION("dates: only the known parts, an end only when the event spans days") {
    REQUIRE(by_start.count("2024-2") == 1);  // month precision: no day
    CHECK_FALSE(by_start["2024-2"]->HasMember("end_date"));
    CHECK((*by_start["2024-2"])["group"] == "AGREE");
    REQUIRE(by_start.count("2025-5-15") == 1);
    CHECK(DateString((*by_start["2025-5-15"])["end_date"]) == "2025-5-16");
    REQUIRE(by_start.count("2025-5-17") == 1);
    CHECK_FALSE(by_start["2025-5-17"]->HasMember("end_date"));
    CHECK(std::string((*by_start["2022-2-24"])["display_date"].GetString()) == "since 2022-02-24");
  }

  SECTION("article text is escaped; only http(s) links become anchors") {
    const rapidjson::Value& call = *by_start["2025-5-17"];
    std::string headline = call["text"]["headline"].GetString();
    CHECK(headline.find("Tom &amp; &quot;Jerry&quot; &lt;script&gt;") != std::string::npos);
    std::string text = call["text"]["text"].GetString();
    CHECK(text.find("He said: &quot;no, never&quot; &lt;i&gt;&amp;&lt;/i&gt;") != std::string::npos);
    CHECK(text.find("&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
    CHECK(text.find("javascript:") == std::string::npos);
    CHECK(text.find("<a href=\"https://example.org/news?id=1&amp;lang=&quot;en&quot;\"") != std::string::npos);
    CHECK(text.find("Outlet &lt;&amp;&gt;") != std::string::npos);
  }

  CHECK(WriteTimelineJs(HostileGraph()) == json);
}

}  // namespace diplograph
