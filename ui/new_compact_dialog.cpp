#include "ui/new_compact_dialog.h"

#include "core/validation.h"
#include "ui/core_text.h"
#include "ui/date_fields.h"
#include "ui/qt_helpers.h"
#include "ui/theme_colors.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mc::ui {

namespace {

Person makePerson(Role role, const QString& name, int position) {
    Person person;
    person.role = role;
    person.name = toStdString(name.simplified());
    person.position = position;
    return person;
}

// The fields in the order of the dialog, for moving focus to the first one
// with an error.
const std::vector<std::string>& fieldOrder() {
    static const std::vector<std::string> order{"title",  "program",  "cohort", "scholar",
                                                "mentor", "coMentor", "period", "other"};
    return order;
}

} // namespace

NewCompactDialog::NewCompactDialog(const Date& today, QWidget* parent)
    : NewCompactDialog(today, loadAllTemplates(), parent) {
}

NewCompactDialog::NewCompactDialog(const Date& today, TemplateLoad templates, QWidget* parent)
    : QDialog(parent), templates_(std::move(templates)) {
    setWindowTitle(tr("New compact"));

    template_ = new QComboBox(this);
    template_->setObjectName(QStringLiteral("newCompactTemplate"));
    template_->setAccessibleName(tr("Template"));
    template_->addItem(tr("Blank compact"), QString());
    for (const CompactTemplate& entry : templates_.templates) {
        template_->addItem(toQString(entry.name), toQString(entry.id));
        template_->setItemData(template_->count() - 1, toQString(entry.description),
                               Qt::ToolTipRole);
    }
    templateAbout_ = makePlainLabel(QString(), this);
    templateAbout_->setObjectName(QStringLiteral("newCompactTemplateAbout"));
    templateAbout_->setWordWrap(true);
    templateProblems_ = makePlainLabel(templateProblemsText(), this);
    templateProblems_->setObjectName(QStringLiteral("newCompactTemplateProblems"));
    templateProblems_->setWordWrap(true);
    templateProblems_->setVisible(!templateProblems_->text().isEmpty());
    QPalette problemPalette = templateProblems_->palette();
    problemPalette.setColor(QPalette::WindowText, warningColor(problemPalette));
    templateProblems_->setPalette(problemPalette);

    title_ = new QLineEdit(this);
    title_->setAccessibleName(tr("Title"));
    program_ = new QLineEdit(this);
    program_->setAccessibleName(tr("Program"));
    program_->setPlaceholderText(tr("for example: KL2 Scholars Program"));
    cohort_ = new QLineEdit(this);
    cohort_->setAccessibleName(tr("Cohort"));
    cohort_->setText(QString::number(today.year()));
    scholar_ = new QLineEdit(this);
    scholar_->setAccessibleName(tr("Scholar's name"));
    mentor_ = new QLineEdit(this);
    mentor_->setAccessibleName(tr("Primary mentor's name"));
    coMentor_ = new QLineEdit(this);
    coMentor_->setAccessibleName(tr("Co-mentor's name (optional)"));
    coMentor_->setPlaceholderText(tr("optional"));

    start_ = new QDateEdit(this);
    start_->setAccessibleName(tr("Start date"));
    start_->setCalendarPopup(true);
    showDateInLocale(start_);
    start_->setDateRange(QDate(1900, 1, 1), QDate(9000, 12, 31));
    start_->setDate(toQDate(today));
    years_ = new QSpinBox(this);
    years_->setAccessibleName(tr("Award years"));
    years_->setRange(1, 10);
    years_->setValue(3);
    years_->setSuffix(tr(" years"));
    end_ = makePlainLabel(QString(), this);
    end_->setObjectName(QStringLiteral("newCompactEnd"));

    auto* grid = new QGridLayout;
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 3);
    grid->setColumnMinimumWidth(2, 300);
    auto* templateLabel = new QLabel(tr("Temp&late:"), this);
    templateLabel->setBuddy(template_);
    grid->addWidget(templateLabel, 0, 0);
    grid->addWidget(template_, 0, 1);
    grid->addWidget(templateAbout_, 0, 2, Qt::AlignTop);
    addRow(grid, tr("&Title:"), title_, "title");
    addRow(grid, tr("&Program:"), program_, "program");
    addRow(grid, tr("C&ohort:"), cohort_, "cohort");
    addRow(grid, tr("&Scholar:"), scholar_, "scholar");
    addRow(grid, tr("Primary &mentor:"), mentor_, "mentor");
    addRow(grid, tr("&Co-mentor:"), coMentor_, "coMentor");
    addRow(grid, tr("St&art date:"), start_, "period");
    auto* yearsLabel = new QLabel(tr("&Years:"), this);
    yearsLabel->setBuddy(years_);
    const int yearsRow = grid->rowCount();
    grid->addWidget(yearsLabel, yearsRow, 0);
    grid->addWidget(years_, yearsRow, 1);
    grid->addWidget(end_, yearsRow, 2);
    auto* other = makePlainLabel(QString(), this);
    other->setWordWrap(true);
    other->setObjectName(QStringLiteral("newCompactMessage_other"));
    grid->addWidget(other, grid->rowCount(), 0, 1, 3);
    messages_["other"] = other;

    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons_->button(QDialogButtonBox::Ok)->setText(tr("Create compact"));
    connect(buttons_, &QDialogButtonBox::accepted, this, &NewCompactDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &NewCompactDialog::reject);

    intro_ = makePlainLabel(QString(), this);
    intro_->setWordWrap(true);
    auto* column = new QVBoxLayout(this);
    column->addWidget(intro_);
    column->addWidget(templateProblems_);
    column->addLayout(grid);
    column->addStretch(1);
    column->addWidget(buttons_);

    QWidget* previous = template_;
    for (QWidget* next : std::initializer_list<QWidget*>{
             title_, program_, cohort_, scholar_, mentor_, coMentor_, start_, years_, buttons_}) {
        setTabOrder(previous, next);
        previous = next;
    }

    const std::pair<QLineEdit*, std::string> edits[] = {
        {title_, "title"},     {program_, "program"}, {cohort_, "cohort"},
        {scholar_, "scholar"}, {mentor_, "mentor"},   {coMentor_, "coMentor"}};
    for (const auto& [edit, field] : edits)
        connect(edit, &QLineEdit::textEdited, this, [this, key = field] { touch(key); });
    connect(scholar_, &QLineEdit::textChanged, this, &NewCompactDialog::refresh);
    connect(start_, &QDateEdit::dateChanged, this, [this] { touch("period"); });
    connect(years_, &QSpinBox::valueChanged, this, [this] { touch("period"); });
    connect(template_, &QComboBox::currentIndexChanged, this, &NewCompactDialog::onTemplateChosen);
    resize(820, sizeHint().height());
    onTemplateChosen();
}

