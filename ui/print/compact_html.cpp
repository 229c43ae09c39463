// Compact -> mustache data -> HTML. The data names are the contract with
// templates/print/compact.html (documented in docs/file-formats.md).

#include "ui/print/compact_html.h"

#include "core/error.h"
#include "core/fingerprint.h"
#include "ui/print/layout_file.h"
#include "ui/print/print_texts.h"
#include "ui/print/signature_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <algorithm>
#include <kainjow/mustache.hpp>

// Outside any namespace, as Qt requires: registers templates/print/ (compiled
// into this static library) before the first use.
static void initLayoutResources() {
    Q_INIT_RESOURCE(print_layouts);
}

namespace mc::print {

namespace {

namespace ms = kainjow::mustache;

class Labels {
    Q_DECLARE_TR_FUNCTIONS(PrintLabels)
public:
    static ms::data all();
};

std::string s(const QString& text) {
    return text.toStdString();
}

ms::data Labels::all() {
    const std::pair<const char*, QString> entries[] = {
        {"program", tr("Program")},
        {"cohort", tr("Cohort")},
        {"scholar", tr("Scholar")},
        {"mentors", tr("Mentors")},
        {"period", tr("Award period")},
        {"version", tr("Version")},
        {"status", tr("Status")},
        {"fingerprint", tr("Fingerprint (SHA-256)")},
        {"draftNotice", tr("DRAFT: not yet signed. This copy is for discussion only.")},
        {"people", tr("Mentoring team and responsibilities")},
        {"role", tr("Role")},
        {"name", tr("Name")},
        {"responsibilities", tr("Responsibilities")},
        {"expectations", tr("Expectations")},
        {"noExpectations", tr("No expectations have been written yet.")},
        {"clauseNumber", tr("No.")},
        {"expectation", tr("Expectation")},
        {"expectedOf", tr("Expected of")},
        {"state", tr("State")},
        {"goals", tr("Goals")},
        {"noGoals", tr("No goals have been set yet.")},
        {"goal", tr("Goal")},
        {"owner", tr("Whose")},
        {"horizon", tr("Horizon")},
        {"target", tr("Target")},
        {"milestones", tr("Milestones")},
        {"noMilestones", tr("No milestones have been planned yet.")},
        {"due", tr("Due")},
        {"milestone", tr("Milestone")},
        {"kind", tr("Kind")},
        {"responsible", tr("Responsible")},
        {"meetingPlan", tr("Meeting plan")},
        {"channels", tr("Where and how")},
        {"standingTopics", tr("Every meeting covers")},
        {"preparation", tr("The scholar prepares")},
        {"signatures", tr("Signatures")},
        {"signatureNote", tr("By signing, each person agrees to this compact as printed, "
                             "identified by the fingerprint above.")},
        {"signer", tr("Name and role")},
        {"signature", tr("Signature")},
        {"date", tr("Date")},
        {"acknowledges", tr("acknowledges")},
        {"typedSignature", tr("Signed as")},
    };
    ms::data labels{ms::data::type::object};
    for (const auto& [key, text] : entries)
        labels.set(key, s(text));
    return labels;
}

std::string isoOrEmpty(const Date& date) {
    return date.is_special() ? std::string() : formatIsoDate(date);
}

std::string personName(const Compact& compact, const std::string& personId) {
    const Person* person = compact.findPerson(personId);
    return person ? person->name : std::string();
}

std::string affiliation(const Person& person) {
    std::string out = person.department;
    if (!person.institution.empty())
        out += (out.empty() ? "" : ", ") + person.institution;
    return out;
}

template <typename T> std::vector<const T*> byPosition(const std::vector<T>& items) {
    std::vector<const T*> sorted;
    for (const auto& item : items)
        sorted.push_back(&item);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const T* a, const T* b) { return a->position < b->position; });
    return sorted;
}

