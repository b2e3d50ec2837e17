// The typed arguments of commands: what the builders send is what the handlers read, and bad
// shapes are refused before any handler runs — the same way for every source of a command
// (GUI, CLI, an operation resent from the oplog).
#include "../testsupport.h"
#include "dms/command.h"
#include "dms/commandargs.h"
#include "dms/engine.h"

#include <QDate>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

class TstCommandArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildersAndTypesAgree();
    void shapesAreRefusedWithAReason_data();
    void shapesAreRefusedWithAReason();
    void theEngineRefusesBadShapesBeforeWriting();
};

void TstCommandArgs::buildersAndTypesAgree()
{
    const QUuid file = QUuid::createUuid();
    const QUuid sub = QUuid::createUuid();
    const QString sha = QString(64, QLatin1Char('a'));

    auto f = Args::CreateFile::from(Commands::createFile(QStringLiteral("63.01.02"),
        QStringLiteral("  Neubau Garage  "), QStringLiteral("FB 63"), Confidentiality::Restricted,
        QStringLiteral("Bauakte"),
        { { QStringLiteral("flurstueck"),
            QStringLiteral("12/3") } }).args);
    QVERIFY(f);
    QCOMPARE(f->planUnit, QStringLiteral("63.01.02"));
    QCOMPARE(f->title, QStringLiteral("Neubau Garage")); // trimmed once, here
    QCOMPARE(f->department, QStringLiteral("63")); // normalised once, here
    QCOMPARE(f->level, std::optional(Confidentiality::Restricted));
    QCOMPARE(f->metadata.value(QStringLiteral("flurstueck")), QStringLiteral("12/3"));
    QCOMPARE(f->year, 0);
    QCOMPARE(f->toJson(), Args::CreateFile::from(f->toJson())->toJson());

    auto c = Args::CreateCase::from(Commands::createCase(file, QStringLiteral("Antrag"), {}, {}, sub).args);
    QVERIFY(c);
    QCOMPARE(c->fileId, file);
    QCOMPARE(c->subFileId, sub);

    auto d = Args::CreateDocument::from(
        Commands::createDocument({}, QString(), ContentRef { sha, 12, true }, QString(), QStringLiteral("brief.txt"))
            .args);
    QVERIFY(d);
    QVERIFY(d->caseId.isNull()); // the intake
    QCOMPARE(d->title, QStringLiteral("brief.txt")); // no title: the file name
    QCOMPARE(d->content.mimeType, QStringLiteral("application/octet-stream"));
    QCOMPARE(d->content.size, qint64(12));
    QCOMPARE(d->content.origin, VersionOrigin::Import);

    Version v;
    v.number = 3;
    v.sha256 = sha;
    v.size = 5;
    v.documentId = QUuid::createUuid();
    auto restore = Args::VersionContent::from(Commands::restoreVersion(v, QStringLiteral("zurück")).args);
    QVERIFY(restore);
    QCOMPARE(restore->restoredFrom, 3);
    QCOMPARE(restore->origin, VersionOrigin::Restore);
    QCOMPARE(restore->comment, QStringLiteral("zurück"));

    auto in = Args::VersionContent::from(
        Commands::checkIn(v.documentId, 2, ContentRef { sha, 5, true }, QStringLiteral("text/plain"), {}, {}).args);
    QVERIFY(in);
    QCOMPARE(in->baseVersion, 2);
    QCOMPARE(in->origin, VersionOrigin::Edit);

    auto u = Args::UpdateFields::from(Commands::updateFields(file, std::nullopt, {}, QStringLiteral("Bauakte")).args);
    QVERIFY(u);
    QVERIFY(!u->title);
    QCOMPARE(u->type, std::optional(QStringLiteral("Bauakte")));
    QVERIFY(!u->hasMetadata);

    auto user = Args::CreateUser::from(Commands::createUser(QStringLiteral("s.mueller"), {}, {}, {}).args);
    QVERIFY(user);
    QCOMPARE(user->roles, QList<Role> { Role::Clerk }); // none named: a clerk

    auto moveCase = Args::ToFile::from(Commands::moveCase(QUuid::createUuid(), file).args);
    QVERIFY(moveCase);
    QCOMPARE(moveCase->fileId, file);
    const QDateTime until(QDate(2027, 3, 31), QTime(0, 0), Qt::UTC);
    auto share = Args::Share::from(Commands::shareFile(file, QStringLiteral(" 11 "), until).args);
    QVERIFY(share);
    QCOMPARE(share->departmentCode, QStringLiteral("11"));
    QCOMPARE(share->until, until);
    auto open = Args::Share::from(Commands::unshareFile(file, QStringLiteral("11")).args);
    QVERIFY(open);
    QVERIFY(!open->until.isValid());

    auto keep = Args::ResolveConflict::from(Commands::resolveConflict(QUuid::createUuid(), false).args);
    QVERIFY(keep);
    QVERIFY(!keep->keepMine);
}

