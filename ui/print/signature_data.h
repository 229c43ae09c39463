#pragma once
// What the printed compact and the printed review share (defined in
// compact_html.cpp): the mustache data of a signature block (who signs or
// acknowledges, and for each signature the typed name, the date and the
// drawn signature's image name; an unsigned line is left blank), and the
// escaping of user text.

#include "ui/print/printable.h"

#include <kainjow/mustache.hpp>
#include <string>
#include <vector>

namespace mc::print {

kainjow::mustache::data signatureData(const std::vector<SignatureLine>& lines);

// How every printed layout escapes a user's text (set_custom_escape): as
// the library does, but &#39; for ', since Qt's HTML reader does not know
// the library's &apos;.
std::string escapeHtml(const std::string& text);

} // namespace mc::print
