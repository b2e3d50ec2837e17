#pragma once

#include <QFrame>
#include <QList>

class QLabel;
class QPushButton;
class QToolButton;

namespace Aktenwerk::Client {

/** An inline message above the content (as KeePassXC does): errors that do not block work. */
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Positive };

    explicit MessageBanner(QWidget *parent = nullptr);

    /** Shows @p text; buttons added for an earlier message go. */
    void showMessage(const QString &text, Kind kind = Kind::Error);
    /** A button that offers what to do about the message shown; it goes with the message. */
    QPushButton *addButton(const QString &text, const QString &objectName = {});
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    QList<QPushButton *> m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace Aktenwerk::Client
