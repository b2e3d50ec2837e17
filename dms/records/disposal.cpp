#include "disposal.h"

#include "dms/capture/extractor.h"
#include "dms/engine.h"
#include "dms/records/pdfa.h"
#include "dms/records/recordkeeping.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/records/xdomeaschema.h"
#include "dms/records/xdomeawriter.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "dms/store/sqlite.h"
#include "dms/sync/syncengine.h"
#include "dms/workflow/routing.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTimeZone>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Dms {

using namespace Model;
using Queries::uuidText;

namespace {

/** The SHA-256 of a file, streamed. */
Result<QString> fileSha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Disposal::tr("%1 cannot be read.").arg(path), f.errorString());
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 n; (n = f.read(buffer.data(), buffer.size())) > 0;)
        hash.update(buffer.constData(), n);
    return hash.finalHex();
}

/**
 * The last step of every message sent: the server records it (@p command with @p args, the
 * container's name and hash), and only then does the packed container at @p pending take its
 * name — what the server refuses never appears under a message's name.
 */
Status sendContainer(Engine &engine, const Disposal::ServerSession &session, const QString &command,
    const QUuid &process, QJsonObject args, const QString &pending, Disposal::Written &w)
{
    auto sha = fileSha256(pending);
    if (!sha)
        return std::unexpected(sha.error());
    w.sha256 = *sha;
    args.insert(QStringLiteral("container"), QFileInfo(w.container).fileName());
    args.insert(QStringLiteral("sha256"), w.sha256);
    // Nothing of a disposal process is mirrored here: the server's answer is all there is to wait
    // for (no pull after it).
    auto db = session();
    if (!db)
        return std::unexpected(db.error());
    auto decided = SyncEngine(engine).submitNow(*db, command, QStringLiteral("disposal_process"), process, args);
    if (!decided)
        return std::unexpected(decided.error());
    QFile::remove(w.container);
    if (!QFile::rename(pending, w.container))
        return fail(ErrorCode::Io, Disposal::tr("%1 cannot be written.").arg(w.container));
    return {};
}

/**
 * Where an outgoing message is made: its XML and its packed container beside the final name in
 * the --out folder, both removed when this goes unless the container was sent (renamed).
 */
struct Outgoing
{
    QString name; ///< <ProzessID>_<Nachrichtenname>
    QString xml;
    QString pending;
    ~Outgoing()
    {
        QFile::remove(xml);
        QFile::remove(pending);
    }
    /**
     * Checks the written message against the schema — what it finds wrong is our fault, never
     * the archive's, and nothing leaves (@p refusal says so) — and packs it with @p members
     * (name, path) into the container.
     */
    Status pack(const QString &refusal, const QList<QPair<QString, QString>> &members = {}) const
    {
        // The check and the packing read the same file: side by side, and the container counts
        // only when the check passes.
        QFuture<Result<XdomeaSchema::Report>> checked
            = QtConcurrent::run([path = xml] { return XdomeaSchema::validateFile(path); });
        Status packed = [&]() -> Status {
            XdomeaContainer::Writer zip(pending);
            if (auto s = zip.addFile(name + QStringLiteral(".xml"), xml); !s)
                return s;
            for (const auto &[member, path] : members) {
                if (auto s = zip.addFile(member, path); !s)
                    return s;
            }
            return zip.finish();
        }();
        const Result<XdomeaSchema::Report> report = checked.result();
        if (!report)
            return std::unexpected(report.error());
        if (!report->valid())
            return fail(ErrorCode::Internal, refusal, XdomeaSchema::describe(*report));
        return packed;
    }
};

Result<std::unique_ptr<Outgoing>> outgoing(
    const QString &outDir, const QUuid &process, const QString &code, Disposal::Written &w)
{
    QDir dir(outDir);
    if (!dir.exists() && !QDir().mkpath(outDir))
        return fail(ErrorCode::Io, Disposal::tr("The folder %1 cannot be created.").arg(outDir));
    auto o = std::make_unique<Outgoing>();
    o->name = Disposal::messageName(process, code);
    o->xml = dir.filePath(o->name + QStringLiteral(".xml.part"));
    o->pending = dir.filePath(o->name + QStringLiteral(".zip.pending"));
    w.process = process;
    w.container = dir.filePath(o->name + QStringLiteral(".zip"));
    return o;
}

/** The xdomea file-format code (code list Dateiformat 1.0) of a file name's extension. */
QString formatCode(const QString &fileName)
{
    static const QHash<QString, QString> codes { { QStringLiteral("bmp"), QStringLiteral("001") },
        { QStringLiteral("csv"), QStringLiteral("002") }, { QStringLiteral("doc"), QStringLiteral("003") },
        { QStringLiteral("eml"), QStringLiteral("006") }, { QStringLiteral("htm"), QStringLiteral("007") },
        { QStringLiteral("html"), QStringLiteral("008") }, { QStringLiteral("jpeg"), QStringLiteral("010") },
        { QStringLiteral("jpg"), QStringLiteral("011") }, { QStringLiteral("msg"), QStringLiteral("012") },
        { QStringLiteral("odp"), QStringLiteral("013") }, { QStringLiteral("ods"), QStringLiteral("014") },
        { QStringLiteral("odt"), QStringLiteral("015") }, { QStringLiteral("pdf"), QStringLiteral("018") },
        { QStringLiteral("png"), QStringLiteral("019") }, { QStringLiteral("ppt"), QStringLiteral("020") },
        { QStringLiteral("ps"), QStringLiteral("021") }, { QStringLiteral("rtf"), QStringLiteral("022") },
        { QStringLiteral("tif"), QStringLiteral("023") }, { QStringLiteral("tiff"), QStringLiteral("024") },
        { QStringLiteral("xls"), QStringLiteral("028") }, { QStringLiteral("xml"), QStringLiteral("030") },
        { QStringLiteral("docx"), QStringLiteral("035") }, { QStringLiteral("xlsx"), QStringLiteral("036") },
        { QStringLiteral("pptx"), QStringLiteral("037") }, { QStringLiteral("txt"), QStringLiteral("045") } };
    return codes.value(QFileInfo(fileName).suffix().toLower(), QStringLiteral("100")); // 100: Sonstiges
}

/** A member name as xdomea wants it: UUID_name.ext, the name plain and short. */
QString primaryName(const QUuid &id, const QString &title, const QString &suffix)
{
    QString name;
    for (const QChar c : title) {
        if (c.isLetterOrNumber() || c == QLatin1Char('-'))
            name += c;
        else if (!name.endsWith(QLatin1Char('_')))
            name += QLatin1Char('_');
    }
    name = name.left(80);
    while (name.endsWith(QLatin1Char('_')))
        name.chop(1);
    return uuidText(id) + (name.isEmpty() ? QString() : QLatin1Char('_') + name)
        + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix.toLower());
}

