// Batch export: one file per compact or all in one, written by worker
// threads; all or nothing on a cancel or an error.

#include "pdf_text.h"
#include "print_test_support.h"
#include "support/temp_dir.h"
#include "ui/print/batch_export.h"

#include <QProcess>
#include <QString>
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

using namespace mc;
namespace fs = std::filesystem;

namespace {

std::vector<print::PrintableCompact> someCompacts(int count) {
    std::vector<print::PrintableCompact> out;
    for (int i = 0; i < count; ++i) {
        Compact compact =
            test::withFixedIds(test::sampleCompact("Scholar Number " + std::to_string(i + 1)));
        compact.id.replace(0, 2, std::to_string(10 + i)); // distinct file names
        out.push_back(print::printableAsIs(compact));
    }
    return out;
}

std::set<std::string> filesIn(const fs::path& folder) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

} // namespace

TEST_CASE("Batch export writes one file per compact on two threads", "[print][batch]") {
    test::TempDir dir;
    print::BatchRequest request;
    request.compacts = someCompacts(4);
    request.outPath = QString::fromStdString(dir.path().string());
    request.threads = 2;
    std::vector<int> seen;
    const print::BatchResult result = print::exportBatch(request, [&](int done, int total) {
        CHECK(total == 4);
        seen.push_back(done);
        return true;
    });
    INFO(result.error.toStdString());
    REQUIRE(result.error.isEmpty());
    CHECK_FALSE(result.cancelled);
    REQUIRE(result.written.size() == 4);
    CHECK(result.written[0].endsWith("scholar-number-1-10000000.pdf"));
    CHECK(result.written[3].endsWith("scholar-number-4-13000000.pdf"));
    CHECK(filesIn(dir.path()).size() == 4); // no part files left
    for (const QString& file : result.written)
        CHECK(test::readFile(file.toStdString()).starts_with("%PDF-"));
    REQUIRE_FALSE(seen.empty());
    CHECK(seen.back() == 4);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    if (test::havePdfToText())
        CHECK_THAT(test::pdfText(result.written[2].toStdString()),
                   Catch::Contains("Scholar Number 3") && !Catch::Contains("Scholar Number 1"));
}

TEST_CASE("Batch export writes every compact into one file", "[print][batch]") {
    test::TempDir dir;
    print::BatchRequest request;
    request.compacts = someCompacts(3);
    request.outPath = QString::fromStdString(dir.file("all.pdf"));
    request.onePerCompact = false;
    int calls = 0;
    const print::BatchResult result = print::exportBatch(request, [&](int, int) {
        ++calls;
        return true;
    });
    REQUIRE(result.error.isEmpty());
    REQUIRE(result.written == QStringList{request.outPath});
    CHECK(calls >= 1);
    CHECK(filesIn(dir.path()) == std::set<std::string>{"all.pdf"});
    const std::string text = test::havePdfToText() ? test::pdfText(dir.file("all.pdf")) : "";
    if (!text.empty())
        for (const char* name : {"Scholar Number 1", "Scholar Number 2", "Scholar Number 3"})
            CHECK_THAT(text, Catch::Contains(name));
}

TEST_CASE("A batch cancelled after two compacts leaves no file behind", "[print][batch]") {
    test::TempDir dir;
    const auto compacts = someCompacts(6);
    // A file of the same name as one the batch would write, and another.
    const std::string same = dir.file(print::pdfFileNameFor(compacts[0].compact).toStdString());
    test::writeFile(same, "older");
    test::writeFile(dir.file("other.pdf"), "kept");
    const auto cancelAtTwo = [](int done, int) {
        return done < 2;
    };

    print::BatchRequest each;
    each.compacts = compacts;
    each.outPath = QString::fromStdString(dir.path().string());
    each.threads = 2;
    const print::BatchResult a = print::exportBatch(each, cancelAtTwo);
    CHECK(a.cancelled);
    CHECK(a.error.isEmpty());
    CHECK(a.written.isEmpty());
    CHECK(filesIn(dir.path()) ==
          std::set<std::string>{fs::path(same).filename().string(), "other.pdf"});
    CHECK(test::readFile(same) == "older");

    print::BatchRequest one = each;
    one.onePerCompact = false;
    one.outPath = QString::fromStdString(dir.file("other.pdf"));
    const print::BatchResult b = print::exportBatch(one, cancelAtTwo);
    CHECK(b.cancelled);
    CHECK(b.written.isEmpty());
    CHECK(test::readFile(dir.file("other.pdf")) == "kept");
    CHECK(filesIn(dir.path()).size() == 2);
}

TEST_CASE("An unwritable folder is named and nothing is written", "[print][batch]") {
    test::TempDir dir;
    const fs::path locked = dir.path() / "locked";
    fs::create_directory(locked);
    fs::permissions(locked, fs::perms::owner_read | fs::perms::owner_exec);
    // Root writes anywhere a mode allows nothing: /proc refuses even root.
    const fs::path folder = ::geteuid() == 0 ? fs::path("/proc") : locked;
    print::BatchRequest request;
    request.compacts = someCompacts(2);
    request.outPath = QString::fromStdString(folder.string());
    const print::BatchResult result = print::exportBatch(request);
    CHECK(result.written.isEmpty());
    CHECK_THAT(result.error.toStdString(),
               Catch::Contains("cannot write in the folder " + folder.string()));
    fs::permissions(locked, fs::perms::owner_all);
    CHECK(filesIn(locked).empty());

    request.outPath = QString::fromStdString((dir.path() / "missing").string());
    CHECK_THAT(
        print::exportBatch(request).error.toStdString(),
        Catch::Contains("the folder " + (dir.path() / "missing").string() + " does not exist"));
    request.onePerCompact = false;
    request.outPath = QString::fromStdString((folder / "all.pdf").string());
    const print::BatchResult one = print::exportBatch(request);
    CHECK_THAT(one.error.toStdString(), Catch::Contains(folder.string()));
    CHECK_FALSE(fs::exists(folder / "all.pdf"));
    CHECK(print::exportBatch({}).error == "there is no compact to export");
}

TEST_CASE("A batch tells a broken layout through the describer it was given", "[print][batch]") {
    test::TempDir dir;
    test::TempDir layouts;
    test::writeFile(layouts.file("compact.html"), "<p>{{#unclosed}}</p>");
    test::writeFile(layouts.file("compact.css"), "p { }");
    print::BatchRequest request;
    request.compacts = someCompacts(2);
    request.outPath = QString::fromStdString(dir.path().string());
    request.options.layoutFolder = QString::fromStdString(layouts.path().string());

    const print::BatchResult english = print::exportBatch(request);
    CHECK_THAT(english.error.toStdString(),
               Catch::StartsWith("the print layout compact.html does not parse"));

    request.describeError = [](const std::exception& error) {
        return QStringLiteral("described: %1").arg(QString::fromUtf8(error.what()));
    };
    const print::BatchResult described = print::exportBatch(request);
    CHECK_THAT(described.error.toStdString(),
               Catch::StartsWith("described: the print layout compact.html does not parse"));
    CHECK(described.written.isEmpty());
    CHECK(filesIn(dir.path()).empty());
}
