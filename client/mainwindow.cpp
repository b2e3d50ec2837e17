#include "client/mainwindow.h"

#include "client/asyncreader.h"
#include "client/breadcrumb.h"
#include "client/conflictsdialog.h"
#include "client/detailspane.h"
#include "client/disposalwindow.h"
#include "client/documentviewer.h"
#include "client/fileintocasedialog.h"
#include "client/firstrundialog.h"
#include "client/hinttreeview.h"
#include "client/historypane.h"
#include "client/icons.h"
#include "client/inboxpane.h"
#include "client/intakeentry.h"
#include "client/intakemodel.h"
#include "client/makeaction.h"
#include "client/messagebanner.h"
#include "client/newcasedialog.h"
#include "client/newfiledialog.h"
#include "client/notifier.h"
#include "client/plantreemodel.h"
#include "client/recordactions.h"
#include "client/recordtreemodel.h"
#include "client/rejecteddialog.h"
#include "client/routingactions.h"
#include "client/scandialog.h"
#include "client/searchpanel.h"
#include "client/synccontroller.h"
#include "client/versionformat.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/store/queries.h"
#include "dms/versions/workingcopywatcher.h"
#include "model/filereference.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

struct PlanData
{
    QList<PlanUnit> units;
    QList<Department> departments;
    QString fileTemplate;
    QHash<QUuid, int> fileCounts;
};

struct OpenResult
{
    std::shared_ptr<Dms::Engine> engine;
    Error error;
};

} // namespace

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_reader(new AsyncReader(this))
    , m_planModel(new PlanTreeModel(this))
    , m_recordModel(new RecordTreeModel(m_reader, this))
    , m_planView(new QTreeView(this))
    , m_recordView(new HintTreeView(this))
    , m_intakeEntry(new IntakeEntry(this))
    , m_intakeModel(new IntakeModel(m_reader, this))
    , m_intakeView(new HintTreeView(this))
    , m_details(new DetailsPane(m_reader, this))
    , m_viewer(new DocumentViewer(this))
    , m_history(new HistoryPane(m_reader, this))
    , m_copyWatcher(new Dms::WorkingCopyWatcher(this))
    , m_sideTabs(new QTabWidget(this))
    , m_breadcrumb(new Breadcrumb(this))
    , m_banner(new MessageBanner(this))
    , m_splitter(new QSplitter(this))
    , m_statusFolder(new QLabel(this))
    , m_statusCounts(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_statusSync(new QToolButton(this))
    , m_sync(new SyncController(this))
{
    setWindowTitle(tr("Aktenwerk"));
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createLayout();
    restoreState();
    updateActions();
    updateSyncStatus();
    openEngine(options.readOnly);
}

MainWindow::~MainWindow()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_job.waitForFinished();
    m_reader->waitForDone();
    m_details->setEngine(nullptr);
    m_history->setEngine(nullptr); // waits for its check-outs, check-ins and comparisons
    m_viewer->setContentStore(nullptr);
    m_search->setEngine(nullptr); // stops the background indexer before the engine goes
    m_reader->setEngine(nullptr);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_newFile = fileMenu->addAction(tr("New &file…"), this, &MainWindow::newFile);
    m_newFile->setShortcut(QKeySequence::New);
    m_newFile->setIcon(Icons::themed("folder-new", QStyle::SP_FileDialogNewFolder));
    m_newFile->setObjectName(QStringLiteral("actionNewFile"));
    m_newCase = fileMenu->addAction(tr("New &case…"), this, &MainWindow::newCase);
    m_newCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newCase->setIcon(Icons::themed("document-new", QStyle::SP_FileIcon));
    m_newCase->setObjectName(QStringLiteral("actionNewCase"));
    m_addDocuments = fileMenu->addAction(tr("&Add documents…"), this, &MainWindow::chooseDocuments);
    m_addDocuments->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_addDocuments->setIcon(Icons::themed("document-open", QStyle::SP_DialogOpenButton));
    m_addDocuments->setObjectName(QStringLiteral("actionAddDocuments"));
    m_fileIntoCase = fileMenu->addAction(tr("File in&to case…"), this, &MainWindow::chooseCaseForIntakeDocument);
    m_fileIntoCase->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_fileIntoCase->setIcon(Icons::themed("go-jump", QStyle::SP_ArrowRight));
    m_fileIntoCase->setObjectName(QStringLiteral("actionFileIntoCase"));
    m_fileIntoCase->setToolTip(tr("File the selected intake document into a case (Zuordnen)"));
    m_scan = fileMenu->addAction(tr("&Scan…"), this, &MainWindow::scan);
    m_scan->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    m_scan->setIcon(Icons::themed("scanner", QStyle::SP_DesktopIcon));
    m_scan->setObjectName(QStringLiteral("actionScan"));
    m_scan->setToolTip(tr("Scan paper into the selected case, or into the intake"));
    fileMenu->addSeparator();
    m_importPlan = fileMenu->addAction(tr("&Import file plan…"), this, &MainWindow::importPlan);
    m_importPlan->setIcon(Icons::themed("document-import", QStyle::SP_DialogOpenButton));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(Icons::themed("application-exit", QStyle::SP_DialogCloseButton));

    // The daily actions on what is selected in the list.
    m_recordActions = new RecordActions(this);
    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(QStringLiteral("editMenu"));
    m_recordActions->addTo(editMenu);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *find = viewMenu->addAction(tr("&Search…"), this, [this] {
        m_search->field()->setFocus(Qt::ShortcutFocusReason);
        m_search->field()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setIcon(Icons::themed("edit-find", QStyle::SP_FileDialogContentsView));
    m_showIntake = viewMenu->addAction(tr("&Intake"), this, [this](bool on) { showIntake(on); });
    m_showIntake->setCheckable(true);
    m_showIntake->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_showIntake->setObjectName(QStringLiteral("actionShowIntake"));
    m_showInbox = viewMenu->addAction(tr("My &tasks"), this, [this](bool on) { showInbox(on); });
    m_showInbox->setCheckable(true);
    m_showInbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_showInbox->setObjectName(QStringLiteral("actionShowInbox"));
    m_showInbox->setEnabled(false);
    m_refresh = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setIcon(Icons::themed("view-refresh", QStyle::SP_BrowserReload));
    viewMenu->addSeparator();
    // The panes beside the list can be put away for room and always come back from here.
    m_showPlanPane = viewMenu->addAction(
        tr("File &plan and search"), this, [this](bool on) { m_splitter->widget(0)->setVisible(on); });
    m_showPlanPane->setCheckable(true);
    m_showPlanPane->setChecked(true);
    m_showPlanPane->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_1));
    m_showPlanPane->setObjectName(QStringLiteral("actionShowPlanPane"));
    m_showSidePane = viewMenu->addAction(
        tr("Preview and &details"), this, [this](bool on) { m_splitter->widget(2)->setVisible(on); });
    m_showSidePane->setCheckable(true);
    m_showSidePane->setChecked(true);
    m_showSidePane->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_3));
    m_showSidePane->setObjectName(QStringLiteral("actionShowSidePane"));
    viewMenu->addSeparator();
    m_syncNow = viewMenu->addAction(tr("Sync &now"), m_sync, &SyncController::syncNow);
    m_syncNow->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncNow->setIcon(Icons::themed("emblem-synchronizing", QStyle::SP_BrowserReload));
    m_syncNow->setObjectName(QStringLiteral("actionSyncNow"));
    m_showConflicts = viewMenu->addAction(tr("&Conflicts…"), this, &MainWindow::showConflicts);
    m_showConflicts->setObjectName(QStringLiteral("actionConflicts"));
    m_showConflicts->setIcon(Icons::themed("dialog-warning", QStyle::SP_MessageBoxWarning));
    m_showRejected = viewMenu->addAction(tr("Re&jected changes…"), this, &MainWindow::showRejected);
    m_showRejected->setObjectName(QStringLiteral("actionRejected"));

    // The version actions of the selected document, from anywhere in the window.
    QMenu *versionMenu = menuBar()->addMenu(tr("Ve&rsions"));
    versionMenu->setObjectName(QStringLiteral("versionMenu"));
    for (QAction *a : {m_history->checkOutAction(), m_history->checkInAction(), m_history->cancelCheckOutAction()})
        versionMenu->addAction(a);
    versionMenu->addSeparator();
    for (QAction *a : {m_history->openAction(), m_history->compareAction(), m_history->restoreAction()})
        versionMenu->addAction(a);
    versionMenu->addSeparator();
    QAction *showHistory = versionMenu->addAction(tr("Show &history"), this, [this] {
        m_sideTabs->setCurrentWidget(m_history);
        m_history->versionTable()->setFocus(Qt::ShortcutFocusReason);
    });
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    showHistory->setObjectName(QStringLiteral("actionShowHistory"));

    // Routing (Geschäftsgang) and resubmission of the selected item; absence and deputy.
    m_routingActions = new RoutingActions(this);
    QMenu *routingMenu = menuBar()->addMenu(tr("Rout&ing"));
    routingMenu->setObjectName(QStringLiteral("routingMenu"));
    m_routingActions->addTo(routingMenu);
    // Disposal and destruction: the records officer's window.
    m_disposal = makeAction(this, tr("&Disposal and destruction…"), "actionDisposal", QKeySequence(),
        Icons::themed("archive-extract", QStyle::SP_DirHomeIcon),
        tr("Files due for disposal, offers to the archive and its answers, destruction with four eyes"));
    connect(m_disposal, &QAction::triggered, this, &MainWindow::showDisposalWindow);
    routingMenu->addSeparator();
    routingMenu->addAction(m_disposal);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *searchHelp = helpMenu->addAction(tr("How to &search"), this, [this] { m_search->showSyntaxHelp(); });
    searchHelp->setObjectName(QStringLiteral("actionSearchHelp"));
    searchHelp->setShortcut(QKeySequence::HelpContents);
    searchHelp->setIcon(Icons::themed("help-contents", QStyle::SP_DialogHelpButton));
    QAction *about = helpMenu->addAction(tr("&About Aktenwerk"), this, [this] {
        QMessageBox::about(this, tr("About Aktenwerk"),
                           tr("<b>Aktenwerk %1</b><p>Document management and electronic files for the city "
                              "administration.</p><p>Data folder: %2</p>")
                               .arg(QStringLiteral(AKTENWERK_VERSION),
                                    m_engine ? QDir::toNativeSeparators(m_engine->dataDir()).toHtmlEscaped()
                                             : QString()));
    });

    about->setIcon(Icons::application());
    about->setObjectName(QStringLiteral("actionAbout"));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon); // pictures for the eye, words for certainty
    bar->addAction(m_newFile);
    bar->addAction(m_newCase);
    bar->addAction(m_addDocuments);
    bar->addAction(m_scan);
    bar->addAction(m_fileIntoCase);
}

