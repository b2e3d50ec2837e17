#pragma once

#include "model/error.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class MessageBanner;

/**
 * The first start on a new data folder: work locally, or connect to the city's server with a
 * login. Connecting checks the login on the server (off the GUI thread) before anything is
 * stored; the password goes to the keychain if the clerk wants and one is available.
 */
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(const QString &dataDir, QWidget *parent);

    bool connectsToServer() const;
    /** After acceptance with a server: the open engine of the new, connected folder. */
    std::shared_ptr<Dms::Engine> engine() const { return m_engine; }
    /** The password that worked (kept in memory for this session only). */
    QString password() const { return m_password; }
    bool keychainStored() const { return m_keychainStored; }
    QString serverUrl() const;

    QRadioButton *localChoice() const { return m_local; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portEdit() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_passwordEdit; }
    QPushButton *startButton() const { return m_start; }
    MessageBanner *banner() const { return m_banner; }

private:
    void start();
    void updateEnabled();

    QString m_dataDir;
    QRadioButton *m_local;
    QRadioButton *m_server;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QComboBox *m_sslmode;
    QLineEdit *m_user;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_remember;
    QPushButton *m_start;
    MessageBanner *m_banner;
    QWidget *m_serverBox;
    std::shared_ptr<Dms::Engine> m_engine;
    QString m_password;
    bool m_keychainStored = false;
    bool m_busy = false;
};

} // namespace Aktenwerk::Client
