#include "ui/reviews_page.h"

#include "core/review_schedule.h"
#include "core/review_texts.h"
#include "ui/core_text.h"
#include "ui/date_fields.h"
#include "ui/field_problems.h"
#include "ui/print/print_texts.h"
#include "ui/qt_helpers.h"
#include "ui/reflection_dialog.h"
#include "ui/sign_dialog.h"
#include "ui/theme_colors.h"
#include "ui/workspace_session.h"

#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>

namespace mc::ui {

namespace {

// Where a signer of the review stands, in the page's words and the
// locale's date (core's SignerStatus::message is the command line's).
QString signerStanding(const SignerStatus& status) {
    switch (status.state) {
    case SignatureState::Valid:
        return ReviewsPage::tr("signed on %1").arg(formatDate(status.signature->signedOn));
    case SignatureState::SignedEarlierText:
        return ReviewsPage::tr("signed an earlier text; must sign again");
    case SignatureState::NotSigned:
        break;
    }
    return ReviewsPage::tr("not signed yet");
}

QTableWidget* makeTable(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setMinimumHeight(90);
    table->setWordWrap(true);
    return table;
}

QLabel* wrapped(QWidget* parent, const QString& name) {
    QLabel* label = makePlainLabel({}, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    return label;
}

} // namespace

ReviewsPage::ReviewsPage(QWidget* parent) : CompactPage(parent) {
    runReflection_ = [](ReflectionDialog& dialog) {
        dialog.exec();
    };
    runSign_ = [](SignDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };

    standing_ = wrapped(this, QStringLiteral("reviewStanding"));
    years_ = makeTable(this, QStringLiteral("reviewYears"),
                       {tr("Award year"), tr("Period"), tr("Due"), tr("State")});
    years_->setSelectionMode(QAbstractItemView::SingleSelection);
    years_->setSelectionBehavior(QAbstractItemView::SelectRows);
    years_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    years_->setAccessibleName(tr("Award years and their reviews"));
    connect(years_, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = years_->currentRow();
        if (row >= 0 && years_->item(row, 0)) {
            const int year = years_->item(row, 0)->data(Qt::UserRole).toInt();
            if (year != selectedYear_) {
                selectedYear_ = year;
                outcome_->clear();
                showSelected(true);
            }
        }
    });

    heldOn_ = new QDateEdit(this);
    heldOn_->setWhatsThis(tr("The day the yearly review meeting took place. Reviews follow the "
                             "award year, one per year."));
    heldOn_->setObjectName(QStringLiteral("reviewHeldOn"));
    heldOn_->setCalendarPopup(true);
    showDateInLocale(heldOn_);
    heldOn_->setAccessibleName(tr("Review held on"));
    auto* heldOnLabel = new QLabel(tr("Held &on:"), this);
    heldOnLabel->setBuddy(heldOn_);
    start_ = new QPushButton(tr("S&tart review"), this);
    start_->setObjectName(QStringLiteral("startReview"));
    connect(start_, &QPushButton::clicked, this, &ReviewsPage::startReview);
    startBox_ = new QWidget(this);
    auto* startRow = new QHBoxLayout(startBox_);
    startRow->setContentsMargins(0, 0, 0, 0);
    startRow->addWidget(heldOnLabel);
    startRow->addWidget(heldOn_);
    startRow->addWidget(start_);
    startRow->addStretch(1);