void MainWindow::createLayout()
{
    m_planView->setModel(m_planModel);
    m_planView->setObjectName(QStringLiteral("planView"));
    m_planView->setAccessibleName(tr("File plan"));
    m_planView->setHeaderHidden(false);
    m_planView->setUniformRowHeights(true);

    m_recordView->setModel(m_recordModel);
    m_recordView->setObjectName(QStringLiteral("recordView"));
    m_recordView->setAccessibleName(tr("Files, cases and documents"));
    m_recordView->setUniformRowHeights(true);
    m_recordView->setSelectionMode(QAbstractItemView::SingleSelection);
    // Files and folders dropped onto a case (or a document of it) are added to that case.
    // Documents dragged out go to the desktop or a mail program as copies.
    m_recordView->setDragDropMode(QAbstractItemView::DragDrop);
    m_recordView->setDefaultDropAction(Qt::CopyAction);
    m_recordView->setDragEnabled(true);
    m_recordView->setDropIndicatorShown(true);
    m_recordView->viewport()->setAcceptDrops(true);
    connect(m_recordModel, &RecordTreeModel::filesDropped, this, &MainWindow::addDocuments);
    connect(m_recordModel, &RecordTreeModel::documentsDropped, this,
            [this](const QUuid &caseId, const QList<QUuid> &ids) { fileIntoCase(ids, caseId); });
    // The title takes the width the other columns leave; they are resized by hand, and a
    // right click on the header shows or hides them.
    m_recordView->header()->setSectionResizeMode(RecordTreeModel::TitleColumn, QHeaderView::Stretch);
    m_recordView->header()->setStretchLastSection(false);
    m_recordView->header()->setMinimumSectionSize(60);
    m_recordView->header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_recordView->header(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QHeaderView *header = m_recordView->header();
        QMenu menu(this);
        for (int column : { int(RecordTreeModel::ReferenceColumn), int(RecordTreeModel::TypeColumn),
                 int(RecordTreeModel::ModifiedColumn) }) {
            QAction *a = menu.addAction(m_recordModel->headerData(column, Qt::Horizontal).toString());
            a->setCheckable(true);
            a->setChecked(!header->isSectionHidden(column));
            connect(a, &QAction::toggled, header, [header, column](bool on) { header->setSectionHidden(column, !on); });
        }
        menu.exec(header->viewport()->mapToGlobal(pos));
    });

    // Right click (or the menu key) on a row: what can be done with it.
    m_recordView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_recordView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_recordView->indexAt(pos).isValid())
            return;
        updateActions();
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("recordContextMenu"));
        m_recordActions->fillContextMenu(&menu);
        m_routingActions->fillContextMenu(&menu);
        menu.exec(m_recordView->viewport()->mapToGlobal(pos));
    });

    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    // A deep path must not widen the middle column at the preview's cost: it is clipped instead.
    m_breadcrumb->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    middleLayout->addWidget(m_breadcrumb);
    middleLayout->addWidget(m_recordView, 1);

    // The intake list sits above the files of the plan unit, so that a document can be dragged
    // from it onto a case.
    m_intakeView->setModel(m_intakeModel);
    m_intakeView->setObjectName(QStringLiteral("intakeView"));
    m_intakeView->setEmptyHint(tr("The intake is empty. Incoming mail arrives here when you drop files onto this "
                                  "list, add documents without choosing a case, or scan into the intake."));
    m_intakeView->setAccessibleName(tr("Intake: documents not yet filed"));
    m_intakeView->setRootIsDecorated(false);
    m_intakeView->setUniformRowHeights(true);
    m_intakeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_intakeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_intakeView->setDragDropMode(QAbstractItemView::DragDrop);
    m_intakeView->setDefaultDropAction(Qt::CopyAction);
    m_intakeView->setDragEnabled(true);
    m_intakeView->viewport()->setAcceptDrops(true);
    m_intakeView->setDropIndicatorShown(false);
    m_intakeView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_intakeView->header()->setSectionResizeMode(IntakeModel::TitleColumn, QHeaderView::Stretch);
    m_intakeView->header()->setStretchLastSection(false);
    connect(m_intakeView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_intakeView->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addAction(m_fileIntoCase);
        menu.exec(m_intakeView->viewport()->mapToGlobal(pos));
    });
    connect(m_intakeView, &QTreeView::activated, this, [this] { chooseCaseForIntakeDocument(); });
    connect(m_intakeModel, &IntakeModel::filesDropped, this,
            [this](const QStringList &paths) { addDocuments(QUuid(), paths); });
    connect(m_intakeModel, &IntakeModel::loaded, m_intakeEntry, &IntakeEntry::setCount);
    connect(m_intakeModel, &IntakeModel::loadFailed, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_intakeModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &) {
                if (m_intakeActive && topLeft.row() == m_intakeView->currentIndex().row())
                    showIntakeSelection();
            });
    m_intakePanel = new QWidget(this);
    m_intakePanel->setObjectName(QStringLiteral("intakePanel"));
    auto *intakeLayout = new QVBoxLayout(m_intakePanel);
    intakeLayout->setContentsMargins(0, 0, 0, 0);
    auto *intakeHeading = new QLabel(tr("<b>Intake</b> – documents not yet filed. Drag one onto a case, or use "
                                        "File into case… (Ctrl+Shift+A)."),
                                     m_intakePanel);
    intakeHeading->setWordWrap(true);
    intakeHeading->setBuddy(m_intakeView);
    intakeLayout->addWidget(intakeHeading);
    intakeLayout->addWidget(m_intakeView, 1);
    m_intakePanel->hide();
    // My tasks: in the same place as the intake, one or the other.
    m_inbox = new InboxPane(this);
    m_inbox->hide();
    m_notifier = new Notifier(this);
    connect(m_inbox, &InboxPane::loaded, this, [this](int count) {
        m_inboxEntry->setText(tr("My tasks (%1)").arg(count));
        m_inboxEntry->setAccessibleName(tr("My tasks, %n waiting", nullptr, count));
    });
    connect(m_inbox, &InboxPane::previewReady, this, [this](const DocumentViewer::Source &source) {
        m_viewer->showDocument(source);
        m_sideTabs->setCurrentWidget(m_viewer);
    });
    connect(m_inbox, &InboxPane::previewCleared, this, [this](const QString &) { m_viewer->clear(); });
    connect(m_inbox, &InboxPane::acted, this, [this](const QString &) { m_sync->scheduleSync(0); });
    connect(m_inbox, &InboxPane::stepsArrived, this, [this](const QList<Dms::InboxItem> &items) {
        // The reference, not the title: a notification may be read by someone passing by.
        for (const Dms::InboxItem &it : items)
            m_notifier->notify(tr("New task: %1").arg(Dms::Routing::actionName(it.action)),
                it.reference.isEmpty() ? tr("A step waits in My tasks.") : it.reference);
    });
    connect(m_inbox, &InboxPane::moreArrived, this,
        [this](int count) { m_notifier->notify(tr("%n new task(s)", nullptr, count), tr("They wait in My tasks.")); });
    connect(m_notifier, &Notifier::raised, this, [this](const QString &summary, const QString &body, bool) {
        statusBar()->showMessage(QStringLiteral("%1 – %2").arg(summary, body), 10000);
    });
    connect(m_sync, &SyncController::inboxChanged, m_inbox, &InboxPane::refresh);
    connect(m_sync, &SyncController::synced, m_inbox, [this] {
        if (m_inbox->isActive())
            m_inbox->refresh();
    });
    auto *middleSplitter = new QSplitter(Qt::Vertical, this);
    middleSplitter->setObjectName(QStringLiteral("middleSplitter"));
    middleSplitter->addWidget(m_inbox);
    middleSplitter->addWidget(m_intakePanel);
    middleSplitter->addWidget(middle);
    middleSplitter->setStretchFactor(0, 2);
    middleSplitter->setStretchFactor(1, 2);
    middleSplitter->setStretchFactor(2, 3);

    // Left: the file plan above, the search below.
    m_search = new SearchPanel(m_reader, this);
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("leftSplitter"));
    // The intake entry stays above the plan, always visible; dropping files onto it imports them.
    auto *planBox = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->setSpacing(2);
    planLayout->addWidget(m_intakeEntry);
    m_inboxEntry
        = new QPushButton(Icons::themed("mail-mark-task", QStyle::SP_FileDialogDetailedView), tr("My tasks"), this);
    m_inboxEntry->setObjectName(QStringLiteral("inboxEntry"));
    m_inboxEntry->setCheckable(true);
    m_inboxEntry->setAccessibleName(tr("My tasks"));
    m_inboxEntry->setToolTip(tr("Routing steps and resubmissions waiting for you (Ctrl+Shift+T)"));
    m_inboxEntry->setStyleSheet(QStringLiteral("text-align: left; padding: 3px 6px;"));
    m_inboxEntry->hide(); // for a data folder connected to a central repository
    planLayout->addWidget(m_inboxEntry);
    connect(m_inboxEntry, &QPushButton::toggled, this, [this](bool on) { showInbox(on); });
    planLayout->addWidget(m_planView, 1);
    connect(m_intakeEntry, &QPushButton::toggled, this, [this](bool on) { showIntake(on); });
    connect(m_intakeEntry, &IntakeEntry::filesDropped, this, [this](const QStringList &paths) {
        showIntake(true);
        addDocuments(QUuid(), paths);
    });
    left->addWidget(planBox);
    left->addWidget(m_search);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 2);
    connect(m_search, &SearchPanel::hitActivated, this, [this](const Dms::Search::Hit &hit) {
        if (hit.kind != Dms::Search::Hit::Kind::Document) {
            // A file or case: opened in the list, its details beside it.
            m_preferDetails = true;
            m_sideTabs->setCurrentWidget(m_details);
            selectPlanUnit(hit.planCode);
            selectRecordPath(hit.kind == Dms::Search::Hit::Kind::File ? QList<QUuid> { hit.fileId }
                                                                      : QList<QUuid> { hit.fileId, hit.caseId });
            return;
        }
        if (hit.fileId.isNull()) {
            showDocument(hit.documentId); // in the intake
            return;
        }
        // The query's words are marked in the preview, which opens at the first page with one.
        m_findDocument = hit.documentId;
        m_findText = DocumentViewer::findTextForQuery(m_search->field()->text());
        if (!m_preferDetails)
            m_sideTabs->setCurrentWidget(m_viewer);
        selectPlanUnit(hit.planCode);
        selectRecordPath({hit.fileId, hit.caseId, hit.documentId});
        // Already selected (the selection did not change): show it again with the words marked.
        if (m_recordModel->id(m_recordView->currentIndex().siblingAtColumn(0)) == hit.documentId)
            recordSelectionChanged();
    });

    m_sideTabs->setObjectName(QStringLiteral("sideTabs"));
    m_sideTabs->setAccessibleName(tr("Preview and details"));
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_viewer, tr("Pre&view"));
    m_sideTabs->addTab(m_details, tr("&Details"));
    m_sideTabs->addTab(m_history, tr("Hist&ory"));
    m_sideTabs->setCurrentWidget(m_details);
    connect(m_sideTabs->tabBar(), &QTabBar::tabBarClicked, this, [this](int index) {
        m_preferDetails = m_sideTabs->widget(index) == m_details || m_sideTabs->widget(index) == m_history;
    });
    connect(m_history, &HistoryPane::openVersionRequested, this, &MainWindow::showVersion);
    connect(m_history, &HistoryPane::checkedOut, this,
            [this](const QUuid &id, const QString &path, const QString &base) {
                m_copyWatcher->watch(id, path, base);
            });
    connect(m_history, &HistoryPane::checkOutEnded, this, [this](const QUuid &id) {
        m_copyWatcher->unwatch(id);
        if (m_banner->findChild<QPushButton *>(QStringLiteral("checkInFromBanner")))
            m_banner->hide(); // its offer to check in is answered
    });
    connect(m_copyWatcher, &Dms::WorkingCopyWatcher::savedChanged, this,
            [this](const QUuid &id, const QString &path, const QString &) { workingCopySaved(id, path); });

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(middleSplitter);
    m_splitter->addWidget(m_sideTabs);
    // No pane disappears under a drag (View brings back what was put away on purpose), and
    // each may get narrower than its widgets would like: the list in the middle gets the room.
    m_splitter->setChildrenCollapsible(false);
    left->setMinimumWidth(200);
    middleSplitter->setMinimumWidth(320);
    m_sideTabs->setMinimumWidth(300);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    m_progress->setMaximumWidth(200);
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->hide();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setAccessibleName(tr("Cancel the running import"));
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    m_statusSync->setAutoRaise(true);
    m_statusSync->setObjectName(QStringLiteral("syncStatus"));
    m_statusSync->setAccessibleName(tr("Sync state"));
    m_statusSync->hide();
    connect(m_statusSync, &QToolButton::clicked, this, [this] {
        if (m_sync->rejectedChanges() > 0)
            showRejected();
        else if (m_sync->openConflicts() > 0)
            showConflicts();
        else
            m_sync->syncNow();
    });
    statusBar()->addPermanentWidget(m_statusSync);
    statusBar()->addPermanentWidget(m_statusCounts);
    m_statusCounts->setObjectName(QStringLiteral("statusCounts"));
    m_countsTimer = new QTimer(this);
    m_countsTimer->setSingleShot(true);
    m_countsTimer->setInterval(250);
    connect(m_countsTimer, &QTimer::timeout, this, &MainWindow::loadCounts);
    statusBar()->addPermanentWidget(m_statusFolder);
    statusBar()->showMessage(tr("Opening the data folder…"));

    // Another selection never drops what was typed into the details: they ask first.
    connect(m_planView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            const PlanUnit *unit = m_planModel->unit(current);
            if (!keepUnsavedDetails(m_planView, previous, unit ? unit->id : QUuid()))
                planSelectionChanged();
        });
    connect(m_recordView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            if (!current.isValid() && m_intakeActive)
                return recordSelectionChanged(); // the intake took over; it asked already
            if (!keepUnsavedDetails(m_recordView, previous, m_recordModel->id(current.siblingAtColumn(0))))
                recordSelectionChanged();
        });
    connect(m_intakeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex &current, const QModelIndex &previous) {
            const IntakeModel::Row *row = m_intakeModel->row(current.siblingAtColumn(0));
            if (!keepUnsavedDetails(m_intakeView, previous, row ? row->document.document.meta.id : QUuid()))
                intakeSelectionChanged();
        });
    connect(m_details, &DetailsPane::modifiedChanged, this, [this](bool modified) {
        // The tab tells that something typed there is not saved yet.
        m_sideTabs->setTabText(m_sideTabs->indexOf(m_details), modified ? tr("&Details •") : tr("&Details"));
    });
    connect(m_details, &DetailsPane::documentActivated, this, &MainWindow::showDocument);
    connect(m_recordModel, &RecordTreeModel::loaded, this, &MainWindow::recordsLoaded);
    connect(m_recordModel, &RecordTreeModel::loadFailed, this,
            [this](const QString &message) { m_banner->showMessage(message); });
    connect(m_recordModel, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &) {
                if (topLeft.siblingAtColumn(0) == m_recordView->currentIndex().siblingAtColumn(0))
                    recordSelectionChanged();
            });
    connect(m_breadcrumb, &Breadcrumb::partActivated, this, &MainWindow::breadcrumbActivated);
    connect(m_details, &DetailsPane::saved, this, [this] { refresh(); });
    connect(m_sync, &SyncController::stateChanged, this, &MainWindow::updateSyncStatus);
    connect(m_sync, &SyncController::synced, this, [this](int, int pulled, int) {
        if (pulled > 0)
            loadPlan(); // the plan and the file counts may have changed; the records refresh on dataChanged
    });
    connect(m_sync, &SyncController::checkOutsBroken, this, [this](const QStringList &lines) {
        m_banner->showMessage(lines.join(QLatin1Char('\n')), MessageBanner::Kind::Warning);
        m_history->refresh();
    });
    connect(m_sync, &SyncController::passwordNeeded, this, [this](const QString &login, const QString &url) {
        bool ok = false;
        const QString pw = QInputDialog::getText(this, tr("Password"),
                                                 tr("Password for %1 on %2 (it is not stored):").arg(login, url),
                                                 QLineEdit::Password, QString(), &ok);
        if (ok && !pw.isEmpty()) {
            m_sync->setPassword(pw);
            m_sync->syncNow();
        }
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->store(true);
        statusBar()->showMessage(tr("Cancelling…"));
    });
}

