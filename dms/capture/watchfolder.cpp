#include "watchfolder.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;
using Model::Result;

namespace {

/** @p dir/@p name, or with " (2)", " (3)" ... when that is taken. */
QString freeName(const QDir &dir, const QString &name)
{
    const QFileInfo fi(name);
    QString candidate = dir.filePath(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n) {
        const QString suffix = fi.suffix().isEmpty() ? QString() : QLatin1Char('.') + fi.suffix();
        candidate = dir.filePath(QStringLiteral("%1 (%2)%3").arg(fi.completeBaseName()).arg(n).arg(suffix));
    }
    return candidate;
}

} // namespace

Result<QList<ImportItem>> WatchFolder::scanOnce(
    Engine &engine, const QString &folder, int minAgeMs, const std::atomic<bool> *cancel)
{
    const QDir root(folder);
    if (!root.exists())
        return fail(ErrorCode::NotFound, tr("The watched folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    // Settled files only; hidden entries (among them our own .aktenwerk) and links are left alone.
    const QDateTime settled = QDateTime::currentDateTimeUtc().addMSecs(-minAgeMs);
    QStringList files;
    for (const QString &path : Importer::filesIn({ folder })) {
        if (QFileInfo(path).lastModified().toUTC() <= settled)
            files << path;
    }
    if (files.isEmpty())
        return QList<ImportItem>();
    auto items = Importer(engine).importFiles({}, files, cancel);
    if (!items)
        return items;
    const QString day = QDate::currentDate().toString(Qt::ISODate);
    const QDir done(root.filePath(QStringLiteral(".aktenwerk/erledigt/") + day));
    const QDir failed(root.filePath(QStringLiteral(".aktenwerk/fehler/") + day));
    for (ImportItem &item : *items) {
        if (!item.attachmentOf.isNull())
            continue; // an e-mail's attachment: it is inside the mail, which moves as a whole
        const bool ok = item.status != ImportItem::Status::Failed;
        const QDir &target = ok ? done : failed;
        if (!QDir().mkpath(target.path()))
            return fail(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(target.path())));
        const QString to = freeName(target, QFileInfo(item.path).fileName());
        if (!QFile::rename(item.path, to)) {
            // Left in place: the next scan meets it again (as a duplicate once it is stored).
            item.reason = tr("Imported, but it could not be moved out of the watched folder.");
            continue;
        }
        if (!ok) {
            QFile why(to + QStringLiteral(".grund.txt"));
            if (why.open(QIODevice::WriteOnly))
                why.write(item.reason.toUtf8() + '\n');
        }
    }
    return items;
}

} // namespace Aktenwerk::Dms
