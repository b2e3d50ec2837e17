#pragma once

#include "client/hinttreeview.h"
#include "client/recordtreemodel.h"
#include "dms/command.h"
#include "model/fileplan.h"
#include "model/organisation.h"

#include <QFuture>
#include <QMainWindow>
#include <QPointer>

#include <atomic>
#include <memory>

class QAbstractItemView;
class QAction;
class QLabel;
class QPushButton;
class QProgressBar;
class QSplitter;
class QTabWidget;
class QToolButton;
class QTimer;
class QTreeView;

namespace Aktenwerk::Dms {
class Engine;
class WorkingCopyWatcher;
}

namespace Aktenwerk::Client {

class SearchPanel;

class AsyncReader;
class Breadcrumb;
class SyncController;
class DetailsPane;
class DocumentViewer;
class HistoryPane;
class IntakeEntry;
class InboxPane;
class Notifier;
class IntakeModel;
class MessageBanner;
class PlanTreeModel;
class RecordActions;
class RoutingActions;
class DisposalWindow;
class RecordTreeModel;

/**
 * The main window: file plan on the left, files → cases → documents in the middle with a
 * breadcrumb, the preview and the details of the selection on the right. The engine opens in
 * the background; every read and write runs off the GUI thread.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    struct Options
    {
        QString dataDir; ///< empty: the default data folder
        bool readOnly = false;
    };

    explicit MainWindow(const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    Dms::Engine *engine() const { return m_engine.get(); }
    bool isReady() const { return m_ready; }
    PlanTreeModel *planModel() const { return m_planModel; }
    RecordTreeModel *recordModel() const { return m_recordModel; }
    QTreeView *planView() const { return m_planView; }
    HintTreeView *recordView() const { return m_recordView; }
    DetailsPane *details() const { return m_details; }
    DocumentViewer *viewer() const { return m_viewer; }
    /** "Verlauf": versions, check-out and check-in, field changes of the selected document. */
    HistoryPane *history() const { return m_history; }
    /** Watches every working copy of this client; a changed save offers a check-in in the banner. */
    Dms::WorkingCopyWatcher *workingCopyWatcher() const { return m_copyWatcher; }
    /** "Vorschau" and "Details" of the selection, on the right. */
    QTabWidget *sideTabs() const { return m_sideTabs; }
    Breadcrumb *breadcrumb() const { return m_breadcrumb; }
    /** "5 Akten · 6 Vorgänge · 8 Dokumente" in the status bar. */
    QLabel *statusCounts() const { return m_statusCounts; }
    MessageBanner *banner() const { return m_banner; }
    QAction *newFileAction() const { return m_newFile; }
    QAction *newCaseAction() const { return m_newCase; }
    QAction *addDocumentsAction() const { return m_addDocuments; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *conflictsAction() const { return m_showConflicts; }
    QAction *rejectedAction() const { return m_showRejected; }
    SyncController *syncController() const { return m_sync; }
    QToolButton *syncStatus() const { return m_statusSync; }
    SearchPanel *searchPanel() const { return m_search; }
    /** The intake (Posteingang) in the left column, its list in the middle, "File into case…". */
    IntakeEntry *intakeEntry() const { return m_intakeEntry; }
    /** "My tasks" (routing steps and resubmissions): the entry in the left column and the pane. */
    QPushButton *inboxEntry() const { return m_inboxEntry; }
    InboxPane *inbox() const { return m_inbox; }
    QAction *showInboxAction() const { return m_showInbox; }
    Notifier *notifier() const { return m_notifier; }
    IntakeModel *intakeModel() const { return m_intakeModel; }
    HintTreeView *intakeView() const { return m_intakeView; }
    QAction *showIntakeAction() const { return m_showIntake; }
    QAction *showPlanPaneAction() const { return m_showPlanPane; }
    QAction *showSidePaneAction() const { return m_showSidePane; }
    QAction *fileIntoCaseAction() const { return m_fileIntoCase; }
    /** "Scan…": the scan dialog for the selected case, or for the intake. */
    QAction *scanAction() const { return m_scan; }
    /** Delete, recycle bin, move, volume, share, print, save a copy, e-mail, settings. */
    RecordActions *recordActions() const { return m_recordActions; }
    /** Start a route, resubmission, routing slip, absence and deputy. */
    RoutingActions *routingActions() const { return m_routingActions; }
    /** "Disposal and destruction…" (records officers): opens the DisposalWindow. */
    QAction *disposalAction() const { return m_disposal; }
    /** The open disposal window, if any. */
    DisposalWindow *disposalWindow() const;
    /** The engine, for work that runs off the GUI thread and must keep it alive. */
    std::shared_ptr<Dms::Engine> sharedEngine() const { return m_engine; }
    AsyncReader *reader() const { return m_reader; }
    /** The departments of the data folder (as read with the file plan). */
    const QList<Model::Department> &departments() const { return m_departments; }

    bool selectPlanUnit(const QString &code);
    /** Selects a file, case or document once it is loaded (expanding what leads to it). */
    void selectRecord(const QUuid &id);
    /** Selects the last of @p path (file, case, document), expanding each as it loads. */
    void selectRecordPath(const QList<QUuid> &path);
    /**
     * Adds files to the case (a null case: into the intake) off the GUI thread, with progress
     * and cancel in the status bar.
     */
    void addDocuments(const QUuid &caseId, const QStringList &paths);
    /** Shows or hides the intake list in the middle column. */
    void showIntake(bool show);
    void showInbox(bool show);
    /** Files documents of the intake into a case (one transaction), off the GUI thread. */
    void fileIntoCase(const QList<QUuid> &documentIds, const QUuid &caseId);
    /** Makes references in @p caseId to documents stored in other cases (duplicates of an import). */
    void linkDocuments(const QList<QUuid> &documentIds, const QUuid &caseId);
    /** Selects any document: in its case (plan unit, file, case) or in the intake. */
    void showDocument(const QUuid &id);
    /** Shows one version of a document in the preview, saying which version it is. */
    void showVersion(const Model::Document &document, const Model::Version &version);

public Q_SLOTS:
    /** The records officer's window for disposal and destruction (one at a time). */
    void showDisposalWindow();
    void newFile();
    void newCase();
    void chooseDocuments();
    /** "File into case…" for the document selected in the intake. */
    void chooseCaseForIntakeDocument();
    /** Opens the scan dialog for the selected case (none selected: the intake). */
    void scan();
    void importPlan();
    void refresh();
    void showConflicts();
    /** The changes the server refused, with its reasons: discard or send again. */
    void showRejected();

Q_SIGNALS:
    /** The engine is open and the plan loaded. */
    void ready();
    void documentsAdded(int count);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createLayout();
    void openEngine(bool readOnly, bool create = false);
    void engineReady(std::shared_ptr<Dms::Engine> engine, const QString &password = {});
    void showFirstRun();
    void updateSyncStatus();
    void loadPlan();
    void loadCounts();
    /**
     * A selection in @p view moved from @p previous while the details hold unsaved typing for
     * another item: asks Save / Discard / Cancel. True when the clerk cancelled: the previous
     * selection is back and the typing kept.
     */
    bool keepUnsavedDetails(QAbstractItemView *view, const QModelIndex &previous, const QUuid &next);
    void planSelectionChanged();
    void recordSelectionChanged();
    void intakeSelectionChanged();
    /** Shows the selected intake document on the right; false if none is selected. */
    bool showIntakeSelection();
    void submitAndReport(const QList<Dms::Command> &commands, const QString &done, const QUuid &select);
    void showPreview(const RecordTreeModel::Item &item);
    /** Watches the working copies this client has (after a restart, too). */
    void watchWorkingCopies();
    void workingCopySaved(const QUuid &documentId, const QString &path);
    void recordsLoaded(const QUuid &parentId);
    void updateActions();
    void updateBreadcrumb();
    void breadcrumbActivated(int level);
    void engineChanged(const QStringList &entityTypes);
    QModelIndex ancestorOfKind(QModelIndex index, int kind) const;
    void saveState();
    void restoreState();

    Options m_options;
    std::shared_ptr<Dms::Engine> m_engine;
    SearchPanel *m_search = nullptr;
    AsyncReader *m_reader;
    PlanTreeModel *m_planModel;
    RecordTreeModel *m_recordModel;
    QTreeView *m_planView;
    HintTreeView *m_recordView;
    IntakeEntry *m_intakeEntry;
    QPushButton *m_inboxEntry = nullptr;
    InboxPane *m_inbox = nullptr;
    Notifier *m_notifier = nullptr;
    IntakeModel *m_intakeModel;
    HintTreeView *m_intakeView;
    QWidget *m_intakePanel = nullptr;
    bool m_intakeActive = false; ///< the selection on the right is the intake list's
    DetailsPane *m_details;
    DocumentViewer *m_viewer;
    HistoryPane *m_history;
    Dms::WorkingCopyWatcher *m_copyWatcher;
    QTabWidget *m_sideTabs;
    bool m_preferDetails = false; ///< the clerk chose the details tab: selecting a document keeps it
    QUuid m_findDocument;         ///< opened from a search hit: its query is highlighted in the preview
    QString m_findText;
    Breadcrumb *m_breadcrumb;
    MessageBanner *m_banner;
    QSplitter *m_splitter;
    QLabel *m_statusFolder;
    QLabel *m_statusCounts;
    QTimer *m_countsTimer = nullptr; ///< counts follow changes, at most a few times a second
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    QToolButton *m_statusSync;
    SyncController *m_sync;
    QAction *m_newFile = nullptr;
    QAction *m_newCase = nullptr;
    QAction *m_addDocuments = nullptr;
    QAction *m_importPlan = nullptr;
    QAction *m_refresh = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_showConflicts = nullptr;
    QAction *m_showRejected = nullptr;
    QAction *m_showIntake = nullptr;
    QAction *m_showInbox = nullptr;
    QAction *m_showPlanPane = nullptr; ///< View › file plan and search (the left pane)
    QAction *m_showSidePane = nullptr; ///< View › preview and details (the right pane)
    QAction *m_fileIntoCase = nullptr;
    QAction *m_scan = nullptr;
    RecordActions *m_recordActions = nullptr;
    RoutingActions *m_routingActions = nullptr;
    QAction *m_disposal = nullptr;
    QPointer<DisposalWindow> m_disposalWindow;
    QList<Model::PlanUnit> m_planUnits;
    QList<Model::Department> m_departments;
    QString m_fileTemplate;
    QString m_restorePlanCode;
    QUuid m_pendingSelection;
    QList<QUuid> m_pendingPath;
    bool m_ready = false;
    bool m_restoringSelection = false; ///< a selection goes back after "keep editing"
    bool m_defaultSplit = false; ///< no layout kept yet: the panes share the width by proportion
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    QFuture<void> m_job;
};

} // namespace Aktenwerk::Client
