#include "exporters/markup_text.h"

#include <array>

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

// Bytes at which the writers below stop: markup characters, C0 controls
// and the lead byte of U+FFFE and U+FFFF. Others are copied in runs.
constexpr std::array<bool, 256> kMarkupStops = [] {
  std::array<bool, 256> stops{};
  for (int c = 0; c < 0x20; ++c) stops[static_cast<size_t>(c)] = true;
  for (char c : std::string_view("&<>\"'\xEF")) stops[static_cast<unsigned char>(c)] = true;
  return stops;
}();
constexpr std::array<bool, 256> kForbiddenStops = [] {
  std::array<bool, 256> stops{};
  for (int c = 0; c < 0x20; ++c) stops[static_cast<size_t>(c)] = c != '\t' && c != '\n' && c != '\r';
  stops[0xEF] = true;
  return stops;
}();

}  // namespace

void AppendEscapedMarkup(std::string& out, std::string_view text) {
  size_t copied = 0;  // text[copied, i) is still to be appended
  for (size_t i = 0; i < text.size();) {
    if (!kMarkupStops[static_cast<unsigned char>(text[i])]) {
      ++i;
      continue;
    }
    out.append(text, copied, i - copied);
    if (size_t skip = ForbiddenLength(text, i)) {
      i += skip;
      copied = i;
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
    copied = ++i;
  }
  out.append(text, copied, text.size() - copied);
}

void AppendXmlAllowedText(std::string& out, std::string_view text) {
  size_t copied = 0;
  for (size_t i = 0; i < text.size();) {
    size_t skip = kForbiddenStops[static_cast<unsigned char>(text[i])] ? ForbiddenLength(text, i) : 0;
    if (skip == 0) {
      ++i;
      continue;
    }
    out.append(text, copied, i - copied);
    i += skip;
    copied = i;
  }
  out.append(text, copied, text.size() - copied);
}

bool IsXmlAllowedText(std::string_view text) {
  for (size_t i = 0; i < text.size(); ++i)
    if (kForbiddenStops[static_cast<unsigned char>(text[i])] && ForbiddenLength(text, i) != 0) return false;
  return true;
}

std::string EscapeMarkup(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendEscapedMarkup(out, text);
  return out;
}

std::string XmlAllowedText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlAllowedText(out, text);
  return out;
}

std::string WithoutBidiControls(std::string_view text) {
  // U+202A-U+202E are E2 80 AA-AE; U+2066-U+2069 are E2 81 A6-A9.
  std::string out;
  out.reserve(text.size());
  size_t copied = 0;  // text[copied, i) is still to be appended
  for (size_t i = text.find('\xE2'); i != std::string_view::npos; i = text.find('\xE2', i + 1)) {
    if (i + 2 >= text.size()) break;
    unsigned char b1 = static_cast<unsigned char>(text[i + 1]), b2 = static_cast<unsigned char>(text[i + 2]);
    if ((b1 == 0x80 && b2 >= 0xAA && b2 <= 0xAE) || (b1 == 0x81 && b2 >= 0xA6 && b2 <= 0xA9)) {
      out.append(text, copied, i - copied);
      copied = i + 3;
      i += 2;
    }
  }
  out.append(text, copied, text.size() - copied);
  return out;
}

}  // namespace diplograph
