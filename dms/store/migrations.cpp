#include "dms/store/migrations.h"

#include <QDir>
#include <QFile>

namespace Aktenwerk::Dms {

using Model::ErrorCode;
using Model::fail;

QList<Migrations::Migration> Migrations::all()
{
    QList<Migration> list;
    const QDir dir(QStringLiteral(":/aktenwerk/migrations"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.append(Migration{name.left(4).toInt(), name, QString::fromUtf8(f.readAll())});
    }
    return list;
}

int Migrations::latestVersion()
{
    const auto list = all();
    return list.isEmpty() ? 0 : list.last().version;
}

Result<int> Migrations::currentVersion(Database &db)
{
    auto v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Status Migrations::migrate(Database &db, int target)
{
    const auto list = all();
    const int latest = list.isEmpty() ? 0 : list.last().version;
    if (target < 0)
        target = latest;
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latest)
        return fail(ErrorCode::Unsupported,
                    tr("The local index was written by a newer version of Aktenwerk (schema %1; this version knows "
                       "up to %2). Update Aktenwerk.")
                        .arg(*current)
                        .arg(latest));
    for (const Migration &m : list) {
        if (m.version <= *current || m.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::unexpected(tx.error());
        if (auto s = db.exec(m.sql); !s)
            return fail(ErrorCode::Database, tr("Updating the local index to schema %1 failed.").arg(m.version),
                        s.error().detail);
        if (auto s = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version)); !s)
            return std::unexpected(s.error());
        if (auto s = tx->commit(); !s)
            return std::unexpected(s.error());
    }
    return {};
}

} // namespace Aktenwerk::Dms
