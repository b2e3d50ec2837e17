#include "client/documentviewer.h"

#include "client/messagebanner.h"
#include "dms/capture/renderprotocol.h"
#include "dms/search/germantext.h"
#include "dms/store/contentstore.h"

#include <QAction>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace Aktenwerk::Client {

namespace {

constexpr int thumbnailWidth = 96;
constexpr qint64 maxTextPreview = 2 << 20;
constexpr std::array zoomSteps { 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0 };

bool renderable(const QString &mimeType)
{
    return mimeType == QLatin1String("application/pdf") || mimeType == QLatin1String("image/png")
        || mimeType == QLatin1String("image/jpeg") || mimeType == QLatin1String("image/tiff")
        || mimeType == QLatin1String("image/gif") || mimeType == QLatin1String("image/bmp")
        || mimeType == QLatin1String("image/webp");
}

bool plainText(const QString &mimeType)
{
    return mimeType == QLatin1String("text/plain") || mimeType == QLatin1String("text/csv")
        || mimeType == QLatin1String("text/markdown");
}

/** A file name that stays inside the folder it is written to. */
QString safeFileName(const QString &name)
{
    QString n = name;
    n.replace(QRegularExpression(QStringLiteral("[\\x00-\\x1f/\\\\]")), QStringLiteral("_"));
    if (n.isEmpty() || n == QLatin1String(".") || n == QLatin1String(".."))
        n = QStringLiteral("dokument");
    return n;
}

struct TextPreview
{
    QString text;
    bool truncated = false;
    QString error;
};

/** Reads the start of a plain-text file (off the GUI thread): UTF-8, or Latin-1 if it is not. */
TextPreview readTextPreview(const QString &path)
{
    TextPreview t;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        t.error = f.errorString();
        return t;
    }
    const QByteArray data = f.read(maxTextPreview);
    t.truncated = !f.atEnd();
    QStringDecoder utf8(QStringDecoder::Utf8);
    t.text = utf8.decode(data);
    if (utf8.hasError())
        t.text = QString::fromLatin1(data);
    return t;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// PageView

PageView::PageView(RenderClient *client, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_client(client)
{
    setObjectName(QStringLiteral("viewerPages"));
    setAccessibleName(tr("Pages"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(24);
    horizontalScrollBar()->setSingleStep(24);
    connect(client, &RenderClient::pageReady, this, &PageView::pageArrived);
    connect(client, &RenderClient::pageError, this, &PageView::pageFailed);
}

void PageView::reset()
{
    m_images.clear();
    m_errors.clear();
    m_matches.clear();
    m_currentMatch = -1;
    m_lastCurrentPage = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
}

double PageView::fitWidthZoom() const
{
    double widest = 0;
    for (int i = 0; i < m_client->pageCount(); ++i)
        widest = std::max(widest, m_client->pageSize(i).width());
    if (widest <= 0)
        return 1.0;
    const double available = std::max(50, viewport()->width() - 2 * margin);
    return std::clamp(available / (widest * logicalDpiX() / 72.0), zoomSteps.front(), zoomSteps.back());
}

void PageView::setZoom(double zoom)
{
    zoom = std::clamp(zoom, zoomSteps.front(), zoomSteps.back());
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the same spot of the same page at the top of the view.
    const int page = currentPage();
    const QRect before = pageRect(page);
    const double within = before.height() > 0
        ? static_cast<double>(verticalScrollBar()->value() - before.top()) / before.height()
        : 0.0;
    m_zoom = zoom;
    relayout();
    const QRect after = pageRect(page);
    verticalScrollBar()->setValue(after.top() + qRound(within * after.height()));
}

void PageView::relayout()
{
    const double scale = m_zoom * logicalDpiX() / 72.0;
    m_tops.clear();
    m_sizes.clear();
    int y = margin;
    int widest = 0;
    for (int i = 0; i < m_client->pageCount(); ++i) {
        const QSizeF points = m_client->pageSize(i);
        const QSize size(std::max(1, qRound(points.width() * scale)), std::max(1, qRound(points.height() * scale)));
        m_tops << y;
        m_sizes << size;
        y += size.height() + margin;
        widest = std::max(widest, size.width());
    }
    m_contentHeight = y;
    m_contentWidth = widest + 2 * margin;
    verticalScrollBar()->setRange(0, std::max(0, m_contentHeight - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, m_contentWidth - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
    viewport()->update();
}

QRect PageView::pageRect(int page) const
{
    if (page < 0 || page >= m_tops.size())
        return {};
    const QSize size = m_sizes.at(page);
    const int width = std::max(m_contentWidth, viewport()->width());
    return QRect(QPoint((width - size.width()) / 2, m_tops.at(page)), size);
}

int PageView::renderWidth(int page) const
{
    if (page < 0 || page >= m_sizes.size())
        return 0;
    // Beyond what the worker draws (a plan sheet at 400 %), the page is drawn smaller and scaled up.
    const QSizeF size = QSizeF(m_sizes.at(page)) * devicePixelRatioF();
    double factor = std::min(1.0, Dms::RenderProtocol::maxSide / std::max(size.width(), size.height()));
    const double pixels = size.width() * size.height() * factor * factor;
    if (pixels > static_cast<double>(Dms::RenderProtocol::maxPixels))
        factor *= std::sqrt(static_cast<double>(Dms::RenderProtocol::maxPixels) / pixels) * 0.99;
    return std::max(1, static_cast<int>(size.width() * factor));
}

QList<int> PageView::visiblePages() const
{
    QList<int> pages;
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    // The tops are sorted: start at the first page that ends below the top of the view.
    auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), top);
    int i = std::max(0, static_cast<int>(it - m_tops.cbegin()) - 1);
    for (; i < m_tops.size() && m_tops.at(i) < bottom; ++i) {
        if (m_tops.at(i) + m_sizes.at(i).height() >= top)
            pages << i;
    }
    return pages;
}

int PageView::currentPage() const
{
    if (m_tops.isEmpty())
        return 0;
    const int probe = verticalScrollBar()->value() + viewport()->height() / 3;
    auto it = std::upper_bound(m_tops.cbegin(), m_tops.cend(), probe);
    return std::clamp(static_cast<int>(it - m_tops.cbegin()) - 1, 0, static_cast<int>(m_tops.size()) - 1);
}

void PageView::scrollToPage(int page)
{
    if (page < 0 || page >= m_tops.size())
        return;
    verticalScrollBar()->setValue(m_tops.at(page) - margin / 2);
}

void PageView::scrollToMatch(const FindMatch &match)
{
    const QRect page = pageRect(match.page);
    if (page.isEmpty())
        return;
    const int y = page.top() + qRound(match.box.top() * page.height());
    const int x = page.left() + qRound(match.box.left() * page.width());
    const int top = verticalScrollBar()->value();
    if (y < top || y > top + viewport()->height() - 40)
        verticalScrollBar()->setValue(y - viewport()->height() / 3);
    const int left = horizontalScrollBar()->value();
    if (x < left || x > left + viewport()->width() - 40)
        horizontalScrollBar()->setValue(x - viewport()->width() / 3);
}

void PageView::setMatches(const QList<FindMatch> &matches, int current)
{
    m_matches = matches;
    m_currentMatch = current;
    viewport()->update();
}

void PageView::requestVisible()
{
    const QList<int> pages = visiblePages();
    if (pages.isEmpty())
        return;
    // Urgent in reverse, so the top page comes first; then the page after as a prefetch.
    for (auto it = pages.crbegin(); it != pages.crend(); ++it)
        m_client->requestPage(*it, renderWidth(*it), true);
    if (pages.last() + 1 < m_client->pageCount())
        m_client->requestPage(pages.last() + 1, renderWidth(pages.last() + 1));
    // Keep images only near the screen: the cache holds the rest.
    const int from = pages.first() - 3, to = pages.last() + 3;
    for (auto it = m_images.begin(); it != m_images.end();) {
        if (it.key() < from || it.key() > to)
            it = m_images.erase(it);
        else
            ++it;
    }
}

void PageView::pageArrived(int page, int width, const QImage &image)
{
    if (width != renderWidth(page))
        return; // a thumbnail, or an older zoom
    m_images.insert(page, image);
    m_errors.remove(page);
    viewport()->update();
}

void PageView::pageFailed(int page, int width, const QString &reason)
{
    if (width != renderWidth(page))
        return;
    m_errors.insert(page, reason);
    viewport()->update();
}

void PageView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), palette().color(QPalette::Mid));
    const QPoint offset(horizontalScrollBar()->value(), verticalScrollBar()->value());
    p.translate(-offset);
    for (const int page : visiblePages()) {
        const QRect r = pageRect(page);
        p.fillRect(r.adjusted(2, 2, 2, 2), QColor(0, 0, 0, 60)); // a little shadow
        p.fillRect(r, Qt::white);
        const QImage image = m_images.value(page);
        const QImage cached = m_client->cachedPage(page, renderWidth(page));
        if (!cached.isNull())
            p.drawImage(r, cached);
        else if (!image.isNull())
            p.drawImage(r, image); // another zoom, scaled until the right one arrives
        if (const QString error = m_errors.value(page); !error.isEmpty()) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(r.adjusted(16, 16, -16, -16), Qt::AlignCenter | Qt::TextWordWrap, error);
        }
        for (qsizetype i = 0; i < m_matches.size(); ++i) {
            const FindMatch &m = m_matches.at(i);
            if (m.page != page)
                continue;
            const QRectF box(r.left() + m.box.left() * r.width(), r.top() + m.box.top() * r.height(),
                m.box.width() * r.width(), m.box.height() * r.height());
            p.fillRect(
                box.adjusted(-1, -1, 1, 1), i == m_currentMatch ? QColor(255, 140, 0, 140) : QColor(255, 220, 0, 110));
        }
    }
}

