// core's messages that reach the desktop from files and printing, in
// Spanish (issue 9): why a workspace opened read-only (and the refusal that
// quotes it), a print layout that does not parse as the batch export shows
// it, and a template id the Save as template dialog refuses.

#include "core/demo.h"
#include "core/workspace.h"
#include "core_text_refusal.h"
#include "support/temp_dir.h"
#include "ui/core_text.h"
#include "ui/language.h"
#include "ui/print/batch_export.h"
#include "ui/print/printable.h"
#include "ui/save_template_dialog.h"

#include <QLineEdit>
#include <QLocale>
#include <catch2/catch.hpp>

using mc::ui::coreText;

TEST_CASE("Why a workspace is read-only comes out in Spanish, alone and inside a refusal",
          "[translation]") {
    mc::test::TempDir dir;
    const std::string path = dir.file("program.compact");
    mc::Compact compact;
    {
        mc::Workspace workspace = mc::Workspace::create(path, "Program");
        compact = workspace.addCompact(mc::makeDemoCompact(mc::todayLocal()));
    }
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    mc::Workspace reader = mc::Workspace::open(path, mc::OpenMode::ReadOnly);
    CHECK(coreText(reader.openReport().readOnlyReason) ==
          QStringLiteral("se abrió solo para lectura"));
    QString refusal;
    try {
        compact.title = "Changed";
        reader.saveCompactHeader(compact);
    } catch (const std::exception& error) {
        refusal = coreText(error);
    }
    CHECK(refusal == QStringLiteral("%1 está abierto en solo lectura (se abrió solo para "
                                    "lectura): el cambio no se guardó.")
                         .arg(QString::fromStdString(path)));
}

TEST_CASE("A batch export names a broken print layout in Spanish", "[translation][print]") {
    mc::test::TempDir dir;
    mc::test::TempDir layouts;
    mc::test::writeFile(layouts.file("compact.html"), "<p>{{#unclosed}}</p>");
    mc::test::writeFile(layouts.file("compact.css"), "p { }");
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    mc::print::BatchRequest request;
    request.compacts.push_back(mc::print::printableAsIs(mc::makeDemoCompact(mc::todayLocal())));
    request.outPath = QString::fromStdString(dir.path().string());
    request.options.layoutFolder = QString::fromStdString(layouts.path().string());
    request.describeError = [](const std::exception& error) {
        return coreText(error);
    };
    const mc::print::BatchResult result = mc::print::exportBatch(request);
    CHECK(result.error.startsWith(
        QStringLiteral("el diseño de impresión compact.html no se puede interpretar: ")));
    CHECK(result.written.isEmpty());
}

TEST_CASE("Save as template refuses a bad id in Spanish with the id in place", "[translation]") {
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    mc::ui::SaveTemplateDialog dialog({QStringLiteral("kl2-standard"), QStringLiteral("KL2"), {}});
    dialog.idEdit()->setText(QStringLiteral("KL2 Standard"));
    CHECK(dialog.idMessage().contains(
        QStringLiteral("El id «KL2 Standard» solo puede contener letras minúsculas, cifras y "
                       "guiones, como en kl2-standard")));
}

TEST_CASE("Creating a workspace is refused in Spanish with the folder in place", "[translation]") {
    mc::test::TempDir dir;
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    const auto refusal = [](const std::string& path, const std::string& name) {
        return mc::test::refusal([&] { mc::Workspace::create(path, name); });
    };
    CHECK(refusal(dir.file("a.compact"), "  ") ==
          QStringLiteral("El nombre del espacio de trabajo está vacío: dele un nombre."));
    const std::string missing = (dir.path() / "missing").string();
    CHECK(refusal(missing + "/a.compact", "Program") ==
          QStringLiteral("La carpeta %1 no existe.").arg(QString::fromStdString(missing)));
}
