// A small graph whose article text tries to break every output format:
// markup, quotes, ampersands, commas, line breaks, control characters and a
// javascript: link. Shared by the exporter tests.
//
//   TemporalGraph g = HostileGraph();
#ifndef DIPLOGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_
#define DIPLOGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_

#include <string>

#include "graph/temporal_graph.h"

namespace diplograph {

// Names as the exporters must give them back, decoded.
inline const std::string kHostilePerson = "Tom & \"Jerry\" <script>alert('x')</script>, Jr.";
inline const std::string kHostileArabic = "توم <b>&amp;</b> \"جيري\"";
inline const std::string kHostileTitle = "</a><img src=x onerror=alert(1)> Talks, \"day 2\"";
inline const std::string kHostileSentence = "He said: \"no, never\" <i>&</i>\nthen left.";
// Control characters are not allowed in XML 1.0: the XML outputs drop them.
inline const std::string kControlName = std::string("Bell\x07") + "Tab\tEnd";
inline const std::string kControlNameInXml = "BellTab\tEnd";

inline TemporalGraph HostileGraph() {
  Facts a;
  a.doc_id = "doc-a";
  a.doc_path = "news/a,\"b\".txt";
  a.doc_title = kHostileTitle;
  a.doc_url = "javascript:alert(1)";
  a.doc_source = "Outlet <&>";
  a.language = "en";
  a.published = Date::Day(2025, 5, 17);
  a.actors = {Actor{"tom", ActorKind::kPerson, kHostilePerson, kHostileArabic, "usa", {"Tom"}, {}},
              Actor{"rus", ActorKind::kState, "Russia", "روسيا", "rus", {}, {}},
              Actor{"ukr", ActorKind::kState, kControlName, "أوكرانيا", "ukr", {}, {}},
              Actor{"istanbul", ActorKind::kCity, "Istanbul", "إسطنبول", "tur", {}, {}}};
  auto evidence = [](const Facts& f, const std::string& text) {
    return Evidence{f.doc_id, {0, 5}, {0, 3}, text};
  };
  Event call;  // one day, read in both articles
  call.category = "CONSULT";
  call.mode = "phone";
  call.start = call.end = Date::Day(2025, 5, 17);
  call.sources = {"tom"};
  call.targets = {"rus"};
  call.time_anchor = "publication";
  call.evidence = {evidence(a, kHostileSentence)};
  Event talks;  // two days, in a place
  talks.category = "CONSULT";
  talks.start = Date::Day(2025, 5, 15);
  talks.end = Date::Day(2025, 5, 16);
  talks.sources = {"rus"};
  talks.targets = {"ukr"};
  talks.mediators = {"tom"};
  talks.location = "istanbul";
  talks.time_anchor = "explicit";
  talks.evidence = {evidence(a, "Talks in Istanbul.")};
  Event proposal;  // known to the month only
  proposal.category = "AGREE";
  proposal.status = EventStatus::kProposed;
  proposal.start = proposal.end = Date::Month(2024, 2);
  proposal.sources = {"rus"};
  proposal.time_anchor = "explicit";
  proposal.evidence = {evidence(a, "A proposal in February 2024.")};
  Event war;  // ongoing: no end
  war.category = "ASSAULT";
  war.status = EventStatus::kOngoing;
  war.start = war.end = Date::Day(2022, 2, 24);
  war.sources = {"rus"};
  war.targets = {"ukr"};
  war.time_anchor = "explicit";
  war.evidence = {evidence(a, "Since 24 February 2022.")};
  Event undated;
  undated.category = "DISAPPROVE";
  undated.sources = {"ukr"};
  undated.targets = {"rus"};
  undated.time_anchor = "none";
  undated.evidence = {evidence(a, "Undated criticism.")};
  a.events = {call, talks, proposal, war, undated};

  Facts b;
  b.doc_id = "doc-b";
  b.doc_path = "news/b.txt";
  b.doc_title = "Second report";
  b.doc_url = "https://example.org/news?id=1&lang=\"en\"";
  b.doc_source = "Other";
  b.language = "en";
  b.published = Date::Day(2025, 5, 17);
  b.actors = {a.actors[0], a.actors[1]};
  call.evidence = {evidence(b, "The call, again.")};
  b.events = {call};

  TemporalGraph g;
  g.AddFacts(a);
  g.AddFacts(b);
  return g;
}

}  // namespace diplograph

#endif  // DIPLOGRAPH_TESTS_EXPORTERS_HOSTILE_GRAPH_H_
