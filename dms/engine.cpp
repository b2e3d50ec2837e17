#include "dms/engine.h"

#include "dms/capture/documentocr.h"
#include "dms/capture/extractioncache.h"
#include "dms/faultinjection.h"
#include "dms/search/indexer.h"
#include "dms/store/migrations.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "dms/store/writer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Aktenwerk::Dms {

Q_LOGGING_CATEGORY(lcEngine, "aktenwerk.dms.engine")

using namespace Model;

namespace {

Result<SchemaRegistry> loadSchemas()
{
    QFile f(QStringLiteral(":/aktenwerk/schemas/metadata-schemas.json"));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Internal, Engine::tr("The built-in metadata schemas are missing."), f.fileName());
    auto list = MetadataSchema::listFromJson(f.readAll());
    if (!list)
        return std::unexpected(list.error());
    return SchemaRegistry(*list);
}

} // namespace

QString Engine::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/aktenwerk");
}

QString Engine::osLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("LOGNAME");
    if (login.isEmpty())
        login = QDir::home().dirName();
    return login.isEmpty() ? QStringLiteral("user") : login;
}

QString Engine::indexPath() const
{
    return m_dataDir + QStringLiteral("/aktenwerk.sqlite");
}

QString Engine::anchorPath() const
{
    return m_dataDir + QStringLiteral("/audit-anchor.json");
}

Result<std::unique_ptr<Engine>> Engine::open(const Options &options)
{
    std::unique_ptr<Engine> e(new Engine);
    e->m_mode = options.mode;
    e->m_dataDir = QDir::cleanPath(QFileInfo(options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir)
                                       .absoluteFilePath());
    const bool writable = options.mode == Mode::ReadWrite;
    const QString dataDir = QDir::toNativeSeparators(e->m_dataDir);

    if (!QFileInfo(e->m_dataDir).isDir()) {
        if (!options.create || !writable)
            return fail(ErrorCode::NotFound,
                        tr("There is no Aktenwerk data folder at %1. Create one with \"aktenwerk-cli init\".")
                            .arg(dataDir));
        if (!QDir().mkpath(e->m_dataDir))
            return fail(ErrorCode::Io, tr("Cannot create the data folder %1.").arg(dataDir));
    }

    if (writable) {
        e->m_lock = std::make_unique<QLockFile>(e->m_dataDir + QStringLiteral("/aktenwerk.lock"));
        e->m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
        if (!e->m_lock->tryLock(0)) {
            if (e->m_lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host, app;
                e->m_lock->getLockInfo(&pid, &host, &app);
                return fail(ErrorCode::Locked,
                            tr("The data folder %1 is in use by another Aktenwerk process (process %2 on %3). Close "
                               "it first; the folder can still be opened read-only.")
                                .arg(dataDir)
                                .arg(pid)
                                .arg(host),
                            app);
            }
            return fail(ErrorCode::Io, tr("Cannot lock the data folder %1.").arg(dataDir));
        }
    }

    const bool fresh = !QFileInfo::exists(e->indexPath());
    if (fresh && !(writable && options.create))
        return fail(ErrorCode::NotFound,
                    tr("There is no Aktenwerk index in %1. Create one with \"aktenwerk-cli init\".").arg(dataDir));

    auto db = Database::open(e->indexPath(), writable ? Database::Mode::ReadWrite : Database::Mode::ReadOnly);
    if (!db)
        return std::unexpected(db.error());
    if (writable) {
        // WAL: readers never block the writer. synchronous=FULL: a commit that returned is on disk.
        for (const char *pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL"}) {
            if (auto s = db->exec(QString::fromLatin1(pragma)); !s)
                return std::unexpected(s.error());
        }
        if (fresh) {
            // The chain's anchor exists before the first event: a missing anchor means tampering.
            if (auto s = AuditLog::writeAnchor(e->anchorPath(), AuditAnchor{0, QString::fromLatin1(AuditLog::genesisHash)});
                !s)
                return std::unexpected(s.error());
        }
        if (auto s = Migrations::migrate(*db); !s)
            return std::unexpected(s.error());
    } else {
        auto v = Migrations::currentVersion(*db);
        if (!v)
            return std::unexpected(v.error());
        if (*v != Migrations::latestVersion())
            return fail(ErrorCode::Unsupported,
                        tr("The index in %1 has schema %2, this version of Aktenwerk needs %3. Open it once for "
                           "writing to update it.")
                            .arg(dataDir)
                            .arg(*v)
                            .arg(Migrations::latestVersion()));
    }

    e->m_content = std::make_unique<ContentStore>(e->m_dataDir + QStringLiteral("/content"));
    if (writable) {
        const int removed = e->m_content->removeLeftovers();
        if (removed > 0)
            qCInfo(lcEngine) << "removed" << removed << "unfinished temporary content files";
    }

    auto schemas = loadSchemas();
    if (!schemas)
        return std::unexpected(schemas.error());
    e->m_schemas = *schemas;

    e->m_writerPool.setMaxThreadCount(1);
    e->m_writerPool.setExpiryTimeout(-1);
    e->m_writerPool.setObjectName(QStringLiteral("aktenwerk-engine"));

    // A folder bound to a central repository acts for the server login it was connected with.
    QString syncLogin;
    {
        auto st = db->prepare(QStringLiteral("SELECT login FROM sync_state WHERE id = 1"));
        if (!st)
            return std::unexpected(st.error());
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row)
            syncLogin = st->text(0);
    }
    e->m_connected = !syncLogin.isEmpty();
    Options effective = options;
    if (effective.login.isEmpty())
        effective.login = syncLogin;

    if (writable) {
        e->m_writer = std::make_unique<Writer>(std::move(*db), e->m_content.get(), &e->m_schemas, e->anchorPath());
        e->m_writer->setConnected(e->m_connected);
        Engine *self = e.get();
        e->m_writer->onUserChanged([self](const User &u) {
            QMutexLocker lock(&self->m_userMutex);
            self->m_user = u;
        });
        if (auto s = e->ensureUser(effective, fresh); !s)
            return std::unexpected(s.error());
    } else {
        const QString login = effective.login.isEmpty() ? osLogin() : effective.login;
        auto u = Queries::user(*db, login);
        if (!u)
            return std::unexpected(u.error());
        e->m_user = u->value_or(User{QUuid(), login, login, QString(), {Role::Clerk}});
    }
    return e;
}

