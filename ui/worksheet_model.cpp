#include "ui/worksheet_model.h"

#include "ui/qt_helpers.h"
#include "ui/topic_texts.h"

#include <QComboBox>
#include <QFont>
#include <QLineEdit>
#include <QVariantList>
#include <utility>

namespace mc::ui {

namespace {

constexpr quintptr kTopLevel = 0;

// Tooltips take text that looks like markup for rich text: escape it.
QString plainToolTip(const QString& text) {
    return text.isEmpty() ? QString() : QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped());
}

QVariantList scaleChoices(bool responsibility) {
    QVariantList choices;
    auto add = [&](const QString& label, int value) {
        choices.append(QVariant(QVariantList{label, value}));
    };
    add(WorksheetModel::tr("Not answered"), kNotAnswered);
    if (responsibility) {
        for (const ScaleStep& step : responsibilityScale())
            add(EnumLabels::responsibility(step.value), step.value);
    } else {
        for (int value = kImportanceMin; value <= kImportanceMax; ++value)
            add(EnumLabels::importance(value), value);
    }
    return choices;
}

} // namespace

WorksheetModel::WorksheetModel(QObject* parent) : QAbstractItemModel(parent) {
}

void WorksheetModel::setWorksheet(const Worksheet& worksheet,
                                  const CompactTemplate* compactTemplate, bool editable) {
    bool sameShape = worksheet.id == worksheet_.id &&
                     worksheet.answers.size() == worksheet_.answers.size() && !groups_.empty();
    for (std::size_t i = 0; sameShape && i < worksheet.answers.size(); ++i)
        sameShape = worksheet.answers[i].id == worksheet_.answers[i].id;
    if (sameShape) {
        // The same topics: update the rows that changed, in place, so the
        // view keeps its place and editors of other rows are left alone.
        const bool flagsChanged = editable != editable_;
        const Worksheet before = std::exchange(worksheet_, worksheet);
        editable_ = editable;
        for (std::size_t g = 0; g < groups_.size(); ++g) {
            bool groupChanged = false;
            for (std::size_t r = 0; r < groups_[g].answers.size(); ++r) {
                const std::size_t i = groups_[g].answers[r];
                topics_[i] = describeTopic(worksheet_.answers[i], compactTemplate);
                if (!flagsChanged && worksheet_.answers[i] == before.answers[i])
                    continue;
                groupChanged = true;
                const QModelIndex first =
                    createIndex(static_cast<int>(r), 0, static_cast<quintptr>(g + 1));
                emit dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
            }
            if (groupChanged) {
                const QModelIndex domain = createIndex(static_cast<int>(g), 0, kTopLevel);
                emit dataChanged(domain, domain);
            }
        }
        return;
    }
    beginResetModel();
    worksheet_ = worksheet;
    editable_ = editable;
    rebuild(compactTemplate);
    endResetModel();
}

void WorksheetModel::clear() {
    beginResetModel();
    worksheet_ = Worksheet{};
    topics_.clear();
    groups_.clear();
    endResetModel();
}

void WorksheetModel::rebuild(const CompactTemplate* compactTemplate) {
    topics_.clear();
    groups_.clear();
    for (const auto& entry : enumEntries<Domain>()) {
        Group group{entry.value, {}};
        for (std::size_t i = 0; i < worksheet_.answers.size(); ++i)
            if (worksheet_.answers[i].domain == entry.value)
                group.answers.push_back(i);
        if (!group.answers.empty())
            groups_.push_back(std::move(group));
    }
    for (const WorksheetAnswer& answer : worksheet_.answers)
        topics_.push_back(describeTopic(answer, compactTemplate));
}

const WorksheetAnswer* WorksheetModel::answerAt(const QModelIndex& index) const {
    if (!index.isValid() || index.internalId() == kTopLevel)
        return nullptr;
    const auto group = static_cast<std::size_t>(index.internalId() - 1);
    if (group >= groups_.size())
        return nullptr;
    const auto row = static_cast<std::size_t>(index.row());
    if (row >= groups_[group].answers.size())
        return nullptr;
    return &worksheet_.answers[groups_[group].answers[row]];
}

QModelIndex WorksheetModel::indexOfAnswer(const std::string& answerId, int column) const {
    for (std::size_t g = 0; g < groups_.size(); ++g)
        for (std::size_t r = 0; r < groups_[g].answers.size(); ++r)
            if (worksheet_.answers[groups_[g].answers[r]].id == answerId)
                return createIndex(static_cast<int>(r), column, static_cast<quintptr>(g + 1));
    return {};
}

QModelIndex WorksheetModel::indexOfDomain(Domain domain) const {
    for (std::size_t g = 0; g < groups_.size(); ++g)
        if (groups_[g].domain == domain)
            return createIndex(static_cast<int>(g), 0, kTopLevel);
    return {};
}

QModelIndex WorksheetModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    if (parent.internalId() != kTopLevel)
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row() + 1));
}

QModelIndex WorksheetModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kTopLevel);
}

int WorksheetModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return static_cast<int>(groups_.size());
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    const auto group = static_cast<std::size_t>(parent.row());
    return group < groups_.size() ? static_cast<int>(groups_[group].answers.size()) : 0;
}

int WorksheetModel::columnCount(const QModelIndex&) const {
    return ColumnCount;
}

