#pragma once

#include <QLayout>
#include <QList>

namespace Aktenwerk::Client {

/**
 * Lays its widgets out left to right and continues on the next line when the width runs out:
 * a row of buttons in a narrow pane wraps instead of being cut off.
 */
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    /** Places the items in @p rect (or only measures, @p apply false); returns the height used. */
    int place(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_spacing;
};

} // namespace Aktenwerk::Client
