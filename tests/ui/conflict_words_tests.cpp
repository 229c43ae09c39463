// A merge conflict's "what" in the user's language (issue 9): rebuilt from
// the conflict's kind and field, in English and in Spanish, the kind and
// the field in words and the label as written.

#include "core/merge.h"
#include "core/workspace.h"
#include "support/sample_compact.h"
#include "support/temp_dir.h"
#include "ui/conflict_words.h"
#include "ui/language.h"

#include <QLocale>
#include <catch2/catch.hpp>

using mc::ui::conflictWhat;

namespace {

struct Shape {
    const char* kind;
    const char* field;
    const char* what; // as core/merge_json.cpp writes it
    const char* english;
    const char* spanish;
};

// One of each shape core writes.
const Shape kShapes[] = {
    {"milestone", "due", "milestone \"Submit the K99\": due",
     "milestone \"Submit the K99\": due date", "hito «Submit the K99»: fecha límite"},
    {"person", "email", "person \"Dr. Lena Ortiz\": email", "person \"Dr. Lena Ortiz\": email",
     "persona «Dr. Lena Ortiz»: correo electrónico"},
    {"goal", "(added)", "goal \"Two papers\" (signed: start an amendment to change it)",
     "goal \"Two papers\" (signed: start an amendment to change it)",
     "meta «Two papers» (firmado: inicie una enmienda para cambiarlo)"},
    {"expectation", "text",
     "expectation \"We meet: weekly\": text (signed: start an amendment to change it)",
     "expectation \"We meet: weekly\": text (signed: start an amendment to change it)",
     "expectativa «We meet: weekly»: texto (firmado: inicie una enmienda para cambiarlo)"},
    {"meeting", "notes", "meeting \"2026-10-01\": notes", "meeting \"2026-10-01\": notes",
     "reunión «2026-10-01»: notas"},
    {"compact", "title", "compact: title", "the compact: title", "el compromiso: título"},
    {"meeting plan", "cadence", "meeting plan: cadence", "the meeting plan: cadence",
     "el plan de reuniones: frecuencia"},
    {"version", "fingerprint", "version 2: signed text", "version 2: signed text",
     "versión 2: texto firmado"},
    {"version", "state", "version 3: signed in the other file, but the text here differs",
     "version 3: signed in the other file, but the text here differs",
     "versión 3: firmada en el otro archivo, pero el texto de aquí es distinto"},
    {"review", "fingerprint", "review of year 1: signed text",
     "review of award year 1: signed text", "revisión del año de beca 1: texto firmado"},
    {"review", "summary", "review of year 2: summary", "review of award year 2: summary",
     "revisión del año de beca 2: resumen"},
    {"worksheet", "submitted", "worksheet of 3f2a9c1d", "worksheet of 3f2a9c1d",
     "hoja de trabajo de 3f2a9c1d"},
};

} // namespace

TEST_CASE("A conflict's description reads in English words, the label as written",
          "[translation]") {
    for (const Shape& shape : kShapes)
        CHECK(conflictWhat(shape.kind, shape.field, shape.what).toStdString() == shape.english);
    // A phrase of another shape (a newer program's) is shown as it is.
    CHECK(conflictWhat("milestone", "due", "something else: due") ==
          QStringLiteral("something else: due"));
    CHECK(conflictWhat("alignment", "level", "alignment \"x\": level") ==
          QStringLiteral("alignment \"x\": level"));

    // And so do the conflicts of a real merge.
    mc::test::TempDir dir;
    const std::string pair = dir.file("pair.compact");
    const std::string program = dir.file("program.compact");
    mc::Workspace pairWs = mc::Workspace::create(pair, "Pair");
    const mc::Compact compact = pairWs.addCompact(mc::test::sampleCompact());
    mc::Workspace programWs = mc::Workspace::create(program, "Program");
    mc::mergeFile(programWs, pair, {});
    for (auto [ws, due] : {std::pair{&pairWs, mc::Date(2029, 1, 15)},
                           std::pair{&programWs, mc::Date(2028, 12, 1)}}) {
        mc::Milestone m = ws->loadCompact(compact.id).milestones.front();
        m.due = due;
        m.title = "Submit the R01 & the K99";
        ws->saveMilestone(compact.id, m);
    }
    const mc::MergeReport report = mc::mergeFile(programWs, pair, {});
    REQUIRE_FALSE(report.conflicts.empty());
    for (const mc::MergeConflict& c : report.conflicts) {
        INFO(c.what);
        CHECK(c.entityKind == "milestone");
        const QString words = conflictWhat(c.entityKind, c.field, c.what);
        CHECK(words.startsWith(QStringLiteral("milestone \"Submit the R01 & the K99\": ")));
        CHECK(words.endsWith(c.field == "due" ? QStringLiteral(": due date")
                                              : QStringLiteral(": title")));
    }
}

TEST_CASE("A conflict's description reads in Spanish with the label as written", "[translation]") {
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    for (const Shape& shape : kShapes)
        CHECK(conflictWhat(shape.kind, shape.field, shape.what).toStdString() == shape.spanish);
}
