#pragma once

#include "client/scanpagemodel.h"
#include "dms/capture/ocr.h"
#include "dms/capture/scanfiling.h"
#include "dms/capture/scanner.h"

#include <QDateTime>
#include <QDialog>
#include <QFutureWatcher>
#include <QSet>
#include <QThreadPool>
#include <QUuid>

#include <atomic>
#include <memory>

class QAction;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

/**
 * "Scannen": the digital mailroom. Finds the scanners (in the background: SANE probes the
 * network), scans with the chosen settings into a batch folder under <data>/scans, shows the
 * pages as they arrive for review (turn, reorder, delete, blank pages proposed for removal,
 * sheets found upside down or sideways turned, skewed pages straightened), and files them as
 * searchable PDFs with their transfer notes into the case it was opened for, or the intake.
 *
 * Nothing of the scanner, OCR or disk work runs on the GUI thread. The page files stay in the
 * batch folder until filing has succeeded, so a failure (or a closed dialog) loses no page.
 */
class ScanDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p caseId null: into the intake; @p caseReference is shown (Vorgangszeichen and title). */
    ScanDialog(std::shared_ptr<Dms::Engine> engine, const QUuid &caseId, const QString &caseReference,
        QWidget *parent = nullptr);
    ~ScanDialog() override;

    /**
     * Adds the page images in @p dir (PNG, in name order, in sub-folders too) to the review and
     * makes @p dir the batch folder: a batch kept after a failure can be filed again, and tests
     * fill the review without a scanner. Settings for the transfer note come from its batch.json,
     * else from the dialog. Only for page files our scan worker (or a test) wrote: they are
     * decoded in this process.
     */
    void loadBatch(const QString &dir);
    /**
     * Driver options added to every scan (ScanOptions::deviceOptions), for device-specific
     * settings; the tests use them to make SANE's test backend slow.
     */
    void setExtraDeviceOptions(const QStringList &options) { m_extraDeviceOptions = options; }
    /** Orientation detection (OSD) on each page; on by default. */
    void setAutoOrientation(bool on) { m_autoOrientation = on; }

    /** The pages the review will file, per document (rows of pageModel()), blank pages left out. */
    QList<QList<int>> documentGroups() const;
    /** What the review did, as it goes into the transfer notes' quality check text. */
    QString reviewNote() const;
    QString batchDir() const { return m_batchDir; }
    /** The documents of the last successful filing. */
    const QList<Dms::ScanFiling::Filed> &filedDocuments() const { return m_filed; }
    /** Documents filed by a filing that then failed (their pages left the review). */
    const QList<QUuid> &partlyFiled() const { return m_partlyFiled; }
    /** Background jobs on pages (measuring, turning, straightening) not finished yet. */
    int pendingPageJobs() const { return m_pendingJobs; }
    bool isScanning() const;
    bool isFiling() const;

    QComboBox *deviceCombo() const { return m_device; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *deviceStatus() const { return m_deviceStatus; }
    QComboBox *sourceCombo() const { return m_source; }
    QComboBox *modeCombo() const { return m_mode; }
    QComboBox *resolutionCombo() const { return m_resolution; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QSpinBox *maxPagesSpin() const { return m_maxPages; }
    QPushButton *scanButton() const { return m_scan; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *progressLabel() const { return m_progressLabel; }
    QLabel *messageLabel() const { return m_message; }
    QListView *pageView() const { return m_pageView; }
    ScanPageModel *pageModel() const { return m_pages; }
    QDoubleSpinBox *thresholdSpin() const { return m_thresholdSpin; }
    QSlider *thresholdSlider() const { return m_thresholdSlider; }
    QCheckBox *splitCheck() const { return m_split; }
    QLabel *documentCountLabel() const { return m_documentCount; }
    QPushButton *fileButton() const { return m_file; }
    QPushButton *resumeButton() const { return m_resume; }
    QAction *rotateLeftAction() const { return m_rotateLeft; }
    QAction *rotateRightAction() const { return m_rotateRight; }
    QAction *rotate180Action() const { return m_rotate180; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *deleteAction() const { return m_delete; }
    QAction *keepAction() const { return m_keep; }

public Q_SLOTS:
    void refreshDevices();
    void startScan();
    void cancelWork();
    void fileBatch();
    /** Asks for a batch folder kept under <data>/scans and loads it (loadBatch); nothing else. */
    void chooseKeptBatch();
    void reject() override;

Q_SIGNALS:
    /** Filing succeeded: @p documentIds in order, into @p caseId (null: the intake). */
    void filed(const QList<QUuid> &documentIds, const QUuid &caseId, const QString &where);

private:
    /** What a background look at one page found and did. */
    struct PageWork
    {
        int key = 0;
        QImage thumbnail;
        double coverage = -1;
        int autoRotation = 0;
        double deskewed = 0;
        int rotation = 0;
        int separator = -1; ///< 1: a printed separator sheet, 0: not, -1: not looked at
        int width = 0, height = 0, dpi = 0;
        QString problem;
    };
    static PageWork preparePage(
        int key, const QString &path, double coverage, bool orient, const Dms::Ocr::Options &ocr);
    static PageWork rotatePage(int key, const QString &path, int degrees);

    void devicesListed();
    void deviceChosen();
    void optionsRead();
    void scanFinished();
    void filingFinished();
    void addScannedPage(const Dms::ScannedPage &page);
    void runPageJob(int key, std::function<PageWork()> job);
    void rotateSelected(int degrees);
    void moveSelected(int delta);
    void deleteSelected();
    void toggleKeep();
    void thresholdChanged(double percent);
    void updateReview();
    void updateState();
    void saveSettings() const;
    Dms::ScanOptions currentOptions() const;
    void showMessage(const QString &text, bool error);
    int selectedRow() const;

    std::shared_ptr<Dms::Engine> m_engine;
    QUuid m_caseId;
    QString m_caseReference;
    QStringList m_extraDeviceOptions;
    bool m_autoOrientation = true;
    Dms::ScanOptions m_scanSettings; ///< the settings of the batch's first scan (for the transfer note)
    bool m_haveScanSettings = false;
    QString m_batchDir;
    int m_runs = 0;
    QDateTime m_capturedAt;
    QList<Dms::ScanFiling::Filed> m_filed;
    QList<int> m_filedKeys;     ///< review pages whose document is filed (while filing)
    QList<QUuid> m_partlyFiled; ///< documents filed so far in this filing
    Dms::ScanDeviceOptions m_deviceOptions;
    std::shared_ptr<std::atomic<bool>> m_cancelFlag;
    int m_pendingJobs = 0;
    // Until the finished handler ran, not merely the job: the pages it reports are still on their way.
    bool m_scanning = false;
    bool m_filing = false;
    QSet<QString> m_seenPaths; ///< every page file taken into the review, deleted ones too
    QThreadPool m_pagePool; ///< one page job at a time: a page's file is never written twice at once

    QFutureWatcher<Model::Result<QList<Dms::ScanDevice>>> m_listWatcher;
    QFutureWatcher<Model::Result<Dms::ScanDeviceOptions>> m_optionsWatcher;
    QFutureWatcher<Dms::ScanResult> m_scanWatcher;
    QFutureWatcher<Model::Result<QList<Dms::ScanFiling::Filed>>> m_fileWatcher;

    QLabel *m_target;
    QComboBox *m_device;
    QPushButton *m_refresh;
    QLabel *m_deviceStatus;
    QComboBox *m_source;
    QComboBox *m_mode;
    QComboBox *m_resolution;
    QComboBox *m_pageSize;
    QSpinBox *m_maxPages;
    QPushButton *m_scan;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QLabel *m_message;
    QListView *m_pageView;
    ScanPageModel *m_pages;
    QSlider *m_thresholdSlider;
    QDoubleSpinBox *m_thresholdSpin;
    QCheckBox *m_split;
    QLabel *m_documentCount;
    QPushButton *m_file;
    QPushButton *m_resume;
    QPushButton *m_close;
    QAction *m_rotateLeft;
    QAction *m_rotateRight;
    QAction *m_rotate180;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_delete;
    QAction *m_keep;
};

} // namespace Aktenwerk::Client
