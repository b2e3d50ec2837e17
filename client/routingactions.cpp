#include "client/routingactions.h"

#include "client/detailspane.h"
#include "client/icons.h"
#include "client/mainwindow.h"
#include "client/makeaction.h"
#include "client/messagebanner.h"
#include "client/recordtreemodel.h"
#include "client/routingdialogs.h"
#include "client/synccontroller.h"
#include "dms/engine.h"
#include "dms/records/recordkeeping.h"
#include "dms/store/sqlite.h"
#include "dms/workflow/routing.h"
#include "model/displaytime.h"

#include <QAction>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

RoutingActions::RoutingActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_start = makeAction(this, tr("&Start a route…"), "actionStartRoute",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), Icons::themed("mail-forward", QStyle::SP_ArrowForward),
        tr("Route the selected document, case or file to colleagues: co-signature, signature, notice"));
    m_resubmit = makeAction(this, tr("&Resubmission…"), "actionResubmit",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W), Icons::themed("appointment-new", QStyle::SP_FileDialogInfoView),
        tr("Have the selected document, case or file come back on a date, with a reason"));
    m_laufzettel = makeAction(this, tr("Save routing s&lip…"), "actionLaufzettel",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), Icons::themed("document-export", QStyle::SP_DialogSaveButton),
        tr("The routing slip (Laufzettel) of the selected item's latest route as a PDF"));
    m_absence = makeAction(this, tr("&Absence and deputy…"), "actionAbsence", QKeySequence(),
        Icons::themed("user-away", QStyle::SP_MessageBoxInformation),
        tr("Say when you are away and who stands in for you"));
    m_close = makeAction(this, tr("&Close (z.d.A.)…"), "actionCloseRecord", QKeySequence(),
        Icons::themed("archive-insert", QStyle::SP_DialogApplyButton),
        tr("Close the selected file or case: it becomes read-only and its retention starts"));
    m_reopen = makeAction(this, tr("Re&open…"), "actionReopenRecord", QKeySequence(),
        Icons::themed("document-open", QStyle::SP_DialogOpenButton), tr("Open the selected closed file or case again"));
    connect(m_close, &QAction::triggered, this, &RoutingActions::closeCurrent);
    connect(m_reopen, &QAction::triggered, this, &RoutingActions::reopenCurrent);
    connect(m_start, &QAction::triggered, this, &RoutingActions::startRoute);
    connect(m_resubmit, &QAction::triggered, this, &RoutingActions::resubmit);
    connect(m_laufzettel, &QAction::triggered, this, &RoutingActions::saveLaufzettel);
    connect(m_absence, &QAction::triggered, this, &RoutingActions::editAbsence);
    update();
}

void RoutingActions::addTo(QMenu *menu) const
{
    menu->addAction(m_start);
    menu->addAction(m_resubmit);
    menu->addAction(m_laufzettel);
    menu->addSeparator();
    menu->addAction(m_close);
    menu->addAction(m_reopen);
    menu->addSeparator();
    menu->addAction(m_absence);
}

void RoutingActions::fillContextMenu(QMenu *menu) const
{
    if (target().type.isEmpty() || !m_start->isEnabled())
        return;
    menu->addSeparator();
    menu->addAction(m_start);
    menu->addAction(m_resubmit);
    menu->addAction(m_laufzettel);
    if (m_close->isEnabled())
        menu->addAction(m_close);
    if (m_reopen->isEnabled())
        menu->addAction(m_reopen);
}

RoutingActions::Target RoutingActions::target() const
{
    const QModelIndex index = m_window->recordView()->currentIndex().siblingAtColumn(0);
    const auto *item = m_window->recordModel()->item(index);
    if (!item)
        return {};
    auto label = [](const QString &reference, const QString &title) {
        return reference.isEmpty() ? title : reference + QStringLiteral(" ") + title;
    };
    if (const auto *f = std::get_if<FileRecord>(item))
        return { QStringLiteral("file"), f->meta.id, tr("File %1").arg(label(f->reference, f->title)),
            label(f->reference, f->title), f->status == RecordStatus::Closed };
    if (const auto *c = std::get_if<Case>(item))
        return { QStringLiteral("case"), c->meta.id, tr("Case %1").arg(label(c->reference, c->title)),
            label(c->reference, c->title), c->status == RecordStatus::Closed };
    const Document &d = std::get<RecordTreeModel::DocumentRow>(*item).document;
    return { QStringLiteral("document"), d.meta.id, tr("Document %1").arg(label(d.reference, d.title)),
        label(d.reference, d.title) };
}