void MainWindow::openEngine(bool readOnly, bool create)
{
    Dms::Engine::Options o;
    o.dataDir = m_options.dataDir;
    o.mode = readOnly ? Dms::Engine::Mode::ReadOnly : Dms::Engine::Mode::ReadWrite;
    o.create = create && !readOnly;
    QThread *gui = thread();
    auto *watcher = new QFutureWatcher<OpenResult>(this);
    connect(watcher, &QFutureWatcher<OpenResult>::finished, this, [this, watcher, readOnly] {
        const OpenResult r = watcher->result();
        watcher->deleteLater();
        if (!r.engine) {
            if (r.error.code == ErrorCode::NotFound && !readOnly) {
                showFirstRun(); // a new data folder: local, or with the server?
                return;
            }
            statusBar()->showMessage(tr("The data folder could not be opened."));
            m_banner->showMessage(r.error.message);
            if (r.error.code == ErrorCode::Locked && !readOnly) {
                auto *button = new QPushButton(tr("Open &read-only"), m_banner);
                button->setObjectName(QStringLiteral("openReadOnly"));
                m_banner->layout()->addWidget(button);
                connect(button, &QPushButton::clicked, this, [this, button] {
                    button->deleteLater();
                    m_banner->hide();
                    openEngine(true);
                });
            }
            return;
        }
        engineReady(r.engine);
    });
    watcher->setFuture(QtConcurrent::run([o, gui]() -> OpenResult {
        auto e = Dms::Engine::open(o);
        if (!e)
            return OpenResult{nullptr, e.error()};
        // Created on this worker thread; its queued signals must reach the GUI thread.
        (*e)->moveToThread(gui);
        return OpenResult{std::shared_ptr<Dms::Engine>(std::move(*e)), {}};
    }));
}

