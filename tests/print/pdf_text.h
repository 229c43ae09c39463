#pragma once
// A PDF's text read back with pdftotext, and its pages as pictures with
// pdftoppm (poppler-utils, found by CMake as MC_PDFTOTEXT and MC_PDFTOPPM),
// for the print tests.

#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <catch2/catch.hpp>
#include <string>

namespace mc::test {

// False, with a warning, when CMake did not find `tool` at `path`: the
// checks that need it are then skipped.
inline bool haveTool(const std::string& path, const char* tool, const char* checks) {
    if (path.empty() || path.ends_with("NOTFOUND")) {
        WARN(tool << " (poppler-utils) is not installed: " << checks
                  << " checks skipped; run tools/install-debian-deps.sh");
        return false;
    }
    return true;
}

inline bool havePdfToText() {
    return haveTool(MC_PDFTOTEXT, "pdftotext", "PDF text");
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

inline bool havePdfToPpm() {
    return haveTool(MC_PDFTOPPM, "pdftoppm", "PDF picture");
}

// Page `page` (1-based) of the PDF as poppler draws it at `dpi`, in gray.
inline QImage pdfPage(const std::string& pdf, int page, int dpi) {
    QProcess process;
    process.start(QString::fromUtf8(MC_PDFTOPPM),
                  {"-gray", "-r", QString::number(dpi), "-f", QString::number(page), "-l",
                   QString::number(page), QString::fromStdString(pdf)});
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    QImage picture;
    REQUIRE(picture.loadFromData(process.readAllStandardOutput(), "PGM"));
    return picture;
}

} // namespace mc::test
