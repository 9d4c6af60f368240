#include "exporters/markup_text.h"

namespace diplograph {

namespace {

// Bytes of `text` starting at `i` that XML 1.0 forbids: 0 when allowed, else
// how many bytes to drop. Input is UTF-8 (ingest checks it), so U+FFFE and
// U+FFFF are the three-byte sequences EF BF BE and EF BF BF.
size_t ForbiddenLength(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return 1;
  if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF) {
    unsigned char last = static_cast<unsigned char>(text[i + 2]);
    if (last == 0xBE || last == 0xBF) return 3;
  }
  return 0;
}

}  // namespace

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (size_t skip = ForbiddenLength(text, i)) {
      i += skip;
      continue;
    }
    switch (text[i]) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default: out += text[i];
    }
    ++i;
  }
  return out;
}

std::string XmlAllowedText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (size_t skip = ForbiddenLength(text, i)) {
      i += skip;
      continue;
    }
    out += text[i++];
  }
  return out;
}

std::string WithoutBidiControls(std::string_view text) {
  // U+202A-U+202E are E2 80 AA-AE; U+2066-U+2069 are E2 81 A6-A9.
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    if (static_cast<unsigned char>(text[i]) == 0xE2 && i + 2 < text.size()) {
      unsigned char b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
      if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
        i += 3;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

}  // namespace diplograph
