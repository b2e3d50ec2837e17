#include "client/disposalwindow.h"

#include "dms/engine.h"
#include "dms/records/destruction.h"
#include "dms/records/disposal.h"
#include "model/displaytime.h"
#include "model/fileplan.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

const QString kFolderKey = QStringLiteral("disposal/outFolder");

/** Runs @p work off the GUI thread and hands its result to @p done on it (if @p context lives). */
template<typename T> void inBackground(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto *watcher = new QFutureWatcher<std::shared_ptr<T>>(context);
    QObject::connect(watcher, &QFutureWatcher<std::shared_ptr<T>>::finished, context, [watcher, done] {
        auto r = watcher->result();
        watcher->deleteLater();
        done(*r);
    });
    watcher->setFuture(QtConcurrent::run([work]() { return std::make_shared<T>(work()); }));
}

QTreeWidget *makeTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setAccessibleName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString day(const QJsonValue &v)
{
    const QString text = v.toString();
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid())
        return at.toLocalTime().date().toString(QStringLiteral("dd.MM.yyyy"));
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : text;
}

/** The top-level item above @p item (a process, a proposal), or @p item itself. */
const QTreeWidgetItem *topOf(const QTreeWidgetItem *item)
{
    while (item && item->parent())
        item = item->parent();
    return item;
}

} // namespace

DisposalWindow::DisposalWindow(std::shared_ptr<Dms::Engine> engine, ServerSession session, QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_session(std::move(session))
{
    setObjectName(QStringLiteral("disposalWindow"));
    setWindowTitle(tr("Disposal and destruction"));
    setWindowFlag(Qt::Window);
    resize(1180, 660);
    auto *layout = new QVBoxLayout(this);

    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("Messages to the &archive go to:"), this);
    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("outFolder"));
    m_folder->setAccessibleName(tr("Folder for messages to the archive"));
    folderLabel->setBuddy(m_folder);
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setAccessibleName(tr("Choose the folder for messages to the archive"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder
            = QFileDialog::getExistingDirectory(this, tr("Folder for messages to the archive"), outFolder());
        if (!folder.isEmpty())
            setOutFolder(folder);
    });
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(choose);
    layout->addLayout(folderRow);
    const QString remembered = QSettings().value(kFolderKey).toString();
    m_folder->setText(QDir::toNativeSeparators(remembered.isEmpty()
            ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("Disposal"))
            : remembered));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("disposalTabs"));
    m_tabs->setAccessibleName(tr("Disposal"));
    m_tabs->tabBar()->setAccessibleName(tr("Disposal"));
    layout->addWidget(m_tabs, 1);
    buildDueTab();
    buildProcessTab();
    buildDestructionTab();

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("disposalMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAccessibleName(tr("Message"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *refreshButton = buttons->addButton(tr("&Refresh"), QDialogButtonBox::ActionRole);
    refreshButton->setShortcut(QKeySequence::Refresh);
    refreshButton->setToolTip(tr("Read everything again (F5)"));
    connect(refreshButton, &QPushButton::clicked, this, &DisposalWindow::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    updateButtons();
    refresh();
}

void DisposalWindow::buildDueTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Due by:"), page);
    m_dueBy = new QDateEdit(QDate::currentDate(), page);
    m_dueBy->setCalendarPopup(true);
    m_dueBy->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    m_dueBy->setAccessibleName(tr("Due by"));
    label->setBuddy(m_dueBy);
    connect(m_dueBy, &QDateEdit::dateChanged, this, &DisposalWindow::refresh);
    row->addWidget(label);
    row->addWidget(m_dueBy);
    row->addStretch(1);
    layout->addLayout(row);
    auto *hint = new QLabel(tr("Closed files whose retention has ended and that no legal hold stops. A: worth keeping "
                               "(goes to the archive directly), B: to be appraised by the archive (offer it), V: to be "
                               "destroyed."),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_due = makeTree(
        { tr("Reference"), tr("Title"), tr("Dept."), tr("Closed"), tr("Retention until"), tr("Disposal"), tr("State") },
        tr("Files due for disposal"), page);
    m_due->setObjectName(QStringLiteral("dueList"));
    m_due->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_due->header()->resizeSection(0, 170);
    m_due->header()->resizeSection(1, 300);
    m_due->header()->resizeSection(2, 50);
    m_due->header()->resizeSection(3, 90);
    m_due->header()->resizeSection(4, 130);
    m_due->header()->resizeSection(5, 150);
    connect(m_due, &QTreeWidget::itemSelectionChanged, this, &DisposalWindow::updateButtons);
    layout->addWidget(m_due, 1);
    auto *buttons = new QHBoxLayout;
    m_offer = new QPushButton(tr("&Offer to the archive (0501)"), page);
    m_offer->setObjectName(QStringLiteral("offerButton"));
    m_offer->setToolTip(tr("Write the offer list for the selected files into the folder above"));
    m_direct = new QPushButton(tr("&Transfer directly (0503)"), page);
    m_direct->setObjectName(QStringLiteral("transferDirectButton"));
    m_direct->setToolTip(tr("Files classed A go to the archive without an offer (two-stage route)"));
    m_proposeDue = new QPushButton(tr("&Propose for destruction"), page);
    m_proposeDue->setObjectName(QStringLiteral("proposeDueButton"));
    m_proposeDue->setToolTip(
        tr("Files classed V are destroyed without an offer, once a second records officer approves"));
    connect(m_offer, &QPushButton::clicked, this, &DisposalWindow::offerSelected);
    connect(m_direct, &QPushButton::clicked, this, &DisposalWindow::transferDirectSelected);
    connect(m_proposeDue, &QPushButton::clicked, this, &DisposalWindow::proposeSelectedDue);
    buttons->addWidget(m_offer);
    buttons->addWidget(m_direct);
    buttons->addWidget(m_proposeDue);
    buttons->addStretch(1);
    auto *exportList = new QPushButton(tr("E&xport list…"), page);
    exportList->setObjectName(QStringLiteral("exportDueButton"));
    exportList->setToolTip(tr("The list as shown, for a spreadsheet (CSV) or for the records (PDF)"));
    connect(exportList, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the disposal list"),
            QDir(outFolder()).filePath(tr("disposal-list.pdf")), tr("PDF (*.pdf);;CSV for a spreadsheet (*.csv)"));
        if (!path.isEmpty())
            exportDueList(path);
    });
    buttons->addWidget(exportList);
    layout->addLayout(buttons);
    m_tabs->addTab(page, tr("Due"));
}

