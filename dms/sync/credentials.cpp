#include "dms/sync/credentials.h"

#include <QEventLoop>
#include <QTimer>
#include <QUrl>

#include <qt6keychain/keychain.h>

namespace Aktenwerk::Dms {

using namespace Model;

namespace {

const QString kService = QStringLiteral("Aktenwerk");

/** Runs a keychain job to its end, with a time limit (a locked keyring must not hang us). */
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

QString Credentials::key(const QString &serverUrl, const QString &login)
{
    const QUrl url(serverUrl);
    if (url.isValid() && !url.host().isEmpty())
        return login + QLatin1Char('@') + url.host() + QLatin1Char(':') + QString::number(url.port(5432)) + url.path();
    return login + QLatin1Char('@') + serverUrl;
}

bool Credentials::keychainReachable()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

Status Credentials::store(const QString &key, const QString &password)
{
    if (!keychainReachable())
        return fail(ErrorCode::Unavailable, tr("No keychain is available: the password will be asked each time."));
    QKeychain::WritePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    job.setTextData(password);
    if (!runJob(job))
        return fail(ErrorCode::Unavailable, tr("The keychain did not answer: the password will be asked each time."));
    if (job.error() != QKeychain::NoError)
        return fail(ErrorCode::Unavailable, tr("The keychain refused the password: it will be asked each time."),
                    job.errorString());
    return {};
}

Result<QString> Credentials::load(const QString &key)
{
    if (!keychainReachable())
        return fail(ErrorCode::Unavailable, tr("No keychain is available: enter the password."));
    QKeychain::ReadPasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    if (!runJob(job))
        return fail(ErrorCode::Unavailable, tr("The keychain did not answer: enter the password."));
    if (job.error() == QKeychain::EntryNotFound)
        return fail(ErrorCode::NotFound, tr("No password is stored for %1.").arg(key));
    if (job.error() != QKeychain::NoError)
        return fail(ErrorCode::Unavailable, tr("The keychain could not be read: enter the password."), job.errorString());
    return job.textData();
}

Status Credentials::remove(const QString &key)
{
    if (!keychainReachable())
        return {};
    QKeychain::DeletePasswordJob job(kService);
    job.setInsecureFallback(false);
    job.setKey(key);
    runJob(job);
    return {};
}

} // namespace Aktenwerk::Dms