    // The selected review.
    editor_ = new QWidget(this);
    heading_ = wrapped(editor_, QStringLiteral("reviewHeading"));
    QFont headingFont = heading_->font();
    headingFont.setBold(true);
    heading_->setFont(headingFont);
    milestones_ = makeTable(editor_, QStringLiteral("reviewMilestones"),
                            {tr("Milestone"), tr("Due"), tr("Outcome"), tr("Date"), tr("Note")});
    goals_ = makeTable(editor_, QStringLiteral("reviewGoals"),
                       {tr("Goal"), tr("Status"), tr("Progress")});
    expectations_ = makeTable(editor_, QStringLiteral("reviewExpectations"),
                              {tr("Expectation"), tr("Verdict"), tr("New text"), tr("Note")});
    milestones_->setAccessibleName(tr("The year's milestones and their outcomes"));
    goals_->setAccessibleName(tr("Goals and their progress"));
    expectations_->setAccessibleName(tr("Agreed expectations: kept, changed or dropped"));
    // The texts wide enough to read; the tables tall enough for a year.
    milestones_->setColumnWidth(0, 280);
    milestones_->setColumnWidth(1, 100);
    milestones_->setColumnWidth(2, 130);
    milestones_->setMinimumHeight(220);
    goals_->setColumnWidth(0, 360);
    goals_->setColumnWidth(1, 120);
    expectations_->setColumnWidth(0, 360);
    expectations_->setColumnWidth(1, 110);
    expectations_->setColumnWidth(2, 240);
    summary_ = new QPlainTextEdit(editor_);
    summary_->setObjectName(QStringLiteral("reviewSummary"));
    summary_->setAccessibleName(tr("Summary"));
    summary_->setTabChangesFocus(true);
    summary_->setMaximumHeight(80);
    save_ = new QPushButton(tr("&Save review"), editor_);
    save_->setObjectName(QStringLiteral("saveReview"));
    connect(save_, &QPushButton::clicked, this, &ReviewsPage::save);
    problems_ = problemLabel(editor_, QStringLiteral("reviewProblems"));
    problems_->setStyleSheet(colorStyle(errorColor(palette())));

    auto* reflections = new QGroupBox(tr("Reflections (each written alone)"), editor_);
    reflectionStatus_ = wrapped(reflections, QStringLiteral("reflectionStatus"));
    reflector_ = new QComboBox(reflections);
    reflector_->setWhatsThis(tr("Who is writing a reflection now. Each person writes alone, and "
                                "the others' words appear only once everyone has submitted."));
    reflector_->setObjectName(QStringLiteral("reflector"));
    reflector_->setAccessibleName(tr("Who is at the keyboard"));
    auto* reflectorLabel = new QLabel(tr("I &am:"), reflections);
    reflectorLabel->setBuddy(reflector_);
    reflect_ = new QPushButton(tr("&Write my reflection..."), reflections);
    reflect_->setObjectName(QStringLiteral("writeReflection"));
    connect(reflect_, &QPushButton::clicked, this,
            [this] { writeReflection(toStdString(reflector_->currentData().toString())); });
    revealedLabel_ = makePlainLabel(tr("What everyone wrote:"), reflections);
    revealed_ = new QPlainTextEdit(reflections);
    revealed_->setObjectName(QStringLiteral("revealedReflections"));
    revealed_->setReadOnly(true);
    revealed_->setAccessibleName(tr("What everyone wrote"));
    auto* reflectRow = new QHBoxLayout;
    reflectRow->addWidget(reflectorLabel);
    reflectRow->addWidget(reflector_);
    reflectRow->addWidget(reflect_);
    reflectRow->addStretch(1);
    auto* reflectionsLayout = new QVBoxLayout(reflections);
    reflectionsLayout->addWidget(reflectionStatus_);
    reflectionsLayout->addLayout(reflectRow);
    reflectionsLayout->addWidget(revealedLabel_);
    reflectionsLayout->addWidget(revealed_);