/** For a transfer (0503): the primary files as they are named in the message, and where they are. */
struct Transfer
{
    const Engine *engine = nullptr;
    QString renditions; ///< PDF/A renditions, kept by the content's hash
    struct Primary
    {
        QString name;
        QString path;
        QString sha256;
    };
    QList<Primary> primaries;
    /** The server's audit trail of the files, by object id: the history the archive gets. */
    struct Event
    {
        QString at;
        QString login;
        QString action;
        QJsonObject details;
    };
    QHash<QString, QList<Event>> history;
    /** The routes (Geschäftsgänge) of the files' objects, by object id, from the local mirror. */
    struct Step
    {
        int position = 0;
        QString action;
        QString addressee;
        QString instruction;
        QString deadline;
        QString status;
        QString actedBy;
        QString actedAt;
        QString remark;
        QString addedBy;
        QString addedAt;
    };
    struct Route
    {
        QString id;
        QList<Step> steps;
    };
    QHash<QString, QList<Route>> routes;
    QHash<QString, QString> names; ///< login or unit addressee → the name people know
};

/** A person or unit as xdomea's KontaktType: a unit by its name, a person by name parts. */
void writeContact(XdomeaXml &x, const QString &element, const QString &who, const Transfer &t)
{
    const QString name = t.names.value(who, who);
    x.start(element);
    if (who.contains(QLatin1Char(':'))) { // unit:CODE, lead:CODE
        x.start(QStringLiteral("Organisationseinheit"));
        x.text(QStringLiteral("Name"), name);
        x.end();
    } else {
        const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        x.start(QStringLiteral("Name"));
        x.start(QStringLiteral("Familienname"));
        x.text(QStringLiteral("Name"), parts.isEmpty() ? who : parts.last());
        x.end();
        if (parts.size() > 1) {
            x.start(QStringLiteral("Vorname"));
            x.text(QStringLiteral("Name"), parts.mid(0, parts.size() - 1).join(QLatin1Char(' ')));
            x.end();
        }
        x.end();
    }
    x.end();
}

/**
 * An object's routing as xdomea's InternerGeschaeftsgang: every step of its routes in order
 * (several routes one after the other, numbered on), each with who ordered it for whom, the
 * instruction and deadline, its state and, once done, who did it when with the remark.
 */
void writeRouting(XdomeaXml &x, const Transfer *t, const QUuid &id)
{
    if (!t)
        return;
    const QList<Transfer::Route> routes = t->routes.value(uuidText(id));
    if (routes.isEmpty())
        return;
    x.start(QStringLiteral("InternerGeschaeftsgang"));
    x.start(QStringLiteral("Identifikation"));
    x.text(QStringLiteral("ID"), routes.first().id);
    x.end();
    int n = 0;
    for (const Transfer::Route &r : routes) {
        for (const Transfer::Step &st : r.steps) {
            x.start(QStringLiteral("Beteiligungsschritt"));
            x.text(QStringLiteral("Nummer"), QString::number(++n));
            x.code(QStringLiteral("Status"), st.status, QStringLiteral("beteiligungsstatus"), QStringLiteral("1.1"));
            x.start(QStringLiteral("Verfuegung"));
            writeContact(x, QStringLiteral("Ersteller"), st.addedBy, *t);
            writeContact(x, QStringLiteral("Adressat"), st.addressee, *t);
            const QDateTime added = QDateTime::fromString(st.addedAt, Qt::ISODateWithMs);
            x.text(QStringLiteral("Erstellungsdatum"), added.toUTC().date().toString(Qt::ISODate));
            x.text(QStringLiteral("Verfuegung"),
                st.instruction.isEmpty() ? Routing::actionName(st.action)
                                         : Routing::actionName(st.action) + QStringLiteral(": ") + st.instruction);
            x.text(QStringLiteral("TerminDatum"), st.deadline);
            x.end();
            if (!st.actedBy.isEmpty()) {
                const QDateTime acted = QDateTime::fromString(st.actedAt, Qt::ISODateWithMs);
                x.start(QStringLiteral("Bearbeitung"));
                writeContact(x, QStringLiteral("Bearbeiter"), st.actedBy, *t);
                x.text(QStringLiteral("Datum"), acted.toUTC().date().toString(Qt::ISODate));
                x.text(QStringLiteral("Vermerk"), st.remark);
                x.end();
            }
            x.end();
        }
    }
    x.end();
}

