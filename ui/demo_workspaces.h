#pragma once
// Demo workspaces live in a temporary folder of their own that is removed
// when the program ends: trying the demo never touches the user's files.

#include "core/dates.h"

#include <QString>
#include <memory>

class QTemporaryDir;

namespace mc::ui {

class DemoWorkspaces {
public:
    DemoWorkspaces();
    ~DemoWorkspaces();
    DemoWorkspaces(const DemoWorkspaces&) = delete;
    DemoWorkspaces& operator=(const DemoWorkspaces&) = delete;

    // Creates a new demo workspace file (a new one on each call) and returns
    // its path. Throws mc::Error when no temporary folder can be made.
    QString create(const Date& today);

private:
    std::unique_ptr<QTemporaryDir> folder_;
    int created_ = 0;
};

} // namespace mc::ui
