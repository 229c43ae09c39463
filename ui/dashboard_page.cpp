#include "ui/dashboard_page.h"

#include "core/workspace.h"
#include "ui/cohort_charts.h"
#include "ui/core_text.h"
#include "ui/dashboard_filter_model.h"
#include "ui/dashboard_model.h"
#include "ui/milestone_timeline.h"
#include "ui/qt_helpers.h"
#include "ui/workspace_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <exception>
#include <set>
#include <unordered_set>

namespace mc::ui {

DashboardPage::DashboardPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("dashboardPage"));
    today_ = [] {
        return todayLocal();
    };
    model_ = new DashboardModel(this);
    filter_ = new DashboardFilterModel(this);
    filter_->setSourceModel(model_);
    reloadTimer_ = new QTimer(this);
    reloadTimer_->setSingleShot(true);
    reloadTimer_->setInterval(0); // several signals of one edit: one reload
    connect(reloadTimer_, &QTimer::timeout, this, &DashboardPage::reload);
    measuresTimer_ = new QTimer(this);
    measuresTimer_->setSingleShot(true);
    measuresTimer_->setInterval(0);
    connect(measuresTimer_, &QTimer::timeout, this, &DashboardPage::loadMeasures);

    buildFilters();
    buildTable();
    charts_ = new CohortCharts;

    outcome_ = new QLabel(this);
    outcome_->setObjectName(QStringLiteral("dashboardOutcome"));
    outcome_->setTextFormat(Qt::PlainText);
    outcome_->setWordWrap(true);
    exportCsv_ = new QPushButton(tr("Export &CSV…"), this);
    exportCsv_->setObjectName(QStringLiteral("dashboardExportCsv"));
    exportCsv_->setToolTip(tr("The measures of the program and cohort chosen, one row per "
                              "compact and award year, for Excel or REDCap"));
    connect(exportCsv_, &QPushButton::clicked, this, &DashboardPage::exportCsv);
    exportPdf_ = new QPushButton(tr("Export &report PDF…"), this);
    exportPdf_->setObjectName(QStringLiteral("dashboardExportPdf"));
    exportPdf_->setToolTip(tr("The cohort report of the program and cohort chosen, for funders"));
    connect(exportPdf_, &QPushButton::clicked, this, &DashboardPage::exportReportPdf);
    conflicts_ = new QPushButton(this);
    conflicts_->setObjectName(QStringLiteral("dashboardConflicts"));
    conflicts_->setAccessibleName(tr("Settle the flagged merge conflicts"));
    conflicts_->setToolTip(tr("Merge conflicts kept both of and flagged at import: keep ours or "
                              "take theirs"));
    conflicts_->hide();
    connect(conflicts_, &QPushButton::clicked, this, &DashboardPage::flaggedConflictsRequested);

    auto* filters = new QHBoxLayout;
    auto* programLabel = new QLabel(tr("&Program:"), this);
    programLabel->setBuddy(program_);
    auto* cohortLabel = new QLabel(tr("C&ohort:"), this);
    cohortLabel->setBuddy(cohort_);
    auto* statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(status_);
    auto* searchLabel = new QLabel(tr("Fi&nd:"), this);
    searchLabel->setBuddy(search_);
    filters->addWidget(programLabel);
    filters->addWidget(program_);
    filters->addWidget(cohortLabel);
    filters->addWidget(cohort_);
    filters->addWidget(statusLabel);
    filters->addWidget(status_);
    filters->addWidget(attention_);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(search_, 1);

    auto* countRow = new QHBoxLayout;
    countRow->addWidget(count_);
    countRow->addWidget(outcome_, 1);
    countRow->addWidget(conflicts_);
    countRow->addWidget(exportCsv_);
    countRow->addWidget(exportPdf_);

    splitter_ = new QSplitter(Qt::Vertical, this);
    splitter_->setObjectName(QStringLiteral("dashboardSplitter"));
    splitter_->addWidget(table_);
    splitter_->addWidget(charts_);
    splitter_->setChildrenCollapsible(false);
    splitter_->setStretchFactor(0, 3);
    splitter_->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(countRow);
    layout->addWidget(splitter_, 1);

    // Filters, then the table, then the charts; the exports last.
    setTabOrder(program_, cohort_);
    setTabOrder(cohort_, status_);
    setTabOrder(status_, attention_);
    setTabOrder(attention_, search_);
    setTabOrder(search_, table_);
    setTabOrder(table_, charts_->tabs());
    setTabOrder(charts_->tabs(), exportCsv_);
    setTabOrder(exportCsv_, exportPdf_);
    setTabOrder(exportPdf_, conflicts_);

    connect(filter_, &DashboardFilterModel::shownRowsChanged, this,
            &DashboardPage::onShownRowsChanged);
    onShownRowsChanged();
}

