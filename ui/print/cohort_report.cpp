// CohortReport -> mustache data -> HTML -> PDF. The data names are the
// contract with templates/print/cohort_report.html.

#include "ui/print/cohort_report.h"

#include "core/error.h"
#include "core/fingerprint.h"
#include "core/workspace.h"
#include "ui/print/layout_file.h"
#include "ui/print/pdf_export.h"
#include "ui/print/print_texts.h"
#include "ui/print/signature_data.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <kainjow/mustache.hpp>
#include <map>

namespace mc::print {

namespace {

namespace ms = kainjow::mustache;

class ReportTexts {
    Q_DECLARE_TR_FUNCTIONS(ReportTexts)
public:
    static ms::data labels();
};

std::string s(const QString& text) {
    return text.toStdString();
}

ms::data ReportTexts::labels() {
    const std::pair<const char*, QString> entries[] = {
        {"title", tr("Cohort report")},
        {"program", tr("Program")},
        {"cohort", tr("Cohort")},
        {"asOf", tr("As of")},
        {"compacts", tr("Compacts")},
        {"goalsAchieved", tr("Goals achieved")},
        {"fingerprint", tr("Fingerprint of the figures (SHA-256)")},
        {"fingerprintNote", tr("The measures CSV of the same program, cohort and day has the "
                               "same fingerprint (mentoring-compact report --format csv).")},
        {"byKind", tr("Milestones by kind")},
        {"byKindNote", tr("A milestone counts in the award year its due date falls in; dropped "
                          "ones are left out, missed ones (an unfunded grant) are kept.")},
        {"kind", tr("Kind")},
        {"due", tr("Due")},
        {"achieved", tr("Achieved")},
        {"missed", tr("Missed")},
        {"byYear", tr("By award year")},
        {"noYears", tr("No award year has started yet.")},
        {"byYearNote", tr("Achieved of due. Goals as each year's signed review left them, the "
                          "latest year as they are now. Satisfaction with the relationship and "
                          "how well the expectations were discussed: scholar / mentors, means "
                          "on the 1 (poor) to 5 (excellent) scale, from the reflections once all "
                          "of a review's are submitted.")},
        {"awardYear", tr("Year")},
        {"papers", tr("Papers")},
        {"grantsSubmitted", tr("Grants submitted")},
        {"grantsAwarded", tr("Grants awarded")},
        {"promotions", tr("Promotions")},
        {"goals", tr("Goals")},
        {"satisfaction", tr("Satisfaction")},
        {"discussion", tr("Discussed")},
        {"alignment", tr("Alignment by domain")},
        {"alignmentNote", tr("From the submitted worksheets of the compacts compared (two or "
                             "more submitted): the topics of each level.")},
        {"domain", tr("Domain")},
        {"compared", tr("Compacts")},
        {"topics", tr("Topics")},
        {"aligned", tr("Aligned")},
        {"minorGaps", tr("Minor gaps")},
        {"majorGaps", tr("Major gaps")},
        {"perCompact", tr("Compact by compact")},
        {"noCompacts", tr("No compact matches.")},
        {"mentors", tr("Mentors")},
        {"programCohort", tr("Program and cohort")},
        {"milestones", tr("Milestones")},
        {"standing", tr("Standing")},
        {"review", tr("Review")},
    };
    ms::data labels{ms::data::type::object};
    for (const auto& [key, text] : entries)
        labels.set(key, s(text));
    return labels;
}

QString kindName(MeasureKind kind) {
    switch (kind) {
    case MeasureKind::Publication:
        return ReportTexts::tr("Papers");
    case MeasureKind::GrantSubmission:
        return ReportTexts::tr("Grant submissions");
    case MeasureKind::GrantAward:
        return ReportTexts::tr("Grant awards");
    case MeasureKind::Promotion:
        return ReportTexts::tr("Promotions");
    case MeasureKind::Other:
        return ReportTexts::tr("Other milestones");
    }
    return {};
}

// "3 (60%)" of `of`; "0" when nothing was due.
std::string share(int part, int of) {
    if (of <= 0)
        return std::to_string(part);
    return s(ReportTexts::tr("%1 (%2%)").arg(part).arg(qRound(100.0 * part / of)));
}

// "2 of 4": achieved of due, "–" when none was due.
std::string ofDue(const KindCounts& k) {
    return k.due == 0 ? "–" : s(ReportTexts::tr("%1 of %2").arg(k.achieved).arg(k.due));
}

std::string mean(double value) {
    return value > 0 ? s(QString::number(value, 'f', 1)) : "–";
}

// "4.0 / 4.5": scholar / mentors.
std::string sides(double scholar, double mentors) {
    if (scholar <= 0 && mentors <= 0)
        return "–";
    return mean(scholar) + " / " + mean(mentors);
}

std::string goalsText(int achieved, int total) {
    return total < 0 ? "–" : s(ReportTexts::tr("%1 of %2").arg(achieved).arg(total));
}

const KindCounts& kindOf(const std::array<KindCounts, kMeasureKinds>& counts, MeasureKind kind) {
    return counts[static_cast<std::size_t>(kind)];
}

ms::data yearsOfCohort(const CohortFigures& figures) {
    ms::data rows{ms::data::type::list};
    for (const YearFigures& y : figures.years) {
        ms::data row;
        row.set("year", std::to_string(y.awardYear));
        row.set("compacts", std::to_string(y.compacts));
        row.set("papers", ofDue(kindOf(y.milestones, MeasureKind::Publication)));
        row.set("grantsSubmitted", ofDue(kindOf(y.milestones, MeasureKind::GrantSubmission)));
        row.set("grantsAwarded", ofDue(kindOf(y.milestones, MeasureKind::GrantAward)));
        row.set("promotions", ofDue(kindOf(y.milestones, MeasureKind::Promotion)));
        row.set("goals", y.goalsTotal == 0 ? "–" : goalsText(y.goalsAchieved, y.goalsTotal));
        row.set("satisfaction", sides(y.satisfactionScholar.value, y.satisfactionMentors.value));
        row.set("discussion", sides(y.discussionScholar.value, y.discussionMentors.value));
        rows.push_back(row);
    }
    return rows;
}

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string standing(const DashboardRow& row) {
    QStringList parts;
    if (!row.missingSignatures.empty())
        parts << ReportTexts::tr("not signed by %1")
                     .arg(QString::fromStdString(joined(row.missingSignatures)));
    else if (row.locked)
        parts << ReportTexts::tr("version %1 signed").arg(row.version);
    for (int year : row.overdueReviewYears)
        parts << ReportTexts::tr("review of year %1 overdue").arg(year);
    if (row.nextReview)
        parts << ReportTexts::tr("next review %1")
                     .arg(QString::fromStdString(formatIsoDate(*row.nextReview)));
    parts << (row.lastMeeting ? ReportTexts::tr("last meeting %1")
                                    .arg(QString::fromStdString(formatIsoDate(*row.lastMeeting)))
                              : ReportTexts::tr("no meeting logged"));
    if (row.topicsCompared > 0)
        parts << ReportTexts::tr("worksheets: %1 of %2 topics apart")
                     .arg(row.topicsApart)
                     .arg(row.topicsCompared);
    return s(parts.join(QStringLiteral("; ")));
}

ms::data compactList(const CohortReport& report) {
    std::map<std::string, std::vector<const MeasureRow*>> yearsOf;
    for (const MeasureRow& row : report.measures)
        yearsOf[row.compactId].push_back(&row);
    ms::data list{ms::data::type::list};
    for (const DashboardRow& row : report.dashboard) {
        ms::data item;
        item.set("scholar", row.scholar);
        item.set("title", row.title);
        item.set("mentors", joined(row.mentors));
        item.set("programCohort", row.program + " · " + row.cohort);
        item.set("status", s(PrintTexts::status(row.status)));
        item.set("milestones", s(ReportTexts::tr("%1 achieved of %2; %3 overdue")
                                     .arg(row.milestonesAchieved)
                                     .arg(row.milestonesTotal)
                                     .arg(row.milestonesOverdue)));
        item.set("standing", standing(row));
        ms::data years{ms::data::type::list};
        for (const MeasureRow* m : yearsOf[row.compactId]) {
            ms::data y;
            y.set("year", std::to_string(m->awardYear));
            y.set("papers", ofDue(m->kind(MeasureKind::Publication)));
            y.set("grantsSubmitted", ofDue(m->kind(MeasureKind::GrantSubmission)));
            y.set("grantsAwarded", ofDue(m->kind(MeasureKind::GrantAward)));
            y.set("promotions", ofDue(m->kind(MeasureKind::Promotion)));
            y.set("goals", goalsText(m->goalsAchieved, m->goalsTotal));
            y.set("satisfaction", sides(m->satisfactionScholar, m->satisfactionMentors));
            y.set("discussion", sides(m->discussionScholar, m->discussionMentors));
            y.set("review", m->reviewSigned ? s(ReportTexts::tr("signed")) : "–");
            years.push_back(y);
        }
        item.set("hasYears", !years.is_empty_list());
        item.set("years", years);
        list.push_back(item);
    }
    return list;
}

ms::data reportData(const CohortReport& report) {
    const CohortFigures& f = report.figures;
    ms::data data;
    data.set("label", ReportTexts::labels());
    data.set("workspace", report.workspaceName);
    data.set("program", report.filter.program.empty() ? s(ReportTexts::tr("all programs"))
                                                      : report.filter.program);
    std::string cohort =
        report.filter.cohort.empty() ? s(ReportTexts::tr("all cohorts")) : report.filter.cohort;
    if (!report.filter.includeClosed)
        cohort += s(ReportTexts::tr(" (closed compacts left out)"));
    data.set("cohort", cohort);
    data.set("today", formatIsoDate(report.today));
    data.set("compacts", std::to_string(report.dashboard.size()));
    data.set("goals", s(ReportTexts::tr("%1 of %2").arg(f.goalsAchieved).arg(f.goalsTotal)));
    data.set("fingerprint", report.fingerprint);
    ms::data kinds{ms::data::type::list};
    for (MeasureKind kind : {MeasureKind::Publication, MeasureKind::GrantSubmission,
                             MeasureKind::GrantAward, MeasureKind::Promotion, MeasureKind::Other}) {
        const KindCounts& k = kindOf(f.milestones, kind);
        ms::data row;
        row.set("name", s(kindName(kind)));
        row.set("due", std::to_string(k.due));
        row.set("achieved", share(k.achieved, k.due));
        row.set("missed", share(k.missed, k.due));
        kinds.push_back(row);
    }
    data.set("kinds", kinds);
    const ms::data years = yearsOfCohort(f);
    data.set("hasYears", !years.is_empty_list());
    data.set("years", years);
    ms::data domains{ms::data::type::list};
    for (const DomainFigures& d : f.domains) {
        ms::data row;
        row.set("name", s(PrintTexts::domain(d.domain)));
        row.set("compacts", std::to_string(d.compacts));
        row.set("topics", std::to_string(d.topics));
        row.set("aligned", std::to_string(d.aligned));
        row.set("minor", std::to_string(d.minorGaps));
        row.set("major", std::to_string(d.majorGaps));
        domains.push_back(row);
    }
    data.set("domains", domains);
    const ms::data compacts = compactList(report);
    data.set("hasCompacts", !compacts.is_empty_list());
    data.set("compactList", compacts);
    return data;
}

} // namespace

CohortReport cohortReport(const Workspace& workspace, const Date& today,
                          const CohortFilter& filter) {
    CohortReport report;
    report.workspaceName = workspace.info().name;
    report.filter = filter;
    report.today = today;
    report.dashboard = workspace.dashboard(today, filter);
    report.measures = workspace.measureRows(today, filter);
    report.figures = cohortFigures(report.measures);
    report.fingerprint = sha256Hex(measuresCsv(report.measures));
    return report;
}

PrintLayout loadCohortReportLayout(const DocumentOptions& options) {
    const PrintLayout compact = loadLayout(options); // registers the built-in layouts
    return {readLayoutFile(options.layoutFolder, QStringLiteral("cohort_report.html")),
            compact.css + QLatin1Char('\n') +
                readLayoutFile(options.layoutFolder, QStringLiteral("review.css"))};
}

QString cohortReportHtml(const CohortReport& report, const PrintLayout& layout) {
    return fillLayout(QStringLiteral("cohort_report.html"), layout.html, reportData(report));
}

DocumentContent cohortReportContent(const CohortReport& report, const DocumentOptions& options) {
    const PrintLayout layout = loadCohortReportLayout(options);
    DocumentContent content;
    content.html = cohortReportHtml(report, layout);
    content.css = layout.css;
    content.title =
        ReportTexts::tr("Cohort report: %1").arg(QString::fromStdString(report.workspaceName));
    content.headerLine =
        ReportTexts::tr("As of %1").arg(QString::fromStdString(formatIsoDate(report.today)));
    content.shortFingerprint =
        QString::fromStdString(report.fingerprint.substr(0, kShortFingerprintLength));
    content.isSigned = true; // final as printed: no DRAFT mark
    return content;
}

QString writeCohortReportPdf(const CohortReport& report, const DocumentOptions& options,
                             const QString& path) {
    CompactDocument document(cohortReportContent(report, options), options);
    return writePdf(document, path);
}

} // namespace mc::print
