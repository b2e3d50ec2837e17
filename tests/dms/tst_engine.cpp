#include "../testsupport.h"
#include "dms/capture/importer.h"
#include "dms/engine.h"
#include "dms/faultinjection.h"
#include "dms/plan/planimport.h"
#include "dms/store/queries.h"
#include "dms/store/sha256.h"
#include "dms/sync/pullmerge.h"
#include "dms/versions/checkouts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

namespace {

/** A digest of every row of every table: equal digests mean nothing was written. */
QByteArray fingerprint(Engine &engine)
{
    auto db = engine.openReader();
    if (!db)
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto tables = db->prepare(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (*tables->step())
        names << tables->text(0);
    for (const QString &t : names) {
        auto rows = db->prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(t));
        while (*rows->step()) {
            for (int c = 0; c < rows->columnCount(); ++c)
                h.addData(QByteArray(rows->value(c).toString().toUtf8() + '\x1f'));
            h.addData("\x1e");
        }
    }
    return h.result();
}

QString tableFor(const QString &entityType)
{
    if (entityType == QLatin1String("file"))
        return QStringLiteral("file_record");
    if (entityType == QLatin1String("case"))
        return QStringLiteral("case_record");
    if (entityType == QLatin1String("user"))
        return QStringLiteral("app_user");
    if (entityType == QLatin1String("setting"))
        return QStringLiteral("setting");
    return entityType;
}

} // namespace

class TstEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase();
    void everyCommandTypeWritesEntityOperationAndAuditTogether();
    void syncCommandsWriteTheirOperationAndAuditToo();
    void failedBatchLeavesNothing();
    void sameOperationIsAppliedOnce();
    void referencesAreGeneratedAndUnique();
    void referenceTemplateIsConfigurable();
    void metadataIsValidatedAndHistoryKept();
    void retiredUnitsTakeNoFiles();
    void aFileWithoutDepartmentNamesTheChoices();
    void closedFilesAreReadOnly();
    void tombstonesKeepRows();
    void rolesAreChecked();
    void secondWriterIsRefused();
    void intakeDocumentsAreFiledIntoCases();
    void documentsAreNumberedInTheirCase();
    void filingIsRefusedWhereTheCaseIsNotWritable();
    void duplicatesBecomeReferences();
    void checkOutCheckInAndRestore();
    void lockOfAnotherUserStopsEditsUntilBroken();
    void documentsAndCasesMoveWithTheirHistory();
    void deletedRecordsCanBeRestored();
    void filesAreSharedAndUnshared();

private:
    /** Applies @p c twice: once with a commit that fails (nothing may change), once for real. */
    Result<CommandResult> applyChecked(const Command &c, const QString &table, const QString &key = {});
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Engine> m_engine;
    ContentRef storeText(const QByteArray &text);
    QSet<CommandType> m_covered;
};

void TstEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto e = Test::openEngine(m_dir->path());
    QVERIFY2(e.has_value(), qPrintable(e ? QString() : e.error().toString()));
    m_engine = std::move(*e);
    const auto plan = Test::importSmallPlan(*m_engine);
    QVERIFY2(plan.has_value(), qPrintable(plan ? QString() : plan.error().toString()));
}

void TstEngine::cleanup()
{
    FaultInjection::disarmAll();
    m_engine.reset();
    m_dir.reset();
}

ContentRef TstEngine::storeText(const QByteArray &text)
{
    auto r = m_engine->content().putData(text);
    return r ? *r : ContentRef{};
}

void TstEngine::everyCommandTypeWritesEntityOperationAndAuditTogether()
{
    QUuid file, cs, doc, sub, dept;
    auto planUnit = [this] {
        auto db = m_engine->openReader();
        return (*Queries::planUnitByCode(*db, QStringLiteral("63.01.02")))->id;
    };
    struct Step
    {
        CommandType type;
        std::function<Command()> make;
    };
    const QList<Step> steps{
        {CommandType::SetSetting,
         [] { return Commands::setSetting(QStringLiteral("reference.case_template"), QStringLiteral("{file}/{case:02}")); }},
        {CommandType::CreateDepartment,
         [] { return Commands::createDepartment(QStringLiteral("36"), QStringLiteral("Umwelt"), Confidentiality::Open); }},
        {CommandType::CreateUser,
         [] {
             return Commands::createUser(QStringLiteral("kmeier"), QStringLiteral("Karin Meier"), QStringLiteral("63"),
                                         {Role::Clerk});
         }},
        {CommandType::CreatePlanUnit,
         [] {
             PlanUnit u;
             u.code = QStringLiteral("63.01.03");
             u.title = QStringLiteral("Genehmigungsfreistellung");
             u.retention = Retention::ofYears(10);
             u.disposal = DisposalType::Appraise;
             return Commands::createPlanUnit(u);
         }},
        {CommandType::UpdatePlanUnit,
         [&] { return Commands::updatePlanUnit(planUnit(), {{QStringLiteral("retention"), QStringLiteral("25")}}); }},
        {CommandType::CreateFile,
         [] { return Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau Lindenweg 12")); }},
        {CommandType::CreateSubFile, [&] { return Commands::createSubFile(file, QStringLiteral("Band 1")); }},
        {CommandType::CreateCase, [&] { return Commands::createCase(file, QStringLiteral("Bauantrag"), {}, {}, sub); }},
        {CommandType::CreateDocument,
         [&] {
             return Commands::createDocument(cs, QStringLiteral("Antrag"), storeText("Antrag v1"),
                                             QStringLiteral("text/plain"), QStringLiteral("antrag.txt"));
         }},
        {CommandType::AddVersion,
         [&] {
             return Commands::addVersion(doc, storeText("Antrag v2"), QStringLiteral("text/plain"),
                                         QStringLiteral("antrag.txt"), VersionOrigin::Edit, QStringLiteral("korrigiert"));
         }},
        {CommandType::UpdateFields, [&] { return Commands::updateFields(file, QStringLiteral("Neubau Lindenweg 12a")); }},
        {CommandType::Tombstone, [&] { return Commands::tombstone(doc, QStringLiteral("doppelt erfasst")); }},
    };

    QSet<CommandType> covered;
    for (const Step &step : steps) {
        const QString name = commandTypeCode(step.type);
        // 1. The commit fails at its last moment: nothing at all is written.
        const QByteArray before = fingerprint(*m_engine);
        FaultInjection::arm(QStringLiteral("commit.before"), FaultInjection::Action::Fail);
        auto failed = m_engine->apply(step.make());
        FaultInjection::disarmAll();
        QVERIFY2(!failed.has_value(), qPrintable(name));
        QVERIFY2(fingerprint(*m_engine) == before, qPrintable(name + QStringLiteral(": a failed commit wrote something")));

        // 2. Applied: the change, its oplog entry and its audit event, all three.
        const qint64 oplogBefore = Test::countRows(*m_engine, QStringLiteral("oplog"));
        const qint64 auditBefore = Test::countRows(*m_engine, QStringLiteral("audit_event"));
        const Command c = step.make();
        auto r = m_engine->apply(c);
        QVERIFY2(r.has_value(), qPrintable(name + QStringLiteral(": ") + (r ? QString() : r.error().toString())));
        QVERIFY2(!r->unchanged, qPrintable(name));
        QCOMPARE(Test::countRows(*m_engine, QStringLiteral("oplog")), oplogBefore + 1);
        QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event")), auditBefore + 1);
        const QString opId = c.opId.toString(QUuid::WithoutBraces);
        const QString entityId = r->id.toString(QUuid::WithoutBraces);
        QCOMPARE(Test::countRows(*m_engine, QStringLiteral("oplog"),
                                 QStringLiteral("op_id = '%1' AND command = '%2' AND entity_id = '%3' AND revision = %4")
                                     .arg(opId, name, entityId)
                                     .arg(r->revision)),
                 1);
        QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event"),
                                 QStringLiteral("op_id = '%1' AND action = '%2' AND entity_id = '%3'")
                                     .arg(opId, name, entityId)),
                 1);
        const QString table = tableFor(r->entityType);
        const QString key = table == QLatin1String("setting") ? QStringLiteral("key = '%1'").arg(r->reference)
                                                                : QStringLiteral("id = '%1'").arg(entityId);
        QCOMPARE(Test::countRows(*m_engine, table, key + QStringLiteral(" AND revision = %1").arg(r->revision)), 1);
        covered.insert(step.type);

        if (step.type == CommandType::CreateFile)
            file = r->id;
        else if (step.type == CommandType::CreateSubFile)
            sub = r->id;
        else if (step.type == CommandType::CreateCase)
            cs = r->id;
        else if (step.type == CommandType::CreateDocument)
            doc = r->id;
        else if (step.type == CommandType::CreateDepartment)
            dept = r->id;
    }
    m_covered += covered;

    auto report = m_engine->verify();
    QVERIFY(report.has_value());
    QVERIFY(report->ok());
}

