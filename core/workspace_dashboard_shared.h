#pragma once
// Internals shared by workspace_dashboard.cpp and
// workspace_dashboard_measures.cpp: the set-based reads both need (the
// compacts matching a filter with their people, and the alignment of every
// compact with two or more submitted worksheets). Not part of core's API.

#include "core/dashboard.h"
#include "core/workspace_impl.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace mc::dashboard_detail {

// Every query of the desk reads the same snapshot of the file: one read
// transaction around them all, so another program's commit in between
// cannot make the counts of one row disagree.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Workspace::Impl& impl);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Workspace::Impl& impl_;
};

// The filter as SQL over the compacts table aliased `c`, with its values
// bound as ?1 (program), ?2 (cohort) and ?3 (include closed).
extern const char* const kFilterSql;
void bindFilter(sqlite::StatementUse& row, const CohortFilter& filter);

// A compact's header and people (id, role, name, position only), in the
// order of listCompacts (created, id).
struct CompactBasics {
    Compact compact; // no expectations, goals, milestones or plan; closing: its day only
    std::string scholar;
    std::vector<std::string> mentors;
};
struct Basics {
    std::vector<CompactBasics> compacts;
    std::map<std::string, std::size_t, std::less<>> index; // by compact id

    CompactBasics* find(const std::string& compactId);
};
Basics loadBasics(Workspace::Impl& impl, const CohortFilter& filter);

using AlignmentByCompact = std::map<std::string, std::vector<DomainAlignment>, std::less<>>;
using CompactIds = std::set<std::string, std::less<>>;

// computeAlignment's domains for each compact of `basics` (of those in
// `only`, when given) with at least two submitted worksheets: one query of
// every submitted answer, grouped here by compact and worksheet.
AlignmentByCompact deriveAlignmentByCompact(Workspace::Impl& impl, const CohortFilter& filter,
                                            Basics& basics, const CompactIds* only = nullptr);
// The same, read from alignment_summaries where kept (schema 9) and derived
// for the compacts whose counts a change has forgotten
// (workspace_dashboard_cache.cpp).
AlignmentByCompact alignmentByCompact(Workspace::Impl& impl, const CohortFilter& filter,
                                      Basics& basics);

} // namespace mc::dashboard_detail
