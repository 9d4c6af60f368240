// PLOVER event categories grouped into the four "quad classes" of event data
// (verbal cooperation, material cooperation, verbal conflict, material
// conflict), and the colours every diagram, timeline and report uses for them.
//
//   QuadClass q = PloverQuad("CONSULT");   // QuadClass::kVerbalCooperation
//   QuadName(q);                           // "verbal cooperation"
//   QuadFill(q);                           // "#d9ead3", a pale green
//
// The map follows CAMEO's quad classes (root codes 01-05, 06-08, 09-13,
// 14-20), through the CAMEO roots each PLOVER category replaces:
//
//   verbal cooperation    AGREE, CONSULT, SUPPORT, REQUEST
//   material cooperation  COOPERATE, AID, CONCEDE, RETREAT
//   verbal conflict       INVESTIGATE, DEMAND, DISAPPROVE, ACCUSE, REJECT, THREATEN
//   material conflict     PROTEST, MOBILIZE, SANCTION, COERCE, ASSAULT
//
// Anything else (a category a user's lexicon adds) is kUnknown, drawn grey.
#ifndef DIPLOGRAPH_EXPORTERS_PLOVER_QUAD_H_
#define DIPLOGRAPH_EXPORTERS_PLOVER_QUAD_H_

#include <string_view>

namespace diplograph {

enum class QuadClass { kVerbalCooperation, kMaterialCooperation, kVerbalConflict, kMaterialConflict, kUnknown };
inline constexpr QuadClass kQuadClasses[] = {QuadClass::kVerbalCooperation, QuadClass::kMaterialCooperation,
                                             QuadClass::kVerbalConflict, QuadClass::kMaterialConflict};

QuadClass PloverQuad(std::string_view category);
// "verbal cooperation", ..., "other".
const char* QuadName(QuadClass q);
// A short CSS-friendly key: "vcoop", "mcoop", "vconf", "mconf", "other".
const char* QuadKey(QuadClass q);
// A pale fill (event boxes, badges) and a strong line colour (actor-network
// edges, terminal text) per class: greens for cooperation, orange and red
// for conflict, darker for material than for verbal.
const char* QuadFill(QuadClass q);
const char* QuadLine(QuadClass q);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_PLOVER_QUAD_H_