QString NewCompactDialog::templateProblemsText() const {
    QStringList lines;
    for (const Problem& problem : templates_.problems) {
        if (problem.severity != Severity::Error)
            continue; // notes on templates that were loaded all the same
        // The field is "<file>: <path in the file>"; people need the file's name.
        const QString field = toQString(problem.field);
        const qsizetype colon = field.indexOf(QStringLiteral(": "));
        const QString file = colon < 0 ? field : field.left(colon);
        const QString where = colon < 0 ? QString() : field.mid(colon + 2);
        QString line =
            where.isEmpty()
                ? tr("%1: %2").arg(QFileInfo(file).fileName(), coreText(problem))
                : tr("%1 (at %2): %3").arg(QFileInfo(file).fileName(), where, coreText(problem));
        if (!lines.contains(line))
            lines << line;
    }
    if (lines.isEmpty())
        return {};
    return tr("Some template files could not be read and are not offered:") +
           QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
}

const CompactTemplate* NewCompactDialog::chosenTemplate() const {
    const QString id = template_->currentData().toString();
    return id.isEmpty() ? nullptr : templates_.find(toStdString(id));
}

bool NewCompactDialog::chooseTemplate(const std::string& id) {
    const int index = template_->findData(toQString(id));
    if (index < 0)
        return false;
    template_->setCurrentIndex(index);
    return true;
}

void NewCompactDialog::onTemplateChosen() {
    const CompactTemplate* chosen = chosenTemplate();
    if (chosen) {
        years_->setValue(chosen->awardYears);
        templateAbout_->setText(toQString(chosen->description));
        intro_->setText(tr("A compact from the template \"%1\": its clauses, goals, milestones "
                           "and meeting plan, for one scholar and their mentors, who take the "
                           "template's mentor roles in order. Tailor everything afterwards.")
                            .arg(toQString(chosen->name)));
    } else {
        templateAbout_->clear();
        intro_->setText(tr("A blank compact for one scholar and their mentors. You can add "
                           "more people, expectations, goals and milestones afterwards."));
    }
    refresh();
}

void NewCompactDialog::addRow(QGridLayout* grid, const QString& label, QWidget* input,
                              const std::string& field) {
    auto* name = new QLabel(label, this);
    name->setBuddy(input);
    auto* message = makePlainLabel(QString(), this);
    message->setWordWrap(true);
    message->setObjectName(QStringLiteral("newCompactMessage_") + toQString(field));
    QPalette palette = message->palette();
    palette.setColor(QPalette::WindowText, errorColor(palette));
    message->setPalette(palette);
    const int row = grid->rowCount();
    grid->addWidget(name, row, 0);
    grid->addWidget(input, row, 1);
    grid->addWidget(message, row, 2, Qt::AlignTop);
    messages_[field] = message;
}

