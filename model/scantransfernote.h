#pragma once

#include "model/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QUuid>

namespace Aktenwerk::Model {

/**
 * The transfer note (Transfervermerk) of BSI TR-03138 (TR-RESISCAN) for one scan product: who
 * scanned what on which device with which settings, when it was captured, checked and filed,
 * how the quality check went, and the SHA-256 of the stored product (the PDF). It is bound to
 * the document by its UUID and stored with it; verify() tells whether the product still matches.
 *
 * The canonical JSON form is what gets stored and hashed: keys in a fixed (sorted) order, times
 * in UTC with milliseconds, no whitespace, so the same note always gives the same bytes.
 */
struct ScanTransferNote
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Model::ScanTransferNote)
public:
    static constexpr int formatVersion = 1;

    QUuid id;
    QUuid documentId;
    QString deviceName;   ///< SANE name and model, e.g. "test:0 (Noname frontend-tester)"
    QString source;       ///< flatbed, adf, duplex
    QString mode;         ///< color, gray, bw
    int resolutionDpi = 0;
    QString scannedBy;    ///< the user who scanned (login name)
    QDateTime capturedAt; ///< the scan
    QDateTime checkedAt;  ///< the quality check
    QDateTime filedAt;    ///< stored as a document
    int pageCount = 0;
    QString qualityCheckText; ///< what was checked and found
    bool qualityCheckPassed = false;
    QByteArray productSha256; ///< lower-case hex, 64 characters

    /** Canonical JSON (stable key order, UTC times with milliseconds, compact). */
    QByteArray toCanonicalJson() const;
    /** Reads a note; fails with a clear message on malformed JSON, missing or invalid fields. */
    static Result<ScanTransferNote> parse(const QByteArray &json);
    /**
     * What does not match between the note and the product as stored now: one translated line
     * per mismatch (hash, page count); empty when everything matches.
     */
    QStringList verify(const QByteArray &productSha256Hex, int actualPageCount) const;
    /** Empty when the note is complete and consistent; otherwise what is wrong (translated). */
    QStringList problems() const;
};

} // namespace Aktenwerk::Model
