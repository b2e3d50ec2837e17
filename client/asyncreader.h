#pragma once

#include "dms/engine.h"
#include "dms/store/sqlite.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>

namespace Aktenwerk::Client {

/**
 * Runs read queries off the GUI thread, each on a fresh read-only connection, and hands the
 * result back on the GUI thread to @p context (dropped if the context is gone by then).
 */
class AsyncReader : public QObject
{
    Q_OBJECT
public:
    explicit AsyncReader(QObject *parent = nullptr);
    ~AsyncReader() override;

    void setEngine(Dms::Engine *engine) { m_engine = engine; }
    Dms::Engine *engine() const { return m_engine; }

    template<typename T>
    void run(QObject *context, std::function<Model::Result<T>(Dms::Database &)> query,
             std::function<void(const Model::Result<T> &)> done)
    {
        Dms::Engine *engine = m_engine;
        if (!engine)
            return;
        auto *watcher = new QFutureWatcher<Model::Result<T>>(context);
        connect(watcher, &QFutureWatcher<Model::Result<T>>::finished, context, [watcher, done] {
            done(watcher->result());
            watcher->deleteLater();
        });
        watcher->setFuture(QtConcurrent::run(&m_pool, [engine, query]() -> Model::Result<T> {
            auto db = engine->openReader();
            if (!db)
                return std::unexpected(db.error());
            return query(*db);
        }));
    }

    /** Waits for running queries (tests, shutdown). */
    void waitForDone() { m_pool.waitForDone(); }

private:
    QPointer<Dms::Engine> m_engine;
    QThreadPool m_pool;
};

} // namespace Aktenwerk::Client
