// The cohort's figures and the measures CSV (issue 7): pure functions over
// MeasureRows, so the desktop's charts, the PDF report and the command line
// count alike. No SQL.
//
// The CSV is written here rather than with a library: Debian's C++ CSV
// packages are readers, and writing RFC 4180 is quoting one field
// (csvField from alignment.h, shared with the alignment summary).

#include "core/dashboard.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>

namespace mc {

namespace {

constexpr MeasureKind kKinds[] = {MeasureKind::Publication, MeasureKind::GrantSubmission,
                                  MeasureKind::GrantAward, MeasureKind::Promotion,
                                  MeasureKind::Other};

// Short stems keep every column name within 26 characters, REDCap's
// recommended limit for variable names.
const char* domainStem(Domain domain) {
    switch (domain) {
    case Domain::Research:
        return "research";
    case Domain::Education:
        return "education";
    case Domain::ProfessionalDevelopment:
        return "career";
    case Domain::Support:
        return "support";
    case Domain::Communication:
        return "communication";
    case Domain::PersonalConduct:
        return "conduct";
    }
    return "other";
}

void add(std::array<KindCounts, kMeasureKinds>& to,
         const std::array<KindCounts, kMeasureKinds>& from) {
    for (std::size_t i = 0; i < kMeasureKinds; ++i) {
        to[i].due += from[i].due;
        to[i].achieved += from[i].achieved;
        to[i].missed += from[i].missed;
    }
}

void addTo(Mean& mean, double value) {
    if (value <= 0)
        return;
    mean.value = (mean.value * mean.count + value) / (mean.count + 1);
    ++mean.count;
}

// "4", "3.5", "4.33": at most two decimals, a point whatever the locale.
std::string decimal(double value) {
    char buffer[32];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    std::string text(buffer, result.ptr);
    while (text.find('.') != std::string::npos && (text.back() == '0' || text.back() == '.')) {
        const bool point = text.back() == '.';
        text.pop_back();
        if (point)
            break;
    }
    return text;
}

std::string countOrEmpty(int value, bool known) {
    return known ? std::to_string(value) : std::string();
}

} // namespace

MeasureKind measureKindOf(MilestoneKind kind) {
    switch (kind) {
    case MilestoneKind::Publication:
        return MeasureKind::Publication;
    case MilestoneKind::GrantSubmission:
        return MeasureKind::GrantSubmission;
    case MilestoneKind::GrantAward:
        return MeasureKind::GrantAward;
    case MilestoneKind::Promotion:
        return MeasureKind::Promotion;
    default:
        return MeasureKind::Other;
    }
}

const char* measureKindKey(MeasureKind kind) {
    switch (kind) {
    case MeasureKind::Publication:
        return "publication";
    case MeasureKind::GrantSubmission:
        return "grant_submission";
    case MeasureKind::GrantAward:
        return "grant_award";
    case MeasureKind::Promotion:
        return "promotion";
    case MeasureKind::Other:
        return "other";
    }
    return "other";
}

CohortFigures cohortFigures(const std::vector<MeasureRow>& rows) {
    CohortFigures out;
    std::map<int, YearFigures> years;
    std::set<std::string> seen;
    // compact id -> its latest row with goals known
    std::map<std::string, const MeasureRow*> latestGoals;
    std::map<Domain, DomainFigures> domains;
    for (const auto& entry : enumEntries<Domain>())
        domains[entry.value].domain = entry.value;

    for (const MeasureRow& row : rows) {
        add(out.milestones, row.milestones);
        YearFigures& year = years[row.awardYear];
        year.awardYear = row.awardYear;
        ++year.compacts;
        add(year.milestones, row.milestones);
        if (row.goalsTotal >= 0) {
            year.goalsTotal += row.goalsTotal;
            year.goalsAchieved += row.goalsAchieved;
            const MeasureRow*& latest = latestGoals[row.compactId];
            if (latest == nullptr || latest->awardYear < row.awardYear)
                latest = &row;
        }
        addTo(year.satisfactionScholar, row.satisfactionScholar);
        addTo(year.satisfactionMentors, row.satisfactionMentors);
        addTo(year.discussionScholar, row.discussionScholar);
        addTo(year.discussionMentors, row.discussionMentors);
        if (!seen.insert(row.compactId).second)
            continue; // alignment is the compact's, the same on each of its rows
        for (const DomainAlignment& d : row.alignment) {
            if (d.topics == 0)
                continue;
            DomainFigures& figures = domains[d.domain];
            ++figures.compacts;
            figures.topics += d.topics;
            figures.aligned += d.aligned;
            figures.minorGaps += d.minorGaps;
            figures.majorGaps += d.majorGaps;
        }
    }
    out.compacts = static_cast<int>(seen.size());
    for (const auto& [compactId, row] : latestGoals) {
        out.goalsTotal += row->goalsTotal;
        out.goalsAchieved += row->goalsAchieved;
    }
    for (auto& [number, year] : years)
        out.years.push_back(year);
    for (const auto& entry : enumEntries<Domain>())
        out.domains.push_back(domains[entry.value]);
    return out;
}

std::vector<std::string> measuresCsvColumns() {
    std::vector<std::string> columns = {"compact_id", "title",     "scholar",
                                        "program",    "cohort",    "status",
                                        "award_year", "year_from", "year_to"};
    for (MeasureKind kind : kKinds)
        for (const char* what : {"_due", "_achieved", "_missed"})
            columns.push_back(std::string(measureKindKey(kind)) + what);
    for (const char* name : {"goals_total", "goals_achieved", "review_signed",
                             "satisfaction_scholar", "satisfaction_mentors", "discussion_scholar",
                             "discussion_mentors", "align_topics", "align_apart", "align_major"})
        columns.emplace_back(name);
    for (const auto& entry : enumEntries<Domain>()) {
        columns.push_back(std::string("align_") + domainStem(entry.value) + "_topics");
        columns.push_back(std::string("align_") + domainStem(entry.value) + "_apart");
    }
    return columns;
}

std::string measuresCsv(const std::vector<MeasureRow>& rows, bool byteOrderMark) {
    std::string out = byteOrderMark ? "\xEF\xBB\xBF" : "";
    const auto line = [&out](const std::vector<std::string>& fields) {
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out += ',';
            out += csvField(fields[i]);
        }
        out += "\r\n";
    };
    line(measuresCsvColumns());
    for (const MeasureRow& row : rows) {
        std::vector<std::string> f = {row.compactId,
                                      row.title,
                                      row.scholar,
                                      row.program,
                                      row.cohort,
                                      std::string(toKey(row.status)),
                                      std::to_string(row.awardYear),
                                      formatIsoDate(row.yearFrom),
                                      formatIsoDate(row.yearTo)};
        for (MeasureKind kind : kKinds) {
            const KindCounts& k = row.kind(kind);
            f.push_back(std::to_string(k.due));
            f.push_back(std::to_string(k.achieved));
            f.push_back(std::to_string(k.missed));
        }
        const bool goalsKnown = row.goalsTotal >= 0;
        f.push_back(countOrEmpty(row.goalsTotal, goalsKnown));
        f.push_back(countOrEmpty(row.goalsAchieved, goalsKnown));
        f.push_back(row.reviewSigned ? "1" : "0");
        f.push_back(countOrEmpty(row.satisfactionScholar, row.satisfactionScholar > 0));
        f.push_back(row.satisfactionMentors > 0 ? decimal(row.satisfactionMentors) : "");
        f.push_back(countOrEmpty(row.discussionScholar, row.discussionScholar > 0));
        f.push_back(row.discussionMentors > 0 ? decimal(row.discussionMentors) : "");
        const bool compared = !row.alignment.empty();
        int topics = 0;
        int apart = 0;
        int major = 0;
        for (const DomainAlignment& d : row.alignment) {
            topics += d.topics;
            apart += d.minorGaps + d.majorGaps;
            major += d.majorGaps;
        }
        f.push_back(countOrEmpty(topics, compared));
        f.push_back(countOrEmpty(apart, compared));
        f.push_back(countOrEmpty(major, compared));
        for (const auto& entry : enumEntries<Domain>()) {
            const auto d = std::find_if(row.alignment.begin(), row.alignment.end(),
                                        [&](const auto& a) { return a.domain == entry.value; });
            const bool known = d != row.alignment.end();
            f.push_back(countOrEmpty(known ? d->topics : 0, known));
            f.push_back(countOrEmpty(known ? d->minorGaps + d->majorGaps : 0, known));
        }
        line(f);
    }
    return out;
}

} // namespace mc
