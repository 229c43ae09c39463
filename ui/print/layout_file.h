#pragma once
// Reading the print layouts (templates/print/) and filling them with
// mustache: one place for the compact, the yearly review and the cohort
// report, so they read, escape and report a broken layout alike. Include
// only from ui/print's sources (mustache's include folder is private there).

#include <QString>
#include <kainjow/mustache.hpp>

namespace mc::print {

// The layout file at `path`. Throws mc::Error naming the file and why.
QString readLayoutPath(const QString& path);
// The file `name` from `folder` when the folder has it, else the built-in
// one (":/print/NAME").
QString readLayoutFile(const QString& folder, const QString& name);
// `html` (the layout `name`) filled from `data`, every value escaped with
// escapeHtml. Throws mc::Error naming the layout when it does not parse or
// cannot be filled.
QString fillLayout(const QString& name, const QString& html, const kainjow::mustache::data& data);

} // namespace mc::print