/** The routes of @p files' objects from the local mirror, with the names of everybody in them. */
Status loadRoutes(Database &db, const QList<QUuid> &files, Transfer &t)
{
    QJsonArray ids;
    for (const QUuid &f : files)
        ids.append(uuidText(f));
    auto st = db.prepare(QStringLiteral(
        "SELECT r.entity_id, r.id, s.position, s.action, s.addressee, s.instruction, coalesce(s.deadline, ''), "
        "s.status, coalesce(s.acted_by, ''), coalesce(s.acted_at, ''), s.remark, s.added_by, s.added_at "
        "FROM json_each(?) j JOIN route r ON r.file_id = j.value JOIN route_step s ON s.route_id = r.id "
        "ORDER BY r.entity_id, r.started_at, r.id, s.position"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    QStringList people;
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        QList<Transfer::Route> &routes = t.routes[st->text(0)];
        if (routes.isEmpty() || routes.last().id != st->text(1))
            routes.append({ st->text(1), {} });
        Transfer::Step step { st->integer(2), st->text(3), st->text(4), st->text(5), st->text(6), st->text(7),
            st->text(8), st->text(9), st->text(10), st->text(11), st->text(12) };
        people << step.addressee << step.actedBy << step.addedBy;
        routes.last().steps.append(step);
    }
    people.removeAll(QString());
    people.removeDuplicates();
    t.names = Routing::addresseeNames(db, people);
    return {};
}

/** An object's history as xdomea wants it: who did what when, with the field and its values. */
void writeHistory(XdomeaXml &x, const Transfer *t, const QUuid &id)
{
    if (!t)
        return;
    for (const Transfer::Event &e : t->history.value(uuidText(id))) {
        x.start(QStringLiteral("HistorienProtokollInformation"));
        x.text(QStringLiteral("MetadatumName"), e.details.value(QLatin1String("field")).toString());
        x.text(QStringLiteral("MetadatumAlterWert"), e.details.value(QLatin1String("old")).toVariant().toString());
        x.text(QStringLiteral("MetadatumNeuerWert"), e.details.value(QLatin1String("new")).toVariant().toString());
        x.text(QStringLiteral("Akteur"), e.login);
        x.text(
            QStringLiteral("DatumUhrzeit"), QDateTime::fromString(e.at, Qt::ISODateWithMs).toString(Qt::ISODateWithMs));
        x.text(QStringLiteral("Bemerkung"), e.details.value(QLatin1String("reason")).toString());
        x.text(QStringLiteral("Aktion"), e.action);
        x.end();
    }
}

Status writeVersions(Database &db, XdomeaXml &x, const Document &d, Transfer &t)
{
    auto versions = Queries::versions(db, d.meta.id);
    if (!versions)
        return std::unexpected(versions.error());
    QList<Version> list = *versions;
    std::sort(list.begin(), list.end(), [](const Version &a, const Version &b) { return a.number < b.number; });
    for (const Version &v : std::as_const(list)) {
        const QString source = t.engine->content().pathFor(v.sha256);
        if (!QFileInfo::exists(source))
            return fail(ErrorCode::NotFound,
                Disposal::tr("Version %1 of \"%2\" is not in this data folder; sync first.")
                    .arg(v.number)
                    .arg(d.title));
        const QString suffix = QFileInfo(v.fileName).suffix();
        const bool pdf = suffix.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0
            || v.mimeType == QLatin1String("application/pdf");
        QString pdfVersion = QStringLiteral("unbekannt");
        if (pdf) {
            QFile f(source);
            if (f.open(QIODevice::ReadOnly)) {
                const QByteArray head = f.read(16);
                if (head.startsWith("%PDF-"))
                    pdfVersion = QString::fromLatin1(head.mid(5, 3));
            }
        }
        auto format = [&](const QString &code, const QString &version, const QString &member) {
            x.start(QStringLiteral("Format"));
            x.code(QStringLiteral("Name"), code, QStringLiteral("dateiformat"), QStringLiteral("1.0"));
            x.text(QStringLiteral("Version"), version);
            x.start(QStringLiteral("Primaerdokument"));
            x.text(QStringLiteral("Dateiname"), member);
            x.text(QStringLiteral("DateinameOriginal"), v.fileName);
            x.text(QStringLiteral("Ersteller"), v.author);
            if (v.createdAt.isValid())
                x.text(QStringLiteral("DatumUhrzeit"),
                    v.createdAt.toOffsetFromUtc(v.createdAt.offsetFromUtc()).toString(Qt::ISODate));
            x.end();
            x.end();
        };
        x.start(QStringLiteral("Version"));
        x.text(QStringLiteral("Nummer"), QString::number(v.number));
        const QString original = primaryName(v.meta.id, d.title, suffix.isEmpty() ? QString() : suffix);
        format(pdf ? QStringLiteral("018") : formatCode(v.fileName), pdf ? pdfVersion : QStringLiteral("unbekannt"),
            original);
        t.primaries.append({ original, source, v.sha256 });
        if (pdf) {
            // The archival rendition beside the original, made once per content.
            const QString rendition = QDir(t.renditions).filePath(v.sha256 + QStringLiteral(".pdf"));
            if (!QFileInfo::exists(rendition)) {
                if (auto s = PdfA::convert(source, rendition); !s)
                    return fail(s.error().code,
                        Disposal::tr("Version %1 of \"%2\" has no PDF/A rendition: %3")
                            .arg(v.number)
                            .arg(d.title, s.error().message),
                        s.error().detail);
            }
            const QString member
                = primaryName(QUuid::createUuidV5(v.meta.id, QStringLiteral("pdfa")), d.title, QStringLiteral("pdf"));
            format(QStringLiteral("044"), QStringLiteral("2b"), member);
            t.primaries.append({ member, rendition, {} });
        }
        x.end();
    }
    return {};
}

// What the offer list and the transfer say of a file, read from the local index.
struct CaseRow
{
    Case c;
    QDate closedOn;
};
struct FileRows
{
    FileRecord f;
    QString unitCode;
    QString unitTitle;
    QString deptName;
    KeepingState keeping;
    QList<CaseRow> cases;
    QHash<QUuid, QList<Document>> docsOf;
};

// The columns of a file, its cases and its documents; %1 joins the files wanted (one, or a JSON
// array of many, whose position comes first in every row so that the three can be walked together).
const char *const kFileSql
    = "SELECT %1, f.id, f.title, f.reference, f.department_code, f.confidentiality, f.created_at, coalesce(p.code, "
      "''), "
      "coalesce(p.title, ''), coalesce(d.name, ''), coalesce(nullif(k.retention, ''), p.retention_years, "
      "'unbefristet'), "
      "coalesce(nullif(k.disposal_type, ''), p.disposal_type, 'B'), coalesce(k.retention_end, ''), "
      "coalesce(k.closed_on, '') FROM %2 JOIN file_record f ON f.id = %3 LEFT JOIN plan_unit p ON p.id = "
      "f.plan_unit_id "
      "LEFT JOIN department d ON d.code = f.department_code LEFT JOIN record_keeping k ON k.id = f.id %4";
const char *const kCaseSql
    = "SELECT %1, c.id, c.title, c.reference, c.type, c.status, coalesce(k.closed_on, '') FROM %2 "
      "JOIN case_record c ON c.file_id = %3 AND c.deleted = 0 LEFT JOIN record_keeping k ON k.id = c.id %4, c.number";
const char *const kDocSql
    = "SELECT %1, d.id, d.case_id, d.title, d.type, d.number, c.reference FROM %2 "
      "JOIN case_record c ON c.file_id = %3 AND c.deleted = 0 JOIN document d ON d.case_id = c.id AND d.deleted = 0 "
      "%4, d.created_at, d.id";

QString fileSql(const char *sql, bool many)
{
    return many ? QString::fromLatin1(sql).arg(QStringLiteral("j.key"), QStringLiteral("json_each(?) j"),
               QStringLiteral("j.value"), QStringLiteral("ORDER BY j.key"))
                : QString::fromLatin1(sql).arg(QStringLiteral("0"), QStringLiteral("(SELECT ? AS id) w"),
                    QStringLiteral("w.id"), QStringLiteral("ORDER BY 1"));
}

void readFileRow(const Statement &st, FileRows &r)
{
    r.f.meta.id = QUuid(st.text(1));
    r.f.title = st.text(2);
    r.f.reference = st.text(3);
    r.f.departmentCode = st.text(4);
    r.f.confidentiality = confidentialityFromCode(st.text(5)).value_or(Confidentiality::Open);
    r.f.meta.createdAt = QDateTime::fromString(st.text(6), Qt::ISODateWithMs);
    r.unitCode = st.text(7);
    r.unitTitle = st.text(8);
    r.deptName = st.text(9);
    r.keeping.retention = Retention::parse(st.text(10)).value_or(Retention::unlimited());
    r.keeping.disposal = disposalTypeFromCode(st.text(11)).value_or(DisposalType::Appraise);
    r.keeping.retentionEnd = QDate::fromString(st.text(12), Qt::ISODate);
    r.keeping.closedOn = QDate::fromString(st.text(13), Qt::ISODate);
}

CaseRow readCaseRow(const Statement &st)
{
    CaseRow row;
    row.c.meta.id = QUuid(st.text(1));
    row.c.title = st.text(2);
    row.c.reference = st.text(3);
    row.c.type = st.text(4);
    row.c.status = st.text(5) == QLatin1String("closed") ? RecordStatus::Closed : RecordStatus::Open;
    row.closedOn = QDate::fromString(st.text(6), Qt::ISODate);
    return row;
}

Document readDocRow(const Statement &st)
{
    Document d;
    d.meta.id = QUuid(st.text(1));
    d.caseId = QUuid(st.text(2));
    d.title = st.text(3);
    d.type = st.text(4);
    d.number = st.integer(5);
    d.reference = d.number > 0 ? documentReference(st.text(6), d.number) : QString();
    return d;
}

/**
 * Reads files in the order of @p keys (one statement each for files, cases and documents, walked
 * together: a file at a time is in memory) and hands each to @p write.
 */
Status forEachFile(Database &db, const QList<QUuid> &keys, const std::function<Status(const FileRows &)> &write)
{
    const bool many = keys.size() > 1;
    QString bound;
    if (many) {
        QJsonArray ids;
        for (const QUuid &k : keys)
            ids.append(uuidText(k));
        bound = QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact));
    } else {
        bound = keys.isEmpty() ? QString() : uuidText(keys.first());
    }
    auto fs = db.prepare(fileSql(kFileSql, many));
    auto cs = db.prepare(fileSql(kCaseSql, many));
    auto ds = db.prepare(fileSql(kDocSql, many));
    for (auto *st : { &fs, &cs, &ds }) {
        if (!*st)
            return std::unexpected(st->error());
        (*st)->bind(1, bound);
    }
    auto next = [](Statement &st, bool &more) -> Status {
        auto r = st.step();
        if (!r)
            return std::unexpected(r.error());
        more = *r;
        return {};
    };
    bool caseMore = false;
    bool docMore = false;
    if (auto s = next(*cs, caseMore); !s)
        return s;
    if (auto s = next(*ds, docMore); !s)
        return s;
    qsizetype seen = 0;
    for (;;) {
        bool fileMore = false;
        if (auto s = next(*fs, fileMore); !s)
            return s;
        if (!fileMore)
            break;
        ++seen;
        const qint64 key = fs->int64(0);
        FileRows r;
        readFileRow(*fs, r);
        while (caseMore && cs->int64(0) == key) {
            r.cases.append(readCaseRow(*cs));
            if (auto s = next(*cs, caseMore); !s)
                return s;
        }
        while (docMore && ds->int64(0) == key) {
            const Document d = readDocRow(*ds);
            r.docsOf[d.caseId].append(d);
            if (auto s = next(*ds, docMore); !s)
                return s;
        }
        if (auto s = write(r); !s)
            return s;
    }
    fs->reset();
    cs->reset();
    ds->reset();
    if (seen != keys.size())
        return fail(ErrorCode::NotFound,
            Disposal::tr("%n of the files are not in this data folder; sync first.", nullptr, int(keys.size() - seen)));
    return {};
}

