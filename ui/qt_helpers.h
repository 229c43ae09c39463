#pragma once
// Small bridges between core's plain C++ values and Qt: strings, dates,
// enum labels, and labels that never interpret user text as markup.

#include "core/dates.h"
#include "core/enums.h"

#include <QString>
#include <string>
#include <string_view>

class QDate;
class QLabel;
class QWidget;

namespace mc::ui {

QString toQString(const std::string& text);
QString toQString(std::string_view text);
std::string toStdString(const QString& text);

QDate toQDate(const Date& date);
// A date for people to read, in the user's language: "1 Oct 2025".
QString formatDate(const Date& date);

template <typename E> QString labelOf(E value) {
    return toQString(toLabel(value));
}

// A QLabel that shows `text` exactly as written: user text is never taken
// for rich text, so "<b>" in a name stays "<b>".
QLabel* makePlainLabel(const QString& text, QWidget* parent = nullptr);

} // namespace mc::ui
