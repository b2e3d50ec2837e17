#pragma once

#include <QWidget>

class QHBoxLayout;

namespace Aktenwerk::Client {

/** "63.01.02 › 63.01.02-0001/2026 › …-001 › Bauantrag": where the selection is; each part is a button. */
class Breadcrumb : public QWidget
{
    Q_OBJECT
public:
    explicit Breadcrumb(QWidget *parent = nullptr);
    void setParts(const QStringList &parts);
    QStringList parts() const { return m_parts; }

Q_SIGNALS:
    void partActivated(int level);

private:
    QHBoxLayout *m_layout;
    QStringList m_parts;
};

} // namespace Aktenwerk::Client
