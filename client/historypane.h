#pragma once

#include "client/messagebanner.h"
#include "dms/capture/ocr.h"
#include "dms/store/queries.h"
#include "dms/versions/checkouts.h"
#include "model/entities.h"

#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QSpinBox;
class QTableWidget;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class AsyncReader;
class CompareDialog;
class VersionCommentDialog;

/**
 * The "History" tab (Verlauf) of the selected document: every version with number, time,
 * author, origin, comment, size and hash, which one is current, who has the document checked
 * out, and the field changes. From here a version is opened read-only, restored as a new
 * version or compared with another; and the document is checked out into the clerk's own
 * program, checked back in, or its check-out cancelled. Everything that reads or writes runs
 * off the GUI thread, on this pane's pool (setEngine(nullptr) waits for it).
 *
 * For the selected version of a scan it shows what a clerk must check under TR-RESISCAN: the
 * OCR confidence of every page (uncertain pages flagged) and the transfer note, verified against
 * the stored version. Text is recognised here too (DocumentOcr): a whole image or a PDF without
 * text, or one page of a recognised PDF again.
 */
class HistoryPane : public QWidget
{
    Q_OBJECT
public:
    enum Column { NumberColumn, DateColumn, AuthorColumn, OriginColumn, CommentColumn, SizeColumn, HashColumn };

    explicit HistoryPane(AsyncReader *reader, QWidget *parent = nullptr);
    ~HistoryPane() override;

    /** nullptr: waits for running work, so the engine can go. */
    void setEngine(Dms::Engine *engine);
    /** How a check-out or check-in reaches the server (connected folders); called on the GUI thread. */
    void setServerSession(std::function<Dms::ServerSession()> provider) { m_session = std::move(provider); }

    /** Shows the history of @p documentId (null: nothing), and reloads it when it is already shown. */
    void showDocument(const QUuid &documentId);
    void refresh() { showDocument(m_id); }
    void clear();

    QUuid documentId() const { return m_id; }
    /** True once the history of documentId() has arrived (tests, and actions wait for it). */
    bool isLoaded() const { return m_loaded; }
    QList<Model::Version> versions() const { return m_versions; }
    std::optional<Model::DocumentLock> lock() const { return m_lock; }
    std::optional<Model::WorkingCopy> workingCopy() const { return m_workingCopy; }
    /** Selects the rows of these version numbers (the table lists the newest first). */
    void selectVersions(const QList<int> &numbers);
    QList<Model::Version> selectedVersions() const;

    QTableWidget *versionTable() const { return m_table; }
    QLabel *lockLabel() const { return m_lockLabel; }
    QListWidget *changesList() const { return m_changes; }
    MessageBanner *banner() const { return m_banner; }
    QThreadPool *pool() { return &m_pool; }
    QAction *openAction() const { return m_open; }
    QAction *restoreAction() const { return m_restore; }
    QAction *compareAction() const { return m_compare; }
    QAction *checkOutAction() const { return m_checkOut; }
    QAction *checkInAction() const { return m_checkIn; }
    QAction *cancelCheckOutAction() const { return m_cancelCheckOut; }
    QAction *breakLockAction() const { return m_breakLock; }
    QAction *recogniseAction() const { return m_recognise; }
    QAction *recognisePageAction() const { return m_recognisePage; }
    /** The page that "Recognise page again" recognises (from 1). */
    QSpinBox *ocrPageBox() const { return m_ocrPage; }
    /** The selected version's OCR confidence, one row per page. */
    QListWidget *ocrPagesList() const { return m_ocrPages; }
    /** The selected version's transfer note (hidden when it has none). */
    QLabel *transferNoteLabel() const { return m_transferNote; }
    /** True while a check-out, check-in or text recognition runs. */
    bool isBusy() const { return m_busy; }
    /** The OCR settings for "Recognise text" (tests raise the low-confidence threshold). */
    void setOcrOptions(const Dms::Ocr::Options &options) { m_ocrOptions = options; }
    /** The dialogs opened last (tests drive them; null when closed). */
    VersionCommentDialog *commentDialog() const;
    CompareDialog *compareDialog() const;

