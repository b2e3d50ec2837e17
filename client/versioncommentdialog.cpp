#include "client/versioncommentdialog.h"

#include "client/messagebanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

VersionCommentDialog::VersionCommentDialog(
    const QString &title, const QString &question, const QString &okText, Action action, QWidget *parent)
    : QDialog(parent)
    , m_action(std::move(action))
    , m_banner(new MessageBanner(this))
    , m_question(new QLabel(question, this))
    , m_comment(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setObjectName(QStringLiteral("versionCommentDialog"));
    m_question->setWordWrap(true);
    m_comment->setObjectName(QStringLiteral("versionComment"));
    m_comment->setAccessibleName(tr("Comment for the new version"));
    m_comment->setPlaceholderText(tr("optional: what changed and why"));
    m_comment->setMaxLength(1000);
    auto *form = new QFormLayout;
    form->addRow(tr("&Comment:"), m_comment);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(okText);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(okText);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VersionCommentDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

void VersionCommentDialog::run()
{
    if (m_running)
        return;
    m_banner->hide();
    m_running = true;
    m_buttons->setEnabled(false);
    using Watcher = QFutureWatcher<Model::Result<QString>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher] {
        const auto r = watcher->result();
        watcher->deleteLater();
        m_running = false;
        m_buttons->setEnabled(true);
        if (!r) {
            m_banner->showMessage(r.error().message);
            return;
        }
        Q_EMIT succeeded(*r);
        accept();
    });
    watcher->setFuture(m_action(m_comment->text().trimmed()));
}

} // namespace Aktenwerk::Client
