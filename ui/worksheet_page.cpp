#include "ui/worksheet_page.h"

#include "core/templates.h"
#include "ui/core_text.h"
#include "ui/qt_helpers.h"
#include "ui/worksheet_model.h"
#include "ui/workspace_session.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

// The day of a UTC timestamp ("2026-05-04T10:00:00Z"), for people.
QString dayOf(const std::string& timestamp) {
    const QDate day = QDate::fromString(toQString(timestamp).left(10), Qt::ISODate);
    return day.isValid() ? formatDate(fromQDate(day)) : toQString(timestamp);
}

QPushButton* button(QWidget* parent, const QString& text, const QString& name,
                    const QString& toolTip) {
    auto* made = new QPushButton(text, parent);
    made->setObjectName(name);
    made->setToolTip(toolTip);
    return made;
}

} // namespace

WorksheetPage::WorksheetPage(QWidget* parent)
    : CompactPage(parent), dialogs_(interactivePageDialogs()),
      askOwnTopic_(&WorksheetPage::askOwnTopicModally) {
    model_ = new WorksheetModel(this);
    model_->setSaver([this](const WorksheetAnswer& answer) { return saveAnswer(answer); });

    personCombo_ = new QComboBox(this);
    personCombo_->setWhatsThis(tr("Whose worksheet you are filling in. Each person answers alone: "
                                  "the others see only how far you are until you submit."));
    personCombo_->setObjectName(QStringLiteral("worksheetPerson"));
    personCombo_->setAccessibleName(tr("Whose worksheet"));
    auto* personLabel = new QLabel(tr("&Whose worksheet?"), this);
    personLabel->setBuddy(personCombo_);
    blindNote_ = makePlainLabel(
        tr("Each person fills in their worksheet alone. Answers stay hidden from the others "
           "until their author submits them; on a shared computer, choose yourself."),
        this);
    blindNote_->setWordWrap(true);
    status_ = makePlainLabel(QString(), this);
    status_->setObjectName(QStringLiteral("worksheetStatus"));
    status_->setWordWrap(true);
    others_ = makePlainLabel(QString(), this);
    others_->setObjectName(QStringLiteral("worksheetOthers"));
    others_->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(personLabel);
    top->addWidget(personCombo_, 1);

    chooseHint_ = makePlainLabel(tr("Choose yourself under \u201CWhose worksheet?\u201D to see "
                                    "and fill in your own worksheet."),
                                 this);
    chooseHint_->setAlignment(Qt::AlignCenter);
    chooseHint_->setWordWrap(true);

    startPanel_ = new QWidget(this);
    startButton_ =
        button(startPanel_, tr("&Start my worksheet"), QStringLiteral("startWorksheetButton"),
               tr("Start your worksheet with every topic of this compact unanswered"));
    auto* startColumn = new QVBoxLayout(startPanel_);
    startColumn->addStretch(1);
    auto* startText = makePlainLabel(tr("This worksheet has not been started."), startPanel_);
    startText->setAlignment(Qt::AlignCenter);
    startColumn->addWidget(startText);
    startColumn->addWidget(startButton_, 0, Qt::AlignCenter);
    startColumn->addStretch(1);

    tree_ = new QTreeView(this);
    tree_->setWhatsThis(tr("One row per topic. Responsibility: whose job it is, from mostly the "
                           "mentor to mostly the scholar, with shared in the middle. Importance: "
                           "how much it matters to you, from 1 (hardly) to 5 (essential). The "
                           "Alignment page compares the answers once both are submitted."));
    tree_->setObjectName(QStringLiteral("worksheetTree"));
    tree_->setAccessibleName(tr("Worksheet answers"));
    tree_->setModel(model_);
    tree_->setItemDelegate(new WorksheetDelegate(tree_));
    tree_->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                           QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    tree_->setSelectionBehavior(QAbstractItemView::SelectItems);
    tree_->setAlternatingRowColors(true);
    tree_->setUniformRowHeights(true);
    tree_->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = tree_->header();
    header->setStretchLastSection(true);
    header->resizeSection(WorksheetModel::TopicColumn, 250);
    header->resizeSection(WorksheetModel::ResponsibilityColumn, 150);
    header->resizeSection(WorksheetModel::ImportanceColumn, 110);

    stack_ = new QStackedWidget(this);
    stack_->addWidget(chooseHint_);
    stack_->addWidget(startPanel_);
    stack_->addWidget(tree_);

    prompt_ = makePlainLabel(QString(), this);
    prompt_->setObjectName(QStringLiteral("worksheetPrompt"));
    prompt_->setWordWrap(true);

    addTopicButton_ =
        button(this, tr("Add my own &topic\u2026"), QStringLiteral("addOwnTopicButton"),
               tr("Add a topic of your own that the worksheet does not ask about "
                  "(Insert)"));
    submitButton_ =
        button(this, tr("S&ubmit worksheet\u2026"), QStringLiteral("submitWorksheetButton"),
               tr("Show your answers to the others; they can no longer be changed"));
    exportButton_ =
        button(this, tr("E&xport worksheet\u2026"), QStringLiteral("exportWorksheetButton"),
               tr("Save your submitted worksheet as a file for the other side"));
    importButton_ =
        button(this, tr("&Import worksheet\u2026"), QStringLiteral("importWorksheetButton"),
               tr("Add a worksheet someone submitted on another computer"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {addTopicButton_, submitButton_, exportButton_, importButton_})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto* addTopic = new QAction(tr("Add my own topic"), this);
    addTopic->setShortcut(QKeySequence(Qt::Key_Insert));
    addTopic->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(addTopic);
    connect(addTopic, &QAction::triggered, this, [this] {
        if (addTopicButton_->isEnabled())
            addOwnTopic();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(blindNote_);
    layout->addWidget(status_);
    layout->addWidget(others_);
    layout->addWidget(stack_, 1);
    layout->addWidget(prompt_);
    layout->addLayout(buttons);

    QWidget* order[] = {personCombo_,  startButton_,  tree_,        addTopicButton_,
                        submitButton_, exportButton_, importButton_};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(personCombo_, &QComboBox::currentIndexChanged, this, [this] { showViewer(); });
    connect(startButton_, &QPushButton::clicked, this, &WorksheetPage::startWorksheet);
    connect(addTopicButton_, &QPushButton::clicked, this, &WorksheetPage::addOwnTopic);
    connect(submitButton_, &QPushButton::clicked, this, &WorksheetPage::submitWorksheet);
    connect(exportButton_, &QPushButton::clicked, this, &WorksheetPage::exportWorksheet);
    connect(importButton_, &QPushButton::clicked, this, &WorksheetPage::importWorksheet);
    connect(tree_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &WorksheetPage::updatePrompt);
    showViewer();
}

QString WorksheetPage::pageTitle() const {
    return tr("Worksheet");
}

void WorksheetPage::showCompact(const Compact& compact, const Date& today, bool readOnly) {
    const bool sameCompact = compact.id == compact_.id;
    compact_ = compact;
    today_ = today;
    readOnly_ = readOnly;
    const std::string viewer = sameCompact ? viewerId() : std::string();
    fillPeople();
    {
        const QSignalBlocker blocker(personCombo_);
        setViewer(viewer);
    }
    showViewer();
}

const CompactTemplate* WorksheetPage::compactTemplate() {
    if (compact_.templateId.empty())
        return nullptr;
    if (templateId_ != compact_.templateId) {
        templateId_ = compact_.templateId;
        template_.reset();
        try {
            const TemplateLoad load = loadAllTemplates();
            if (const CompactTemplate* found = load.find(templateId_))
                template_ = std::make_shared<const CompactTemplate>(*found);
        } catch (const std::exception&) {
            // The catalogue's wording serves as well.
        }
    }
    return template_.get();
}

void WorksheetPage::fillPeople() {
    const QSignalBlocker blocker(personCombo_);
    personCombo_->clear();
    personCombo_->addItem(tr("Choose yourself\u2026"), QString());
    for (const Person& person : compact_.people)
        if (person.role == Role::Scholar || isMentorRole(person.role))
            personCombo_->addItem(tr("%1 (%2)").arg(toQString(person.name), labelOf(person.role)),
                                  toQString(person.id));
}

std::string WorksheetPage::viewerId() const {
    return toStdString(personCombo_->currentData().toString());
}

void WorksheetPage::setViewer(const std::string& personId) {
    const int at = personCombo_->findData(toQString(personId));
    personCombo_->setCurrentIndex(at >= 0 ? at : 0); // shows the viewer when it changes
}

QString WorksheetPage::personName(const std::string& personId) const {
    const Person* person = compact_.findPerson(personId);
    return person ? toQString(person->name) : QString();
}

void WorksheetPage::showViewer() {
    own_.reset();
    const std::string viewer = viewerId();
    std::vector<WorksheetProgress> progress;
    if (session() && !compact_.id.empty()) {
        try {
            progress = session()->workspace().worksheetProgress(compact_.id);
            if (!viewer.empty())
                for (Worksheet& w : session()->workspace().worksheetsVisibleTo(compact_.id, viewer))
                    if (w.personId == viewer)
                        own_ = std::move(w);
        } catch (const std::exception& error) {
            accepted(coreText(error));
        }
    }
    QStringList others;
    for (const WorksheetProgress& p : progress) {
        if (p.personId == viewer)
            continue;
        QString state = p.worksheetId.empty() ? tr("Not started")
                        : p.status == WorksheetStatus::Submitted
                            ? tr("Submitted on %1").arg(dayOf(p.submitted))
                            : tr("In progress \u2014 hidden until submitted");
        others << tr("%1: %2").arg(personName(p.personId), state);
    }
    others_->setText(others.isEmpty()
                         ? QString()
                         : (viewer.empty() ? tr("Worksheets: %1") : tr("The others: %1"))
                               .arg(others.join(QStringLiteral("; "))));

    if (viewer.empty()) {
        model_->clear();
        status_->clear();
        stack_->setCurrentWidget(chooseHint_);
    } else if (!own_) {
        model_->clear();
        status_->setText(tr("%1 has not started a worksheet.").arg(personName(viewer)));
        stack_->setCurrentWidget(startPanel_);
    } else {
        const bool submitted = own_->isSubmitted();
        model_->setWorksheet(*own_, compactTemplate(), !submitted && !readOnly_);
        const int total = static_cast<int>(own_->answers.size());
        status_->setText(
            submitted ? tr("Submitted on %1. The others can see these answers; they can no longer "
                           "be changed.")
                            .arg(dayOf(own_->submitted))
                      : tr("Draft: %1 of %2 topics answered. Only you can see it until you "
                           "submit it.")
                            .arg(own_->answeredCount())
                            .arg(total));
        stack_->setCurrentWidget(tree_);
        for (int row = 0; row < model_->rowCount(); ++row)
            tree_->setFirstColumnSpanned(row, {}, true); // domain rows span the table
        tree_->expandAll();
    }
    updatePrompt();
    updateButtons();
}

void WorksheetPage::updatePrompt() {
    const QString prompt = tree_->currentIndex().data(WorksheetModel::PromptRole).toString();
    prompt_->setText(prompt.isEmpty() || stack_->currentWidget() != tree_
                         ? QString()
                         : tr("Prompt: %1").arg(prompt));
}

void WorksheetPage::updateButtons() {
    const bool draft = own_ && !own_->isSubmitted() && !readOnly_;
    startButton_->setEnabled(!readOnly_ && session());
    addTopicButton_->setEnabled(draft);
    submitButton_->setEnabled(draft);
    exportButton_->setEnabled(own_ && own_->isSubmitted());
    importButton_->setEnabled(!readOnly_ && session() && !compact_.id.empty());
}

bool WorksheetPage::saveAnswer(const WorksheetAnswer& answer) {
    if (!session() || viewerId().empty())
        return false;
    return accepted(session()->saveWorksheetAnswer(compact_.id, viewerId(), answer));
}

void WorksheetPage::startWorksheet() {
    if (!session() || viewerId().empty())
        return;
    if (accepted(session()->openWorksheet(compact_.id, viewerId())))
        showViewer(); // the session's signal usually did it already
}

void WorksheetPage::addOwnTopic() {
    if (!session() || !own_ || !askOwnTopic_)
        return;
    const auto asked = askOwnTopic_(this);
    if (!asked)
        return;
    std::string answerId;
    if (!accepted(session()->addOwnTopic(compact_.id, viewerId(), asked->first,
                                         toStdString(asked->second), &answerId)))
        return;
    showViewer();
    const QModelIndex added = model_->indexOfAnswer(answerId, WorksheetModel::TextColumn);
    if (added.isValid()) {
        tree_->setCurrentIndex(added);
        tree_->scrollTo(added);
        tree_->setFocus(Qt::OtherFocusReason);
    }
}

void WorksheetPage::submitWorksheet() {
    if (!session() || !own_ || own_->isSubmitted())
        return;
    const QString question =
        tr("Submit the worksheet of %1?\n\nOnce submitted, the others in this compact will see "
           "these answers, and they can no longer be changed. This cannot be undone.")
            .arg(personName(viewerId()));
    if (dialogs_.confirm && !dialogs_.confirm(this, question, tr("Submit")))
        return;
    if (accepted(session()->submitWorksheet(compact_.id, viewerId())))
        showViewer();
}

} // namespace mc::ui
