// Yearly review refusals from core in Spanish (issue 9): real calls to the
// store, each message translated whole with the compact, names, years and
// dates in place, and a list of reasons joined as the English joins it.

#include "core/signing.h"
#include "core/workspace.h"
#include "core_text_refusal.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/core_text.h"
#include "ui/language.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

using boost::gregorian::date;
using mc::ui::coreText;

// The sample compact (award years from 2026-09-01, three of them), its
// first year's review held on 2026-12-01, "today" 2026-12-05.
struct ReviewStore {
    mc::test::TempDir dir;
    mc::Workspace workspace = mc::Workspace::create(dir.file("reviews.compact"), "Reviews");
    mc::Compact compact = workspace.addCompact(mc::test::sampleCompact());
    mc::Date heldOn = date(2026, 12, 1);
    mc::Date today = date(2026, 12, 5);
};

} // namespace

TEST_CASE("Yearly review refusals come out in Spanish with their values", "[translation]") {
    ReviewStore store;
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));

    SECTION("an award year the compact does not have") {
        const QString message = mc::test::refusal(
            [&] { store.workspace.startReview(store.compact.id, 4, store.heldOn, store.today); });
        CHECK(message == QString::fromStdString(mc::compactLabel(store.compact)) +
                             QStringLiteral(" tiene los años de beca 1 a 3, no 4."));
    }
    SECTION("signing before anyone has submitted a reflection") {
        const mc::Review review =
            store.workspace.startReview(store.compact.id, 1, store.heldOn, store.today);
        const mc::Person& scholar = store.compact.people.at(0);
        const QString message = mc::test::refusal([&] {
            store.workspace.signReview(review.id, scholar.id, scholar.name, store.today, {},
                                       store.today);
        });
        // Each reason translated, in the compact's order of people.
        CHECK(message == QStringLiteral("la revisión del año de beca 1 aún no se puede firmar: "
                                        "Dr. Lena Ortiz aún no ha enviado su reflexión; "
                                        "Prof. Sam Reyes aún no ha enviado su reflexión; "
                                        "Dr. Kim Baker aún no ha enviado su reflexión."));
    }
    SECTION("a review held after today") {
        const QString message = mc::test::refusal([&] {
            store.workspace.startReview(store.compact.id, 1, date(2026, 12, 9), store.today);
        });
        CHECK(message.contains(QStringLiteral("la fecha de celebración 2026-12-09 es posterior a "
                                              "hoy (2026-12-05): registre una revisión una vez "
                                              "que haya tenido lugar")));
        CHECK_FALSE(message.contains(QStringLiteral("is after today")));
    }
}