void PageView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    relayout();
    Q_EMIT viewportResized();
}

void PageView::scrollContentsBy(int, int)
{
    viewport()->update();
    const int page = currentPage();
    if (page != m_lastCurrentPage) {
        m_lastCurrentPage = page;
        Q_EMIT currentPageChanged(page);
    }
}

// ---------------------------------------------------------------------------------------------
// DocumentViewer

DocumentViewer::DocumentViewer(QWidget *parent)
    : QWidget(parent)
    , m_client(new RenderClient(this))
    , m_banner(new MessageBanner(this))
    , m_versionLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_thumbnails(new QListWidget(this))
    , m_pages(new PageView(m_client, this))
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(this))
    , m_messageOpen(new QPushButton(this))
    , m_text(new QPlainTextEdit(this))
    , m_pageField(new QLineEdit(this))
    , m_pageCount(new QLabel(this))
    , m_zoomLabel(new QLabel(this))
    , m_findField(new QLineEdit(this))
    , m_matchLabel(new QLabel(this))
    , m_findDebounce(new QTimer(this))
{
    setObjectName(QStringLiteral("documentViewer"));
    setAccessibleName(tr("Preview"));
    createActions();

    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("viewerToolBar"));
    bar->setAccessibleName(tr("Preview tools"));
    bar->setIconSize(QSize(16, 16));
    bar->addAction(m_previousPage);
    m_pageField->setObjectName(QStringLiteral("viewerPage"));
    m_pageField->setAccessibleName(tr("Page number"));
    m_pageField->setToolTip(tr("Go to page (Ctrl+G)"));
    m_pageField->setMaximumWidth(50);
    m_pageField->setAlignment(Qt::AlignRight);
    m_pageField->setValidator(new QIntValidator(1, 100000, m_pageField));
    bar->addWidget(m_pageField);
    m_pageCount->setAccessibleName(tr("Page count"));
    bar->addWidget(m_pageCount);
    bar->addAction(m_nextPage);
    bar->addSeparator();
    bar->addAction(m_zoomOut);
    m_zoomLabel->setAccessibleName(tr("Zoom"));
    m_zoomLabel->setMinimumWidth(40);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    bar->addAction(m_zoomIn);
    bar->addAction(m_fitWidth);
    bar->addSeparator();
    m_findField->setObjectName(QStringLiteral("viewerFind"));
    m_findField->setAccessibleName(tr("Find in document"));
    m_findField->setPlaceholderText(tr("Find in document"));
    m_findField->setClearButtonEnabled(true);
    m_findField->setMinimumWidth(120);
    bar->addWidget(m_findField);
    bar->addAction(m_findPrevious);
    bar->addAction(m_findNext);
    m_matchLabel->setObjectName(QStringLiteral("viewerMatches"));
    m_matchLabel->setAccessibleName(tr("Matches"));
    bar->addWidget(m_matchLabel);
    bar->addSeparator();
    bar->addAction(m_openExternally);

    m_thumbnails->setObjectName(QStringLiteral("viewerThumbnails"));
    m_thumbnails->setAccessibleName(tr("Page thumbnails"));
    m_thumbnails->setViewMode(QListView::IconMode);
    m_thumbnails->setFlow(QListView::TopToBottom);
    m_thumbnails->setWrapping(false);
    m_thumbnails->setMovement(QListView::Static);
    m_thumbnails->setResizeMode(QListView::Adjust);
    m_thumbnails->setUniformItemSizes(true);
    m_thumbnails->setIconSize(QSize(thumbnailWidth, thumbnailWidth * 3 / 2));
    m_thumbnails->setSpacing(4);
    m_thumbnails->setFixedWidth(thumbnailWidth + 40);
    m_thumbnails->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *pagesBox = new QSplitter(Qt::Horizontal, this);
    pagesBox->setObjectName(QStringLiteral("viewerSplitter"));
    pagesBox->addWidget(m_thumbnails);
    pagesBox->addWidget(m_pages);
    pagesBox->setStretchFactor(1, 1);
    pagesBox->setChildrenCollapsible(true);

    m_message->setObjectName(QStringLiteral("viewerMessage"));
    m_message->setAccessibleName(tr("Preview message"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_messageOpen->setText(tr("Open with the &default application"));
    m_messageOpen->setAccessibleName(tr("Open with the default application"));
    connect(m_messageOpen, &QPushButton::clicked, this, &DocumentViewer::openExternally);
    auto *messageLayout = new QVBoxLayout(m_messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_messageOpen, 0, Qt::AlignCenter);
    messageLayout->addStretch();

    m_text->setObjectName(QStringLiteral("viewerText"));
    m_text->setAccessibleName(tr("Document text"));
    m_text->setReadOnly(true);

    m_stack->addWidget(pagesBox);
    m_stack->addWidget(m_text);
    m_stack->addWidget(m_messagePage);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(bar);
    m_versionLabel->setObjectName(QStringLiteral("viewerVersion"));
    m_versionLabel->setContentsMargins(6, 0, 6, 0);
    m_versionLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_versionLabel->hide();
    layout->addWidget(m_versionLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    m_banner->hide();

    m_findDebounce->setSingleShot(true);
    m_findDebounce->setInterval(200);
    connect(m_findDebounce, &QTimer::timeout, this, &DocumentViewer::findTextChanged);
    connect(m_findField, &QLineEdit::textEdited, m_findDebounce, qOverload<>(&QTimer::start));
    connect(m_findField, &QLineEdit::returnPressed, this, [this] {
        if (m_findDebounce->isActive()) {
            m_findDebounce->stop();
            findTextChanged();
        }
        findNext();
    });
    connect(m_pageField, &QLineEdit::returnPressed, this, [this] {
        goToPage(m_pageField->text().toInt() - 1);
        m_pages->setFocus();
    });
    connect(m_pages, &PageView::currentPageChanged, this, [this] {
        updatePageField();
        if (QListWidgetItem *item = m_thumbnails->item(m_pages->currentPage())) {
            const QSignalBlocker block(m_thumbnails);
            m_thumbnails->setCurrentItem(item);
            m_thumbnails->scrollToItem(item);
        }
        updateActions();
    });
    connect(m_pages->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_pages->requestVisible();
        requestVisibleThumbnails();
    });
    connect(m_pages, &PageView::viewportResized, this, [this] {
        updateZoom();
        m_pages->requestVisible();
        requestVisibleThumbnails();
    });
    connect(
        m_thumbnails->verticalScrollBar(), &QScrollBar::valueChanged, this, &DocumentViewer::requestVisibleThumbnails);
    connect(m_thumbnails, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentPage())
            goToPage(row);
    });

    connect(m_client, &RenderClient::opened, this, &DocumentViewer::documentOpened);
    connect(m_client, &RenderClient::openFailed, this, &DocumentViewer::showMessage);
    connect(m_client, &RenderClient::pageReady, this, &DocumentViewer::thumbnailArrived);
    connect(m_client, &RenderClient::textReady, this, [this] { recomputeMatches(); });
    connect(m_client, &RenderClient::workerRestarted, this,
        [this](const QString &message) { m_banner->showMessage(message, MessageBanner::Kind::Warning); });

    setMode(Mode::Empty);
    updateZoom();
}

