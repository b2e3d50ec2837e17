#include "dms/versions/checkouts.h"

#include "dms/engine.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "dms/sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

/** A file name that is safe as one path component, keeping the extension the editor needs. */
QString safeFileName(const QString &name, const QString &fallback)
{
    QString out;
    for (const QChar ch : name) {
        if (ch == QLatin1Char('/') || ch == QLatin1Char('\\') || ch.unicode() < 0x20 || ch == QLatin1Char(':'))
            out += QLatin1Char('_');
        else
            out += ch;
    }
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? fallback : out.left(200);
}

} // namespace

CheckOuts::CheckOuts(Engine &engine)
    : m_engine(engine)
{
}

QString CheckOuts::workingRoot(const Engine &engine)
{
    return QDir(engine.dataDir()).filePath(QStringLiteral("working"));
}

void CheckOuts::removeWorkingCopy(const QString &path) const
{
    const QFileInfo fi(path);
    QDir folder = fi.dir();
    // Only inside our own working folder: a path from the index is never trusted to delete elsewhere.
    const QString root = QDir(workingRoot(m_engine)).canonicalPath();
    const QString canonical = folder.canonicalPath();
    if (root.isEmpty() || canonical.isEmpty() || !canonical.startsWith(root + QLatin1Char('/')))
        return;
    folder.removeRecursively();
}

Result<bool> CheckOuts::askServer(const Command &command, const ServerSession &session, QString *offlineReason)
{
    if (!m_engine.isConnected())
        return false;
    if (!session) {
        *offlineReason = tr("no connection to the server was opened");
        return false;
    }
    auto db = session();
    if (!db) {
        if (db.error().code != ErrorCode::Unavailable)
            return std::unexpected(db.error());
        *offlineReason = db.error().message;
        return false;
    }
    SyncEngine sync(m_engine);
    if (auto s = sync.applyNow(*db, command); !s) {
        if (s.error().code != ErrorCode::Unavailable)
            return std::unexpected(s.error());
        *offlineReason = s.error().message;
        return false;
    }
    return true;
}

Result<CommandResult> CheckOuts::applyHere(const Command &command, bool serverHasIt)
{
    auto r = m_engine.apply(command);
    if (!r || !serverHasIt)
        return r;
    // The server has this operation already (applyNow): it is not sent again.
    if (auto m = m_engine.markOperations({{command.opId.toString(QUuid::WithoutBraces), false, {}}}); !m)
        return std::unexpected(m.error());
    return r;
}

Result<CheckOuts::CheckedOut> CheckOuts::checkOut(const QUuid &documentId, const ServerSession &session)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto doc = Queries::document(*db, documentId);
    if (!doc)
        return std::unexpected(doc.error());
    if (!*doc || (*doc)->meta.deleted)
        return fail(ErrorCode::NotFound, tr("The document does not exist."), documentId.toString(QUuid::WithoutBraces));
    auto existing = Queries::workingCopy(*db, documentId);
    if (!existing)
        return std::unexpected(existing.error());
    auto lock = Queries::documentLock(*db, documentId);
    if (!lock)
        return std::unexpected(lock.error());
    const bool mine = !*lock || (*lock)->owner.isEmpty() || (*lock)->owner == m_engine.user().login;
    if (*existing && mine)
        return CheckedOut{(*existing)->path, (*existing)->baseVersion, (*existing)->offline, true, {}};
    auto version = Queries::version(*db, documentId);
    if (!version)
        return std::unexpected(version.error());
    if (!*version)
        return fail(ErrorCode::NotFound, tr("The document \"%1\" has no content to edit.").arg((*doc)->title));
    if ((*doc)->status == RecordStatus::Closed)
        return fail(ErrorCode::ReadOnly,
                    tr("The document \"%1\" is closed and can no longer be changed.").arg((*doc)->title));

    const QString folder = QDir(workingRoot(m_engine)).filePath(documentId.toString(QUuid::WithoutBraces));
    const QString path = QDir(folder).filePath(safeFileName((*version)->fileName, tr("Document")));
    Command command = Commands::checkOut(documentId, **version, path, false);

    // The server decides first: a refusal (checked out by someone else) leaves nothing behind here.
    CheckedOut out;
    auto granted = askServer(command, session, &out.offlineReason);
    if (!granted)
        return std::unexpected(granted.error());
    out.offline = m_engine.isConnected() && !*granted;
    command.args.insert(QStringLiteral("offline"), out.offline);

    // The working copy is the verified content of the version (a damaged store is reported).
    QDir(folder).removeRecursively(); // left over from an interrupted check-out
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("The folder for the working copy cannot be created."), folder);
    if (auto s = m_engine.content().copyTo((*version)->sha256, (*version)->size, path); !s) {
        QDir(folder).removeRecursively();
        return std::unexpected(s.error());
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
    auto applied = applyHere(command, *granted);
    if (!applied) {
        QDir(folder).removeRecursively();
        return std::unexpected(applied.error());
    }
    out.path = path;
    out.version = (*version)->number;
    return out;
}