Status Engine::ensureUser(const Options &options, bool freshFolder)
{
    const QString login = options.login.isEmpty() ? osLogin() : options.login;
    Database &db = m_writer->database();
    auto existing = Queries::user(db, login);
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing) {
        m_user = **existing;
        m_writer->setUser(m_user);
        return {};
    }
    auto count = Queries::userCount(db);
    if (!count)
        return std::unexpected(count.error());
    // The person who sets up a local data folder holds every role in it; anyone added later
    // starts as a clerk.
    const QList<Role> roles = *count == 0
        ? QList<Role>{Role::Clerk, Role::TeamLead, Role::RecordsOfficer, Role::Administrator}
        : QList<Role>{Role::Clerk};
    m_user = User{QUuid(), login, options.displayName.isEmpty() ? login : options.displayName, QString(), roles};
    m_writer->setUser(m_user);
    QList<Command> setup{Commands::createUser(login, m_user.displayName, QString(), roles)};
    if (freshFolder)
        setup << Commands::setSetting(QStringLiteral("datafolder.id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    auto r = m_writer->applyBatch(setup);
    if (!r)
        return std::unexpected(r.error());
    m_user.id = r->first().id;
    m_writer->setUser(m_user);
    return {};
}

User Engine::user() const
{
    QMutexLocker lock(&m_userMutex);
    return m_user;
}

bool Engine::isConnected() const
{
    return m_connected;
}

Result<std::optional<Engine::SyncState>> Engine::syncState() const
{
    auto db = openReader();
    if (!db)
        return std::unexpected(db.error());
    auto st = db->prepare(QStringLiteral("SELECT server_url, login, client_id, watermark, COALESCE(last_sync_at, ''), "
                                         "COALESCE(last_error, ''), COALESCE(last_error_at, '') FROM sync_state WHERE id = 1"));
    if (!st)
        return std::unexpected(st.error());
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<SyncState>();
    return std::optional<SyncState>(SyncState{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4),
                                              st->text(5), st->text(6)});
}

Status Engine::markOperations(const QList<OutboxMark> &marks)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    return QtConcurrent::run(&m_writerPool, [this, marks] {
               const std::lock_guard lock(m_writerMutex);
               return m_writer->markOperations(marks);
           }).result();
}

