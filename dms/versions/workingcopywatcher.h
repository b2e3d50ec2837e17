#pragma once

#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>
#include <QUuid>

namespace Aktenwerk::Dms {

/**
 * Notices when the clerk's program saves a working copy.
 *
 * Editors save in two ways: writing the file in place, or writing a new file and renaming it
 * over the old one (LibreOffice, vim, most "safe save" implementations). A watch on the file
 * alone loses track after a rename, so the watcher also watches the working copy's folder and
 * re-adds the file whenever it appears again. Several events of one save are gathered for
 * @c settleMs; then the file is hashed, and savedChanged() is emitted only when the content
 * differs from what was checked out and from the last content reported — a save without a
 * change is no change.
 */
class WorkingCopyWatcher : public QObject
{
    Q_OBJECT
public:
    explicit WorkingCopyWatcher(QObject *parent = nullptr);

    /** Starts watching @p path, checked out with content @p baseSha256. */
    void watch(const QUuid &documentId, const QString &path, const QString &baseSha256);
    void unwatch(const QUuid &documentId);
    bool isWatching(const QUuid &documentId) const { return m_copies.contains(documentId); }
    /** Milliseconds a save may take before its content is looked at (default 400). */
    void setSettleTime(int ms) { m_settleMs = ms; }

Q_SIGNALS:
    /** The working copy now holds content @p sha256, different from the checked-out version. */
    void savedChanged(const QUuid &documentId, const QString &path, const QString &sha256);
    /** The working copy was saved back to the checked-out content. */
    void savedUnchanged(const QUuid &documentId, const QString &path);

private:
    struct Copy
    {
        QString path;
        QString baseSha256;
        QString lastSha256; ///< last content seen (starts as the base)
    };
    void onPathChanged(const QString &path);
    void check();
    /** Hashes the working copy off this thread; the answer comes back to onHashed(). */
    void startHash(const QUuid &documentId);
    void onHashed(const QUuid &documentId, const QString &path, const QString &sha256);

    QFileSystemWatcher m_watcher;
    QHash<QUuid, Copy> m_copies;
    QSet<QUuid> m_dirty;
    QSet<QUuid> m_hashing;    ///< a hash of the copy is being computed
    QSet<QUuid> m_hashAgain;  ///< it changed again meanwhile: hash once more afterwards
    QTimer m_settle;
    int m_settleMs = 400;
};

} // namespace Aktenwerk::Dms