Result<CommandResult> TstEngine::applyChecked(const Command &c, const QString &table, const QString &key)
{
    const QString name = commandTypeCode(c.type);
    const QByteArray before = fingerprint(*m_engine);
    FaultInjection::arm(QStringLiteral("commit.before"), FaultInjection::Action::Fail);
    Command again = c;
    again.opId = QUuid::createUuid();
    auto failed = m_engine->apply(again);
    FaultInjection::disarmAll();
    if (failed.has_value() && !failed->unchanged)
        return fail(ErrorCode::Internal, name + QStringLiteral(": the failing commit succeeded"));
    if (fingerprint(*m_engine) != before)
        return fail(ErrorCode::Internal, name + QStringLiteral(": a failed commit wrote something"));
    const qint64 oplogBefore = Test::countRows(*m_engine, QStringLiteral("oplog"));
    const qint64 auditBefore = Test::countRows(*m_engine, QStringLiteral("audit_event"));
    auto r = m_engine->apply(c);
    if (!r)
        return r;
    const QString opId = c.opId.toString(QUuid::WithoutBraces);
    if (Test::countRows(*m_engine, QStringLiteral("oplog")) != oplogBefore + 1
        || Test::countRows(*m_engine, QStringLiteral("audit_event")) != auditBefore + 1
        || Test::countRows(*m_engine, QStringLiteral("oplog"), QStringLiteral("op_id = '%1' AND command = '%2'").arg(opId, name)) != 1
        || Test::countRows(*m_engine, QStringLiteral("audit_event"), QStringLiteral("op_id = '%1'").arg(opId)) != 1)
        return fail(ErrorCode::Internal, name + QStringLiteral(": oplog entry and audit event are not both there"));
    if (!table.isEmpty() && Test::countRows(*m_engine, table, key) != 1)
        return fail(ErrorCode::Internal, name + QStringLiteral(": the change is missing from ") + table);
    m_covered.insert(c.type);
    return r;
}

void TstEngine::cleanupTestCase()
{
    // A command type added later must be added to these tests.
    for (CommandType t : allCommandTypes())
        QVERIFY2(m_covered.contains(t), qPrintable(commandTypeCode(t) + QStringLiteral(" is not covered")));
}

void TstEngine::syncCommandsWriteTheirOperationAndAuditToo()
{
    // A fresh, empty folder: only such a folder is bound to a server.
    m_engine.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto e = Test::openEngine(m_dir->path());
    QVERIFY(e.has_value());
    m_engine = std::move(*e);
    auto connected = applyChecked(Commands::connectServer(QStringLiteral("postgresql://server.example/akten"),
                                                          QStringLiteral("tester")),
                                  QStringLiteral("sync_state"), QStringLiteral("login = 'tester'"));
    QVERIFY2(connected.has_value(), qPrintable(connected ? QString() : connected.error().toString()));
    QVERIFY(m_engine->isConnected());

    // What the server sends: master data, a file, a case and a conflict on the file.
    const QString plan = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString file = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString conflict = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto meta = [](QJsonObject o) {
        o.insert(QStringLiteral("revision"), QStringLiteral("3"));
        o.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-26 10:00:00.123456+00"));
        o.insert(QStringLiteral("created_by"), QStringLiteral("anna"));
        o.insert(QStringLiteral("modified_at"), QStringLiteral("2026-11-26 11:00:00+00"));
        o.insert(QStringLiteral("modified_by"), QStringLiteral("anna"));
        o.insert(QStringLiteral("deleted"), QStringLiteral("f"));
        return o;
    };
    QJsonObject tables{
        {QStringLiteral("department"),
         QJsonArray{meta({{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {QStringLiteral("code"), QStringLiteral("63")},
                          {QStringLiteral("name"), QStringLiteral("FB 63")},
                          {QStringLiteral("default_confidentiality"), QStringLiteral("003")}})}},
        {QStringLiteral("app_user"),
         QJsonArray{meta({{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                          {QStringLiteral("login"), QStringLiteral("tester")},
                          {QStringLiteral("display_name"), QStringLiteral("Tester")},
                          {QStringLiteral("department_code"), QStringLiteral("63")},
                          {QStringLiteral("roles"), QStringLiteral("{clerk}")}})}},
        {QStringLiteral("plan_unit"),
         QJsonArray{meta({{QStringLiteral("id"), plan}, {QStringLiteral("parent_id"), QJsonValue()},
                          {QStringLiteral("code"), QStringLiteral("63")}, {QStringLiteral("title"), QStringLiteral("Bau")},
                          {QStringLiteral("description"), QString()}, {QStringLiteral("retention_years"), QStringLiteral("30")},
                          {QStringLiteral("disposal_type"), QStringLiteral("B")}, {QStringLiteral("retired"), QStringLiteral("f")},
                          {QStringLiteral("department_code"), QStringLiteral("63")}})}},
        {QStringLiteral("file_record"),
         QJsonArray{meta({{QStringLiteral("id"), file}, {QStringLiteral("plan_unit_id"), plan},
                          {QStringLiteral("reference"), QStringLiteral("63-0007/2026")}, {QStringLiteral("seq"), QStringLiteral("7")},
                          {QStringLiteral("year"), QStringLiteral("2026")}, {QStringLiteral("title"), QStringLiteral("Vom Server")},
                          {QStringLiteral("department_code"), QStringLiteral("63")},
                          {QStringLiteral("confidentiality"), QStringLiteral("003")}, {QStringLiteral("type"), QString()},
                          {QStringLiteral("metadata"), QStringLiteral("{}")}, {QStringLiteral("status"), QStringLiteral("open")}})}},
        {QStringLiteral("conflict"),
         QJsonArray{QJsonObject{{QStringLiteral("id"), conflict}, {QStringLiteral("entity_type"), QStringLiteral("file")},
                                {QStringLiteral("entity_id"), file}, {QStringLiteral("field"), QStringLiteral("title")},
                                {QStringLiteral("base_value"), QStringLiteral("Alt")},
                                {QStringLiteral("mine_value"), QStringLiteral("Meins")},
                                {QStringLiteral("theirs_value"), QStringLiteral("Vom Server")},
                                {QStringLiteral("mine_user"), QStringLiteral("tester")}, {QStringLiteral("status"), QStringLiteral("open")},
                                {QStringLiteral("resolved_by"), QJsonValue()}, {QStringLiteral("resolved_at"), QJsonValue()},
                                {QStringLiteral("created_at"), QStringLiteral("2026-11-26 11:00:00+00")},
                                {QStringLiteral("revision"), QStringLiteral("1")}}}},
    };
    // The pull's merge (dms/sync/pullmerge) goes through the write path as one "sync.pull" operation.
    const qint64 oplogBefore = Test::countRows(*m_engine, QStringLiteral("oplog"));
    const qint64 auditBefore = Test::countRows(*m_engine, QStringLiteral("audit_event"));
    auto pulled = PullMerge::apply(*m_engine, tables, QStringLiteral("1234"), true);
    QVERIFY2(pulled.has_value(), qPrintable(pulled ? QString() : pulled.error().toString()));
    QCOMPARE(pulled->applied, 5);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("oplog")), oplogBefore + 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event")), auditBefore + 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("file_record"),
                 QStringLiteral("id = '%1' AND reference = '63-0007/2026' AND revision = 3").arg(file)),
        1);
    m_covered.insert(CommandType::ApplyRemote);
    QCOMPARE(m_engine->syncState()->value().watermark, QStringLiteral("1234"));
    QCOMPARE(m_engine->user().roles, QList<Role>{Role::Clerk}); // the server decides the roles
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("oplog"), QStringLiteral("command = 'sync.pull' AND push_state = 'remote'")), 1);

    // Resolving keeps mine: the field changes and the resolution waits to be pushed.
    auto resolved = applyChecked(Commands::resolveConflict(QUuid::fromString(conflict), true), QStringLiteral("conflict"),
                                 QStringLiteral("id = '%1' AND status = 'mine'").arg(conflict));
    QVERIFY2(resolved.has_value(), qPrintable(resolved ? QString() : resolved.error().toString()));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("file_record"), QStringLiteral("title = 'Meins'")), 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("oplog"),
                             QStringLiteral("command = 'conflict.resolve' AND push_state = 'pending'")),
             1);

    // New files of a connected folder wait for the server's number, clearly marked.
    auto local = m_engine->apply(Commands::createFile(QStringLiteral("63"), QStringLiteral("Offline angelegt")));
    QVERIFY2(local.has_value(), qPrintable(local ? QString() : local.error().toString()));
    QVERIFY2(local->reference.startsWith(QLatin1String("P-63-")), qPrintable(local->reference));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("file_record"),
                             QStringLiteral("reference_provisional = 1 AND id = '%1'").arg(local->id.toString(QUuid::WithoutBraces))),
             1);
    // A server row for an entity with unpushed changes is deferred, not applied over them.
    QJsonObject row = tables.value(QStringLiteral("file_record")).toArray().first().toObject();
    row.insert(QStringLiteral("id"), local->id.toString(QUuid::WithoutBraces));
    row.insert(QStringLiteral("reference"), QStringLiteral("63-0008/2026"));
    auto deferred = PullMerge::apply(*m_engine, { { QStringLiteral("file_record"), QJsonArray { row } } }, {}, false);
    QVERIFY(deferred.has_value());
    QCOMPARE(deferred->deferred, 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("sync_refetch")), 1);
    {
        auto db = m_engine->openReader();
        auto ops = db->prepare(QStringLiteral("SELECT op_id FROM oplog WHERE push_state = 'pending'"));
        QList<OutboxMark> marks;
        while (*ops->step())
            marks.append({ops->text(0), false, {}});
        QVERIFY(m_engine->markOperations(marks).has_value());
    }
    auto applied = PullMerge::apply(*m_engine, { { QStringLiteral("file_record"), QJsonArray { row } } }, {}, false);
    QVERIFY(applied.has_value());
    QCOMPARE(applied->applied, 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("sync_refetch")), 0);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("file_record"),
                             QStringLiteral("reference = '63-0008/2026' AND reference_provisional = 0")),
             1);
    // The server refuses two new files. One is sent again (the same operation, pending once
    // more); the other is discarded: taken back here as a tombstone, its case with it.
    auto refusedFile = m_engine->apply(Commands::createFile(QStringLiteral("63"), QStringLiteral("Abgelehnt")));
    auto resentFile = m_engine->apply(Commands::createFile(QStringLiteral("63"), QStringLiteral("Nochmals")));
    QVERIFY(refusedFile && resentFile);
    auto refusedCase = m_engine->apply(Commands::createCase(refusedFile->id, QStringLiteral("Darin")));
    QVERIFY(refusedCase.has_value());
    auto opOf = [&](const QUuid &entity, const char *command) {
        auto db = m_engine->openReader();
        auto st = db->prepare(QStringLiteral("SELECT op_id FROM oplog WHERE entity_id = ? AND command = ?"));
        st->bindAll(entity.toString(QUuid::WithoutBraces), QString::fromLatin1(command));
        return *st->step() ? st->text(0) : QString();
    };
    const QString refusedOp = opOf(refusedFile->id, "file.create");
    const QString resentOp = opOf(resentFile->id, "file.create");
    QVERIFY(m_engine
                ->markOperations({ { refusedOp, true, QStringLiteral("stillgelegt"), QStringLiteral("retired") },
                    { resentOp, true, QStringLiteral("geschlossen"), QStringLiteral("closed") } })
                .has_value());
    {
        auto db = m_engine->openReader();
        auto listed = Queries::rejectedChanges(*db);
        QVERIFY(listed.has_value());
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().code, QStringLiteral("retired"));
        QVERIFY2(listed->first().label.contains(QLatin1String("Abgelehnt")), qPrintable(listed->first().label));
    }
    auto discarded = applyChecked(Commands::discardRejected(refusedOp), QStringLiteral("file_record"),
        QStringLiteral("id = '%1' AND deleted = 1").arg(refusedFile->id.toString(QUuid::WithoutBraces)));
    QVERIFY2(discarded.has_value(), qPrintable(discarded ? QString() : discarded.error().toString()));
    QCOMPARE(discarded->data.value(QLatin1String("taken_back")).toInt(), 2); // the file and its case
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("oplog"),
                 QStringLiteral("entity_id = '%1' AND push_state = 'pending' AND resolution IS NULL")
                     .arg(refusedCase->id.toString(QUuid::WithoutBraces))),
        0); // the case's creation is not sent any more
    auto resent = applyChecked(Commands::resendRejected(resentOp), QStringLiteral("oplog"),
        QStringLiteral("op_id = '%1' AND push_state = 'pending' AND push_code IS NULL").arg(resentOp));
    QVERIFY2(resent.has_value(), qPrintable(resent ? QString() : resent.error().toString()));
    QVERIFY(!m_engine->apply(Commands::resendRejected(resentOp)).has_value()); // decided already
    {
        auto db = m_engine->openReader();
        QVERIFY(Queries::rejectedChanges(*db)->isEmpty());
    }

    auto report = m_engine->verify();
    QVERIFY(report.has_value());
    QVERIFY(report->ok());
}

