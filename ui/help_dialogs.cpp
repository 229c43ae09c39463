#include "ui/help_dialogs.h"

#include "ui/app_resources.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mc::ui {

AboutDialog::AboutDialog(const QString& version, QWidget* parent)
    : QDialog(parent), version_(version) {
    ensureResources();
    setWindowTitle(tr("About Mentoring Compact"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mentoring-compact.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignHCenter);

    auto* name = new QLabel(tr("Mentoring Compact"), this);
    QFont nameFont = name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    name->setFont(nameFont);
    name->setAlignment(Qt::AlignHCenter);

    auto* versionLabel = new QLabel(this);
    versionLabel->setObjectName(QStringLiteral("aboutVersion"));
    versionLabel->setTextFormat(Qt::PlainText);
    versionLabel->setText(tr("Version %1").arg(version_));
    versionLabel->setAlignment(Qt::AlignHCenter);

    auto* blurb = new QLabel(tr("Scholars and mentors write down what they expect of each "
                                "other, agree on goals and milestones, and review them every "
                                "year."),
                             this);
    blurb->setWordWrap(true);
    blurb->setAlignment(Qt::AlignHCenter);

    auto* licence = new QLabel(tr("Licensed under the Apache License, version 2.0. "
                                  "This program comes with no warranty."),
                               this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setWordWrap(true);
    licence->setAlignment(Qt::AlignHCenter);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addWidget(icon);
    column->addWidget(name);
    column->addWidget(versionLabel);
    column->addSpacing(8);
    column->addWidget(blurb);
    column->addWidget(licence);
    column->addWidget(buttons);
    setMinimumWidth(380);
}

CompactGuideDialog::CompactGuideDialog(QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("How a compact works"));
    browser_ = new QTextBrowser(this);
    browser_->setAccessibleName(tr("How a compact works"));
    browser_->setOpenLinks(false);
    // The guide has no links to visit with Tab: Tab goes on to Close.
    browser_->setTabChangesFocus(true);
    browser_->setHtml(guideHtml());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* column = new QVBoxLayout(this);
    column->addWidget(browser_, 1);
    column->addWidget(buttons);
    resize(640, 620);
}

QString CompactGuideDialog::guideHtml() {
    // Built from fixed, translated text only: no user data is ever placed here.
    QString html;
    const auto heading = [&html](const QString& text) {
        html += QStringLiteral("<h2>") + text.toHtmlEscaped() + QStringLiteral("</h2>");
    };
    const auto paragraph = [&html](const QString& text) {
        html += QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    };
    const auto list = [&html](const QStringList& items) {
        html += QStringLiteral("<ul>");
        for (const QString& item : items)
            html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ul>");
    };
    const auto steps = [&html](const QStringList& items) {
        html += QStringLiteral("<ol>");
        for (const QString& item : items)
            html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
        html += QStringLiteral("</ol>");
    };

    html += QStringLiteral("<h1>") + tr("How a compact works").toHtmlEscaped() +
            QStringLiteral("</h1>");
    paragraph(tr("A mentoring compact is a written agreement between a scholar and their "
                 "mentors. Its purpose is simple: what each side quietly assumes becomes "
                 "something both have said out loud and agreed to."));

    heading(tr("Who takes part"));
    list({tr("The scholar: the junior investigator the compact is written for. The scholar "
             "owns the career goals, reports progress and signs."),
          tr("The primary mentor: the senior investigator who guides the work, says what they "
             "provide and what they expect, and signs."),
          tr("Co-mentors, secondary and career mentors: the rest of the mentoring team. Each "
             "has responsibilities of their own, so everyone knows who does what."),
          tr("The department chair, when needed: acknowledges the plan, above all the "
             "scholar's protected research time."),
          tr("The program director: sets the program's expectations, keeps the signed "
             "compacts and runs the yearly reviews.")});

    heading(tr("Goals, milestones and expectations"));
    paragraph(tr("These three words mean different things here."));
    list({tr("A goal is a result someone is working toward, such as becoming an independent "
             "investigator. Scholars and mentors both have goals."),
          tr("A milestone is an important event on the way, with a due date and a person "
             "responsible: submitting a first large grant, publishing a paper. A missed "
             "milestone stays in the record as something to learn from."),
          tr("An expectation is what one side counts on from the other, or what both owe "
             "each other. Each has a direction: what the scholar expects of the mentor, what "
             "the mentor expects of the scholar, or both.")});

    heading(tr("The six domains"));
    paragraph(tr("Expectations are grouped in six domains. Each domain offers topics as "
                 "prompts, so that the pair talks about what they might otherwise leave "
                 "unsaid."));
    list({tr("Research: knowledge of the field, methods, productivity, the way to "
             "independence, responsible conduct."),
          tr("Education: courses, seminars and workshops that fill gaps in training."),
          tr("Professional development and career advancement: writing, speaking, managing "
             "projects, promotion criteria, networking, other career paths."),
          tr("Support: protected time, space and resources, access to experts and "
             "committees, advocacy."),
          tr("Communication: how often to meet, what to prepare, progress reports, feedback "
             "in both directions, ground rules."),
          tr("Personal conduct and relations: ethics, respect for diversity, handling "
             "conflict, giving credit for shared work.")});

    heading(tr("How a compact is made"));
    steps({tr("Prepare: choose the people and the program, and open a compact for them."),
           tr("Write separately: the scholar and the mentor each write down what they "
              "expect of the other and what they think is expected of them. Doing this "
              "apart lets the scholar speak freely."),
           tr("Compare: put the two views side by side and see where they agree, where they "
              "differ and what only one side raised."),
           tr("Agree: talk it through and write the agreed expectations, goals and "
              "milestones. A template is only a starting point."),
           tr("Sign: the scholar, the mentors and, where needed, the chair sign the "
              "compact."),
           tr("Review every year: look at the milestones reached, missed or moved, revise "
              "the goals for the coming year, and keep, drop or change expectations. Changes "
              "become an amendment that is signed again.")});
    return html;
}

} // namespace mc::ui