DocumentViewer::~DocumentViewer() = default;

void DocumentViewer::createActions()
{
    // Without an icon theme (a bare desktop, offscreen) the zoom buttons get drawn signs: the
    // style's arrows would say "page up/down", not "larger/smaller".
    auto glyph = [this](const QString &sign) -> QIcon {
        QPixmap pixmap(32, 32);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        QFont f = font();
        f.setPixelSize(26);
        f.setBold(true);
        p.setFont(f);
        p.setPen(palette().color(QPalette::ButtonText));
        p.drawText(pixmap.rect(), Qt::AlignCenter, sign);
        return QIcon(pixmap);
    };
    auto make = [this](const QString &text, const QString &icon, const QIcon &fallback, const QList<QKeySequence> &keys,
                    const char *name) -> QAction * {
        auto *a = new QAction(QIcon::fromTheme(icon, fallback), text, this);
        a->setShortcuts(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setObjectName(QLatin1String(name));
        if (!keys.isEmpty())
            a->setToolTip(
                text + QStringLiteral(" (") + keys.first().toString(QKeySequence::NativeText) + QLatin1Char(')'));
        addAction(a);
        return a;
    };
    m_previousPage = make(tr("Previous page"), QStringLiteral("go-up"), style()->standardIcon(QStyle::SP_ArrowUp),
        { QKeySequence(Qt::Key_PageUp) }, "actionPreviousPage");
    m_nextPage = make(tr("Next page"), QStringLiteral("go-down"), style()->standardIcon(QStyle::SP_ArrowDown),
        { QKeySequence(Qt::Key_PageDown) }, "actionNextPage");
    m_goToPage = make(tr("Go to page"), QStringLiteral("go-jump"), style()->standardIcon(QStyle::SP_ArrowRight),
        { QKeySequence(Qt::CTRL | Qt::Key_G) }, "actionGoToPage");
    m_zoomIn = make(tr("Zoom in"), QStringLiteral("zoom-in"), glyph(QStringLiteral("+")),
        { QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal) }, "actionZoomIn");
    m_zoomOut = make(tr("Zoom out"), QStringLiteral("zoom-out"), glyph(QStringLiteral("−")), { QKeySequence::ZoomOut },
        "actionZoomOut");
    m_fitWidth = make(tr("Fit width"), QStringLiteral("zoom-fit-width"), glyph(QStringLiteral("↔")),
        { QKeySequence(Qt::CTRL | Qt::Key_0) }, "actionFitWidth");
    m_fitWidth->setCheckable(true);
    m_fitWidth->setChecked(true);
    m_findPrevious = make(tr("Previous match"), QStringLiteral("go-previous"),
        style()->standardIcon(QStyle::SP_ArrowLeft), { QKeySequence(Qt::SHIFT | Qt::Key_F3) }, "actionFindPrevious");
    m_findNext = make(tr("Next match"), QStringLiteral("go-next"), style()->standardIcon(QStyle::SP_ArrowRight),
        { QKeySequence(Qt::Key_F3) }, "actionFindNext");
    m_openExternally = make(tr("Open with default application"), QStringLiteral("document-open"),
        style()->standardIcon(QStyle::SP_DialogOpenButton), {}, "actionOpenExternally");
    m_openExternally->setToolTip(tr("Opens a read-only copy in the program the desktop uses for this type of file"));

    connect(m_previousPage, &QAction::triggered, this, &DocumentViewer::previousPage);
    connect(m_nextPage, &QAction::triggered, this, &DocumentViewer::nextPage);
    connect(m_goToPage, &QAction::triggered, this, [this] {
        m_pageField->setFocus(Qt::ShortcutFocusReason);
        m_pageField->selectAll();
    });
    connect(m_zoomIn, &QAction::triggered, this, &DocumentViewer::zoomIn);
    connect(m_zoomOut, &QAction::triggered, this, &DocumentViewer::zoomOut);
    connect(m_fitWidth, &QAction::toggled, this, &DocumentViewer::setFitWidth);
    connect(m_findNext, &QAction::triggered, this, &DocumentViewer::findNext);
    connect(m_findPrevious, &QAction::triggered, this, &DocumentViewer::findPrevious);
    connect(m_openExternally, &QAction::triggered, this, &DocumentViewer::openExternally);
}