Status Engine::recordSyncError(const QString &message)
{
    if (!m_writer)
        return {};
    return QtConcurrent::run(&m_writerPool, [this, message] {
               const std::lock_guard lock(m_writerMutex);
               return m_writer->recordSyncError(message);
           }).result();
}

Engine::~Engine()
{
    m_writerPool.waitForDone();
    m_writer.reset();
    if (m_lock)
        m_lock->unlock();
}

QFuture<Result<QList<CommandResult>>> Engine::submit(const QList<Command> &commands)
{
    if (!m_writer) {
        return QtConcurrent::run(&m_writerPool, [] {
            return Result<QList<CommandResult>>(
                fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed.")));
        });
    }
    return QtConcurrent::run(&m_writerPool, [this, commands] {
        const std::lock_guard lock(m_writerMutex);
        auto r = m_writer->applyBatch(commands);
        if (r) {
            for (const Command &c : commands) {
                if (c.type == CommandType::ConnectServer)
                    m_connected = true;
            }
            QStringList types;
            for (const CommandResult &c : *r) {
                if (!c.unchanged && !types.contains(c.entityType))
                    types << c.entityType;
            }
            if (!types.isEmpty())
                QMetaObject::invokeMethod(this, [this, types] { Q_EMIT dataChanged(types); }, Qt::QueuedConnection);
        }
        return r;
    });
}

Result<QList<CommandResult>> Engine::applyBatch(const QList<Command> &commands)
{
    return submit(commands).result();
}

Result<CommandResult> Engine::apply(const Command &command)
{
    auto r = applyBatch({command});
    if (!r)
        return std::unexpected(r.error());
    return r->first();
}

Result<CommandResult> Engine::applyExternal(const Command &command, const Writer::ExternalChange &change)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    auto r = QtConcurrent::run(&m_writerPool, [this, command, change] {
        const std::lock_guard lock(m_writerMutex);
        return m_writer->applyExternal(command, change);
    }).result();
    if (r && !r->unchanged) {
        const QStringList types { r->entityType };
        QMetaObject::invokeMethod(
            this, [this, types] { Q_EMIT dataChanged(types); }, Qt::QueuedConnection);
    }
    return r;
}

Result<ContentRef> Engine::storeContent(const QString &path, const std::atomic<bool> *cancel) const
{
    if (isReadOnly())
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    return m_content->putFile(path, cancel);
}

