#pragma once
// The mustache data of a signature block, shared by the printed compact and
// the printed review (defined in compact_html.cpp): who signs (or
// acknowledges), and for each signature the typed name, the date and the
// drawn signature's image name; an unsigned line is left blank.

#include "ui/print/printable.h"

#include <kainjow/mustache.hpp>
#include <vector>

namespace mc::print {

kainjow::mustache::data signatureData(const std::vector<SignatureLine>& lines);

} // namespace mc::print
