#pragma once

#include <QPushButton>

namespace Aktenwerk::Client {

/**
 * The intake (Posteingang) in the left column: always there, reachable with the keyboard,
 * showing how many documents wait to be filed. Checked, the intake list is shown. Files and
 * folders dropped onto it are imported into the intake.
 */
class IntakeEntry : public QPushButton
{
    Q_OBJECT
public:
    explicit IntakeEntry(QWidget *parent = nullptr);

    /** -1: not known yet. */
    void setCount(int count);
    int count() const { return m_count; }

Q_SIGNALS:
    void filesDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    int m_count = -1;
};

} // namespace Aktenwerk::Client