void TstEngine::failedBatchLeavesNothing()
{
    const QByteArray before = fingerprint(*m_engine);
    auto r = m_engine->applyBatch({Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Erste")),
                                   Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Zweite")),
                                   Commands::createFile(QStringLiteral("99.99"), QStringLiteral("Unbekannt"))});
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QVERIFY(r.error().message.contains(QLatin1String("99.99")));
    QVERIFY(fingerprint(*m_engine) == before);
    // The reference counter rolled back as well: the next file gets number 1.
    auto ok = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Erste"), {}, {}, {}, {}));
    QVERIFY(ok.has_value());
    QVERIFY2(ok->reference.contains(QLatin1String("-0001/")), qPrintable(ok->reference));
}

void TstEngine::sameOperationIsAppliedOnce()
{
    const Command c = Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Einmal"));
    auto first = m_engine->apply(c);
    QVERIFY(first.has_value());
    const QByteArray after = fingerprint(*m_engine);
    auto second = m_engine->apply(c);
    QVERIFY(second.has_value());
    QVERIFY(second->unchanged);
    QCOMPARE(second->id, first->id);
    QVERIFY(fingerprint(*m_engine) == after);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("file_record")), 1);
}

void TstEngine::referencesAreGeneratedAndUnique()
{
    auto year = [](Command c, int y) {
        c.args.insert(QStringLiteral("year"), y);
        return c;
    };
    QStringList refs;
    for (int i = 0; i < 3; ++i) {
        auto r = m_engine->apply(year(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("A%1").arg(i)), 2026));
        QVERIFY(r.has_value());
        refs << r->reference;
    }
    auto other = m_engine->apply(year(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("B")), 2027));
    auto otherPlan = m_engine->apply(year(Commands::createFile(QStringLiteral("11.01.02"), QStringLiteral("C")), 2026));
    QVERIFY(other && otherPlan);
    QCOMPARE(refs, (QStringList{QStringLiteral("63.01.02-0001/2026"), QStringLiteral("63.01.02-0002/2026"),
                                QStringLiteral("63.01.02-0003/2026")}));
    QCOMPARE(other->reference, QStringLiteral("63.01.02-0001/2027"));
    QCOMPARE(otherPlan->reference, QStringLiteral("11.01.02-0001/2026"));

    auto db = m_engine->openReader();
    auto file = Queries::resolve(*db, QStringLiteral("63.01.02-0002/2026"));
    QVERIFY(file && *file);
    auto c1 = m_engine->apply(Commands::createCase((*file)->id, QStringLiteral("Bauantrag")));
    auto c2 = m_engine->apply(Commands::createCase((*file)->id, QStringLiteral("Nachforderung")));
    QVERIFY(c1 && c2);
    QCOMPARE(c1->reference, QStringLiteral("63.01.02-0002/2026-001"));
    QCOMPARE(c2->reference, QStringLiteral("63.01.02-0002/2026-002"));
    QCOMPARE(c2->number, 2);

    // Personnel files get the department's default level.
    auto personnel = Queries::file(*db, otherPlan->id);
    QCOMPARE((*personnel)->confidentiality, Confidentiality::Confidential);
    QCOMPARE((*personnel)->departmentCode, QStringLiteral("11"));
}

