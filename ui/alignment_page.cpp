#include "ui/alignment_page.h"

#include "core/validation.h"
#include "ui/alignment_models.h"
#include "ui/core_text.h"
#include "ui/field_problems.h"
#include "ui/qt_helpers.h"
#include "ui/topic_texts.h"
#include "ui/workspace_session.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

QString dayOf(const std::string& timestamp) {
    const QDate day = QDate::fromString(toQString(timestamp).left(10), Qt::ISODate);
    return day.isValid() ? formatDate(fromQDate(day)) : toQString(timestamp);
}

QTableView* makeTable(QWidget* parent, const QString& name, const QString& accessibleName) {
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    return table;
}

} // namespace

AlignmentPage::AlignmentPage(QWidget* parent)
    : CompactPage(parent), dialogs_(interactivePageDialogs()) {
    heatModel_ = new HeatMapModel(this);
    gapModel_ = new GapListModel(this);

    explanation_ = makePlainLabel(QString(), this);
    explanation_->setObjectName(QStringLiteral("alignmentExplanation"));
    explanation_->setWordWrap(true);
    explanation_->setAlignment(Qt::AlignCenter);

    content_ = new QWidget(this);
    summary_ = makePlainLabel(QString(), content_);
    summary_->setObjectName(QStringLiteral("alignmentSummary"));
    summary_->setWordWrap(true);

    heatMap_ = makeTable(content_, QStringLiteral("alignmentHeatMap"),
                         tr("Heat map: how far apart each person is, by domain"));
    heatMap_->setModel(heatModel_);
    heatMap_->setSelectionMode(QAbstractItemView::SingleSelection);
    heatMap_->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    heatMap_->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    heatMap_->verticalHeader()->setMaximumWidth(220); // long domain names elide
    heatMap_->verticalHeader()->setTextElideMode(Qt::ElideRight);
    heatMap_->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    heatMap_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    gapList_ =
        makeTable(content_, QStringLiteral("alignmentGapList"), tr("Topics, largest gap first"));
    gapList_->setModel(gapModel_);
    gapList_->setSelectionBehavior(QAbstractItemView::SelectRows);
    gapList_->setSelectionMode(QAbstractItemView::SingleSelection);
    gapList_->verticalHeader()->hide();
    gapList_->verticalHeader()->setDefaultSectionSize(gapList_->fontMetrics().height() + 8);
    QHeaderView* gapHeader = gapList_->horizontalHeader();
    gapHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    gapHeader->setSectionResizeMode(GapListModel::TopicColumn, QHeaderView::Stretch);
    gapHeader->setSectionResizeMode(GapListModel::DomainColumn, QHeaderView::Interactive);
    gapHeader->resizeSection(GapListModel::DomainColumn, 150);

    // The chosen topic: each side's words, then the agreed clause.
    auto* detail = new QWidget(content_);
    topic_ = makePlainLabel(tr("Choose a topic above to see what each side wrote."), detail);
    topic_->setObjectName(QStringLiteral("alignmentTopic"));
    topic_->setWordWrap(true);
    QFont bold = topic_->font();
    bold.setBold(true);
    topic_->setFont(bold);
    wordsRow_ = new QHBoxLayout;

    clauseText_ = new QPlainTextEdit(detail);
    clauseText_->setObjectName(QStringLiteral("agreedClauseText"));
    clauseText_->setAccessibleName(tr("Agreed clause"));
    clauseText_->setPlaceholderText(tr("The wording both sides agree on"));
    clauseText_->setTabChangesFocus(true);
    clauseText_->setMaximumHeight(70);
    auto* clauseLabel = new QLabel(tr("A&greed clause:"), detail);
    clauseLabel->setBuddy(clauseText_);
    direction_ = new QComboBox(detail);
    direction_->setObjectName(QStringLiteral("agreedClauseDirection"));
    direction_->setAccessibleName(tr("Who expects it of whom"));
    fillEnumCombo<Direction>(direction_);
    selectData(direction_, static_cast<int>(Direction::Mutual));
    auto* directionLabel = new QLabel(tr("&Direction:"), detail);
    directionLabel->setBuddy(direction_);
    clauseProblem_ = problemLabel(detail, QStringLiteral("agreedClauseProblem"));
    addButton_ = new QPushButton(tr("&Add to compact"), detail);
    addButton_->setObjectName(QStringLiteral("addAgreedClauseButton"));
    addButton_->setToolTip(tr("Add the clause to the compact's expectations as negotiated and "
                              "agreed, linked to these answers (Undo removes it)"));

    auto* clauseGrid = new QGridLayout;
    clauseGrid->addWidget(clauseLabel, 0, 0, Qt::AlignTop);
    clauseGrid->addWidget(clauseText_, 0, 1, 2, 1);
    clauseGrid->addWidget(clauseProblem_, 0, 2, 1, 2);
    clauseGrid->addWidget(directionLabel, 1, 2);
    clauseGrid->addWidget(direction_, 1, 3);
    clauseGrid->addWidget(addButton_, 2, 3);
    clauseGrid->setColumnStretch(1, 3);
    clauseGrid->setColumnStretch(2, 0);
    clauseGrid->setColumnStretch(3, 1);
    auto* detailColumn = new QVBoxLayout(detail);
    detailColumn->setContentsMargins(0, 0, 0, 0);
    detailColumn->addWidget(topic_);
    detailColumn->addLayout(wordsRow_, 1);
    detailColumn->addLayout(clauseGrid);

    auto* splitter = new QSplitter(Qt::Vertical, content_);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(gapList_);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    exportButton_ = new QPushButton(tr("E&xport alignment\u2026"), this);
    exportButton_->setObjectName(QStringLiteral("exportAlignmentButton"));
    exportButton_->setToolTip(tr("Save the alignment summary as a CSV or JSON file"));

    auto* contentColumn = new QVBoxLayout(content_);
    contentColumn->setContentsMargins(0, 0, 0, 0);
    contentColumn->addWidget(summary_);
    contentColumn->addWidget(heatMap_);
    contentColumn->addWidget(splitter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(exportButton_);
    bottom->addStretch(1);
    contentColumn->addLayout(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation_, 1);
    layout->addWidget(content_, 1);

    QWidget* order[] = {heatMap_, gapList_, clauseText_, direction_, addButton_, exportButton_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(gapList_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlignmentPage::showTopic);
    connect(clauseText_, &QPlainTextEdit::textChanged, this, &AlignmentPage::updateClauseProblems);
    connect(addButton_, &QPushButton::clicked, this, &AlignmentPage::addAgreedClause);
    connect(exportButton_, &QPushButton::clicked, this, &AlignmentPage::exportAlignment);
    content_->hide();
    explanation_->setText(explainWaiting());
}

QString AlignmentPage::pageTitle() const {
    return tr("Alignment");
}

QString AlignmentPage::explainWaiting() const {
    if (!session() || compact_.id.empty())
        return tr("The comparison appears here once at least two people have submitted their "
                  "worksheets.");
    QStringList submitted, waiting;
    try {
        for (const WorksheetProgress& p : session()->workspace().worksheetProgress(compact_.id)) {
            const Person* person = compact_.findPerson(p.personId);
            const QString name = person ? toQString(person->name) : toQString(p.personId);
            if (p.status == WorksheetStatus::Submitted)
                submitted << tr("%1 (on %2)").arg(name, dayOf(p.submitted));
            else
                waiting << name;
        }
    } catch (const std::exception& error) {
        return coreText(error);
    }
    const QString none = tr("nobody yet");
    return tr("The comparison appears here once at least two people have submitted their "
              "worksheets (on the Worksheet page).\n\nSubmitted: %1.\nNot submitted yet: %2.")
        .arg(submitted.isEmpty() ? none : submitted.join(QStringLiteral(", ")),
             waiting.isEmpty() ? none : waiting.join(QStringLiteral(", ")));
}

void AlignmentPage::showCompact(const Compact& compact, const Date&, bool readOnly) {
    const std::string selected = compact.id == compact_.id ? selectedTopic() : std::string();
    compact_ = compact;
    readOnly_ = readOnly;
    report_.reset();
    if (session()) {
        try {
            const auto progress = session()->workspace().worksheetProgress(compact_.id);
            const auto submitted =
                std::count_if(progress.begin(), progress.end(), [](const WorksheetProgress& p) {
                    return p.status == WorksheetStatus::Submitted;
                });
            if (submitted >= kMinWorksheetsToCompare)
                report_ = session()->workspace().alignment(compact_.id);
        } catch (const std::exception&) {
            report_.reset(); // the explanation says who has not submitted
        }
    }
    if (!report_) {
        heatModel_->clear();
        gapModel_->clear();
        clearWords();
        content_->hide();
        explanation_->setText(explainWaiting());
        explanation_->show();
        return;
    }
    explanation_->hide();
    content_->show();
    int major = 0, minor = 0;
    for (const DomainAlignment& d : report_->domains) {
        major += d.level == AlignmentLevel::MajorGap ? 1 : 0;
        minor += d.level == AlignmentLevel::MinorGap ? 1 : 0;
    }
    QStringList people;
    for (const AlignmentPerson& p : report_->people)
        people << toQString(p.name);
    summary_->setText(tr("Comparing the submitted worksheets of %1. Domains with a major gap: %2; "
                         "with a minor gap: %3. Start with the topics at the top of the list.")
                          .arg(people.join(QStringLiteral(", ")))
                          .arg(major)
                          .arg(minor));
    heatModel_->setReport(*report_);
    gapModel_->setReport(*report_);
    heatMap_->resizeRowsToContents();
    // The heat map shows all six domains at once, without scrolling.
    int height = heatMap_->horizontalHeader()->sizeHint().height() + 2 * heatMap_->frameWidth();
    for (int row = 0; row < heatModel_->rowCount(); ++row)
        height += heatMap_->rowHeight(row);
    heatMap_->setFixedHeight(height);
    const int row = gapModel_->rowOfTopic(selected);
    gapList_->setCurrentIndex(gapModel_->index(row >= 0 ? row : 0, 0));
    showTopic();
}

std::string AlignmentPage::selectedTopic() const {
    const QModelIndex current = gapList_->currentIndex();
    return current.isValid() ? toStdString(current.data(GapListModel::TopicKeyRole).toString())
                             : std::string();
}

void AlignmentPage::selectTopic(const std::string& topicKey) {
    const int row = gapModel_->rowOfTopic(topicKey);
    if (row >= 0)
        gapList_->setCurrentIndex(gapModel_->index(row, 0));
}

void AlignmentPage::clearWords() {
    for (QWidget* column : wordColumns_)
        delete column;
    wordColumns_.clear();
    wordViews_.clear();
}

void AlignmentPage::showTopic() {
    clearWords();
    const TopicAlignment* topic =
        report_ ? gapModel_->topicAt(gapList_->currentIndex().row()) : nullptr;
    if (!topic) {
        topic_->setText(tr("Choose a topic above to see what each side wrote."));
        updateClauseProblems();
        return;
    }
    topic_->setText(tr("%1 \u2014 %2: %3")
                        .arg(TopicTexts::title(topic->topic, topic->title), labelOf(topic->domain),
                             labelOf(topic->score.level)));
    for (std::size_t i = 0; i < topic->answers.size() && i < report_->people.size(); ++i) {
        const AlignmentAnswer& answer = topic->answers[i];
        const AlignmentPerson& person = report_->people[i];
        auto* column = new QWidget(this);
        auto* name =
            makePlainLabel(tr("%1 (%2)").arg(toQString(person.name), labelOf(person.role)), column);
        const QString responsibility = answer.responsibility == kNotAnswered
                                           ? tr("Responsibility not answered")
                                           : EnumLabels::responsibility(answer.responsibility);
        const QString importance =
            answer.importance == kNotAnswered
                ? tr("importance not answered")
                : tr("importance %1").arg(EnumLabels::importance(answer.importance));
        const QString scales = answer.answerId.empty()
                                   ? tr("Not on their worksheet")
                                   : tr("%1 \u00B7 %2").arg(responsibility, importance);
        auto* scaleLabel = makePlainLabel(scales, column);
        scaleLabel->setWordWrap(true);
        auto* words = new QPlainTextEdit(column);
        words->setReadOnly(true);
        words->setPlainText(answer.text.empty() ? tr("(nothing written)") : toQString(answer.text));
        words->setAccessibleName(tr("What %1 wrote").arg(toQString(person.name)));
        words->setTabChangesFocus(true);
        words->setMaximumHeight(110);
        auto* box = new QVBoxLayout(column);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(name);
        box->addWidget(scaleLabel);
        box->addWidget(words, 1);
        wordsRow_->addWidget(column, 1);
        wordColumns_.push_back(column);
        wordViews_.push_back(words);
    }
    // Keyboard order: the gap list, each side's words, then the clause.
    QWidget* previous = gapList_;
    for (QPlainTextEdit* words : wordViews_) {
        setTabOrder(previous, words);
        previous = words;
    }
    setTabOrder(previous, clauseText_);
    updateClauseProblems();
}

std::optional<Expectation> AlignmentPage::writtenClause() const {
    const TopicAlignment* topic =
        report_ ? gapModel_->topicAt(gapList_->currentIndex().row()) : nullptr;
    if (!topic)
        return std::nullopt;
    Expectation clause;
    clause.id = "00000000-0000-4000-8000-000000000000"; // checked only; the session gives one
    clause.domain = topic->domain;
    clause.topic = topic->topic;
    clause.text = toStdString(clauseText_->toPlainText().trimmed());
    clause.direction = comboValue<Direction>(direction_);
    clause.origin = Origin::Negotiated;
    clause.state = ExpectationState::Agreed;
    return clause;
}

void AlignmentPage::updateClauseProblems() {
    const auto clause = writtenClause();
    std::vector<Problem> problems;
    if (clause && !clauseText_->toPlainText().trimmed().isEmpty())
        problems = validateExpectation(*clause);
    showProblems(clauseProblem_, clauseText_, problems,
                 {"expectation.text", "expectation.topic", "expectation.direction"});
    addButton_->setEnabled(clause && !readOnly_ &&
                           !clauseText_->toPlainText().trimmed().isEmpty() && !hasErrors(problems));
}

void AlignmentPage::addAgreedClause() {
    auto clause = writtenClause();
    if (!session() || !clause || readOnly_)
        return;
    const TopicAlignment* topic = gapModel_->topicAt(gapList_->currentIndex().row());
    std::vector<std::string> answerIds;
    for (const AlignmentAnswer& answer : topic->answers)
        if (!answer.answerId.empty())
            answerIds.push_back(answer.answerId);
    clause->id.clear();
    if (accepted(session()->agreeClause(compact_.id, *clause, answerIds)))
        clauseText_->clear();
}

void AlignmentPage::exportAlignment() {
    if (!report_ || !dialogs_.chooseSavePath)
        return;
    const QString suggested =
        tr("%1 alignment.csv").arg(toQString(compact_.title).remove(QLatin1Char('/')));
    QString path = dialogs_.chooseSavePath(this, tr("Export alignment"), suggested,
                                           tr("CSV files (*.csv);;JSON files (*.json)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("json") && suffix != QLatin1String("csv"))
        path += QStringLiteral(".csv");
    const bool json = suffix == QLatin1String("json");
    const std::string text = json ? alignmentToJson(*report_) : alignmentToCsv(*report_);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(text.data(), static_cast<qint64>(text.size())) !=
            static_cast<qint64>(text.size()) ||
        !file.commit()) {
        accepted(tr("Could not write %1: %2").arg(path, file.errorString()));
        return;
    }
    if (dialogs_.inform)
        dialogs_.inform(
            this,
            tr("The alignment summary was exported to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace mc::ui
