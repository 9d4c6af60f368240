// The HTML report: one file, nothing loaded from elsewhere, and nothing from
// an article ever becomes markup, script or a link that is not http(s).
#include "exporters/html_report.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

#include "tests/exporters/hostile_graph.h"

namespace diplograph {

namespace {

std::string Report(const TemporalGraph& g) {
  DotOptions o;
  o.view = DotOptions::View::kActors;
  Result<std::string> html = WriteHtmlReport(g, o);
  REQUIRE(html.ok());
  return *html;
}

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("The HTML report lets no article text become markup", "[exporters][html]") {
  std::string html = Report(HostileGraph());
  // Every tag in the page is one the report writes (or gvc's SVG draws):
  // a name such as "<script>alert('x')</script>" stays text.
  const std::set<std::string> kTags = {
      "!DOCTYPE", "html", "head",  "meta", "title",   "style", "body",    "header", "h1",   "p",
      "form",     "label", "select", "option", "input", "button", "span", "main",   "section", "ol",
      "li",       "div",  "blockquote", "a", "bdi",    "aside", "svg",     "g",      "polygon", "ellipse",
      "text",     "path", "polyline", "details", "summary", "ul", "script", "!--"};
  std::regex tag("<(/?)(!--|!DOCTYPE|[A-Za-z][A-Za-z0-9]*)");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator(); ++it) {
    INFO((*it)[0].str());
    CHECK(kTags.count((*it)[2].str()) == 1);
  }
  CHECK(Count(html, "<script") == 1);  // the report's own
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("Tom &amp; &quot;Jerry&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;, Jr.") !=
        std::string::npos);
  CHECK(html.find("&lt;/a&gt;&lt;img src=x onerror=alert(1)&gt; Talks") != std::string::npos);
  // A javascript: address is shown, never linked; an https one is linked,
  // with its quotes and ampersands escaped inside the attribute.
  CHECK(html.find("javascript:") == std::string::npos);  // the title is shown instead
  CHECK(html.find("href=\"javascript") == std::string::npos);
  CHECK(html.find("href=\"https://example.org/news?id=1&amp;lang=&quot;en&quot;\"") != std::string::npos);
  CHECK(html.find("rel=\"noopener noreferrer\"") != std::string::npos);
  // Control characters XML forbids are dropped.
  CHECK(html.find('\x07') == std::string::npos);
}

TEST_CASE("The HTML report isolates right-to-left text and drops bidi overrides", "[exporters][html]") {
  Facts f;
  f.doc_id = "doc-rtl";
  f.doc_path = "news/rtl.txt";
  f.doc_title = "عنوان";
  f.language = "ar";
  f.published = Date::Day(2025, 5, 17);
  // U+202E (right-to-left override) and U+2066 (left-to-right isolate) in a
  // name: in a page they would reverse what follows.
  std::string trick = "Eve\xE2\x80\xAE" "gnp.exe\xE2\x81\xA6";
  f.actors = {Actor{"eve", ActorKind::kPerson, trick, "إيف", "", {}, {}},
              Actor{"rus", ActorKind::kState, "Russia", "روسيا", "rus", {}, {}}};
  Event e;
  e.category = "CONSULT";
  e.start = e.end = Date::Day(2025, 5, 17);
  e.sources = {"eve"};
  e.targets = {"rus"};
  e.evidence = {Evidence{f.doc_id, {0, 3}, {0, 3}, "التقى الوزير نظيره"}};
  f.events = {e};
  TemporalGraph g;
  g.AddFacts(f);
  std::string html = Report(g);
  CHECK(html.find("\xE2\x80\xAE") == std::string::npos);
  CHECK(html.find("\xE2\x81\xA6") == std::string::npos);
  CHECK(html.find("<bdi>Evegnp.exe</bdi>") != std::string::npos);
  CHECK(html.find("<blockquote dir=\"auto\" lang=\"ar\">التقى الوزير نظيره</blockquote>") != std::string::npos);
}

TEST_CASE("The HTML report is self-contained and filterable", "[exporters][html]") {
  TemporalGraph g = HostileGraph();
  std::string html = Report(g);
  // Loads nothing from elsewhere: a CSP that allows only the inline script
  // and style by their hashes, and no src= or external stylesheet.
  CHECK(html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-") !=
        std::string::npos);
  CHECK(html.find(std::string("'") + kHtmlReportScriptHash + "'") != std::string::npos);
  CHECK(html.find(std::string("<script>") + kHtmlReportScript + "</script>") != std::string::npos);
  CHECK(html.find(" src=\"") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  // One item per event, with the data the filters read.
  CHECK(Count(html, "<li class=\"ev ") == g.Events().size());
  CHECK(html.find("data-start=\"2025-05-15\" data-end=\"2025-05-16\" data-actors=\"rus tom ukr\"") !=
        std::string::npos);
  CHECK(html.find("data-start=\"2022-02-24\" data-end=\"9999\"") != std::string::npos);  // ongoing
  CHECK(html.find("data-start=\"\" data-end=\"\"") != std::string::npos);               // undated
  // The diagram is inline SVG, without the XML prologue.
  CHECK(html.find("<div id=\"diagram\"><svg") != std::string::npos);
  CHECK(html.find("<?xml") == std::string::npos);
  // The call was read in two articles: both sentences are shown.
  CHECK(html.find("The call, again.") != std::string::npos);
  CHECK(html.find("He said: &quot;no, never&quot; &lt;i&gt;&amp;&lt;/i&gt;&#10;then left.") != std::string::npos);
}

}  // namespace diplograph
