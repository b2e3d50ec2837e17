#pragma once

// What the command groups of aktenwerk-cli share: the parsed command line, the data folder
// session, JSON shapes of the records and the messages every command prints the same way.
// Private to the CLI (dms/cli/*.cpp).

#include "dms/audit/serveraudit.h"
#include "dms/capture/blankpages.h"
#include "dms/capture/documentocr.h"
#include "dms/capture/extractor.h"
#include "dms/capture/importer.h"
#include "dms/capture/ocr.h"
#include "dms/capture/scanfiling.h"
#include "dms/capture/scanner.h"
#include "dms/capture/separatorsheet.h"
#include "dms/capture/watchfolder.h"
#include "dms/cli/cli.h"
#include "dms/cli/output.h"
#include "dms/demo/demodata.h"
#include "dms/engine.h"
#include "dms/plan/planimport.h"
#include "dms/search/indexer.h"
#include "dms/search/searchindex.h"
#include "dms/store/migrations.h"
#include "dms/store/queries.h"
#include "dms/sync/credentials.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"
#include "dms/versions/checkouts.h"
#include "model/filereference.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QSaveFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <csignal>
#include <memory>
#include <optional>

namespace Aktenwerk::Cli {

// The CLI speaks in the model's and the engine's types throughout.
using namespace Model;
using namespace Dms;

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Cli)
};

struct Args
{
    QStringList words;
    QMap<QString, QString> options;
    QStringList flags;

    bool flag(const char *name) const { return flags.contains(QLatin1String(name)); }
    bool has(const char *name) const { return options.contains(QLatin1String(name)); }
    QString value(const char *name) const { return options.value(QLatin1String(name)); }
    QStringList values(const char *name) const
    {
        return has(name) ? value(name).split(QLatin1Char('\n')) : QStringList();
    }
    bool json() const { return flag("--json"); }
};

int usage(const QString &message);

int failWith(const Error &e);

QString id(const QUuid &u);
/** "07.12.2026 14:05", local time: how people read a time (ISO with offset only in --json). */
QString localTime(const QDateTime &t);
/** "07.12.2026". */
QString localDate(const QDate &d);

QJsonObject metaJson(const EntityMeta &m);

QJsonObject planJson(const PlanUnit &u);

QJsonObject fileJson(const FileRecord &f);

QJsonObject caseJson(const Case &c);

QJsonObject versionJson(const Version &v);

QJsonObject documentJson(const Document &d, const std::optional<Version> &current);

QString metadataLine(const FieldValues &values);

/** FIELD=VALUE words into a map; returns the offending word on error. */
std::expected<FieldValues, QString> fieldAssignments(const QStringList &words);

Result<Resolved> resolveExpect(Database &db, const QString &text, const QStringList &types);

class Session
{
public:
    explicit Session(const Args &args)
        : m_args(args)
    {
    }

    Error openError() const { return m_error; }

    Engine *engine(Engine::Mode mode, bool create = false)
    {
        Engine::Options o;
        o.dataDir = m_args.value("--data-dir");
        o.mode = mode;
        o.create = create;
        auto e = Engine::open(o);
        if (!e) {
            m_error = e.error();
            return nullptr;
        }
        m_engine = std::move(*e);
        return m_engine.get();
    }

    Database *reader()
    {
        if (m_db.isOpen())
            return &m_db;
        if (!m_engine && !engine(Engine::Mode::ReadOnly))
            return nullptr;
        auto db = m_engine->openReader();
        if (!db) {
            m_error = db.error();
            return nullptr;
        }
        m_db = std::move(*db);
        return &m_db;
    }

    /** What a reference, code or UUID given on the command line points at (opens a reader). */
    Result<Resolved> target(const QString &text, const QStringList &types = {})
    {
        Database *db = reader();
        if (!db)
            return std::unexpected(m_error);
        return resolveExpect(*db, text, types);
    }

private:
    const Args &m_args;
    std::unique_ptr<Engine> m_engine;
    Database m_db;
    Error m_error;
};

/** The first line of standard input: passwords for scripts and tests (--password-stdin). */
QString passwordFromStdin();

/** Asks on the terminal without echo; empty when there is no terminal to ask on. */
QString promptPassword(const QString &prompt);

/** The password for syncing: from stdin, the keychain, or the terminal, in that order. */
std::expected<QString, Error> syncPassword(const Args &a, Engine &e);

/** A session with the central repository for a connected folder (password: stdin, keychain, terminal). */
ServerSession serverSession(const Args &a, Engine &e);

/** After a change the server must learn now (check-in, end of a check-out): a sync, if connected. */
void sendNow(const Args &a, Engine &e);

/** Opens the data folder for writing and finds the document named after the command (words[1]). */
std::expected<std::pair<Engine *, QUuid>, int> documentToChange(const Args &a, Session &s);

} // namespace Aktenwerk::Cli
