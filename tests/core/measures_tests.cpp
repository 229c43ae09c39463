// The measures of issue 7 on the hand-checked cohort of support/dashboard_cohort.h:
// one row per compact and award year, the cohort's figures, and the CSV
// (header, empty for unknown, quoting). Every number below is worked out by
// hand from the cohort's description at the top of that header.

#include "core/dashboard.h"
#include "support/dashboard_cohort.h"

#include <catch2/catch.hpp>

using namespace mc;
using boost::gregorian::date;

namespace {

KindCounts counts(int due, int achieved, int missed) {
    return {due, achieved, missed};
}

const MeasureRow& rowOf(const std::vector<MeasureRow>& rows, const std::string& compactId,
                        int year) {
    for (const MeasureRow& row : rows)
        if (row.compactId == compactId && row.awardYear == year)
            return row;
    FAIL("no row for award year " << year);
    throw std::logic_error("unreachable");
}

const DomainAlignment& domainOf(const MeasureRow& row, Domain domain) {
    for (const DomainAlignment& d : row.alignment)
        if (d.domain == domain)
            return d;
    FAIL("no domain " << toKey(domain));
    throw std::logic_error("unreachable");
}

std::vector<std::string> splitLines(const std::string& csv) {
    std::vector<std::string> lines;
    std::size_t from = 0;
    for (std::size_t at; (at = csv.find("\r\n", from)) != std::string::npos; from = at + 2)
        lines.push_back(csv.substr(from, at - from));
    return lines;
}

} // namespace

TEST_CASE("Measure rows: one per compact and award year started, milestones by due year",
          "[measures]") {
    test::Cohort cohort;
    const auto rows = cohort.ws.measureRows(cohort.today);
    // A: years 1 and 2; B: 1 and 2; C: 1; D (2025-09-01 start): 1, 2 and 3.
    REQUIRE(rows.size() == 8);
    CHECK(rows[0].compactId == cohort.a.id);
    CHECK(rows[4].compactId == cohort.c.id);
    CHECK(rows[7].compactId == cohort.d.id);

    const MeasureRow& a1 = rowOf(rows, cohort.a.id, 1);
    CHECK(a1.yearFrom == date(2026, 9, 1));
    CHECK(a1.yearTo == date(2027, 8, 31));
    CHECK(a1.scholar == "Dr. Lena Ortiz");
    // Two papers due (the dropped review article is not counted): one
    // achieved, one missed; the K99 submitted, its award missed; the talk
    // counts as other.
    CHECK(a1.kind(MeasureKind::Publication) == counts(2, 1, 1));
    CHECK(a1.kind(MeasureKind::GrantSubmission) == counts(1, 1, 0));
    CHECK(a1.kind(MeasureKind::GrantAward) == counts(1, 0, 1));
    CHECK(a1.kind(MeasureKind::Promotion) == counts(0, 0, 0));
    CHECK(a1.kind(MeasureKind::Other) == counts(1, 1, 0));
    // The signed review lists the two goals not dropped, one achieved.
    CHECK(a1.reviewSigned);
    CHECK(a1.goalsTotal == 2);
    CHECK(a1.goalsAchieved == 1);
    CHECK(a1.satisfactionScholar == 4);
    CHECK(a1.satisfactionMentors == Approx(4.5));
    CHECK(a1.discussionScholar == 5);
    CHECK(a1.discussionMentors == Approx(3.5));
    REQUIRE(a1.alignment.size() == 6);
    CHECK(domainOf(a1, Domain::Research).topics == 2);
    CHECK(domainOf(a1, Domain::Research).aligned == 1);
    CHECK(domainOf(a1, Domain::Research).majorGaps == 1);
    CHECK(domainOf(a1, Domain::Communication).topics == 1);
    CHECK(domainOf(a1, Domain::Communication).minorGaps == 1);
    CHECK(domainOf(a1, Domain::Support).topics == 0);

    // Year 2: the promotion due in December, not yet reached; no review,
    // so the goals as they are now and no satisfaction; the same alignment.
    const MeasureRow& a2 = rowOf(rows, cohort.a.id, 2);
    CHECK(a2.kind(MeasureKind::Promotion) == counts(1, 0, 0));
    CHECK(a2.kind(MeasureKind::Publication) == counts(0, 0, 0));
    CHECK_FALSE(a2.reviewSigned);
    CHECK(a2.goalsTotal == 2);
    CHECK(a2.goalsAchieved == 1);
    CHECK(a2.satisfactionScholar == 0);
    CHECK(a2.satisfactionMentors == 0);
    CHECK(a2.alignment == a1.alignment);

    // B: year 1 without a signed review: goals unknown; year 2 has the
    // paper due on 2027-10-01, overdue but neither achieved nor missed.
    const MeasureRow& b1 = rowOf(rows, cohort.b.id, 1);
    CHECK(b1.kind(MeasureKind::Publication) == counts(1, 1, 0));
    CHECK(b1.kind(MeasureKind::GrantAward) == counts(1, 1, 0));
    CHECK(b1.goalsTotal == -1);
    CHECK(b1.alignment.empty());
    const MeasureRow& b2 = rowOf(rows, cohort.b.id, 2);
    CHECK(b2.kind(MeasureKind::Publication) == counts(1, 0, 0));
    CHECK(b2.goalsTotal == 1);
    CHECK(b2.goalsAchieved == 0);

    // C started 2027-09-01: year 1 only; its R01 (2028-10-05) is in year 2.
    const MeasureRow& c1 = rowOf(rows, cohort.c.id, 1);
    CHECK(c1.program == "T32");
    CHECK(c1.kind(MeasureKind::Promotion) == counts(1, 1, 0));
    CHECK(c1.kind(MeasureKind::GrantSubmission) == counts(0, 0, 0));
}

