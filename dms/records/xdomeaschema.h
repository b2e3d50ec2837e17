#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Aktenwerk::Dms {

using Model::Error;
using Model::ErrorCode;
using Model::fail;
using Model::Result;
using Model::Status;

/**
 * The official xdomea 3.1.0 schema at run time (libxml2), shipped with the program as Qt
 * resources together with the XÖV code-list schema it imports and a catalog that maps the
 * import's official address to that copy: validation never touches the network or any file
 * outside the shipped schemas.
 *
 * Messages are read the way untrusted XML must be: streamed (a message of any size is never
 * held whole), no DTD accepted (so no entity of any kind, external or expanding), no network,
 * UTF-8 only — the encoding xdomea prescribes.
 */
class XdomeaSchema
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::XdomeaSchema)
public:
    /** A schema violation or parse error: where, and libxml2's message. */
    struct Issue
    {
        int line = 0;
        QString message;
    };
    struct Report
    {
        QString rootElement; ///< local name of the root ("Aussonderung.Anbieteverzeichnis.0501")
        QList<Issue> issues; ///< empty: valid
        bool valid() const { return issues.isEmpty(); }
    };

    /**
     * Checks the message in @p path against the schema. An error only when the file cannot be
     * read or the schema cannot be loaded; a message that breaks the schema, names a DTD or is
     * not UTF-8 gives a report with its issues (at most @p maxIssues).
     */
    static Result<Report> validateFile(const QString &path, int maxIssues = 20);
    /** The same for a message in memory (tests, small messages). */
    static Result<Report> validate(const QByteArray &xml, int maxIssues = 20);

    /** Issues as lines for the user ("Zeile 12: …"), at most @p max. */
    static QString describe(const Report &report, int max = 5);

    /** Where the shipped schemas are kept (a Qt resource folder). */
    static QString schemaRoot();
};

} // namespace Aktenwerk::Dms