Result<Engine::PreparedDocument> Engine::prepareDocument(const QString &path, const QString &title,
                                                        const std::atomic<bool> *cancel) const
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fail(ErrorCode::NotFound, tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
    if (fi.isDir())
        return fail(ErrorCode::InvalidArgument, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
    if (!fi.isReadable())
        return fail(ErrorCode::Io, tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    auto ref = storeContent(path, cancel);
    if (!ref)
        return std::unexpected(ref.error());
    return PreparedDocument{*ref, QMimeDatabase().mimeTypeForFile(fi).name(), fi.fileName(),
                            title.isEmpty() ? fi.completeBaseName() : title};
}

Result<CommandResult> Engine::addDocument(const QUuid &caseId, const QString &path, const QString &title,
                                          const std::atomic<bool> *cancel)
{
    if (FaultInjection::shouldFail("unsafe.commit-before-content")) {
        // Negative control of the crash test only: the row commits before its content exists.
        const QFileInfo fi(path);
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(ErrorCode::Io, tr("The file %1 cannot be read.").arg(path));
        const QByteArray data = f.readAll();
        const ContentRef ref{Sha256::hex(data), data.size(), false};
        auto r = apply(Commands::createDocument(caseId, title.isEmpty() ? fi.completeBaseName() : title, ref,
                                                QMimeDatabase().mimeTypeForFile(fi).name(), fi.fileName()));
        if (!r)
            return r;
        FaultInjection::hit("unsafe.between-commit-and-content");
        if (auto stored = m_content->putData(data); !stored)
            return std::unexpected(stored.error());
        return r;
    }
    auto prepared = prepareDocument(path, title, cancel);
    if (!prepared)
        return std::unexpected(prepared.error());
    return apply(Commands::createDocument(caseId, prepared->title, prepared->content, prepared->mimeType,
                                          prepared->fileName));
}

Result<int> Engine::addDocuments(const QUuid &caseId, const QStringList &paths,
                                 const std::function<void(const QString &, const CommandResult &)> &added,
                                 const std::atomic<bool> *cancel)
{
    int count = 0;
    if (FaultInjection::hit("unsafe.commit-before-content") != FaultInjection::Action::None) {
        for (const QString &path : paths) {
            auto r = addDocument(caseId, path, {}, cancel);
            if (!r)
                return std::unexpected(r.error());
            added(path, *r);
            ++count;
        }
        return count;
    }
    // Two stages: storing file i+1 (read, hash, write, fsync) overlaps with committing file i.
    // The order of the rule stays: a row commits only after its own content is durable.
    auto prepare = [this, cancel](const QString &path) { return prepareDocument(path, {}, cancel); };
    QFuture<Result<PreparedDocument>> next;
    if (!paths.isEmpty())
        next = QtConcurrent::run(prepare, paths.first());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const Result<PreparedDocument> prepared = next.result();
        if (i + 1 < paths.size() && prepared && !(cancel && cancel->load()))
            next = QtConcurrent::run(prepare, paths.at(i + 1));
        else
            next = QFuture<Result<PreparedDocument>>();
        if (!prepared)
            return std::unexpected(prepared.error());
        auto r = apply(Commands::createDocument(caseId, prepared->title, prepared->content, prepared->mimeType,
                                                prepared->fileName));
        if (!r) {
            next.waitForFinished();
            return std::unexpected(r.error());
        }
        added(paths.at(i), *r);
        ++count;
        if (cancel && cancel->load()) {
            next.waitForFinished();
            return fail(ErrorCode::Cancelled, tr("Cancelled after %n document(s).", nullptr, count));
        }
    }
    return count;
}

Result<Database> Engine::openReader() const
{
    return Database::open(indexPath(), Database::Mode::ReadOnly);
}

QString Engine::ImportItem::statusCode(Status s)
{
    switch (s) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::Duplicate:
        return QStringLiteral("duplicate");
    case Status::WithoutText:
        return QStringLiteral("stored-without-text");
    case Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

QStringList Engine::filesIn(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        // A link may lead out of the folder or round in a circle; hidden entries are not the user's.
        QStringList found;
        const QDir root(path);
        QDirIterator it(path, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            const QStringList parts = root.relativeFilePath(f).split(QLatin1Char('/'));
            if (std::none_of(parts.cbegin(), parts.cend(), [](const QString &p) { return p.startsWith(QLatin1Char('.')); }))
                found << f;
        }
        found.sort();
        files << found;
    }
    return files;
}

namespace {

/** Forwarded mails inside forwarded mails: their attachments are imported this many levels deep. */
constexpr int maxMailDepth = 3;

/** A file name from a mail, made safe to create: no folders, no control characters, not hidden. */
QString safeFileName(const QString &name, int number, const QString &mimeType)
{
    QString n = name;
    n.replace(QLatin1Char('\\'), QLatin1Char('/'));
    n = n.section(QLatin1Char('/'), -1);
    QString clean;
    for (const QChar c : std::as_const(n)) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QLatin1Char(':')
            || c == QLatin1Char('*') || c == QLatin1Char('?') || c == QLatin1Char('"') || c == QLatin1Char('<')
            || c == QLatin1Char('>') || c == QLatin1Char('|'))
            clean += QLatin1Char('_');
        else
            clean += c;
    }
    while (clean.startsWith(QLatin1Char('.')) || clean.startsWith(QLatin1Char(' ')))
        clean.remove(0, 1);
    clean = clean.trimmed();
    if (clean.isEmpty()) {
        const QMimeType type = QMimeDatabase().mimeTypeForName(mimeType);
        const QString suffix = type.isValid() && !type.preferredSuffix().isEmpty() ? type.preferredSuffix()
                                                                                   : QStringLiteral("bin");
        clean = Engine::tr("Attachment-%1").arg(number) + QLatin1Char('.') + suffix;
    }
    if (clean.size() > 120) { // keep the suffix: it decides how the file is read
        const QString suffix = QFileInfo(clean).suffix().left(10);
        clean = clean.left(110 - suffix.size()) + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix);
    }
    return clean;
}

} // namespace