std::optional<Compact> NewCompactDialog::ask(QWidget* parent, const Date& today,
                                             const QString& ownTemplatesFolder) {
    NewCompactDialog dialog(today, loadAllTemplates(toStdString(ownTemplatesFolder)), parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.compact();
}

Compact NewCompactDialog::compact() const {
    const QString scholar = scholar_->text().simplified();
    QString title = title_->text().simplified();
    if (title.isEmpty() && !scholar.isEmpty())
        title = tr("Mentoring compact: %1").arg(scholar);
    if (const CompactTemplate* chosen = chosenTemplate()) {
        // As `new --template` does: the mentors take the template's roles.
        std::vector<std::string> mentors{toStdString(mentor_->text().simplified())};
        if (!coMentor_->text().simplified().isEmpty())
            mentors.push_back(toStdString(coMentor_->text().simplified()));
        Compact compact = compactFromTemplate(*chosen, toStdString(scholar), mentors,
                                              fromQDate(start_->date()), years_->value());
        compact.title = toStdString(title);
        compact.program = toStdString(program_->text().simplified());
        compact.cohort = toStdString(cohort_->text().simplified());
        return compact;
    }
    Compact compact;
    compact.title = toStdString(title);
    compact.program = toStdString(program_->text().simplified());
    compact.cohort = toStdString(cohort_->text().simplified());
    compact.status = CompactStatus::Draft;
    compact.start = fromQDate(start_->date());
    compact.end = anniversary(compact.start, years_->value()) - boost::gregorian::days(1);
    compact.people.push_back(makePerson(Role::Scholar, scholar, 0));
    compact.people.push_back(makePerson(Role::PrimaryMentor, mentor_->text(), 1));
    if (!coMentor_->text().simplified().isEmpty())
        compact.people.push_back(makePerson(Role::CoMentor, coMentor_->text(), 2));
    compact.meetingPlan = MeetingPlan{}; // the default plan: every two weeks, an hour
    return compact;
}

std::vector<Problem> NewCompactDialog::problems() const {
    const Compact built = compact();
    std::vector<Problem> found = validateCompactHeader(built);
    for (std::size_t i = 0; i < built.people.size(); ++i) {
        auto more = validatePerson(built.people[i], "people[" + std::to_string(i) + "]");
        found.insert(found.end(), more.begin(), more.end());
    }
    return found;
}

std::string NewCompactDialog::fieldOf(const std::string& problemField) {
    if (problemField == "title" || problemField == "program" || problemField == "cohort")
        return problemField;
    if (problemField == "start" || problemField == "end")
        return "period";
    if (problemField.starts_with("people[0]") || problemField == "people")
        return "scholar";
    if (problemField.starts_with("people[1]"))
        return "mentor";
    if (problemField.starts_with("people[2]"))
        return "coMentor";
    return "other";
}

QString NewCompactDialog::fieldMessage(const std::string& field) const {
    const auto found = messages_.find(field);
    return found == messages_.end() ? QString() : found->second->text();
}

void NewCompactDialog::touch(const std::string& field) {
    touched_.insert(field);
    refresh();
}

void NewCompactDialog::refresh() {
    const Compact built = compact();
    end_->setText(tr("ends on %1").arg(formatDate(built.end)));
    title_->setPlaceholderText(toQString(built.title));

    std::map<std::string, QStringList> texts;
    for (const Problem& problem : problems()) {
        const std::string field = fieldOf(problem.field);
        if (!showAll_ && !touched_.contains(field) && field != "other")
            continue;
        QString text = coreText(problem);
        if (!text.isEmpty())
            text[0] = text[0].toUpper();
        if (problem.severity == Severity::Warning)
            text = tr("Note: %1").arg(text);
        texts[field] << text;
    }
    for (const auto& [field, label] : messages_) {
        const auto found = texts.find(field);
        label->setText(found == texts.end() ? QString() : found->second.join(QLatin1Char('\n')));
    }
    // Messages wrap over several lines: grow rather than cut them off.
    if (QLayout* column = layout()) {
        column->activate();
        const int needed = column->totalHeightForWidth(width());
        if (needed > height())
            resize(width(), needed);
    }
}

void NewCompactDialog::accept() {
    showAll_ = true;
    refresh();
    const std::vector<Problem> found = problems();
    if (!hasErrors(found)) {
        QDialog::accept();
        return;
    }
    std::set<std::string> bad;
    for (const Problem& problem : found)
        if (problem.severity == Severity::Error)
            bad.insert(fieldOf(problem.field));
    const std::map<std::string, QWidget*> inputs{
        {"title", title_},   {"program", program_},   {"cohort", cohort_}, {"scholar", scholar_},
        {"mentor", mentor_}, {"coMentor", coMentor_}, {"period", start_}};
    for (const std::string& field : fieldOrder()) {
        const auto input = inputs.find(field);
        if (bad.contains(field) && input != inputs.end()) {
            input->second->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
}

} // namespace mc::ui
