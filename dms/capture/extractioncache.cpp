#include "dms/capture/extractioncache.h"

#include "dms/store/sqlite.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace Aktenwerk::Dms {

using Model::Result;
using Model::Status;

Result<std::optional<Extraction>> ExtractionCache::known(Database &db, const QString &sha256)
{
    auto st = db.prepare(QStringLiteral("SELECT status, reason, pages, text FROM extraction WHERE sha256 = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, sha256);
    auto has = st->step();
    if (!has)
        return std::unexpected(has.error());
    if (!*has)
        return std::optional<Extraction>();
    Extraction e;
    for (const Extraction::Status s : { Extraction::Status::Ok, Extraction::Status::Failed, Extraction::Status::Limit,
             Extraction::Status::Crashed }) {
        if (st->text(0) == Extraction::statusName(s))
            e.status = s;
    }
    e.reason = st->text(1);
    e.pages = static_cast<int>(st->int64(2));
    e.text = st->text(3);
    return std::optional<Extraction>(std::move(e));
}

Status ExtractionCache::remember(Database &db, const QString &sha256, const Extraction &e)
{
    auto ex = db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO extraction (sha256, status, reason, pages, text, metadata, thumbnail, "
                       "extracted_at) VALUES (?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?)"));
    if (!ex)
        return std::unexpected(ex.error());
    const QJsonObject meta { { QStringLiteral("title"), e.title }, { QStringLiteral("author"), e.author },
        { QStringLiteral("subject"), e.subject }, { QStringLiteral("keywords"), e.keywords },
        { QStringLiteral("created"), e.created } };
    ex->bindAll(sha256, Extraction::statusName(e.status), e.reason, static_cast<qint64>(e.pages), e.text,
        QString::fromUtf8(QJsonDocument(meta).toJson(QJsonDocument::Compact)));
    if (e.thumbnailPng.isEmpty())
        ex->bindNull(7);
    else
        ex->bind(7, e.thumbnailPng);
    ex->bind(8, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    return ex->run();
}

Status ExtractionCache::forgetFailures(Database &db)
{
    return db.exec(QStringLiteral("DELETE FROM extraction WHERE status <> 'ok'"));
}

} // namespace Aktenwerk::Dms
