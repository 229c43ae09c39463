#pragma once
// Small bridges between core's plain C++ values and Qt: strings, dates,
// enum labels, and labels that never interpret user text as markup.

#include "core/dates.h"
#include "core/enums.h"
#include "ui/enum_labels.h"

#include <QComboBox>
#include <QString>
#include <QVariant>
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
Date fromQDate(const QDate& date);
// A date for people to read, in the user's language: "1 Oct 2025".
QString formatDate(const Date& date);

// An enum's label in the user's language (ui/enum_labels.h); core's English
// label for an enum that has no translated labels yet.
template <typename E> QString labelOf(E value) {
    if constexpr (requires { EnumLabels::label(value); })
        return EnumLabels::label(value);
    else
        return toQString(toLabel(value));
}

// A combo box of an enum's labels (as labelOf), each item's data the enum's value.
template <typename E> void fillEnumCombo(QComboBox* combo) {
    for (const auto& entry : enumEntries<E>())
        combo->addItem(labelOf(entry.value), static_cast<int>(entry.value));
}
template <typename E> E comboValue(const QComboBox* combo) {
    return static_cast<E>(combo->currentData().toInt());
}
// Selects the item whose data is `value`; leaves the combo as it is if none.
void selectData(QComboBox* combo, const QVariant& value);

// A QLabel that shows `text` exactly as written: user text is never taken
// for rich text, so "<b>" in a name stays "<b>".
QLabel* makePlainLabel(const QString& text, QWidget* parent = nullptr);

} // namespace mc::ui
