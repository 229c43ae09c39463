#pragma once
// The language the desktop program speaks (issue 9): the system's by
// default, or the one chosen in Preferences (read at start-up). English is
// the language of the sources and needs no translation; Spanish is loaded
// from translations/mentoring-compact_es.ts, compiled into :/i18n, together
// with Qt's own translations (standard buttons) when the system has them.

#include <QLocale>
#include <QString>
#include <QTranslator>

namespace mc::ui {

enum class LanguageChoice { System, English, Spanish };

// The word stored in the settings ("system", "en", "es"), and back; an
// unknown word is System.
QString languageChoiceKey(LanguageChoice choice);
LanguageChoice languageChoiceFromKey(const QString& key);

// The locale the program uses for words, dates and numbers: the system's
// when it is a language we have (or the choice is System and it is not:
// then words are English, dates still the system's); otherwise the chosen
// language, in the system's country when that makes a real locale.
QLocale effectiveLocale(LanguageChoice choice, const QLocale& system);

// The translators of one language, installed on the application while this
// object lives (the application object's owner keeps it: no singleton).
class Translations {
public:
    Translations() = default;
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    // Removes what was installed, then installs the program's and Qt's
    // translations for `locale` (none for English). True when the program's
    // own translation was found, or none is needed.
    bool install(const QLocale& locale);
    // Whether a translation of the program for `locale` is embedded.
    static bool hasProgramTranslation(const QLocale& locale);
    bool programInstalled() const { return programInstalled_; }
    bool qtInstalled() const { return qtInstalled_; }

private:
    void removeAll();

    QTranslator program_;
    QTranslator qt_;
    bool programInstalled_ = false;
    bool qtInstalled_ = false;
};

// At start-up: the locale for `choice`, made the default (so QLocale() in
// formatDate follows it), and its translations installed into `translations`.
QLocale applyLanguage(LanguageChoice choice, Translations& translations,
                      const QLocale& system = QLocale::system());

} // namespace mc::ui
