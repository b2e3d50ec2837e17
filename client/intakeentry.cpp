#include "client/intakeentry.h"

#include "client/intakemodel.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QStyle>

namespace Aktenwerk::Client {

IntakeEntry::IntakeEntry(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(QStringLiteral("intakeEntry"));
    setCheckable(true);
    setFlat(true);
    setAcceptDrops(true);
    setFocusPolicy(Qt::StrongFocus);
    setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    setStyleSheet(QStringLiteral("text-align: left; padding: 4px;"));
    updateText();
}

void IntakeEntry::setCount(int count)
{
    m_count = count;
    updateText();
}

void IntakeEntry::updateText()
{
    setText(m_count < 0 ? tr("&Intake") : tr("&Intake (%1)").arg(m_count));
    setAccessibleName(tr("Intake"));
    setAccessibleDescription(m_count < 0 ? tr("Documents not yet filed in a case")
                                         : tr("%n document(s) not yet filed in a case", nullptr, m_count));
    setToolTip(tr("Incoming documents not yet filed (Posteingang). Drop files or folders here to import them."));
}

void IntakeEntry::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPathsOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void IntakeEntry::dragMoveEvent(QDragMoveEvent *event)
{
    if (!localPathsOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        event->ignore();
}

void IntakeEntry::dropEvent(QDropEvent *event)
{
    const QStringList paths = localPathsOf(event->mimeData());
    if (paths.isEmpty()) {
        event->ignore();
        return;
    }
    event->setDropAction(Qt::CopyAction);
    event->accept();
    Q_EMIT filesDropped(paths);
}

void IntakeEntry::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QPushButton::changeEvent(event);
}

} // namespace Aktenwerk::Client
