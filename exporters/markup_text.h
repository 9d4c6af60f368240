// Text for XML 1.0 and HTML documents: escaped, and stripped of the
// characters XML 1.0 forbids even as references (C0 controls other than tab,
// newline and carriage return; U+FFFE and U+FFFF).
//
//   out << "<node label=\"" << EscapeMarkup(actor.name) << "\"/>";
//   html += "<p>" + EscapeMarkup(evidence.text) + "</p>";
//
// Article text reaches every output: a name such as `Tom & "Jerry" <b>` must
// stay text in GEXF, GraphML and TimelineJS (which renders HTML).
#ifndef DIPLOGRAPH_EXPORTERS_MARKUP_TEXT_H_
#define DIPLOGRAPH_EXPORTERS_MARKUP_TEXT_H_

#include <string>
#include <string_view>

namespace diplograph {

// `text` with & < > " ' escaped, tab, newline and carriage return written as
// character references (so they survive XML attribute-value normalisation),
// and forbidden characters dropped. Safe in element content and in quoted
// attribute values.
std::string EscapeMarkup(std::string_view text);

// `text` with only the forbidden characters dropped, for writers that escape
// by themselves (Boost's write_graphml).
std::string XmlAllowedText(std::string_view text);

// The same two appended to `out`, for writers of large documents that
// would otherwise make a string for every value.
void AppendEscapedMarkup(std::string& out, std::string_view text);
void AppendXmlAllowedText(std::string& out, std::string_view text);
// True when `text` has no character to drop (XmlAllowedText(text) == text).
bool IsXmlAllowedText(std::string_view text);

// `text` without the explicit bidirectional embeddings, overrides and
// isolates (U+202A-U+202E, U+2066-U+2069). An article that puts a
// right-to-left override in a name would otherwise reverse the text that
// follows it in a report; the HTML report isolates every name and sentence
// with <bdi> and dir="auto" instead, which needs no control characters.
std::string WithoutBidiControls(std::string_view text);

}  // namespace diplograph

#endif  // DIPLOGRAPH_EXPORTERS_MARKUP_TEXT_H_