    auto* signatures = new QGroupBox(tr("Signatures"), editor_);
    signers_ = wrapped(signatures, QStringLiteral("reviewSigners"));
    signAs_ = new QComboBox(signatures);
    signAs_->setObjectName(QStringLiteral("reviewSignAs"));
    signAs_->setAccessibleName(tr("Sign as"));
    auto* signAsLabel = new QLabel(tr("Sig&n as:"), signatures);
    signAsLabel->setBuddy(signAs_);
    sign_ = new QPushButton(tr("Sign &review..."), signatures);
    sign_->setObjectName(QStringLiteral("signReview"));
    connect(sign_, &QPushButton::clicked, this,
            [this] { signAs(toStdString(signAs_->currentData().toString())); });
    export_ = new QPushButton(tr("E&xport PDF..."), signatures);
    export_->setObjectName(QStringLiteral("exportReviewPdf"));
    export_->setToolTip(tr("The review as a document to file: a draft is marked DRAFT"));
    connect(export_, &QPushButton::clicked, this, &ReviewsPage::exportPdf);
    outcome_ = wrapped(signatures, QStringLiteral("reviewSignOutcome"));
    auto* signRow = new QHBoxLayout;
    signRow->addWidget(signAsLabel);
    signRow->addWidget(signAs_);
    signRow->addWidget(sign_);
    signRow->addStretch(1);
    signRow->addWidget(export_);
    auto* signaturesLayout = new QVBoxLayout(signatures);
    signaturesLayout->addWidget(signers_);
    signaturesLayout->addLayout(signRow);
    signaturesLayout->addWidget(outcome_);

    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(save_);
    saveRow->addWidget(problems_, 1);
    auto* editorLayout = new QVBoxLayout(editor_);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(heading_);
    editorLayout->addWidget(makePlainLabel(tr("Milestones of the year"), editor_));
    editorLayout->addWidget(milestones_);
    editorLayout->addWidget(makePlainLabel(tr("Goals"), editor_));
    editorLayout->addWidget(goals_);
    editorLayout->addWidget(makePlainLabel(tr("Expectations revisited"), editor_));
    editorLayout->addWidget(expectations_);
    editorLayout->addWidget(makePlainLabel(tr("Summary"), editor_));
    editorLayout->addWidget(summary_);
    editorLayout->addLayout(saveRow);
    editorLayout->addWidget(reflections);
    editorLayout->addWidget(signatures);