Result<QList<Engine::ImportItem>> Engine::importFiles(const QUuid &caseId, const QStringList &paths,
                                                      const std::atomic<bool> *cancel)
{
    return importFiles(caseId, paths, cancel, ImportOptions());
}

Result<QList<Engine::ImportItem>> Engine::importFiles(
    const QUuid &caseId, const QStringList &paths, const std::atomic<bool> *cancel, const ImportOptions &options)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    const QStringList files = filesIn(paths);
    auto reader = openReader();
    if (!reader)
        return std::unexpected(reader.error());
    QList<ImportItem> items;
    // Text is extracted and indexed while the next files are stored: the indexer takes each
    // document as it commits (and whatever else was waiting) and finishes after the last.
    std::atomic<bool> storing{true};
    QFuture<Result<int>> indexing
        = QtConcurrent::run([this, cancel, &storing] { return Search::Indexer::update(*this, cancel, &storing); });
    Status stored;
    for (const QString &path : std::as_const(files)) {
        if (cancel && cancel->load()) {
            stored = fail(ErrorCode::Cancelled, tr("Cancelled."));
            break;
        }
        if (stored = importOne(caseId, path, path, {}, 0, *reader, items, cancel); !stored)
            break;
    }
    storing = false;
    const Result<int> indexed = indexing.result();
    if (!stored)
        return std::unexpected(stored.error());
    if (!indexed)
        return std::unexpected(indexed.error());
    for (ImportItem &item : items) {
        if (item.status != ImportItem::Status::Ok)
            continue;
        auto st = reader->prepare(QStringLiteral("SELECT text_status FROM search_doc WHERE document_id = ?"));
        if (!st)
            return std::unexpected(st.error());
        st->bind(1, item.documentId.toString(QUuid::WithoutBraces));
        auto has = st->step();
        if (!has)
            return std::unexpected(has.error());
        const QString textStatus = *has ? st->text(0) : QString();
        if (textStatus == QLatin1String("none")) {
            item.status = ImportItem::Status::WithoutText;
            item.reason = tr("No text is read from this kind of file.");
        } else if (textStatus != QLatin1String("ok")) {
            item.status = ImportItem::Status::WithoutText;
            item.reason = textStatus;
        }
        // Pages, where the worker counted them (PDF, multi-page TIFF): the import reports them.
        auto pages = reader->prepare(QStringLiteral("SELECT pages FROM extraction WHERE sha256 = ?"));
        if (!pages)
            return std::unexpected(pages.error());
        pages->bind(1, item.sha256);
        auto known = pages->step();
        if (!known)
            return std::unexpected(known.error());
        if (*known)
            item.pages = static_cast<int>(pages->int64(0));
        // A PDF read without complaint but without a word in it is a scan: it has no text either.
        if (item.status == ImportItem::Status::Ok) {
            auto empty = reader->prepare(
                QStringLiteral("SELECT 1 FROM extraction e JOIN version v ON v.sha256 = e.sha256 WHERE e.sha256 = ? "
                               "AND v.document_id = ? AND v.mime_type = 'application/pdf' AND e.status = 'ok' "
                               "AND trim(e.text, ' ' || char(9) || char(10) || char(12) || char(13)) = ''"));
            if (!empty)
                return std::unexpected(empty.error());
            empty->bind(1, item.sha256);
            empty->bind(2, item.documentId.toString(QUuid::WithoutBraces));
            auto none = empty->step();
            if (!none)
                return std::unexpected(none.error());
            if (*none) {
                item.status = ImportItem::Status::WithoutText;
                item.reason = tr("The PDF has no text layer (a scan); text recognition (OCR) can read it.");
            }
        }
    }
    if (options.ocr && DocumentOcr::onImport(*this)) {
        if (auto s = recogniseImported(items, *reader, cancel, options); !s)
            return std::unexpected(s.error());
    }
    return items;
}