void DisposalWindow::buildProcessTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    m_processes = makeTree({ tr("Disposal process / file"), tr("State"), tr("Next") }, tr("Disposal processes"), page);
    m_processes->setObjectName(QStringLiteral("processList"));
    m_processes->setRootIsDecorated(true);
    m_processes->header()->resizeSection(0, 430);
    m_processes->header()->resizeSection(1, 290);
    connect(m_processes, &QTreeWidget::itemSelectionChanged, this, &DisposalWindow::updateButtons);
    layout->addWidget(m_processes, 1);
    m_next = new QLabel(page);
    m_next->setWordWrap(true);
    m_next->setObjectName(QStringLiteral("nextStep"));
    layout->addWidget(m_next);
    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(tr("Read &in the archive's answer…"), page);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setToolTip(tr("A container from the archive: receipt (0504, 0507), appraisal (0502, confirmed at once), "
                            "import confirmation (0506)"));
    m_transfer = new QPushButton(tr("Tran&sfer (0503)"), page);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_transfer->setToolTip(tr("Hand over what the archive appraised A: metadata, originals, PDF/A renditions"));
    m_proposeProcess = new QPushButton(tr("Propose for &destruction"), page);
    m_proposeProcess->setObjectName(QStringLiteral("proposeProcessButton"));
    m_proposeProcess->setToolTip(
        tr("Every file of the process the archive does not want (V, confirmed) or has taken over (0506)"));
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString zip = QFileDialog::getOpenFileName(
            this, tr("The archive's answer"), outFolder(), tr("xdomea containers (*.zip)"));
        if (!zip.isEmpty())
            importContainer(zip);
    });
    connect(m_transfer, &QPushButton::clicked, this, &DisposalWindow::transferSelectedProcess);
    connect(m_proposeProcess, &QPushButton::clicked, this, &DisposalWindow::proposeSelectedProcess);
    buttons->addWidget(m_import);
    buttons->addWidget(m_transfer);
    buttons->addWidget(m_proposeProcess);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_tabs->addTab(page, tr("Processes"));
}