QString DocumentViewer::findTextForQuery(const QString &query)
{
    // Words only: no field filters (az:, type:), no excluded words (-x), no operators, no quotes
    // or wildcards; a reference (63.01.02-0045/2026) is no word on the page worth marking.
    QStringList words;
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    for (QString token : query.split(separators, Qt::SkipEmptyParts)) {
        if (token.startsWith(QLatin1Char('-')) || token.contains(QLatin1Char(':')))
            continue;
        if (token == QLatin1String("OR") || token == QLatin1String("AND") || token == QLatin1String("NOT"))
            continue;
        token.remove(QLatin1Char('"'));
        token.remove(QLatin1Char('*'));
        if (!token.isEmpty() && !token.contains(QRegularExpression(QStringLiteral("^[\\d./-]+$"))))
            words << token;
    }
    return words.join(QLatin1Char(' '));
}

void DocumentViewer::setMode(Mode mode)
{
    m_mode = mode;
    switch (mode) {
    case Mode::Pages:
        m_stack->setCurrentIndex(0);
        break;
    case Mode::Text:
        m_stack->setCurrentIndex(1);
        break;
    case Mode::Empty:
    case Mode::Message:
        m_stack->setCurrentIndex(2);
        break;
    }
    m_messageOpen->setVisible(mode == Mode::Message && !m_damaged);
    updateActions();
}