Status Engine::recogniseImported(
    QList<ImportItem> &items, Database &reader, const std::atomic<bool> *cancel, const ImportOptions &options)
{
    // The candidates: stored without text, an image or a PDF, and read by the extraction worker
    // without complaint (a damaged file keeps the worker's reason; OCR could not read it either).
    QList<qsizetype> candidates;
    int totalPages = 0;
    auto st = reader.prepare(QStringLiteral(
        "SELECT v.mime_type, e.status, e.text FROM version v JOIN extraction e ON e.sha256 = v.sha256 "
        "WHERE v.document_id = ? AND v.number = 1"));
    if (!st)
        return std::unexpected(st.error());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const ImportItem &item = items.at(i);
        if (item.status != ImportItem::Status::WithoutText || item.documentId.isNull())
            continue;
        (void)st->reset();
        st->bind(1, item.documentId.toString(QUuid::WithoutBraces));
        auto has = st->step();
        if (!has)
            return std::unexpected(has.error());
        if (!*has)
            continue;
        const QString mime = st->text(0);
        const bool scan = mime == QLatin1String("application/pdf") || mime.startsWith(QLatin1String("image/"));
        if (scan && st->text(1) == QLatin1String("ok") && st->text(2).trimmed().isEmpty()) {
            candidates << i;
            totalPages += qMax(1, item.pages);
        }
    }
    int pagesBefore = 0;
    bool cancelled = false;
    const Ocr::Options ocrOptions = DocumentOcr::configured(*this);
    for (const qsizetype i : std::as_const(candidates)) {
        ImportItem &item = items[i];
        if (cancelled || (cancel && cancel->load())) {
            cancelled = true;
            item.reason = tr("Text recognition (OCR) was cancelled; the document is stored as imported, without "
                             "text.");
            continue;
        }
        std::function<void(int, int)> progress;
        if (options.ocrProgress) {
            progress = [&options, pagesBefore, totalPages](
                           int done, int) { options.ocrProgress(pagesBefore + done, totalPages); };
        }
        auto r = DocumentOcr::recognise(
            *this, item.documentId, 0, ocrOptions, cancel, progress, DocumentOcr::WithoutText::Skip);
        pagesBefore += qMax(1, item.pages);
        if (!r) {
            if (r.error().code == ErrorCode::DiskFull)
                return std::unexpected(r.error());
            if (r.error().code == ErrorCode::Cancelled) {
                cancelled = true;
                item.reason = tr("Text recognition (OCR) was cancelled; the document is stored as imported, "
                                 "without text.");
            } else {
                item.reason = tr("Text recognition (OCR) was not possible: %1").arg(r.error().message);
            }
            continue;
        }
        if (r->stored) {
            item.status = ImportItem::Status::Ok;
            item.ocrVersion = r->version;
            item.ocrConfidence = r->lowestConfidence();
            item.reason = tr("Text recognised (OCR, confidence %1 %).").arg(item.ocrConfidence);
            QStringList low;
            for (const OcrPage &p : std::as_const(r->pages)) {
                if (p.ok() && p.lowConfidence)
                    low << QString::number(p.number);
            }
            if (!low.isEmpty())
                item.reason += QLatin1Char(' ')
                    + tr("Please check page(s) %1: the recognition is uncertain.").arg(low.join(QStringLiteral(", ")));
        } else if (r->failedPages > 0) {
            QString why;
            for (const OcrPage &p : std::as_const(r->pages)) {
                if (!p.ok()) {
                    why = tr("page %1: %2").arg(p.number).arg(p.error);
                    break;
                }
            }
            item.reason
                = tr("Text recognition (OCR) failed (%1); the document is stored as imported, without text.").arg(why);
        } else {
            item.reason = tr("Text recognition (OCR) found no text.");
        }
    }
    return {};
}