Status writeFileRows(Database &db, XdomeaXml &x, const FileRows &rows, Transfer *transfer)
{
    const FileRecord &f = rows.f;
    const QString &unitCode = rows.unitCode;
    const QString &unitTitle = rows.unitTitle;
    const QString &deptName = rows.deptName;
    const KeepingState *keeping = &rows.keeping;
    const QList<CaseRow> &caseRows = rows.cases;
    const QHash<QUuid, QList<Document>> &docsOf = rows.docsOf;
    x.start(QStringLiteral("Schriftgutobjekt"));
    x.start(QStringLiteral("Akte"));
    x.start(QStringLiteral("Identifikation"));
    x.text(QStringLiteral("ID"), uuidText(f.meta.id));
    x.end();
    x.start(QStringLiteral("AllgemeineMetadaten"));
    x.text(QStringLiteral("Betreff"), f.title);
    x.text(QStringLiteral("Kennzeichen"), f.reference);
    x.text(QStringLiteral("Federfuehrung"),
        deptName.isEmpty() ? f.departmentCode : f.departmentCode + QLatin1Char(' ') + deptName);
    x.code(QStringLiteral("Vertraulichkeitsstufe"), confidentialityCode(f.confidentiality),
        QStringLiteral("vertraulichkeitsstufe"), QStringLiteral("1.0"));
    x.code(QStringLiteral("Medium"), QStringLiteral("001"), QStringLiteral("medium"),
        QStringLiteral("1.0")); // elektronisch
    if (!unitCode.isEmpty()) {
        x.start(QStringLiteral("Aktenplaneinheit"));
        x.text(QStringLiteral("Kennzeichen"), unitCode);
        x.text(QStringLiteral("BetreffKurz"), unitTitle);
        x.end();
    }
    x.end();
    x.start(QStringLiteral("ArchivspezifischeMetadaten"));
    x.start(QStringLiteral("Aufbewahrungsdauer"));
    if (keeping->retention.isUnlimited())
        x.flag(QStringLiteral("Unbefristet"), true);
    else
        x.text(QStringLiteral("AnzahlJahre"), QString::number(keeping->retention.years()));
    x.end();
    x.start(QStringLiteral("Aussonderungsart"));
    x.code(QStringLiteral("Aussonderungsart"), QString(disposalTypeCode(keeping->disposal)),
        QStringLiteral("aussonderungsart"), QStringLiteral("1.0"));
    x.end();
    // Our proposal for the appraisal: the disposal type where it already says A or V.
    if (keeping->disposal != DisposalType::Appraise)
        x.code(QStringLiteral("Bewertungsvorschlag"), QString(disposalTypeCode(keeping->disposal)),
            QStringLiteral("bewertungsvorschlag"), QStringLiteral("1.0"));
    if (keeping->retentionEnd.isValid())
        x.text(QStringLiteral("Aufbewahrungsende"), keeping->retentionEnd.toString(Qt::ISODate));
    x.end();
    x.start(QStringLiteral("Laufzeit"));
    x.text(QStringLiteral("Beginn"), f.meta.createdAt.toUTC().date().toString(Qt::ISODate));
    if (keeping->closedOn.isValid())
        x.text(QStringLiteral("Ende"), keeping->closedOn.toString(Qt::ISODate));
    x.end();
    writeHistory(x, transfer, f.meta.id);
    writeRouting(x, transfer, f.meta.id);
    if (!caseRows.isEmpty()) {
        x.start(QStringLiteral("Akteninhalt"));
        for (const CaseRow &row : std::as_const(caseRows)) {
            const Case &c = row.c;
            x.start(QStringLiteral("Vorgang"));
            x.start(QStringLiteral("Identifikation"));
            x.text(QStringLiteral("ID"), uuidText(c.meta.id));
            x.end();
            x.start(QStringLiteral("AllgemeineMetadaten"));
            x.text(QStringLiteral("Betreff"), c.title);
            x.text(QStringLiteral("Kennzeichen"), c.reference);
            x.end();
            x.text(QStringLiteral("Typ"), c.type);
            x.flag(QStringLiteral("ZdA"), c.status == RecordStatus::Closed);
            if (row.closedOn.isValid())
                x.text(QStringLiteral("ZdADatum"), row.closedOn.toString(Qt::ISODate));
            writeHistory(x, transfer, c.meta.id);
            writeRouting(x, transfer, c.meta.id);
            for (const Document &d : docsOf.value(c.meta.id)) {
                x.start(QStringLiteral("Dokument"));
                x.start(QStringLiteral("Identifikation"));
                x.text(QStringLiteral("ID"), uuidText(d.meta.id));
                if (d.number > 0)
                    x.text(QStringLiteral("NummerImUebergeordnetenContainer"), QString::number(d.number));
                x.end();
                x.start(QStringLiteral("AllgemeineMetadaten"));
                x.text(QStringLiteral("Betreff"), d.title);
                x.text(QStringLiteral("Kennzeichen"), d.reference);
                x.end();
                x.text(QStringLiteral("Typ"), d.type);
                writeHistory(x, transfer, d.meta.id);
                writeRouting(x, transfer, d.meta.id);
                if (transfer) {
                    if (auto st = writeVersions(db, x, d, *transfer); !st)
                        return st;
                }
                x.end();
            }
            x.end();
        }
        x.end();
    }
    x.end();
    x.end();
    return {};
}

