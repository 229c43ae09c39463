// The printed yearly review (issue 6): the HTML escapes every user field,
// shows a missed milestone with its note, keeps the reflections out while
// they are blind; the PDF reads back with the names, the year, the notes
// and the short fingerprint, as PDF/A once signed.

#include "core/fingerprint.h"
#include "core/workspace.h"
#include "pdf_text.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/print/review_document.h"
#include "ui/print/review_html.h"

#include <QProcess>
#include <catch2/catch.hpp>
#include <string>

using namespace mc;
using boost::gregorian::date;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A compact of 2026-09-01 to 2029-08-31 for a scholar whose name is HTML,
// with a paper (due 2026-11-01) and a grant (due 2027-03-01) in award year 1
// and a talk in year 2; year 1 reviewed on 2026-12-01, "today" 2026-12-05:
// the paper achieved, the grant missed with a note.
struct ReviewedYear {
    std::string scholarName;
    test::TempDir dir;
    Workspace ws = Workspace::create(dir.file("review.compact"), "Reviews");
    Compact compact = ws.addCompact(withMilestones(test::sampleCompact(scholarName)));
    Date today = date(2026, 12, 5);
    Review review = decide(ws.startReview(compact.id, 1, date(2026, 12, 1), today));

    explicit ReviewedYear(std::string name = "<b>Ann & \"Bo\"</b>")
        : scholarName(std::move(name)) {}

    static Compact withMilestones(Compact c) {
        c.expectations.at(0).state = ExpectationState::Agreed;
        Milestone paper = c.milestones.at(0);
        paper.title = "Submit the first paper";
        paper.due = date(2026, 11, 1);
        Milestone grant = paper;
        grant.title = "Submit the K99";
        grant.kind = MilestoneKind::GrantSubmission;
        grant.due = date(2027, 3, 1);
        Milestone talk = paper;
        talk.title = "Talk at the annual meeting";
        talk.kind = MilestoneKind::Presentation;
        talk.due = date(2027, 10, 1);
        c.milestones = {paper, grant, talk};
        return c;
    }
    Review decide(Review r) {
        r.milestones.at(0).outcome = MilestoneOutcome::Achieved;
        r.milestones.at(0).date = date(2026, 10, 28);
        r.milestones.at(1).outcome = MilestoneOutcome::Missed;
        r.milestones.at(1).note = "the grant was not funded; resubmit with pilot data";
        r.summary = "A good first year & a hard lesson";
        return ws.saveReview(r, today);
    }
    void reflect(std::size_t i, bool submit = true) {
        const char* words[] = {"Meetings were regular and honest, even about the grant.",
                               "Lena took the unfunded grant as a lesson, not a defeat.",
                               "Good year; I joined too few of the meetings."};
        Reflection r;
        r.personId = compact.people.at(i).id;
        r.satisfaction = 4;
        r.discussion = 5;
        r.satisfactionWords = words[i];
        r.differently = i == 0 ? "Return drafts sooner" : "Send the agenda a day ahead";
        if (i > 0)
            r.mentorBetter = "Read drafts within a week";
        ws.saveReflection(review.id, r);
        if (submit)
            ws.submitReflection(review.id, r.personId, today, today);
    }
    void signAll(const Drawing& scholarDrawing = {}) {
        for (std::size_t i = 0; i < 3; ++i)
            reflect(i);
        for (const Person& person : compact.people)
            ws.signReview(review.id, person.id, person.name, today,
                          person.role == Role::Scholar ? scholarDrawing : Drawing{}, today);
    }
    std::string html() const {
        const auto printable = print::printableReview(ws, compact.id, 1);
        return print::reviewHtml(printable, print::loadReviewLayout({})).toStdString();
    }
};

} // namespace

TEST_CASE("The review's HTML escapes names and shows a missed milestone with its note",
          "[print][reviews]") {
    ReviewedYear f;
    const std::string html = f.html();
    CHECK(contains(html, "&lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;"));
    CHECK_FALSE(contains(html, "<b>Ann"));
    CHECK(contains(html, "Yearly review: award year 1"));
    CHECK(contains(html, "Year 1, 2026-09-01 to 2027-08-31"));
    CHECK(contains(html, "Draft, not signed"));
    CHECK(contains(html, "Achieved on 2026-10-28"));
    CHECK(contains(html, "class=\"failed\">Missed</td><td class=\"text\">the grant was not "
                         "funded; resubmit with pilot data</td>"));
    CHECK(contains(html, "A good first year &amp; a hard lesson"));
    // The coming year: the talk of year 2.
    CHECK(contains(html, "<td>2027-10-01</td><td class=\"text\">Talk at the annual meeting"));
    // The history across the years.
    CHECK(contains(html, "year 1: missed (due 2027-03-01) \u2014 the grant was not funded"));
}