void RoutingActions::update()
{
    Dms::Engine *engine = m_window->engine();
    const bool connected = engine && !engine->isReadOnly() && m_window->syncController()->isActive();
    const Target t = target();
    const bool selected = !t.type.isEmpty();
    for (QAction *a : { m_start, m_resubmit })
        a->setEnabled(connected && selected && !m_busy);
    m_laufzettel->setEnabled(engine && selected);
    const bool record = t.type == QLatin1String("file") || t.type == QLatin1String("case");
    m_close->setEnabled(connected && record && !t.closed && !m_busy);
    m_reopen->setEnabled(connected && record && t.closed && !m_busy);
    m_absence->setEnabled(connected && !m_busy);
    const QString offline = tr("Routing needs a data folder connected to the central repository.");
    for (QAction *a : { m_start, m_resubmit, m_absence, m_close, m_reopen })
        a->setWhatsThis(connected ? QString() : offline);
}

void RoutingActions::act(const QString &command, const QString &type, const QUuid &id, const QJsonObject &args,
    const QString &done, ServerActDialog *dialog)
{
    std::shared_ptr<Dms::Engine> engine = m_window->sharedEngine();
    if (!engine || m_busy)
        return;
    m_busy = true;
    update();
    if (dialog)
        dialog->setBusy(true);
    m_window->statusBar()->showMessage(tr("Asking the central repository…"));
    QPointer<ServerActDialog> open = dialog;
    actInBackground(this, engine, m_window->syncController()->serverSession(), command, type, id, args,
        [this, done, open](const Result<QJsonObject> &r) {
            m_busy = false;
            update();
            if (!r) {
                m_window->statusBar()->clearMessage();
                const QString message = tr("The central repository refused: %1").arg(r.error().message);
                if (open)
                    open->showRefusal(message);
                else
                    m_window->banner()->showMessage(message);
                Q_EMIT acted(false, r.error().message);
                return;
            }
            if (open)
                open->accept();
            m_window->statusBar()->showMessage(done, 8000);
            m_window->details()->loadRoutes();
            Q_EMIT acted(true, done);
        });
}

void RoutingActions::startRoute()
{
    const Target t = target();
    Dms::Engine *engine = m_window->engine();
    if (t.type.isEmpty() || !engine || m_busy)
        return;
    // What the dialog offers, read once from the index (small reads).
    auto db = engine->openReader();
    if (!db) {
        m_window->banner()->showMessage(db.error().message);
        return;
    }
    const QStringList addressees = knownAddressees(*db);
    auto *dialog = new StartRouteDialog(t.label, addressees, Dms::Routing::addresseeNames(*db, addressees),
        routeTemplates(*db, engine->user().departmentCode), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerActDialog::submitted, this, [this, dialog, t] {
        QJsonObject args = dialog->routeArgs();
        args.insert(QStringLiteral("object_type"), t.type);
        args.insert(QStringLiteral("object_id"), t.id.toString(QUuid::WithoutBraces));
        act(QStringLiteral("route.start"), QStringLiteral("route"), QUuid::createUuid(), args,
            tr("Route started: %1.").arg(t.label), dialog);
    });
    dialog->open();
}

void RoutingActions::resubmit()
{
    const Target t = target();
    Dms::Engine *engine = m_window->engine();
    if (t.type.isEmpty() || !engine || m_busy)
        return;
    auto db = engine->openReader();
    if (!db) {
        m_window->banner()->showMessage(db.error().message);
        return;
    }
    auto *dialog = new ResubmissionDialog(t.label, engine->user().login, knownUnits(*db), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerActDialog::submitted, this, [this, dialog, t] {
        QJsonObject args = dialog->args();
        args.insert(QStringLiteral("object_type"), t.type);
        args.insert(QStringLiteral("object_id"), t.id.toString(QUuid::WithoutBraces));
        act(QStringLiteral("resubmission.create"), QStringLiteral("resubmission"), QUuid::createUuid(), args,
            tr("Resubmission set for %1: %2.").arg(displayDate(dialog->dateEdit()->date()), t.label), dialog);
    });
    dialog->open();
}