void MainWindow::showFirstRun()
{
    const QString dir = m_options.dataDir.isEmpty() ? Dms::Engine::defaultDataDir() : m_options.dataDir;
    auto *dialog = new FirstRunDialog(dir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (dialog->connectsToServer())
            engineReady(dialog->engine(), dialog->password());
        else
            openEngine(false, true);
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        m_banner->showMessage(tr("Aktenwerk needs a data folder. Restart it to set one up."),
                              MessageBanner::Kind::Information);
    });
    dialog->open();
}

void MainWindow::engineReady(std::shared_ptr<Dms::Engine> engine, const QString &password)
{
    m_engine = std::move(engine);
    m_reader->setEngine(m_engine.get());
    m_details->setEngine(m_engine.get());
    m_history->setEngine(m_engine.get());
    m_history->setServerSession([this] { return m_sync->serverSession(); });
    m_viewer->setContentStore(&m_engine->content());
    m_search->setEngine(m_engine.get());
    connect(m_engine.get(), &Dms::Engine::dataChanged, this, &MainWindow::engineChanged);
    m_statusFolder->setText(tr("%1 · %2%3")
                                .arg(QDir::toNativeSeparators(m_engine->dataDir()), m_engine->user().login,
                                     m_engine->isReadOnly() ? tr(" · read-only") : QString()));
    m_statusFolder->setAccessibleName(tr("Data folder and user"));
    setWindowTitle(m_engine->isReadOnly() ? tr("Aktenwerk (read-only)") : tr("Aktenwerk"));
    if (!password.isEmpty())
        m_sync->setPassword(password);
    m_sync->setEngine(m_engine);
    m_statusSync->setVisible(m_sync->isActive());
    if (m_sync->isActive()) {
        m_inbox->setEngine(m_engine, m_sync->serverSession());
        m_inboxEntry->show();
        m_showInbox->setEnabled(true);
    }
    updateSyncStatus();
    loadPlan();
    m_intakeModel->refresh();
    watchWorkingCopies();
    updateActions();
}

void MainWindow::watchWorkingCopies()
{
    m_reader->run<QList<WorkingCopy>>(
        this, [](Dms::Database &db) { return Dms::Queries::workingCopies(db); },
        [this](const Result<QList<WorkingCopy>> &r) {
            if (!r) {
                m_banner->showMessage(r.error().message);
                return;
            }
            for (const WorkingCopy &c : *r) {
                if (!m_copyWatcher->isWatching(c.documentId))
                    m_copyWatcher->watch(c.documentId, c.path, c.baseSha256);
            }
            // Saved while Aktenwerk was closed: the watcher sees only new saves, so offer those now.
            const QList<WorkingCopy> copies = *r;
            auto *watcher = new QFutureWatcher<QList<WorkingCopy>>(this);
            connect(watcher, &QFutureWatcher<QList<WorkingCopy>>::finished, this, [this, watcher] {
                const QList<WorkingCopy> changed = watcher->result();
                watcher->deleteLater();
                if (!changed.isEmpty())
                    workingCopySaved(changed.last().documentId, changed.last().path);
            });
            watcher->setFuture(QtConcurrent::run(m_history->pool(), [copies] {
                QList<WorkingCopy> changed;
                for (const WorkingCopy &c : copies) {
                    auto sha = Dms::CheckOuts::hashFile(c.path);
                    if (sha && *sha != c.baseSha256)
                        changed << c;
                }
                return changed;
            }));
        });
}

void MainWindow::workingCopySaved(const QUuid &documentId, const QString &path)
{
    m_banner->showMessage(tr("%1 was saved – check it in as a new version?").arg(QFileInfo(path).fileName()),
                          MessageBanner::Kind::Information);
    QPushButton *button = m_banner->addButton(tr("Check &in…"), QStringLiteral("checkInFromBanner"));
    button->setAccessibleName(tr("Check in the saved working copy"));
    connect(button, &QPushButton::clicked, this, [this, documentId] { m_history->checkIn(documentId); });
}

namespace {

/** What the viewer shows of @p version: it names the version, so no action takes another one. */
DocumentViewer::Source viewerSource(const Dms::Engine &engine, const Document &document, const Version &version)
{
    DocumentViewer::Source source;
    source.path = engine.content().pathFor(version.sha256);
    source.sha256 = version.sha256;
    source.size = version.size;
    source.mimeType = version.mimeType;
    source.fileName = version.fileName;
    source.title = document.title;
    source.version = version.number;
    source.currentVersion = document.currentVersion;
    return source;
}

} // namespace

void MainWindow::showVersion(const Document &document, const Version &version)
{
    if (!m_engine)
        return;
    m_viewer->showDocument(viewerSource(*m_engine, document, version));
    m_sideTabs->setCurrentWidget(m_viewer);
}

void MainWindow::updateSyncStatus()
{
    m_statusSync->setText(m_sync->statusText());
    m_statusSync->setToolTip(m_sync->lastError().isEmpty() ? tr("Click to sync now")
                                                           : m_sync->lastError());
    m_syncNow->setEnabled(m_sync->isActive());
    m_showConflicts->setEnabled(m_sync->isActive());
    m_showRejected->setEnabled(m_sync->isActive());
}