void TstEngine::referenceTemplateIsConfigurable()
{
    auto bad = m_engine->apply(Commands::setSetting(QStringLiteral("reference.file_template"), QStringLiteral("{plan}")));
    QVERIFY(!bad.has_value());
    QCOMPARE(bad.error().code, ErrorCode::Validation);
    QVERIFY(m_engine->apply(Commands::setSetting(QStringLiteral("reference.file_template"),
                                                 QStringLiteral("{plan}/{seq:03}")))
                .has_value());
    auto a = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("A")));
    QVERIFY(a.has_value());
    QCOMPARE(a->reference, QStringLiteral("63.01.02/001"));
    // A reference taken under another template is never handed out twice.
    QVERIFY(m_engine->apply(Commands::setSetting(QStringLiteral("reference.file_template"),
                                                 QStringLiteral("{plan}/{seq:03}-x")))
                .has_value());
    QVERIFY(m_engine->apply(Commands::setSetting(QStringLiteral("reference.file_template"),
                                                 QStringLiteral("{plan}/{seq:03}")))
                .has_value());
    auto b = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("B")));
    QVERIFY(b.has_value());
    QCOMPARE(b->reference, QStringLiteral("63.01.02/002"));
    auto unknown = m_engine->apply(Commands::setSetting(QStringLiteral("reference.colour"), QStringLiteral("blau")));
    QVERIFY(!unknown.has_value());
}

void TstEngine::metadataIsValidatedAndHistoryKept()
{
    const FieldValues good{{QStringLiteral("Gemarkung"), QStringLiteral("Musterstadt")},
                           {QStringLiteral("flur"), QStringLiteral("7")},
                           {QStringLiteral("Flurstück"), QStringLiteral("112/3")},
                           {QStringLiteral("bauherr"), QStringLiteral("Jana Krüger")}};
    FieldValues bad = good;
    bad.insert(QStringLiteral("Flurstück"), QStringLiteral("112a"));
    const QByteArray before = fingerprint(*m_engine);
    auto refused = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Bau"), {}, {},
                                                        QStringLiteral("Bauakte"), bad));
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QVERIFY2(refused.error().message.contains(QLatin1String("Parcel")), qPrintable(refused.error().message));
    QVERIFY(fingerprint(*m_engine) == before);
    auto wrongType = m_engine->apply(Commands::createFile(QStringLiteral("11.01.02"), QStringLiteral("X"), {}, {},
                                                          QStringLiteral("Bauakte"), good));
    QVERIFY(!wrongType.has_value()); // FB 11 has no "Bauakte"

    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Bau"), {}, {},
                                                     QStringLiteral("Bauakte"), good));
    QVERIFY2(file.has_value(), qPrintable(file ? QString() : file.error().toString()));
    auto changed = m_engine->apply(Commands::updateFields(file->id, QStringLiteral("Neubau"),
                                                          {{QStringLiteral("flurstueck"), QStringLiteral("113")},
                                                           {QStringLiteral("vorhaben"), QStringLiteral("Garage")}}));
    QVERIFY(changed.has_value());
    QCOMPARE(changed->revision, 2);
    auto db = m_engine->openReader();
    auto history = Queries::fieldHistory(*db, file->id.toString(QUuid::WithoutBraces));
    QVERIFY(history.has_value());
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).field, QStringLiteral("title"));
    QCOMPARE(history->at(1).field, QStringLiteral("flurstueck"));
    QCOMPARE(history->at(1).oldValue, QStringLiteral("112/3"));
    QCOMPARE(history->at(1).newValue, QStringLiteral("113"));
    QCOMPARE(history->at(2).oldValue, QString());
    QCOMPARE(history->at(2).changedBy, QStringLiteral("tester"));

    // Clearing a required field is refused; an unchanged save writes nothing.
    auto clear = m_engine->apply(Commands::updateFields(file->id, std::nullopt, {{QStringLiteral("bauherr"), QString()}}));
    QVERIFY(!clear.has_value());
    const QByteArray now = fingerprint(*m_engine);
    auto same = m_engine->apply(Commands::updateFields(file->id, QStringLiteral("Neubau")));
    QVERIFY(same.has_value() && same->unchanged);
    QVERIFY(fingerprint(*m_engine) == now);
}

void TstEngine::retiredUnitsTakeNoFiles()
{
    auto r = m_engine->apply(Commands::createFile(QStringLiteral("63.01.09"), QStringLiteral("Alt")));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QVERIFY(r.error().message.contains(QLatin1String("retired")));
}

void TstEngine::aFileWithoutDepartmentNamesTheChoices()
{
    // A plan unit no department keeps, and a user without one: the refusal names what to choose.
    auto plan = PlanReader::parse(R"({"format":"aktenwerk-plan","version":1,"units":[
        {"code":"99","title":"Ohne Zuständigkeit","retention":10,"disposal":"B"}]})",
        QStringLiteral("unit-without-department"));
    QVERIFY(plan.has_value());
    PlanImportReport report;
    auto commands = PlanImporter::commandsFor(*m_engine, *plan, &report);
    QVERIFY(commands.has_value());
    QVERIFY(m_engine->applyBatch(*commands).has_value());
    QVERIFY(m_engine->user().departmentCode.isEmpty());
    auto refused = m_engine->apply(Commands::createFile(QStringLiteral("99"), QStringLiteral("Akte")));
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, ErrorCode::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("63 (Fachbereich 63 – Bauordnung)"))
            && refused.error().message.contains(QStringLiteral("11 (Fachbereich 11 – Personal)")),
        qPrintable(refused.error().message));
}

void TstEngine::closedFilesAreReadOnly()
{
    // Closed at each level in turn (file z.d.A., case, document): every change below is refused.
    for (const QString &table : {QStringLiteral("file_record"), QStringLiteral("case_record"), QStringLiteral("document")}) {
        auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
        auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
        auto doc = m_engine->apply(Commands::createDocument(cs->id, QStringLiteral("Brief"), storeText("Brief"),
                                                            QStringLiteral("text/plain"), QStringLiteral("brief.txt")));
        QVERIFY(doc.has_value());
        const QUuid closedId = table == QLatin1String("file_record") ? file->id
            : table == QLatin1String("case_record")                  ? cs->id
                                                                     : doc->id;
        Version v1;
        {
            // The closing command (z.d.A.) comes with records management; the state is set directly here.
            auto db = Database::open(m_dir->filePath(QStringLiteral("aktenwerk.sqlite")), Database::Mode::ReadWrite);
            QVERIFY(db->exec(QStringLiteral("UPDATE %1 SET status = 'closed' WHERE id = '%2'")
                                 .arg(table, closedId.toString(QUuid::WithoutBraces)))
                        .has_value());
            v1 = **Queries::version(*db, doc->id, 1);
        }
        const QByteArray before = fingerprint(*m_engine);
        QList<Command> refused{
            Commands::updateFields(doc->id, QStringLiteral("Umbenannt")),
            Commands::addVersion(doc->id, storeText("v2"), QStringLiteral("text/plain"), QStringLiteral("b.txt"),
                                 VersionOrigin::Edit),
            Commands::restoreVersion(v1),
            Commands::checkOut(doc->id, v1, m_dir->filePath(QStringLiteral("w/brief.txt")), false),
            Commands::tombstone(doc->id, QStringLiteral("weg")),
        };
        if (table != QLatin1String("document"))
            refused << Commands::updateFields(cs->id, QStringLiteral("Umbenannt"))
                    << Commands::createDocument(cs->id, QStringLiteral("Nachtrag"), storeText("Nachtrag"),
                                                QStringLiteral("text/plain"), QStringLiteral("n.txt"));
        if (table == QLatin1String("file_record"))
            refused << Commands::createCase(file->id, QStringLiteral("Noch einer"))
                    << Commands::updateFields(file->id, QStringLiteral("Umbenannt"))
                    << Commands::createSubFile(file->id, QStringLiteral("Band 2"));
        for (const Command &c : std::as_const(refused)) {
            auto r = m_engine->apply(c);
            QVERIFY2(!r.has_value(), qPrintable(table + QLatin1Char(' ') + commandTypeCode(c.type)));
            QCOMPARE(r.error().code, ErrorCode::ReadOnly);
            QVERIFY2(r.error().message.contains(QLatin1String("closed")), qPrintable(r.error().message));
        }
        auto co = CheckOuts(*m_engine).checkOut(doc->id);
        QVERIFY(!co.has_value());
        QVERIFY2(co.error().message.contains(QLatin1String("closed")), qPrintable(co.error().message));
        QVERIFY2(fingerprint(*m_engine) == before, qPrintable(table));
        QVERIFY(!QFileInfo::exists(CheckOuts::workingRoot(*m_engine) + QLatin1Char('/') + doc->id.toString(QUuid::WithoutBraces)));
    }
}

