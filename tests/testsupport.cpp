#include "testsupport.h"

#include "dms/plan/planimport.h"
#include "dms/store/sha256.h"

#include <QFile>
#include <QRandomGenerator>

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

CliRun runCli(const QStringList &args, const QProcessEnvironment &extraEnv, int timeoutMs)
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

qint64 countRows(Dms::Engine &engine, const QString &table, const QString &where)
{
    auto db = engine.openReader();
    if (!db)
        return -1;
    auto v = db->scalar(QStringLiteral("SELECT count(*) FROM ") + table
                        + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
    return v ? v->toLongLong() : -1;
}

} // namespace Aktenwerk::Test
