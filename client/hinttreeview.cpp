#include "client/hinttreeview.h"

#include <QPainter>

namespace Aktenwerk::Client {

HintTreeView::HintTreeView(QWidget *parent)
    : QTreeView(parent)
{ }

void HintTreeView::setEmptyHint(const QString &text)
{
    if (text == m_hint)
        return;
    m_hint = text;
    setAccessibleDescription(text);
    viewport()->update();
}

bool HintTreeView::isShowingHint() const
{
    return !m_hint.isEmpty() && (!model() || model()->rowCount(rootIndex()) == 0);
}

void HintTreeView::paintEvent(QPaintEvent *event)
{
    QTreeView::paintEvent(event);
    if (!isShowingHint())
        return;
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const int margin = 2 * fontMetrics().averageCharWidth();
    p.drawText(viewport()->rect().adjusted(margin, margin * 2, -margin, -margin),
        Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_hint);
}

} // namespace Aktenwerk::Client