TEST_CASE("Measure rows follow the filter: program, cohort and closed compacts", "[measures]") {
    test::Cohort cohort;
    const auto kl2Open = cohort.ws.measureRows(cohort.today, {"KL2", "", false});
    REQUIRE(kl2Open.size() == 4); // A and B, two years each; D is closed
    for (const MeasureRow& row : kl2Open)
        CHECK((row.compactId == cohort.a.id || row.compactId == cohort.b.id));
    const auto cohort2027 = cohort.ws.measureRows(cohort.today, {"", "2027", true});
    REQUIRE(cohort2027.size() == 1);
    CHECK(cohort2027[0].compactId == cohort.c.id);
    CHECK(cohort.ws.measureRows(cohort.today, {"KL2", "2025", true}).size() == 3);
    CHECK(cohort.ws.measureRows(cohort.today, {"KL2", "2025", false}).empty());
    // Nothing has started before the first start date.
    CHECK(cohort.ws.measureRows(date(2025, 8, 31)).empty());
}

TEST_CASE("Cohort figures add the rows up: by kind, by year, goals, satisfaction, domains",
          "[measures]") {
    test::Cohort cohort;
    const CohortFigures f = cohortFigures(cohort.ws.measureRows(cohort.today));
    CHECK(f.compacts == 4);
    // Papers: A 2 (1 achieved, 1 missed), B 1 + 1 (1 achieved), D 1 achieved.
    CHECK(f.milestones[0] == counts(5, 3, 1));
    CHECK(f.milestones[1] == counts(1, 1, 0)); // grant submissions: A's K99
    CHECK(f.milestones[2] == counts(2, 1, 1)); // grant awards: A missed, B achieved
    CHECK(f.milestones[3] == counts(2, 1, 0)); // promotions: A planned, C achieved
    CHECK(f.milestones[4] == counts(1, 1, 0)); // other: A's talk
    // Goals from each compact's latest year: A 2 (1), B 1, C 1, D 1.
    CHECK(f.goalsTotal == 5);
    CHECK(f.goalsAchieved == 1);

    REQUIRE(f.years.size() == 3);
    const YearFigures& y1 = f.years[0];
    CHECK(y1.awardYear == 1);
    CHECK(y1.compacts == 4);
    CHECK(y1.milestones[0] == counts(4, 3, 1)); // A 2, B 1, D 1
    CHECK(y1.goalsTotal == 3);                  // A's review 2, C now 1; B and D unknown
    CHECK(y1.goalsAchieved == 1);
    CHECK(y1.satisfactionScholar.count == 1);
    CHECK(y1.satisfactionScholar.value == Approx(4));
    CHECK(y1.satisfactionMentors.value == Approx(4.5));
    CHECK(y1.discussionMentors.value == Approx(3.5));
    CHECK(f.years[1].compacts == 3); // A, B, D
    CHECK(f.years[1].satisfactionScholar.count == 0);
    CHECK(f.years[2].compacts == 1); // D

    REQUIRE(f.domains.size() == 6);
    CHECK(f.domains[0].domain == Domain::Research);
    CHECK(f.domains[0].compacts == 1);
    CHECK(f.domains[0].topics == 2); // counted once, not once per year of A
    CHECK(f.domains[0].majorGaps == 1);
    CHECK(f.domains[4].domain == Domain::Communication);
    CHECK(f.domains[4].minorGaps == 1);
    CHECK(f.domains[1].compacts == 0);
}

