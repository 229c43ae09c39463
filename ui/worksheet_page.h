#pragma once
// The Worksheet page (issue 4): before the compact is written, each side
// says on their own who is responsible for each topic, how much it matters
// and what they expect in their own words.
//
// "Whose worksheet?" picks the person at the keyboard (on a shared
// computer each picks themselves). Only that person's worksheet is shown;
// of the others the page says only whether they started or submitted,
// never their draft answers (blind entry). Answers are edited in place and
// stored at once through the session, each undoable. "Submit worksheet…"
// asks first and is final: a submitted worksheet is locked and the others
// see it. A submitted worksheet is exported to a .json file for the other
// side, who imports it.
//
// Keyboard: F2 or typing edits the current cell, Insert adds an own topic;
// every button has a mnemonic.

#include "core/model.h"
#include "core/worksheet.h"
#include "ui/compact_page.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace mc {
struct CompactTemplate;
}

namespace mc::ui {

class WorksheetModel;

// The modal parts the worksheet and alignment pages need: file dialogs and
// a yes/no question. Tests replace them with functions that answer at once.
struct PageDialogs {
    // Where to save a file, starting at `suggested`; empty when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& suggested,
                          const QString& filter)>
        chooseSavePath;
    // Which file to open; empty when cancelled.
    std::function<QString(QWidget* parent, const QString& title, const QString& filter)>
        chooseOpenPath;
    // A yes/no question before a final step; `yes` names the yes button.
    std::function<bool(QWidget* parent, const QString& question, const QString& yes)> confirm;
    // Tells the user something worked ("Exported to …").
    std::function<void(QWidget* parent, const QString& message)> inform;
};
// Real dialogs: QFileDialog and QMessageBox.
PageDialogs interactivePageDialogs();

class WorksheetPage : public CompactPage {
    Q_OBJECT
public:
    // Asks for the domain and title of an own topic; nothing when cancelled.
    using OwnTopicAsker = std::function<std::optional<std::pair<Domain, QString>>(QWidget* parent)>;

    explicit WorksheetPage(QWidget* parent = nullptr);
    // The default OwnTopicAsker: a small dialog with the domain and title.
    static std::optional<std::pair<Domain, QString>> askOwnTopicModally(QWidget* parent);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    void setDialogs(PageDialogs dialogs) { dialogs_ = std::move(dialogs); }
    void setOwnTopicAsker(OwnTopicAsker asker) { askOwnTopic_ = std::move(asker); }

    // The person whose worksheet is shown (the viewer); empty for none.
    std::string viewerId() const;
    void setViewer(const std::string& personId);

    void startWorksheet();
    void addOwnTopic();
    void submitWorksheet();
    void exportWorksheet();
    void importWorksheet();

    QComboBox* personCombo() const { return personCombo_; }
    QTreeView* tree() const { return tree_; }
    WorksheetModel* model() const { return model_; }
    QLabel* statusLabel() const { return status_; }
    QLabel* othersLabel() const { return others_; }
    QLabel* promptLabel() const { return prompt_; }
    QPushButton* startButton() const { return startButton_; }
    QPushButton* addTopicButton() const { return addTopicButton_; }
    QPushButton* submitButton() const { return submitButton_; }
    QPushButton* exportButton() const { return exportButton_; }
    QPushButton* importButton() const { return importButton_; }

private:
    void fillPeople();
    void showViewer();
    void updatePrompt();
    void updateButtons();
    QString personName(const std::string& personId) const;
    bool saveAnswer(const WorksheetAnswer& answer);
    // The compact's template, loaded once per template id (for the topics'
    // wording); nullptr when it has none or it does not load.
    const CompactTemplate* compactTemplate();

    Compact compact_;
    Date today_;
    bool readOnly_ = false;
    std::optional<Worksheet> own_; // the viewer's worksheet, when started
    std::shared_ptr<const CompactTemplate> template_;
    std::string templateId_;
    PageDialogs dialogs_;
    OwnTopicAsker askOwnTopic_;
    WorksheetModel* model_ = nullptr;
    QComboBox* personCombo_ = nullptr;
    QLabel* blindNote_ = nullptr;
    QLabel* status_ = nullptr;
    QLabel* others_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* chooseHint_ = nullptr;
    QWidget* startPanel_ = nullptr;
    QTreeView* tree_ = nullptr;
    QLabel* prompt_ = nullptr;
    QPushButton* startButton_ = nullptr;
    QPushButton* addTopicButton_ = nullptr;
    QPushButton* submitButton_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QPushButton* importButton_ = nullptr;
};

} // namespace mc::ui
