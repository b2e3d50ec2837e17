#include "client/commanddialog.h"

#include "client/messagebanner.h"
#include "dms/engine.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

CommandDialog::CommandDialog(Dms::Engine *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_banner(new MessageBanner(this))
    , m_content(new QVBoxLayout)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CommandDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CommandDialog::reject()
{
    if (m_submitting)
        return; // the command is on its way: its answer closes the dialog or shows the error
    if (hasInput()) {
        QMessageBox box(
            QMessageBox::Question, windowTitle(), tr("Discard what you entered?"), QMessageBox::NoButton, this);
        box.setInformativeText(tr("Nothing has been created yet."));
        box.addButton(QMessageBox::Discard)->setText(tr("&Discard"));
        box.addButton(QMessageBox::Cancel)->setText(tr("&Keep editing"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.setEscapeButton(QMessageBox::Cancel);
        box.setObjectName(QStringLiteral("discardInput"));
        if (box.exec() != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void CommandDialog::submit()
{
    if (m_submitting)
        return;
    m_banner->hide();
    const auto command = buildCommand();
    if (!command)
        return;
    if (!m_engine || m_engine->isReadOnly()) {
        m_banner->showMessage(tr("The data folder is open read-only: nothing can be created."));
        return;
    }
    m_submitting = true;
    m_buttons->setEnabled(false);
    using Watcher = QFutureWatcher<Model::Result<QList<Dms::CommandResult>>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher] {
        const auto r = watcher->result();
        watcher->deleteLater();
        m_submitting = false;
        m_buttons->setEnabled(true);
        if (!r) {
            m_banner->showMessage(r.error().message);
            return;
        }
        m_result = r->first();
        accept();
    });
    watcher->setFuture(m_engine->submit({*command}));
}

} // namespace Aktenwerk::Client