void DisposalWindow::buildDestructionTab()
{
    auto *page = new QWidget(m_tabs);
    auto *layout = new QVBoxLayout(page);
    auto *waiting = new QLabel(tr("Proposals waiting for a second records officer's decision:"), page);
    layout->addWidget(waiting);
    m_proposals = makeTree(
        { tr("Proposal / file"), tr("Proposed by"), tr("On"), tr("Grounds") }, tr("Destruction proposals"), page);
    m_proposals->setObjectName(QStringLiteral("proposalList"));
    m_proposals->setRootIsDecorated(true);
    m_proposals->header()->resizeSection(0, 430);
    m_proposals->header()->resizeSection(1, 160);
    m_proposals->header()->resizeSection(2, 100);
    connect(m_proposals, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_confirm->hide();
        updateButtons();
    });
    layout->addWidget(m_proposals, 2);
    auto *row = new QHBoxLayout;
    auto *remarkLabel = new QLabel(tr("Re&mark:"), page);
    m_remark = new QLineEdit(page);
    m_remark->setObjectName(QStringLiteral("decisionRemark"));
    m_remark->setAccessibleName(tr("Remark on the decision"));
    m_remark->setPlaceholderText(tr("Required to reject; kept with the decision"));
    remarkLabel->setBuddy(m_remark);
    m_approve = new QPushButton(tr("Appro&ve…"), page);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_reject = new QPushButton(tr("Re&ject"), page);
    m_reject->setObjectName(QStringLiteral("rejectButton"));
    connect(m_approve, &QPushButton::clicked, this, &DisposalWindow::approveSelectedProposal);
    connect(m_reject, &QPushButton::clicked, this, &DisposalWindow::rejectSelectedProposal);
    row->addWidget(remarkLabel);
    row->addWidget(m_remark, 1);
    row->addWidget(m_approve);
    row->addWidget(m_reject);
    layout->addLayout(row);
    // Destroying is for good: asked once more, in the window.
    m_confirm = new QWidget(page);
    m_confirm->setObjectName(QStringLiteral("confirmPanel"));
    auto *confirmRow = new QHBoxLayout(m_confirm);
    confirmRow->setContentsMargins(0, 0, 0, 0);
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setWordWrap(true);
    m_confirmText->setStyleSheet(QStringLiteral("color: #a4000f; font-weight: bold;"));
    auto *destroy = new QPushButton(tr("Destroy for &good"), m_confirm);
    destroy->setObjectName(QStringLiteral("confirmDestroy"));
    auto *cancel = new QPushButton(tr("&Cancel"), m_confirm);
    connect(cancel, &QPushButton::clicked, m_confirm, &QWidget::hide);
    connect(destroy, &QPushButton::clicked, this, [this] {
        const QUuid id = selectedProposal();
        m_confirm->hide();
        if (id.isNull())
            return;
        const QString remark = m_remark->text();
        act(tr("Destroying…"), [engine = m_engine, session = m_session, id, remark]() -> Result<QString> {
            auto r = Dms::Destruction(*engine).approve(session, id, remark);
            if (!r)
                return std::unexpected(r.error());
            return tr("Destroyed %n file(s); a deletion record is kept for each.", nullptr,
                static_cast<int>(r->value(QLatin1String("files")).toArray().size()));
        });
        m_remark->clear();
    });
    confirmRow->addWidget(m_confirmText, 1);
    confirmRow->addWidget(destroy);
    confirmRow->addWidget(cancel);
    m_confirm->hide();
    layout->addWidget(m_confirm);
    layout->addWidget(new QLabel(tr("Deletion records:"), page));
    m_records = makeTree({ tr("Reference"), tr("Title"), tr("Destroyed"), tr("Proposed by"), tr("Approved by"),
                             tr("Decision"), tr("Legal basis") },
        tr("Deletion records"), page);
    m_records->setObjectName(QStringLiteral("recordList"));
    m_records->header()->resizeSection(0, 170);
    m_records->header()->resizeSection(1, 200);
    m_records->header()->resizeSection(2, 90);
    m_records->header()->resizeSection(3, 130);
    m_records->header()->resizeSection(4, 130);
    m_records->header()->resizeSection(5, 250);
    layout->addWidget(m_records, 2);
    m_tabs->addTab(page, tr("Destruction"));
}

