#include "ui/start_page.h"

#include "ui/app_resources.h"
#include "ui/icons.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mc::ui {

StartPage::StartPage(QWidget* parent) : QWidget(parent) {
    ensureResources();

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mentoring-compact.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);

    auto* heading = new QLabel(tr("Mentoring Compact"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 2.0);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignHCenter);

    auto* blurb = new QLabel(tr("Write down what scholars and mentors expect of each other, "
                                "agree on goals and milestones, and follow them through the "
                                "award years."),
                             this);
    blurb->setWordWrap(true);
    blurb->setAlignment(Qt::AlignHCenter);
    blurb->setMinimumWidth(320);
    blurb->setMaximumWidth(520);
    auto* blurbRow = new QHBoxLayout;
    blurbRow->addStretch(1);
    blurbRow->addWidget(blurb, 4);
    blurbRow->addStretch(1);

    // Alt+N, Alt+O, Alt+D: letters no menu title of the window takes.
    newButton_ = new QPushButton(appIcon("new-workspace"), tr("&New workspace…"), this);
    openButton_ = new QPushButton(appIcon("open"), tr("&Open…"), this);
    demoButton_ = new QPushButton(appIcon("demo"), tr("Open &demo"), this);
    newButton_->setToolTip(tr("Create an empty workspace file for one compact or a whole cohort"));
    openButton_->setToolTip(tr("Open an existing .compact workspace file"));
    demoButton_->setToolTip(
        tr("Try the program on a sample KL2 compact, kept in a temporary folder"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* button : {newButton_, openButton_, demoButton_}) {
        button->setMinimumWidth(140);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    openButton_->setDefault(true);

    auto* column = new QVBoxLayout(this);
    column->addStretch(2);
    column->addWidget(icon);
    column->addWidget(heading);
    column->addLayout(blurbRow);
    column->addSpacing(24);
    column->addLayout(buttons);
    column->addStretch(3);

    connect(newButton_, &QPushButton::clicked, this, &StartPage::newWorkspaceRequested);
    connect(openButton_, &QPushButton::clicked, this, &StartPage::openWorkspaceRequested);
    connect(demoButton_, &QPushButton::clicked, this, &StartPage::openDemoRequested);
}

} // namespace mc::ui
