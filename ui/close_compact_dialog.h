#pragma once
// Close and archive a compact (issue 7, the closing phase): the day the
// formal relationship ended, why, and a note. The day may not be before the
// compact's start nor after today; the dialog says so beside the field and
// will not close while it is wrong. Core checks the same rules again.
//
// Tests fill the fields through the accessors and call accept(); the
// application calls ask(), which runs the dialog modally.

#include "core/model.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace mc::ui {

class CloseCompactDialog : public QDialog {
    Q_OBJECT
public:
    CloseCompactDialog(const Compact& compact, const Date& today, QWidget* parent = nullptr);

    // The closing as the fields stand, or nothing when cancelled.
    static std::optional<Closing> ask(QWidget* parent, const Compact& compact, const Date& today);

    Closing closing() const;
    QDateEdit* dateField() const { return date_; }
    QComboBox* reasonField() const { return reason_; }
    QPlainTextEdit* noteField() const { return note_; }
    // What is wrong with the day, or empty.
    QString dateProblem() const;

    void accept() override;

private:
    void revalidate();

    Date start_;
    Date today_;
    QDateEdit* date_ = nullptr;
    QComboBox* reason_ = nullptr;
    QPlainTextEdit* note_ = nullptr;
    QLabel* problem_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;
};

} // namespace mc::ui
