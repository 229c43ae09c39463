#include "ui/expectations_model.h"

#include "core/topics.h"
#include "ui/qt_helpers.h"
#include "ui/topic_texts.h"

#include <QFont>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>
#include <QTextDocument>
#include <QTreeView>
#include <algorithm>

namespace mc::ui {

namespace {

// Topic rows have internal id 0; a clause row carries its topic's row + 1.
constexpr quintptr kTopicRowId = 0;

bool isBuiltInTopicOf(Domain domain, const std::string& key) {
    const Topic* topic = findTopic(key);
    return topic && topic->domain == domain;
}

// Tooltips take text that looks like markup for rich text: user words are
// escaped, so "<b>" stays "<b>".
QString plainToolTip(const QString& text) {
    return Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal);
}

QColor dimmedText() {
    return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
}

// The column says who owes the clause, in one word, so the clause text
// keeps the width; the tooltip gives the full direction.
QString expectedOfLabel(Direction direction) {
    switch (direction) {
    case Direction::ScholarOfMentor:
        return ExpectationsModel::tr("Mentor");
    case Direction::MentorOfScholar:
        return ExpectationsModel::tr("Scholar");
    case Direction::Mutual:
        return ExpectationsModel::tr("Both");
    }
    return {};
}

} // namespace

std::vector<std::string> ownTopicKeys(Domain domain, const std::vector<Expectation>& clauses) {
    std::vector<std::string> keys;
    for (const Expectation& clause : clauses) {
        if (clause.domain != domain || isBuiltInTopicOf(domain, clause.topic))
            continue;
        if (std::find(keys.begin(), keys.end(), clause.topic) == keys.end())
            keys.push_back(clause.topic);
    }
    return keys;
}

QString topicTitle(const std::string& key) {
    if (const Topic* topic = findTopic(key))
        return TopicTexts::title(*topic);
    return toQString(key);
}

int swapsToTopicNeighbour(const std::vector<Expectation>& all, const Expectation& clause,
                          int step) {
    std::vector<const Expectation*> order; // the domain's clauses in display order
    for (const Expectation& e : all)
        if (e.domain == clause.domain)
            order.push_back(&e);
    const auto at = std::find_if(order.begin(), order.end(),
                                 [&](const Expectation* e) { return e->id == clause.id; });
    if (at == order.end())
        return 0;
    const auto from = std::distance(order.begin(), at);
    for (auto i = from + step; i >= 0 && i < static_cast<std::ptrdiff_t>(order.size()); i += step)
        if (order[static_cast<std::size_t>(i)]->topic == clause.topic)
            return static_cast<int>(step > 0 ? i - from : from - i);
    return 0;
}

ExpectationsModel::ExpectationsModel(QObject* parent) : QAbstractItemModel(parent) {
}

void ExpectationsModel::setClauses(Domain domain, const std::vector<Expectation>& clauses) {
    beginResetModel();
    domain_ = domain;
    topics_.clear();
    for (const Topic& topic : allTopics()) {
        if (topic.domain != domain)
            continue;
        topics_.push_back({std::string(topic.key),
                           TopicTexts::title(topic),
                           TopicTexts::prompt(topic),
                           true,
                           {}});
    }
    for (const std::string& key : ownTopicKeys(domain, clauses)) {
        const Topic* builtIn = findTopic(key); // a built-in topic of another domain
        topics_.push_back({key,
                           topicTitle(key),
                           builtIn ? toQString(builtIn->prompt)
                                   : tr("A topic of your own: say what you expect about it."),
                           false,
                           {}});
    }
    for (const Expectation& clause : clauses) {
        if (clause.domain != domain)
            continue;
        const auto topic = std::find_if(topics_.begin(), topics_.end(), [&](const TopicRow& row) {
            return row.key == clause.topic;
        });
        if (topic != topics_.end())
            topic->clauses.push_back(clause);
    }
    endResetModel();
}

const Expectation* ExpectationsModel::clauseAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this || index.internalId() == kTopicRowId)
        return nullptr;
    const auto topicRow = static_cast<std::size_t>(index.internalId() - 1);
    if (topicRow >= topics_.size())
        return nullptr;
    const auto& clauses = topics_[topicRow].clauses;
    const auto row = static_cast<std::size_t>(index.row());
    return row < clauses.size() ? &clauses[row] : nullptr;
}

std::string ExpectationsModel::topicKeyAt(const QModelIndex& index) const {
    if (!index.isValid() || index.model() != this)
        return {};
    const auto topicRow = index.internalId() == kTopicRowId
                              ? static_cast<std::size_t>(index.row())
                              : static_cast<std::size_t>(index.internalId() - 1);
    return topicRow < topics_.size() ? topics_[topicRow].key : std::string();
}

QModelIndex ExpectationsModel::indexOfClause(const std::string& clauseId) const {
    for (std::size_t t = 0; t < topics_.size(); ++t) {
        const auto& clauses = topics_[t].clauses;
        for (std::size_t c = 0; c < clauses.size(); ++c)
            if (clauses[c].id == clauseId)
                return createIndex(static_cast<int>(c), 0, static_cast<quintptr>(t + 1));
    }
    return {};
}

