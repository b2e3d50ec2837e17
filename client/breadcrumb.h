#pragma once

#include <QWidget>

class QHBoxLayout;
class QToolButton;

namespace Aktenwerk::Client {

/** "63.01.02 › 63.01.02-0001/2026 › …-001 › Bauantrag": where the selection is; each part is a button. */
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit Breadcrumb(QWidget *parent = nullptr);
    void setParts(const QStringList &parts);
    QStringList parts() const { return m_parts; }
    /** What each part shows now: elided in the middle when the whole path does not fit. */
    QStringList shownParts() const;

Q_SIGNALS:
    void partActivated(int level);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    /** Fits the parts into the width: short parts stay whole, long ones share what is left. */
    void elide();

    QHBoxLayout *m_layout;
    QStringList m_parts;
    QList<QToolButton *> m_buttons;
};

} // namespace Aktenwerk::Client
