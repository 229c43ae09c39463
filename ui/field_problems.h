#pragma once
// Showing the rules' findings beside the field they concern, the same way
// in every dialog: errors in red, warnings in amber, each named in words so
// colour is not the only sign.

#include "core/error.h"

#include <QString>
#include <initializer_list>
#include <string_view>
#include <vector>

class QLabel;
class QWidget;

namespace mc::ui {

// An empty, word-wrapping plain-text label for a field's problems.
QLabel* problemLabel(QWidget* parent, const QString& objectName);

// Makes `problems` (empty: none) the accessible description of `field`. A
// combo box's description starts with its accessible name: Qt on Linux
// speaks a combo's value as its name and takes the name from a label only
// when the label is its sibling, which a field beside its problem is not.
void describeProblems(QWidget* field, const QString& problems);

// Shows the problems whose field is one of `paths` in `label`; the field's
// accessible description carries the same text (`field` may be null).
void showProblems(QLabel* label, QWidget* field, const std::vector<Problem>& problems,
                  std::initializer_list<std::string_view> paths);

} // namespace mc::ui