Status Engine::importOne(const QUuid &caseId, const QString &path, const QString &shownPath,
                         const QUuid &attachmentOf, int mailDepth, Database &reader, QList<ImportItem> &items,
                         const std::atomic<bool> *cancel)
{
    ImportItem item;
    item.path = shownPath;
    item.attachmentOf = attachmentOf;
    auto prepared = prepareDocument(path, {}, cancel);
    if (!prepared) {
        if (prepared.error().code == ErrorCode::Cancelled || prepared.error().code == ErrorCode::DiskFull)
            return std::unexpected(prepared.error());
        item.reason = prepared.error().message;
        items << item;
        return {};
    }
    item.sha256 = prepared->content.sha256;
    // The oldest document with this content is the original (references to it come later).
    auto dup = reader.prepare(QStringLiteral("SELECT d.id, COALESCE(d.case_id, '') FROM version v JOIN document d ON "
                                             "d.id = v.document_id WHERE v.sha256 = ? AND d.deleted = 0 ORDER BY "
                                             "d.created_at LIMIT 1"));
    if (!dup)
        return std::unexpected(dup.error());
    dup->bind(1, prepared->content.sha256);
    auto has = dup->step();
    if (!has)
        return std::unexpected(has.error());
    if (*has) {
        item.status = ImportItem::Status::Duplicate;
        item.documentId = QUuid::fromString(dup->text(0));
        item.duplicateCaseId = QUuid::fromString(dup->text(1));
        items << item;
        return {};
    }

    // An e-mail is read before it is filed: its header gives the title and the metadata. The
    // parsing happens in the worker; here only its answer is used.
    std::optional<Extraction> mail;
    if (Extractor::readerFor(prepared->mimeType) == QLatin1String("mail")) {
        auto read = Extractor::extract(m_content->pathFor(prepared->content.sha256), prepared->mimeType,
                                       Extractor::Limits{}, cancel);
        if (!read && read.error().code == ErrorCode::Cancelled)
            return std::unexpected(read.error());
        if (read && read->status == Extraction::Status::Ok && read->kind == QLatin1String("mail"))
            mail = *read;
        // Kept for the indexer, which would otherwise start the worker on the same mail again.
        if (read) {
            const QString &sha = prepared->content.sha256;
            const Extraction &e = *read;
            if (auto kept = writeDerived([&sha, &e](Database &db) { return ExtractionCache::remember(db, sha, e); });
                !kept)
                return std::unexpected(kept.error());
        }
        // Otherwise it is filed as a plain document; indexing it says why it could not be read.
    }
    QString title = prepared->title;
    QString type;
    FieldValues metadata;
    if (mail) {
        type = QStringLiteral("E-Mail");
        metadata.insert(QStringLiteral("sender"), mail->mailFrom);
        metadata.insert(QStringLiteral("recipients"), mail->mailTo.join(QStringLiteral(", ")));
        metadata.insert(QStringLiteral("cc"), mail->mailCc.join(QStringLiteral(", ")));
        metadata.insert(QStringLiteral("date"), mail->mailDate);
        metadata.insert(QStringLiteral("subject"), mail->subject);
        metadata.insert(QStringLiteral("message_id"), mail->mailMessageId);
        if (!mail->subject.trimmed().isEmpty())
            title = mail->subject.simplified().left(300);
    } else if (!attachmentOf.isNull()) {
        type = QStringLiteral("E-Mail-Anhang");
    }
    if (!attachmentOf.isNull())
        metadata.insert(QStringLiteral("attachment_of"), attachmentOf.toString(QUuid::WithoutBraces));
    // What a sender wrote may be longer than a field allows: the whole is in the stored mail.
    if (const MetadataSchema *schema = m_schemas.find(QString(MetadataSchema::anyDepartment), EntityKind::Document, type)) {
        for (auto it = metadata.begin(); it != metadata.end(); ++it) {
            if (const FieldDef *f = schema->field(it.key()); f && it.value().size() > f->maxLength)
                it.value() = it.value().left(f->maxLength - 1) + QChar(0x2026);
        }
    }
    metadata.removeIf([](const auto &it) { return it.value().trimmed().isEmpty(); });

    auto created = apply(Commands::createDocument(caseId, title, prepared->content, prepared->mimeType,
                                                  prepared->fileName, VersionOrigin::Import, type, metadata));
    QStringList notes;
    if (!created && created.error().code == ErrorCode::Validation && !type.isEmpty()) {
        // The department defines its own "E-Mail" type that these values do not fit: the file
        // is filed all the same, as a plain document, and the report says why.
        notes << created.error().message;
        created = apply(Commands::createDocument(caseId, title, prepared->content, prepared->mimeType,
                                                 prepared->fileName));
    }
    if (!created) {
        if (created.error().code == ErrorCode::DiskFull)
            return std::unexpected(created.error());
        item.reason = created.error().message;
        items << item;
        return {};
    }
    item.status = ImportItem::Status::Ok;
    item.documentId = created->id;
    item.reason = notes.join(QLatin1Char(' '));
    if (!mail) {
        items << item;
        return {};
    }
    notes << mail->notes;
    const bool expand = mailDepth < maxMailDepth;
    if (!expand && !mail->attachments.isEmpty())
        notes << tr("Attachments of e-mails forwarded more than %n level(s) deep are not imported separately; they "
                    "stay inside the stored e-mail.",
                    nullptr, maxMailDepth);
    item.reason = notes.join(QLatin1Char(' '));
    items << item;
    if (!expand)
        return {};
    return importAttachments(caseId, created->id, shownPath, *mail, mailDepth, reader, items, cancel);
}

