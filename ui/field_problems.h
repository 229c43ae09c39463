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

// Shows the problems whose field is one of `paths` in `label`; the field's
// accessible description carries the same text (`field` may be null).
void showProblems(QLabel* label, QWidget* field, const std::vector<Problem>& problems,
                  std::initializer_list<std::string_view> paths);

} // namespace mc::ui
