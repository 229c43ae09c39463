#include "ui/qt_helpers.h"

#include <QByteArrayView>
#include <QDate>
#include <QLabel>
#include <QLocale>

namespace mc::ui {

QString toQString(const std::string& text) {
    return QString::fromStdString(text);
}

QString toQString(std::string_view text) {
    return QString::fromUtf8(QByteArrayView(text.data(), static_cast<qsizetype>(text.size())));
}

std::string toStdString(const QString& text) {
    return text.toStdString();
}

QDate toQDate(const Date& date) {
    return QDate(static_cast<int>(date.year()), static_cast<int>(date.month()),
                 static_cast<int>(date.day()));
}

QString formatDate(const Date& date) {
    return QLocale().toString(toQDate(date), QStringLiteral("d MMM yyyy"));
}

QLabel* makePlainLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    return label;
}

Date fromQDate(const QDate& date) {
    return Date(static_cast<unsigned short>(date.year()), static_cast<unsigned short>(date.month()),
                static_cast<unsigned short>(date.day()));
}

void selectData(QComboBox* combo, const QVariant& value) {
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace mc::ui
