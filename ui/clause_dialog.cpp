#include "ui/clause_dialog.h"

#include "core/topics.h"
#include "core/validation.h"
#include "ui/core_text.h"
#include "ui/expectations_model.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"
#include "ui/topic_texts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

template <typename E> QComboBox* enumCombo(E current, const QString& accessibleName) {
    auto* combo = new QComboBox;
    for (const auto& entry : enumEntries<E>())
        combo->addItem(labelOf(entry.value), static_cast<int>(entry.value));
    combo->setCurrentIndex(combo->findData(static_cast<int>(current)));
    combo->setAccessibleName(accessibleName);
    return combo;
}

template <typename E> E enumValue(const QComboBox* combo, E fallback) {
    const QVariant data = combo->currentData();
    return data.isValid() ? static_cast<E>(data.toInt()) : fallback;
}

QLabel* problemLabel(const QString& objectName) {
    QLabel* label = makePlainLabel(QString());
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(colorStyle(errorColor(label->palette())));
    label->hide();
    return label;
}

void showMessages(QLabel* label, const QStringList& messages) {
    label->setText(messages.join(QLatin1Char('\n')));
    label->setVisible(!messages.isEmpty());
}

// A field with its problem label under it, as one row of the form.
QWidget* withProblem(QWidget* field, QLabel* problem) {
    auto* box = new QWidget;
    auto* column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(problem);
    return box;
}

constexpr int kPromptRole = Qt::UserRole + 1;

bool endsWith(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

} // namespace

