#include "client/messagebanner.h"

#include "client/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

namespace Aktenwerk::Client {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_label, 1);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close message"));
    m_close->setAccessibleName(tr("Close message"));
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBanner::showMessage(const QString &text, Kind kind)
{
    for (QPushButton *b : std::as_const(m_buttons))
        b->deleteLater();
    m_buttons.clear();
    m_kind = kind;
    m_label->setText(text);
    setAccessibleName(text);
    // Tints that suit the theme in use (light, dark or high contrast).
    const Theme::Tone tone = kind == Kind::Error ? Theme::Tone::Error
        : kind == Kind::Warning                  ? Theme::Tone::Warning
        : kind == Kind::Information              ? Theme::Tone::Information
                                                 : Theme::Tone::Positive;
    const QPalette p = palette();
    const QString colours
        = QStringLiteral("background:%1; color:%2; border:1px solid %3;")
              .arg(Theme::background(tone, p).name(), Theme::textOn(tone, p).name(), Theme::border(tone, p).name());
    setStyleSheet(QStringLiteral("#messageBanner { %1 border-radius: 3px; } #messageBanner QLabel { %2 border: none; }")
                      .arg(colours, colours.section(QLatin1Char(';'), 1, 1) + QLatin1Char(';')));
    show();
}

QPushButton *MessageBanner::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    auto *box = static_cast<QHBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_close), button);
    button->show();
    m_buttons << button;
    return button;
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace Aktenwerk::Client