void MainWindow::showConflicts()
{
    if (!m_engine)
        return;
    auto *dialog = new ConflictsDialog(m_engine.get(), m_reader, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConflictsDialog::resolved, m_sync, [this] { m_sync->scheduleSync(0); });
    dialog->open();
}

void MainWindow::showRejected()
{
    if (!m_engine)
        return;
    auto *dialog = new RejectedDialog(m_engine.get(), m_reader, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RejectedDialog::decided, m_sync, [this] { m_sync->scheduleSync(0); });
    dialog->open();
}

void MainWindow::loadPlan()
{
    m_reader->run<PlanData>(
        this,
        [](Dms::Database &db) -> Result<PlanData> {
            PlanData d;
            auto units = Dms::Queries::planUnits(db);
            if (!units)
                return std::unexpected(units.error());
            auto depts = Dms::Queries::departments(db);
            if (!depts)
                return std::unexpected(depts.error());
            auto tmpl = Dms::Queries::setting(db, QStringLiteral("reference.file_template"),
                                              QString::fromLatin1(ReferenceTemplate::defaultFileTemplate));
            if (!tmpl)
                return std::unexpected(tmpl.error());
            d.units = *units;
            d.departments = *depts;
            d.fileTemplate = *tmpl;
            auto fileCounts = Dms::Queries::fileCountsByPlanUnit(db);
            if (!fileCounts)
                return std::unexpected(fileCounts.error());
            d.fileCounts = *fileCounts;
            return d;
        },
        [this](const Result<PlanData> &r) {
            if (!r) {
                m_banner->showMessage(r.error().toString());
                return;
            }
            const QString previous = m_planView->currentIndex().isValid()
                ? m_planModel->data(m_planView->currentIndex(), PlanTreeModel::CodeRole).toString()
                : m_restorePlanCode;
            m_planUnits = r->units;
            m_departments = r->departments;
            m_fileTemplate = r->fileTemplate;
            m_planModel->setUnits(r->units, r->fileCounts);
            m_planView->expandToDepth(0);
            loadCounts(); // after the plan: counting a million documents must not hold up the window
            statusBar()->showMessage(tr("Ready."), 3000);
            // A connected folder gets its plan with the first sync: no advice to import one; and
            // once the plan is there, the advice goes.
            const QString emptyPlan = tr("The file plan is empty. Import one with File › Import file plan…");
            if (r->units.isEmpty() && m_engine && !m_engine->isReadOnly() && !m_engine->isConnected())
                m_banner->showMessage(emptyPlan, MessageBanner::Kind::Information);
            else if (!r->units.isEmpty() && m_banner->isVisible() && m_banner->text() == emptyPlan)
                m_banner->hide();
            // Back where the clerk was; on a first start, the first unit that holds files.
            if (previous.isEmpty() || !selectPlanUnit(previous)) {
                QString firstWithFiles;
                for (const PlanUnit &u : r->units) {
                    if (r->fileCounts.value(u.id) > 0) {
                        firstWithFiles = u.code;
                        break;
                    }
                }
                if (firstWithFiles.isEmpty() || !selectPlanUnit(firstWithFiles)) {
                    if (m_planModel->rowCount() > 0)
                        m_planView->setCurrentIndex(m_planModel->index(0, 0));
                }
            }
            updateActions();
            if (!m_ready) {
                m_ready = true;
                Q_EMIT ready();
            }
        });
}

void MainWindow::loadCounts()
{
    m_reader->run<Dms::Counts>(
        this, [](Dms::Database &db) { return Dms::Queries::recordCounts(db); },
        [this](const Result<Dms::Counts> &r) {
            if (r)
                m_statusCounts->setText(tr("%n file(s)", nullptr, static_cast<int>(r->files)) + QStringLiteral(" · ")
                    + tr("%n case(s)", nullptr, static_cast<int>(r->cases)) + QStringLiteral(" · ")
                    + tr("%n document(s)", nullptr, static_cast<int>(r->documents)));
        });
}

bool MainWindow::selectPlanUnit(const QString &code)
{
    const QModelIndex index = m_planModel->indexOfCode(code);
    if (!index.isValid())
        return false;
    m_planView->scrollTo(index);
    m_planView->setCurrentIndex(index);
    return true;
}