Status writeFile0501(Database &db, XdomeaXml &x, const QUuid &fileId, Transfer *transfer = nullptr)
{
    return forEachFile(db, { fileId }, [&](const FileRows &r) { return writeFileRows(db, x, r, transfer); });
}

} // namespace

Disposal::Disposal(Engine &engine)
    : m_engine(engine)
{ }

Result<QJsonArray> Disposal::processes(PgConnection &db, const QString &process)
{
    auto rows = db.exec(
        QStringLiteral(
            "SELECT json_build_object('process', p.id, 'kind', p.kind, 'state', p.state, 'created_by', p.created_by, "
            "'created_at', p.created_at, "
            "'files', (SELECT count(*) FROM aktenwerk.disposal_object o WHERE o.process_id = p.id), "
            "'messages', coalesce((SELECT json_agg(json_build_object('code', m.code, 'direction', m.direction, "
            "'container', m.container, 'sha256', m.sha256, 'by', m.recorded_by, 'at', m.recorded_at) "
            "ORDER BY m.recorded_at) FROM aktenwerk.disposal_message m WHERE m.process_id = p.id), '[]'), "
            "'objects', coalesce((SELECT json_agg(json_build_object('file_id', o.file_id, 'reference', "
            "coalesce((SELECT f.reference FROM aktenwerk.file_record f WHERE f.id = o.file_id), o.reference), "
            "'title', (SELECT f.title FROM aktenwerk.file_record f WHERE f.id = o.file_id), "
            "'appraisal', o.appraisal, 'imported', o.imported, 'archive_reference', o.archive_reference, "
            "'destroyed', o.destroyed) ORDER BY o.reference, o.file_id) "
            "FROM aktenwerk.disposal_object o WHERE o.process_id = p.id), '[]'))::text "
            "FROM aktenwerk.disposal_process p WHERE $1::text IS NULL OR p.id::text = $1 "
            "ORDER BY p.created_at DESC"),
        { process.isEmpty() ? QVariant() : QVariant(process) });
    if (!rows)
        return std::unexpected(rows.error());
    QJsonArray list;
    for (int i = 0; i < rows->rows(); ++i)
        list.append(QJsonDocument::fromJson(rows->text(i, 0).toUtf8()).object());
    return list;
}

QString Disposal::stateName(const QString &state)
{
    if (state == QLatin1String("0501"))
        return tr("offered (0501)");
    if (state == QLatin1String("0504"))
        return tr("offer received by the archive (0504)");
    if (state == QLatin1String("0502"))
        return tr("appraised by the archive (0502)");
    if (state == QLatin1String("0505"))
        return tr("appraisal confirmed (0505)");
    if (state == QLatin1String("0503"))
        return tr("transferred (0503)");
    if (state == QLatin1String("0507"))
        return tr("transfer received by the archive (0507)");
    if (state == QLatin1String("0506"))
        return tr("import confirmed by the archive (0506)");
    if (state == QLatin1String("closed"))
        return tr("ended: every file destroyed");
    return state;
}

QString Disposal::objectState(const QJsonObject &o)
{
    const QString appraisal = o.value(QLatin1String("appraisal")).toString();
    QString state = appraisal == QLatin1String("A") ? tr("to the archive (A)")
        : appraisal == QLatin1String("V")           ? tr("to be destroyed (V)")
                                                    : tr("not appraised yet");
    if (o.value(QLatin1String("imported")).toBool())
        state = tr("taken over as „%1“").arg(o.value(QLatin1String("archive_reference")).toString());
    else if (o.value(QLatin1String("imported")).isBool())
        state = tr("not taken over by the archive");
    if (o.value(QLatin1String("destroyed")).toBool())
        state += tr(", destroyed here");
    return state;
}

QString Disposal::nextStep(const QString &state, const QString &kind)
{
    if (state == QLatin1String("0501") || state == QLatin1String("0504"))
        return tr("Wait for the archive's appraisal (0502) and read it in.");
    if (state == QLatin1String("0502"))
        return tr("Confirm the appraisal (0505).");
    if (state == QLatin1String("0505"))
        return tr("Transfer what the archive wants (0503); propose what it does not want for destruction.");
    if (state == QLatin1String("0503") || state == QLatin1String("0507"))
        return kind == QLatin1String("two_stage")
            ? tr("Wait for the archive's import confirmation (0506) and read it in.")
            : tr("Wait for the archive's import confirmation (0506) and read it in; propose what it did not "
                 "want for destruction.");
    if (state == QLatin1String("0506"))
        return tr("Propose what the archive took over for destruction.");
    return tr("Nothing.");
}

QString Disposal::messageName(const QUuid &process, const QString &code)
{
    return uuidText(process) + QLatin1Char('_') + XdomeaXml::rootName(code);
}

