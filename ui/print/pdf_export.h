#pragma once
// Writing printable compacts to PDF files.

#include <QString>
#include <vector>

namespace mc::print {

class CompactDocument;

// Lays `document` out on a QPdfWriter and writes it to `path` in one step
// (QSaveFile: the old file or the complete new one, never half of one).
// Signed compacts are written as PDF/A-1b for archiving. Returns an error
// message for a person, or an empty string when the file was written.
QString writePdf(CompactDocument& document, const QString& path);
// Several compacts in one file, each starting on a new page with its own
// page numbers. PDF/A-1b when every one is signed.
QString writePdf(const std::vector<CompactDocument*>& documents, const QString& path);

} // namespace mc::print
