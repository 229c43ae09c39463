#pragma once
// What the window shows when no workspace is open: create one, open one,
// or try the demo.

#include <QWidget>

class QPushButton;

namespace mc::ui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

    QPushButton* newButton() const { return newButton_; }
    QPushButton* openButton() const { return openButton_; }
    QPushButton* demoButton() const { return demoButton_; }

signals:
    void newWorkspaceRequested();
    void openWorkspaceRequested();
    void openDemoRequested();

private:
    QPushButton* newButton_ = nullptr;
    QPushButton* openButton_ = nullptr;
    QPushButton* demoButton_ = nullptr;
};

} // namespace mc::ui