QString DisposalWindow::outFolder() const
{
    return QDir::fromNativeSeparators(m_folder->text().trimmed());
}

void DisposalWindow::setOutFolder(const QString &folder)
{
    m_folder->setText(QDir::toNativeSeparators(folder));
    QSettings().setValue(kFolderKey, folder);
}

void DisposalWindow::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a4000f;") : QString());
}

void DisposalWindow::updateButtons()
{
    const bool idle = m_busy == 0;
    const bool due = !selectedDueFiles().isEmpty();
    for (QPushButton *b : { m_offer, m_direct, m_proposeDue })
        b->setEnabled(idle && due);
    const QUuid process = selectedProcess();
    m_import->setEnabled(idle);
    QString state;
    QString kind;
    for (int i = 0; i < m_processes->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *it = m_processes->topLevelItem(i);
        if (QUuid(it->data(0, Qt::UserRole).toString()) == process) {
            state = it->data(1, Qt::UserRole).toString();
            kind = it->data(2, Qt::UserRole).toString();
        }
    }
    m_transfer->setEnabled(idle && state == QLatin1String("0505"));
    m_proposeProcess->setEnabled(idle && !process.isNull() && state != QLatin1String("closed"));
    m_next->setText(process.isNull() ? tr("Select a disposal process to see what comes next.")
                                     : tr("Next: %1").arg(Dms::Disposal::nextStep(state, kind)));
    const bool proposal = !selectedProposal().isNull();
    m_approve->setEnabled(idle && proposal);
    m_reject->setEnabled(idle && proposal);
}

QList<QUuid> DisposalWindow::selectedDueFiles() const
{
    QList<QUuid> files;
    for (const QTreeWidgetItem *it : m_due->selectedItems())
        files << QUuid(it->data(0, Qt::UserRole).toString());
    return files;
}

QUuid DisposalWindow::selectedProcess() const
{
    const QTreeWidgetItem *it = topOf(m_processes->currentItem());
    return it ? QUuid(it->data(0, Qt::UserRole).toString()) : QUuid();
}

QUuid DisposalWindow::selectedProposal() const
{
    const QTreeWidgetItem *it = topOf(m_proposals->currentItem());
    return it ? QUuid(it->data(0, Qt::UserRole).toString()) : QUuid();
}

void DisposalWindow::act(const QString &what, std::function<Result<QString>()> work)
{
    ++m_busy;
    updateButtons();
    showMessage(what, false);
    inBackground<Result<QString>>(this, std::move(work), [this](const Result<QString> &r) {
        --m_busy;
        updateButtons();
        if (!r) {
            // What was selected and typed stays: nothing is lost by a refusal.
            showMessage(r.error().message, true);
            return;
        }
        showMessage(*r, false);
        Q_EMIT acted(*r);
        refresh();
    });
}

