#pragma once

#include "model/error.h"
#include "model/filinghints.h"

#include <QList>
#include <QUuid>

namespace Aktenwerk::Dms {

class Database;

/** An existing, open file or case that a letter's text names by its reference. */
struct FilingTarget
{
    QString entityType; ///< "case" or "file"
    QUuid id;
    QString reference;
    QString title;
};

/**
 * Filing help for incoming mail (TR-RESISCAN's scans, imported letters): the hints in the
 * text (Model::FilingHints) with the references resolved against this client's files and
 * cases — only open ones the user can see here, cases before files. A proposal, never applied
 * on its own: the clerk confirms the target in the file-into-case dialog.
 */
struct FilingProposal
{
    Model::FilingHints hints;
    QList<FilingTarget> targets;

    /** With the reference templates of this data folder (settings reference.*_template). */
    static Model::Result<FilingProposal> forText(Database &db, const QString &text, const QDate &today);
    /** From the text found in the document's current version (empty when none was read). */
    static Model::Result<FilingProposal> forDocument(Database &db, const QUuid &documentId, const QDate &today);
};

} // namespace Aktenwerk::Dms
