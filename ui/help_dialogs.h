#pragma once
// The Help menu's two windows: the About box, and "How a compact works", a
// short guide in the program's own words. Neither blocks: the main window
// shows them with open() or show().

#include <QDialog>

class QTextBrowser;

namespace mc::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    // `version` comes from whoever builds the program (the ui library does
    // not know it).
    explicit AboutDialog(const QString& version = QStringLiteral("0.1.0"),
                         QWidget* parent = nullptr);

    const QString& version() const { return version_; }

private:
    QString version_;
};

class CompactGuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit CompactGuideDialog(QWidget* parent = nullptr);

    QTextBrowser* browser() const { return browser_; }
    // The page shown, as HTML built from translated text (no user text).
    static QString guideHtml();

private:
    QTextBrowser* browser_ = nullptr;
};

} // namespace mc::ui