void TstCommandArgs::shapesAreRefusedWithAReason_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QJsonObject>("args");
    QTest::addColumn<QString>("says");
    const QString sha = QString(64, QLatin1Char('b'));
    const auto t = [](CommandType c) { return static_cast<int>(c); };
    QTest::newRow("file without title") << t(CommandType::CreateFile)
                                        << QJsonObject { { QStringLiteral("plan_unit"), QStringLiteral("63") },
                                               { QStringLiteral("title"), QStringLiteral("   ") } }
                                        << QStringLiteral("needs a title");
    QTest::newRow("file title too long") << t(CommandType::CreateFile)
                                         << QJsonObject { { QStringLiteral("title"), QString(501, QLatin1Char('x')) } }
                                         << QStringLiteral("too long");
    QTest::newRow("file unknown confidentiality") << t(CommandType::CreateFile)
                                                  << QJsonObject { { QStringLiteral("title"), QStringLiteral("A") },
                                                         { QStringLiteral("confidentiality"), QStringLiteral("999") } }
                                                  << QStringLiteral("999");
    QTest::newRow("file year") << t(CommandType::CreateFile)
                               << QJsonObject { { QStringLiteral("title"), QStringLiteral("A") },
                                      { QStringLiteral("year"), 1200 } }
                               << QStringLiteral("1200");
    QTest::newRow("case with a broken file id")
        << t(CommandType::CreateCase)
        << QJsonObject { { QStringLiteral("file_id"), QStringLiteral("kein-uuid") },
               { QStringLiteral("title"), QStringLiteral("A") } }
        << QStringLiteral("kein-uuid");
    QTest::newRow("document without content") << t(CommandType::CreateDocument)
                                              << QJsonObject { { QStringLiteral("title"), QStringLiteral("A") },
                                                     { QStringLiteral("sha256"), QStringLiteral("xyz") } }
                                              << QStringLiteral("content reference");
    QTest::newRow("version of unknown origin")
        << t(CommandType::AddVersion)
        << QJsonObject { { QStringLiteral("sha256"), sha }, { QStringLiteral("size"), 1 },
               { QStringLiteral("origin"), QStringLiteral("magic") } }
        << QStringLiteral("origin");
    QTest::newRow("tombstone without reason")
        << t(CommandType::Tombstone) << QJsonObject {} << QStringLiteral("reason");
    QTest::newRow("case moved nowhere") << t(CommandType::MoveCase) << QJsonObject {} << QStringLiteral("file");
    QTest::newRow("share without department")
        << t(CommandType::ShareFile) << QJsonObject { { QStringLiteral("department"), QStringLiteral(" ") } }
        << QStringLiteral("department");
    QTest::newRow("share until no date") << t(CommandType::ShareFile)
                                         << QJsonObject { { QStringLiteral("department"), QStringLiteral("11") },
                                                { QStringLiteral("until"), QStringLiteral("bald") } }
                                         << QStringLiteral("bald");
    QTest::newRow("conflict keeps neither")
        << t(CommandType::ResolveConflict) << QJsonObject { { QStringLiteral("keep"), QStringLiteral("both") } }
        << QStringLiteral("mine");
    QTest::newRow("plan unit retention") << t(CommandType::CreatePlanUnit)
                                         << QJsonObject { { QStringLiteral("code"), QStringLiteral("63.9") },
                                                { QStringLiteral("retention"), QStringLiteral("ewig") },
                                                { QStringLiteral("disposal"), QStringLiteral("A") } }
                                         << QStringLiteral("unbefristet");
    QTest::newRow("unknown setting") << t(CommandType::SetSetting)
                                     << QJsonObject { { QStringLiteral("key"), QStringLiteral("theme") } }
                                     << QStringLiteral("theme");
    QTest::newRow("user with unknown role") << t(CommandType::CreateUser)
                                            << QJsonObject { { QStringLiteral("login"), QStringLiteral("x") },
                                                   { QStringLiteral("roles"), QJsonArray { QStringLiteral("king") } } }
                                            << QStringLiteral("king");
    QTest::newRow("check-out without working copy")
        << t(CommandType::CheckOut) << QJsonObject { { QStringLiteral("base_sha256"), sha } }
        << QStringLiteral("working copy");
}

