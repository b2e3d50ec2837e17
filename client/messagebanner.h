#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Aktenwerk::Client {

/** An inline message above the content (as KeePassXC does): errors that do not block work. */
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Error, Warning, Information, Positive };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(const QString &text, Kind kind = Kind::Error);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_close;
    Kind m_kind = Kind::Information;
};

} // namespace Aktenwerk::Client