Status Disposal::write0501(Database &db, const QUuid &process, const QList<QUuid> &files, const XdomeaParties &parties,
    const QDateTime &now, QIODevice &out)
{
    XdomeaXml x(out);
    x.begin();
    x.start(XdomeaXml::rootName(QStringLiteral("0501")));
    x.header(process, QStringLiteral("0501"), parties, now);
    if (auto s = forEachFile(db, files, [&](const FileRows &r) { return writeFileRows(db, x, r, nullptr); }); !s)
        return s;
    x.end();
    x.w.writeEndDocument();
    if (x.w.hasError())
        return fail(ErrorCode::Io, tr("The message could not be written."));
    return {};
}

Status Disposal::writeReceipt(
    const QUuid &process, const QString &code, const XdomeaParties &parties, const QDateTime &now, QIODevice &out)
{
    XdomeaXml x(out);
    x.begin();
    x.start(XdomeaXml::rootName(code));
    x.header(process, code, parties, now, XdomeaXml::Receipt::None);
    x.end();
    x.w.writeEndDocument();
    if (x.w.hasError())
        return fail(ErrorCode::Io, tr("The message could not be written."));
    return {};
}

Result<Disposal::Written> Disposal::confirmAppraisal(
    const ServerSession &session, const QUuid &process, const QString &outDir, const XdomeaParties &parties)
{
    Written w;
    auto out = outgoing(outDir, process, QStringLiteral("0505"), w);
    if (!out)
        return std::unexpected(out.error());
    const QString &pending = (*out)->pending;
    {
        QFile xml((*out)->xml);
        if (!xml.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(xml.fileName()), xml.errorString());
        if (auto s = writeReceipt(process, QStringLiteral("0505"), parties, QDateTime::currentDateTime(), xml); !s)
            return std::unexpected(s.error());
        if (!xml.flush())
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(xml.fileName()), xml.errorString());
    }
    if (auto s = (*out)->pack(tr("The confirmation does not match the xdomea schema; nothing was sent.")); !s)
        return std::unexpected(s.error());
    if (auto s = sendContainer(m_engine, session, QStringLiteral("archive.confirm"), process,
            { { QStringLiteral("code"), QStringLiteral("0505") } }, pending, w);
        !s)
        return std::unexpected(s.error());
    return w;
}

Result<Disposal::Written> Disposal::transfer(
    const ServerSession &session, const QUuid &process, const QString &outDir, const XdomeaParties &parties)
{
    if (!m_engine.isConnected())
        return fail(ErrorCode::Unsupported,
            tr("The hand-over to the archive is decided by the central repository: connect this data folder first."));
    // What the archive appraised A, as the server keeps it.
    QList<QUuid> files;
    {
        auto db = session();
        if (!db)
            return std::unexpected(db.error());
        auto rows = db->exec(
            QStringLiteral("SELECT o.file_id::text, p.state FROM aktenwerk.disposal_process p "
                           "LEFT JOIN aktenwerk.disposal_object o ON o.process_id = p.id AND o.appraisal = 'A' "
                           "WHERE p.id = $1 ORDER BY o.file_id"),
            { uuidText(process) });
        if (!rows)
            return std::unexpected(rows.error());
        if (rows->rows() == 0)
            return fail(ErrorCode::NotFound, tr("There is no disposal process %1.").arg(uuidText(process)));
        for (int i = 0; i < rows->rows(); ++i) {
            if (!rows->isNull(i, 0))
                files << QUuid::fromString(rows->text(i, 0));
        }
        if (files.isEmpty())
            return fail(ErrorCode::Validation,
                tr("The archive has appraised nothing of process %1 as worth keeping (A).").arg(uuidText(process)));
    }
    return writeTransfer(session, process, files, outDir, parties, QStringLiteral("archive.transfer"));
}

Result<Disposal::Written> Disposal::transferDirect(
    const ServerSession &session, const QList<QUuid> &files, const QString &outDir, const XdomeaParties &parties)
{
    if (!m_engine.isConnected())
        return fail(ErrorCode::Unsupported,
            tr("The hand-over to the archive is decided by the central repository: connect this data folder first."));
    if (files.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Name at least one file to transfer."));
    return writeTransfer(
        session, QUuid::createUuid(), files, outDir, parties, QStringLiteral("archive.transfer_direct"));
}

Result<Disposal::Written> Disposal::writeTransfer(const ServerSession &session, const QUuid &process,
    const QList<QUuid> &files, const QString &outDir, const XdomeaParties &parties, const QString &command)
{
    Transfer t;
    {
        auto db = session();
        if (!db)
            return std::unexpected(db.error());
        // The history of everything in them, from the server's audit trail (the authority on who
        // did what and when; this client holds only what it did itself).
        QStringList ids;
        for (const QUuid &f : std::as_const(files))
            ids << uuidText(f);
        auto events
            = db->exec(QStringLiteral("SELECT entity_id, to_char(at AT TIME ZONE 'UTC', "
                                      "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), login, action, details::text "
                                      "FROM aktenwerk.audit_event WHERE file_id = ANY($1::uuid[]) ORDER BY seq"),
                { QString(QStringLiteral("{") + ids.join(QLatin1Char(',')) + QStringLiteral("}")) });
        if (!events)
            return std::unexpected(events.error());
        for (int i = 0; i < events->rows(); ++i)
            t.history[events->text(i, 0)].append({ events->text(i, 1), events->text(i, 2), events->text(i, 3),
                QJsonDocument::fromJson(events->text(i, 4).toUtf8()).object() });
    }
    Written w;
    w.files = int(files.size());
    auto out = outgoing(outDir, process, QStringLiteral("0503"), w);
    if (!out)
        return std::unexpected(out.error());
    const QString &xmlPath = (*out)->xml;
    const QString &pending = (*out)->pending;

    t.engine = &m_engine;
    t.renditions = QDir(m_engine.dataDir()).filePath(QStringLiteral("archive/pdfa"));
    if (!QDir().mkpath(t.renditions))
        return fail(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(t.renditions));
    {
        auto db = m_engine.openReader();
        if (!db)
            return std::unexpected(db.error());
        if (auto s = loadRoutes(*db, files, t); !s)
            return std::unexpected(s.error());
        QFile xml(xmlPath);
        if (!xml.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(xmlPath), xml.errorString());
        XdomeaXml x(xml);
        x.begin();
        x.start(XdomeaXml::rootName(QStringLiteral("0503")));
        x.header(
            process, QStringLiteral("0503"), parties, QDateTime::currentDateTime(), XdomeaXml::Receipt::Asked, true);
        for (const QUuid &f : std::as_const(files)) {
            if (auto s = writeFile0501(*db, x, f, &t); !s)
                return std::unexpected(s.error());
        }
        x.end();
        x.w.writeEndDocument();
        if (x.w.hasError() || !xml.flush())
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(xmlPath), xml.errorString());
    }
    QList<QPair<QString, QString>> primaries;
    for (const Transfer::Primary &p : std::as_const(t.primaries))
        primaries.append({ p.name, p.path });
    if (auto s = (*out)->pack(tr("The transfer does not match the xdomea schema; nothing was sent."), primaries); !s)
        return std::unexpected(s.error());
    // Every file the message names is in the container, and nothing else.
    auto members = XdomeaContainer::list(pending);
    if (!members)
        return std::unexpected(members.error());
    QSet<QString> packed;
    for (const XdomeaContainer::Member &m : std::as_const(*members))
        packed.insert(m.name);
    for (const Transfer::Primary &p : std::as_const(t.primaries)) {
        if (!packed.contains(p.name))
            return fail(ErrorCode::Internal, tr("The transfer names %1, which is not in its container.").arg(p.name));
    }
    if (packed.size() != t.primaries.size() + 1)
        return fail(ErrorCode::Internal, tr("The transfer's container holds files its message does not name."));
    QJsonArray ids;
    for (const QUuid &f : std::as_const(files))
        ids.append(uuidText(f));
    if (auto s = sendContainer(m_engine, session, command, process, { { QStringLiteral("files"), ids } }, pending, w);
        !s)
        return std::unexpected(s.error());
    return w;
}

