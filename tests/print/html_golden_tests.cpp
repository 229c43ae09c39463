// Golden-file tests of the printed compact's HTML (tests/data/print/).
// With MC_UPDATE_GOLDEN=1 in the environment the files are rewritten from
// what the program makes now; review the diff before committing them.

#include "print_test_support.h"
#include "support/temp_dir.h"
#include "ui/print/compact_html.h"

#include <QString>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <string>

using namespace mc;

namespace {

std::string goldenPath(const std::string& name) {
    return std::string(MC_TEST_DATA_DIR) + "/print/" + name;
}

void checkGolden(const std::string& name, const std::string& actual) {
    const char* update = std::getenv("MC_UPDATE_GOLDEN");
    if (update && std::string(update) == "1") {
        test::writeFile(goldenPath(name), actual);
        WARN("rewrote " << goldenPath(name));
    }
    const std::string expected = test::readFile(goldenPath(name));
    CHECK(actual == expected);
}

std::string htmlOf(const Compact& compact) {
    const print::DocumentOptions options;
    return print::compactHtml(compact, print::loadLayout(options), options).toStdString();
}

// Version 2 of the demo team compact, signed by the scholar (with a drawn
// signature), both mentors and the chair; the program director, added for
// the test, acknowledges and has not signed.
print::PrintableCompact signedTeamVersion() {
    print::PrintableCompact p;
    p.compact = test::demoTeamCompact();
    Person director;
    director.id = "00000000-0000-4000-8000-000000000099";
    director.role = Role::ProgramDirector;
    director.name = "Dr. Pat Director";
    director.position = 10;
    p.compact.people.push_back(director);
    p.compact.status = CompactStatus::Signed;
    p.versionNumber = 2;
    p.isSigned = true;
    p.fingerprint = std::string(64, 'a'); // stored, whatever the text hashes to now
    for (const Person& person : p.compact.people) {
        print::SignatureLine line{
            person.name, person.role, person.role != Role::ProgramDirector, {}};
        if (line.required) {
            Signature signature;
            signature.personId = person.id;
            signature.role = person.role;
            signature.typedName = person.name;
            signature.signedOn = boost::gregorian::date(2026, 11, 3);
            signature.fingerprint = p.fingerprint;
            if (person.role == Role::Scholar)
                signature.drawing = {{{80, 620}, {240, 380}, {900, 500}}};
            line.signature = signature;
        }
        p.signatureLines.push_back(line);
    }
    return p;
}

} // namespace

TEST_CASE("The demo team compact prints as the golden HTML", "[print][golden]") {
    checkGolden("demo-team-compact.html", htmlOf(test::demoTeamCompact()));
}

TEST_CASE("A signed version of the team compact prints as the golden HTML", "[print][golden]") {
    const print::DocumentOptions options;
    const std::string html =
        print::compactHtml(signedTeamVersion(), print::loadLayout(options), options).toStdString();
    checkGolden("demo-team-signed-v2.html", html);
    CHECK(html.find("<img src=\"signature-1.png\" width=\"204\" height=\"68\"/>") !=
          std::string::npos);
    CHECK(html.find("signature-2.png") == std::string::npos); // drawn by the scholar only
    CHECK(html.find("Dr. Pat Director") != std::string::npos);
    CHECK(html.find("Program director · acknowledges</span></td><td class=\"sign\">") !=
          std::string::npos);
    CHECK(html.find(std::string(64, 'a')) != std::string::npos);
    CHECK(html.find("<td class=\"key\">Version</td><td>2</td>") != std::string::npos);
}

TEST_CASE("A small draft compact prints as the golden HTML", "[print][golden]") {
    checkGolden("sample-draft-compact.html",
                htmlOf(test::withFixedIds(test::sampleCompact("<b>Ann & \"Bo\"</b>"))));
}

TEST_CASE("User text is escaped and never becomes markup", "[print]") {
    Compact compact = test::withFixedIds(test::sampleCompact("<b>Ann & \"Bo\"</b>"));
    compact.expectations[0].text = "<script>alert('x')</script> & {{title}}";
    compact.title = "<h1>Title</h1>";
    const std::string html = htmlOf(compact);
    CHECK(html.find("&lt;b&gt;Ann &amp; &quot;Bo&quot;&lt;/b&gt;") != std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; {{title}}") !=
          std::string::npos);
    CHECK(html.find("<b>Ann") == std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("<h1>&lt;h1&gt;Title&lt;/h1&gt;</h1>") != std::string::npos);
}

TEST_CASE("Drafts carry the draft notice and signed compacts do not", "[print]") {
    Compact compact = test::withFixedIds(test::sampleCompact());
    CHECK(print::printsAsDraft(compact.status));
    CHECK(htmlOf(compact).find("DRAFT: not yet signed") != std::string::npos);
    compact.status = CompactStatus::Signed;
    CHECK_FALSE(print::printsAsDraft(compact.status));
    CHECK(print::isSignedStatus(compact.status));
    CHECK(htmlOf(compact).find("DRAFT") == std::string::npos);
}
