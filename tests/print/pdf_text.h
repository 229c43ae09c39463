#pragma once
// A PDF's text read back with pdftotext (poppler-utils, found by CMake as
// MC_PDFTOTEXT), for the print tests.

#include <QProcess>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <string>

namespace mc::test {

// False, with a warning, when pdftotext is not installed: the PDF text
// checks are then skipped.
inline bool havePdfToText() {
    const std::string path = MC_PDFTOTEXT;
    if (path.empty() || path.ends_with("NOTFOUND")) {
        WARN("pdftotext (poppler-utils) is not installed: PDF text checks skipped; "
             "run tools/install-debian-deps.sh");
        return false;
    }
    return true;
}

// The PDF's text, or one page's (1-based), with every run of white space
// made one space, so text wrapped in a table cell still reads as one phrase.
inline std::string pdfText(const std::string& pdf, int page = 0) {
    QStringList arguments;
    if (page > 0)
        arguments << "-f" << QString::number(page) << "-l" << QString::number(page);
    arguments << QString::fromStdString(pdf) << "-";
    QProcess process;
    process.start(QString::fromUtf8(MC_PDFTOTEXT), arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified().toStdString();
}

} // namespace mc::test
