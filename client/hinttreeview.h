#pragma once

#include <QTreeView>

namespace Aktenwerk::Client {

/**
 * A tree view that says something when it is empty: what the list is for and what to do next,
 * instead of a blank area ("The intake is empty. Letters arrive here when …"). The hint is drawn
 * in the palette's placeholder colour and is also the view's accessible description.
 */
class HintTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit HintTreeView(QWidget *parent = nullptr);

    void setEmptyHint(const QString &text);
    QString emptyHint() const { return m_hint; }
    /** The hint is what the view shows now (the model has no rows). */
    bool isShowingHint() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_hint;
};

} // namespace Aktenwerk::Client