DashboardPage::~DashboardPage() = default;

void DashboardPage::buildFilters() {
    program_ = new QComboBox(this);
    program_->setObjectName(QStringLiteral("dashboardProgram"));
    program_->setAccessibleName(tr("Show the compacts of program"));
    program_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    program_->addItem(tr("All programs"), QString());
    cohort_ = new QComboBox(this);
    cohort_->setObjectName(QStringLiteral("dashboardCohort"));
    cohort_->setAccessibleName(tr("Show the compacts of cohort"));
    cohort_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    cohort_->addItem(tr("All cohorts"), QString());
    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("dashboardStatus"));
    status_->setAccessibleName(tr("Show the compacts with status"));
    status_->addItem(tr("All statuses"), QVariant());
    for (const auto& entry : enumEntries<CompactStatus>())
        status_->addItem(labelOf(entry.value), static_cast<int>(entry.value));
    attention_ = new QCheckBox(tr("Only what needs a&ttention"), this);
    attention_->setObjectName(QStringLiteral("dashboardAttention"));
    attention_->setToolTip(tr("Compacts with a signature missing, a yearly review or a milestone "
                              "overdue, or meetings late for their plan"));
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("dashboardSearch"));
    search_->setPlaceholderText(tr("Scholar, mentor or title"));
    search_->setAccessibleName(tr("Find compacts by scholar, mentor or title"));
    search_->setClearButtonEnabled(true);
    count_ = new QLabel(this);
    count_->setObjectName(QStringLiteral("dashboardCount"));
    count_->setTextFormat(Qt::PlainText);

    connect(program_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setProgram(program_->currentData().toString()); });
    connect(cohort_, &QComboBox::currentIndexChanged, this,
            [this] { filter_->setCohort(cohort_->currentData().toString()); });
    connect(status_, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = status_->currentData();
        filter_->setStatus(value.isValid() ? std::optional<CompactStatus>(
                                                 static_cast<CompactStatus>(value.toInt()))
                                           : std::nullopt);
    });
    connect(attention_, &QCheckBox::toggled, filter_, &DashboardFilterModel::setNeedsAttentionOnly);
    connect(search_, &QLineEdit::textChanged, filter_, &DashboardFilterModel::setSearchText);
}

