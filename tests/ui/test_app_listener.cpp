// One QApplication for the whole test run, created by a Catch2 listener:
// listeners do not run while CTest lists the tests at build time.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <QApplication>
#include <QLocale>
#include <QStandardPaths>
#include <catch2/catch.hpp>
#include <memory>

namespace {

int appArgc = 1;
char appName[] = "ui_tests";
char* appArgv[] = {appName, nullptr};

class QtApplicationListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override {
        TestEventListenerBase::testRunStarting(info);
        // Settings and standard folders go to a test location, never the user's.
        QStandardPaths::setTestModeEnabled(true);
        app_ = std::make_unique<QApplication>(appArgc, appArgv);
        // The tests read English words, dates and numbers ("1 Oct 2026", "4.5")
        // whatever LANG says; no translator is installed unless a test does it
        // (tests/ui/translation_tests.cpp, which removes it again).
        QLocale::setDefault(QLocale::c());
    }

    void testRunEnded(const Catch::TestRunStats& stats) override {
        app_.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QApplication> app_;
};

} // namespace

CATCH_REGISTER_LISTENER(QtApplicationListener)
