#pragma once

#include "dms/command.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QVBoxLayout;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class MessageBanner;

/**
 * A dialog that ends in one engine command. OK validates the input inline; only valid input
 * is submitted, off the GUI thread. An error from the engine stays in the open dialog, so
 * nothing the clerk typed is lost; success closes it.
 */
class CommandDialog : public QDialog
{
    Q_OBJECT
public:
    CommandDialog(Dms::Engine *engine, QWidget *parent);

    /** What the engine returned once the dialog was accepted. */
    const Dms::CommandResult &result() const { return m_result; }
    MessageBanner *banner() const { return m_banner; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    bool isSubmitting() const { return m_submitting; }
    /** Cancel or Escape: with something typed in, asks before it is thrown away. */
    void reject() override;

protected:
    /** Whether the clerk typed or chose something that cancelling would throw away. */
    virtual bool hasInput() const { return false; }
    /** Checks the input and shows problems inline; nullopt keeps the dialog open. */
    virtual std::optional<Dms::Command> buildCommand() = 0;
    QVBoxLayout *contentLayout() const { return m_content; }

private:
    void submit();

    Dms::Engine *m_engine;
    MessageBanner *m_banner;
    QVBoxLayout *m_content;
    QDialogButtonBox *m_buttons;
    Dms::CommandResult m_result;
    bool m_submitting = false;
};

} // namespace Aktenwerk::Client
