// core's messages in Spanish (issue 9): a ValidationError and an mc::Error
// from real core calls come out translated with the user's values in place,
// a value holding "%1" is not filled twice, and every template core marks
// with MC_TR has a finished Spanish translation that keeps its places.

#include "core/demo.h"
#include "core/error.h"
#include "core/validation.h"
#include "core/workspace.h"
#include "core_text_refusal.h"
#include "support/temp_dir.h"
#include "ui/core_text.h"
#include "ui/language.h"

#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>
#include <fstream>
#include <string>

namespace {

using mc::ui::coreText;

const mc::Date kToday(2026, 11, 23);

struct DemoStore {
    mc::test::TempDir dir;
    mc::Workspace workspace = mc::Workspace::create(dir.file("demo.compact"), "Demo");
    mc::Compact compact = workspace.addCompact(mc::makeDemoCompact(kToday));
};

mc::Person personNamed(const std::string& name, const std::string& email) {
    mc::Person person;
    person.role = mc::Role::CoMentor;
    person.name = name;
    person.email = email;
    return person;
}

// Every template in core's sources marked MC_TR("core", "..."), pieces of
// a split literal joined, escapes read.
QSet<QString> coreTemplates() {
    static const QRegularExpression marked(
        QStringLiteral(R"re(MC_TR\(\s*"core",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\))re"));
    static const QRegularExpression piece(QStringLiteral(R"re("((?:[^"\\]|\\.)*)")re"));
    QSet<QString> found;
    // ui/print throws core's Error too (layouts, printable versions).
    for (const char* folder : {MC_SOURCE_DIR "/core", MC_SOURCE_DIR "/ui/print"}) {
        QDirIterator files(QString::fromUtf8(folder),
                           QStringList{QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (auto match = marked.globalMatch(source); match.hasNext();) {
                QString joined;
                for (auto part = piece.globalMatch(match.next().captured(1)); part.hasNext();)
                    joined += part.next().captured(1);
                joined.replace(QStringLiteral("\\\""), QStringLiteral("\""));
                joined.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
                found << joined;
            }
        }
    }
    return found;
}

// The "core" context of the Spanish .ts: source -> translation, empty when
// unfinished.
QMap<QString, QString> spanishCoreMessages() {
    QFile ts(QStringLiteral(MC_SOURCE_DIR "/translations/mentoring-compact_es.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(ts.readAll());
    QMap<QString, QString> messages;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        // Plural messages hold <numerusform> children: read them whole.
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText(QXmlStreamReader::IncludeChildElements);
        else if (xml.name() == QLatin1String("translation") && context == QLatin1String("core")) {
            const bool unfinished = xml.attributes().value(QLatin1String("type")).size() > 0;
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages.insert(source, unfinished ? QString() : translation);
        }
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placesIn(const QString& text) {
    static const QRegularExpression place(QStringLiteral("%\\d+"));
    QSet<QString> places;
    for (auto match = place.globalMatch(text); match.hasNext();)
        places << match.next().captured();
    return places;
}

} // namespace

TEST_CASE("core's refusals come out in Spanish with the user's values", "[translation]") {
    DemoStore store;
    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));

    SECTION("a person without a name") {
        const QString message = mc::test::refusal(
            [&] { store.workspace.savePerson(store.compact.id, personNamed("  ", "")); });
        CHECK(message.contains(QStringLiteral(
            "el campo «nombre» está vacío: escriba el nombre completo de la persona")));
        CHECK_FALSE(message.contains(QStringLiteral("is empty")));
    }
    SECTION("a milestone with a done date it cannot have") {
        mc::Milestone milestone = store.compact.milestones.at(0);
        milestone.status = mc::MilestoneStatus::Planned;
        milestone.done = mc::Date(2026, 3, 4);
        const QString message =
            mc::test::refusal([&] { store.workspace.saveMilestone(store.compact.id, milestone); });
        // The date as given, the status in Spanish (lower case mid-sentence).
        CHECK(message.contains(QStringLiteral("la fecha de cumplimiento 2026-03-04 está "
                                              "indicada, pero el estado del hito es «previsto»")));
    }
    SECTION("a file that is not a workspace") {
        const std::string path = store.dir.file("notes.compact");
        std::ofstream(path) << "These are my notes, not a workspace.\n";
        const QString message = mc::test::refusal([&] { mc::Workspace::open(path); });
        CHECK(message == QString::fromStdString(path) +
                             QStringLiteral(" no es un espacio de trabajo de Mentoring Compact."));
    }
}

TEST_CASE("Without a translator core's messages read as core wrote them", "[translation]") {
    DemoStore store;
    try {
        store.workspace.savePerson(store.compact.id, personNamed("", ""));
        FAIL("an empty name was accepted");
    } catch (const mc::ValidationError& error) {
        CHECK(coreText(error) == QString::fromUtf8(error.what()));
        REQUIRE_FALSE(error.problems().empty());
        CHECK_FALSE(error.problems().front().text.empty());
    }
}

TEST_CASE("A value holding %1 is filled in once", "[translation]") {
    const std::string email = "ana%1%2@nowhere";
    const std::vector<mc::Problem> problems = mc::validatePerson(personNamed("Ana", email));
    REQUIRE(problems.size() == 1);
    // English: the address as typed, then the reason.
    CHECK(problems.front().message ==
          "e-mail \"ana%1%2@nowhere\" does not look like an address (the part after the @ needs "
          "a dot inside it, as in example.org): write it as name@example.org");

    mc::ui::Translations translations;
    REQUIRE(translations.install(QLocale(QStringLiteral("es_ES"))));
    CHECK(coreText(problems.front()) ==
          QStringLiteral("el correo electrónico \"ana%1%2@nowhere\" no parece una dirección (la "
                         "parte posterior a la @ necesita un punto en su interior, como en "
                         "example.org): escríbalo como nombre@example.org"));
    CHECK(mc::ui::fillPlaces(QStringLiteral("%2 and %1, %3"),
                             QStringList{QStringLiteral("%2"), QStringLiteral("b")}) ==
          QStringLiteral("b and %2, %3"));
}

TEST_CASE("Every message core marks has a finished Spanish translation", "[translation]") {
    const QSet<QString> templates = coreTemplates();
    const QMap<QString, QString> spanish = spanishCoreMessages();
    // A broken pattern would find nothing and pass.
    CHECK(templates.size() > 60);
    for (const QString& source : templates) {
        INFO(source.toStdString());
        REQUIRE(spanish.contains(source));
        const QString translation = spanish.value(source);
        CHECK_FALSE(translation.isEmpty());
        CHECK(placesIn(translation) == placesIn(source));
    }
}