void TstCommandArgs::shapesAreRefusedWithAReason()
{
    QFETCH(int, type);
    QFETCH(QJsonObject, args);
    QFETCH(QString, says);
    Status s;
    auto check = [&](auto r) { s = r ? Status {} : Status(std::unexpected(r.error())); };
    switch (static_cast<CommandType>(type)) {
    case CommandType::CreateFile:
        check(Args::CreateFile::from(args));
        break;
    case CommandType::CreateCase:
        check(Args::CreateCase::from(args));
        break;
    case CommandType::CreateDocument:
        check(Args::CreateDocument::from(args));
        break;
    case CommandType::AddVersion:
        check(Args::VersionContent::from(args));
        break;
    case CommandType::Tombstone:
        check(Args::Tombstone::from(args));
        break;
    case CommandType::ResolveConflict:
        check(Args::ResolveConflict::from(args));
        break;
    case CommandType::CreatePlanUnit:
        check(Args::CreatePlanUnit::from(args));
        break;
    case CommandType::SetSetting:
        check(Args::SetSetting::from(args));
        break;
    case CommandType::CreateUser:
        check(Args::CreateUser::from(args));
        break;
    case CommandType::CheckOut:
        check(Args::CheckOut::from(args));
        break;
    case CommandType::MoveCase:
        check(Args::ToFile::from(args));
        break;
    case CommandType::ShareFile:
        check(Args::Share::from(args));
        break;
    default:
        QFAIL("type not covered here");
    }
    QVERIFY(!s);
    const QString said = s.error().message + QLatin1Char(' ') + s.error().detail;
    QVERIFY2(said.contains(says), qPrintable(said));
}

void TstCommandArgs::theEngineRefusesBadShapesBeforeWriting()
{
    QTemporaryDir dir;
    auto engine = Test::openEngine(dir.filePath(QStringLiteral("data")), QStringLiteral("s.mueller"));
    QVERIFY(engine);
    QVERIFY(Test::importSmallPlan(**engine));
    const int before = Test::countRows(**engine, QStringLiteral("oplog"));
    Command bad = Commands::createFile(QStringLiteral("63.01.02"), QStringLiteral("Akte"));
    bad.args.insert(QStringLiteral("year"), 1200);
    auto r = (*engine)->apply(bad);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Validation);
    QCOMPARE(Test::countRows(**engine, QStringLiteral("oplog")), before);
    QCOMPARE(Test::countRows(**engine, QStringLiteral("file_record")), 0);
    // The same command with a sound year goes through the same path.
    bad.args.insert(QStringLiteral("year"), QDate::currentDate().year());
    QVERIFY((*engine)->apply(bad));
    QCOMPARE(Test::countRows(**engine, QStringLiteral("file_record")), 1);
}

QTEST_GUILESS_MAIN(TstCommandArgs)
#include "tst_commandargs.moc"