void DocumentViewer::clear()
{
    ++m_generation;
    m_client->close();
    m_source = {};
    m_matches.clear();
    m_pageMatches.clear();
    m_matchedFor.clear();
    m_currentMatch = -1;
    m_jumpToFirstMatch = false;
    m_damaged = false;
    m_thumbnails->clear();
    m_pages->reset();
    m_text->clear();
    m_banner->hide();
    m_message->setText(tr("Select a document to see it here."));
    m_matchLabel->clear();
    updateVersionLabel();
    setMode(Mode::Empty);
    updatePageField();
}

void DocumentViewer::showDocument(const Source &source, const QString &findText)
{
    clear();
    m_source = source;
    updateVersionLabel();
    {
        const QSignalBlocker block(m_findField);
        m_findField->setText(findText);
    }
    m_jumpToFirstMatch = !findText.trimmed().isEmpty();
    // Content from the store is checked against its hash before anything of it is shown: a
    // damaged file must give an error, never a page that looks like the document.
    if (m_store && !source.sha256.isEmpty() && source.path == m_store->pathFor(source.sha256)) {
        m_message->setText(tr("Loading the preview…"));
        m_messageOpen->hide();
        const quint64 generation = m_generation;
        const Dms::ContentStore *store = m_store;
        auto *watcher = new QFutureWatcher<Model::Status>(this);
        connect(watcher, &QFutureWatcher<Model::Status>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const Model::Status ok = watcher->result();
            if (!ok) {
                const QString reason = ok.error().message;
                const QString what = m_source.version > 0
                    ? tr("Version %1 cannot be shown: %2").arg(m_source.version).arg(reason)
                    : tr("The document cannot be shown: %1").arg(reason);
                m_damaged = true;
                m_banner->showMessage(what);
                showMessage(what);
                return;
            }
            showVerified();
        });
        watcher->setFuture(QtConcurrent::run([store, source] { return store->verify(source.sha256, source.size); }));
        return;
    }
    showVerified();
}