QVariant WorksheetModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid())
        return {};
    if (index.internalId() == kTopLevel) {
        const auto group = static_cast<std::size_t>(index.row());
        return group < groups_.size() ? domainData(groups_[group], index.column(), role)
                                      : QVariant();
    }
    const WorksheetAnswer* answer = answerAt(index);
    if (!answer)
        return {};
    return answerData(static_cast<std::size_t>(answer - worksheet_.answers.data()), index.column(),
                      role);
}

QVariant WorksheetModel::domainData(const Group& group, int column, int role) const {
    if (column != TopicColumn)
        return {};
    int answered = 0;
    for (std::size_t i : group.answers)
        answered += worksheet_.answers[i].raised() ? 1 : 0;
    const int total = static_cast<int>(group.answers.size());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2 of %3 answered)").arg(labelOf(group.domain)).arg(answered).arg(total);
    case Qt::AccessibleTextRole:
        return tr("%1: %2 of %3 topics answered")
            .arg(labelOf(group.domain))
            .arg(answered)
            .arg(total);
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    default:
        return {};
    }
}

QVariant WorksheetModel::answerData(std::size_t i, int column, int role) const {
    const WorksheetAnswer& answer = worksheet_.answers[i];
    const WorksheetTopic& topic = topics_[i];
    if (role == AnswerIdRole)
        return toQString(answer.id);
    if (role == PromptRole)
        return TopicTexts::prompt(topic.key, topic.prompt);
    switch (column) {
    case TopicColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return TopicTexts::title(topic.key, topic.title);
        if (role == Qt::ToolTipRole)
            return plainToolTip(TopicTexts::prompt(topic.key, topic.prompt));
        return {};
    case ResponsibilityColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return EnumLabels::responsibility(answer.responsibility);
        if (role == Qt::EditRole)
            return answer.responsibility;
        if (role == ChoicesRole)
            return scaleChoices(true);
        return {};
    case ImportanceColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return EnumLabels::importance(answer.importance);
        if (role == Qt::EditRole)
            return answer.importance;
        if (role == ChoicesRole)
            return scaleChoices(false);
        return {};
    case TextColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole)
            return toQString(answer.text);
        if (role == Qt::ToolTipRole)
            return plainToolTip(toQString(answer.text));
        return {};
    default:
        return {};
    }
}

bool WorksheetModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    const WorksheetAnswer* current = answerAt(index);
    if (!current || role != Qt::EditRole || !editable_ || !saver_)
        return false;
    WorksheetAnswer changed = *current;
    switch (index.column()) {
    case ResponsibilityColumn:
        changed.responsibility = value.toInt();
        break;
    case ImportanceColumn:
        changed.importance = value.toInt();
        break;
    case TextColumn:
        changed.text = toStdString(value.toString());
        break;
    default:
        return false;
    }
    if (changed == *current)
        return true;
    if (!saver_(changed))
        return false;
    // The saver's session usually hands the stored worksheet back at once
    // (setWorksheet); keep the shown value right in case it does not.
    if (const WorksheetAnswer* now = answerAt(index); now && now->id == changed.id) {
        const auto at = static_cast<std::size_t>(now - worksheet_.answers.data());
        worksheet_.answers[at].responsibility = changed.responsibility;
        worksheet_.answers[at].importance = changed.importance;
        worksheet_.answers[at].text = changed.text;
        emit dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
        const QModelIndex domain = index.parent();
        emit dataChanged(domain, domain);
    }
    return true;
}

Qt::ItemFlags WorksheetModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() == kTopLevel)
        return flags;
    flags |= Qt::ItemNeverHasChildren;
    if (editable_ && index.column() != TopicColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant WorksheetModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case ResponsibilityColumn:
        return tr("Who is responsible");
    case ImportanceColumn:
        return tr("Importance");
    case TextColumn:
        return tr("In my own words");
    default:
        return {};
    }
}

QWidget* WorksheetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const {
    // The column alone ("Importance") does not say which topic a screen
    // reader is on, so the name says the topic too.
    const QString header =
        index.model()->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
    const QString topic = index.siblingAtColumn(WorksheetModel::TopicColumn).data().toString();
    const QString name = topic.isEmpty()
                             ? header
                             : WorksheetModel::tr("%1 for topic \u201c%2\u201d").arg(header, topic);
    const QVariant choices = index.data(WorksheetModel::ChoicesRole);
    if (!choices.isValid()) {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (editor)
            editor->setAccessibleName(name);
        return editor;
    }
    auto* combo = new QComboBox(parent);
    combo->setAccessibleName(name);
    // Qt on Linux speaks a combo box's value as its name: the description
    // carries what it is.
    combo->setAccessibleDescription(name);
    for (const QVariant& choice : choices.toList()) {
        const QVariantList pair = choice.toList();
        combo->addItem(pair.value(0).toString(), pair.value(1));
    }
    // A choice picked with the mouse is stored at once; the keyboard's
    // Enter does the same through the delegate's event filter.
    auto* self = const_cast<WorksheetDelegate*>(this);
    connect(combo, &QComboBox::activated, self, [self, combo] {
        emit self->commitData(combo);
        emit self->closeEditor(combo);
    });
    return combo;
}

void WorksheetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const int at = combo->findData(index.data(Qt::EditRole));
        combo->setCurrentIndex(at >= 0 ? at : 0);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void WorksheetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace mc::ui