void DisposalWindow::refresh()
{
    if (!m_engine)
        return;
    m_reading += 2;
    const QDate dueBy = m_dueBy->date();
    using Due = Result<QList<Dms::DisposalItem>>;
    inBackground<Due>(
        this,
        [engine = m_engine, dueBy]() -> Due {
            auto db = engine->openReader();
            if (!db)
                return std::unexpected(db.error());
            return Dms::RecordKeeping::disposalList(*db, dueBy);
        },
        [this](const Due &r) {
            m_due->clear();
            m_dueItems.clear();
            if (!r) {
                showMessage(r.error().message, true);
            } else {
                for (const Dms::DisposalItem &d : *r) {
                    auto *it = new QTreeWidgetItem(m_due,
                        { d.reference, d.title, d.departmentCode, d.closedOn.toString(QStringLiteral("dd.MM.yyyy")),
                            d.retentionEnd.toString(QStringLiteral("dd.MM.yyyy")), disposalTypeName(d.disposal),
                            QString() });
                    it->setData(0, Qt::UserRole, d.fileId.toString(QUuid::WithoutBraces));
                }
                m_dueItems = *r;
                m_tabs->setTabText(0, tr("Due (%1)").arg(r->size()));
            }
            readDone();
        });
    // What the server keeps — processes, proposals, deletion records — in one session.
    struct ServerView
    {
        QJsonArray processes, proposals, records;
    };
    using Server = Result<ServerView>;
    inBackground<Server>(
        this,
        [session = m_session]() -> Server {
            auto db = session();
            if (!db)
                return std::unexpected(db.error());
            ServerView view;
            auto processes = Dms::Disposal::processes(*db);
            if (!processes)
                return std::unexpected(processes.error());
            view.processes = *processes;
            auto proposals = Dms::Destruction::proposals(*db, true);
            if (!proposals)
                return std::unexpected(proposals.error());
            view.proposals = *proposals;
            auto records = Dms::Destruction::deletionRecords(*db);
            if (!records)
                return std::unexpected(records.error());
            view.records = *records;
            return view;
        },
        [this](const Server &r) {
            if (!r)
                showMessage(r.error().message, true);
            else
                showServerView(r->processes, r->proposals, r->records);
            readDone();
        });
}

void DisposalWindow::showServerView(const QJsonArray &processes, const QJsonArray &proposals, const QJsonArray &records)
{
    // The due files already under way, by id: in a process (its state), or proposed.
    m_underWay.clear();
    const QUuid selected = selectedProcess();
    m_processes->clear();
    for (const QJsonValue &v : processes) {
        const QJsonObject p = v.toObject();
        const QString kind = p.value(QLatin1String("kind")).toString();
        const QString state = p.value(QLatin1String("state")).toString();
        auto *top = new QTreeWidgetItem(m_processes,
            { (kind == QLatin1String("two_stage") ? tr("Transfer of %1 (two-stage), started by %2")
                                                  : tr("Offer of %1, started by %2"))
                    .arg(day(p.value(QLatin1String("created_at"))), p.value(QLatin1String("created_by")).toString()),
                Dms::Disposal::stateName(state), Dms::Disposal::nextStep(state, kind) });
        top->setData(0, Qt::UserRole, p.value(QLatin1String("process")).toString());
        top->setData(1, Qt::UserRole, state);
        top->setData(2, Qt::UserRole, kind);
        top->setToolTip(0, p.value(QLatin1String("process")).toString());
        top->setToolTip(2, top->text(2));
        for (const QJsonValue &o : p.value(QLatin1String("objects")).toArray()) {
            const QJsonObject object = o.toObject();
            new QTreeWidgetItem(top,
                { QStringLiteral("%1  %2").arg(object.value(QLatin1String("reference")).toString(),
                      object.value(QLatin1String("title")).toString()),
                    Dms::Disposal::objectState(object) });
            m_underWay.insert(QUuid(object.value(QLatin1String("file_id")).toString()), top->text(1));
        }
        top->setExpanded(state != QLatin1String("closed"));
        if (QUuid(p.value(QLatin1String("process")).toString()) == selected)
            m_processes->setCurrentItem(top);
    }
    m_tabs->setTabText(1, tr("Processes (%1)").arg(processes.size()));

    m_proposals->clear();
    for (const QJsonValue &v : proposals) {
        const QJsonObject p = v.toObject();
        const QJsonArray files = p.value(QLatin1String("files")).toArray();
        const QString reason = p.value(QLatin1String("reason")).toString();
        auto *top = new QTreeWidgetItem(m_proposals,
            { tr("%n file(s)", nullptr, static_cast<int>(files.size()))
                    + (reason.isEmpty() ? QString() : QStringLiteral(" – ") + reason),
                p.value(QLatin1String("proposed_by")).toString(), day(p.value(QLatin1String("proposed_at"))),
                QString() });
        top->setData(0, Qt::UserRole, p.value(QLatin1String("id")).toString());
        for (const QJsonValue &f : files) {
            const QJsonObject file = f.toObject();
            new QTreeWidgetItem(top,
                { QStringLiteral("%1  %2").arg(
                      file.value(QLatin1String("reference")).toString(), file.value(QLatin1String("title")).toString()),
                    QString(), QString(), Dms::Destruction::grounds(file) });
            m_underWay.insert(QUuid(file.value(QLatin1String("file_id")).toString()), tr("proposed for destruction"));
        }
        top->setExpanded(true);
    }
    m_tabs->setTabText(2, tr("Destruction (%1 waiting)").arg(proposals.size()));

    m_records->clear();
    for (const QJsonValue &v : records) {
        const QJsonObject r = v.toObject();
        auto text = [&r](const char *key) { return r.value(QLatin1String(key)).toString(); };
        auto *it = new QTreeWidgetItem(m_records,
            { text("reference"), text("title"), day(r.value(QLatin1String("approved_at"))), text("proposed_by"),
                text("approved_by"), Dms::Destruction::grounds(r), text("legal_basis") });
        it->setToolTip(5, it->text(5));
        it->setToolTip(6, text("legal_basis"));
        it->setToolTip(1,
            tr("Runtime %1 – %2, retention until %3; %4 document(s), %5 version(s)")
                .arg(day(r.value(QLatin1String("runtime_from"))), day(r.value(QLatin1String("runtime_to"))),
                    day(r.value(QLatin1String("retention_end"))))
                .arg(r.value(QLatin1String("documents")).toInt())
                .arg(r.value(QLatin1String("versions")).toInt()));
    }
}

