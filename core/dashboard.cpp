// What is missing or late, in words (issue 7): the findings of the
// dashboard rows, one line each, for `mentoring-compact status`. No SQL.

#include "core/dashboard.h"

#include "core/review_schedule.h"

#include <algorithm>

namespace mc {

namespace {

std::string joined(const std::vector<std::string>& names) {
    std::string out;
    for (const std::string& name : names)
        out += (out.empty() ? "" : ", ") + name;
    return out;
}

std::string daysAgo(long days) {
    return days == 1 ? "1 day ago" : std::to_string(days) + " days ago";
}

} // namespace

std::vector<StatusFinding> statusFindings(const std::vector<DashboardRow>& rows,
                                          const Date& today) {
    std::vector<StatusFinding> out;
    for (const DashboardRow& row : rows) {
        if (row.status == CompactStatus::Closed)
            continue; // archived: nothing about it is late any more
        const std::string name =
            row.title + (row.scholar.empty() ? std::string() : " (" + row.scholar + ")");
        const auto finding = [&](StatusFinding::Kind kind, std::string message) {
            out.push_back({kind, row.compactId, name, std::move(message)});
        };
        if (row.status != CompactStatus::Draft && !row.missingSignatures.empty())
            finding(StatusFinding::Kind::MissingSignatures,
                    "not signed by " + joined(row.missingSignatures) + " (version " +
                        std::to_string(row.version) + ")");
        if (!row.overdueReviewYears.empty())
            for (const ReviewPeriod& period : reviewPeriods(row.start, row.end))
                if (std::find(row.overdueReviewYears.begin(), row.overdueReviewYears.end(),
                              period.year) != row.overdueReviewYears.end())
                    finding(StatusFinding::Kind::OverdueReview,
                            "review overdue: award year " + std::to_string(period.year) +
                                " was due " + formatIsoDate(period.due) + " (" +
                                daysAgo((today - period.due).days()) + "), not signed");
        if (row.milestonesOverdue > 0)
            finding(StatusFinding::Kind::OverdueMilestones,
                    std::to_string(row.milestonesOverdue) +
                        (row.milestonesOverdue == 1 ? " milestone" : " milestones") +
                        " overdue (due before " + formatIsoDate(today) +
                        ", still planned or rescheduled)");
        if (row.conflicts > 0)
            finding(StatusFinding::Kind::Conflicts,
                    std::to_string(row.conflicts) +
                        (row.conflicts == 1 ? " merge conflict" : " merge conflicts") +
                        " flagged, not settled (mentoring-compact conflicts FILE --compact " +
                        row.compactId.substr(0, 8) + ")");
        if (row.meetingsLate) {
            const long interval = row.meetingIntervalDays;
            if (row.lastMeeting && *row.lastMeeting >= row.start)
                finding(StatusFinding::Kind::MeetingsLate,
                        "no meeting since " + formatIsoDate(*row.lastMeeting) + " (" +
                            daysAgo((today - *row.lastMeeting).days()) + "; the plan is every " +
                            std::to_string(interval) + " days)");
            else
                finding(StatusFinding::Kind::MeetingsLate,
                        "no meeting logged since the start on " + formatIsoDate(row.start) + " (" +
                            daysAgo((today - row.start).days()) + "; the plan is every " +
                            std::to_string(interval) + " days)");
        }
    }
    return out;
}

} // namespace mc
