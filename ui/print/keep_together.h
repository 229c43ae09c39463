#pragma once
// Keep-together for paginated QTextDocuments. QTextDocument breaks pages
// between lines, so a table row or a paragraph can start on one page and end
// on the next. After one layout, this walks the document in order, decides
// every move at once (tracking how far each move pushes what follows), applies
// them all and lays out again; only if that layout still has a straddler does
// it walk again, a few times at most.

class QTextDocument;

namespace mc::print {

// What is kept together, in the document's root frame:
// - a paragraph (so every clause written as a paragraph);
// - a heading with the start of what follows it (no orphaned headings);
// - a short table (at most 25% of a page: title block, signature block) as
//   a whole; a longer one row by row, its header row repeated by Qt on
//   continued pages (<thead>, QTextTableFormat::headerRowCount).
// Returns how many things were moved. The document must have a page size.
int keepTogether(QTextDocument& document, int maxMoves = 500);

} // namespace mc::print