void TstEngine::tombstonesKeepRows()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    auto doc = m_engine->apply(Commands::createDocument(cs->id, QStringLiteral("Brief"), storeText("Brief"),
                                                        QStringLiteral("text/plain"), QStringLiteral("brief.txt")));
    QVERIFY(doc.has_value());
    auto notEmpty = m_engine->apply(Commands::tombstone(cs->id, QStringLiteral("weg")));
    QVERIFY(!notEmpty.has_value());
    auto noReason = m_engine->apply(Commands::tombstone(doc->id, QString()));
    QVERIFY(!noReason.has_value());
    QVERIFY(m_engine->apply(Commands::tombstone(doc->id, QStringLiteral("Fehlablage"))).has_value());
    auto db = m_engine->openReader();
    QCOMPARE(Queries::documents(*db, cs->id)->size(), 0);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("document"), QStringLiteral("deleted = 1")), 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("version")), 1); // versions are kept
    QVERIFY(m_engine->apply(Commands::tombstone(cs->id, QStringLiteral("leer"))).has_value());
}

void TstEngine::rolesAreChecked()
{
    QVERIFY(m_engine->apply(Commands::createUser(QStringLiteral("kmeier"), QStringLiteral("Karin Meier"),
                                                 QStringLiteral("63"), {Role::Clerk}))
                .has_value());
    m_engine.reset();
    auto clerk = Test::openEngine(m_dir->path(), QStringLiteral("kmeier"));
    QVERIFY(clerk.has_value());
    QCOMPARE((*clerk)->user().roles, QList<Role>{Role::Clerk});
    PlanUnit u;
    u.code = QStringLiteral("63.02");
    u.title = QStringLiteral("Bauüberwachung");
    u.retention = Retention::ofYears(30);
    auto denied = (*clerk)->apply(Commands::createPlanUnit(u));
    QVERIFY(!denied.has_value());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
    auto settings = (*clerk)->apply(Commands::setSetting(QStringLiteral("reference.file_template"),
                                                         QStringLiteral("{plan}/{seq}")));
    QCOMPARE(settings.error().code, ErrorCode::PermissionDenied);
    QVERIFY((*clerk)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte"))).has_value());
    // A login the folder has not seen starts as a clerk.
    clerk->reset();
    auto stranger = Test::openEngine(m_dir->path(), QStringLiteral("neu"));
    QVERIFY2(stranger.has_value(), qPrintable(stranger ? QString() : stranger.error().toString()));
    QCOMPARE((*stranger)->user().roles, QList<Role>{Role::Clerk});
}

void TstEngine::secondWriterIsRefused()
{
    auto second = Test::openEngine(m_dir->path());
    QVERIFY(!second.has_value());
    QCOMPARE(second.error().code, ErrorCode::Locked);
    QVERIFY2(second.error().message.contains(QLatin1String("in use")), qPrintable(second.error().message));

    Engine::Options ro;
    ro.dataDir = m_dir->path();
    ro.mode = Engine::Mode::ReadOnly;
    auto reader = Engine::open(ro);
    QVERIFY2(reader.has_value(), qPrintable(reader ? QString() : reader.error().toString()));
    auto db = (*reader)->openReader();
    QVERIFY(Queries::planUnits(*db)->size() >= 5);
    auto write = (*reader)->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("x")));
    QVERIFY(!write.has_value());
    QCOMPARE(write.error().code, ErrorCode::ReadOnly);

    // The lock goes with its engine.
    m_engine.reset();
    auto third = Test::openEngine(m_dir->path());
    QVERIFY(third.has_value());
}

void TstEngine::intakeDocumentsAreFiledIntoCases()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Bauantrag")));
    auto other = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Widerspruch")));
    QVERIFY(cs.has_value() && other.has_value());
    auto doc = m_engine->apply(Commands::createDocument({}, QStringLiteral("Eingangspost"),
                                                        storeText("Post vom Montag"), QStringLiteral("text/plain"),
                                                        QStringLiteral("post.txt")));
    QVERIFY(doc.has_value());
    const QString docId = doc->id.toString(QUuid::WithoutBraces);
    const QString caseId = cs->id.toString(QUuid::WithoutBraces);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("document"), QStringLiteral("case_id IS NULL")), 1);

    // Filed: the document, its oplog entry and its audit event, and the change in its history.
    auto filed = applyChecked(Commands::fileIntoCase(doc->id, cs->id), QStringLiteral("document"),
                              QStringLiteral("id = '%1' AND case_id = '%2' AND revision = 2").arg(docId, caseId));
    QVERIFY2(filed.has_value(), qPrintable(filed ? QString() : filed.error().toString()));
    QCOMPARE(filed->reference, cs->reference);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("document"), QStringLiteral("case_id IS NULL")), 0);
    {
        auto db = m_engine->openReader();
        auto history = Queries::fieldHistory(*db, docId);
        QVERIFY(history.has_value());
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->first().field, QStringLiteral("case"));
        QCOMPARE(history->first().newValue, cs->reference);
        QCOMPARE((*Queries::documents(*db, cs->id)).size(), 1);
    }
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event"),
                             QStringLiteral("action = 'document.file' AND entity_id = '%1'").arg(docId)),
             1);

    // Refiling between cases is not this command's business: refused clearly, nothing written.
    const QByteArray before = fingerprint(*m_engine);
    auto again = m_engine->apply(Commands::fileIntoCase(doc->id, other->id));
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, ErrorCode::Validation);
    QVERIFY2(again.error().message.contains(QLatin1String("already filed")), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(cs->reference), qPrintable(again.error().message));
    auto nothing = m_engine->apply(Commands::fileIntoCase(QUuid::createUuid(), other->id));
    QCOMPARE(nothing.error().code, ErrorCode::NotFound);
    QVERIFY(fingerprint(*m_engine) == before);
    auto report = m_engine->verify();
    QVERIFY(report.has_value() && report->ok());
}

void TstEngine::documentsAreNumberedInTheirCase()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto a = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Bauantrag")));
    auto b = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Widerspruch")));
    QVERIFY(a.has_value() && b.has_value());
    auto add = [&](const QUuid &caseId, const QString &title) {
        return m_engine->apply(Commands::createDocument(
            caseId, title, storeText(title.toUtf8()), QStringLiteral("text/plain"), QStringLiteral("t.txt")));
    };
    auto a1 = add(a->id, QStringLiteral("Antrag"));
    auto a2 = add(a->id, QStringLiteral("Lageplan"));
    auto b1 = add(b->id, QStringLiteral("Widerspruchsschreiben"));
    auto intake = add({}, QStringLiteral("Eingangspost"));
    QVERIFY(a1 && a2 && b1 && intake);
    QCOMPARE(a2->data.value(QStringLiteral("reference")).toString(), a->reference + QStringLiteral("/2"));

    auto db = m_engine->openReader();
    auto doc = [&](const QUuid &id) { return **Queries::document(*db, id); };
    QCOMPARE(doc(a1->id).number, 1);
    QCOMPARE(doc(a1->id).reference, a->reference + QStringLiteral("/1"));
    QCOMPARE(doc(a2->id).number, 2);
    QCOMPARE(doc(b1->id).number, 1); // each case counts for itself
    QCOMPARE(doc(b1->id).reference, b->reference + QStringLiteral("/1"));
    QCOMPARE(doc(intake->id).number, 0); // the intake has no numbers
    QVERIFY(doc(intake->id).reference.isEmpty());

    // A deleted document keeps its number, and nobody else gets it; a filed one gets the next.
    QVERIFY(m_engine->apply(Commands::tombstone(a2->id, QStringLiteral("falsch"))));
    auto filed = m_engine->apply(Commands::fileIntoCase(intake->id, a->id));
    QVERIFY2(filed.has_value(), qPrintable(filed ? QString() : filed.error().toString()));
    QCOMPARE(doc(intake->id).number, 3);
    QCOMPARE(filed->data.value(QStringLiteral("reference")).toString(), a->reference + QStringLiteral("/3"));
    auto a4 = add(a->id, QStringLiteral("Nachtrag"));
    QVERIFY(a4.has_value());
    QCOMPARE(doc(a4->id).number, 4);

    // The reference names the document wherever a record is asked for.
    auto resolved = Queries::resolve(*db, a->reference + QStringLiteral("/3"));
    QVERIFY(resolved.has_value() && resolved->has_value());
    QCOMPARE((*resolved)->entityType, QStringLiteral("document"));
    QCOMPARE((*resolved)->id, intake->id);
    auto gone = Queries::resolve(*db, a->reference + QStringLiteral("/2")); // deleted
    QVERIFY(gone.has_value() && !gone->has_value());
    auto none = Queries::resolve(*db, a->reference + QStringLiteral("/9"));
    QVERIFY(none.has_value() && !none->has_value());
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event"),
                 QStringLiteral("action = 'document.file' AND json_extract(details, '$.number') = 3")),
        1);
}

