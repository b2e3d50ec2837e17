#include "planexport.h"

#include "dms/records/xdomeaschema.h"
#include "dms/store/queries.h"
#include "dms/store/sqlite.h"

#include <QDate>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <functional>

namespace Aktenwerk::Dms {

using namespace Model;

Status PlanExport::write0301(Database &db, const QString &title, const XdomeaParties &parties, QIODevice &out)
{
    auto units = Queries::planUnits(db);
    if (!units)
        return std::unexpected(units.error());
    QHash<QUuid, QList<const PlanUnit *>> children;
    for (const PlanUnit &u : std::as_const(*units))
        children[u.parentId].append(&u);
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const PlanUnit *a, const PlanUnit *b) { return a->code < b->code; });

    XdomeaXml x(out);
    x.begin();
    x.start(XdomeaXml::rootName(QStringLiteral("0301")));
    x.header(QUuid::createUuid(), QStringLiteral("0301"), parties, QDateTime::currentDateTime(),
        XdomeaXml::Receipt::NotAsked);
    x.start(QStringLiteral("Aktenplan"));
    x.text(QStringLiteral("Bezeichnung"), title.isEmpty() ? tr("File plan") : title);
    x.text(QStringLiteral("Version"), QDate::currentDate().toString(Qt::ISODate));
    std::function<void(const PlanUnit &)> unit = [&](const PlanUnit &u) {
        x.start(QStringLiteral("Einheit"));
        x.text(QStringLiteral("Kennzeichen"), u.code);
        x.text(QStringLiteral("Inhaltsangabe"), u.description);
        x.text(QStringLiteral("BetreffKurz"), u.title);
        x.start(QStringLiteral("Aussonderungsart"));
        x.code(QStringLiteral("Aussonderungsart"), QString(disposalTypeCode(u.disposal)),
            QStringLiteral("aussonderungsart"), QStringLiteral("1.0"));
        x.end();
        x.flag(QStringLiteral("Stillgelegt"), u.retired);
        x.start(QStringLiteral("Aufbewahrungsdauer"));
        if (u.retention.isUnlimited())
            x.flag(QStringLiteral("Unbefristet"), true);
        else
            x.text(QStringLiteral("AnzahlJahre"), QString::number(u.retention.years()));
        x.end();
        for (const PlanUnit *c : children.value(u.id))
            unit(*c);
        x.end();
    };
    for (const PlanUnit *top : children.value(QUuid()))
        unit(*top);
    x.end();
    x.end();
    x.w.writeEndDocument();
    if (x.w.hasError())
        return fail(ErrorCode::Io, tr("The file plan could not be written."));
    return {};
}

Result<int> PlanExport::exportFile(
    Database &db, const QString &title, const XdomeaParties &parties, const QString &path)
{
    const QString part = path + QStringLiteral(".part");
    struct Cleanup
    {
        QString path;
        ~Cleanup() { QFile::remove(path); }
    } cleanup { part };
    {
        QFile f(part);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(path), f.errorString());
        if (auto s = write0301(db, title, parties, f); !s)
            return std::unexpected(s.error());
        if (!f.flush())
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(path), f.errorString());
    }
    auto report = XdomeaSchema::validateFile(part);
    if (!report)
        return std::unexpected(report.error());
    if (!report->valid())
        return fail(ErrorCode::Internal, tr("The file plan does not match the xdomea schema; nothing was written."),
            XdomeaSchema::describe(*report));
    auto units = Queries::planUnits(db);
    if (!units)
        return std::unexpected(units.error());
    QFile::remove(path);
    if (!QFile::rename(part, path))
        return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(path));
    return int(units->size());
}

} // namespace Aktenwerk::Dms
