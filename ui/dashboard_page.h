#pragma once
// The program director's dashboard (issue 7; View > Dashboard, Ctrl+D): a
// page of the main window that takes its whole width while shown. Above,
// filters (program, cohort, status, only what needs attention, words in
// the scholar, a mentor or the title) and a count line; then every compact
// of the workspace as a sortable table (DashboardModel); below, the charts
// of the compacts shown (CohortCharts). Enter or a double-click on a row
// asks the window to open that compact. Export CSV and Export report PDF
// take the program and cohort chosen, as the command line's `report` does.
//
// It reads through the session's workspace and refreshes on the session's
// change signals (edits, undo, another program's changes): at once while
// shown, else when next shown.

#include "core/dashboard.h"

#include <QWidget>
#include <functional>
#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace mc::ui {

class CohortCharts;
class DashboardFilterModel;
class DashboardModel;
class WorkspaceSession;

class DashboardPage : public QWidget {
    Q_OBJECT
public:
    // Asks where to save: a dialog's title, the path suggested and the
    // file-type filter; empty when cancelled.
    using SavePathChooser = std::function<QString(QWidget* parent, const QString& title,
                                                  const QString& suggested, const QString& filter)>;

    explicit DashboardPage(QWidget* parent = nullptr);
    ~DashboardPage() override;

    // The session to read, or nullptr when the workspace closes; `today`
    // decides what is overdue.
    void setSession(WorkspaceSession* session, std::function<Date()> today);
    // Reads the workspace again now.
    void reload();
    // Replaces the file dialog of the exports (tests).
    void setSavePathChooser(SavePathChooser choose) { choosePath_ = std::move(choose); }

    // Export CSV...: measuresCsv of the program and cohort chosen.
    void exportCsv();
    // Export report PDF...: the cohort report of the program and cohort chosen.
    void exportReportPdf();

    // Reads the measures now if the last reload left them for after the
    // table's paint (tests, exports), and draws the charts.
    void loadMeasures();
    // The measure rows of the compacts shown (what the charts take); empty
    // until the measures are read.
    std::vector<MeasureRow> shownMeasures() const;

    QComboBox* programFilter() const { return program_; }
    QComboBox* cohortFilter() const { return cohort_; }
    QComboBox* statusFilter() const { return status_; }
    QCheckBox* attentionFilter() const { return attention_; }
    QLineEdit* searchField() const { return search_; }
    QLabel* countLabel() const { return count_; }
    QLabel* outcomeLabel() const { return outcome_; }
    QTableView* table() const { return table_; }
    DashboardModel* model() const { return model_; }
    DashboardFilterModel* filterModel() const { return filter_; }
    CohortCharts* charts() const { return charts_; }
    QPushButton* exportCsvButton() const { return exportCsv_; }
    QPushButton* exportPdfButton() const { return exportPdf_; }
    // "N flagged conflicts…", shown while merge conflicts wait to be settled.
    QPushButton* conflictsButton() const { return conflicts_; }

signals:
    // Enter or a double-click on the row of this compact.
    void openCompactRequested(const QString& compactId);
    // The flagged conflicts button: settle them (File > Flagged conflicts).
    void flaggedConflictsRequested();

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildFilters();
    void buildTable();
    void scheduleReload();
    void refillChoices(QComboBox* combo, const QStringList& values);
    void onShownRowsChanged();
    void updateCount();
    QString savePath(const QString& title, const QString& fileName, const QString& filter);
    // The program and cohort chosen (dashboard_page_export.cpp).
    CohortFilter exportFilter() const;

    WorkspaceSession* session_ = nullptr;
    std::function<Date()> today_;
    SavePathChooser choosePath_;
    std::vector<MeasureRow> measures_; // every compact's, from the last reload
    bool measuresPending_ = false;     // reload() left them for after the table's paint
    Date measuresToday_;
    QTimer* measuresTimer_ = nullptr;
    bool stale_ = true;
    bool reloading_ = false; // true while reload() replaces the rows
    QTimer* reloadTimer_ = nullptr;

    QComboBox* program_ = nullptr;
    QComboBox* cohort_ = nullptr;
    QComboBox* status_ = nullptr;
    QCheckBox* attention_ = nullptr;
    QLineEdit* search_ = nullptr;
    QLabel* count_ = nullptr;
    QLabel* outcome_ = nullptr;
    QPushButton* exportCsv_ = nullptr;
    QPushButton* exportPdf_ = nullptr;
    QPushButton* conflicts_ = nullptr;
    QSplitter* splitter_ = nullptr;
    QTableView* table_ = nullptr;
    DashboardModel* model_ = nullptr;
    DashboardFilterModel* filter_ = nullptr;
    CohortCharts* charts_ = nullptr;
};

} // namespace mc::ui