void TstEngine::filingIsRefusedWhereTheCaseIsNotWritable()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto open = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Offen")));
    auto closed = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Erledigt")));
    auto personnel = m_engine->apply(Commands::createFile(QStringLiteral("11.01.02"), QStringLiteral("Personalakte"),
                                                          QStringLiteral("11")));
    QVERIFY(open.has_value() && closed.has_value() && personnel.has_value());
    auto personnelCase = m_engine->apply(Commands::createCase(personnel->id, QStringLiteral("Beurteilung")));
    QVERIFY(personnelCase.has_value());
    QVERIFY(m_engine->apply(Commands::createUser(QStringLiteral("kmeier"), QStringLiteral("Karin Meier"),
                                                 QStringLiteral("63"), {Role::Clerk}))
                .has_value());
    {
        // The closing command (z.d.A.) comes with records management; the state is set directly here.
        auto db = Database::open(m_dir->filePath(QStringLiteral("aktenwerk.sqlite")), Database::Mode::ReadWrite);
        QVERIFY(db->exec(QStringLiteral("UPDATE case_record SET status = 'closed' WHERE id = '%1'")
                             .arg(closed->id.toString(QUuid::WithoutBraces)))
                    .has_value());
    }
    m_engine.reset();
    auto clerk = Test::openEngine(m_dir->path(), QStringLiteral("kmeier"));
    QVERIFY(clerk.has_value());
    m_engine = std::move(*clerk);
    auto doc = m_engine->apply(Commands::createDocument({}, QStringLiteral("Eingang"), storeText("Eingang"),
                                                        QStringLiteral("text/plain"), QStringLiteral("e.txt")));
    QVERIFY(doc.has_value());

    const QByteArray before = fingerprint(*m_engine);
    auto intoClosed = m_engine->apply(Commands::fileIntoCase(doc->id, closed->id));
    QVERIFY(!intoClosed.has_value());
    QCOMPARE(intoClosed.error().code, ErrorCode::ReadOnly);
    QVERIFY2(intoClosed.error().message.contains(QLatin1String("closed")), qPrintable(intoClosed.error().message));
    // Another department's case (FB 11's personnel file) is not the clerk of FB 63's to file into.
    auto foreign = m_engine->apply(Commands::fileIntoCase(doc->id, personnelCase->id));
    QVERIFY(!foreign.has_value());
    QCOMPARE(foreign.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(foreign.error().message.contains(QLatin1String("11")), qPrintable(foreign.error().message));
    auto noCase = m_engine->apply(Commands::fileIntoCase(doc->id, QUuid()));
    QVERIFY(!noCase.has_value());
    QVERIFY(fingerprint(*m_engine) == before);

    // The open case of the clerk's own department takes it.
    auto filed = m_engine->apply(Commands::fileIntoCase(doc->id, open->id));
    QVERIFY2(filed.has_value(), qPrintable(filed ? QString() : filed.error().toString()));
}

void TstEngine::duplicatesBecomeReferences()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto first = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Bauantrag")));
    auto second = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Nachbarbeteiligung")));
    QVERIFY(first.has_value() && second.has_value());
    const QString path = m_dir->filePath(QStringLiteral("lageplan.txt"));
    QVERIFY(Test::writeFile(path, "Lageplan 1:500, Flurstück 112/3"));
    auto imported = Importer(*m_engine).importFiles(first->id, { path });
    QVERIFY(imported.has_value());
    QCOMPARE(imported->first().status, ImportItem::Status::Ok);
    const QUuid original = imported->first().documentId;

    // The same file into the other case: a duplicate that says where the original is.
    auto dup = Importer(*m_engine).importFiles(second->id, { path });
    QVERIFY(dup.has_value());
    QCOMPARE(dup->first().status, ImportItem::Status::Duplicate);
    QCOMPARE(dup->first().documentId, original);
    QCOMPARE(dup->first().duplicateCaseId, first->id);
    const qint64 contents = Test::countRows(*m_engine, QStringLiteral("content"));

    auto link = applyChecked(Commands::linkDocument(original, second->id), QStringLiteral("document"),
                             QStringLiteral("case_id = '%1' AND type = 'Verweis'")
                                 .arg(second->id.toString(QUuid::WithoutBraces)));
    QVERIFY2(link.has_value(), qPrintable(link ? QString() : link.error().toString()));
    QVERIFY(link->id != original);
    {
        auto db = m_engine->openReader();
        auto ref = Queries::document(*db, link->id);
        QVERIFY(ref.has_value() && ref->has_value());
        QCOMPARE((*ref)->caseId, second->id);
        QCOMPARE((*ref)->type, QStringLiteral("Verweis"));
        QCOMPARE((*ref)->metadata.value(QStringLiteral("reference_to")), original.toString(QUuid::WithoutBraces));
        auto refVersion = Queries::version(*db, link->id);
        auto origVersion = Queries::version(*db, original);
        QCOMPARE((*refVersion)->sha256, (*origVersion)->sha256);
        QCOMPARE((*refVersion)->fileName, QStringLiteral("lageplan.txt"));
    }
    // The bytes are stored once, and the reference is no new original for later imports.
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("content")), contents);
    auto third = Importer(*m_engine).importFiles(second->id, { path });
    QCOMPARE(third->first().documentId, original);

    // A reference within the same case is refused.
    auto same = m_engine->apply(Commands::linkDocument(original, first->id));
    QVERIFY(!same.has_value());
    QCOMPARE(same.error().code, ErrorCode::Validation);
    auto report = m_engine->verify();
    QVERIFY(report.has_value() && report->ok());
}


namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeBytes(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

void TstEngine::checkOutCheckInAndRestore()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    const ContentRef v1 = storeText("Bescheid, Entwurf 1");
    auto doc = m_engine->apply(Commands::createDocument(cs->id, QStringLiteral("Bescheid"), v1,
                                                        QStringLiteral("text/plain"), QStringLiteral("bescheid.txt")));
    QVERIFY(doc.has_value());
    const QString docId = doc->id.toString(QUuid::WithoutBraces);
    auto version = [&](int n) {
        auto db = m_engine->openReader();
        return *Queries::version(*db, doc->id, n);
    };

    // The commands themselves: each writes its rows, oplog entry and audit event together.
    const QString somewhere = m_dir->filePath(QStringLiteral("elsewhere/bescheid.txt"));
    auto out = applyChecked(Commands::checkOut(doc->id, *version(1), somewhere, false), QStringLiteral("working_copy"),
                            QStringLiteral("document_id = '%1' AND base_version = 1").arg(docId));
    QVERIFY2(out.has_value(), qPrintable(out ? QString() : out.error().toString()));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("document_lock"),
                             QStringLiteral("document_id = '%1' AND owner = 'tester'").arg(docId)),
             1);
    auto twice = m_engine->apply(Commands::checkOut(doc->id, *version(1), somewhere, false));
    QVERIFY(!twice.has_value());
    QCOMPARE(twice.error().code, ErrorCode::AlreadyExists);
    auto cancelled = applyChecked(Commands::cancelCheckOut(doc->id), QStringLiteral("document_lock"),
                                  QStringLiteral("document_id = '%1' AND owner IS NULL").arg(docId));
    QVERIFY2(cancelled.has_value(), qPrintable(cancelled ? QString() : cancelled.error().toString()));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("working_copy")), 0);

    // Through CheckOuts: the working copy is the version's content, in the data folder.
    CheckOuts checkOuts(*m_engine);
    auto co = checkOuts.checkOut(doc->id);
    QVERIFY2(co.has_value(), qPrintable(co ? QString() : co.error().toString()));
    QVERIFY(co->path.startsWith(m_dir->filePath(QStringLiteral("working/"))));
    QVERIFY(co->path.endsWith(QLatin1String("bescheid.txt")));
    QCOMPARE(fileBytes(co->path), QByteArray("Bescheid, Entwurf 1"));
    QVERIFY(!*checkOuts.workingCopyChanged(doc->id));
    QVERIFY(writeBytes(co->path, "Bescheid, Entwurf 2"));
    QVERIFY(*checkOuts.workingCopyChanged(doc->id));
    auto in = checkOuts.checkIn(doc->id, {}, QStringLiteral("Frist ergänzt"));
    QVERIFY2(in.has_value(), qPrintable(in ? QString() : in.error().toString()));
    QVERIFY(!in->unchanged);
    QVERIFY(!in->parallel);
    QCOMPARE(in->number, 2);
    QVERIFY(!QFileInfo::exists(co->path));
    auto v2 = version(2);
    QVERIFY(v2.has_value());
    QCOMPARE(v2->origin, VersionOrigin::Edit);
    QCOMPARE(v2->baseVersion, 1);
    QCOMPARE(v2->comment, QStringLiteral("Frist ergänzt"));
    QCOMPARE(v2->sha256, Sha256::hex("Bescheid, Entwurf 2"));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("working_copy")), 0);

    // Saved without a change: no version, and the check-out ends.
    co = checkOuts.checkOut(doc->id);
    QVERIFY(co.has_value());
    QCOMPARE(co->version, 2);
    QVERIFY(writeBytes(co->path, "Bescheid, Entwurf 2"));
    in = checkOuts.checkIn(doc->id);
    QVERIFY(in.has_value());
    QVERIFY(in->unchanged);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("version"), QStringLiteral("document_id = '%1'").arg(docId)), 2);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("working_copy")), 0);
    auto notOut = checkOuts.checkIn(doc->id);
    QVERIFY(!notOut.has_value());

    // The check-in command on its own (with a working copy recorded).
    co = checkOuts.checkOut(doc->id);
    QVERIFY(co.has_value());
    auto checkedIn = applyChecked(Commands::checkIn(doc->id, 2, storeText("Bescheid, Entwurf 3"),
                                                    QStringLiteral("text/plain"), QStringLiteral("bescheid.txt"), {}),
                                  QStringLiteral("version"),
                                  QStringLiteral("document_id = '%1' AND number = 3 AND base_version = 2").arg(docId));
    QVERIFY2(checkedIn.has_value(), qPrintable(checkedIn ? QString() : checkedIn.error().toString()));

    // Restore: version 1's content becomes version 4 (same hash, origin restore).
    auto restored = checkOuts.restore(doc->id, 1);
    QVERIFY2(restored.has_value(), qPrintable(restored ? QString() : restored.error().toString()));
    QCOMPARE(restored->number, 4);
    auto v4 = version(4);
    QCOMPARE(v4->sha256, v1.sha256);
    QCOMPARE(v4->origin, VersionOrigin::Restore);
    QCOMPARE(version(0)->number, 4);
    QVERIFY(!checkOuts.restore(doc->id, 9).has_value());

    // A damaged content file is reported, never handed out as the working copy or restored.
    const QString stored = m_engine->content().pathFor(version(2)->sha256);
    QFile::setPermissions(stored, QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY(writeBytes(stored, "Bescheid, Entwurf X"));
    auto damaged = checkOuts.restore(doc->id, 2);
    QVERIFY(!damaged.has_value());
    QCOMPARE(damaged.error().code, ErrorCode::Integrity);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("version"), QStringLiteral("document_id = '%1'").arg(docId)), 4);

    auto report = m_engine->verify();
    QVERIFY(report.has_value());
    QVERIFY(!report->ok()); // the damaged file is found by verify as well
}

void TstEngine::lockOfAnotherUserStopsEditsUntilBroken()
{
    QVERIFY(m_engine->apply(Commands::createUser(QStringLiteral("kmeier"), QStringLiteral("Karin Meier"),
                                                 QStringLiteral("63"), {Role::Clerk}))
                .has_value());
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    auto doc = m_engine->apply(Commands::createDocument(cs->id, QStringLiteral("Brief"), storeText("Brief"),
                                                        QStringLiteral("text/plain"), QStringLiteral("brief.txt")));
    QVERIFY(doc.has_value());
    m_engine.reset();
    {
        auto clerk = Test::openEngine(m_dir->path(), QStringLiteral("kmeier"));
        QVERIFY(clerk.has_value());
        auto co = CheckOuts(**clerk).checkOut(doc->id);
        QVERIFY2(co.has_value(), qPrintable(co ? QString() : co.error().toString()));
        // A clerk may not break locks.
        auto refused = CheckOuts(**clerk).breakLock(doc->id);
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
    }
    auto e = Test::openEngine(m_dir->path());
    QVERIFY(e.has_value());
    m_engine = std::move(*e);
    const QByteArray before = fingerprint(*m_engine);
    auto blocked = CheckOuts(*m_engine).checkOut(doc->id);
    QVERIFY(!blocked.has_value());
    QCOMPARE(blocked.error().code, ErrorCode::ReadOnly);
    QVERIFY2(blocked.error().message.contains(QLatin1String("kmeier")), qPrintable(blocked.error().message));
    auto noVersion = m_engine->apply(Commands::addVersion(doc->id, storeText("Brief 2"), QStringLiteral("text/plain"),
                                                          QStringLiteral("brief.txt"), VersionOrigin::Edit));
    QVERIFY(!noVersion.has_value());
    QCOMPARE(noVersion.error().code, ErrorCode::ReadOnly);
    QVERIFY(fingerprint(*m_engine) == before);

    // The administrator breaks it: recorded, audited, and the document is free again.
    auto broken = applyChecked(Commands::breakLock(doc->id, QStringLiteral("kmeier"), QDateTime()),
                               QStringLiteral("document_lock"),
                               QStringLiteral("owner IS NULL AND broken_owner = 'kmeier' AND broken_by = 'tester'"));
    QVERIFY2(broken.has_value(), qPrintable(broken ? QString() : broken.error().toString()));
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event"), QStringLiteral("action = 'lock.break'")), 1);
    auto co = CheckOuts(*m_engine).checkOut(doc->id);
    QVERIFY2(co.has_value(), qPrintable(co ? QString() : co.error().toString()));
}

QTEST_GUILESS_MAIN(TstEngine)
#include "tst_engine.moc"