ms::data peopleData(const Compact& compact, ms::data& mentors) {
    ms::data people{ms::data::type::list};
    std::vector<const Person*> mentorList;
    for (const Person* person : byPosition(compact.people)) {
        ms::data row;
        row.set("role", s(PrintTexts::role(person->role)));
        row.set("name", person->name);
        row.set("affiliation", affiliation(*person));
        row.set("hasAffiliation", !affiliation(*person).empty());
        row.set("responsibilities", person->responsibilities);
        people.push_back(row);
        if (isMentorRole(person->role))
            mentorList.push_back(person);
    }
    for (std::size_t i = 0; i < mentorList.size(); ++i) {
        ms::data mentor;
        mentor.set("name", mentorList[i]->name);
        mentor.set("role", s(PrintTexts::role(mentorList[i]->role)));
        mentor.set("last", i + 1 == mentorList.size());
        mentors.push_back(mentor);
    }
    return people;
}

// Clauses grouped by domain, numbered "domain.clause" with the domain's
// fixed number (Research is always 1), so numbers mean the same in every
// compact. Dropped clauses are not part of the agreement and are left out.
ms::data domainsData(const Compact& compact) {
    ms::data domains{ms::data::type::list};
    const auto entries = enumEntries<Domain>();
    for (std::size_t d = 0; d < entries.size(); ++d) {
        ms::data clauses{ms::data::type::list};
        int number = 0;
        for (const Expectation* e : byPosition(compact.expectations)) {
            if (e->domain != entries[d].value || e->state == ExpectationState::Dropped)
                continue;
            ms::data clause;
            clause.set("number", std::to_string(d + 1) + "." + std::to_string(++number));
            clause.set("text", e->text);
            clause.set("expectedOf", s(PrintTexts::expectedOf(e->direction)));
            clause.set("state", s(PrintTexts::state(e->state)));
            clauses.push_back(clause);
        }
        if (number == 0)
            continue;
        ms::data domain;
        domain.set("number", std::to_string(d + 1));
        domain.set("name", s(PrintTexts::domain(entries[d].value)));
        domain.set("clauses", clauses);
        domains.push_back(domain);
    }
    return domains;
}

ms::data goalsData(const Compact& compact) {
    ms::data goals{ms::data::type::list};
    for (const Goal* goal : byPosition(compact.goals)) {
        if (goal->status == GoalStatus::Dropped)
            continue;
        ms::data row;
        row.set("text", goal->text);
        row.set("owner", personName(compact, goal->ownerId));
        row.set("horizon", s(PrintTexts::horizon(goal->horizon)));
        row.set("target", goal->targetDate ? isoOrEmpty(*goal->targetDate) : std::string());
        goals.push_back(row);
    }
    return goals;
}

ms::data milestonesData(const Compact& compact) {
    // By due date, as the store lists them, whatever order `compact` holds.
    std::vector<Milestone> sorted = compact.milestones;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Milestone& a, const Milestone& b) {
        return a.due != b.due ? a.due < b.due : a.title < b.title;
    });
    ms::data milestones{ms::data::type::list};
    for (const Milestone& milestone : sorted) {
        if (milestone.status == MilestoneStatus::Dropped)
            continue;
        ms::data row;
        row.set("due", isoOrEmpty(milestone.due));
        row.set("title", milestone.title);
        row.set("kind", s(PrintTexts::milestoneKind(milestone.kind)));
        row.set("responsible", personName(compact, milestone.responsibleId));
        milestones.push_back(row);
    }
    return milestones;
}

ms::data meetingData(const MeetingPlan& plan) {
    ms::data meeting;
    meeting.set("summary", s(PrintTexts::meetingSummary(plan)));
    meeting.set("channels", plan.channels);
    meeting.set("hasChannels", !plan.channels.empty());
    meeting.set("topics", plan.standingTopics);
    meeting.set("hasTopics", !plan.standingTopics.empty());
    meeting.set("preparation", plan.scholarPreparation);
    meeting.set("hasPreparation", !plan.scholarPreparation.empty());
    return meeting;
}