bool MainWindow::keepUnsavedDetails(QAbstractItemView *view, const QModelIndex &previous, const QUuid &next)
{
    if (m_restoringSelection || m_details->isAsking())
        return true;
    if (!m_details->isModified() || next == m_details->currentId())
        return false;
    if (m_details->confirmLeave())
        return false;
    const QScopedValueRollback guard(m_restoringSelection, true);
    view->selectionModel()->setCurrentIndex(previous, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_sideTabs->setCurrentWidget(m_details);
    return true;
}

void MainWindow::planSelectionChanged()
{
    if (m_details->isAsking())
        return; // the clerk is being asked about unsaved typing: it stays in view until answered
    const QModelIndex index = m_planView->currentIndex();
    const PlanUnit *unit = m_planModel->unit(index);
    // Another plan unit: an unfinished "open this document" no longer applies. The same unit
    // selected again (the plan was read again after a sync) keeps it.
    if (!unit || m_recordModel->planUnit() != unit->id)
        m_pendingPath.clear();
    if (!unit) {
        m_recordModel->setPlanUnit({});
        m_details->clear();
        m_history->clear();
    } else if (m_recordModel->planUnit() != unit->id) {
        m_recordModel->setPlanUnit(unit->id);
        m_details->showPlanUnit(*unit);
    }
    m_recordView->setEmptyHint(!unit ? tr("Choose a unit of the file plan on the left to see its files.")
            : unit->retired
            ? tr("There are no files under %1 %2. The unit is retired: new files go elsewhere.")
                  .arg(unit->code, unit->title)
            : tr("There are no files under %1 %2 yet. Create one with \"New file…\" (%3).")
                  .arg(unit->code, unit->title, m_newFile->shortcut().toString(QKeySequence::NativeText)));
    updateBreadcrumb();
    updateActions();
}

QModelIndex MainWindow::ancestorOfKind(QModelIndex index, int kind) const
{
    index = index.siblingAtColumn(0);
    while (index.isValid()) {
        if (m_recordModel->data(index, RecordTreeModel::KindRole).toInt() == kind)
            return index;
        index = index.parent();
    }
    return {};
}

void MainWindow::recordSelectionChanged()
{
    if (m_details->isAsking())
        return; // the clerk is being asked about unsaved typing: it stays in view until answered
    const QModelIndex index = m_recordView->currentIndex().siblingAtColumn(0);
    if (const auto *item = m_recordModel->item(index)) {
        if (m_intakeActive) {
            m_intakeActive = false;
            m_intakeView->selectionModel()->clear();
        }
        const QModelIndex fileIndex = ancestorOfKind(index, static_cast<int>(RecordTreeModel::Kind::File));
        QString department;
        if (const auto *fileItem = m_recordModel->item(fileIndex))
            department = std::get<FileRecord>(*fileItem).departmentCode;
        m_details->showItem(*item, department);
        const auto *row = std::get_if<RecordTreeModel::DocumentRow>(item);
        m_history->showDocument(row ? row->document.meta.id : QUuid());
        showPreview(*item);
    } else if (m_intakeActive && showIntakeSelection()) {
        // the intake's document stays on the right
    } else if (const PlanUnit *unit = m_planModel->unit(m_planView->currentIndex())) {
        m_details->showPlanUnit(*unit);
        m_history->clear();
        m_viewer->clear();
    }
    updateBreadcrumb();
    updateActions();
}

void MainWindow::intakeSelectionChanged()
{
    if (m_details->isAsking())
        return; // the clerk is being asked about unsaved typing: it stays in view until answered
    if (!m_intakeModel->row(m_intakeView->currentIndex().siblingAtColumn(0))) {
        if (m_intakeActive) {
            m_intakeActive = false;
            recordSelectionChanged();
        }
        return;
    }
    m_intakeActive = true;
    if (m_recordView->currentIndex().isValid())
        m_recordView->selectionModel()->clear(); // comes back through recordSelectionChanged
    showIntakeSelection();
    updateBreadcrumb();
    updateActions();
}

bool MainWindow::showIntakeSelection()
{
    const IntakeModel::Row *row = m_intakeModel->row(m_intakeView->currentIndex().siblingAtColumn(0));
    if (!row)
        return false;
    // An intake document belongs to the clerk's department until it is filed.
    const RecordTreeModel::Item item(row->document);
    m_details->showItem(item, m_engine ? m_engine->user().departmentCode : QString());
    m_history->showDocument(row->document.document.meta.id);
    showPreview(item);
    return true;
}

void MainWindow::showPreview(const RecordTreeModel::Item &item)
{
    const auto *row = std::get_if<RecordTreeModel::DocumentRow>(&item);
    if (!row || !row->current || !m_engine) {
        m_viewer->clear();
        if (m_sideTabs->currentWidget() == m_viewer && !row)
            m_sideTabs->setCurrentWidget(m_details);
        return;
    }
    const Version &v = *row->current;
    const bool fromSearch = m_findDocument == row->document.meta.id;
    const QString findText = fromSearch ? std::exchange(m_findText, QString()) : QString();
    if (fromSearch)
        m_findDocument = QUuid();
    // The same version again (a refresh of the tree): the viewer keeps its page and zoom.
    if (!fromSearch && m_viewer->source().sha256 == v.sha256 && m_viewer->source().title == row->document.title
        && m_viewer->source().version == v.number && m_viewer->source().currentVersion == row->document.currentVersion)
        return;
    m_viewer->showDocument(viewerSource(*m_engine, row->document, v), findText);
    if (!m_preferDetails)
        m_sideTabs->setCurrentWidget(m_viewer);
}

void MainWindow::updateBreadcrumb()
{
    if (m_intakeActive) {
        const IntakeModel::Row *row = m_intakeModel->row(m_intakeView->currentIndex().siblingAtColumn(0));
        m_breadcrumb->setParts({tr("Intake"), row ? row->document.document.title : QString()});
        return;
    }
    QStringList parts;
    if (const PlanUnit *unit = m_planModel->unit(m_planView->currentIndex()))
        parts << unit->code + QLatin1Char(' ') + unit->title;
    QStringList below;
    for (QModelIndex i = m_recordView->currentIndex().siblingAtColumn(0); i.isValid(); i = i.parent()) {
        // Files and cases by their reference; a document by its title (its reference repeats the case's).
        const bool document = m_recordModel->kind(i) == RecordTreeModel::Kind::Document;
        const QString ref = document ? QString() : m_recordModel->data(i, RecordTreeModel::ReferenceRole).toString();
        below.prepend(ref.isEmpty() ? m_recordModel->data(i).toString() : ref);
    }
    m_breadcrumb->setParts(parts + below);
}

void MainWindow::breadcrumbActivated(int level)
{
    if (level == 0) {
        m_recordView->setCurrentIndex({});
        m_recordView->clearSelection();
        recordSelectionChanged();
        return;
    }
    QList<QModelIndex> chain;
    for (QModelIndex i = m_recordView->currentIndex().siblingAtColumn(0); i.isValid(); i = i.parent())
        chain.prepend(i);
    if (level - 1 < chain.size())
        m_recordView->setCurrentIndex(chain.at(level - 1));
}

void MainWindow::updateActions()
{
    const bool writable = m_engine && !m_engine->isReadOnly();
    const QModelIndex current = m_recordView->currentIndex();
    const bool haveFile = ancestorOfKind(current, static_cast<int>(RecordTreeModel::Kind::File)).isValid();
    const bool haveCase = ancestorOfKind(current, static_cast<int>(RecordTreeModel::Kind::Case)).isValid();
    const bool jobRunning = m_job.isRunning();
    m_newFile->setEnabled(writable && !m_planUnits.isEmpty());
    m_newCase->setEnabled(writable && haveFile);
    m_addDocuments->setEnabled(writable && (haveCase || m_intakePanel->isVisible()) && !jobRunning);
    const bool intakeDocument = m_intakeActive && m_intakeView->currentIndex().isValid();
    m_fileIntoCase->setEnabled(writable && intakeDocument);
    m_scan->setEnabled(writable);
    m_importPlan->setEnabled(writable && !jobRunning);
    m_refresh->setEnabled(m_engine != nullptr);
    m_recordActions->update();
    m_routingActions->update();
    const bool keeper = m_engine && !m_engine->isReadOnly() && m_sync->isActive()
        && m_engine->user().hasRole(Model::Role::RecordsOfficer);
    m_disposal->setEnabled(keeper);
    m_disposal->setWhatsThis(
        keeper ? QString() : tr("For records officers, in a data folder connected to the central repository."));
}

DisposalWindow *MainWindow::disposalWindow() const
{
    return m_disposalWindow.data();
}

void MainWindow::showDisposalWindow()
{
    if (!m_engine || !m_disposal->isEnabled())
        return;
    if (!m_disposalWindow) {
        m_disposalWindow = new DisposalWindow(m_engine, m_sync->serverSession(), this);
        m_disposalWindow->setAttribute(Qt::WA_DeleteOnClose);
        // Files destroyed: they go from the window's lists too.
        connect(m_disposalWindow, &DisposalWindow::acted, this, [this](const QString &message) {
            statusBar()->showMessage(message, 8000);
            refresh();
        });
    }
    m_disposalWindow->show();
    m_disposalWindow->raise();
    m_disposalWindow->activateWindow();
}

void MainWindow::newFile()
{
    if (!m_engine || m_engine->isReadOnly())
        return;
    NewFileDialog::Context ctx{m_planUnits, m_departments, &m_engine->schemas(), m_fileTemplate};
    const QUuid unit = m_planModel->data(m_planView->currentIndex(), PlanTreeModel::IdRole).toUuid();
    auto *dialog = new NewFileDialog(m_engine.get(), ctx, unit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Dms::CommandResult r = dialog->result();
        statusBar()->showMessage(tr("File %1 created.").arg(r.reference), 5000);
        const QString plan = r.data.value(QLatin1String("plan_code")).toString();
        if (!plan.isEmpty())
            selectPlanUnit(plan);
        selectRecord(r.id);
        refresh();
    });
    dialog->open();
}

void MainWindow::newCase()
{
    if (!m_engine || m_engine->isReadOnly())
        return;
    const QModelIndex fileIndex = ancestorOfKind(m_recordView->currentIndex(),
                                                 static_cast<int>(RecordTreeModel::Kind::File));
    const auto *item = m_recordModel->item(fileIndex);
    if (!item)
        return;
    const FileRecord file = std::get<FileRecord>(*item);
    auto *dialog = new NewCaseDialog(m_engine.get(), file, &m_engine->schemas(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, fileIndex = QPersistentModelIndex(fileIndex)] {
        const Dms::CommandResult r = dialog->result();
        statusBar()->showMessage(tr("Case %1 created.").arg(r.reference), 5000);
        if (fileIndex.isValid())
            m_recordView->expand(fileIndex);
        selectRecord(r.id);
        refresh();
    });
    dialog->open();
}

void MainWindow::chooseDocuments()
{
    const QModelIndex caseIndex = ancestorOfKind(m_recordView->currentIndex(),
                                                 static_cast<int>(RecordTreeModel::Kind::Case));
    // No case chosen while the intake is open: the files go into the intake.
    if (!caseIndex.isValid() && !m_intakePanel->isVisible())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, caseIndex.isValid() ? tr("Add documents") : tr("Add documents to the intake"), QDir::homePath());
    if (paths.isEmpty())
        return;
    if (caseIndex.isValid()) {
        m_recordView->expand(caseIndex);
        addDocuments(m_recordModel->id(caseIndex), paths);
    } else {
        addDocuments(QUuid(), paths);
    }
}

void MainWindow::scan()
{
    if (!m_engine || m_engine->isReadOnly())
        return;
    const QModelIndex caseIndex = ancestorOfKind(m_recordView->currentIndex(),
                                                 static_cast<int>(RecordTreeModel::Kind::Case));
    QUuid caseId;
    QString reference;
    if (const auto *item = m_recordModel->item(caseIndex)) {
        const Model::Case c = std::get<Model::Case>(*item);
        caseId = c.meta.id;
        reference = c.title.isEmpty() ? c.reference : QStringLiteral("%1 (%2)").arg(c.reference, c.title);
    }
    auto *dialog = new ScanDialog(m_engine, caseId, reference, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScanDialog::filed, this, [this](const QList<QUuid> &ids, const QUuid &, const QString &where) {
        m_banner->showMessage(tr("%n scanned document(s) filed into %1.", nullptr, static_cast<int>(ids.size())).arg(where),
                              MessageBanner::Kind::Information);
        m_intakeModel->refresh();
        refresh();
        if (!ids.isEmpty())
            showDocument(ids.first());
    });
    dialog->open();
}

void MainWindow::showInbox(bool show)
{
    if (show && m_intakePanel->isVisible())
        showIntake(false);
    m_inbox->setVisible(show);
    {
        const QSignalBlocker b(m_inboxEntry);
        m_inboxEntry->setChecked(show);
    }
    m_showInbox->setChecked(show);
    if (show) {
        m_inbox->refresh();
        m_inbox->view()->setFocus(Qt::OtherFocusReason);
    }
}

