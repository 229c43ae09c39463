// core's signing refusals in Spanish (issue 9): real refusals of sign() and
// of an edit to a signed compact come out translated with the user's values
// (dates, the typed name, the person's name) in place and the role in the
// desktop's own words.

#include "core/dates.h"
#include "core/demo.h"
#include "core/error.h"
#include "core/workspace.h"
#include "core_text_refusal.h"
#include "support/temp_dir.h"
#include "ui/core_text.h"
#include "ui/language.h"

#include <QLocale>
#include <catch2/catch.hpp>
#include <string>

namespace {

using mc::ui::coreText;

struct SigningStore {
    mc::test::TempDir dir;
    mc::Workspace workspace = mc::Workspace::create(dir.file("signing.compact"), "Signing");
    mc::Compact compact = workspace.addCompact(mc::makeDemoCompact(mc::todayLocal()));
};

QString iso(const mc::Date& date) {
    return QString::fromStdString(mc::formatIsoDate(date));
}

} // namespace

TEST_CASE("core's signing refusals come out in Spanish with the values in place", "[translation]") {
    SigningStore store;
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    const mc::Person& scholar = store.compact.people.at(0);
    REQUIRE(scholar.role == mc::Role::Scholar);
    const mc::Date today = mc::todayLocal();

    SECTION("a signing date in the future") {
        const mc::Date tomorrow = today + boost::gregorian::days(1);
        const QString message = mc::test::refusal([&] {
            store.workspace.sign(store.compact.id, scholar.id, scholar.name, tomorrow, {}, today);
        });
        CHECK(message == QStringLiteral("La fecha de firma %1 está en el futuro: hoy es %2.")
                             .arg(iso(tomorrow), iso(today)));
    }
    SECTION("a typed name that is not the person's") {
        const QString message = mc::test::refusal(
            [&] { store.workspace.sign(store.compact.id, scholar.id, "Amara", today, {}, today); });
        // The role as the desktop names it, the names as they were typed.
        CHECK(message == QStringLiteral("El nombre escrito «Amara» no es el de quien tiene el rol "
                                        "«Becario/a» en este compromiso, «%1»: escriba el nombre "
                                        "tal como figura en el compromiso (no importan las "
                                        "mayúsculas ni los espacios).")
                             .arg(QString::fromStdString(scholar.name)));
    }
    SECTION("an edit of a signed compact") {
        for (const mc::Signer& signer : store.workspace.signers(store.compact.id))
            if (signer.required)
                store.workspace.sign(store.compact.id, signer.personId, signer.name, today, {},
                                     today);
        REQUIRE(store.workspace.currentVersion(store.compact.id).second);
        mc::Person renamed = scholar;
        renamed.name = "Dr. Amara Okafor-Reyes";
        const QString message =
            mc::test::refusal([&] { store.workspace.savePerson(store.compact.id, renamed); });
        CHECK(message == QStringLiteral("este compromiso está firmado (versión 1); inicie una "
                                        "enmienda para cambiarlo"));
    }
}

TEST_CASE("A validation error with no problems reads in Spanish", "[translation]") {
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    const mc::ValidationError error({});
    CHECK(coreText(error.text()) == QStringLiteral("datos no válidos"));
}
