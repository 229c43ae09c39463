#include "ui/compact_list_panel.h"

#include "ui/compact_list_model.h"
#include "ui/qt_helpers.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace mc::ui {

namespace {
// The status filter's item that shows closed (archived) compacts too.
const QString kAllWithArchived = QStringLiteral("all-with-archived");
} // namespace

// --- CompactFilterModel --------------------------------------------------------

CompactFilterModel::CompactFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
}

void CompactFilterModel::setSearchText(const QString& text) {
    const QString trimmed = text.simplified();
    if (trimmed == search_)
        return;
    search_ = trimmed;
    invalidateRowsFilter();
}

void CompactFilterModel::setStatusFilter(std::optional<CompactStatus> status) {
    if (status == status_)
        return;
    status_ = status;
    invalidateRowsFilter();
}

void CompactFilterModel::setShowArchived(bool show) {
    if (show == showArchived_)
        return;
    showArchived_ = show;
    invalidateRowsFilter();
}

bool CompactFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const int status = index.data(CompactListModel::StatusRole).toInt();
    if (status_ && status != static_cast<int>(*status_))
        return false;
    // A closed compact is archived: out of the way unless asked for.
    if (!status_ && !showArchived_ && status == static_cast<int>(CompactStatus::Closed))
        return false;
    if (search_.isEmpty())
        return true;
    QStringList haystack = index.data(CompactListModel::MentorsRole).toStringList();
    haystack << index.data(CompactListModel::ScholarRole).toString()
             << index.data(CompactListModel::ProgramRole).toString();
    // Every word typed must appear in one of the names or the program.
    const QStringList words = search_.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString& word : words) {
        bool found = false;
        for (const QString& text : haystack)
            found = found || text.contains(word, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    return true;
}

// --- CompactListPanel ----------------------------------------------------------

CompactListPanel::CompactListPanel(QWidget* parent) : QWidget(parent) {
    model_ = new CompactListModel(this);
    filter_ = new CompactFilterModel(this);
    filter_->setSourceModel(model_);

    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("compactSearch"));
    search_->setPlaceholderText(tr("Search scholar, mentor or program"));
    search_->setAccessibleName(tr("Search compacts"));
    search_->setClearButtonEnabled(true);
    search_->setToolTip(tr("Find a compact (Ctrl+F)"));
    // No mnemonic: the pages use most letters; View, Find compact (Ctrl+F) comes here.
    auto* searchLabel = new QLabel(tr("Find:"), this);
    searchLabel->setBuddy(search_);

    status_ = new QComboBox(this);
    status_->setObjectName(QStringLiteral("compactStatusFilter"));
    status_->setAccessibleName(tr("Show compacts with status"));
    status_->addItem(tr("All but archived"), QVariant());
    status_->addItem(tr("All, archived too"), kAllWithArchived);
    for (const auto& entry : enumEntries<CompactStatus>())
        status_->addItem(labelOf(entry.value), static_cast<int>(entry.value));
    auto* statusLabel = new QLabel(tr("B&y status:"), this);
    statusLabel->setBuddy(status_);

    list_ = new QListView(this);
    list_->setObjectName(QStringLiteral("compactList"));
    list_->setAccessibleName(tr("Compacts"));
    list_->setModel(filter_);
    list_->setSelectionMode(QAbstractItemView::SingleSelection);
    list_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list_->setUniformItemSizes(true);
    list_->setSpacing(2);
    list_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list_->setTextElideMode(Qt::ElideRight);

    count_ = makePlainLabel(QString(), this);
    count_->setObjectName(QStringLiteral("compactCount"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(search_, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(statusLabel);
    statusRow->addWidget(status_, 1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(searchRow);
    column->addLayout(statusRow);
    column->addWidget(list_, 1);
    column->addWidget(count_);

    setTabOrder(search_, status_);
    setTabOrder(status_, list_);

    connect(search_, &QLineEdit::textChanged, filter_, &CompactFilterModel::setSearchText);
    connect(status_, &QComboBox::currentIndexChanged, this, &CompactListPanel::applyStatusFilter);
    connect(list_->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CompactListPanel::onCurrentChanged);
    connect(filter_, &QAbstractItemModel::rowsInserted, this, &CompactListPanel::updateCountLabel);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, &CompactListPanel::updateCountLabel);
    connect(filter_, &QAbstractItemModel::modelReset, this, &CompactListPanel::updateCountLabel);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, &CompactListPanel::updateCountLabel);
    updateCountLabel();
}

void CompactListPanel::applyStatusFilter() {
    const QVariant chosen = status_->currentData();
    filter_->setShowArchived(chosen == kAllWithArchived);
    if (chosen.isValid() && chosen != kAllWithArchived)
        filter_->setStatusFilter(static_cast<CompactStatus>(chosen.toInt()));
    else
        filter_->setStatusFilter(std::nullopt);
}

void CompactListPanel::setEntries(std::vector<CompactListEntry> entries, const QString& select) {
    const QString keep = select.isEmpty() ? currentCompactId() : select;
    replacing_ = true;
    model_->setEntries(std::move(entries));
    const int row = model_->rowOf(toStdString(keep));
    if (row >= 0) {
        const QModelIndex index = filter_->mapFromSource(model_->index(row));
        if (index.isValid())
            list_->setCurrentIndex(index);
    }
    replacing_ = false;
    onCurrentChanged();
    updateCountLabel();
}

bool CompactListPanel::selectCompact(const QString& compactId) {
    const int row = model_->rowOf(toStdString(compactId));
    if (row < 0)
        return false;
    QModelIndex index = filter_->mapFromSource(model_->index(row));
    if (!index.isValid()) { // hidden by the filter: show everything again
        search_->clear();
        status_->setCurrentIndex(status_->findData(kAllWithArchived));
        index = filter_->mapFromSource(model_->index(row));
    }
    list_->setCurrentIndex(index);
    return index.isValid();
}

void CompactListPanel::selectFirst() {
    if (filter_->rowCount() > 0)
        list_->setCurrentIndex(filter_->index(0, 0));
}

QString CompactListPanel::currentCompactId() const {
    const QModelIndex current = list_->currentIndex();
    return current.isValid() ? current.data(CompactListModel::CompactIdRole).toString() : QString();
}

std::optional<CompactStatus> CompactListPanel::currentStatus() const {
    const QModelIndex current = list_->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return static_cast<CompactStatus>(current.data(CompactListModel::StatusRole).toInt());
}

int CompactListPanel::visibleCount() const {
    return filter_->rowCount();
}

int CompactListPanel::totalCount() const {
    return model_->rowCount();
}

void CompactListPanel::onCurrentChanged() {
    if (replacing_)
        return;
    const QString id = currentCompactId();
    if (id == announced_)
        return;
    announced_ = id;
    emit currentCompactChanged(id);
}

void CompactListPanel::updateCountLabel() {
    const int total = totalCount();
    const int shown = visibleCount();
    if (total == 0)
        count_->setText(tr("No compacts yet"));
    else if (shown == total)
        count_->setText(tr("Compacts: %1").arg(total));
    else
        count_->setText(tr("Compacts: %1 of %2 shown").arg(shown).arg(total));
}

} // namespace mc::ui