void DashboardPage::buildTable() {
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("dashboardTable"));
    table_->setAccessibleName(tr("Compacts of the workspace"));
    table_->setModel(filter_);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setTabKeyNavigation(false);
    table_->setWordWrap(false);
    table_->setAlternatingRowColors(true);
    table_->setSortingEnabled(true);
    table_->sortByColumn(DashboardModel::ScholarColumn, Qt::AscendingOrder);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    // Widths from the font, never from the rows: measuring 1,000 rows costs.
    QHeaderView* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    const QFontMetrics metrics = table_->fontMetrics();
    const auto widthOf = [&](const QString& sample) {
        return metrics.horizontalAdvance(sample) + 16;
    };
    const std::pair<int, QString> samples[] = {
        {DashboardModel::ScholarColumn, QStringLiteral("Dr. Amara Okafor")},
        {DashboardModel::ProgramColumn, QStringLiteral("Clinical Scholars")},
        {DashboardModel::CohortColumn, QStringLiteral("Cohort")},
        {DashboardModel::StatusColumn, QStringLiteral("In negotiation")},
        {DashboardModel::SignaturesColumn, QStringLiteral("2 missing: Dr. Lucas")},
        {DashboardModel::ReviewColumn, QStringLiteral("Overdue: year 1, due 1 Nov 2026")},
        {DashboardModel::OverdueColumn, QStringLiteral("Overdue")},
        {DashboardModel::AchievedColumn, QStringLiteral("Achieved")},
        {DashboardModel::TotalColumn, QStringLiteral("Milestones")},
        {DashboardModel::AlignmentColumn, QStringLiteral("12 of 40 apart (3 major)")},
    };
    for (const auto& [column, sample] : samples)
        header->resizeSection(column, widthOf(sample));

    table_->viewport()->installEventFilter(this);
    connect(table_, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(DashboardModel::CompactIdRole).toString();
        if (!id.isEmpty())
            emit openCompactRequested(id);
    });
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString id = current.data(DashboardModel::CompactIdRole).toString();
                if (!id.isEmpty())
                    charts_->timeline()->showCompact(toStdString(id));
            });
}

void DashboardPage::setSession(WorkspaceSession* session, std::function<Date()> today) {
    if (session_ != nullptr)
        disconnect(session_, nullptr, this, nullptr);
    session_ = session;
    if (today)
        today_ = std::move(today);
    charts_->timeline()->setWorkspace(session_ ? &session_->workspace() : nullptr);
    if (session_ != nullptr) {
        connect(session_, &WorkspaceSession::compactChanged, this, &DashboardPage::scheduleReload);
        connect(session_, &WorkspaceSession::compactListChanged, this,
                &DashboardPage::scheduleReload);
        connect(session_, &WorkspaceSession::externalChange, this, &DashboardPage::scheduleReload);
    }
    measures_.clear();
    measuresPending_ = false;
    conflicts_->hide();
    model_->setRows({}, today_());
    stale_ = true;
    if (session_ != nullptr && isVisible())
        reload();
}

void DashboardPage::scheduleReload() {
    stale_ = true;
    if (isVisible())
        reloadTimer_->start();
}

void DashboardPage::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_ && session_ != nullptr)
        reload();
}

