#include "client/firstrundialog.h"

#include "client/messagebanner.h"
#include "dms/engine.h"
#include "dms/sync/credentials.h"
#include "dms/sync/pg.h"
#include "dms/sync/serveradmin.h"
#include "dms/sync/syncengine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

namespace {

struct ConnectOutcome
{
    std::shared_ptr<Dms::Engine> engine;
    Error error;
    bool keychainStored = false;
};

/** Checks the login, creates the folder bound to the server, stores the password if wanted. */
ConnectOutcome connectFolder(const QString &dataDir, const QString &url, const QString &login, const QString &password,
                             bool remember, QThread *gui)
{
    auto db = Dms::PgConnection::connect(url, login, password);
    if (!db)
        return {nullptr, db.error(), false};
    auto version = Dms::ServerAdmin::schemaVersion(*db);
    if (!version)
        return {nullptr, version.error(), false};
    auto me = db->exec(QStringLiteral("SELECT aktenwerk.my_department()"));
    if (!me)
        return {nullptr, me.error(), false};
    if (me->isNull(0, 0))
        return {nullptr,
                Error{ErrorCode::PermissionDenied,
                      FirstRunDialog::tr("The server knows no Aktenwerk user %1. Ask the administrator.").arg(login), {}},
                false};
    Dms::Engine::Options o;
    o.dataDir = dataDir;
    o.create = true;
    o.login = login;
    auto e = Dms::Engine::open(o);
    if (!e)
        return {nullptr, e.error(), false};
    auto command = Dms::SyncEngine::connectCommand(*db, url, login);
    if (!command)
        return { nullptr, command.error(), false };
    if (auto r = (*e)->apply(*command); !r)
        return {nullptr, r.error(), false};
    const bool stored = remember && Dms::Credentials::store(Dms::Credentials::key(url, login), password).has_value();
    (*e)->moveToThread(gui);
    return {std::shared_ptr<Dms::Engine>(std::move(*e)), {}, stored};
}

} // namespace

FirstRunDialog::FirstRunDialog(const QString &dataDir, QWidget *parent)
    : QDialog(parent)
    , m_dataDir(dataDir)
    , m_local(new QRadioButton(tr("Work &locally on this computer"), this))
    , m_server(new QRadioButton(tr("&Connect to the city's server"), this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_sslmode(new QComboBox(this))
    , m_user(new QLineEdit(this))
    , m_passwordEdit(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keychain"), this))
    , m_start(new QPushButton(tr("&Start"), this))
    , m_banner(new MessageBanner(this))
    , m_serverBox(new QWidget(this))
{
    setWindowTitle(tr("Welcome to Aktenwerk"));
    setObjectName(QStringLiteral("firstRunDialog"));
    auto *intro = new QLabel(tr("How do you want to work? Your files stay on this computer either way; with the "
                                "server they are also shared with your department and available offline."),
                             this);
    intro->setWordWrap(true);

    QSettings settings;
    const QUrl last(settings.value(QStringLiteral("server/url")).toString());
    m_host->setText(last.host().isEmpty() ? QString() : last.host());
    m_host->setPlaceholderText(tr("e.g. akten.stadt.example"));
    m_host->setAccessibleName(tr("Server"));
    m_port->setRange(1, 65535);
    m_port->setValue(last.port(5432));
    m_port->setAccessibleName(tr("Port"));
    m_database->setText(last.path().mid(1).isEmpty() ? QStringLiteral("aktenwerk") : last.path().mid(1));
    m_database->setAccessibleName(tr("Database"));
    // sslmode up to verify-full: the default asks for encryption and checks nothing more; a
    // city network sets verify-full with its own CA.
    for (const char *mode : {"prefer", "require", "verify-ca", "verify-full", "disable"})
        m_sslmode->addItem(QString::fromLatin1(mode));
    m_sslmode->setAccessibleName(tr("Encryption (sslmode)"));
    m_user->setText(settings.value(QStringLiteral("server/user")).toString());
    m_user->setAccessibleName(tr("User name"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setAccessibleName(tr("Password"));
    m_remember->setChecked(Dms::Credentials::keychainReachable());
    m_remember->setEnabled(Dms::Credentials::keychainReachable());
    if (!Dms::Credentials::keychainReachable())
        m_remember->setToolTip(tr("No keychain is available: the password will be asked at each start."));

    auto *form = new QFormLayout(m_serverBox);
    form->addRow(tr("Se&rver:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Encryption:"), m_sslmode);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_local);
    layout->addWidget(m_server);
    layout->addWidget(m_serverBox);
    layout->addWidget(buttons);
    m_local->setChecked(true);
    connect(m_local, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateEnabled();
}

bool FirstRunDialog::connectsToServer() const
{
    return m_server->isChecked();
}

QString FirstRunDialog::serverUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    url.setQuery(QStringLiteral("sslmode=") + m_sslmode->currentText());
    return url.toString();
}

void FirstRunDialog::updateEnabled()
{
    m_serverBox->setEnabled(m_server->isChecked() && !m_busy);
    m_start->setText(m_server->isChecked() ? tr("&Connect") : tr("&Start"));
}

void FirstRunDialog::start()
{
    if (m_busy)
        return;
    if (!m_server->isChecked()) {
        accept();
        return;
    }
    if (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty() || m_passwordEdit->text().isEmpty()) {
        m_banner->showMessage(tr("Enter the server, your user name and your password."));
        return;
    }
    m_busy = true;
    m_banner->showMessage(tr("Checking the login on the server…"), MessageBanner::Kind::Information);
    m_start->setEnabled(false);
    updateEnabled();
    const QString url = serverUrl();
    const QString login = m_user->text().trimmed();
    const QString password = m_passwordEdit->text();
    const bool remember = m_remember->isChecked();
    auto *watcher = new QFutureWatcher<ConnectOutcome>(this);
    connect(watcher, &QFutureWatcher<ConnectOutcome>::finished, this, [this, watcher, url, login, password] {
        const ConnectOutcome o = watcher->result();
        watcher->deleteLater();
        m_busy = false;
        m_start->setEnabled(true);
        updateEnabled();
        if (!o.engine) {
            m_banner->showMessage(o.error.message);
            return;
        }
        QSettings settings;
        settings.setValue(QStringLiteral("server/url"), url);
        settings.setValue(QStringLiteral("server/user"), login);
        m_engine = o.engine;
        m_password = password;
        m_keychainStored = o.keychainStored;
        m_passwordEdit->clear();
        accept();
    });
    watcher->setFuture(QtConcurrent::run(connectFolder, m_dataDir, url, login, password, remember, thread()));
}

} // namespace Aktenwerk::Client