void MainWindow::showIntake(bool show)
{
    if (show && m_inbox->isVisible())
        showInbox(false);
    m_intakePanel->setVisible(show);
    {
        const QSignalBlocker b1(m_intakeEntry);
        m_intakeEntry->setChecked(show);
    }
    m_showIntake->setChecked(show);
    if (show) {
        m_intakeModel->refresh();
        m_intakeView->setFocus(Qt::OtherFocusReason);
        if (!m_intakeView->currentIndex().isValid() && m_intakeModel->rowCount() > 0)
            m_intakeView->setCurrentIndex(m_intakeModel->index(0, 0));
    } else if (m_intakeActive) {
        m_intakeActive = false;
        m_intakeView->selectionModel()->clear();
        recordSelectionChanged();
    }
    updateActions();
}

void MainWindow::chooseCaseForIntakeDocument()
{
    if (!m_engine || m_engine->isReadOnly() || !m_intakeActive)
        return;
    const IntakeModel::Row *row = m_intakeModel->row(m_intakeView->currentIndex().siblingAtColumn(0));
    if (!row)
        return;
    const QUuid docId = row->document.document.meta.id;
    const QString title = row->document.document.title;
    auto *dialog = new FileIntoCaseDialog(m_engine.get(), m_reader, docId, title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, docId, title] {
        const Dms::CommandResult r = dialog->result();
        statusBar()->showMessage(tr("\"%1\" filed into %2.").arg(title, r.reference), 5000);
        m_intakeModel->refresh();
        refresh();
        showDocument(docId);
    });
    dialog->open();
}

void MainWindow::fileIntoCase(const QList<QUuid> &documentIds, const QUuid &caseId)
{
    if (!m_engine || m_engine->isReadOnly() || documentIds.isEmpty() || caseId.isNull())
        return;
    QList<Dms::Command> commands;
    for (const QUuid &id : documentIds)
        commands << Dms::Commands::fileIntoCase(id, caseId);
    submitAndReport(commands, tr("%n document(s) filed into the case.", nullptr, static_cast<int>(documentIds.size())),
                    documentIds.size() == 1 ? documentIds.first() : QUuid());
}

void MainWindow::linkDocuments(const QList<QUuid> &documentIds, const QUuid &caseId)
{
    if (!m_engine || m_engine->isReadOnly() || documentIds.isEmpty() || caseId.isNull())
        return;
    QList<Dms::Command> commands;
    for (const QUuid &id : documentIds)
        commands << Dms::Commands::linkDocument(id, caseId);
    submitAndReport(commands,
                    tr("%n reference(s) to documents in other cases made here.", nullptr,
                       static_cast<int>(documentIds.size())),
                    QUuid());
}

void MainWindow::submitAndReport(const QList<Dms::Command> &commands, const QString &done, const QUuid &select)
{
    using Watcher = QFutureWatcher<Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, done, select] {
        const auto r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            m_banner->showMessage(r.error().message);
            return;
        }
        m_banner->showMessage(done, MessageBanner::Kind::Positive);
        m_intakeModel->refresh();
        refresh();
        // A reference made from a banner: the first one is shown, with its link to the original.
        const QUuid shown = !select.isNull() ? select : (r->isEmpty() ? QUuid() : r->first().id);
        if (!shown.isNull())
            showDocument(shown);
    });
    watcher->setFuture(m_engine->submit(commands));
}

void MainWindow::showDocument(const QUuid &id)
{
    struct Path
    {
        bool found = false;
        QString planCode;
        QUuid file, caseId;
    };
    m_reader->run<Path>(
        this,
        [id](Dms::Database &db) -> Result<Path> {
            Path p;
            auto d = Dms::Queries::document(db, id);
            if (!d)
                return std::unexpected(d.error());
            if (!*d || (*d)->meta.deleted)
                return p;
            p.found = true;
            p.caseId = (*d)->caseId;
            if (p.caseId.isNull())
                return p;
            auto c = Dms::Queries::caseRecord(db, p.caseId);
            if (!c)
                return std::unexpected(c.error());
            if (!*c)
                return p;
            auto f = Dms::Queries::file(db, (*c)->fileId);
            if (!f)
                return std::unexpected(f.error());
            if (*f) {
                p.file = (*f)->meta.id;
                p.planCode = (*f)->planCode;
            }
            return p;
        },
        [this, id](const Result<Path> &r) {
            if (!r) {
                m_banner->showMessage(r.error().toString());
                return;
            }
            if (!r->found) {
                m_banner->showMessage(tr("The document is not available to you."), MessageBanner::Kind::Information);
                return;
            }
            if (r->caseId.isNull()) {
                showIntake(true);
                const QModelIndex index = m_intakeModel->indexOf(id);
                if (index.isValid()) {
                    m_intakeView->scrollTo(index);
                    m_intakeView->setCurrentIndex(index);
                } else {
                    // The list is being read again: select it when it arrives.
                    auto *once = new QObject(this);
                    connect(m_intakeModel, &IntakeModel::loaded, once, [this, id, once] {
                        once->deleteLater();
                        const QModelIndex i = m_intakeModel->indexOf(id);
                        if (i.isValid())
                            m_intakeView->setCurrentIndex(i);
                    });
                }
                return;
            }
            if (m_intakeActive) {
                m_intakeActive = false;
                m_intakeView->selectionModel()->clear();
            }
            if (!r->planCode.isEmpty())
                selectPlanUnit(r->planCode);
            selectRecordPath({r->file, r->caseId, id});
        });
}

void MainWindow::addDocuments(const QUuid &caseId, const QStringList &paths)
{
    if (!m_engine || m_engine->isReadOnly() || m_job.isRunning())
        return;
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_progress->setRange(0, 0); // busy until the folders are read
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    std::shared_ptr<Dms::Engine> engine = m_engine;
    auto cancel = m_cancelFlag;
    QPointer<MainWindow> self(this);
    m_job = QtConcurrent::run([engine, cancel, dropped = paths, caseId, self] {
        const QStringList paths = Dms::Importer::filesIn(dropped); // folders are read here, not on the GUI thread
        QMetaObject::invokeMethod(qApp, [self, total = static_cast<int>(paths.size())] {
            if (!self)
                return;
            self->m_progress->setRange(0, total);
            self->statusBar()->showMessage(tr("Adding %n document(s)…", nullptr, total));
        });
        // Through the import path, a few files at a time: duplicates are not stored twice, an
        // e-mail brings its attachments, and the text is read (as many workers as cores) so the
        // report can say which documents have none and why.
        constexpr qsizetype chunk = 8;
        int added = 0;
        int duplicates = 0;
        QList<QUuid> linkable; // duplicates of documents filed in other cases
        QStringList withoutText;
        QStringList errors;
        for (qsizetype i = 0; i < paths.size(); i += chunk) {
            if (cancel->load())
                break;
            const QStringList part = paths.mid(i, chunk);
            // Images and PDFs without text are recognised (OCR) after they are stored; Cancel stops it too.
            Dms::ImportOptions options;
            options.ocrProgress = [self](int done, int total) {
                QMetaObject::invokeMethod(qApp, [self, done, total] {
                    if (self)
                        self->statusBar()->showMessage(
                            tr("Recognising text (OCR): page %1 of %2…").arg(done).arg(total));
                });
            };
            auto r = Dms::Importer(*engine).importFiles(caseId, part, cancel.get(), options);
            if (!r) {
                if (r.error().code != ErrorCode::Cancelled)
                    errors << r.error().message;
            } else {
                for (const Dms::ImportItem &item : std::as_const(*r)) {
                    const QString name = QFileInfo(item.path).fileName();
                    switch (item.status) {
                    case Dms::ImportItem::Status::Ok:
                        ++added;
                        break;
                    case Dms::ImportItem::Status::WithoutText:
                        ++added;
                        withoutText << name + QStringLiteral(": ") + item.reason;
                        break;
                    case Dms::ImportItem::Status::Duplicate:
                        ++duplicates;
                        if (item.linkableInto(caseId) && !linkable.contains(item.documentId))
                            linkable << item.documentId;
                        break;
                    case Dms::ImportItem::Status::Failed:
                        errors << name + QStringLiteral(": ") + item.reason;
                        break;
                    }
                }
            }
            QMetaObject::invokeMethod(qApp, [self, n = static_cast<int>(part.size())] {
                if (self)
                    self->m_progress->setValue(self->m_progress->value() + n);
            });
        }
        QMetaObject::invokeMethod(qApp, [self, added, duplicates, linkable, caseId, withoutText, errors,
                                         total = paths.size()] {
            if (!self)
                return;
            self->m_progress->hide();
            self->m_cancel->hide();
            self->updateActions();
            QStringList report{tr("%1 of %2 documents added.").arg(added).arg(total)};
            if (duplicates > 0)
                report << tr("%n file(s) already stored: not added again.", nullptr, duplicates);
            if (!linkable.isEmpty())
                report << tr("%n of them are filed in another case: a reference can be made here instead.",
                             nullptr, static_cast<int>(linkable.size()));
            if (!withoutText.isEmpty())
                report << tr("Without text: %1.").arg(withoutText.join(QStringLiteral("; ")));
            report << errors;
            if (errors.isEmpty() && duplicates == 0 && withoutText.isEmpty())
                self->statusBar()->showMessage(report.first(), 5000);
            else
                self->m_banner->showMessage(report.join(QLatin1Char(' ')), errors.isEmpty()
                                                                              ? MessageBanner::Kind::Information
                                                                              : MessageBanner::Kind::Error);
            if (!linkable.isEmpty()) {
                QPushButton *link = self->m_banner->addButton(tr("&Link here"), QStringLiteral("linkDuplicates"));
                link->setToolTip(tr("Make a reference (Verweis) in this case to the document already stored"));
                QObject::connect(link, &QPushButton::clicked, self, [self, linkable, caseId] {
                    if (self)
                        self->linkDocuments(linkable, caseId);
                });
            }
            self->m_intakeModel->refresh();
            self->refresh();
            Q_EMIT self->documentsAdded(added);
        });
    });
    updateActions();
}

