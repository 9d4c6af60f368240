#include "exporters/plover_quad.h"

#include <string_view>

namespace diplograph {

namespace {

struct QuadEntry {
  std::string_view category;
  QuadClass quad;
};

// The one place the map is written down (see plover_quad.h for its source).
constexpr QuadEntry kQuadMap[] = {
    {"AGREE", QuadClass::kVerbalCooperation},   {"CONSULT", QuadClass::kVerbalCooperation},
    {"SUPPORT", QuadClass::kVerbalCooperation}, {"REQUEST", QuadClass::kVerbalCooperation},
    {"COOPERATE", QuadClass::kMaterialCooperation}, {"AID", QuadClass::kMaterialCooperation},
    {"CONCEDE", QuadClass::kMaterialCooperation},   {"RETREAT", QuadClass::kMaterialCooperation},
    {"INVESTIGATE", QuadClass::kVerbalConflict}, {"DEMAND", QuadClass::kVerbalConflict},
    {"DISAPPROVE", QuadClass::kVerbalConflict},  {"ACCUSE", QuadClass::kVerbalConflict},
    {"REJECT", QuadClass::kVerbalConflict},      {"THREATEN", QuadClass::kVerbalConflict},
    {"PROTEST", QuadClass::kMaterialConflict},   {"MOBILIZE", QuadClass::kMaterialConflict},
    {"SANCTION", QuadClass::kMaterialConflict},  {"COERCE", QuadClass::kMaterialConflict},
    {"ASSAULT", QuadClass::kMaterialConflict},
};

}  // namespace

QuadClass PloverQuad(std::string_view category) {
  for (const QuadEntry& e : kQuadMap)
    if (e.category == category) return e.quad;
  return QuadClass::kUnknown;
}

const char* QuadName(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "verbal cooperation";
    case QuadClass::kMaterialCooperation: return "material cooperation";
    case QuadClass::kVerbalConflict: return "verbal conflict";
    case QuadClass::kMaterialConflict: return "material conflict";
    case QuadClass::kUnknown: break;
  }
  return "other";
}

const char* QuadKey(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "vcoop";
    case QuadClass::kMaterialCooperation: return "mcoop";
    case QuadClass::kVerbalConflict: return "vconf";
    case QuadClass::kMaterialConflict: return "mconf";
    case QuadClass::kUnknown: break;
  }
  return "other";
}

const char* QuadFill(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "#d9ead3";
    case QuadClass::kMaterialCooperation: return "#b6d7a8";
    case QuadClass::kVerbalConflict: return "#fce5cd";
    case QuadClass::kMaterialConflict: return "#f4cccc";
    case QuadClass::kUnknown: break;
  }
  return "#eeeeee";
}

const char* QuadLine(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation: return "#6aa84f";
    case QuadClass::kMaterialCooperation: return "#274e13";
    case QuadClass::kVerbalConflict: return "#e69138";
    case QuadClass::kMaterialConflict: return "#cc0000";
    case QuadClass::kUnknown: break;
  }
  return "#999999";
}

}  // namespace diplograph
