#pragma once
// Writes or edits one clause of an expectation domain: its topic (a built-in
// topic of the domain, one of the pair's own, or a new one), its words, who
// expects it of whom, where it came from and how far it got. The rules of
// mc::validateExpectation are shown beside the fields as the user types;
// OK stays disabled while any of them is broken.
//
// Tests fill the dialog through its widgets and call accept() without
// running it; the page opens it through a replaceable ClauseEditor.

#include "core/error.h"
#include "core/model.h"

#include <QDialog>
#include <QStringList>
#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mc::ui {

// Opens an editor for `start` and returns the clause to store, or nothing
// when the user cancelled. `ownTopics` are the topic keys of the pair's own
// that the domain's clauses already use.
using ClauseEditor = std::function<std::optional<Expectation>(
    QWidget* parent, const Expectation& start, const std::vector<std::string>& ownTopics)>;

class ClauseDialog : public QDialog {
    Q_OBJECT
public:
    ClauseDialog(const Expectation& start, const std::vector<std::string>& ownTopics,
                 QWidget* parent = nullptr);

    // Runs the dialog modally: the default ClauseEditor.
    static std::optional<Expectation> edit(QWidget* parent, const Expectation& start,
                                           const std::vector<std::string>& ownTopics);

    // The clause as the fields say now (id, domain, position and stamps of
    // `start` kept).
    Expectation expectation() const;
    // Every problem mc::validateExpectation finds in expectation().
    std::vector<Problem> problems() const;

    // Picks the topic with this key; an unknown key becomes "Other topic…"
    // with the key as its words.
    void setTopic(const std::string& key);

    QComboBox* topicCombo() const { return topic_; }
    QLineEdit* otherTopicEdit() const { return otherTopic_; }
    QPlainTextEdit* textEdit() const { return text_; }
    QComboBox* directionCombo() const { return direction_; }
    QComboBox* originCombo() const { return origin_; }
    QComboBox* stateCombo() const { return state_; }
    QPushButton* okButton() const { return ok_; }

    void accept() override;

private:
    void updateProblems();
    void updateTopicPrompt();
    bool otherTopicChosen() const;

    Expectation start_;
    QComboBox* topic_ = nullptr;
    QLineEdit* otherTopic_ = nullptr;
    QLabel* topicPrompt_ = nullptr;
    QWidget* otherTopicRow_ = nullptr;
    QLabel* topicProblem_ = nullptr;
    QPlainTextEdit* text_ = nullptr;
    QLabel* textProblem_ = nullptr;
    QComboBox* direction_ = nullptr;
    QComboBox* origin_ = nullptr;
    QComboBox* state_ = nullptr;
    QLabel* otherProblems_ = nullptr;
    QPushButton* ok_ = nullptr;
};

} // namespace mc::ui