void TstEngine::documentsAndCasesMoveWithTheirHistory()
{
    auto a = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau Lindenweg 12")));
    auto b = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Anbau Birkenweg 3")));
    auto personnel
        = m_engine->apply(Commands::createFile(QStringLiteral("11.01.02"), QStringLiteral("Personalakte Meier")));
    QVERIFY(a && b && personnel);
    auto bau = m_engine->apply(Commands::createCase(a->id, QStringLiteral("Bauantrag")));
    auto wid = m_engine->apply(Commands::createCase(a->id, QStringLiteral("Widerspruch")));
    QVERIFY(bau && wid);
    auto add = [&](const QUuid &caseId, const QString &title) {
        return m_engine->apply(Commands::createDocument(
            caseId, title, storeText(title.toUtf8()), QStringLiteral("text/plain"), QStringLiteral("t.txt")));
    };
    auto antrag = add(bau->id, QStringLiteral("Antrag"));
    auto lageplan = add(bau->id, QStringLiteral("Lageplan"));
    auto schreiben = add(wid->id, QStringLiteral("Widerspruchsschreiben"));
    QVERIFY(antrag && lageplan && schreiben);

    // A document moves to another case: it takes the next number there, the history says from where.
    auto moved = applyChecked(Commands::moveDocument(lageplan->id, wid->id), QStringLiteral("document"),
        QStringLiteral("id = '%1' AND case_id = '%2'")
            .arg(lageplan->id.toString(QUuid::WithoutBraces), wid->id.toString(QUuid::WithoutBraces)));
    QVERIFY2(moved.has_value(), qPrintable(moved ? QString() : moved.error().toString()));
    QCOMPARE(moved->data.value(QStringLiteral("reference")).toString(), wid->reference + QStringLiteral("/2"));
    auto db = m_engine->openReader();
    auto doc = [&](const QUuid &id) { return **Queries::document(*db, id); };
    QCOMPARE(doc(lageplan->id).caseId, wid->id);
    QCOMPARE(doc(lageplan->id).reference, wid->reference + QStringLiteral("/2"));
    QCOMPARE(Queries::documents(*db, bau->id)->size(), 1);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event"),
                 QStringLiteral("action = 'document.move' AND json_extract(details, '$.from_reference') = '%1' "
                                "AND json_extract(details, '$.to_reference') = '%2'")
                     .arg(bau->reference, wid->reference)),
        1);
    // Not into the case it is in, not into another department's case, not while checked out.
    auto personnelCase = m_engine->apply(Commands::createCase(personnel->id, QStringLiteral("Einstellung")));
    QVERIFY(personnelCase.has_value());
    QVERIFY(!m_engine->apply(Commands::moveDocument(lageplan->id, wid->id)).has_value());
    QVERIFY(Queries::documents(*db, personnelCase->id)->isEmpty());
    {
        auto v1 = Queries::version(*db, antrag->id, 1);
        QVERIFY(v1.has_value() && v1->has_value());
        QVERIFY(
            m_engine
                ->apply(Commands::checkOut(antrag->id, **v1, m_dir->filePath(QStringLiteral("out/antrag.txt")), false))
                .has_value());
    }
    auto locked = m_engine->apply(Commands::moveDocument(antrag->id, wid->id));
    QVERIFY(!locked.has_value());
    QCOMPARE(locked.error().code, ErrorCode::Conflict);
    QCOMPARE(doc(antrag->id).caseId, bau->id);

    // A case moves to another file of its department: new reference, the old one still finds it.
    auto refused = m_engine->apply(Commands::moveCase(bau->id, b->id));
    QCOMPARE(refused.error().code, ErrorCode::Conflict); // its document is checked out
    QVERIFY(m_engine->apply(Commands::cancelCheckOut(antrag->id)).has_value());
    auto other = m_engine->apply(Commands::moveCase(wid->id, personnel->id));
    QVERIFY(!other.has_value());
    QCOMPARE(other.error().code, ErrorCode::PermissionDenied);
    const QString formerReference = wid->reference;
    auto caseMoved = applyChecked(Commands::moveCase(wid->id, b->id), QStringLiteral("case_record"),
        QStringLiteral("id = '%1' AND file_id = '%2' AND former_reference = '%3'")
            .arg(wid->id.toString(QUuid::WithoutBraces), b->id.toString(QUuid::WithoutBraces), formerReference));
    QVERIFY2(caseMoved.has_value(), qPrintable(caseMoved ? QString() : caseMoved.error().toString()));
    QVERIFY(caseMoved->reference.startsWith(b->reference));
    QVERIFY(caseMoved->reference != formerReference);
    QCOMPARE(doc(lageplan->id).reference, caseMoved->reference + QStringLiteral("/2")); // documents follow
    QCOMPARE(doc(schreiben->id).reference, caseMoved->reference + QStringLiteral("/1"));
    auto found = Queries::resolve(*db, formerReference);
    QVERIFY(found.has_value() && found->has_value());
    QCOMPARE((*found)->id, wid->id);
    auto report = m_engine->verify();
    QVERIFY(report.has_value() && report->ok());
}

void TstEngine::deletedRecordsCanBeRestored()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte")));
    auto cs = m_engine->apply(Commands::createCase(file->id, QStringLiteral("Vorgang")));
    auto doc = m_engine->apply(Commands::createDocument(cs->id, QStringLiteral("Brief"), storeText("Brief"),
        QStringLiteral("text/plain"), QStringLiteral("brief.txt")));
    QVERIFY(doc.has_value());
    QVERIFY(m_engine->apply(Commands::tombstone(doc->id, QStringLiteral("Fehlablage"))).has_value());
    QVERIFY(m_engine->apply(Commands::tombstone(cs->id, QStringLiteral("leer"))).has_value());
    auto db = m_engine->openReader();
    auto bin = Queries::deletedRecords(*db, 100);
    QVERIFY(bin.has_value());
    QCOMPARE(bin->size(), 2);

    // Not while what holds it is deleted; not without a reason; not what is not deleted.
    auto orphan = m_engine->apply(Commands::undelete(doc->id, QStringLiteral("doch richtig")));
    QVERIFY(!orphan.has_value());
    QVERIFY(!m_engine->apply(Commands::undelete(cs->id, QString())).has_value());
    QVERIFY(!m_engine->apply(Commands::undelete(file->id, QStringLiteral("x"))).has_value());

    auto restoredCase
        = applyChecked(Commands::undelete(cs->id, QStringLiteral("doch nicht leer")), QStringLiteral("case_record"),
            QStringLiteral("id = '%1' AND deleted = 0").arg(cs->id.toString(QUuid::WithoutBraces)));
    QVERIFY2(restoredCase.has_value(), qPrintable(restoredCase ? QString() : restoredCase.error().toString()));
    QVERIFY(m_engine->apply(Commands::undelete(doc->id, QStringLiteral("doch richtig"))).has_value());
    QCOMPARE(Queries::documents(*db, cs->id)->size(), 1);
    QCOMPARE(Queries::deletedRecords(*db, 100)->size(), 0);
    QCOMPARE(Test::countRows(*m_engine, QStringLiteral("audit_event"),
                 QStringLiteral("action = 'entity.restore' AND json_extract(details, '$.reason') = 'doch richtig'")),
        1);
}

void TstEngine::filesAreSharedAndUnshared()
{
    auto file = m_engine->apply(Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Neubau")));
    QVERIFY(file.has_value());
    const QString key = QStringLiteral("id = '%1'").arg(file->id.toString(QUuid::WithoutBraces));
    auto unknown = m_engine->apply(Commands::shareFile(file->id, QStringLiteral("99")));
    QCOMPARE(unknown.error().code, ErrorCode::NotFound);
    auto own = m_engine->apply(Commands::shareFile(file->id, QStringLiteral("63")));
    QVERIFY(!own.has_value());
    auto past = m_engine->apply(
        Commands::shareFile(file->id, QStringLiteral("11"), QDateTime::currentDateTimeUtc().addDays(-1)));
    QVERIFY(!past.has_value());

    const QDateTime until = QDateTime(QDate::currentDate().addDays(30), QTime(0, 0), Qt::UTC);
    auto shared = applyChecked(Commands::shareFile(file->id, QStringLiteral("11"), until),
        QStringLiteral("file_record"), key + QStringLiteral(" AND json_extract(shares, '$[0].department') = '11'"));
    QVERIFY2(shared.has_value(), qPrintable(shared ? QString() : shared.error().toString()));
    auto db = m_engine->openReader();
    auto f = **Queries::file(*db, file->id);
    QCOMPARE(f.shares.size(), 1);
    QCOMPARE(f.shares.first().departmentCode, QStringLiteral("11"));
    QCOMPARE(f.shares.first().until, until);
    QVERIFY(f.shares.first().isActive(QDateTime::currentDateTimeUtc()));
    QVERIFY(!f.shares.first().isActive(until.addSecs(1)));
    QCOMPARE(f.shares.first().grantedBy, m_engine->user().login);

    auto revoked = applyChecked(Commands::unshareFile(file->id, QStringLiteral("11")), QStringLiteral("file_record"),
        key + QStringLiteral(" AND shares = '[]'"));
    QVERIFY2(revoked.has_value(), qPrintable(revoked ? QString() : revoked.error().toString()));
    QVERIFY((*Queries::file(*db, file->id))->shares.isEmpty());
    auto again = m_engine->apply(Commands::unshareFile(file->id, QStringLiteral("11")));
    QCOMPARE(again.error().code, ErrorCode::NotFound);
}