void DocumentViewer::updateVersionLabel()
{
    const Source &s = m_source;
    if (s.version <= 0) {
        m_versionLabel->clear();
        m_versionLabel->hide();
        return;
    }
    QString text;
    if (s.currentVersion > 0 && s.version != s.currentVersion)
        text = tr("Version %1 of %2 – not the current version (read-only)").arg(s.version).arg(s.currentVersion);
    else
        text = tr("Version %1 (current)").arg(s.version);
    m_versionLabel->setText(text);
    m_versionLabel->setAccessibleName(text);
    m_versionLabel->show();
}

void DocumentViewer::showVerified()
{
    const Source source = m_source;
    if (renderable(source.mimeType)) {
        m_message->setText(tr("Loading the preview…"));
        m_messageOpen->hide();
        m_client->open(source.path);
    } else if (plainText(source.mimeType) && !source.path.isEmpty()) {
        m_message->setText(tr("Loading the preview…"));
        const quint64 generation = m_generation;
        auto *watcher = new QFutureWatcher<TextPreview>(this);
        connect(watcher, &QFutureWatcher<TextPreview>::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            const TextPreview t = watcher->result();
            if (!t.error.isEmpty()) {
                showMessage(tr("The file cannot be read."));
                return;
            }
            m_text->setPlainText(t.text);
            if (t.truncated)
                m_banner->showMessage(tr("Only the beginning of the text is shown."), MessageBanner::Kind::Information);
            setMode(Mode::Text);
            Q_EMIT documentShown();
        });
        watcher->setFuture(QtConcurrent::run(readTextPreview, source.path));
    } else {
        showMessage(tr("No preview for this type of file."));
    }
}

void DocumentViewer::showMessage(const QString &text)
{
    m_message->setText(text);
    setMode(Mode::Message);
    Q_EMIT documentShown();
}

void DocumentViewer::documentOpened()
{
    setMode(Mode::Pages);
    m_pages->reset();
    updateZoom();
    rebuildThumbnails();
    updatePageField();
    m_pages->requestVisible();
    requestVisibleThumbnails();
    if (!m_findField->text().trimmed().isEmpty())
        findTextChanged();
    updateActions();
    Q_EMIT documentShown();
}

void DocumentViewer::updateActions()
{
    const bool pages = m_mode == Mode::Pages;
    const int current = m_pages->currentPage();
    m_previousPage->setEnabled(pages && current > 0);
    m_nextPage->setEnabled(pages && current + 1 < m_client->pageCount());
    m_pageField->setEnabled(pages);
    m_zoomIn->setEnabled(pages);
    m_zoomOut->setEnabled(pages);
    m_fitWidth->setEnabled(pages);
    const bool searchable = pages && m_client->kind() == RenderClient::Kind::Pdf;
    m_findField->setEnabled(searchable);
    m_findNext->setEnabled(searchable && !m_matches.isEmpty());
    m_findPrevious->setEnabled(searchable && !m_matches.isEmpty());
    m_openExternally->setEnabled(!m_source.sha256.isEmpty() && m_store && !m_damaged);
    m_messageOpen->setEnabled(m_openExternally->isEnabled());
}

void DocumentViewer::updatePageField()
{
    const int count = m_mode == Mode::Pages ? m_client->pageCount() : 0;
    if (!m_pageField->hasFocus())
        m_pageField->setText(count > 0 ? QString::number(m_pages->currentPage() + 1) : QString());
    m_pageCount->setText(count > 0 ? tr("/ %1").arg(count) : QString());
}

void DocumentViewer::goToPage(int page)
{
    if (m_mode != Mode::Pages || m_client->pageCount() == 0)
        return;
    m_pages->scrollToPage(std::clamp(page, 0, m_client->pageCount() - 1));
    updatePageField();
    updateActions();
}

void DocumentViewer::nextPage()
{
    goToPage(m_pages->currentPage() + 1);
}

void DocumentViewer::previousPage()
{
    goToPage(m_pages->currentPage() - 1);
}

void DocumentViewer::updateZoom()
{
    if (m_fitWidthOn && m_client->pageCount() > 0)
        m_pages->setZoom(m_pages->fitWidthZoom());
    m_zoomLabel->setText(QStringLiteral("%1 %").arg(qRound(m_pages->zoom() * 100)));
}

void DocumentViewer::zoomIn()
{
    const double z = m_pages->zoom();
    const auto next = std::find_if(zoomSteps.cbegin(), zoomSteps.cend(), [z](double s) { return s > z + 0.01; });
    m_fitWidthOn = false;
    m_fitWidth->setChecked(false);
    m_pages->setZoom(next == zoomSteps.cend() ? zoomSteps.back() : *next);
    updateZoom();
    m_pages->requestVisible();
}

