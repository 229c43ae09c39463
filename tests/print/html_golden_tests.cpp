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

} // namespace

TEST_CASE("The demo team compact prints as the golden HTML", "[print][golden]") {
    checkGolden("demo-team-compact.html", htmlOf(test::demoTeamCompact()));
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
