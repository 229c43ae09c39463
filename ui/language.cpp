#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace mc::ui {

namespace {

const QString kProgramFile = QStringLiteral("mentoring-compact");
const QString kProgramFolder = QStringLiteral(":/i18n");

QLocale inLanguage(QLocale::Language language, const QLocale& system) {
    if (system.language() == language)
        return system;
    // es_MX for a Spanish speaker in Mexico; Qt gives the language's main
    // country when the pair is not a known locale (English in Spain: en_US).
    const QLocale paired(language, system.territory());
    return paired.language() == language ? paired : QLocale(language);
}

} // namespace

QString languageChoiceKey(LanguageChoice choice) {
    switch (choice) {
    case LanguageChoice::System:
        return QStringLiteral("system");
    case LanguageChoice::English:
        return QStringLiteral("en");
    case LanguageChoice::Spanish:
        return QStringLiteral("es");
    }
    return QStringLiteral("system");
}

LanguageChoice languageChoiceFromKey(const QString& key) {
    if (key == QLatin1String("en"))
        return LanguageChoice::English;
    if (key == QLatin1String("es"))
        return LanguageChoice::Spanish;
    return LanguageChoice::System;
}

QLocale effectiveLocale(LanguageChoice choice, const QLocale& system) {
    switch (choice) {
    case LanguageChoice::System:
        return system;
    case LanguageChoice::English:
        return inLanguage(QLocale::English, system);
    case LanguageChoice::Spanish:
        return inLanguage(QLocale::Spanish, system);
    }
    return system;
}

Translations::~Translations() {
    removeAll();
}

void Translations::removeAll() {
    if (programInstalled_)
        QCoreApplication::removeTranslator(&program_);
    if (qtInstalled_)
        QCoreApplication::removeTranslator(&qt_);
    programInstalled_ = false;
    qtInstalled_ = false;
}

bool Translations::hasProgramTranslation(const QLocale& locale) {
    QTranslator probe;
    return probe.load(locale, kProgramFile, QStringLiteral("_"), kProgramFolder);
}

bool Translations::install(const QLocale& locale) {
    removeAll();
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;
    // load(locale, ...) tries es_MX, then es: one Spanish serves every country.
    if (program_.load(locale, kProgramFile, QStringLiteral("_"), kProgramFolder))
        programInstalled_ = QCoreApplication::installTranslator(&program_);
    // Qt's own words (standard buttons, file dialogs), where Debian ships
    // them (qt6-translations-l10n); without them those stay English.
    if (qt_.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qtInstalled_ = QCoreApplication::installTranslator(&qt_);
    return programInstalled_;
}

QLocale applyLanguage(LanguageChoice choice, Translations& translations, const QLocale& system) {
    QLocale locale = effectiveLocale(choice, system);
    // A language we have no words for (system German): English words, and
    // the system's dates and numbers, which people there expect.
    if (!translations.install(locale))
        translations.install(QLocale(QLocale::English));
    QLocale::setDefault(locale);
    return locale;
}

} // namespace mc::ui
