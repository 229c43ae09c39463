#include "ui/signing_page.h"

#include "core/compact_diff.h"
#include "ui/core_text.h"
#include "ui/date_fields.h"
#include "ui/qt_helpers.h"
#include "ui/sign_dialog.h"
#include "ui/theme_colors.h"
#include "ui/workspace_session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <exception>
#include <tuple>

namespace mc::ui {

namespace {

QString shortFingerprint(const std::string& fingerprint) {
    return toQString(fingerprint).left(8);
}

QListWidgetItem* redlineItem(const Change& change) {
    const QString text = coreText(changeText(change));
    auto* item = new QListWidgetItem;
    QFont font = item->font();
    switch (change.kind) {
    case ChangeKind::Added:
        item->setText(QStringLiteral("+ ") + text);
        item->setForeground(goodColor(QGuiApplication::palette()));
        break;
    case ChangeKind::Removed:
        item->setText(QString(QChar(0x2212)) + QStringLiteral(" ") + text);
        item->setForeground(errorColor(QGuiApplication::palette()));
        font.setStrikeOut(true);
        break;
    case ChangeKind::Changed:
        item->setText(QStringLiteral("~ ") + text);
        break;
    }
    item->setFont(font);
    return item;
}

// Where a signer stands, in the user's words and date format (core's
// SignerStatus::message is the command line's English).
QString standing(const SignerStatus& status) {
    const QString on = status.signature ? formatDate(status.signature->signedOn) : QString();
    switch (status.state) {
    case SignatureState::Valid:
        return SigningPage::tr("signed on %1").arg(on);
    case SignatureState::SignedEarlierText:
        return SigningPage::tr("signed an earlier text (on %1); must sign again").arg(on);
    case SignatureState::NotSigned:
        break;
    }
    return status.signer.required ? SigningPage::tr("not signed yet")
                                  : SigningPage::tr("may sign; not required");
}

} // namespace

SigningPage::SigningPage(QWidget* parent) : CompactPage(parent) {
    runDialog_ = [](SignDialog& dialog) {
        return dialog.exec() == QDialog::Accepted;
    };
    confirm_ = [](QWidget* owner, const QString& question) {
        return QMessageBox::question(owner, tr("Signatures"), question) == QMessageBox::Yes;
    };

    locked_ = makePlainLabel({}, this);
    locked_->setObjectName(QStringLiteral("signingLocked"));
    locked_->setWordWrap(true);
    version_ = makePlainLabel({}, this);
    version_->setObjectName(QStringLiteral("signingVersion"));
    version_->setWhatsThis(
        tr("The fingerprint is a short code worked out from the whole text of the version. Change "
           "one word and the code changes, so a printout can be checked against the file."));

    auto* signers = new QGroupBox(tr("Who signs"), this);
    signersLayout_ = new QVBoxLayout(signers);
    signersBox_ = signers;

    signAs_ = new QComboBox(this);
    signAs_->setObjectName(QStringLiteral("signAs"));
    signAs_->setAccessibleName(tr("Sign as"));
    auto* signAsLabel = new QLabel(tr("Sign &as:"), this);
    signAsLabel->setBuddy(signAs_);
    sign_ = new QPushButton(tr("&Sign..."), this);
    sign_->setObjectName(QStringLiteral("signButton"));
    amend_ = new QPushButton(tr("Start a&mendment..."), this);
    amend_->setObjectName(QStringLiteral("amendButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(signAsLabel);
    actions->addWidget(signAs_, 1);
    actions->addWidget(sign_);
    actions->addStretch();
    actions->addWidget(amend_);

    redline_ = new QListWidget(this);
    redline_->setObjectName(QStringLiteral("redline"));
    redline_->setAccessibleName(tr("Changes against the last signed version"));
    redline_->setWordWrap(true);
    history_ = new QListWidget(this);
    history_->setObjectName(QStringLiteral("versionHistory"));
    history_->setAccessibleName(tr("Version history"));
    auto* redlineLabel = new QLabel(tr("&Changes against the last signed version:"), this);
    redlineLabel->setBuddy(redline_);
    auto* historyLabel = new QLabel(tr("Version his&tory:"), this);
    historyLabel->setBuddy(history_);

    auto* column = new QVBoxLayout(this);
    column->addWidget(locked_);
    column->addWidget(version_);
    column->addWidget(signers);
    column->addLayout(actions);
    column->addWidget(redlineLabel);
    column->addWidget(redline_, 1);
    column->addWidget(historyLabel);
    column->addWidget(history_, 1);

    setTabOrder(signAs_, sign_);
    setTabOrder(sign_, amend_);
    setTabOrder(amend_, redline_);
    setTabOrder(redline_, history_);

    connect(sign_, &QPushButton::clicked, this,
            [this] { signAs(toStdString(signAs_->currentData().toString())); });
    connect(amend_, &QPushButton::clicked, this, &SigningPage::startAmendment);
    connect(signAs_, &QComboBox::currentIndexChanged, this, [this] {
        if (signAs_->count() > 0)
            sign_->setText(tr("&Sign as %1...").arg(signAs_->currentText()));
    });
}

QString SigningPage::pageTitle() const {
    return tr("Signatures");
}

void SigningPage::showCompact(const Compact& compact, const Date& today, bool readOnly) {
    compact_ = compact;
    today_ = today;
    readOnly_ = readOnly;
    if (!session() || compact_.id.empty())
        return;
    const Workspace& workspace = session()->workspace();
    int number = 1;
    bool locked = false;
    std::string fingerprint;
    try {
        std::tie(number, locked) = workspace.currentVersion(compact_.id);
        const auto versions = workspace.versions(compact_.id);
        if (!versions.empty())
            fingerprint = versions.back().fingerprint;
    } catch (const std::exception& error) {
        version_->setText(coreText(error));
        return;
    }
    locked_state_ = locked;
    version_->setText(tr("Version %1: %2, fingerprint %3")
                          .arg(number)
                          .arg(locked ? tr("signed") : tr("draft"))
                          .arg(shortFingerprint(fingerprint)));
    locked_->setText(locked ? tr("Signed version %1: everyone required has signed, so it is "
                                 "locked. Start an amendment to change it.")
                                  .arg(number)
                            : QString());
    locked_->setVisible(locked);
    showSigners();
    showRedline(number, locked);
    showHistory();
    const bool writable = !workspace.isReadOnly();
    sign_->setEnabled(writable && !locked && signAs_->count() > 0);
    signAs_->setEnabled(writable && !locked);
    amend_->setEnabled(writable && locked);
}

void SigningPage::showSigners() {
    for (auto& entry : boxes_)
        entry.second->parentWidget()->deleteLater();
    boxes_.clear();
    const QString chosen = signAs_->currentData().toString();
    signAs_->clear();
    std::vector<SignerStatus> statuses;
    try {
        statuses = session()->workspace().signatureStatus(compact_.id);
    } catch (const std::exception&) {
        return;
    }
    signers_.clear();
    const bool writable = !session()->workspace().isReadOnly() && !locked_state_;
    for (const SignerStatus& status : statuses) {
        const Signer& signer = status.signer;
        signers_.push_back(signer);
        auto* row = new QWidget(signersBox_);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        const bool director = !canBeRequired(signer.role);
        auto* box =
            new QCheckBox(tr("%1 (%2)").arg(toQString(signer.name), labelOf(signer.role)), row);
        // One box per person: Tab reaches them, a letter each would repeat.
        box->setObjectName(QStringLiteral("signerRequired-") + toQString(signer.personId));
        box->setAccessibleName(
            tr("%1 (%2): must sign").arg(toQString(signer.name), labelOf(signer.role)));
        box->setWhatsThis(tr("Ticked: the version locks only once this person has signed too. The "
                             "scholar and the mentors are ticked unless the program decides "
                             "otherwise; the program director only acknowledges."));
        box->setChecked(signer.required);
        box->setEnabled(writable && !director);
        layout->addWidget(box);
        QString state = standing(status);
        if (director)
            state = tr("acknowledges; ") + state;
        layout->addWidget(makePlainLabel(state, row), 1);
        signersLayout_->addWidget(row);
        boxes_.emplace_back(signer.personId, box);
        connect(box, &QCheckBox::toggled, this, [this, id = signer.personId](bool required) {
            accepted(session()->setSignerRequired(compact_.id, id, required));
        });
        signAs_->addItem(tr("%1 (%2)").arg(toQString(signer.name), labelOf(signer.role)),
                         toQString(signer.personId));
    }
    selectData(signAs_, chosen);
    sign_->setText(signAs_->count() ? tr("&Sign as %1...").arg(signAs_->currentText())
                                    : tr("&Sign..."));
}

void SigningPage::showRedline(int number, bool locked) {
    redline_->clear();
    if (locked || number < 2) {
        redline_->addItem(tr("No amendment in progress."));
        return;
    }
    try {
        const Compact signedText = session()->workspace().versionContent(compact_.id, number - 1);
        const auto changes = diffCompacts(signedText, compact_);
        for (const Change& change : changes)
            redline_->addItem(redlineItem(change));
        if (changes.empty())
            redline_->addItem(tr("No changes yet against version %1.").arg(number - 1));
    } catch (const std::exception& error) {
        redline_->addItem(coreText(error));
    }
}

void SigningPage::showHistory() {
    history_->clear();
    try {
        for (const VersionSummary& version : session()->workspace().versions(compact_.id)) {
            QString line =
                tr("Version %1 \u2014 %2 \u2014 %3")
                    .arg(version.number)
                    .arg(version.state == VersionState::Signed ? tr("signed") : tr("draft"))
                    .arg(shortFingerprint(version.fingerprint));
            if (!version.signedAt.empty())
                line += tr(", signed at %1").arg(formatTimestamp(version.signedAt));
            history_->addItem(line);
            for (const auto& entry : version.signatures)
                history_->addItem(
                    tr("    %1 (%2), %3: %4")
                        .arg(toQString(entry.name), labelOf(entry.signature.role),
                             formatDate(entry.signature.signedOn),
                             entry.valid ? tr("valid") : tr("signed an earlier text")));
        }
    } catch (const std::exception& error) {
        history_->addItem(coreText(error));
    }
}

QCheckBox* SigningPage::requiredBox(const std::string& personId) const {
    for (const auto& entry : boxes_)
        if (entry.first == personId)
            return entry.second;
    return nullptr;
}

void SigningPage::signAs(const std::string& personId) {
    if (!session() || compact_.id.empty())
        return;
    SignDialog dialog(*session(), compact_.id, signers_, today_, this);
    dialog.setPerson(personId);
    runDialog_(dialog);
}

void SigningPage::startAmendment() {
    if (!session() || compact_.id.empty())
        return;
    if (!confirm_(this, tr("Start an amendment? Version %1 stays signed as it is; a new draft "
                           "version is made for the changes, and everyone must sign it again. "
                           "This cannot be undone.")
                            .arg(session()->workspace().currentVersion(compact_.id).first)))
        return;
    accepted(session()->startAmendment(compact_.id));
}

} // namespace mc::ui
