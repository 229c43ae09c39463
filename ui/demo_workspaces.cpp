#include "ui/demo_workspaces.h"

#include "core/demo.h"
#include "core/error.h"
#include "ui/qt_helpers.h"

#include <QDir>
#include <QTemporaryDir>

namespace mc::ui {

DemoWorkspaces::DemoWorkspaces() = default;
DemoWorkspaces::~DemoWorkspaces() = default;

QString DemoWorkspaces::create(const Date& today) {
    if (!folder_) {
        auto folder = std::make_unique<QTemporaryDir>(
            QDir::tempPath() + QStringLiteral("/mentoring-compact-demo-XXXXXX"));
        if (!folder->isValid())
            throw Error("Cannot create a temporary folder for the demo workspace: " +
                        toStdString(folder->errorString()));
        folder_ = std::move(folder);
    }
    ++created_;
    const QString name = created_ == 1 ? QStringLiteral("demo.compact")
                                       : QStringLiteral("demo-%1.compact").arg(created_);
    const QString path = folder_->filePath(name);
    createDemoWorkspace(toStdString(path), today);
    return path;
}

} // namespace mc::ui
