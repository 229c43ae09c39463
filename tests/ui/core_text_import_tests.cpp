// core's import refusals in Spanish (issue 9): a JSON file with an
// impossible date in a named field, a value of the wrong kind, and a
// template file that is an exported compact come out translated, with the
// field's path and the file's values in place and the words nested inside
// a message ("a whole number", the date's reason) translated too.

#include "core/error.h"
#include "core/json_io.h"
#include "core/templates.h"
#include "core_text_refusal.h"
#include "support/temp_dir.h"
#include "ui/core_text.h"
#include "ui/language.h"

#include <QLocale>
#include <catch2/catch.hpp>
#include <string>

namespace {

using mc::ui::coreText;

std::string sample(const std::string& name) {
    return mc::test::readFile(std::string(MC_TEST_DATA_DIR) + "/json/" + name);
}

} // namespace

TEST_CASE("core's import refusals come out in Spanish with the file's values", "[translation]") {
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));

    SECTION("a JSON file with an impossible date in a named field") {
        const QString message = mc::test::refusal([] { mc::parseJson(sample("bad_month.json")); });
        CHECK(message == QStringLiteral("compacts[0].milestones[3].due: \"2026-13-01\" no es una "
                                        "fecha: no existe el mes 13"));
    }
    SECTION("a format version written as text") {
        std::string text = sample("valid.json");
        const std::string number = "\"formatVersion\": 1,";
        const auto at = text.find(number);
        REQUIRE(at != std::string::npos);
        text.replace(at, number.size(), "\"formatVersion\": \"1\",");
        const QString message = mc::test::refusal([&text] { mc::parseJson(text); });
        CHECK(message ==
              QStringLiteral("formatVersion: se esperaba un número entero y se encontró un texto"));
    }
    SECTION("a template file that is an exported compact") {
        const QString message =
            mc::test::refusal([] { mc::parseTemplate(sample("valid.json"), "kl2-standard.json"); });
        CHECK(message == QStringLiteral("kl2-standard.json: format: «mentoring-compact» no es una "
                                        "plantilla de Mentoring Compact: se esperaba "
                                        "«mentoring-compact-template» (es un compromiso "
                                        "exportado; impórtelo en su lugar)"));
    }
}
