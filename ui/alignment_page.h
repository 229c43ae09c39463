#pragma once
// The Alignment page (issue 4): where the submitted worksheets agree and
// where they differ, so the meeting starts where it matters.
//
// With fewer than two submitted worksheets it only says who has submitted
// and who has not. Otherwise: a heat map over domains x people (each
// domain's summary first), the topics sorted by the largest gap, and for
// the chosen topic each side's words side by side (read-only plain text)
// with an editor for the agreed clause. "Add to compact" stores the clause
// as negotiated and agreed, linked to the answers (undoable); it then
// shows on the Expectations page. "Export alignment…" writes the summary
// as CSV or JSON with core's writers.

#include "core/alignment.h"
#include "ui/compact_page.h"
#include "ui/worksheet_page.h"

#include <QString>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QHBoxLayout;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace mc::ui {

class GapListModel;
class HeatMapModel;

class AlignmentPage : public CompactPage {
    Q_OBJECT
public:
    explicit AlignmentPage(QWidget* parent = nullptr);

    void showCompact(const Compact& compact, const Date& today, bool readOnly) override;
    QString pageTitle() const override;

    void setDialogs(PageDialogs dialogs) { dialogs_ = std::move(dialogs); }

    // True when at least two worksheets are submitted and compared.
    bool isComparing() const { return report_.has_value(); }
    const std::optional<AlignmentReport>& report() const { return report_; }

    // Chooses the topic in the gap list (and shows its answers).
    void selectTopic(const std::string& topicKey);
    std::string selectedTopic() const;
    // Adds the written clause to the compact's expectations.
    void addAgreedClause();
    void exportAlignment();

    QLabel* explanationLabel() const { return explanation_; }
    QLabel* summaryLabel() const { return summary_; }
    QTableView* heatMap() const { return heatMap_; }
    QTableView* gapList() const { return gapList_; }
    HeatMapModel* heatMapModel() const { return heatModel_; }
    GapListModel* gapListModel() const { return gapModel_; }
    QLabel* topicLabel() const { return topic_; }
    // The read-only views of each side's words, in the order of the people.
    const std::vector<QPlainTextEdit*>& wordViews() const { return wordViews_; }
    QPlainTextEdit* clauseEdit() const { return clauseText_; }
    QComboBox* directionCombo() const { return direction_; }
    QLabel* clauseProblemLabel() const { return clauseProblem_; }
    QPushButton* addClauseButton() const { return addButton_; }
    QPushButton* exportButton() const { return exportButton_; }

private:
    void showTopic();
    void clearWords();
    void updateClauseProblems();
    std::optional<Expectation> writtenClause() const;
    QString explainWaiting() const;

    Compact compact_;
    bool readOnly_ = false;
    std::optional<AlignmentReport> report_;
    PageDialogs dialogs_;
    HeatMapModel* heatModel_ = nullptr;
    GapListModel* gapModel_ = nullptr;
    QLabel* explanation_ = nullptr;
    QWidget* content_ = nullptr;
    QLabel* summary_ = nullptr;
    QTableView* heatMap_ = nullptr;
    QTableView* gapList_ = nullptr;
    QLabel* topic_ = nullptr;
    QHBoxLayout* wordsRow_ = nullptr;
    std::vector<QWidget*> wordColumns_;
    std::vector<QPlainTextEdit*> wordViews_;
    QPlainTextEdit* clauseText_ = nullptr;
    QComboBox* direction_ = nullptr;
    QLabel* clauseProblem_ = nullptr;
    QPushButton* addButton_ = nullptr;
    QPushButton* exportButton_ = nullptr;
};

} // namespace mc::ui
