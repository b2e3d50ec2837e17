#include "dms/versions/workingcopywatcher.h"

#include "dms/versions/checkouts.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Dms {

WorkingCopyWatcher::WorkingCopyWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &WorkingCopyWatcher::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &WorkingCopyWatcher::onPathChanged);
    connect(&m_settle, &QTimer::timeout, this, &WorkingCopyWatcher::check);
}

void WorkingCopyWatcher::watch(const QUuid &documentId, const QString &path, const QString &baseSha256)
{
    unwatch(documentId);
    m_copies.insert(documentId, Copy{path, baseSha256, baseSha256});
    m_watcher.addPath(QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path))
        m_watcher.addPath(path);
}

void WorkingCopyWatcher::unwatch(const QUuid &documentId)
{
    const auto it = m_copies.constFind(documentId);
    if (it == m_copies.cend())
        return;
    m_watcher.removePath(it->path);
    m_watcher.removePath(QFileInfo(it->path).absolutePath());
    m_dirty.remove(documentId);
    m_copies.erase(it);
}

void WorkingCopyWatcher::onPathChanged(const QString &path)
{
    for (auto it = m_copies.cbegin(); it != m_copies.cend(); ++it) {
        if (it->path == path || QFileInfo(it->path).absolutePath() == path)
            m_dirty.insert(it.key());
    }
    if (!m_dirty.isEmpty())
        m_settle.start(m_settleMs);
}

void WorkingCopyWatcher::check()
{
    const QSet<QUuid> dirty = std::exchange(m_dirty, {});
    for (const QUuid &id : dirty) {
        auto it = m_copies.find(id);
        if (it == m_copies.end())
            continue;
        // Renamed over: the watch on the old file is gone; watch the new one.
        if (QFileInfo::exists(it->path) && !m_watcher.files().contains(it->path))
            m_watcher.addPath(it->path);
        if (m_hashing.contains(id))
            m_hashAgain.insert(id);
        else
            startHash(id);
    }
}

void WorkingCopyWatcher::startHash(const QUuid &documentId)
{
    const QString path = m_copies.value(documentId).path;
    m_hashing.insert(documentId);
    // The pool's thread hashes; the watcher (a child: gone with this object) reports back here.
    auto *done = new QFutureWatcher<QString>(this);
    connect(done, &QFutureWatcher<QString>::finished, this, [this, done, documentId, path] {
        const QString sha = done->result();
        done->deleteLater();
        onHashed(documentId, path, sha);
    });
    done->setFuture(QtConcurrent::run([path] {
        auto sha = CheckOuts::hashFile(path);
        return sha ? *sha : QString();
    }));
}

void WorkingCopyWatcher::onHashed(const QUuid &documentId, const QString &path, const QString &sha256)
{
    m_hashing.remove(documentId);
    if (m_hashAgain.remove(documentId) && m_copies.contains(documentId)) {
        startHash(documentId);
        return;
    }
    auto it = m_copies.find(documentId);
    if (it == m_copies.end() || it->path != path)
        return; // no longer watched (checked in, cancelled) or watched anew
    if (sha256.isEmpty() || sha256 == it->lastSha256)
        return; // between a delete and a rename (the folder event of the rename follows), or no change
    it->lastSha256 = sha256;
    if (sha256 == it->baseSha256)
        Q_EMIT savedUnchanged(documentId, path);
    else
        Q_EMIT savedChanged(documentId, path, sha256);
}

} // namespace Aktenwerk::Dms
