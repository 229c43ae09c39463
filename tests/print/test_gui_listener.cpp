// One QGuiApplication for the whole run, created by a Catch2 listener:
// listeners do not run while CTest lists the tests at build time. Printing
// needs fonts, not widgets.
#define CATCH_CONFIG_EXTERNAL_INTERFACES
#include <QGuiApplication>
#include <catch2/catch.hpp>
#include <memory>

namespace {

int appArgc = 1;
char appName[] = "print_tests";
char* appArgv[] = {appName, nullptr};

class GuiApplicationListener : public Catch::TestEventListenerBase {
public:
    using TestEventListenerBase::TestEventListenerBase;

    void testRunStarting(const Catch::TestRunInfo& info) override {
        TestEventListenerBase::testRunStarting(info);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app_ = std::make_unique<QGuiApplication>(appArgc, appArgv);
    }

    void testRunEnded(const Catch::TestRunStats& stats) override {
        app_.reset();
        TestEventListenerBase::testRunEnded(stats);
    }

private:
    std::unique_ptr<QGuiApplication> app_;
};

} // namespace

CATCH_REGISTER_LISTENER(GuiApplicationListener)