void DocumentViewer::zoomOut()
{
    const double z = m_pages->zoom();
    double target = zoomSteps.front();
    for (const double s : zoomSteps) {
        if (s < z - 0.01)
            target = s;
    }
    m_fitWidthOn = false;
    m_fitWidth->setChecked(false);
    m_pages->setZoom(target);
    updateZoom();
    m_pages->requestVisible();
}

void DocumentViewer::setFitWidth(bool fit)
{
    m_fitWidthOn = fit;
    if (m_fitWidth->isChecked() != fit)
        m_fitWidth->setChecked(fit);
    updateZoom();
    m_pages->requestVisible();
}

void DocumentViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // In a narrow pane the pages need the room more than the strip does (Okular does the same).
    const bool wide = width() >= 4 * m_thumbnails->width() + 100;
    if (wide == m_thumbnails->isHidden()) {
        m_thumbnails->setVisible(wide);
        if (wide)
            QTimer::singleShot(0, this, &DocumentViewer::requestVisibleThumbnails);
    }
}

void DocumentViewer::rebuildThumbnails()
{
    m_thumbnails->clear();
    const QSize icon = m_thumbnails->iconSize();
    for (int i = 0; i < m_client->pageCount(); ++i) {
        const QSizeF size = m_client->pageSize(i);
        QPixmap blank(icon);
        blank.fill(Qt::transparent);
        QPainter p(&blank);
        const double h = std::min<double>(icon.height(), icon.width() * size.height() / size.width());
        const double w = h * size.width() / size.height();
        p.fillRect(QRectF((icon.width() - w) / 2, 0, w, h), Qt::white);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(QRectF((icon.width() - w) / 2, 0, w - 1, h - 1));
        p.end();
        auto *item = new QListWidgetItem(QIcon(blank), QString::number(i + 1), m_thumbnails);
        item->setTextAlignment(Qt::AlignHCenter);
        item->setData(Qt::AccessibleTextRole, tr("Page %1").arg(i + 1));
    }
    m_thumbnails->doItemsLayout(); // now, not later: the visible items are asked for right away
}

void DocumentViewer::requestVisibleThumbnails()
{
    if (m_mode != Mode::Pages || !m_thumbnails->isVisible())
        return;
    const QRect area = m_thumbnails->viewport()->rect();
    const int width = qRound(thumbnailWidth * devicePixelRatioF());
    for (int i = 0; i < m_thumbnails->count(); ++i) {
        if (m_thumbnails->visualItemRect(m_thumbnails->item(i)).intersects(area)
            && m_client->cachedPage(i, width).isNull())
            m_client->requestPage(i, width);
    }
}

void DocumentViewer::thumbnailArrived(int page, int width, const QImage &image)
{
    if (width != qRound(thumbnailWidth * devicePixelRatioF()))
        return;
    if (QListWidgetItem *item = m_thumbnails->item(page)) {
        QPixmap pixmap = QPixmap::fromImage(image);
        pixmap.setDevicePixelRatio(devicePixelRatioF());
        item->setIcon(QIcon(pixmap));
    }
}

void DocumentViewer::findTextChanged()
{
    m_currentMatch = -1;
    if (m_findField->text().trimmed().isEmpty()) {
        m_jumpToFirstMatch = false;
        recomputeMatches();
        return;
    }
    // The words of every page, asked for once; matches appear as the pages' words arrive.
    for (int i = 0; i < m_client->pageCount(); ++i)
        m_client->requestText(i);
    recomputeMatches();
}

void DocumentViewer::recomputeMatches()
{
    // Compared the way the search compares: folded (ä = ae = a, ß = ss), and either the same
    // stem (Bauanträge ~ Bauantrag) or the typed text as the start of the word.
    struct Needle
    {
        QString folded;
        QString term;
    };
    QList<Needle> needles;
    for (const Dms::Search::Token &t : Dms::Search::split(m_findField->text())) {
        const QString folded = Dms::Search::fold(t.word);
        if (!folded.isEmpty())
            needles.append(Needle { folded, Dms::Search::stem(folded) });
    }
    const FindMatch previous = m_currentMatch >= 0 && m_currentMatch < m_matches.size() ? m_matches.at(m_currentMatch)
                                                                                        : FindMatch { -1, {} };
    // Each page is matched once, when its words arrive; a long document does not go through
    // every page again for each page that comes in.
    if (m_matchedFor != m_findField->text()) {
        m_matchedFor = m_findField->text();
        m_pageMatches.clear();
    }
    m_matches.clear();
    for (int page = 0; page < m_client->pageCount() && !needles.isEmpty(); ++page) {
        if (!m_client->hasText(page))
            continue;
        auto cached = m_pageMatches.constFind(page);
        if (cached == m_pageMatches.constEnd()) {
            QList<QRectF> boxes;
            for (const RenderClient::Word &word : m_client->text(page)) {
                bool hit = false;
                for (const Dms::Search::Token &t : Dms::Search::split(word.text)) {
                    const QString folded = Dms::Search::fold(t.word);
                    const QString stemmed = Dms::Search::stem(folded);
                    for (const Needle &n : std::as_const(needles)) {
                        if (folded.startsWith(n.folded) || stemmed == n.term) {
                            hit = true;
                            break;
                        }
                    }
                    if (hit)
                        break;
                }
                if (hit)
                    boxes.append(word.box);
            }
            cached = m_pageMatches.insert(page, boxes);
        }
        for (const QRectF &box : *cached)
            m_matches.append(FindMatch { page, box });
    }
    m_currentMatch = -1;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).page == previous.page && m_matches.at(i).box == previous.box)
            m_currentMatch = static_cast<int>(i);
    }
    if (m_jumpToFirstMatch && !m_matches.isEmpty()) {
        // Jump once the pages before the first match have all been read: it is the first then.
        const int first = m_matches.first().page;
        bool before = true;
        for (int p = 0; p < first; ++p)
            before = before && m_client->hasText(p);
        if (before) {
            m_jumpToFirstMatch = false;
            m_currentMatch = 0;
            showCurrentMatch();
        }
    }
    m_pages->setMatches(m_matches, m_currentMatch);
    updateMatchLabel();
    updateActions();
}