Result<Disposal::Written> Disposal::offer(
    const ServerSession &session, const QList<QUuid> &files, const QString &outDir, const XdomeaParties &parties)
{
    if (!m_engine.isConnected())
        return fail(ErrorCode::Unsupported,
            tr("The hand-over to the archive is decided by the central repository: connect this data folder first."));
    if (files.isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("Name at least one file to offer."));
    Written w;
    w.files = int(files.size());
    auto out = outgoing(outDir, QUuid::createUuid(), QStringLiteral("0501"), w);
    if (!out)
        return std::unexpected(out.error());
    const QString &xmlPath = (*out)->xml;
    const QString &pending = (*out)->pending;

    // The message, from the local index (a reader of its own: the GUI thread never waits here).
    {
        auto db = m_engine.openReader();
        if (!db)
            return std::unexpected(db.error());
        QFile xml(xmlPath);
        if (!xml.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(xmlPath), xml.errorString());
        if (auto s = write0501(*db, w.process, files, parties, QDateTime::currentDateTime(), xml); !s)
            return std::unexpected(s.error());
        if (!xml.flush())
            return fail(ErrorCode::Io, tr("%1 cannot be written.").arg(xmlPath), xml.errorString());
    }
    if (auto s = (*out)->pack(tr("The offer list does not match the xdomea schema; nothing was sent.")); !s)
        return std::unexpected(s.error());
    // The server decides: only what it records as offered leaves this folder.
    QJsonArray ids;
    for (const QUuid &f : files)
        ids.append(uuidText(f));
    if (auto s = sendContainer(m_engine, session, QStringLiteral("archive.offer"), w.process,
            { { QStringLiteral("files"), ids } }, pending, w);
        !s)
        return std::unexpected(s.error());
    return w;
}

Result<Disposal::Received> Disposal::readContainer(const QString &zipPath, const QString &folder)
{
    const QString container = QFileInfo(zipPath).fileName();
    const QUuid named = QUuid::fromString(container.section(QLatin1Char('_'), 0, 0));
    auto unpacked = XdomeaContainer::unpack(zipPath, folder);
    if (!unpacked)
        return std::unexpected(unpacked.error());
    const QString message = QDir(folder).filePath(unpacked->message);
    auto report = XdomeaSchema::validateFile(message);
    if (!report)
        return std::unexpected(report.error());
    if (!report->valid())
        return fail(ErrorCode::Validation, tr("The message in %1 does not match the xdomea schema.").arg(container),
            XdomeaSchema::describe(*report));

    // What the schema cannot check.
    Received r;
    r.code = report->rootElement.right(4);
    r.folder = folder;
    static const QStringList received { QStringLiteral("0502"), QStringLiteral("0504"), QStringLiteral("0506"),
        QStringLiteral("0507") };
    if (!received.contains(r.code))
        return fail(ErrorCode::Validation,
            tr("%1 holds a message %2 (%3); from the archive this client reads 0504, 0502, 0507 and 0506.")
                .arg(container, r.code, report->rootElement));
    QFile file(message);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, tr("%1 cannot be read.").arg(message), file.errorString());
    QXmlStreamReader xml(&file);
    QStringList path;
    QString typeCode;
    QUuid objectId;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            path << xml.name().toString();
            const QString at = path.join(QLatin1Char('/'));
            if (at.endsWith(QLatin1String("Kopf/ProzessID")))
                r.process = QUuid::fromString(xml.readElementText().trimmed());
            else if (at.endsWith(QLatin1String("Kopf/Nachrichtentyp/code")))
                typeCode = xml.readElementText().trimmed();
            else if (at.endsWith(QLatin1String("BewertetesObjekt/ID")))
                objectId = QUuid::fromString(xml.readElementText().trimmed());
            else if (at.endsWith(QLatin1String("BewertetesObjekt/Aussonderungsart/Aussonderungsart/code"))) {
                const QString decision = xml.readElementText().trimmed().toUpper();
                if (objectId.isNull() || (decision != QLatin1String("A") && decision != QLatin1String("V")))
                    return fail(ErrorCode::Validation,
                        tr("The appraisal in %1 names an object without a valid id or decides \"%2\" (A or V).")
                            .arg(container, decision));
                r.appraisals.append({ objectId, decision.at(0) });
                objectId = QUuid();
            } else if (at.endsWith(QLatin1String("AusgesondertesSGO/IDSGO"))) {
                r.imports.append({ QUuid::fromString(xml.readElementText().trimmed()), false, {} });
                if (r.imports.last().file.isNull())
                    return fail(ErrorCode::Validation,
                        tr("The import confirmation in %1 names an object without a valid id.").arg(container));
            } else if (at.endsWith(QLatin1String("AusgesondertesSGO/Erfolgreich")) && !r.imports.isEmpty()) {
                const QString flag = xml.readElementText().trimmed();
                r.imports.last().ok = flag == QLatin1String("1") || flag == QLatin1String("true");
            } else if (at.endsWith(QLatin1String("AusgesondertesSGO/Archivkennung")) && !r.imports.isEmpty()) {
                r.imports.last().archiveReference = xml.readElementText().trimmed();
            }
            if (xml.isEndElement()) // readElementText() stops on the end element
                path.removeLast();
        } else if (xml.isEndElement()) {
            path.removeLast();
        }
    }
    if (xml.hasError())
        return fail(ErrorCode::Validation, tr("The message in %1 cannot be read.").arg(container), xml.errorString());
    if (typeCode != r.code)
        return fail(ErrorCode::Validation,
            tr("The message in %1 says it is a %2 but is a %3.").arg(container, typeCode, report->rootElement));
    if (r.process != named)
        return fail(ErrorCode::Validation,
            tr("The message in %1 belongs to process %2, the container's name to %3.")
                .arg(container, uuidText(r.process), uuidText(named)));
    return r;
}

