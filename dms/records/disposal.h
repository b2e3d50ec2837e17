#pragma once

#include "dms/records/xdomeawriter.h"
#include "dms/sync/pg.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QIODevice>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUuid>

#include <functional>

namespace Aktenwerk::Dms {

class Database;
class Engine;

/**
 * The hand-over to the archive (Aussonderung, xdomea 3.1) as the client does it. The server
 * decides every step (schema 15: who may offer which file, the process and its messages); the
 * client writes the messages from its local index, checks each against the official schema
 * before anything leaves, and packs it as the standard wants: a flat ZIP
 * `<ProzessID>_<Nachrichtenname>.zip`.
 */
class Disposal
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Disposal)
public:
    using ServerSession = std::function<Model::Result<PgConnection>()>;

    explicit Disposal(Engine &engine);

    struct Written
    {
        QUuid process;
        QString container; ///< the ZIP's path
        QString sha256;
        int files = 0;
    };

    /**
     * Offers @p files to the archive (0501, Anbieteverzeichnis): the message is written from
     * the local index and validated, the container packed into @p outDir, and the offer
     * recorded by the server — which refuses it (and the container is removed) unless every
     * file is closed, due, without a hold, kept by this records officer and in no other process.
     */
    Model::Result<Written> offer(
        const ServerSession &session, const QList<QUuid> &files, const QString &outDir, const XdomeaParties &parties);

    /** A message of the archive as read in. */
    struct Received
    {
        QUuid process;
        QString code; ///< "0504", "0502", "0507", "0506"
        QString folder; ///< where the container was unpacked (in the data folder)
        QList<QPair<QUuid, QChar>> appraisals; ///< 0502: file and 'A' or 'V'
        struct Import
        {
            QUuid file;
            bool ok = false;
            QString archiveReference;
        };
        QList<Import> imports; ///< 0506: per file transferred, whether the archive took it over
    };
    /**
     * Reads in a container from the archive (0504 receipt of the offer, 0502 appraisal, 0507
     * receipt of the transfer, 0506 import confirmation with the archive's references): unpacked
     * as hostile into the data folder, validated against the schema, checked for what the schema
     * cannot say (the message code matches the root element and the container's name, the process
     * id matches the container's), then recorded by the server — which checks that it fits the
     * process (an appraisal only of files offered in it). On refusal nothing is kept.
     */
    Model::Result<Received> receive(const ServerSession &session, const QString &zipPath);

    /**
     * The untrusted part of receive(): unpacks @p zipPath into @p folder as hostile, validates the
     * message against the schema and reads what it says, with the checks the schema cannot make
     * (the message code against the root element and the container's name, the process against
     * the container's). Needs neither the engine nor the server: receive() runs it in the worker
     * aktenwerk-xdomea, under limits.
     */
    static Model::Result<Received> readContainer(const QString &zipPath, const QString &folder);
    /** The worker's side: readContainer(), its answer as JSON on standard output; the exit code. */
    static int readContainerMain(const QString &zipPath, const QString &folder);

    /**
     * Confirms the archive's appraisal (0505, Bewertung empfangen bestätigen) of @p process into
     * @p outDir; the server records it once the appraisal (0502) is in.
     */
    Model::Result<Written> confirmAppraisal(
        const ServerSession &session, const QUuid &process, const QString &outDir, const XdomeaParties &parties);

    /**
     * The transfer (0503) of @p process into @p outDir: exactly the files the archive appraised A,
     * with their metadata and every version's original, and for PDFs a PDF/A-2b rendition beside
     * it (made once per content, checked). Validated, every named file checked to be in the
     * container, then recorded by the server, which checks the files against the appraisal.
     */
    Model::Result<Written> transfer(
        const ServerSession &session, const QUuid &process, const QString &outDir, const XdomeaParties &parties);

    /**
     * The two-stage route: @p files whose disposal type already says A (their own or the plan's)
     * go to the archive at once with a transfer (0503) in a new process — on the same conditions
     * as an offer, decided by the server.
     */
    Model::Result<Written> transferDirect(
        const ServerSession &session, const QList<QUuid> &files, const QString &outDir, const XdomeaParties &parties);

    /** A receipt message (0505): the header only. */
    static Model::Status writeReceipt(
        const QUuid &process, const QString &code, const XdomeaParties &parties, const QDateTime &now, QIODevice &out);

    /**
     * The 0501 message for @p files of @p db into @p out (streamed; one file at a time is in
     * memory): Akte with Vorgänge and Dokumente, their general and archival metadata, runtime
     * and z.d.A. Booleans as 1/0, prefix xdomea.
     */
    static Model::Status write0501(Database &db, const QUuid &process, const QList<QUuid> &files,
        const XdomeaParties &parties, const QDateTime &now, QIODevice &out);

    /**
     * The disposal processes this records officer sees on the server (@p process: that one only),
     * newest first: {process, kind, state, created_by, created_at, files, messages: [{code,
     * direction, container, sha256, by, at}], objects: [{file_id, reference, appraisal, imported,
     * archive_reference, destroyed}]}.
     */
    static Model::Result<QJsonArray> processes(PgConnection &db, const QString &process = {});
    /** What the last message of a process (its state: "0501" … "0506", "closed") means, for people. */
    static QString stateName(const QString &state);
    /**
     * Where a file of a process stands, for people: the archive's decision, taken over (with the
     * archive's reference) or not, destroyed here. @p object: one of processes()' objects.
     */
    static QString objectState(const QJsonObject &object);
    /** What comes next in a process in @p state of @p kind ("four_stage", "two_stage"). */
    static QString nextStep(const QString &state, const QString &kind);

    /** `<ProzessID>_<Nachrichtenname>` of a message, e.g. "…_Aussonderung.Anbieteverzeichnis.0501". */
    static QString messageName(const QUuid &process, const QString &code);

private:
    /** readContainer() in the worker process aktenwerk-xdomea (limits: processor time, memory, size). */
    static Model::Result<Received> readContainerInWorker(const QString &zipPath, const QString &folder);
    Model::Result<Written> writeTransfer(const ServerSession &session, const QUuid &process, const QList<QUuid> &files,
        const QString &outDir, const XdomeaParties &parties, const QString &command);
    Engine &m_engine;
};

} // namespace Aktenwerk::Dms
