#pragma once
// The clauses of one expectation domain as a tree: one row per topic (the
// domain's built-in topics from topics.h, then the topics of the pair's own
// that clauses use), each with its clauses as children in display order.
// A thin model over a copy of the compact's expectations: it holds no other
// state and never edits anything.

#include "core/model.h"

#include <QAbstractItemModel>
#include <QString>
#include <QStyledItemDelegate>
#include <string>
#include <vector>

class QTreeView;

namespace mc::ui {

// The topic keys that clauses of `domain` use and that are not built-in
// topics of that domain, in the order the clauses come.
std::vector<std::string> ownTopicKeys(Domain domain, const std::vector<Expectation>& clauses);
// What a person calls a topic: the built-in title, or the words of a topic
// of the pair's own.
QString topicTitle(const std::string& key);
// How many swaps with a neighbour in the domain's order (what
// WorkspaceSession::moveExpectation does) take `clause` past the next clause
// of its topic in the direction of `step` (-1 up, +1 down): clauses of other
// topics in between are passed too. 0 when it is already first or last of
// its topic. `all` is in display order, as the store loads it.
int swapsToTopicNeighbour(const std::vector<Expectation>& all, const Expectation& clause, int step);

class ExpectationsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TextColumn, DirectionColumn, OriginColumn, StateColumn, ColumnCount };
    enum Roles {
        ClauseIdRole = Qt::UserRole + 1, // QString: the clause's UUID; empty on topic rows
        TopicKeyRole,                    // QString: the topic's key (topic and clause rows)
        PromptRole,                      // QString: the topic's prompt (topic and clause rows)
        IsTopicRole,                     // bool: a topic row
    };

    explicit ExpectationsModel(QObject* parent = nullptr);

    // Shows the clauses of `domain` among `clauses` (a model reset).
    void setClauses(Domain domain, const std::vector<Expectation>& clauses);
    Domain domain() const { return domain_; }

    // The clause of a clause row, or nullptr for a topic row or an invalid index.
    const Expectation* clauseAt(const QModelIndex& index) const;
    // The topic key of a topic row, or of a clause row's topic; empty if invalid.
    std::string topicKeyAt(const QModelIndex& index) const;
    // Column 0 of the clause with this id, or of the topic with this key;
    // invalid when not shown.
    QModelIndex indexOfClause(const std::string& clauseId) const;
    QModelIndex indexOfTopic(const std::string& key) const;
    // The clauses of one topic, in display order.
    const std::vector<Expectation>* clausesOfTopic(const std::string& key) const;

    QModelIndex index(int row, int column,
                      const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct TopicRow {
        std::string key;
        QString title;
        QString prompt;
        bool builtIn = true;
        std::vector<Expectation> clauses;
    };

    QVariant topicData(const TopicRow& topic, int column, int role) const;
    QVariant clauseData(const TopicRow& topic, const Expectation& clause, int column,
                        int role) const;

    Domain domain_ = Domain::Research;
    std::vector<TopicRow> topics_;
};

// Sizes the model's rows for the wrapped text of the first column at that
// column's current width, at most kMaxClauseLines lines: a short clause is
// one line, a long one wraps, and past the limit its last line is elided
// ("…") with the whole clause in the row's tooltip. The view must lay out
// its items again when the column is resized.
class ClauseRowDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int kMaxClauseLines = 3;

    explicit ClauseRowDelegate(QTreeView* view);
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QTreeView* view_;
};

} // namespace mc::ui