Status Engine::importAttachments(const QUuid &caseId, const QUuid &mailId, const QString &shownPath,
                                 const Extraction &mail, int mailDepth, Database &reader, QList<ImportItem> &items,
                                 const std::atomic<bool> *cancel)
{
    if (mail.attachments.isEmpty())
        return {};
    // Each attachment goes through the same path as a file from disk (content store, duplicate
    // check, extraction), so it is written to a private folder first, under its own name.
    QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/aktenwerk-mail-XXXXXX"));
    if (!folder.isValid())
        return fail(ErrorCode::Io, tr("No temporary folder for the e-mail's attachments."), folder.errorString());
    QStringList linked;
    for (qsizetype i = 0; i < mail.attachments.size(); ++i) {
        if (cancel && cancel->load())
            return fail(ErrorCode::Cancelled, tr("Cancelled."));
        const MailAttachment &a = mail.attachments.at(i);
        QString name = safeFileName(a.fileName, static_cast<int>(i + 1), a.mimeType);
        const QString shown = shownPath + QStringLiteral(" \u203A ") + name;
        if (a.data.isEmpty()) {
            ImportItem skipped;
            skipped.path = shown;
            skipped.attachmentOf = mailId;
            skipped.reason = a.reason.isEmpty() ? tr("The attachment is empty.") : a.reason;
            items << skipped;
            continue;
        }
        // Two attachments of one name: each in its own subfolder.
        const QString dir = folder.filePath(QString::number(i));
        if (!QDir().mkpath(dir))
            return fail(ErrorCode::Io, tr("No temporary folder for the e-mail's attachments."), dir);
        const QString file = dir + QLatin1Char('/') + name;
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(a.data) != a.data.size() || !out.flush()) {
            ImportItem failed;
            failed.path = shown;
            failed.attachmentOf = mailId;
            failed.reason = tr("The attachment could not be written to a temporary file: %1").arg(out.errorString());
            items << failed;
            continue;
        }
        out.close();
        const qsizetype before = items.size();
        if (auto s = importOne(caseId, file, shown, mailId, mailDepth + 1, reader, items, cancel); !s)
            return s;
        ImportItem &own = items[before];
        if (!a.reason.isEmpty() && own.status != ImportItem::Status::Failed)
            own.reason = own.reason.isEmpty() ? a.reason : a.reason + QLatin1Char(' ') + own.reason;
        if (!own.documentId.isNull())
            linked << own.documentId.toString(QUuid::WithoutBraces);
    }
    if (linked.isEmpty())
        return {};
    auto updated = apply(Commands::updateFields(mailId, std::nullopt,
                                                {{QStringLiteral("attachments"), linked.join(QStringLiteral(", "))}}));
    if (!updated) {
        if (updated.error().code == ErrorCode::DiskFull)
            return std::unexpected(updated.error());
        // The attachments are filed and point at the mail; only the list on the mail is missing.
        for (ImportItem &item : items) {
            if (item.documentId == mailId)
                item.reason += (item.reason.isEmpty() ? QString() : QStringLiteral(" ")) + updated.error().message;
        }
    }
    return {};
}

Result<VerifyReport> Engine::verify() const
{
    auto db = openReader();
    if (!db)
        return std::unexpected(db.error());
    return Verifier::run(*db, *m_content, anchorPath());
}

Status Engine::writeDerived(const std::function<Status(Database &)> &work)
{
    if (!m_writer)
        return fail(ErrorCode::ReadOnly, tr("The data folder is open read-only: nothing can be changed."));
    // The pool has one thread; the mutex covers a task Qt runs on the waiting thread instead.
    return QtConcurrent::run(&m_writerPool, [this, &work]() -> Status {
        const std::lock_guard lock(m_writerMutex);
        Database &db = m_writer->database();
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto s = work(db); !s)
            return s; // the transaction rolls back as it goes out of scope
        return tx->commit();
    }).result();
}

} // namespace Aktenwerk::Dms
