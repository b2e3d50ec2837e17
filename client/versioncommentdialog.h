#pragma once

#include "model/error.h"

#include <QDialog>
#include <QFuture>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Aktenwerk::Client {

class MessageBanner;

/**
 * Asks for a version comment and runs one version action with it (check-in, restore) off the
 * GUI thread. As in CommandDialog, an error stays in the open dialog with the comment the clerk
 * typed; success closes it and hands the action's message to finished().
 */
class VersionCommentDialog : public QDialog
{
    Q_OBJECT
public:
    /** Runs the action with the comment; its result is the message for the clerk once done. */
    using Action = std::function<QFuture<Model::Result<QString>>(const QString &comment)>;

    VersionCommentDialog(
        const QString &title, const QString &question, const QString &okText, Action action, QWidget *parent);

    QLineEdit *commentField() const { return m_comment; }
    MessageBanner *banner() const { return m_banner; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void succeeded(const QString &message);

private:
    void run();

    Action m_action;
    MessageBanner *m_banner;
    QLabel *m_question;
    QLineEdit *m_comment;
    QDialogButtonBox *m_buttons;
    bool m_running = false;
};

} // namespace Aktenwerk::Client
