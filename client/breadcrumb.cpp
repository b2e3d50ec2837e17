#include "client/breadcrumb.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QToolButton>

#include <algorithm>

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
    m_buttons.clear();
    setToolTip(parts.join(QStringLiteral(" › ")));
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
        button->setToolTip(parts.at(i));
        connect(button, &QToolButton::clicked, this, [this, i] { Q_EMIT partActivated(i); });
        m_layout->addWidget(button);
        m_buttons << button;
    }
    m_layout->addStretch();
    elide();
}

QStringList Breadcrumb::shownParts() const
{
    QStringList out;
    for (const QToolButton *b : m_buttons)
        out << QString(b->text()).replace(QStringLiteral("&&"), QStringLiteral("&"));
    return out;
}

void Breadcrumb::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    elide();
}

void Breadcrumb::elide()
{
    if (m_buttons.isEmpty())
        return;
    const QFontMetrics fm(m_buttons.first()->font());
    // What the path may take: the width without margins, spacing, separators and the buttons'
    // own padding.
    const QMargins margins = m_layout->contentsMargins();
    int available = width() - margins.left() - margins.right();
    available -= m_layout->spacing() * (2 * static_cast<int>(m_buttons.size()));
    available -= (static_cast<int>(m_buttons.size()) - 1) * fm.horizontalAdvance(QStringLiteral("›"));
    m_buttons.first()->setText(m_parts.first());
    const int padding = m_buttons.first()->sizeHint().width() - fm.horizontalAdvance(m_parts.first());
    available -= padding * static_cast<int>(m_buttons.size());

    QList<int> widths;
    for (const QString &p : std::as_const(m_parts))
        widths << fm.horizontalAdvance(p);
    // Parts narrower than a fair share keep all of their text; the others share the rest.
    QList<int> budget = widths;
    QList<bool> fixed(widths.size(), false);
    int left = std::max(0, available);
    int open = static_cast<int>(widths.size());
    bool changed = true;
    while (changed && open > 0) {
        changed = false;
        const int share = left / open;
        for (qsizetype i = 0; i < widths.size(); ++i) {
            if (!fixed.at(i) && widths.at(i) <= share) {
                fixed[i] = true;
                left -= widths.at(i);
                --open;
                changed = true;
            }
        }
    }
    const int share = open > 0 ? left / open : 0;
    const int least = fm.horizontalAdvance(QStringLiteral("M…M"));
    for (qsizetype i = 0; i < m_buttons.size(); ++i) {
        if (!fixed.at(i))
            budget[i] = std::max(least, share);
        QString shown = fm.elidedText(m_parts.at(i), Qt::ElideMiddle, budget.at(i));
        m_buttons.at(i)->setText(shown.replace(QLatin1Char('&'), QStringLiteral("&&"))); // no mnemonic
    }
}

} // namespace Aktenwerk::Client
