// Closing and reopening a compact (issue 7): the closing phase, when the
// formal relationship ends. Closing records the day, the reason and a note
// and archives the compact; it changes nothing that was agreed, so it is
// allowed on a signed (locked) compact, and reopening gives the status back
// from what the versions say.

#include "core/error.h"
#include "core/ids.h"
#include "core/validation.h"
#include "core/workspace_impl.h"

namespace mc {

namespace {

// The status a reopened compact goes back to: signed when its latest
// version is locked, amended while an amendment is open, else where the
// writing stands.
CompactStatus statusWhenOpen(const Workspace& workspace, const std::string& compactId) {
    const auto [version, locked] = workspace.currentVersion(compactId);
    if (locked)
        return CompactStatus::Signed;
    if (version > 1)
        return CompactStatus::Amended;
    return workspace.submittedWorksheets(compactId).empty() ? CompactStatus::Draft
                                                            : CompactStatus::InNegotiation;
}

} // namespace

Compact Workspace::closeCompact(const std::string& compactId, const Closing& closing,
                                const Date& today) {
    impl_->requireWritable();
    Compact compact = impl_->loadContext(compactId);
    if (compact.closing)
        throw Error(text(MC_TR("core", "\"%1\" was already closed on %2: reopen it first to close "
                                       "it again"),
                         compact.title, formatIsoDate(compact.closing->on)));
    compact.status = CompactStatus::Closed;
    compact.closing = closing;
    std::vector<Problem> problems = validateCompactHeader(compact);
    if (!closing.on.is_special() && closing.on > today)
        problems.push_back(Problem(Severity::Error, "closing.on",
                                   text(MC_TR("core", "closing date %1 is in the future: close a "
                                                      "compact on the day it ended"),
                                        formatIsoDate(closing.on))));
    refuseErrors(problems);
    compact.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    impl_->writeCompactRow(compact);
    transaction.commit();
    return compact;
}

Compact Workspace::reopenCompact(const std::string& compactId) {
    impl_->requireWritable();
    Compact compact = impl_->loadContext(compactId);
    if (compact.status != CompactStatus::Closed)
        throw Error(
            text(MC_TR("core", "\"%1\" is not closed: there is nothing to reopen"), compact.title));
    compact.status = statusWhenOpen(*this, compactId);
    compact.closing.reset();
    compact.updated = utcTimestampNow();
    sqlite::Transaction transaction(impl_->db);
    impl_->writeCompactRow(compact);
    transaction.commit();
    return compact;
}

} // namespace mc