QModelIndex ExpectationsModel::indexOfTopic(const std::string& key) const {
    for (std::size_t t = 0; t < topics_.size(); ++t)
        if (topics_[t].key == key)
            return createIndex(static_cast<int>(t), 0, kTopicRowId);
    return {};
}

const std::vector<Expectation>* ExpectationsModel::clausesOfTopic(const std::string& key) const {
    for (const TopicRow& topic : topics_)
        if (topic.key == key)
            return &topic.clauses;
    return nullptr;
}

QModelIndex ExpectationsModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopicRowId);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex ExpectationsModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopicRowId)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopicRowId);
}

int ExpectationsModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(topics_.size());
    if (parent.column() != 0 || parent.internalId() != kTopicRowId)
        return 0;
    const auto topicRow = static_cast<std::size_t>(parent.row());
    return topicRow < topics_.size() ? static_cast<int>(topics_[topicRow].clauses.size()) : 0;
}

int ExpectationsModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant ExpectationsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == kTopicRowId)
        return topicData(topics_[static_cast<std::size_t>(index.row())], index.column(), role);
    const TopicRow& topic = topics_[static_cast<std::size_t>(index.internalId() - 1)];
    return clauseData(topic, topic.clauses[static_cast<std::size_t>(index.row())], index.column(),
                      role);
}

QVariant ExpectationsModel::topicData(const TopicRow& topic, int column, int role) const {
    const bool empty = topic.clauses.empty();
    switch (role) {
    case Qt::DisplayRole:
        if (column == TextColumn)
            return topic.title;
        if (column != DirectionColumn)
            return {};
        if (empty)
            return tr("none yet");
        return topic.clauses.size() == 1
                   ? tr("1 clause")
                   : tr("%1 clauses").arg(static_cast<qulonglong>(topic.clauses.size()));
    case Qt::FontRole: {
        QFont font;
        font.setBold(column == TextColumn);
        font.setItalic(column != TextColumn);
        return font;
    }
    case Qt::ForegroundRole:
        return column == TextColumn ? QVariant() : QVariant(dimmedText());
    case Qt::ToolTipRole:
    case Qt::WhatsThisRole:
        return plainToolTip(topic.prompt);
    case Qt::AccessibleDescriptionRole:
        return topic.prompt;
    case TopicKeyRole:
        return toQString(topic.key);
    case PromptRole:
        return topic.prompt;
    case IsTopicRole:
        return true;
    case ClauseIdRole:
        return QString();
    default:
        return {};
    }
}

QVariant ExpectationsModel::clauseData(const TopicRow& topic, const Expectation& clause, int column,
                                       int role) const {
    const bool dropped = clause.state == ExpectationState::Dropped;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TextColumn:
            return toQString(clause.text);
        case DirectionColumn:
            return expectedOfLabel(clause.direction);
        case OriginColumn:
            return labelOf(clause.origin);
        case StateColumn:
            return labelOf(clause.state);
        default:
            return {};
        }
    case Qt::FontRole:
        if (dropped) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        return dropped ? QVariant(dimmedText()) : QVariant();
    case Qt::ToolTipRole:
        if (column == DirectionColumn)
            return labelOf(clause.direction);
        return column == TextColumn ? plainToolTip(toQString(clause.text)) : QVariant();
    case Qt::WhatsThisRole:
        return plainToolTip(topic.prompt);
    case ClauseIdRole:
        return toQString(clause.id);
    case TopicKeyRole:
        return toQString(topic.key);
    case PromptRole:
        return topic.prompt;
    case IsTopicRole:
        return false;
    default:
        return {};
    }
}

QVariant ExpectationsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Topic and clause");
    case DirectionColumn:
        return tr("Expected of");
    case OriginColumn:
        return tr("Origin");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

Qt::ItemFlags ExpectationsModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != kTopicRowId)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

ClauseRowDelegate::ClauseRowDelegate(QTreeView* view) : QStyledItemDelegate(view), view_(view) {
}

QSize ClauseRowDelegate::sizeHint(const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    if (index.column() != ExpectationsModel::TextColumn)
        return QStyledItemDelegate::sizeHint(option, index);
    int width = view_->columnWidth(index.column());
    for (QModelIndex up = index; up.isValid(); up = up.parent())
        width -= view_->indentation();
    QStyleOptionViewItem wrapped = option;
    initStyleOption(&wrapped, index);
    wrapped.rect = QRect(0, 0, std::max(width, 40), 1);
    const QStyle* style = view_->style();
    QSize size = style->sizeFromContents(QStyle::CT_ItemViewItem, &wrapped, QSize(), view_);
    // At most kMaxClauseLines lines: past them, the style elides the last
    // line that fits.
    QStyleOptionViewItem oneLine = wrapped;
    oneLine.text = QStringLiteral("X");
    oneLine.features &= ~QStyleOptionViewItem::WrapText;
    const int lineHeight =
        style->sizeFromContents(QStyle::CT_ItemViewItem, &oneLine, QSize(), view_).height();
    const int maxHeight =
        lineHeight + QFontMetrics(wrapped.font).lineSpacing() * (kMaxClauseLines - 1);
    size.setHeight(std::min(size.height(), maxHeight));
    return size;
}

} // namespace mc::ui
