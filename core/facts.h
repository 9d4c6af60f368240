// Facts: what one article says, as plain data. The output of Extract() and
// the input of the graph.
//
//   Result<Facts> f = Extract(doc, lexicon, {});
//   for (const Event& e : f->events) std::cout << e.Dump() << "\n";
//   // CONSULT/phone 2025-05-17 [explicit] happened marco-rubio -> sergey-lavrov
#ifndef DIPLOGRAPH_CORE_FACTS_H_
#define DIPLOGRAPH_CORE_FACTS_H_

#include <string>
#include <vector>

#include "core/date.h"
#include "core/lexicon.h"
#include "core/text.h"
#include "core/timex.h"

namespace diplograph {

struct Actor {
  std::string id;  // lexicon id, or "new-<hash>" for an actor the lexicon lacks
  ActorKind kind = ActorKind::kState;
  std::string name;     // English canonical name (the surface form for new actors)
  std::string name_ar;  // an Arabic name, where the lexicon has one
  std::string country;
  std::vector<std::string> names;  // every surface form seen, sorted
  std::vector<std::string> roles;  // "foreign_minister of usa", held on the article's date
};

enum class EventStatus { kHappened, kOngoing, kPlanned, kProposed, kNegated };
const char* EventStatusName(EventStatus s);

// Where an event was read: the article (by id: its path, title, address
// and outlet are the Facts' or, in a graph, the document node's) and the
// sentence.
struct Evidence {
  std::string doc_id;
  Span sentence;
  Span trigger;
  std::string text;  // the sentence
  // The event's start as this article gives it; unknown means the event's
  // own start. The graph keeps it when events merge, to weigh dates.
  Date date = {};

  bool operator==(const Evidence&) const = default;
};

struct Event {
  std::string id;
  std::string category;  // PLOVER
  std::string mode;      // PLOVER mode, or ""
  std::string cameo;
  EventStatus status = EventStatus::kHappened;
  std::string trigger;   // the trigger's surface form
  std::vector<std::string> sources;  // actor ids
  std::vector<std::string> targets;
  std::vector<std::string> mediators;
  std::string location;  // place actor id, or ""
  Date start, end;       // unknown when the article gives no date
  std::string time_value;   // TIMEX3 value of the governing expression ("2025-W20")
  std::string time_anchor;  // explicit, publication, inherited, fallback, none
  std::vector<std::string> quantities;
  std::vector<std::string> about;  // ids of events this one is about or results from
  std::vector<Evidence> evidence;

  std::string Dump() const;
  // Whether two reports say the same in every field but their ids.
  bool SameReport(const Event& o) const;
};

struct Facts {
  std::string doc_id;
  std::string doc_path;
  std::string doc_title;
  std::string doc_url;
  std::string doc_source;
  std::string language;
  Date published;
  std::vector<Actor> actors;  // sorted by id
  std::vector<Event> events;  // in order of first mention
  std::vector<Timex> timexes;

  std::string Dump() const;
};

}  // namespace diplograph

#endif  // DIPLOGRAPH_CORE_FACTS_H_