ms::data compactData(const PrintableCompact& printable, const DocumentOptions& options) {
    const Compact& compact = printable.compact;
    ms::data data;
    data.set("label", Labels::all());
    data.set("title", compact.title);
    std::string subtitle = compact.program;
    if (!compact.cohort.empty())
        subtitle += (subtitle.empty() ? "" : " · ") +
                    s(Labels::tr("Cohort %1").arg(QString::fromStdString(compact.cohort)));
    data.set("subtitle", subtitle);
    data.set("draft", !printable.isSigned);
    data.set("program", compact.program);
    data.set("cohort", compact.cohort);
    const Person* scholar = compact.scholar();
    data.set("scholar", scholar ? scholar->name : std::string());
    data.set("period", isoOrEmpty(compact.start) + " – " + isoOrEmpty(compact.end));
    data.set("version", s(versionValue(printable, options)));
    data.set("status", s(PrintTexts::status(compact.status)));
    data.set("fingerprint", printable.fingerprint);
    data.set("shortFingerprint", printable.fingerprint.substr(0, kShortFingerprintLength));

    ms::data mentors{ms::data::type::list};
    data.set("people", peopleData(compact, mentors));
    data.set("mentors", mentors);
    data.set("signatureLines", signatureData(printable.signatureLines));
    data.set("domains", domainsData(compact));
    const ms::data goals = goalsData(compact);
    data.set("goals", goals);
    data.set("hasGoals", !goals.is_empty_list());
    const ms::data milestones = milestonesData(compact);
    data.set("milestones", milestones);
    data.set("hasMilestones", !milestones.is_empty_list());
    data.set("meeting", meetingData(compact.meetingPlan));
    return data;
}

} // namespace

// Our own escaping: the library's writes &apos;, which Qt's HTML reader
// does not know; &#39; means the same everywhere.
std::string escapeHtml(const std::string& text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The signature block: who signs (or acknowledges), and for each signature
// of this text the typed name, the date and the drawn signature's image;
// an unsigned line is left blank to sign on paper.
kainjow::mustache::data signatureData(const std::vector<SignatureLine>& lines) {
    ms::data rows{ms::data::type::list};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const SignatureLine& line = lines[i];
        ms::data row;
        row.set("name", line.name);
        row.set("role", s(PrintTexts::role(line.role)));
        row.set("acknowledges", line.role == Role::ProgramDirector);
        row.set("signed", line.signature.has_value());
        row.set("blank", !line.signature.has_value());
        if (line.signature) {
            row.set("typedName", line.signature->typedName);
            row.set("date", isoOrEmpty(line.signature->signedOn));
            const bool drawn = !line.signature->drawing.empty();
            row.set("hasDrawing", drawn);
            if (drawn) {
                row.set("image", s(signatureImageName(i)));
                row.set("imageWidth", std::to_string(kSignatureImageWidthPx));
                row.set("imageHeight", std::to_string(kSignatureImageHeightPx));
            }
        }
        rows.push_back(row);
    }
    return rows;
}

bool printsAsDraft(CompactStatus status) {
    return status == CompactStatus::Draft || status == CompactStatus::InNegotiation;
}

bool isSignedStatus(CompactStatus status) {
    return status == CompactStatus::Signed || status == CompactStatus::Amended;
}

PrintLayout loadLayout(const DocumentOptions& options) {
    initLayoutResources();
    const QString folder =
        options.layoutFolder.isEmpty() ? QStringLiteral(":/print") : options.layoutFolder;
    const QDir dir(folder);
    return {readLayoutPath(dir.filePath(QStringLiteral("compact.html"))),
            readLayoutPath(dir.filePath(QStringLiteral("compact.css")))};
}

QString signatureImageName(std::size_t line) {
    return QStringLiteral("signature-%1.png").arg(line + 1);
}

QString versionValue(const PrintableCompact& printable, const DocumentOptions& options) {
    if (!options.versionLabel.isEmpty())
        return options.versionLabel;
    if (printable.versionNumber == 0)
        return PrintTexts::draftVersion();
    return PrintTexts::versionValue(printable.versionNumber, printable.isSigned);
}

QString compactHtml(const Compact& compact, const PrintLayout& layout,
                    const DocumentOptions& options) {
    return compactHtml(printableAsIs(compact), layout, options);
}

QString compactHtml(const PrintableCompact& printable, const PrintLayout& layout,
                    const DocumentOptions& options) {
    return fillLayout(QStringLiteral("compact.html"), layout.html, compactData(printable, options));
}

} // namespace mc::print