void RoutingActions::editAbsence()
{
    Dms::Engine *engine = m_window->engine();
    if (!engine || m_busy)
        return;
    auto db = engine->openReader();
    if (!db) {
        m_window->banner()->showMessage(db.error().message);
        return;
    }
    const QString me = engine->user().login;
    const QList<AbsenceRecord> absences = currentAbsences(*db, me);
    QStringList people { me };
    for (const AbsenceRecord &a : absences)
        people << a.login << a.deputy;
    auto *dialog
        = new AbsenceDialog(me, absences, knownLogins(*db), Dms::Routing::addresseeNames(*db, people), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerActDialog::submitted, this, [this, dialog] {
        if (!dialog->withdrawn().isNull()) {
            act(QStringLiteral("absence.set"), QStringLiteral("absence"), dialog->withdrawn(),
                { { QStringLiteral("ended"), true } }, tr("Absence withdrawn."), dialog);
            return;
        }
        act(QStringLiteral("absence.set"), QStringLiteral("absence"), QUuid::createUuid(), dialog->args(),
            tr("Absence set: %1 to %2.")
                .arg(displayDate(dialog->fromEdit()->date()), displayDate(dialog->toEdit()->date())),
            dialog);
    });
    dialog->open();
}

void RoutingActions::closeCurrent()
{
    const Target t = target();
    Dms::Engine *engine = m_window->engine();
    if (!engine || m_busy || t.closed || (t.type != QLatin1String("file") && t.type != QLatin1String("case")))
        return;
    const bool isFile = t.type == QLatin1String("file");
    int openCases = 0;
    Retention retention = Retention::unlimited();
    if (auto db = engine->openReader()) {
        if (isFile) {
            if (auto st = db->prepare(QStringLiteral(
                    "SELECT count(*) FROM case_record WHERE file_id = ? AND deleted = 0 AND status = 'open'"))) {
                st->bind(1, t.id.toString(QUuid::WithoutBraces));
                if (auto row = st->step(); row && *row)
                    openCases = int(st->int64(0));
            }
        }
        if (auto state = Dms::RecordKeeping::state(*db, t.id))
            retention = state->retention;
    }
    auto *dialog = new CloseDialog(t.label, isFile, openCases, retention, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerActDialog::submitted, this, [this, dialog, t] {
        QJsonObject args { { QStringLiteral("date"), dialog->dateEdit()->date().toString(Qt::ISODate) },
            { QStringLiteral("reason"), dialog->reasonEdit()->text().trimmed() },
            { QStringLiteral("with_cases"), dialog->withCasesCheck()->isChecked() } };
        act(QStringLiteral("record.close"), t.type, t.id, args, tr("Closed (z.d.A.): %1.").arg(t.label), dialog);
    });
    dialog->open();
}

void RoutingActions::reopenCurrent()
{
    const Target t = target();
    if (!m_window->engine() || m_busy || !t.closed)
        return;
    auto *dialog = new ReopenDialog(t.label, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ServerActDialog::submitted, this, [this, dialog, t] {
        act(QStringLiteral("record.reopen"), t.type, t.id,
            { { QStringLiteral("reason"), dialog->reasonEdit()->text().trimmed() } }, tr("Reopened: %1.").arg(t.label),
            dialog);
    });
    dialog->open();
}

void RoutingActions::saveLaufzettel()
{
    const Target t = target();
    std::shared_ptr<Dms::Engine> engine = m_window->sharedEngine();
    if (t.type.isEmpty() || !engine)
        return;
    QString path = m_testSaveTarget;
    if (path.isEmpty()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        path = QFileDialog::getSaveFileName(m_window, tr("Save routing slip"),
            QDir(folder).filePath(tr("Routing slip %1.pdf").arg(RecordTreeModel::safeFileName(t.fileName))),
            QStringLiteral("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
    }
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) {
            m_window->banner()->showMessage(error);
            Q_EMIT laufzettelSaved({}, error);
            return;
        }
        const QString done = tr("Routing slip saved: %1").arg(QDir::toNativeSeparators(path));
        m_window->statusBar()->showMessage(done, 8000);
        Q_EMIT laufzettelSaved(path, done);
    });
    watcher->setFuture(QtConcurrent::run([engine, t, path]() -> QString {
        Dms::Routing routing(*engine);
        auto routes = routing.routes(t.id);
        if (!routes)
            return routes.error().message;
        if (routes->isEmpty())
            return tr("%1 has not been routed yet: there is no routing slip.").arg(t.label);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(routing.laufzettel(routes->first(), t.label)) < 0
            || !out.commit())
            return tr("The routing slip could not be written to %1: %2")
                .arg(QDir::toNativeSeparators(path), out.errorString());
        return {};
    }));
}

} // namespace Aktenwerk::Client
