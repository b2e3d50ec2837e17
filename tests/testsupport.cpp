#include "testsupport.h"

#include "dms/plan/planimport.h"
#include "dms/records/xdomeacontainer.h"
#include "dms/store/sha256.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>

#include <cstdio>
#include <iterator>
#include <unistd.h>

namespace Aktenwerk::Test {

using namespace Model;

QString sourceDir()
{
    return QStringLiteral(AKTENWERK_SOURCE_DIR);
}

QString testDataDir()
{
    return sourceDir() + QStringLiteral("/tests/data");
}

QString cliPath()
{
    return QStringLiteral(AKTENWERK_CLI);
}

std::optional<double> timedRun(const QString &program, const QStringList &args, const QString &stdinFile,
                               const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    p.waitForFinished(-1);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "failed: %s %s\n", qPrintable(program), qPrintable(args.join(QLatin1Char(' '))));
        return std::nullopt;
    }
    return static_cast<double>(t.nsecsElapsed()) / 1e9;
}

CliRun runCli(const QStringList &args, const QProcessEnvironment &extraEnv, int timeoutMs, const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("AKTENWERK_FAULT"));
    env.insert(QStringLiteral("AKTENWERK_LANG"), QStringLiteral("en"));
    for (const QString &key : extraEnv.keys())
        env.insert(key, extraEnv.value(key));
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

Result<std::unique_ptr<Dms::Engine>> openEngine(const QString &dir, const QString &login)
{
    Dms::Engine::Options o;
    o.dataDir = dir;
    o.create = true;
    o.login = login.isEmpty() ? QStringLiteral("tester") : login;
    return Dms::Engine::open(o);
}

Status importSmallPlan(Dms::Engine &engine)
{
    const QByteArray json = R"({"format":"aktenwerk-plan","version":1,
      "departments":[{"code":"63","name":"Fachbereich 63 – Bauordnung","default_confidentiality":"003"},
                     {"code":"11","name":"Fachbereich 11 – Personal","default_confidentiality":"005"}],
      "units":[
        {"code":"63","title":"Bauordnung","department":"63","retention":30,"disposal":"B","children":[
          {"code":"63.01","title":"Bauaufsicht","retention":30,"disposal":"B","children":[
            {"code":"63.01.02","title":"Baugenehmigungsverfahren","retention":30,"disposal":"A"},
            {"code":"63.01.09","title":"Altbestand","retention":30,"disposal":"A","retired":true}]}]},
        {"code":"11","title":"Personal","department":"11","retention":10,"disposal":"B","children":[
          {"code":"11.01.02","title":"Personalakten Tarifbeschäftigte","retention":10,"disposal":"B"}]}]})";
    auto data = Dms::PlanReader::parse(json, QStringLiteral("small-plan"));
    if (!data)
        return std::unexpected(data.error());
    Dms::PlanImportReport report;
    auto commands = Dms::PlanImporter::commandsFor(engine, *data, &report);
    if (!commands)
        return std::unexpected(commands.error());
    auto r = engine.applyBatch(*commands);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray b(size, Qt::Uninitialized);
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 v = gen.generate();
        memcpy(b.data() + i, &v, 4);
    }
    for (; i < size; ++i)
        b[i] = static_cast<char>(gen.generate() & 0xff);
    return b;
}