TEST_CASE("The review prints no reflection until everyone has submitted", "[print][reviews]") {
    ReviewedYear f;
    f.reflect(0);
    f.reflect(1);
    f.reflect(2, false); // the co-mentor's is a draft
    std::string html = f.html();
    CHECK(contains(html, "stays hidden until the scholar and every mentor"));
    CHECK_FALSE(contains(html, "Meetings were regular"));
    CHECK_FALSE(contains(html, "Return drafts sooner"));

    f.ws.submitReflection(f.review.id, f.compact.people.at(2).id, f.today, f.today);
    html = f.html();
    CHECK_FALSE(contains(html, "stays hidden"));
    for (const char* words : {"Meetings were regular and honest, even about the grant.",
                              "Lena took the unfunded grant as a lesson, not a defeat.",
                              "Good year; I joined too few of the meetings."})
        CHECK(contains(html, words));
    CHECK(contains(html, "Return drafts sooner"));
    CHECK(contains(html, "4 of 5, very good"));
    CHECK(contains(html, "5 of 5, excellent"));
    CHECK(contains(html, "Read drafts within a week"));
}

TEST_CASE("A signed review prints as PDF/A with its names, year, notes and fingerprint",
          "[print][reviews]") {
    ReviewedYear f;
    f.signAll();
    const auto printable = print::printableReview(f.ws, f.compact.id, 1);
    REQUIRE(printable.review.locked());
    const std::string path = f.dir.file("review.pdf");
    REQUIRE(print::writeReviewPdf(printable, {}, QString::fromStdString(path)).isEmpty());
    CHECK(contains(test::readFile(path), "pdfaid:part"));
    CHECK(contains(f.html(), "Signed on 2026-12-05"));
    if (!test::havePdfToText()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    const std::string text = test::pdfText(path);
    CHECK(contains(text, "<b>Ann & \"Bo\"</b>"));
    CHECK(contains(text, "Prof. Sam Reyes"));
    CHECK(contains(text, "Review of year 1"));
    CHECK(contains(text, "award year 1"));
    CHECK(contains(text, "the grant was not funded; resubmit with pilot data"));
    CHECK(contains(text, "Fingerprint " + printable.review.fingerprint.substr(0, 12)));
    CHECK(contains(text, "Lena took the unfunded grant as a lesson, not a defeat."));
    CHECK_FALSE(contains(text, "DRAFT"));
}

TEST_CASE("A draft review prints with the DRAFT mark, not as PDF/A", "[print][reviews]") {
    ReviewedYear f;
    const auto printable = print::printableReview(f.ws, f.compact.id, 1);
    CHECK(printable.fingerprint.size() == 64); // of the text as it is now
    const std::string path = f.dir.file("draft.pdf");
    REQUIRE(print::writeReviewPdf(printable, {}, QString::fromStdString(path)).isEmpty());
    CHECK_FALSE(contains(test::readFile(path), "pdfaid:part"));
    if (!test::havePdfToText())
        return;
    const std::string text = test::pdfText(path);
    CHECK(contains(text, "Review of year 1, draft"));
    CHECK(contains(text, "DRAFT: this review is not signed yet."));
    CHECK(contains(text, "Fingerprint " + printable.fingerprint.substr(0, 12)));
}

TEST_CASE("A review refuses a year without a review or outside the award", "[print][reviews]") {
    ReviewedYear f;
    CHECK_THROWS_WITH(print::printableReview(f.ws, f.compact.id, 2),
                      Catch::Contains("award year 2 has no review yet"));
    CHECK_THROWS_WITH(print::printableReview(f.ws, f.compact.id, 4),
                      Catch::Contains("years 1 to 3, not 4"));
}

// Not run by default: writes the PDF of a signed review with a missed
// milestone, a changed expectation and a drawn signature to
// $MC_REVIEW_PDF_OUT, for docs/screenshots/review-printed.png:
//   MC_REVIEW_PDF_OUT=/tmp/review.pdf print_tests "[.review-screenshot]"
TEST_CASE("The printed review for the screenshot", "[.review-screenshot]") {
    const QString out = qEnvironmentVariable("MC_REVIEW_PDF_OUT");
    REQUIRE_FALSE(out.isEmpty());
    ReviewedYear f("Dr. Lena Ortiz");
    Review review = f.review;
    review.goals.at(0).progress = "Two chapters drafted; the third waits on the cohort data.";
    review.expectations.at(0).verdict = ExpectationVerdict::Changed;
    review.expectations.at(0).newText = "We meet every week in term time, every two weeks in "
                                        "the summer.";
    review.expectations.at(0).note = "Weekly meetings were hard to keep in July and August.";
    f.review = f.ws.saveReview(review, f.today);
    f.signAll({{{80, 620}, {240, 380}, {420, 640}, {600, 360}, {900, 500}}, {{500, 800}}});
    const auto printable = print::printableReview(f.ws, f.compact.id, 1);
    REQUIRE(print::writeReviewPdf(printable, {}, out).isEmpty());
}