void DashboardPage::reload() {
    reloadTimer_->stop();
    if (session_ == nullptr)
        return;
    const Date today = today_();
    std::vector<DashboardRow> rows;
    try {
        // Derives again only what changes since the last showing made the
        // file forget (core: updateDashboardCache); if it cannot write now
        // (another program busy, a full disk), the reads below derive it.
        if (!session_->workspace().isReadOnly())
            session_->workspace().updateDashboardCache();
    } catch (const std::exception&) {
    }
    try {
        rows = session_->workspace().dashboard(today);
    } catch (const std::exception& error) {
        outcome_->setText(tr("Could not read the dashboard: %1").arg(coreText(error)));
        return;
    }
    stale_ = false;
    int conflicts = 0;
    for (const DashboardRow& row : rows)
        conflicts += row.conflicts;
    conflicts_->setText(conflicts == 1 ? tr("1 flagged conflict…")
                                       : tr("%1 flagged conflicts…").arg(conflicts));
    conflicts_->setVisible(conflicts > 0);
    std::set<QString> programs;
    std::set<QString> cohorts;
    for (const DashboardRow& row : rows) {
        if (!row.program.empty())
            programs.insert(toQString(row.program));
        if (!row.cohort.empty())
            cohorts.insert(toQString(row.cohort));
    }
    // The measures (the charts' figures) are read once the table has
    // painted: the rows show first (docs/performance.md).
    measures_.clear();
    measuresToday_ = today;
    measuresPending_ = true;
    if (table_->viewport()->isVisible())
        table_->viewport()->update();
    const QString selected = table_->currentIndex().data(DashboardModel::CompactIdRole).toString();
    charts_->timeline()->setToday(today);
    // One update of the count and charts at the end, not one per change.
    reloading_ = true;
    model_->setRows(std::move(rows), today);
    refillChoices(program_, QStringList(programs.begin(), programs.end()));
    refillChoices(cohort_, QStringList(cohorts.begin(), cohorts.end()));
    filter_->setProgram(program_->currentData().toString());
    filter_->setCohort(cohort_->currentData().toString());
    reloading_ = false;
    // The reset cleared the selection: keep the compact that was chosen.
    if (!selected.isEmpty()) {
        const int source = model_->rowOf(toStdString(selected));
        const QModelIndex at = filter_->mapFromSource(model_->index(source, 0));
        if (at.isValid())
            table_->selectionModel()->setCurrentIndex(at, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    }
    onShownRowsChanged();
}

// Keeps the chosen value when it is still there; "All ..." stays first.
void DashboardPage::refillChoices(QComboBox* combo, const QStringList& values) {
    const QString current = combo->currentData().toString();
    const QSignalBlocker quiet(combo);
    while (combo->count() > 1)
        combo->removeItem(1);
    for (const QString& value : values)
        combo->addItem(value, value);
    const int at = current.isEmpty() ? 0 : combo->findData(current);
    combo->setCurrentIndex(std::max(at, 0)); // a program or cohort gone: all
}

bool DashboardPage::eventFilter(QObject* watched, QEvent* event) {
    // The table's first paint after a reload: read the measures next.
    if (watched == table_->viewport() && event->type() == QEvent::Paint && measuresPending_)
        measuresTimer_->start();
    return QWidget::eventFilter(watched, event);
}

void DashboardPage::loadMeasures() {
    measuresTimer_->stop();
    if (!measuresPending_ || session_ == nullptr)
        return;
    measuresPending_ = false;
    try {
        measures_ = session_->workspace().measureRows(measuresToday_);
    } catch (const std::exception& error) {
        outcome_->setText(tr("Could not read the dashboard: %1").arg(coreText(error)));
    }
    charts_->setMeasures(shownMeasures());
}

std::vector<MeasureRow> DashboardPage::shownMeasures() const {
    const std::vector<std::string> ids = filter_->shownCompactIds();
    const std::unordered_set<std::string> shown(ids.begin(), ids.end());
    std::vector<MeasureRow> rows;
    for (const MeasureRow& row : measures_)
        if (shown.count(row.compactId) != 0)
            rows.push_back(row);
    return rows;
}

void DashboardPage::onShownRowsChanged() {
    if (reloading_)
        return;
    updateCount();
    if (!measuresPending_)
        charts_->setMeasures(shownMeasures());
    std::vector<std::pair<std::string, QString>> choices;
    choices.reserve(static_cast<std::size_t>(filter_->rowCount()));
    for (int row = 0; row < filter_->rowCount(); ++row) {
        const QModelIndex index = filter_->index(row, DashboardModel::ScholarColumn);
        const DashboardRow* source = model_->rowAt(filter_->mapToSource(index).row());
        if (source == nullptr)
            continue;
        QString label = index.data().toString();
        if (!source->scholar.empty() && !source->title.empty())
            label += QStringLiteral(" — ") + toQString(source->title);
        choices.emplace_back(source->compactId, label);
    }
    charts_->timeline()->setChoices(choices);
    exportCsv_->setEnabled(session_ != nullptr && model_->rowCount() > 0);
    exportPdf_->setEnabled(session_ != nullptr && model_->rowCount() > 0);
}

void DashboardPage::updateCount() {
    const int total = model_->rowCount();
    const int shown = filter_->rowCount();
    if (total == 0)
        count_->setText(session_ ? tr("This workspace holds no compacts yet.") : QString());
    else if (shown == total)
        count_->setText(total == 1 ? tr("1 compact") : tr("%1 compacts").arg(total));
    else
        count_->setText(total == 1 ? tr("%1 of 1 compact").arg(shown)
                                   : tr("%1 of %2 compacts").arg(shown).arg(total));
}

} // namespace mc::ui
