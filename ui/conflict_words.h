#pragma once
// A merge conflict's "what" in the user's language. core writes it as an
// English phrase ('milestone "Submit the K99": due', "version 2: signed
// text") and a flagged conflict keeps that phrase in the file as it was
// written (merge_conflicts.what). Its parts are known from the conflict's
// kind and field, so the phrase is rebuilt here from them: the kind and
// the field in words, the label as written. A phrase of another shape (a
// newer program's) is shown as it is.

#include <QString>
#include <string>

namespace mc::ui {

QString conflictWhat(const std::string& entityKind, const std::string& field,
                     const std::string& what);

} // namespace mc::ui