    history_ = new QListWidget(this);
    history_->setObjectName(QStringLiteral("milestoneHistory"));
    history_->setAccessibleName(tr("Milestone history across the years"));
    history_->setMinimumHeight(80);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(standing_);
    column->addWidget(years_);
    column->addWidget(startBox_);
    column->addWidget(editor_);
    column->addWidget(makePlainLabel(tr("Milestone history across the years"), content));
    column->addWidget(history_);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    setFocusProxy(years_);
}

QString ReviewsPage::pageTitle() const {
    return tr("Reviews");
}

void ReviewsPage::showCompact(const Compact& compact, const Date& today, bool /*readOnly*/) {
    // A review goes on while the compact's version is signed (that is the
    // point of it), so only a workspace that cannot be written or a signed
    // review makes this page read-only.
    const bool sameCompact = compact.id == compact_.id;
    compact_ = compact;
    today_ = today;
    reviews_.clear();
    try {
        if (session())
            reviews_ = session()->workspace().reviews(compact_.id);
    } catch (const std::exception& error) {
        problems_->setText(coreText(error));
    }
    if (!sameCompact) {
        selectedYear_ = 0;
        shownId_.clear();
        outcome_->clear();
        heldOn_->setDate(toQDate(today_));
    }
    heldOn_->setMaximumDate(toQDate(today_));
    showYears();
    showSelected(false);
    showHistory();
}

bool ReviewsPage::editorVisible() const {
    return !editor_->isHidden();
}

const Review* ReviewsPage::selectedReview() const {
    for (const Review& review : reviews_)
        if (review.awardYear == selectedYear_)
            return &review;
    return nullptr;
}

void ReviewsPage::showYears() {
    std::vector<int> signedYears;
    for (const Review& review : reviews_)
        if (review.locked())
            signedYears.push_back(review.awardYear);
    ReviewStanding standing;
    try {
        standing = reviewStanding(compact_.start, compact_.end, today_, signedYears);
    } catch (const std::exception& error) {
        standing_->setText(coreText(error));
    }
    QStringList words;
    for (const Text& line :
         {overdueReviewMessage(standing, today_), nextReviewMessage(standing, today_)})
        if (!line.empty())
            words << coreText(line);
    standing_->setText(words.join(QLatin1Char('\n')));
    standing_->setStyleSheet(standing.overdue ? colorStyle(errorColor(palette())) : QString());

    const QSignalBlocker blocker(years_);
    years_->setRowCount(static_cast<int>(standing.periods.size()));
    int selectedRow = -1;
    for (int row = 0; row < years_->rowCount(); ++row) {
        const ReviewPeriod& period = standing.periods[static_cast<std::size_t>(row)];
        const auto found = std::find_if(reviews_.begin(), reviews_.end(), [&](const Review& r) {
            return r.awardYear == period.year;
        });
        QString state;
        if (found == reviews_.end())
            state = tr("not started");
        else if (found->locked())
            state = tr("signed on %1").arg(toQString(found->signedAt).left(10));
        else
            state = tr("draft, held on %1").arg(formatDate(found->heldOn));
        const bool overdue = period.due < today_ && (found == reviews_.end() || !found->locked());
        if (overdue)
            state += tr(" (overdue)");
        auto* year = new QTableWidgetItem(tr("Year %1").arg(period.year));
        year->setData(Qt::UserRole, period.year);
        const QList<QTableWidgetItem*> items = {
            year,
            new QTableWidgetItem(
                tr("%1 to %2").arg(formatDate(period.from), formatDate(period.to))),
            new QTableWidgetItem(formatDate(period.due)), new QTableWidgetItem(state)};
        for (int c = 0; c < items.size(); ++c) {
            if (overdue)
                items[c]->setForeground(errorColor(palette()));
            years_->setItem(row, c, items[c]);
        }
        if (selectedYear_ == 0 && (!standing.next || period.year <= standing.next->year) &&
            (found == reviews_.end() || !found->locked()))
            selectedYear_ = period.year; // the first year still open
        if (period.year == selectedYear_)
            selectedRow = row;
    }
    if (selectedRow < 0 && years_->rowCount() > 0) {
        selectedRow = 0;
        selectedYear_ = years_->item(0, 0)->data(Qt::UserRole).toInt();
    }
    years_->resizeColumnsToContents();
    years_->horizontalHeader()->setStretchLastSection(true);
    years_->setFixedHeight(years_->horizontalHeader()->sizeHint().height() +
                           years_->rowCount() * years_->verticalHeader()->defaultSectionSize() +
                           2 * years_->frameWidth() + 2);
    if (selectedRow >= 0)
        years_->selectRow(selectedRow);
}

void ReviewsPage::selectYear(int awardYear) {
    for (int row = 0; row < years_->rowCount(); ++row)
        if (years_->item(row, 0)->data(Qt::UserRole).toInt() == awardYear)
            years_->selectRow(row); // itemSelectionChanged shows it
}

void ReviewsPage::showSelected(bool rebuild) {
    const Review* review = selectedReview();
    const bool writable = session() && !session()->workspace().isReadOnly();
    start_->setEnabled(writable && !review && selectedYear_ > 0);
    start_->setText(tr("S&tart review of year %1").arg(selectedYear_));
    editor_->setVisible(review != nullptr);
    startBox_->setVisible(review == nullptr); // one review per year
    if (!review) {
        shownId_.clear();
        return;
    }
    heading_->setText(tr("Review of award year %1 (%2 to %3), held on %4%5")
                          .arg(review->awardYear)
                          .arg(formatDate(review->periodFrom), formatDate(review->periodTo),
                               formatDate(review->heldOn),
                               review->locked() ? tr(": signed and locked (fingerprint %1)")
                                                      .arg(toQString(review->fingerprint).left(8))
                                                : QString()));
    // A refresh keeps what is being typed unless the stored review changed.
    if (rebuild || shownId_ != review->id || shownUpdated_ != review->updated || review->locked()) {
        fillTables(*review);
        shownId_ = review->id;
        shownUpdated_ = review->updated;
        problems_->clear();
    }
    setEditable(writable && !review->locked());
    showReflections(*review);
    showSigners(*review);
}

void ReviewsPage::setEditable(bool editable) {
    for (QTableWidget* table : {milestones_, goals_, expectations_})
        for (int row = 0; row < table->rowCount(); ++row)
            for (int column = 1; column < table->columnCount(); ++column)
                if (QWidget* cell = table->cellWidget(row, column))
                    cell->setEnabled(editable);
    summary_->setReadOnly(!editable);
    save_->setEnabled(editable);
    reflect_->setEnabled(editable);
    reflector_->setEnabled(editable);
    sign_->setEnabled(editable);
    signAs_->setEnabled(editable);
}

void ReviewsPage::showReflections(const Review& review) {
    std::vector<ReflectionStatus> status;
    try {
        status = session()->workspace().reflectionStatus(review.id);
    } catch (const std::exception& error) {
        reflectionStatus_->setText(coreText(error));
        return;
    }
    const QVariant chosen = reflector_->currentData();
    reflector_->clear();
    QStringList lines;
    bool all = !status.empty();
    for (const ReflectionStatus& s : status) {
        reflector_->addItem(tr("%1 (%2)").arg(toQString(s.name), labelOf(s.role)),
                            toQString(s.personId));
        QString state = s.submittedOn ? tr("submitted on %1").arg(formatDate(*s.submittedOn))
                        : s.started   ? tr("started, not submitted")
                                      : tr("not started");
        lines << tr("%1 (%2): %3").arg(toQString(s.name), labelOf(s.role), state);
        all = all && s.submittedOn.has_value();
    }
    selectData(reflector_, chosen);
    if (!all)
        lines << tr("What each wrote shows here once everyone has submitted.");
    reflectionStatus_->setText(lines.join(QLatin1Char('\n')));
    // Only once core would show everyone's to anyone.
    QStringList revealed;
    if (all) {
        for (const Reflection& r :
             session()->workspace().reflectionsVisibleTo(review.id, status.front().personId)) {
            QString text = tr("%1 (%2): satisfaction %3. %4\n  Expectations discussed: %5. "
                              "Do differently: %6")
                               .arg(toQString(r.name), labelOf(r.role),
                                    scaleInWords(r.satisfaction), toQString(r.satisfactionWords),
                                    scaleInWords(r.discussion), toQString(r.differently));
            if (!r.mentorBetter.empty())
                text += tr("\n  Could mentor better by: %1").arg(toQString(r.mentorBetter));
            revealed << text;
        }
    }
    revealed_->setPlainText(revealed.join(QLatin1Char('\n')));
    revealed_->setVisible(all);
    revealedLabel_->setVisible(all);
}

void ReviewsPage::showSigners(const Review& review) {
    std::vector<SignerStatus> status;
    try {
        status = session()->workspace().reviewSignatureStatus(review.id);
    } catch (const std::exception& error) {
        signers_->setText(coreText(error));
        return;
    }
    const QVariant chosen = signAs_->currentData();
    signAs_->clear();
    QStringList lines;
    for (const SignerStatus& s : status) {
        lines << tr("%1 (%2)%3: %4")
                     .arg(toQString(s.signer.name), labelOf(s.signer.role),
                          s.signer.required ? QString() : tr(", not required"), signerStanding(s));
        signAs_->addItem(tr("%1 (%2)").arg(toQString(s.signer.name), labelOf(s.signer.role)),
                         toQString(s.signer.personId));
    }
    selectData(signAs_, chosen);
    if (!review.locked()) {
        // Who has submitted, without what they wrote.
        std::vector<Reflection> progress;
        for (const ReflectionStatus& r : session()->workspace().reflectionStatus(review.id)) {
            Reflection shown;
            shown.personId = r.personId;
            shown.name = r.name;
            shown.submittedOn = r.submittedOn;
            progress.push_back(shown);
        }
        for (const Text& reason : reviewReadinessTexts(review, progress))
            lines << tr("Not ready to sign: %1").arg(coreText(reason));
    }
    signers_->setText(lines.join(QLatin1Char('\n')));
}

void ReviewsPage::showHistory() {
    history_->clear();
    for (const MilestoneHistory& h : milestoneHistory(compact_, reviews_)) {
        QString line =
            tr("%1 (due %2, %3)").arg(toQString(h.title), formatDate(h.due), labelOf(h.status));
        if (h.steps.empty())
            line += tr(": not reviewed yet");
        for (const MilestoneHistoryStep& step : h.steps)
            line += QStringLiteral("; ") + print::PrintTexts::historyStep(step);
        history_->addItem(line);
    }
}

void ReviewsPage::startReview() {
    if (!session() || selectedYear_ <= 0)
        return;
    const int year = selectedYear_;
    if (accepted(session()->startReview(compact_.id, year, fromQDate(heldOn_->date()), today_)))
        selectYear(year);
}

bool ReviewsPage::save() {
    const Review* shown = selectedReview();
    if (!session() || !shown)
        return false;
    QStringList unreadable;
    const Review review = fromTables(unreadable);
    markProblems({});
    if (!unreadable.isEmpty()) {
        problems_->setText(unreadable.join(QLatin1Char('\n')));
        return false;
    }
    std::vector<Problem> problems;
    const QString refusal = session()->saveReview(review, today_, &problems);
    if (refusal.isEmpty()) {
        problems_->setText(tr("Saved."));
        problems_->setStyleSheet({});
        return true;
    }
    problems_->setStyleSheet(colorStyle(errorColor(palette())));
    if (problems.empty())
        problems_->setText(refusal);
    else
        markProblems(problems);
    return false;
}

void ReviewsPage::writeReflection(const std::string& personId) {
    const Review* review = selectedReview();
    if (!session() || !review || personId.empty())
        return;
    ReflectionDialog dialog(*session(), compact_.id, review->id, personId, today_, this);
    runReflection_(dialog);
}

void ReviewsPage::signAs(const std::string& personId) {
    const Review* review = selectedReview();
    if (!session() || !review)
        return;
    std::vector<Signer> signers;
    for (const SignerStatus& s : session()->workspace().reviewSignatureStatus(review->id))
        signers.push_back(s.signer);
    WorkspaceSession* edits = session();
    const std::string compactId = compact_.id;
    const std::string reviewId = review->id;
    const Date today = today_;
    SignDialog dialog(
        [edits, compactId, reviewId, today](const std::string& person, const std::string& typed,
                                            const Date& date, const Drawing& drawing,
                                            SignOutcome* outcome) {
            return edits->signReview(compactId, reviewId, person, typed, date, drawing, today,
                                     outcome);
        },
        std::move(signers), today_, tr("Sign the review of award year %1").arg(selectedYear_),
        tr("Signing is final: it cannot be undone. When everyone required has signed, the "
           "review is locked and its outcomes go into the compact."),
        this);
    dialog.setPerson(personId);
    if (!runSign_(dialog))
        return;
    const SignOutcome& result = dialog.outcome();
    QString text;
    if (result.locked) {
        text = tr("Everyone required has signed: the review is locked, and its outcomes are in "
                  "the compact.");
        if (result.amendment != 0)
            text += QLatin1Char(' ') + tr("The review's changes started amendment %1 of the "
                                          "compact; it needs signing again (Signatures page).")
                                           .arg(result.amendment);
    } else {
        QStringList missing;
        for (const std::string& name : result.stillToSign)
            missing << toQString(name);
        text = tr("Signed. Still to sign: %1.").arg(missing.join(QStringLiteral(", ")));
    }
    outcome_->setText(text);
}

} // namespace mc::ui
