#include "exporters/markup_text.h"

#include <catch2/catch.hpp>

#include <string>

namespace diplograph {

TEST_CASE("Markup escaping keeps article text as text and drops what XML forbids", "[exporters][markup]") {
  struct Case {
    std::string in, escaped, allowed;
  };
  const Case kCases[] = {
      {"Rubio", "Rubio", "Rubio"},
      {"Tom & Jerry", "Tom &amp; Jerry", "Tom & Jerry"},
      {"<script>alert('x')</script>", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;",
       "<script>alert('x')</script>"},
      {"say \"no\"", "say &quot;no&quot;", "say \"no\""},
      {"&amp;", "&amp;amp;", "&amp;"},
      {"a\tb\nc\rd", "a&#9;b&#10;c&#13;d", "a\tb\nc\rd"},
      {std::string("bell\x07") + std::string(1, '\0') + "x\x1f", "bellx", "bellx"},
      {"\xEF\xBF\xBE\xEF\xBF\xBFok\xEF\xBF\xBD", "ok\xEF\xBF\xBD", "ok\xEF\xBF\xBD"},  // U+FFFE, U+FFFF go
      {"روبيو <لافروف>", "روبيو &lt;لافروف&gt;", "روبيو <لافروف>"},
  };
  for (const Case& c : kCases) {
    INFO(c.in);
    CHECK(EscapeMarkup(c.in) == c.escaped);
    CHECK(XmlAllowedText(c.in) == c.allowed);
    CHECK(IsXmlAllowedText(c.in) == (c.allowed == c.in));
    // The appending forms add the same text after what is there.
    std::string escaped = "<x>", allowed = "<x>";
    AppendEscapedMarkup(escaped, c.in);
    AppendXmlAllowedText(allowed, c.in);
    CHECK(escaped == "<x>" + c.escaped);
    CHECK(allowed == "<x>" + c.allowed);
  }
}

}  // namespace diplograph