ClauseDialog::ClauseDialog(const Expectation& start, const std::vector<std::string>& ownTopics,
                           QWidget* parent)
    : QDialog(parent), start_(start) {
    setWindowTitle(start.id.empty() ? tr("Add clause") : tr("Edit clause"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    QLabel* domain = makePlainLabel(labelOf(start.domain));
    domain->setObjectName(QStringLiteral("clauseDomain"));
    form->addRow(tr("Domain:"), domain);

    topic_ = new QComboBox;
    topic_->setAccessibleName(tr("Topic"));
    describeProblems(topic_, {});
    for (const Topic& topic : allTopics())
        if (topic.domain == start.domain) {
            topic_->addItem(TopicTexts::title(topic), toQString(topic.key));
            topic_->setItemData(topic_->count() - 1, TopicTexts::prompt(topic), kPromptRole);
        }
    for (const std::string& key : ownTopics)
        topic_->addItem(topicTitle(key), toQString(key));
    topic_->addItem(tr("Other topic…"));
    topicPrompt_ = makePlainLabel(QString());
    topicPrompt_->setObjectName(QStringLiteral("clauseTopicPrompt"));
    topicPrompt_->setWordWrap(true);
    topicPrompt_->setEnabled(false); // dimmed: a question to think about, not a field
    auto* topicLabel = new QLabel(tr("&Topic:"));
    topicLabel->setBuddy(topic_);
    form->addRow(topicLabel, withProblem(topic_, topicPrompt_));

    otherTopic_ = new QLineEdit;
    otherTopic_->setAccessibleName(tr("Topic of your own"));
    otherTopic_->setPlaceholderText(tr("Name a topic of your own"));
    topicProblem_ = problemLabel(QStringLiteral("topicProblem"));
    auto* otherTopicLabel = new QLabel(tr("Topic &name:"));
    otherTopicLabel->setBuddy(otherTopic_);
    otherTopicRow_ = withProblem(otherTopic_, topicProblem_);
    form->addRow(otherTopicLabel, otherTopicRow_);

    text_ = new QPlainTextEdit;
    text_->setAccessibleName(tr("Clause"));
    text_->setTabChangesFocus(true);
    text_->setPlaceholderText(tr("What is expected, and of whom"));
    text_->setPlainText(toQString(start.text));
    textProblem_ = problemLabel(QStringLiteral("textProblem"));
    auto* textLabel = new QLabel(tr("&Clause:"));
    textLabel->setBuddy(text_);
    form->addRow(textLabel, withProblem(text_, textProblem_));

    direction_ = enumCombo(start.direction, tr("Direction"));
    direction_->setWhatsThis(
        tr("Who owes this to whom: what the scholar expects of the mentor, what the mentor expects "
           "of the scholar, or what both owe each other. Clauses often come in mirrored pairs: the "
           "mentor reads a draft promptly, the scholar hands it over early enough."));
    origin_ = enumCombo(start.origin, tr("Origin"));
    origin_->setWhatsThis(tr("Where the clause came from: a prompt of the template, the scholar's "
                             "worksheet, the mentor's, or the conversation between them."));
    state_ = enumCombo(start.state, tr("State"));
    state_->setWhatsThis(tr("How far the clause has come: proposed by one side, talked over, "
                            "agreed by both, or dropped. Only agreed clauses are what both sign; a "
                            "dropped one stays visible so nobody wonders where it went."));
    const std::pair<QString, QComboBox*> combos[] = {
        {tr("&Direction:"), direction_}, {tr("O&rigin:"), origin_}, {tr("&State:"), state_}};
    for (const auto& [text, combo] : combos) {
        auto* label = new QLabel(text);
        label->setBuddy(combo);
        form->addRow(label, combo);
    }

    otherProblems_ = problemLabel(QStringLiteral("otherProblems"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    ok_ = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClauseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ClauseDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addLayout(form);
    column->addWidget(otherProblems_);
    column->addWidget(buttons);

    setTabOrder(topic_, otherTopic_);
    setTabOrder(otherTopic_, text_);
    setTabOrder(text_, direction_);
    setTabOrder(direction_, origin_);
    setTabOrder(origin_, state_);
    setTabOrder(state_, buttons);

    connect(topic_, &QComboBox::currentIndexChanged, this, [this, form] {
        form->setRowVisible(otherTopicRow_, otherTopicChosen());
        updateTopicPrompt();
        updateProblems();
    });
    connect(otherTopic_, &QLineEdit::textChanged, this, &ClauseDialog::updateProblems);
    connect(text_, &QPlainTextEdit::textChanged, this, &ClauseDialog::updateProblems);
    setTopic(start.topic.empty() && topic_->count() > 1
                 ? toStdString(topic_->itemData(0).toString())
                 : start.topic);
    form->setRowVisible(otherTopicRow_, otherTopicChosen());
    updateTopicPrompt();
    updateProblems();
    resize(560, sizeHint().height());
}

std::optional<Expectation> ClauseDialog::edit(QWidget* parent, const Expectation& start,
                                              const std::vector<std::string>& ownTopics) {
    ClauseDialog dialog(start, ownTopics, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.expectation();
}

void ClauseDialog::setTopic(const std::string& key) {
    const int found = key.empty() ? -1 : topic_->findData(toQString(key));
    if (found >= 0) {
        topic_->setCurrentIndex(found);
        return;
    }
    otherTopic_->setText(toQString(key));
    topic_->setCurrentIndex(topic_->count() - 1);
}

void ClauseDialog::updateTopicPrompt() {
    const QString prompt = topic_->currentData(kPromptRole).toString();
    topicPrompt_->setText(prompt);
    topicPrompt_->setVisible(!prompt.isEmpty());
}

bool ClauseDialog::otherTopicChosen() const {
    return topic_->currentIndex() == topic_->count() - 1;
}

Expectation ClauseDialog::expectation() const {
    Expectation clause = start_;
    clause.topic = otherTopicChosen() ? toStdString(otherTopic_->text().trimmed())
                                      : toStdString(topic_->currentData().toString());
    clause.text = toStdString(text_->toPlainText());
    clause.direction = enumValue(direction_, start_.direction);
    clause.origin = enumValue(origin_, start_.origin);
    clause.state = enumValue(state_, start_.state);
    return clause;
}

std::vector<Problem> ClauseDialog::problems() const {
    return validateExpectation(expectation());
}

void ClauseDialog::updateProblems() {
    QStringList topic;
    QStringList text;
    QStringList other;
    const std::vector<Problem> found = problems();
    for (const Problem& problem : found) {
        QString message = coreText(problem);
        if (problem.severity == Severity::Warning)
            message = tr("Note: %1").arg(message);
        if (endsWith(problem.field, ".topic"))
            topic << message;
        else if (endsWith(problem.field, ".text"))
            text << message;
        else
            other << message;
    }
    showMessages(topicProblem_, topic);
    showMessages(textProblem_, text);
    showMessages(otherProblems_, other);
    ok_->setEnabled(!hasErrors(found));
}

void ClauseDialog::accept() {
    if (hasErrors(problems())) {
        updateProblems();
        return;
    }
    QDialog::accept();
}

} // namespace mc::ui
