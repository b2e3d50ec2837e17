#include "dms/versions/workingcopywatcher.h"

#include "dms/versions/checkouts.h"

#include <QFileInfo>

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
        auto sha = CheckOuts::hashFile(it->path);
        if (!sha)
            continue; // between a delete and a rename: the folder event of the rename follows
        if (*sha == it->lastSha256)
            continue;
        it->lastSha256 = *sha;
        if (*sha == it->baseSha256)
            Q_EMIT savedUnchanged(id, it->path);
        else
            Q_EMIT savedChanged(id, it->path, *sha);
    }
}

} // namespace Aktenwerk::Dms