    /**
     * The program that edits a working copy: $AKTENWERK_EDITOR (a program, optionally with
     * arguments; the path is added last), else the desktop's default (empty).
     */
    static QString editorProgram();

public Q_SLOTS:
    void openSelected();
    void restoreSelected();
    void compareSelected();
    void checkOut();
    /** The check-in dialog for @p documentId (null: the document shown). */
    void checkIn(const QUuid &documentId = {});
    void cancelCheckOut();
    /** A team lead or administrator ends someone else's check-out (after confirmation). */
    void breakLock();
    /** Recognises the text of the current version (an image or a PDF without text) in the background. */
    void recognise();
    /** Recognises the page in ocrPageBox() of the current version again. */
    void recognisePage();

Q_SIGNALS:
    /** "Open read-only": the viewer shows exactly this version. */
    void openVersionRequested(const Model::Document &document, const Model::Version &version);
    /** A working copy to watch: checked out here, at content @p baseSha256. */
    void checkedOut(const QUuid &documentId, const QString &path, const QString &baseSha256);
    /** Checked in or cancelled: the working copy is gone. */
    void checkOutEnded(const QUuid &documentId);
    /** The history of documentId() arrived. */
    void loaded();

private:
    struct ContentFacts
    {
        int pages = 0;
        bool hasText = false;
    };
    struct Data
    {
        std::optional<Model::Document> document;
        QList<Model::Version> versions;
        std::optional<Model::DocumentLock> lock;
        std::optional<Model::WorkingCopy> workingCopy;
        QList<Dms::FieldChange> changes;
        /** Per version content (SHA-256): what the extraction worker found, where it has read it. */
        QHash<QString, ContentFacts> facts;
    };
    void createActions();
    void showData(const Data &data);
    void showLock();
    /** The OCR confidences and the transfer note of the one selected version. */
    void showVersionDetails();
    /** Why "Recognise text" cannot run now (empty: it can), and likewise for one page. */
    QString whyNoRecognise() const;
    QString whyNoRecognisePage() const;
    /** Why the document cannot be changed here (closed, read-only, checked out elsewhere); empty: it can. */
    QString whyNotChangeable() const;
    const Model::Version *currentVersion() const;
    void runOcr(int onlyPage);
    void updateActions();
    /** The row's version, or nullptr. */
    const Model::Version *versionAt(int row) const;
    bool heldByOther() const;
    void launchEditor(const QString &path);
    void showResult(const QString &text, MessageBanner::Kind kind = MessageBanner::Kind::Positive);

    AsyncReader *m_reader;
    Dms::Engine *m_engine = nullptr;
    std::function<Dms::ServerSession()> m_session;
    QThreadPool m_pool;
    QUuid m_id;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_busy = false; ///< a check-out, check-in or cancel is running
    std::optional<Model::Document> m_document;
    QList<Model::Version> m_versions;
    std::optional<Model::DocumentLock> m_lock;
    std::optional<Model::WorkingCopy> m_workingCopy;
    QHash<QString, ContentFacts> m_facts;
    Dms::Ocr::Options m_ocrOptions;
    std::shared_ptr<std::atomic<bool>> m_ocrCancel;
    int m_showAfterLoad = 0; ///< a version OCR stored: shown once the history has it

    QLabel *m_heading;
    MessageBanner *m_banner;
    QLabel *m_lockLabel;
    QTableWidget *m_table;
    QLabel *m_changesLabel;
    QListWidget *m_changes;
    QWidget *m_buttons;
    QLabel *m_ocrHeading;
    QListWidget *m_ocrPages;
    QWidget *m_ocrPageRow;
    QSpinBox *m_ocrPage;
    QLabel *m_transferNote;
    QAction *m_open = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_compare = nullptr;
    QAction *m_checkOut = nullptr;
    QAction *m_checkIn = nullptr;
    QAction *m_cancelCheckOut = nullptr;
    QAction *m_breakLock = nullptr;
    QAction *m_recognise = nullptr;
    QAction *m_recognisePage = nullptr;
    QPointer<VersionCommentDialog> m_dialog;
    QPointer<CompareDialog> m_compareDialog;
};

} // namespace Aktenwerk::Client