void DisposalWindow::readDone()
{
    if (--m_reading > 0)
        return;
    // The due files already on their way: in a process, or proposed.
    for (int i = 0; i < m_due->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_due->topLevelItem(i);
        it->setText(6, m_underWay.value(QUuid(it->data(0, Qt::UserRole).toString())));
    }
    updateButtons();
    Q_EMIT refreshed();
}

void DisposalWindow::exportDueList(const QString &path)
{
    // Written off the GUI thread; nothing changes in the index, so nothing is read again.
    showMessage(tr("Writing the disposal list…"), false);
    inBackground<Status>(
        this,
        [items = m_dueItems, dueBy = m_dueBy->date(), path]() -> Status {
            return Dms::RecordKeeping::exportDisposalList(items, dueBy, QString(), path);
        },
        [this, path](const Status &s) {
            showMessage(
                s ? tr("Disposal list written: %1").arg(QDir::toNativeSeparators(path)) : s.error().message, !s);
        });
}

void DisposalWindow::offerSelected()
{
    const QList<QUuid> files = selectedDueFiles();
    const QString folder = outFolder();
    if (files.isEmpty() || !QDir().mkpath(folder)) {
        showMessage(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)), true);
        return;
    }
    act(tr("Offering %n file(s) to the archive…", nullptr, static_cast<int>(files.size())),
        [engine = m_engine, session = m_session, files, folder]() -> Result<QString> {
            auto w = Dms::Disposal(*engine).offer(session, files, folder, Dms::XdomeaParties {});
            if (!w)
                return std::unexpected(w.error());
            return tr("Offered %n file(s) to the archive: %1", nullptr, w->files)
                .arg(QDir::toNativeSeparators(w->container));
        });
}

void DisposalWindow::transferDirectSelected()
{
    const QList<QUuid> files = selectedDueFiles();
    const QString folder = outFolder();
    if (files.isEmpty() || !QDir().mkpath(folder)) {
        showMessage(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)), true);
        return;
    }
    act(tr("Transferring %n file(s) to the archive…", nullptr, static_cast<int>(files.size())),
        [engine = m_engine, session = m_session, files, folder]() -> Result<QString> {
            auto w = Dms::Disposal(*engine).transferDirect(session, files, folder, Dms::XdomeaParties {});
            if (!w)
                return std::unexpected(w.error());
            return tr("Transferred %n file(s) to the archive (0503): %1", nullptr, w->files)
                .arg(QDir::toNativeSeparators(w->container));
        });
}

void DisposalWindow::proposeSelectedDue()
{
    const QList<QUuid> files = selectedDueFiles();
    if (files.isEmpty())
        return;
    act(tr("Proposing for destruction…"), [engine = m_engine, session = m_session, files]() -> Result<QString> {
        auto r = Dms::Destruction(*engine).propose(session, QUuid(), files, QString());
        if (!r)
            return std::unexpected(r.error());
        return tr("Proposed for destruction: %n file(s). A second records officer decides.", nullptr,
            static_cast<int>(r->value(QLatin1String("files")).toArray().size()));
    });
}