namespace {

QJsonObject receivedToJson(const Disposal::Received &r)
{
    QJsonArray appraisals;
    for (const auto &[id, decision] : std::as_const(r.appraisals))
        appraisals.append(
            QJsonObject { { QStringLiteral("id"), uuidText(id) }, { QStringLiteral("decision"), QString(decision) } });
    QJsonArray imports;
    for (const Disposal::Received::Import &i : std::as_const(r.imports))
        imports.append(QJsonObject { { QStringLiteral("id"), uuidText(i.file) }, { QStringLiteral("ok"), i.ok },
            { QStringLiteral("archive_reference"), i.archiveReference } });
    return { { QStringLiteral("process"), uuidText(r.process) }, { QStringLiteral("code"), r.code },
        { QStringLiteral("appraisals"), appraisals }, { QStringLiteral("imports"), imports } };
}

} // namespace

int Disposal::readContainerMain(const QString &zipPath, const QString &folder)
{
    auto r = readContainer(zipPath, folder);
    QJsonObject answer;
    if (r)
        answer = receivedToJson(*r);
    else
        answer = { { QStringLiteral("error"), r.error().message }, { QStringLiteral("detail"), r.error().detail },
            { QStringLiteral("code"), static_cast<int>(r.error().code) } };
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 3;
    out.write(QJsonDocument(answer).toJson(QJsonDocument::Compact));
    out.write("\n");
    return r ? 0 : 1;
}

Result<Disposal::Received> Disposal::readContainerInWorker(const QString &zipPath, const QString &folder)
{
    const QString worker = Extractor::programPath(QStringLiteral("aktenwerk-xdomea"), "AKTENWERK_XDOMEA");
    if (worker.isEmpty())
        return fail(ErrorCode::Unsupported,
            tr("The program that reads the archive's containers (aktenwerk-xdomea) is not installed."));
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(worker, { QStringLiteral("read"), zipPath, folder });
    if (!p.waitForStarted(10000))
        return fail(ErrorCode::Unsupported, tr("%1 cannot be started.").arg(worker), p.errorString());
    if (!p.waitForFinished(10 * 60 * 1000)) {
        p.kill();
        p.waitForFinished(5000);
        return fail(ErrorCode::Validation,
            tr("%1 could not be read in time: the container was refused.").arg(QFileInfo(zipPath).fileName()));
    }
    const QJsonObject answer = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    if (p.exitStatus() != QProcess::NormalExit || answer.isEmpty())
        return fail(ErrorCode::Validation,
            tr("%1 could not be read: reading it went beyond the limits set for untrusted files (processor time, "
               "memory, size). The container was refused.")
                .arg(QFileInfo(zipPath).fileName()),
            QString::fromUtf8(p.readAllStandardError()).trimmed());
    if (answer.contains(QLatin1String("error")))
        return std::unexpected(Error { static_cast<ErrorCode>(answer.value(QLatin1String("code")).toInt()),
            answer.value(QLatin1String("error")).toString(), answer.value(QLatin1String("detail")).toString() });
    Received r;
    r.process = QUuid::fromString(answer.value(QLatin1String("process")).toString());
    r.code = answer.value(QLatin1String("code")).toString();
    r.folder = folder;
    for (const QJsonValue &v : answer.value(QLatin1String("appraisals")).toArray()) {
        const QJsonObject a = v.toObject();
        const QString decision = a.value(QLatin1String("decision")).toString();
        r.appraisals.append({ QUuid::fromString(a.value(QLatin1String("id")).toString()),
            decision.isEmpty() ? QChar() : decision.at(0) });
    }
    for (const QJsonValue &v : answer.value(QLatin1String("imports")).toArray()) {
        const QJsonObject i = v.toObject();
        r.imports.append({ QUuid::fromString(i.value(QLatin1String("id")).toString()),
            i.value(QLatin1String("ok")).toBool(), i.value(QLatin1String("archive_reference")).toString() });
    }
    return r;
}

Result<Disposal::Received> Disposal::receive(const ServerSession &session, const QString &zipPath)
{
    if (!m_engine.isConnected())
        return fail(ErrorCode::Unsupported,
            tr("The hand-over to the archive is decided by the central repository: connect this data folder first."));
    const QFileInfo info(zipPath);
    const QString container = info.fileName();
    // <ProzessID>_<Nachrichtenname>.zip
    const QUuid named = QUuid::fromString(container.section(QLatin1Char('_'), 0, 0));
    if (named.isNull() || !container.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return fail(ErrorCode::Validation,
            tr("%1 is not named as an xdomea container is (<ProzessID>_<message>.zip).").arg(container));
    const QString folder
        = QDir(m_engine.dataDir()).filePath(QStringLiteral("archive/received/") + info.completeBaseName());
    if (QFileInfo::exists(folder))
        return fail(ErrorCode::AlreadyExists, tr("%1 has been read in already.").arg(container));
    if (!QDir().mkpath(folder))
        return fail(ErrorCode::Io, tr("The folder %1 cannot be created.").arg(folder));
    struct Cleanup
    {
        QString folder;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                QDir(folder).removeRecursively();
        }
    } cleanup { folder };

    // The container is untrusted: unpacked, validated and read by a worker process under limits.
    auto read = readContainerInWorker(zipPath, folder);
    if (!read)
        return std::unexpected(read.error());
    Received r = *read;
    auto sha = fileSha256(zipPath);
    if (!sha)
        return std::unexpected(sha.error());
    const QJsonObject said = receivedToJson(r);
    auto server = session();
    if (!server)
        return std::unexpected(server.error());
    auto decided = SyncEngine(m_engine).submitNow(*server, QStringLiteral("archive.receive"),
        QStringLiteral("disposal_process"), r.process,
        { { QStringLiteral("code"), r.code }, { QStringLiteral("container"), container },
            { QStringLiteral("sha256"), *sha },
            { QStringLiteral("appraisals"), said.value(QLatin1String("appraisals")) },
            { QStringLiteral("imports"), said.value(QLatin1String("imports")) } });
    if (!decided)
        return std::unexpected(decided.error());
    cleanup.keep = true;
    return r;
}

} // namespace Aktenwerk::Dms