Result<bool> CheckOuts::workingCopyChanged(const QUuid &documentId) const
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto wc = Queries::workingCopy(*db, documentId);
    if (!wc)
        return std::unexpected(wc.error());
    if (!*wc)
        return fail(ErrorCode::InvalidArgument, tr("The document is not checked out here."));
    auto sha = hashFile((*wc)->path);
    if (!sha)
        return std::unexpected(sha.error());
    return *sha != (*wc)->baseSha256;
}

Result<QString> CheckOuts::hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, tr("The working copy %1 cannot be read.").arg(QDir::toNativeSeparators(path)),
                    f.errorString());
    Sha256 hash;
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return fail(ErrorCode::Io, tr("The working copy cannot be read."), f.errorString());
        if (n == 0)
            break;
        hash.update(buffer.constData(), n);
    }
    return hash.finalHex();
}

Result<CheckOuts::CheckedIn> CheckOuts::checkIn(const QUuid &documentId, const QString &file, const QString &comment)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto wc = Queries::workingCopy(*db, documentId);
    if (!wc)
        return std::unexpected(wc.error());
    auto doc = Queries::document(*db, documentId);
    if (!doc)
        return std::unexpected(doc.error());
    if (!*doc)
        return fail(ErrorCode::NotFound, tr("The document does not exist."), documentId.toString(QUuid::WithoutBraces));
    if (!*wc)
        return fail(ErrorCode::InvalidArgument,
                    tr("\"%1\" is not checked out here. Check it out first (checkout).").arg((*doc)->title));
    const QString source = file.isEmpty() ? (*wc)->path : file;
    const QFileInfo fi(source);
    if (!fi.isFile())
        return fail(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(source)));
    auto base = Queries::version(*db, documentId, (*wc)->baseVersion);
    if (!base)
        return std::unexpected(base.error());

    auto ref = m_engine.storeContent(source);
    if (!ref)
        return std::unexpected(ref.error());
    CheckedIn out;
    out.sha256 = ref->sha256;
    if (ref->sha256 == (*wc)->baseSha256) {
        // Saved without a change: no version; the check-out ends all the same.
        auto r = m_engine.apply(Commands::cancelCheckOut(documentId));
        if (!r)
            return std::unexpected(r.error());
        removeWorkingCopy((*wc)->path);
        out.unchanged = true;
        out.number = (*wc)->baseVersion;
        return out;
    }
    const QString mime = *base ? (*base)->mimeType : QStringLiteral("application/octet-stream");
    auto r = m_engine.apply(Commands::checkIn(documentId, (*wc)->baseVersion, *ref, mime, fi.fileName(), comment));
    if (!r)
        return std::unexpected(r.error());
    removeWorkingCopy((*wc)->path);
    out.number = r->number;
    out.parallel = r->data.value(QLatin1String("parallel")).toBool();
    return out;
}

Status CheckOuts::cancel(const QUuid &documentId)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto wc = Queries::workingCopy(*db, documentId);
    if (!wc)
        return std::unexpected(wc.error());
    auto r = m_engine.apply(Commands::cancelCheckOut(documentId));
    if (!r)
        return std::unexpected(r.error());
    if (*wc)
        removeWorkingCopy((*wc)->path);
    return {};
}

Result<QString> CheckOuts::breakLock(const QUuid &documentId, const ServerSession &session)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto lock = Queries::documentLock(*db, documentId);
    if (!lock)
        return std::unexpected(lock.error());
    const QString owner = *lock ? (*lock)->owner : QString();
    Command command = Commands::breakLock(documentId, owner, *lock ? (*lock)->since : QDateTime());
    // Connected, breaking is the server's decision and must happen there now: offline it would
    // only change this client's view, so it is refused.
    QString offlineReason;
    auto done = askServer(command, session, &offlineReason);
    if (!done)
        return std::unexpected(done.error());
    if (m_engine.isConnected() && !*done)
        return fail(ErrorCode::Unavailable, tr("A check-out can only be broken while the server can be reached."),
                    offlineReason);
    auto r = applyHere(command, *done);
    if (!r)
        return std::unexpected(r.error());
    return r->data.value(QLatin1String("owner")).toString();
}

Result<CommandResult> CheckOuts::restore(const QUuid &documentId, int number, const QString &comment)
{
    auto db = m_engine.openReader();
    if (!db)
        return std::unexpected(db.error());
    auto v = Queries::version(*db, documentId, number);
    if (!v)
        return std::unexpected(v.error());
    if (!*v)
        return fail(ErrorCode::NotFound, tr("The document has no version %1.").arg(number));
    // The old content must still be whole before it becomes the current version again.
    if (auto s = m_engine.content().verify((*v)->sha256, (*v)->size); !s)
        return std::unexpected(s.error());
    return m_engine.apply(
        Commands::restoreVersion(**v, comment.isEmpty() ? tr("Restored from version %1").arg(number) : comment));
}

} // namespace Aktenwerk::Dms
