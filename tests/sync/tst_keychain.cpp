#include "dms/sync/credentials.h"
#include "dms/sync/serveradmin.h"

#include "../testsupport.h"

#include <QDirIterator>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Aktenwerk;
using namespace Aktenwerk::Dms;
using namespace Aktenwerk::Model;

/**
 * Passwords go to the real keychain (gnome-keyring under the test run's own D-Bus session)
 * and nowhere else: not into the data folder, not into QSettings.
 */
class TstKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void passwordGoesToTheKeychainOnly();
    void withoutKeychainThePasswordIsAsked();

private:
    Test::CliRun cli(const QStringList &args, const QString &stdinText, bool withBus);
    Test::PgServer m_pg;
    QString m_db;
    QString m_user;
    QString m_password;
    QTemporaryDir m_dir;
};

void TstKeychain::initTestCase()
{
    if (!m_pg.load())
        QFAIL(qPrintable(m_pg.error()));
    if (!Credentials::keychainReachable())
        QSKIP("No D-Bus session: run through .ci/test, which starts one with an unlocked gnome-keyring.");
    m_db = Test::PgServer::uniqueName(QStringLiteral("keys"));
    QVERIFY(m_pg.createDatabase(m_db));
    const QString url = m_pg.adminUrl(m_db);
    QVERIFY(ServerAdmin::init(url).has_value());
    QVERIFY(ServerAdmin::addDepartment(url, QStringLiteral("63"), QStringLiteral("FB 63"), Confidentiality::Open).has_value());
    m_user = Test::PgServer::uniqueName(QStringLiteral("kim"));
    // A password that cannot occur by chance anywhere.
    m_password = QStringLiteral("Kw-%1-%2").arg(QRandomGenerator::global()->generate64(), 0, 36)
                     .arg(QRandomGenerator::global()->generate64(), 0, 36);
    QVERIFY(ServerAdmin::addUser(url, m_user, {}, QStringLiteral("63"), {Role::Clerk}, m_password).has_value());
}

Test::CliRun TstKeychain::cli(const QStringList &args, const QString &stdinText, bool withBus)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    if (!withBus)
        e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    p.setProcessEnvironment(e);
    p.start(Test::cliPath(), args);
    Test::CliRun r;
    if (!p.waitForStarted())
        return r;
    if (!stdinText.isEmpty())
        p.write(stdinText.toUtf8() + '\n');
    p.closeWriteChannel();
    p.waitForFinished(60000);
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TstKeychain::passwordGoesToTheKeychainOnly()
{
    const QString data = m_dir.filePath(QStringLiteral("data"));
    auto connected = cli({QStringLiteral("--data-dir"), data, QStringLiteral("connect"), QStringLiteral("--url"),
                          m_pg.userUrl(m_db), QStringLiteral("--user"), m_user, QStringLiteral("--password-stdin")},
                         m_password, true);
    QVERIFY2(connected.exitCode == 0, connected.err.constData());
    QVERIFY2(connected.out.contains("stored in the keychain"), connected.out.constData());

    // The next sync finds the password in the keychain (nothing on stdin, no terminal).
    auto synced = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync")}, {}, true);
    QVERIFY2(synced.exitCode == 0, synced.err.constData());
    QVERIFY(Test::writeFile(m_dir.filePath(QStringLiteral("x.txt")), "x"));

    // Nowhere under the data folder, nor in the settings — not even in the SQLite WAL.
    const QByteArray needle = m_password.toUtf8();
    QStringList places;
    QDirIterator it(data, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        places << it.next();
    const QString settings = QSettings(QStringLiteral("Aktenwerk"), QStringLiteral("aktenwerk")).fileName();
    QVERIFY2(QFile::exists(settings), qPrintable(settings)); // connect wrote the server address there
    places << settings;
    QVERIFY(places.size() >= 3);
    for (const QString &path : std::as_const(places)) {
        const QByteArray content = Test::readFile(path);
        QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("the password is in ") + path));
        QVERIFY2(!content.contains(needle.toBase64()), qPrintable(QStringLiteral("the password is in ") + path));
    }
    QVERIFY(Test::readFile(settings).contains(m_user.toUtf8())); // the connection settings, without the password
    // And it is in the keychain.
    auto stored = Credentials::load(Credentials::key(m_pg.userUrl(m_db), m_user));
    QVERIFY2(stored.has_value(), qPrintable(stored ? QString() : stored.error().toString()));
    QCOMPARE(*stored, m_password);
}

void TstKeychain::withoutKeychainThePasswordIsAsked()
{
    const QString data = m_dir.filePath(QStringLiteral("nobus"));
    auto connected = cli({QStringLiteral("--data-dir"), data, QStringLiteral("connect"), QStringLiteral("--url"),
                          m_pg.userUrl(m_db), QStringLiteral("--user"), m_user, QStringLiteral("--password-stdin")},
                         m_password, false);
    QVERIFY2(connected.exitCode == 0, connected.err.constData());
    QVERIFY(connected.out.contains("asked each time"));
    // No keychain and no terminal: a clear error, not a hang and not a stored password.
    auto synced = cli({QStringLiteral("--data-dir"), data, QStringLiteral("sync")}, {}, false);
    QCOMPARE(synced.exitCode, 1);
    QVERIFY2(synced.err.contains("password"), synced.err.constData());
    QCOMPARE(synced.err.count('\n'), 1);
}

QTEST_GUILESS_MAIN(TstKeychain)
#include "tst_keychain.moc"