TEST_CASE("Measures CSV: documented header, empty for unknown, one line per row", "[measures]") {
    test::Cohort cohort;
    const auto rows = cohort.ws.measureRows(cohort.today);
    const std::string csv = measuresCsv(rows);
    const auto lines = splitLines(csv);
    REQUIRE(lines.size() == rows.size() + 1);
    CHECK(csv.size() >= 2);
    CHECK(csv.substr(csv.size() - 2) == "\r\n");
    CHECK(lines[0].rfind("compact_id,title,scholar,program,cohort,status,award_year,year_from,"
                         "year_to,publication_due,publication_achieved,publication_missed,",
                         0) == 0);
    const auto columns = measuresCsvColumns();
    CHECK(columns.size() == 46);
    for (const std::string& name : columns) {
        CHECK(name.size() <= 26);
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos);
    }
    // A's year 1: every figure known.
    CHECK(lines[1] == cohort.a.id +
                          ",Mentoring compact: Dr. Lena Ortiz,Dr. Lena Ortiz,KL2,2026,signed,1,"
                          "2026-09-01,2027-08-31,2,1,1,1,1,0,1,0,1,0,0,0,1,1,0,2,1,1,4,4.5,5,3.5,"
                          "3,2,1,2,1,0,0,0,0,0,0,1,1,0,0");
    // B's year 1: goals, satisfaction and alignment unknown, so empty.
    CHECK(lines[3] == cohort.b.id +
                          ",Mentoring compact: Dr. Ann Lee,Dr. Ann Lee,KL2,2026,in_negotiation,1,"
                          "2026-09-01,2027-08-31,1,1,0,0,0,0,1,1,0,0,0,0,0,0,0,,,0" +
                          std::string(19, ','));
    CHECK(measuresCsv(rows, true)
              .rfind("\xEF\xBB\xBF"
                     "compact_id,",
                     0) == 0);
}

TEST_CASE("Measures CSV quotes a comma, a quote and a line break as RFC 4180 says", "[measures]") {
    MeasureRow row;
    row.compactId = "c1";
    row.title = "Ortiz, \"Lena\"\nsecond line";
    row.scholar = "Zoë Ångström";
    row.status = CompactStatus::Signed;
    row.yearFrom = date(2026, 9, 1);
    row.yearTo = date(2027, 8, 31);
    row.satisfactionMentors = 13.0 / 3.0;
    const std::string csv = measuresCsv({row});
    const std::string body = csv.substr(csv.find("\r\n") + 2);
    CHECK(body.rfind("c1,\"Ortiz, \"\"Lena\"\"\nsecond line\",Zoë Ångström,,,signed,1,2026-09-01,"
                     "2027-08-31,",
                     0) == 0);
    CHECK(body.find(",,4.33,,,") != std::string::npos); // two decimals, a point
}
