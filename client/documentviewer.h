#pragma once

#include "client/renderclient.h"

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTemporaryDir;
class QTimer;
class QToolButton;

namespace Aktenwerk::Dms {
class ContentStore;
}

namespace Aktenwerk::Client {

class MessageBanner;

/** One highlighted word: where it is on its page. */
struct FindMatch
{
    int page = 0;
    QRectF box; ///< fractions of the page
};

/**
 * The pages of the open document, one below the other, at the viewer's zoom. Only pages that
 * are on screen are asked for; until a page arrives a blank sheet (or the page at another
 * zoom, scaled) stands in for it.
 */
class PageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    static constexpr int margin = 12;

    PageView(RenderClient *client, QWidget *parent = nullptr);

    void reset();
    void relayout();
    /** Zoom 1.0 shows a page at its printed size. */
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    /** The zoom at which the widest page fills the view. */
    double fitWidthZoom() const;
    /** The width in device pixels at which @p page is drawn now. */
    int renderWidth(int page) const;

    int currentPage() const;
    void scrollToPage(int page);
    void scrollToMatch(const FindMatch &match);
    void setMatches(const QList<FindMatch> &matches, int current);
    /** Asks the client for the pages on screen (before anything else queued). */
    void requestVisible();

    QImage image(int page) const { return m_images.value(page); }
    QString pageError(int page) const { return m_errors.value(page); }

Q_SIGNALS:
    void currentPageChanged(int page);
    void viewportResized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    QRect pageRect(int page) const; ///< in content coordinates (logical pixels)
    QList<int> visiblePages() const;
    void pageArrived(int page, int width, const QImage &image);
    void pageFailed(int page, int width, const QString &reason);

    RenderClient *m_client;
    double m_zoom = 1.0;
    QList<int> m_tops;
    QList<QSize> m_sizes;
    int m_contentHeight = 0;
    int m_contentWidth = 0;
    QHash<int, QImage> m_images; ///< the latest image of each page near the screen, any width
    QHash<int, QString> m_errors; ///< pages that could not be drawn, and why
    QList<FindMatch> m_matches;
    int m_currentMatch = -1;
    int m_lastCurrentPage = -1;
};

/**
 * The document viewer (a pane, like Okular's or Evince's): a toolbar with page navigation, zoom,
 * find with the number of matches, and "open with the default application"; a strip of page
 * thumbnails; the pages. PDFs and images are drawn by the render worker, never in this process;
 * plain text is shown as text; other kinds get a clear message and the open button.
 */
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    /** What to show: the content of one version, read-only in the content store. */
    struct Source
    {
        QString path; ///< the content file
        QString sha256;
        qint64 size = 0;
        QString mimeType;
        QString fileName; ///< the name it came in with
        QString title;
        /**
         * The version shown (0: not known). Every action of the viewer uses this version, and
         * the viewer says which one it is: an older version opened from the history must never
         * pass for the current one.
         */
        int version = 0;
        int currentVersion = 0; ///< the document's current version when it was opened
    };

    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    /** Where "open with the default application" copies from (verified against the hash). */
    void setContentStore(const Dms::ContentStore *store) { m_store = store; }
    /**
     * Shows @p source. @p findText goes into the find field: its words are highlighted and the
     * view jumps to the first page that has one (used for a document opened from a search hit).
     */
    void showDocument(const Source &source, const QString &findText = {});
    void clear();
    Source source() const { return m_source; }

    /** The words of a search query worth highlighting (no operators, fields or excluded words). */
    static QString findTextForQuery(const QString &query);

    RenderClient *renderClient() const { return m_client; }
    PageView *pageView() const { return m_pages; }
    QListWidget *thumbnails() const { return m_thumbnails; }
    QLineEdit *pageField() const { return m_pageField; }
    QLineEdit *findField() const { return m_findField; }
    QLabel *matchLabel() const { return m_matchLabel; }
    QLabel *messageLabel() const { return m_message; }
    /** Which version is on screen ("Version 2 of 3 – not the current one"). */
    QLabel *versionLabel() const { return m_versionLabel; }
    QPlainTextEdit *textView() const { return m_text; }
    MessageBanner *banner() const { return m_banner; }
    QAction *openExternallyAction() const { return m_openExternally; }
    QAction *nextPageAction() const { return m_nextPage; }
    QAction *previousPageAction() const { return m_previousPage; }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitWidthAction() const { return m_fitWidth; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }
    QList<FindMatch> matches() const { return m_matches; }
    int currentMatch() const { return m_currentMatch; }

    /** The page's latest image, as drawn (null until it arrived). */
    QImage pageImage(int page) const { return m_pages->image(page); }

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void setFitWidth(bool fit);
    void findNext();
    void findPrevious();
    void openExternally();

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    /** The document is open and its page count known (or it is shown as text or a message). */
    void documentShown();
    /** A copy was handed to the desktop: its path. */
    void openedExternally(const QString &path);

private:
    enum class Mode { Empty, Pages, Text, Message };
    void createActions();
    void setMode(Mode mode);
    void showMessage(const QString &text);
    /** Shows the verified content (showDocument checks the hash first). */
    void showVerified();
    void updateVersionLabel();
    void documentOpened();
    void updatePageField();
    void updateActions();
    void updateZoom();
    void rebuildThumbnails();
    void requestVisibleThumbnails();
    void thumbnailArrived(int page, int width, const QImage &image);
    void findTextChanged();
    void recomputeMatches();
    void updateMatchLabel();
    void showCurrentMatch();

    RenderClient *m_client;
    const Dms::ContentStore *m_store = nullptr;
    Source m_source;
    Mode m_mode = Mode::Empty;
    bool m_fitWidthOn = true;
    bool m_jumpToFirstMatch = false;
    quint64 m_generation = 0;
    QList<FindMatch> m_matches;
    int m_currentMatch = -1;
    QString m_matchedFor; ///< the find text m_pageMatches belongs to
    QHash<int, QList<QRectF>> m_pageMatches; ///< per page whose words arrived: the boxes that match
    bool m_damaged = false; ///< the content failed its hash check: nothing of it is offered
    std::unique_ptr<QTemporaryDir> m_exportDir;
    int m_exports = 0;

    MessageBanner *m_banner;
    QLabel *m_versionLabel;
    QStackedWidget *m_stack;
    QListWidget *m_thumbnails;
    PageView *m_pages;
    QWidget *m_messagePage;
    QLabel *m_message;
    QPushButton *m_messageOpen;
    QPlainTextEdit *m_text;
    QLineEdit *m_pageField;
    QLabel *m_pageCount;
    QLabel *m_zoomLabel;
    QLineEdit *m_findField;
    QLabel *m_matchLabel;
    QTimer *m_findDebounce;
    QAction *m_previousPage = nullptr;
    QAction *m_nextPage = nullptr;
    QAction *m_goToPage = nullptr;
    QAction *m_zoomIn = nullptr;
    QAction *m_zoomOut = nullptr;
    QAction *m_fitWidth = nullptr;
    QAction *m_findNext = nullptr;
    QAction *m_findPrevious = nullptr;
    QAction *m_openExternally = nullptr;
};

} // namespace Aktenwerk::Client