QString sha256Hex(const QByteArray &data)
{
    return Dms::Sha256::hex(data);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

QByteArray multiPageTiff(int pages, int width, int height)
{
    // Little-endian TIFF 6.0: header, then per page the pixels followed by its directory.
    QByteArray out("II*\0", 4);
    auto u16 = [&out](quint16 v) { out.append(static_cast<char>(v & 0xff)).append(static_cast<char>(v >> 8)); };
    auto u32 = [&](quint32 v) {
        u16(static_cast<quint16>(v & 0xffff));
        u16(static_cast<quint16>(v >> 16));
    };
    const qsizetype firstIfdAt = out.size();
    u32(0); // patched below
    qsizetype patch = firstIfdAt;
    for (int p = 0; p < pages; ++p) {
        const auto pixelsAt = static_cast<quint32>(out.size());
        out.append(QByteArray(qsizetype(width) * height, static_cast<char>(40 + 60 * (p % 4))));
        if (out.size() % 2)
            out.append('\0');
        const auto ifdAt = static_cast<quint32>(out.size());
        for (int b = 0; b < 4; ++b) // the previous "next directory" offset points here
            out[patch + b] = static_cast<char>((ifdAt >> (8 * b)) & 0xff);
        struct Tag { quint16 tag, type; quint32 value; };
        const Tag tags[] = {{256, 4, quint32(width)}, {257, 4, quint32(height)}, {258, 3, 8}, {259, 3, 1},
                            {262, 3, 1},             {273, 4, pixelsAt},        {277, 3, 1}, {278, 4, quint32(height)},
                            {279, 4, quint32(width * height)}};
        u16(static_cast<quint16>(std::size(tags)));
        for (const Tag &t : tags) {
            u16(t.tag);
            u16(t.type);
            u32(1);
            if (t.type == 3) {
                u16(static_cast<quint16>(t.value));
                u16(0);
            } else {
                u32(t.value);
            }
        }
        patch = out.size();
        u32(0); // no next directory (yet)
    }
    return out;
}

qint64 countRows(Dms::Engine &engine, const QString &table, const QString &where)
{
    auto db = engine.openReader();
    if (!db)
        return -1;
    auto v = db->scalar(QStringLiteral("SELECT count(*) FROM ") + table
                        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return v ? v->toLongLong() : -1;
}

bool PgServer::load()
{
    const QString path = qEnvironmentVariable("AKTENWERK_PG_ENV");
    if (path.isEmpty()) {
        m_error = QStringLiteral("AKTENWERK_PG_ENV is not set: run this test through ctest, whose fixture starts PostgreSQL");
        return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("the PostgreSQL fixture did not start (%1 is missing)").arg(path);
        return false;
    }
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QString l = QString::fromUtf8(line);
        const QString key = l.section(QLatin1Char('='), 0, 0);
        const QString value = l.section(QLatin1Char('='), 1);
        if (key == QLatin1String("PGBIN"))
            m_pgBin = value;
        else if (key == QLatin1String("PGDATA"))
            m_pgData = value;
        else if (key == QLatin1String("PGPORT"))
            m_port = value.toInt();
        else if (key == QLatin1String("PGSOCKETDIR"))
            m_socketDir = value;
    }
    if (m_port == 0) {
        m_error = QStringLiteral("%1 names no port").arg(path);
        return false;
    }
    return true;
}

QString PgServer::adminUrl(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3").arg(database, m_socketDir).arg(m_port);
}

QString PgServer::userUrl(const QString &database) const
{
    return QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PgServer::createDatabase(const QString &name)
{
    auto db = Dms::PgConnection::connect(adminUrl());
    if (!db)
        return false;
    return db->run(QStringLiteral("CREATE DATABASE ") + db->identifier(name)).has_value();
}

QString PgServer::uniqueName(const QString &base)
{
    static const QString run = QString::number(QRandomGenerator::global()->bounded(100000u, 999999u));
    return QStringLiteral("t%1_%2").arg(run, base);
}

bool PgServer::serverCommand(const QStringList &args)
{
    QProcess p;
    QStringList full = args;
    QString program = full.takeFirst();
    if (::geteuid() == 0) {
        full.prepend(program);
        full.prepend(QStringLiteral("--"));
        full.prepend(QStringLiteral("postgres"));
        full.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    p.start(program, full);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QStringList distinctiveWords(const QStringList &texts, int maxShared)
{
    const QRegularExpression word(QStringLiteral("\\b[[:alpha:]]{8,24}\\b"), QRegularExpression::UseUnicodePropertiesOption);
    QList<QStringList> wordsOf; // per text: its long words in order of appearance, unique
    QHash<QString, int> shared;
    for (const QString &text : texts) {
        QSet<QString> seen;
        QStringList ordered;
        auto it = word.globalMatch(text);
        while (it.hasNext()) {
            const QString w = it.next().captured(0).toLower();
            if (!seen.contains(w)) {
                seen.insert(w);
                ordered << w;
            }
        }
        for (const QString &w : std::as_const(ordered))
            ++shared[w];
        wordsOf << ordered;
    }
    QStringList out;
    for (const QStringList &words : std::as_const(wordsOf)) {
        QString distinctive;
        int rarest = maxShared + 1;
        for (const QString &w : words) {
            if (shared.value(w) < rarest) {
                rarest = shared.value(w);
                distinctive = w;
            }
        }
        out << distinctive;
    }
    return out;
}

QString cliAs(const CliPerson &p, QStringList args, const QProcessEnvironment &extraEnv)
{
    args = QStringList { QStringLiteral("--data-dir"), p.dir } + args;
    QProcessEnvironment env = extraEnv;
    if (!env.contains(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")))
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:")); // the password on stdin
    args << QStringLiteral("--password-stdin");
    const CliRun r = runCli(args, env, 120000, p.password.toUtf8() + '\n');
    if (r.exitCode != 0)
        return QStringLiteral("exit %1: %2").arg(r.exitCode).arg(QString::fromUtf8(r.err).trimmed());
    return QString::fromUtf8(r.out);
}

CliPerson addCliPerson(const QString &adminUrl, const QString &userUrl, const QString &name, Model::Role role,
    const QString &department, const QString &parentDir)
{
    CliPerson p { PgServer::uniqueName(name), name + QStringLiteral("-secret-1"), QDir(parentDir).filePath(name) };
    if (auto added = Dms::ServerAdmin::addUser(adminUrl, p.login, {}, department, { role }, p.password); !added) {
        std::fprintf(stderr, "%s\n", qPrintable(added.error().toString()));
        return {};
    }
    const QString connected
        = cliAs(p, { QStringLiteral("connect"), QStringLiteral("--url"), userUrl, QStringLiteral("--user"), p.login });
    if (connected.startsWith(QLatin1String("exit"))) {
        std::fprintf(stderr, "%s\n", qPrintable(connected));
        return {};
    }
    return p;
}

QString archiveMessage(const QString &code, const QString &process, const QString &named,
    const QList<QPair<QByteArray, QByteArray>> &replace, const QString &outDir)
{
    QDir skeletons(testDataDir() + QStringLiteral("/xdomea/3.1.0"));
    const QStringList found = skeletons.entryList({ QStringLiteral("*.") + code + QStringLiteral(".xml") });
    if (found.size() != 1)
        return {};
    QFile f(skeletons.filePath(found.first()));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray xml = f.readAll();
    xml.replace("6f1c2a3e-8b7d-4c1e-9f20-3a4b5c6d7e8f", process.toUtf8());
    for (const auto &[from, to] : replace)
        xml.replace(from, to);
    const QString name = named + QLatin1Char('_') + found.first().section(QLatin1Char('_'), 1).chopped(4);
    const QString zip = QDir(outDir).filePath(name + QStringLiteral(".zip"));
    QDir().mkpath(outDir);
    QFile::remove(zip);
    Dms::XdomeaContainer::Writer w(zip);
    if (!w.addData(name + QStringLiteral(".xml"), xml) || !w.finish())
        return {};
    return zip;
}

QString serverFileId(const QString &adminUrl, const QString &reference)
{
    auto db = Dms::PgConnection::connect(adminUrl);
    if (!db)
        return {};
    auto r = db->exec(QStringLiteral("SELECT id::text FROM aktenwerk.file_record WHERE reference = $1"), { reference });
    return r && r->rows() == 1 ? r->text(0, 0) : QString();
}

} // namespace Aktenwerk::Test
