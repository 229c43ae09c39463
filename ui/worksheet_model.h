#pragma once
// One person's worksheet as a tree: the six domains (those it has topics
// in) with their topics as children. Columns: the topic, who is
// responsible (the five-step scale or "Not answered"), how important it is
// (1-5 or "Not answered") and the person's own words.
//
// A thin adapter: the model keeps a copy of the worksheet for display, and
// setData() hands the changed answer to a saver (the page, which edits
// through the session); the stored result comes back through
// setWorksheet(), which updates rows in place when the topics are the same.
// Only the person at the keyboard's own worksheet is ever given to it.

#include "core/worksheet.h"

#include <QAbstractItemModel>
#include <QStyledItemDelegate>
#include <functional>
#include <vector>

namespace mc {
struct CompactTemplate;
}

namespace mc::ui {

class WorksheetModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { TopicColumn, ResponsibilityColumn, ImportanceColumn, TextColumn, ColumnCount };
    enum Role {
        AnswerIdRole = Qt::UserRole + 1, // the answer's id (topic rows only)
        PromptRole,                      // the topic's prompt, plain text
        ChoicesRole,                     // QVariantList of {label, value} pairs for a scale column
    };
    // Stores one changed answer; returns true when it was stored.
    using Saver = std::function<bool(const WorksheetAnswer& changed)>;

    explicit WorksheetModel(QObject* parent = nullptr);

    // Shows `worksheet`, its topics described with `compactTemplate`'s
    // words when given; `editable` allows editing in place.
    void setWorksheet(const Worksheet& worksheet, const CompactTemplate* compactTemplate,
                      bool editable);
    void clear();
    void setSaver(Saver saver) { saver_ = std::move(saver); }

    const Worksheet& worksheet() const { return worksheet_; }
    // The answer shown at `index` (any column of a topic row), or nullptr.
    const WorksheetAnswer* answerAt(const QModelIndex& index) const;
    QModelIndex indexOfAnswer(const std::string& answerId, int column = TopicColumn) const;
    QModelIndex indexOfDomain(Domain domain) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Group {
        Domain domain;
        std::vector<std::size_t> answers; // indexes into worksheet_.answers
    };
    void rebuild(const CompactTemplate* compactTemplate);
    QVariant domainData(const Group& group, int column, int role) const;
    QVariant answerData(std::size_t answer, int column, int role) const;

    Worksheet worksheet_;
    std::vector<WorksheetTopic> topics_; // one per answer
    std::vector<Group> groups_;
    bool editable_ = false;
    Saver saver_;
};

// Edits a worksheet in place: a combo box of the scale's choices for who is
// responsible and for importance (stored as soon as one is picked), a line
// editor for the own words. Each editor carries an accessible name.
class WorksheetDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
};

} // namespace mc::ui
