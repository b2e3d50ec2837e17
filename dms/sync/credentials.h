#pragma once

#include "model/error.h"

#include <QCoreApplication>
#include <QString>

namespace Aktenwerk::Dms {

/**
 * Passwords for the central repository, in the operating system's keychain (QtKeychain:
 * Secret Service on GNOME, KWallet on KDE) and nowhere else. When no keychain answers, callers
 * ask the user each time; QtKeychain's plain-text fallback is never used.
 *
 * These calls block until the keychain answers (they run a local event loop): use them from
 * the CLI or a worker thread, never from the GUI thread.
 */
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Aktenwerk::Dms::Credentials)
public:
    /** The keychain entry name for a login on a server ("kmeier@db.stadt.example:5432/akten"). */
    static QString key(const QString &serverUrl, const QString &login);
    /** False without a session bus (as on a server without a desktop): do not even try. */
    static bool keychainReachable();
    static Model::Status store(const QString &key, const QString &password);
    static Model::Result<QString> load(const QString &key);
    static Model::Status remove(const QString &key);
};

} // namespace Aktenwerk::Dms