void DisposalWindow::transferSelectedProcess()
{
    const QUuid process = selectedProcess();
    const QString folder = outFolder();
    if (process.isNull())
        return;
    if (!QDir().mkpath(folder)) {
        showMessage(tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)), true);
        return;
    }
    act(tr("Writing the transfer (0503)…"),
        [engine = m_engine, session = m_session, process, folder]() -> Result<QString> {
            auto w = Dms::Disposal(*engine).transfer(session, process, folder, Dms::XdomeaParties {});
            if (!w)
                return std::unexpected(w.error());
            return tr("Transferred %n file(s) to the archive (0503): %1", nullptr, w->files)
                .arg(QDir::toNativeSeparators(w->container));
        });
}

void DisposalWindow::proposeSelectedProcess()
{
    const QUuid process = selectedProcess();
    if (process.isNull())
        return;
    act(tr("Proposing for destruction…"), [engine = m_engine, session = m_session, process]() -> Result<QString> {
        auto r = Dms::Destruction(*engine).propose(session, process, {}, QString());
        if (!r)
            return std::unexpected(r.error());
        return tr("Proposed for destruction: %n file(s). A second records officer decides.", nullptr,
            static_cast<int>(r->value(QLatin1String("files")).toArray().size()));
    });
}

void DisposalWindow::approveSelectedProposal()
{
    const QTreeWidgetItem *it = topOf(m_proposals->currentItem());
    if (!it)
        return;
    showMessage(QString(), false);
    m_confirmText->setText(tr("%n file(s) with all their documents and content will be destroyed for good – on the "
                              "central repository and on every client. A deletion record is kept.",
        nullptr, it->childCount()));
    m_confirm->show();
    m_confirm->findChild<QPushButton *>(QStringLiteral("confirmDestroy"))->setFocus(Qt::OtherFocusReason);
}

void DisposalWindow::rejectSelectedProposal()
{
    const QUuid id = selectedProposal();
    if (id.isNull())
        return;
    const QString remark = m_remark->text().trimmed();
    if (remark.isEmpty()) {
        showMessage(tr("Say in the remark why the proposal is rejected."), true);
        m_remark->setFocus(Qt::OtherFocusReason);
        return;
    }
    act(tr("Rejecting…"), [engine = m_engine, session = m_session, id, remark]() -> Result<QString> {
        auto r = Dms::Destruction(*engine).reject(session, id, remark);
        if (!r)
            return std::unexpected(r.error());
        return tr("Proposal rejected.");
    });
    m_remark->clear();
}

void DisposalWindow::importContainer(const QString &zipPath)
{
    const QString folder = outFolder();
    act(tr("Reading in %1…").arg(QFileInfo(zipPath).fileName()),
        [engine = m_engine, session = m_session, zipPath, folder]() -> Result<QString> {
            Dms::Disposal disposal(*engine);
            auto received = disposal.receive(session, zipPath);
            if (!received)
                return std::unexpected(received.error());
            if (received->code == QLatin1String("0502")) {
                int archived = 0;
                for (const auto &[file, decision] : std::as_const(received->appraisals))
                    archived += decision == QLatin1Char('A') ? 1 : 0;
                QDir().mkpath(folder);
                auto confirmed = disposal.confirmAppraisal(session, received->process, folder, Dms::XdomeaParties {});
                if (!confirmed)
                    return std::unexpected(confirmed.error());
                return tr("Appraisal (0502) read in: %1 to the archive, %2 to be destroyed; confirmed (0505): %3")
                    .arg(archived)
                    .arg(received->appraisals.size() - archived)
                    .arg(QDir::toNativeSeparators(confirmed->container));
            }
            if (received->code == QLatin1String("0506")) {
                int taken = 0;
                for (const auto &i : std::as_const(received->imports))
                    taken += i.ok ? 1 : 0;
                return tr("Import confirmation (0506) read in: %1 of %2 file(s) taken over by the archive.")
                    .arg(taken)
                    .arg(received->imports.size());
            }
            return tr("Receipt (%1) read in.").arg(received->code);
        });
}

} // namespace Aktenwerk::Client
