#include "client/breadcrumb.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Aktenwerk::Client {

Breadcrumb::Breadcrumb(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("breadcrumb"));
    setAccessibleName(tr("Location"));
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->setSpacing(2);
    m_layout->addStretch();
}

void Breadcrumb::setParts(const QStringList &parts)
{
    m_parts = parts;
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (int i = 0; i < parts.size(); ++i) {
        if (i > 0) {
            auto *sep = new QLabel(QStringLiteral("›"), this);
            sep->setAccessibleName(QString());
            m_layout->addWidget(sep);
        }
        auto *button = new QToolButton(this);
        button->setText(parts.at(i));
        button->setAutoRaise(true);
        button->setAccessibleName(tr("Go to %1").arg(parts.at(i)));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT partActivated(i); });
        m_layout->addWidget(button);
    }
    m_layout->addStretch();
}

} // namespace Aktenwerk::Client