void MainWindow::importPlan()
{
    if (!m_engine || m_engine->isReadOnly())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import file plan"), QDir::homePath(),
        tr("File plans (*.csv *.json *.xml);;All files (*)"));
    if (path.isEmpty())
        return;
    std::shared_ptr<Dms::Engine> engine = m_engine;
    auto *watcher = new QFutureWatcher<Result<Dms::PlanImportReport>>(this);
    connect(watcher, &QFutureWatcher<Result<Dms::PlanImportReport>>::finished, this, [this, watcher] {
        const auto r = watcher->result();
        watcher->deleteLater();
        if (!r) {
            m_banner->showMessage(r.error().toString());
            return;
        }
        m_banner->showMessage(tr("File plan imported: %1 units created, %2 updated, %3 unchanged.")
                                  .arg(r->created)
                                  .arg(r->updated)
                                  .arg(r->unchanged),
                              MessageBanner::Kind::Positive);
        loadPlan();
    });
    watcher->setFuture(QtConcurrent::run([engine, path] { return Dms::PlanImporter::importFile(*engine, path); }));
}

void MainWindow::refresh()
{
    if (!m_engine)
        return;
    m_recordModel->refresh();
    m_intakeModel->refresh();
}

void MainWindow::engineChanged(const QStringList &entityTypes)
{
    m_search->updateIndex();
    // The status bar's counts follow every change, own and synced (a batch import counts once).
    for (const char *counted : { "file", "case", "document", "sub_file", "sync" }) {
        if (entityTypes.contains(QLatin1String(counted))) {
            m_countsTimer->start();
            break;
        }
    }
    m_history->refresh(); // a new version, a check-out or a lock that came with a sync
    if (entityTypes.contains(QLatin1String("document")) || entityTypes.contains(QLatin1String("sync")))
        m_intakeModel->refresh();
    if (entityTypes.contains(QLatin1String("plan_unit")) || entityTypes.contains(QLatin1String("department")))
        loadPlan();
    else
        m_recordModel->refresh();
    if (entityTypes.contains(QLatin1String("file")))
        loadPlan(); // file counts in the plan tree
}

void MainWindow::selectRecord(const QUuid &id)
{
    const QModelIndex index = m_recordModel->indexOf(id);
    if (index.isValid()) {
        m_pendingSelection = QUuid();
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            m_recordView->expand(p);
        m_recordView->scrollTo(index);
        m_recordView->setCurrentIndex(index);
        return;
    }
    m_pendingSelection = id;
}

void MainWindow::selectRecordPath(const QList<QUuid> &path)
{
    m_pendingSelection = QUuid();
    m_pendingPath = path;
    // Walk down as far as it is loaded; expanding a level loads the next (recordsLoaded comes back).
    QModelIndex deepest;
    qsizetype found = 0;
    for (const QUuid &id : path) {
        const QModelIndex index = m_recordModel->indexOf(id);
        if (!index.isValid())
            break;
        deepest = index;
        ++found;
        if (found < path.size())
            m_recordView->expand(index);
    }
    if (deepest.isValid()) {
        m_recordView->scrollTo(deepest);
        m_recordView->setCurrentIndex(deepest);
    }
    if (found == path.size())
        m_pendingPath.clear();
}

void MainWindow::recordsLoaded(const QUuid &)
{
    if (!m_pendingPath.isEmpty())
        selectRecordPath(m_pendingPath);
    if (!m_pendingSelection.isNull())
        selectRecord(m_pendingSelection);
    updateActions();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize && m_defaultSplit) {
        // About a sixth for the plan, a bit more than half for the list (a 60-character title
        // stays whole at 1366 pixels), the rest for preview and details.
        const int w = static_cast<QResizeEvent *>(event)->size().width();
        const int plan = w * 17 / 100;
        const int list = w * 53 / 100;
        m_splitter->setSizes({ plan, list, w - plan - list });
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_details->confirmLeave()) {
        event->ignore();
        m_sideTabs->setCurrentWidget(m_details);
        return;
    }
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveState()
{
    QSettings s;
    s.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    s.setValue(QStringLiteral("mainWindow/state"), QMainWindow::saveState());
    s.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("mainWindow/recordHeader"), m_recordView->header()->saveState());
    s.setValue(QStringLiteral("mainWindow/planPane"), m_showPlanPane->isChecked());
    s.setValue(QStringLiteral("mainWindow/sidePane"), m_showSidePane->isChecked());
    if (const PlanUnit *unit = m_planModel->unit(m_planView->currentIndex()))
        s.setValue(QStringLiteral("mainWindow/planUnit"), unit->code);
}

void MainWindow::restoreState()
{
    QSettings s;
    // The first time: as large as suits the screen, never larger than it (a 1366×768 laptop
    // would otherwise lose the status bar below the screen's edge).
    const QRect screenRoom = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    if (!restoreGeometry(s.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        if (screenRoom.width() < 1400 || screenRoom.height() < 860) {
            resize(screenRoom.size());
            setWindowState(windowState() | Qt::WindowMaximized);
        } else {
            resize(1280, 800);
        }
    }
    QMainWindow::restoreState(s.value(QStringLiteral("mainWindow/state")).toByteArray());
    // Without a kept layout the panes share the width by proportion, once the window has its
    // size (see resizeEvent), until the clerk moves a divider.
    m_defaultSplit = !m_splitter->restoreState(s.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    if (m_defaultSplit) {
        m_splitter->installEventFilter(this);
        connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_defaultSplit = false; });
    }
    if (!m_recordView->header()->restoreState(s.value(QStringLiteral("mainWindow/recordHeader")).toByteArray())) {
        // Wide enough for a document's reference and a date with its whole year, in the font used.
        const QFontMetrics fm(m_recordView->font());
        const int pad = 3 * fm.averageCharWidth();
        m_recordView->header()->resizeSection(
            RecordTreeModel::ReferenceColumn, fm.horizontalAdvance(QStringLiteral("63.01.02-0001/2026-002/12")) + pad);
        m_recordView->header()->resizeSection(RecordTreeModel::TypeColumn, 110);
        m_recordView->header()->resizeSection(RecordTreeModel::ModifiedColumn,
            fm.horizontalAdvance(VersionFormat::day(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))) + pad);
        // The type is in the details and the search's filters; the title needs the room first.
        m_recordView->header()->setSectionHidden(RecordTreeModel::TypeColumn, true);
    }
    m_showPlanPane->setChecked(s.value(QStringLiteral("mainWindow/planPane"), true).toBool());
    m_showSidePane->setChecked(s.value(QStringLiteral("mainWindow/sidePane"), true).toBool());
    m_splitter->widget(0)->setVisible(m_showPlanPane->isChecked());
    m_splitter->widget(2)->setVisible(m_showSidePane->isChecked());
    m_restorePlanCode = s.value(QStringLiteral("mainWindow/planUnit")).toString();
}

} // namespace Aktenwerk::Client
