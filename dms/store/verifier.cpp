#include "dms/store/verifier.h"

#include "dms/audit/auditlog.h"
#include "model/scantransfernote.h"

#include <QDir>
#include <QSet>

namespace Aktenwerk::Dms {

namespace {

/** Runs a query whose rows each describe one problem (first column). */
Status collectProblems(Database &db, const QString &sql, VerifyReport::Check &check)
{
    auto st = db.prepare(sql);
    if (!st)
        return std::unexpected(st.error());
    for (;;) {
        auto row = st->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        check.ok = false;
        if (check.problems.size() < 50)
            check.problems << st->text(0);
    }
    return {};
}

Result<qint64> count(Database &db, const QString &sql)
{
    auto v = db.scalar(sql);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

} // namespace

Result<VerifyReport> Verifier::run(Database &db, const ContentStore &content, const QString &anchorPath)
{
    VerifyReport report;

    // 1. The SQLite file itself and its foreign keys.
    {
        VerifyReport::Check c{QStringLiteral("database"), 0, true, {}};
        auto st = db.prepare(QStringLiteral("PRAGMA integrity_check"));
        if (!st)
            return std::unexpected(st.error());
        for (;;) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            ++c.count;
            if (st->text(0) != QLatin1String("ok")) {
                c.ok = false;
                c.problems << st->text(0);
            }
        }
        if (auto s = collectProblems(db, QStringLiteral("SELECT \"table\" || ' row ' || rowid || ' refers to a missing "
                                                        "' || parent FROM pragma_foreign_key_check"),
                                     c);
            !s)
            return std::unexpected(s.error());
        report.checks << c;
    }

    // 2. Every content row: its file exists and hashes to its name.
    QSet<QString> known;
    {
        VerifyReport::Check c{QStringLiteral("content"), 0, true, {}};
        auto st = db.prepare(QStringLiteral("SELECT sha256, size FROM content ORDER BY sha256"));
        if (!st)
            return std::unexpected(st.error());
        for (;;) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            const QString sha = st->text(0);
            known.insert(sha);
            ++c.count;
            if (auto v = content.verify(sha, st->int64(1)); !v) {
                c.ok = false;
                if (c.problems.size() < 50)
                    c.problems << v.error().toString();
            }
        }
        report.checks << c;
    }

    // 3. Versions: numbered 1..n without gaps, the document points at the last one, sizes agree.
    {
        VerifyReport::Check c{QStringLiteral("versions"), 0, true, {}};
        auto n = count(db, QStringLiteral("SELECT count(*) FROM version"));
        if (!n)
            return std::unexpected(n.error());
        c.count = *n;
        if (auto s = collectProblems(
                db,
                QStringLiteral(
                    "SELECT 'document ' || d.id || ': current version ' || d.current_version || ', versions ' || "
                    "count(v.id) || ', highest ' || COALESCE(max(v.number), 0) FROM document d LEFT JOIN version v "
                    "ON v.document_id = d.id GROUP BY d.id HAVING count(v.id) = 0 OR max(v.number) <> count(v.id) "
                    "OR d.current_version <> max(v.number) "
                    "UNION ALL SELECT 'version ' || v.id || ': size ' || v.size || ' differs from its content (' || "
                    "c.size || ')' FROM version v JOIN content c ON c.sha256 = v.sha256 WHERE v.size <> c.size"),
                c);
            !s)
            return std::unexpected(s.error());
        report.checks << c;
    }

    // 3b. Scan products: each transfer note names its version's document and still matches the
    // stored product (its SHA-256; its page count where the extraction worker counted the pages —
    // the PDF itself is never parsed in this process).
    {
        VerifyReport::Check c{QStringLiteral("transfer notes"), 0, true, {}};
        auto st = db.prepare(QStringLiteral(
            "SELECT v.id, v.document_id, v.sha256, v.transfer_note, coalesce(e.pages, 0), coalesce(e.status, '') "
            "FROM version v LEFT JOIN extraction e ON e.sha256 = v.sha256 WHERE v.transfer_note IS NOT NULL"));
        if (!st)
            return std::unexpected(st.error());
        for (;;) {
            auto row = st->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            ++c.count;
            const QString version = st->text(0);
            QStringList problems;
            auto note = Model::ScanTransferNote::parse(st->text(3).toUtf8());
            if (!note) {
                problems << note.error().message;
            } else {
                if (note->documentId != QUuid::fromString(st->text(1)))
                    problems << tr("the transfer note names another document (%1)")
                                    .arg(note->documentId.toString(QUuid::WithoutBraces));
                const bool counted = st->text(5) == QLatin1String("ok") && st->integer(4) > 0;
                problems << note->verify(st->text(2).toLatin1(), counted ? st->integer(4) : note->pageCount);
            }
            for (const QString &p : std::as_const(problems)) {
                c.ok = false;
                if (c.problems.size() < 50)
                    c.problems << QStringLiteral("version %1: %2").arg(version, p);
            }
        }
        report.checks << c;
    }

    // 4. Each operation-log entry has its audit event (they are written in one transaction).
    {
        VerifyReport::Check c{QStringLiteral("operations"), 0, true, {}};
        auto n = count(db, QStringLiteral("SELECT count(*) FROM oplog"));
        if (!n)
            return std::unexpected(n.error());
        c.count = *n;
        if (auto s = collectProblems(db,
                                     QStringLiteral("SELECT 'operation ' || o.op_id || ' (' || o.command || ') has no "
                                                    "audit event' FROM oplog o LEFT JOIN audit_event a ON a.op_id = "
                                                    "o.op_id WHERE a.seq IS NULL"),
                                     c);
            !s)
            return std::unexpected(s.error());
        report.checks << c;
    }

    // 5. Files the central repository destroyed are gone here: no row of them is left, and
    //    nothing of them waits to leave the disk.
    {
        VerifyReport::Check c { QStringLiteral("removals"), 0, true, {} };
        auto n = count(db, QStringLiteral("SELECT count(*) FROM removal"));
        if (!n)
            return std::unexpected(n.error());
        c.count = *n;
        if (auto s = collectProblems(db,
                QStringLiteral("SELECT 'destroyed file ' || r.file_id || ' is still in the index' "
                               "FROM removal r JOIN file_record f ON f.id = r.file_id "
                               "UNION ALL SELECT 'destroyed ' || p.kind || ' ' || p.target || "
                               "' is still to be removed from the disk' FROM purge_pending p"),
                c);
            !s)
            return std::unexpected(s.error());
        report.checks << c;
    }

    // 6. The audit chain, against the anchor kept outside the database.
    {
        VerifyReport::Check c{QStringLiteral("audit"), 0, true, {}};
        const auto anchor = AuditLog::readAnchor(anchorPath);
        auto r = AuditLog::verify(db, anchor);
        if (!r)
            return std::unexpected(r.error());
        c.count = r->checked;
        if (!r->ok) {
            c.ok = false;
            c.problems << r->problem;
        }
        if (!anchor) {
            c.ok = false;
            c.problems << tr("The audit anchor %1 is missing: events removed from the end could not be detected.")
                              .arg(QDir::toNativeSeparators(anchorPath));
        }
        report.checks << c;
    }

    // Not failures: content no row refers to (an import interrupted before its commit) and
    // unfinished temporary files.
    for (const QString &sha : content.listAll()) {
        if (!known.contains(sha))
            ++report.orphanContent;
    }
    report.leftovers = QDir(content.rootDir() + QStringLiteral("/tmp"))
                           .entryList({QStringLiteral("*.part")}, QDir::Files)
                           .size();
    return report;
}

} // namespace Aktenwerk::Dms