void DocumentViewer::updateMatchLabel()
{
    if (m_findField->text().trimmed().isEmpty()) {
        m_matchLabel->clear();
        return;
    }
    bool complete = true;
    for (int i = 0; i < m_client->pageCount(); ++i)
        complete = complete && m_client->hasText(i);
    if (m_matches.isEmpty())
        m_matchLabel->setText(complete ? tr("No match") : tr("Searching…"));
    else if (m_currentMatch < 0)
        m_matchLabel->setText(tr("%n match(es)", nullptr, static_cast<int>(m_matches.size())));
    else
        m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
}

void DocumentViewer::showCurrentMatch()
{
    if (m_currentMatch < 0 || m_currentMatch >= m_matches.size())
        return;
    m_pages->setMatches(m_matches, m_currentMatch);
    m_pages->scrollToMatch(m_matches.at(m_currentMatch));
    updatePageField();
    updateMatchLabel();
    updateActions();
}

void DocumentViewer::findNext()
{
    if (m_matches.isEmpty())
        return;
    if (m_currentMatch < 0) {
        // The first match on or after the page shown.
        const int page = m_pages->currentPage();
        m_currentMatch = 0;
        for (qsizetype i = 0; i < m_matches.size(); ++i) {
            if (m_matches.at(i).page >= page) {
                m_currentMatch = static_cast<int>(i);
                break;
            }
        }
    } else {
        m_currentMatch = (m_currentMatch + 1) % static_cast<int>(m_matches.size());
    }
    showCurrentMatch();
}

void DocumentViewer::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    const int n = static_cast<int>(m_matches.size());
    m_currentMatch = m_currentMatch < 0 ? n - 1 : (m_currentMatch + n - 1) % n;
    showCurrentMatch();
}

void DocumentViewer::openExternally()
{
    if (!m_store || m_source.sha256.isEmpty())
        return;
    if (!m_exportDir) {
        m_exportDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/aktenwerk-XXXXXX"));
        if (!m_exportDir->isValid()) {
            m_banner->showMessage(tr("No temporary folder for the copy: %1").arg(m_exportDir->errorString()));
            m_exportDir.reset();
            return;
        }
        QFile::setPermissions(
            m_exportDir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    // Each copy in a folder of its own, under the name the clerk knows: programs show it.
    const QString folder = m_exportDir->filePath(QString::number(++m_exports));
    // The copy names its version: a clerk who sends or saves it knows which one it is.
    QString name = safeFileName(m_source.fileName);
    if (m_source.version > 0) {
        const QFileInfo info(name);
        const QString suffix = info.completeSuffix();
        const QString stem = suffix.isEmpty() ? name : name.left(name.size() - suffix.size() - 1);
        name = tr("%1 (version %2)").arg(stem).arg(m_source.version);
        if (!suffix.isEmpty())
            name += QLatin1Char('.') + suffix;
    }
    const QString target = folder + QLatin1Char('/') + safeFileName(name);
    const Dms::ContentStore *store = m_store;
    const Source source = m_source;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, target] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty()) {
            m_banner->showMessage(tr("The document could not be opened: %1").arg(error));
            return;
        }
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(target))) {
            m_banner->showMessage(tr("No program is set up to open this type of file."), MessageBanner::Kind::Warning);
            return;
        }
        Q_EMIT openedExternally(target);
    });
    watcher->setFuture(QtConcurrent::run([store, source, folder, target]() -> QString {
        if (!QDir().mkpath(folder))
            return tr("The folder %1 cannot be created.").arg(folder);
        if (auto s = store->copyTo(source.sha256, source.size, target); !s)
            return s.error().message;
        // Read-only: a change belongs in a new version, checked in, not in this copy.
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        return {};
    }));
}

} // namespace Aktenwerk::Client
