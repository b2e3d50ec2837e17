#include "client/scandialog.h"

#include "client/theme.h"
#include "dms/capture/documentocr.h"
#include "dms/capture/pageanalysis.h"
#include "dms/capture/separatorsheet.h"
#include "dms/engine.h"
#include "dms/search/indexer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSettings>
#include <QSizeF>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace Aktenwerk::Client {

using namespace Model;
using Dms::ScanMode;
using Dms::Scanner;
using Dms::ScanSource;

namespace {

constexpr int kListTimeoutMs = 15000;
constexpr int kThumbnailSize = 160;
/**
 * Tesseract's OSD confidence from which a page is turned. Measured with Tesseract 5.3: a page
 * with eight lines of type scores about 9 in every orientation, a page with a line or two, a
 * form or a picture stays below 3, and a page without text gives no answer at all. A page turned
 * wrongly is worse than one left as it is (the clerk turns it by hand), hence not lower.
 */
constexpr double kOrientationConfidence = 5.0;
/** Straightened only beyond this: less is invisible and each resampling blurs the page a little. */
constexpr double kMinSkew = 0.3;
/**
 * Searched within ±kMaxSkew. An estimate at the edge of the search range is no maximum that was
 * found but where the search stopped (a page of pictures, a table turned on purpose): not trusted.
 */
constexpr double kMaxSkew = 5.0;
constexpr double kPercentScale = 1000.0; ///< the slider counts thousandths of a percent

const QString kBatchFile = QStringLiteral("batch.json");

struct PageSize
{
    const char *key;
    const char *name;
    double widthMm, heightMm;
};
// The sizes a city office gets by post; the device maximum is added when the device names it.
constexpr PageSize kPageSizes[] = {
    { "A4", QT_TRANSLATE_NOOP("Aktenwerk::Client::ScanDialog", "A4 (210 × 297 mm)"), 210, 297 },
    { "A5", QT_TRANSLATE_NOOP("Aktenwerk::Client::ScanDialog", "A5 (148 × 210 mm)"), 148, 210 },
    { "Letter", QT_TRANSLATE_NOOP("Aktenwerk::Client::ScanDialog", "Letter (216 × 279 mm)"), 215.9, 279.4 },
};

QString sourceLabel(ScanSource s)
{
    switch (s) {
    case ScanSource::Flatbed:
        return ScanDialog::tr("Flatbed");
    case ScanSource::Feeder:
        return ScanDialog::tr("Document feeder (one side)");
    case ScanSource::Duplex:
        return ScanDialog::tr("Document feeder (both sides)");
    }
    return {};
}

QString modeLabel(ScanMode m)
{
    switch (m) {
    case ScanMode::Color:
        return ScanDialog::tr("Colour");
    case ScanMode::Gray:
        return ScanDialog::tr("Grey");
    case ScanMode::BlackWhite:
        return ScanDialog::tr("Black and white");
    }
    return {};
}

/** @p image in the pixel format the page file had, so a black-and-white page stays 1 bit. */
QImage inFormat(const QImage &image, QImage::Format original)
{
    if (image.format() == original)
        return image;
    switch (original) {
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        return image.convertToFormat(original, Qt::ThresholdDither | Qt::MonoOnly);
    case QImage::Format_Grayscale8:
    case QImage::Format_Grayscale16:
        return image.convertToFormat(QImage::Format_Grayscale8);
    case QImage::Format_Indexed8:
        return image.convertToFormat(image.isGrayscale() ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    default:
        return image.convertToFormat(original);
    }
}

QImage turned(const QImage &image, int degrees)
{
    // Quarter turns are exact pixel moves in QImage::transformed (no resampling).
    return image.transformed(QTransform().rotate(degrees));
}

bool savePage(const QImage &image, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!image.save(&file, "PNG"))
        return false;
    return file.commit();
}

QImage thumbnailOf(const QImage &image)
{
    return image.convertToFormat(QImage::Format_RGB32)
        .scaled(QSize(kThumbnailSize, kThumbnailSize), Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

int dpiOf(const QImage &image)
{
    return static_cast<int>(std::lround(image.dotsPerMeterY() * 0.0254));
}

} // namespace

ScanDialog::ScanDialog(
    std::shared_ptr<Dms::Engine> engine, const QUuid &caseId, const QString &caseReference, QWidget *parent)
    : QDialog(parent)
    , m_engine(std::move(engine))
    , m_caseId(caseId)
    , m_caseReference(caseReference)
    , m_target(new QLabel(this))
    , m_device(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Search &again"), this))
    , m_deviceStatus(new QLabel(this))
    , m_source(new QComboBox(this))
    , m_mode(new QComboBox(this))
    , m_resolution(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_maxPages(new QSpinBox(this))
    , m_scan(new QPushButton(tr("&Scan"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_pageView(new QListView(this))
    , m_pages(new ScanPageModel(this))
    , m_thresholdSlider(new QSlider(Qt::Horizontal, this))
    , m_thresholdSpin(new QDoubleSpinBox(this))
    , m_split(new QCheckBox(tr("Split into documents at &blank sheets"), this))
    , m_documentCount(new QLabel(this))
    , m_file(new QPushButton(tr("Fi&le"), this))
    , m_resume(new QPushButton(tr("Open a &kept batch…"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("scanDialog"));
    setWindowTitle(tr("Scan"));
    resize(900, 700);
    m_pagePool.setMaxThreadCount(1);

    auto *layout = new QVBoxLayout(this);
    m_target->setObjectName(QStringLiteral("scanTarget"));
    m_target->setText(m_caseId.isNull() ? tr("The scanned documents go into the intake (Posteingang).")
                                        : tr("The scanned documents go into the case %1.").arg(m_caseReference));
    m_target->setAccessibleName(tr("Target of the scan"));
    m_target->setWordWrap(true);
    layout->addWidget(m_target);

    // --- the scanner and its settings ---
    auto *scanner = new QGroupBox(tr("Scanner"), this);
    auto *form = new QFormLayout(scanner);
    auto *deviceRow = new QHBoxLayout;
    m_device->setObjectName(QStringLiteral("scanDevice"));
    m_device->setAccessibleName(tr("Scanner"));
    m_device->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_refresh->setObjectName(QStringLiteral("scanRefresh"));
    m_refresh->setAccessibleName(tr("Search for scanners again"));
    m_refresh->setToolTip(tr("Search for scanners again (network scanners can take a few seconds)"));
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(m_refresh);
    form->addRow(tr("&Device:"), deviceRow);
    qobject_cast<QLabel *>(form->labelForField(deviceRow))->setBuddy(m_device);
    m_deviceStatus->setObjectName(QStringLiteral("scanDeviceStatus"));
    m_deviceStatus->setAccessibleName(tr("Scanner search"));
    m_deviceStatus->setWordWrap(true);
    form->addRow(m_deviceStatus);
    m_source->setObjectName(QStringLiteral("scanSource"));
    m_source->setAccessibleName(tr("Paper source"));
    form->addRow(tr("S&ource:"), m_source);
    m_mode->setObjectName(QStringLiteral("scanMode"));
    m_mode->setAccessibleName(tr("Colour mode"));
    form->addRow(tr("Colour &mode:"), m_mode);
    m_resolution->setObjectName(QStringLiteral("scanResolution"));
    m_resolution->setAccessibleName(tr("Resolution"));
    form->addRow(tr("&Resolution:"), m_resolution);
    m_pageSize->setObjectName(QStringLiteral("scanPageSize"));
    m_pageSize->setAccessibleName(tr("Page size"));
    form->addRow(tr("&Page size:"), m_pageSize);
    m_maxPages->setObjectName(QStringLiteral("scanMaxPages"));
    m_maxPages->setAccessibleName(tr("At most this many pages from the feeder"));
    m_maxPages->setRange(0, 999);
    m_maxPages->setSpecialValueText(tr("all"));
    m_maxPages->setToolTip(tr("The feeder stops after this many pages; \"all\" scans until it is empty."));
    form->addRow(tr("Pages from the &feeder:"), m_maxPages);
    layout->addWidget(scanner);

    auto *scanRow = new QHBoxLayout;
    m_scan->setObjectName(QStringLiteral("scanStart"));
    m_scan->setAccessibleName(tr("Scan"));
    m_cancel->setObjectName(QStringLiteral("scanCancel"));
    m_cancel->setAccessibleName(tr("Cancel the scan or the filing"));
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, 100);
    m_progressLabel->setObjectName(QStringLiteral("scanProgressLabel"));
    m_progressLabel->setAccessibleName(tr("What is being done"));
    scanRow->addWidget(m_scan);
    scanRow->addWidget(m_cancel);
    scanRow->addWidget(m_progress, 1);
    scanRow->addWidget(m_progressLabel, 1);
    layout->addLayout(scanRow);
    m_message->setObjectName(QStringLiteral("scanMessage"));
    m_message->setAccessibleName(tr("Message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    // --- the page review ---
    auto *review = new QGroupBox(tr("Check the pages"), this);
    auto *reviewLayout = new QVBoxLayout(review);
    auto *tools = new QHBoxLayout;
    auto makeAction = [this, tools](const QString &text, const QString &name, const QList<QKeySequence> &keys) {
        auto *a = new QAction(text, this);
        a->setObjectName(name);
        a->setShortcuts(keys);
        // From the page list (and the buttons beside it), not from the settings' fields.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_pageView->addAction(a);
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setToolTip(keys.isEmpty() ? QString(text).remove(QLatin1Char('&'))
                                          : QStringLiteral("%1 (%2)").arg(QString(text).remove(QLatin1Char('&')),
                                              keys.first().toString(QKeySequence::NativeText)));
        tools->addWidget(button);
        return a;
    };
    m_rotateLeft
        = makeAction(tr("Rotate left"), QStringLiteral("scanRotateLeft"), { QKeySequence(Qt::CTRL | Qt::Key_L) });
    m_rotateRight
        = makeAction(tr("Rotate right"), QStringLiteral("scanRotateRight"), { QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_rotate180 = makeAction(
        tr("Rotate 180°"), QStringLiteral("scanRotate180"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R) });
    m_moveUp = makeAction(tr("Move earlier"), QStringLiteral("scanMoveUp"),
        { QKeySequence(Qt::CTRL | Qt::Key_Left), QKeySequence(Qt::CTRL | Qt::Key_Up) });
    m_moveDown = makeAction(tr("Move later"), QStringLiteral("scanMoveDown"),
        { QKeySequence(Qt::CTRL | Qt::Key_Right), QKeySequence(Qt::CTRL | Qt::Key_Down) });
    m_delete = makeAction(tr("Delete page"), QStringLiteral("scanDelete"), { QKeySequence(QKeySequence::Delete) });
    m_keep = makeAction(tr("Keep page"), QStringLiteral("scanKeep"), { QKeySequence(Qt::CTRL | Qt::Key_K) });
    m_keep->setCheckable(true);
    m_keep->setStatusTip(tr("Keep a page proposed as blank or as a separator sheet"));
    tools->addStretch(1);
    reviewLayout->addLayout(tools);
    connect(m_rotateLeft, &QAction::triggered, this, [this] { rotateSelected(270); });
    connect(m_rotateRight, &QAction::triggered, this, [this] { rotateSelected(90); });
    connect(m_rotate180, &QAction::triggered, this, [this] { rotateSelected(180); });
    connect(m_moveUp, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_delete, &QAction::triggered, this, &ScanDialog::deleteSelected);
    connect(m_keep, &QAction::triggered, this, &ScanDialog::toggleKeep);

    m_pageView->setObjectName(QStringLiteral("scanPages"));
    m_pageView->setAccessibleName(tr("Scanned pages"));
    m_pageView->setModel(m_pages);
    m_pageView->setViewMode(QListView::IconMode);
    // Static: pages sit in reading order; a drop moves the page in the model, not on a free canvas.
    m_pageView->setMovement(QListView::Static);
    m_pageView->setResizeMode(QListView::Adjust);
    m_pageView->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    m_pageView->setGridSize(QSize(kThumbnailSize + 40, kThumbnailSize + 70));
    m_pageView->setWordWrap(true);
    m_pageView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pageView->setDragEnabled(true);
    m_pageView->setAcceptDrops(true);
    m_pageView->setDropIndicatorShown(true);
    m_pageView->setDragDropMode(QAbstractItemView::DragDrop);
    m_pageView->setDefaultDropAction(Qt::MoveAction);
    reviewLayout->addWidget(m_pageView, 1);

    auto *blankRow = new QHBoxLayout;
    auto *thresholdLabel = new QLabel(tr("Blank below &ink coverage:"), this);
    m_thresholdSlider->setObjectName(QStringLiteral("scanThresholdSlider"));
    m_thresholdSlider->setAccessibleName(tr("Blank page threshold"));
    m_thresholdSlider->setRange(0, 2000); // 0–2 %
    m_thresholdSpin->setObjectName(QStringLiteral("scanThreshold"));
    m_thresholdSpin->setAccessibleName(tr("Blank page threshold in percent"));
    m_thresholdSpin->setRange(0, 2);
    m_thresholdSpin->setDecimals(3);
    m_thresholdSpin->setSingleStep(0.005);
    m_thresholdSpin->setSuffix(QStringLiteral(" %"));
    m_thresholdSpin->setToolTip(tr("Pages with less ink than this share are proposed as blank"));
    thresholdLabel->setBuddy(m_thresholdSpin);
    const double percent = m_pages->threshold() * 100;
    m_thresholdSpin->setValue(percent);
    m_thresholdSlider->setValue(static_cast<int>(std::lround(percent * kPercentScale)));
    connect(m_thresholdSlider, &QSlider::valueChanged, this,
        [this](int v) { m_thresholdSpin->setValue(v / kPercentScale); });
    connect(m_thresholdSpin, &QDoubleSpinBox::valueChanged, this, &ScanDialog::thresholdChanged);
    blankRow->addWidget(thresholdLabel);
    blankRow->addWidget(m_thresholdSlider, 1);
    blankRow->addWidget(m_thresholdSpin);
    reviewLayout->addLayout(blankRow);
    auto *splitRow = new QHBoxLayout;
    m_split->setObjectName(QStringLiteral("scanSplit"));
    m_split->setAccessibleName(tr("Split into documents at blank sheets"));
    m_documentCount->setObjectName(QStringLiteral("scanDocumentCount"));
    m_documentCount->setAccessibleName(tr("Documents to be filed"));
    splitRow->addWidget(m_split);
    splitRow->addStretch(1);
    splitRow->addWidget(m_documentCount);
    reviewLayout->addLayout(splitRow);
    connect(m_split, &QCheckBox::toggled, this, &ScanDialog::updateReview);
    layout->addWidget(review, 1);

    auto *buttons = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("scanFile"));
    m_file->setAccessibleName(tr("File the pages"));
    m_file->setToolTip(tr("Recognise the text and file the pages as searchable PDF documents"));
    m_close->setObjectName(QStringLiteral("scanClose"));
    m_close->setAccessibleName(tr("Close"));
    m_resume->setObjectName(QStringLiteral("scanResume"));
    m_resume->setAccessibleName(tr("Open a kept batch"));
    m_resume->setToolTip(tr("Review and file pages kept from an earlier scan that was not filed"));
    m_resume->setAutoDefault(false);
    buttons->addWidget(m_resume);
    buttons->addStretch(1);
    buttons->addWidget(m_file);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    m_scan->setDefault(false);
    m_scan->setAutoDefault(false);
    m_file->setAutoDefault(false);
    m_close->setAutoDefault(false);

    setTabOrder(m_device, m_refresh);
    setTabOrder(m_refresh, m_source);
    setTabOrder(m_source, m_mode);
    setTabOrder(m_mode, m_resolution);
    setTabOrder(m_resolution, m_pageSize);
    setTabOrder(m_pageSize, m_maxPages);
    setTabOrder(m_maxPages, m_scan);
    setTabOrder(m_scan, m_cancel);
    setTabOrder(m_cancel, m_pageView);
    setTabOrder(m_pageView, m_thresholdSlider);
    setTabOrder(m_thresholdSlider, m_thresholdSpin);
    setTabOrder(m_thresholdSpin, m_split);
    setTabOrder(m_split, m_resume);
    setTabOrder(m_resume, m_file);
    setTabOrder(m_file, m_close);

    connect(m_refresh, &QPushButton::clicked, this, &ScanDialog::refreshDevices);
    connect(m_device, &QComboBox::currentIndexChanged, this, &ScanDialog::deviceChosen);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ScanDialog::updateState);
    connect(m_scan, &QPushButton::clicked, this, &ScanDialog::startScan);
    connect(m_cancel, &QPushButton::clicked, this, &ScanDialog::cancelWork);
    connect(m_file, &QPushButton::clicked, this, &ScanDialog::fileBatch);
    connect(m_close, &QPushButton::clicked, this, &ScanDialog::reject);
    connect(m_resume, &QPushButton::clicked, this, &ScanDialog::chooseKeptBatch);
    connect(&m_listWatcher, &QFutureWatcherBase::finished, this, &ScanDialog::devicesListed);
    connect(&m_optionsWatcher, &QFutureWatcherBase::finished, this, &ScanDialog::optionsRead);
    connect(&m_scanWatcher, &QFutureWatcherBase::finished, this, &ScanDialog::scanFinished);
    connect(&m_fileWatcher, &QFutureWatcherBase::finished, this, &ScanDialog::filingFinished);
    connect(m_pages, &ScanPageModel::reviewChanged, this, &ScanDialog::updateReview);
    connect(m_pageView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ScanDialog::updateState);

    m_progress->hide();
    updateReview();
    refreshDevices();
}

ScanDialog::~ScanDialog()
{
    // The scan and the filing report to this dialog: stop them (both stop at once) and let them end.
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_scanWatcher.waitForFinished();
    m_fileWatcher.waitForFinished();
    m_pagePool.clear();
    m_pagePool.waitForDone();
    // A device search or settings read still under way ends on its own; its result is dropped.
}

bool ScanDialog::isScanning() const
{
    return m_scanning;
}

bool ScanDialog::isFiling() const
{
    return m_filing;
}

// ---- devices ----------------------------------------------------------------------------------

void ScanDialog::refreshDevices()
{
    if (m_listWatcher.isRunning() || isScanning() || isFiling())
        return;
    m_deviceStatus->setText(tr("Searching for scanners…"));
    m_listWatcher.setFuture(QtConcurrent::run([] { return Scanner::listDevices(kListTimeoutMs); }));
    updateState();
}

void ScanDialog::devicesListed()
{
    const auto devices = m_listWatcher.result();
    const QString previous = m_device->currentData().toString();
    const QString remembered
        = previous.isEmpty() ? QSettings().value(QStringLiteral("scan/device")).toString() : previous;
    {
        const QSignalBlocker block(m_device);
        m_device->clear();
        if (devices) {
            for (const Dms::ScanDevice &d : *devices) {
                const QString model = QStringLiteral("%1 %2").arg(d.vendor, d.model).trimmed();
                m_device->addItem(model.isEmpty() ? d.name : QStringLiteral("%1 (%2)").arg(model, d.name), d.name);
            }
        }
    }
    if (!devices) {
        m_deviceStatus->setText(devices.error().message);
    } else if (devices->isEmpty()) {
        m_deviceStatus->setText(tr("No scanner found. Check that it is switched on and connected, then search again."));
    } else {
        m_deviceStatus->setText(tr("%n scanner(s) found.", nullptr, static_cast<int>(devices->size())));
        const int index = m_device->findData(remembered);
        m_device->setCurrentIndex(-1);
        m_device->setCurrentIndex(index >= 0 ? index : 0); // reads the device's settings
    }
    updateState();
}

void ScanDialog::deviceChosen()
{
    const QString device = m_device->currentData().toString();
    m_deviceOptions = {};
    m_source->clear();
    m_mode->clear();
    m_resolution->clear();
    m_pageSize->clear();
    if (device.isEmpty()) {
        updateState();
        return;
    }
    m_deviceStatus->setText(tr("Reading the settings of %1…").arg(m_device->currentText()));
    m_optionsWatcher.setFuture(QtConcurrent::run([device] { return Scanner::deviceOptions(device, kListTimeoutMs); }));
    updateState();
}

void ScanDialog::optionsRead()
{
    const auto options = m_optionsWatcher.result();
    const QString device = m_device->currentData().toString();
    if (!options) {
        m_deviceStatus->setText(options.error().message);
        updateState();
        return;
    }
    m_deviceOptions = *options;
    m_deviceStatus->setText(tr("Ready: %1.").arg(m_device->currentText()));
    QSettings settings;
    // What the clerk used last on this device, where it still offers it.
    const bool sameDevice = settings.value(QStringLiteral("scan/device")).toString() == device;
    auto restore = [&](QComboBox *combo, const QString &key) {
        if (!sameDevice)
            return;
        const int i = combo->findData(settings.value(key));
        if (i >= 0)
            combo->setCurrentIndex(i);
    };
    for (ScanSource s : std::as_const(m_deviceOptions.sources))
        m_source->addItem(sourceLabel(s), Scanner::sourceName(s));
    restore(m_source, QStringLiteral("scan/source"));
    for (ScanMode m : std::as_const(m_deviceOptions.modes))
        m_mode->addItem(modeLabel(m), Scanner::modeName(m));
    // Grey is what most letters need; colour only where colour matters.
    if (const int grey = m_mode->findData(Scanner::modeName(ScanMode::Gray)); grey >= 0)
        m_mode->setCurrentIndex(grey);
    restore(m_mode, QStringLiteral("scan/mode"));

    QList<int> dpis = m_deviceOptions.dpiList;
    if (dpis.isEmpty()) {
        for (int dpi : { 75, 100, 150, 200, 300, 400, 600, 1200 }) {
            if (dpi >= m_deviceOptions.minDpi && (m_deviceOptions.maxDpi <= 0 || dpi <= m_deviceOptions.maxDpi))
                dpis << dpi;
        }
    }
    for (int dpi : std::as_const(dpis))
        m_resolution->addItem(tr("%1 dpi").arg(dpi), dpi);
    // 300 dpi: what TR-RESISCAN and OCR both like for office documents.
    const int preferred = m_resolution->findData(300);
    m_resolution->setCurrentIndex(preferred >= 0 ? preferred : m_resolution->count() - 1);
    restore(m_resolution, QStringLiteral("scan/dpi"));

    const double maxW = m_deviceOptions.maxWidthMm, maxH = m_deviceOptions.maxHeightMm;
    for (const PageSize &size : kPageSizes) {
        // A size larger than the glass or the feeder is not offered (half a millimetre of tolerance).
        if (maxW > 0 && maxH > 0 && (size.widthMm > maxW + 0.5 || size.heightMm > maxH + 0.5))
            continue;
        m_pageSize->addItem(tr(size.name), QString::fromLatin1(size.key));
        m_pageSize->setItemData(m_pageSize->count() - 1, QSizeF(size.widthMm, size.heightMm), Qt::UserRole + 1);
    }
    if (maxW > 0 && maxH > 0) {
        m_pageSize->addItem(tr("Largest the device scans (%1 × %2 mm)").arg(std::lround(maxW)).arg(std::lround(maxH)),
            QStringLiteral("max"));
        m_pageSize->setItemData(m_pageSize->count() - 1, QSizeF(maxW, maxH), Qt::UserRole + 1);
    }
    restore(m_pageSize, QStringLiteral("scan/pageSize"));
    updateState();
}

Dms::ScanOptions ScanDialog::currentOptions() const
{
    Dms::ScanOptions o;
    o.device = m_device->currentData().toString();
    o.source = Scanner::sourceFromName(m_source->currentData().toString()).value_or(ScanSource::Flatbed);
    o.mode = Scanner::modeFromName(m_mode->currentData().toString()).value_or(ScanMode::Gray);
    o.dpi = m_resolution->currentData().toInt() > 0 ? m_resolution->currentData().toInt() : o.dpi;
    const QSizeF size = m_pageSize->currentData(Qt::UserRole + 1).toSizeF();
    if (size.isValid() && !size.isEmpty()) {
        o.widthMm = size.width();
        o.heightMm = size.height();
    }
    o.maxPages = o.source == ScanSource::Flatbed ? 0 : m_maxPages->value();
    o.deviceOptions = m_extraDeviceOptions;
    return o;
}

void ScanDialog::saveSettings() const
{
    QSettings s;
    s.setValue(QStringLiteral("scan/device"), m_device->currentData());
    s.setValue(QStringLiteral("scan/source"), m_source->currentData());
    s.setValue(QStringLiteral("scan/mode"), m_mode->currentData());
    s.setValue(QStringLiteral("scan/dpi"), m_resolution->currentData());
    s.setValue(QStringLiteral("scan/pageSize"), m_pageSize->currentData());
}

// ---- scanning ---------------------------------------------------------------------------------

void ScanDialog::startScan()
{
    if (isScanning() || isFiling() || !m_engine || m_source->count() == 0)
        return;
    saveSettings();
    Dms::ScanOptions o = currentOptions();
    const bool first = m_batchDir.isEmpty();
    if (first) {
        m_capturedAt = QDateTime::currentDateTimeUtc();
        // Like the CLI: the pages wait in the data folder until they are filed.
        m_batchDir = QDir(m_engine->dataDir())
                         .filePath(QStringLiteral("scans/")
                             + m_capturedAt.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
    }
    if (!m_haveScanSettings) {
        m_scanSettings = o;
        m_haveScanSettings = true;
    }
    // Each run ("scan more") in a folder of its own: the worker numbers its pages from 1 again.
    o.outDir = QDir(m_batchDir).filePath(QString::number(++m_runs));
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_scanning = true;
    showMessage({}, false);
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_progress->show();
    m_progressLabel->setText(tr("Starting the scanner…"));
    const QString batchFile = QDir(m_batchDir).filePath(kBatchFile);
    const QJsonObject batch { { QStringLiteral("device"), m_scanSettings.device },
        { QStringLiteral("source"), Scanner::sourceName(m_scanSettings.source) },
        { QStringLiteral("mode"), Scanner::modeName(m_scanSettings.mode) },
        { QStringLiteral("dpi"), m_scanSettings.dpi },
        { QStringLiteral("captured_at"), m_capturedAt.toString(Qt::ISODateWithMs) } };
    // The dialog outlives this job: its destructor cancels it and waits (see ~ScanDialog).
    m_scanWatcher.setFuture(QtConcurrent::run([this, o, cancel = m_cancelFlag, batchFile, batch, first] {
        if (first && QDir().mkpath(QFileInfo(batchFile).path())) {
            // What a kept batch needs to be filed later with a correct transfer note.
            QSaveFile f(batchFile);
            if (f.open(QIODevice::WriteOnly)) {
                f.write(QJsonDocument(batch).toJson());
                f.commit();
            }
        }
        return Scanner::scan(
            o,
            [this](const Dms::ScannedPage &page) {
                QMetaObject::invokeMethod(
                    this, [this, page] { addScannedPage(page); }, Qt::QueuedConnection);
            },
            cancel.get(),
            [this](int page, int percent) {
                QMetaObject::invokeMethod(
                    this,
                    [this, page, percent] {
                        m_progress->setValue(percent);
                        m_progressLabel->setText(tr("Scanning page %1…").arg(page));
                    },
                    Qt::QueuedConnection);
            });
    }));
    updateState();
}

void ScanDialog::addScannedPage(const Dms::ScannedPage &page)
{
    if (m_seenPaths.contains(page.path))
        return;
    m_seenPaths.insert(page.path);
    const int key = m_pages->append(page);
    if (!m_pageView->currentIndex().isValid())
        m_pageView->setCurrentIndex(m_pages->index(m_pages->rowOfKey(key)));
    const bool orient = m_autoOrientation;
    const Dms::Ocr::Options ocr;
    runPageJob(key, [key, path = page.path, coverage = page.coverage, orient, ocr] {
        return preparePage(key, path, coverage, orient, ocr);
    });
}

void ScanDialog::scanFinished()
{
    const Dms::ScanResult r = m_scanWatcher.result();
    m_scanning = false;
    m_progress->hide();
    // Every page the worker wrote is in r.pages; one whose report did not come is added here.
    for (const Dms::ScannedPage &p : r.pages)
        addScannedPage(p);
    const int n = static_cast<int>(r.pages.size());
    if (r.ok()) {
        m_progressLabel->setText(tr("%n page(s) scanned.", nullptr, n));
    } else {
        m_progressLabel->clear();
        QString text = r.message.isEmpty() ? tr("The scan failed (%1).").arg(r.detail) : r.message;
        if (n > 0)
            text += QLatin1Char(' ') + tr("The %n page(s) scanned before stay in the review.", nullptr, n);
        showMessage(text, r.status != Dms::ScanResult::Status::Cancelled);
    }
    updateState();
}

void ScanDialog::cancelWork()
{
    if (m_cancelFlag)
        m_cancelFlag->store(true);
    m_progressLabel->setText(isFiling() ? tr("Stopping the filing…") : tr("Stopping the scanner…"));
}

void ScanDialog::reject()
{
    // Closing stops what runs; the pages stay in the batch folder.
    if (isScanning() || isFiling())
        cancelWork();
    QDialog::reject();
}

// ---- loading a kept batch ---------------------------------------------------------------------

void ScanDialog::loadBatch(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, { QStringLiteral("*.png") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    // Runs are numbered folders ("1", "2", …) with numbered pages: order by run, then by name.
    std::sort(files.begin(), files.end(), [&dir](const QString &a, const QString &b) {
        const QString ra = QDir(dir).relativeFilePath(a), rb = QDir(dir).relativeFilePath(b);
        const int ia = ra.section(QLatin1Char('/'), 0, 0).toInt(), ib = rb.section(QLatin1Char('/'), 0, 0).toInt();
        return ia != ib ? ia < ib : ra < rb;
    });
    m_batchDir = QDir(dir).absolutePath();
    QFile batch(QDir(dir).filePath(kBatchFile));
    if (batch.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(batch.readAll()).object();
        m_scanSettings.device = o.value(QLatin1String("device")).toString();
        m_scanSettings.source
            = Scanner::sourceFromName(o.value(QLatin1String("source")).toString()).value_or(ScanSource::Flatbed);
        m_scanSettings.mode = Scanner::modeFromName(o.value(QLatin1String("mode")).toString()).value_or(ScanMode::Gray);
        m_scanSettings.dpi = o.value(QLatin1String("dpi")).toInt(m_scanSettings.dpi);
        m_capturedAt = QDateTime::fromString(o.value(QLatin1String("captured_at")).toString(), Qt::ISODateWithMs);
        m_haveScanSettings = !m_scanSettings.device.isEmpty();
        QDir runs(dir);
        for (const QString &run : runs.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            m_runs = std::max(m_runs, run.toInt());
    }
    if (!m_capturedAt.isValid())
        m_capturedAt
            = files.isEmpty() ? QDateTime::currentDateTimeUtc() : QFileInfo(files.first()).lastModified().toUTC();
    for (const QString &path : std::as_const(files)) {
        Dms::ScannedPage page;
        page.number = static_cast<int>(m_pages->pages().size()) + 1;
        page.path = path;
        page.coverage = -1; // measured in the background
        page.mode = m_scanSettings.mode;
        addScannedPage(page);
    }
    updateState();
}

void ScanDialog::chooseKeptBatch()
{
    if (!m_engine || !m_batchDir.isEmpty())
        return;
    const QString scans = QDir(QDir(m_engine->dataDir()).filePath(QStringLiteral("scans"))).canonicalPath();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a kept batch"), scans);
    if (dir.isEmpty())
        return;
    // Only page files our scan worker wrote are opened here: images from elsewhere are untrusted
    // input, which this process does not decode (they go through the import instead).
    const QString chosen = QDir(dir).canonicalPath();
    if (scans.isEmpty() || !chosen.startsWith(scans + QLatin1Char('/'))) {
        showMessage(tr("Only batches kept in %1 can be opened here; add other files with \"Add documents\".")
                        .arg(QDir::toNativeSeparators(scans)),
            true);
        return;
    }
    loadBatch(chosen);
}

// ---- page jobs --------------------------------------------------------------------------------

ScanDialog::PageWork ScanDialog::preparePage(
    int key, const QString &path, double coverage, bool orient, const Dms::Ocr::Options &ocr)
{
    PageWork w;
    w.key = key;
    QImage image(path);
    if (image.isNull()) {
        w.problem = tr("The page image cannot be read.");
        return w;
    }
    const QImage::Format original = image.format();
    w.coverage = coverage >= 0 ? coverage : Dms::PageAnalysis::analyse(image).coverage;
    // A printed separator sheet (also when the page comes from a kept batch) is never turned.
    w.separator = Dms::SeparatorSheet::detect(image) ? 1 : 0;
    // Orientation and skew only for pages with text on them: a blank page has neither.
    const bool hasInk = w.coverage >= Dms::PageAnalysis::BlankOptions().blankThreshold && w.separator == 0;
    bool changed = false;
    if (orient && hasInk) {
        const auto o = Dms::Ocr::orientation(path, ocr);
        if (o && o->rotate != 0 && o->confidence >= kOrientationConfidence) {
            image = turned(image, o->rotate);
            w.autoRotation = o->rotate;
            changed = true;
        }
    }
    if (hasInk) {
        const double skew = Dms::PageAnalysis::estimateSkew(image, kMaxSkew);
        if (std::abs(skew) >= kMinSkew && std::abs(skew) < kMaxSkew - 0.5) {
            // Confident only if the straightened page then looks straight: on a page of text lines
            // it does; on a checkerboard, a drawing or a photo the projection has no clear
            // maximum and the "straightened" page finds another skew.
            const QImage straight = Dms::PageAnalysis::deskew(image, skew);
            if (std::abs(Dms::PageAnalysis::estimateSkew(straight, kMaxSkew)) < kMinSkew) {
                image = straight;
                w.deskewed = skew;
                changed = true;
            }
        }
    }
    if (changed) {
        image = inFormat(image, original);
        if (!savePage(image, path)) {
            // The file is as it was: the review must not claim what did not happen.
            w.problem = tr("The turned or straightened page could not be saved.");
            w.autoRotation = 0;
            w.deskewed = 0;
            image = QImage(path);
        }
    }
    w.width = image.width();
    w.height = image.height();
    w.dpi = dpiOf(image);
    w.thumbnail = thumbnailOf(image);
    return w;
}

ScanDialog::PageWork ScanDialog::rotatePage(int key, const QString &path, int degrees)
{
    PageWork w;
    w.key = key;
    QImage image(path);
    if (image.isNull()) {
        w.problem = tr("The page image cannot be read.");
        return w;
    }
    const QImage rotated = inFormat(turned(image, degrees), image.format());
    if (savePage(rotated, path)) {
        w.rotation = degrees;
        image = rotated;
    } else {
        w.problem = tr("The turned page could not be saved.");
    }
    w.width = image.width();
    w.height = image.height();
    w.dpi = dpiOf(image);
    w.thumbnail = thumbnailOf(image);
    return w;
}

void ScanDialog::runPageJob(int key, std::function<PageWork()> job)
{
    ++m_pendingJobs;
    m_pages->change(key, [](ReviewPage &p) { p.busy = true; });
    auto *watcher = new QFutureWatcher<PageWork>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        const PageWork w = watcher->result();
        watcher->deleteLater();
        --m_pendingJobs;
        m_pages->change(w.key, [&w](ReviewPage &p) {
            p.busy = false;
            if (!w.thumbnail.isNull())
                p.thumbnail = w.thumbnail;
            if (w.coverage >= 0)
                p.coverage = w.coverage;
            if (w.separator >= 0)
                p.scanned.separator = w.separator == 1;
            if (w.width > 0) {
                p.scanned.width = w.width;
                p.scanned.height = w.height;
            }
            if (w.dpi > 0 && p.scanned.dpi <= 0)
                p.scanned.dpi = w.dpi;
            p.autoRotation = (p.autoRotation + w.autoRotation) % 360;
            p.rotation = (p.rotation + w.rotation) % 360;
            p.deskewed += w.deskewed;
            p.problem = w.problem;
        });
        updateReview();
    });
    watcher->setFuture(QtConcurrent::run(&m_pagePool, std::move(job)));
    updateState();
}

int ScanDialog::selectedRow() const
{
    const QModelIndex i = m_pageView->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void ScanDialog::rotateSelected(int degrees)
{
    const ReviewPage *p = m_pages->page(selectedRow());
    if (!p || isFiling())
        return;
    runPageJob(p->key, [key = p->key, path = p->scanned.path, degrees] { return rotatePage(key, path, degrees); });
}

void ScanDialog::moveSelected(int delta)
{
    const int row = selectedRow();
    if (row < 0 || isFiling())
        return;
    if (m_pages->movePage(row, row + delta))
        m_pageView->setCurrentIndex(m_pages->index(row + delta));
}

void ScanDialog::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0 || isFiling())
        return;
    // The file stays in the batch folder until the batch is filed: deleting is undone by loading it again.
    m_pages->removePage(row);
    if (m_pages->rowCount() > 0)
        m_pageView->setCurrentIndex(m_pages->index(std::min(row, m_pages->rowCount() - 1)));
}

void ScanDialog::toggleKeep()
{
    const ReviewPage *p = m_pages->page(selectedRow());
    if (!p)
        return;
    const bool keep = !p->keep;
    m_pages->change(p->key, [keep](ReviewPage &page) { page.keep = keep; });
    updateReview();
}

void ScanDialog::thresholdChanged(double percent)
{
    const QSignalBlocker block(m_thresholdSlider);
    m_thresholdSlider->setValue(static_cast<int>(std::lround(percent * kPercentScale)));
    m_pages->setThreshold(percent / 100.0);
}

// ---- the review's result ----------------------------------------------------------------------

QList<QList<int>> ScanDialog::documentGroups() const
{
    // Printed separator sheets always start a new document (that is all they are for); blank
    // pages only when the clerk asks for it. Both are left out of what is filed.
    const QList<bool> blank = m_pages->blankFlags();
    const QList<bool> separator = m_pages->separatorFlags();
    QList<QList<int>> groups;
    QList<int> current;
    for (int row = 0; row < blank.size(); ++row) {
        if (separator.at(row) || (blank.at(row) && m_split->isChecked())) {
            if (!current.isEmpty())
                groups << current;
            current.clear();
        } else if (!blank.at(row)) {
            current << row;
        }
    }
    if (!current.isEmpty())
        groups << current;
    return groups;
}

QString ScanDialog::reviewNote() const
{
    QStringList parts;
    const QList<bool> blank = m_pages->blankFlags();
    const int blanks = static_cast<int>(std::count(blank.begin(), blank.end(), true));
    if (blanks > 0) {
        parts << (m_split->isChecked() ? tr("%n blank page(s) removed as separator sheets", nullptr, blanks)
                                       : tr("%n blank page(s) removed", nullptr, blanks));
    }
    const QList<bool> separator = m_pages->separatorFlags();
    if (const int sheets = static_cast<int>(std::count(separator.begin(), separator.end(), true)); sheets > 0)
        parts << tr("%n printed separator sheet(s) removed", nullptr, sheets);
    if (m_pages->deletedCount() > 0)
        parts << tr("%n page(s) deleted", nullptr, m_pages->deletedCount());
    if (m_pages->reordered())
        parts << tr("order of pages changed");
    // Page numbers as in the product: the pages filed, counted over the batch.
    int number = 0;
    for (int row = 0; row < blank.size(); ++row) {
        if (blank.at(row) || separator.at(row))
            continue;
        ++number;
        const ReviewPage &p = m_pages->pages().at(row);
        if (p.autoRotation != 0)
            parts << tr("page %1 rotated automatically (%2°)").arg(number).arg(p.autoRotation);
        if (p.rotation != 0)
            parts << tr("page %1 rotated (%2°)").arg(number).arg(p.rotation);
        if (p.deskewed != 0)
            parts << tr("page %1 straightened (%2°)").arg(number).arg(QLocale().toString(p.deskewed, 'f', 1));
    }
    return parts.join(QStringLiteral(", "));
}

void ScanDialog::updateReview()
{
    const QList<QList<int>> groups = documentGroups();
    if (m_pages->rowCount() == 0)
        m_documentCount->setText(tr("No pages yet."));
    else if (groups.isEmpty())
        m_documentCount->setText(tr("Every page is blank: nothing to file."));
    else
        m_documentCount->setText(tr("%n document(s) will be filed.", nullptr, static_cast<int>(groups.size())));
    updateState();
}

void ScanDialog::updateState()
{
    const bool scanning = isScanning();
    const bool filing = isFiling();
    const bool listing = m_listWatcher.isRunning();
    const bool reading = m_optionsWatcher.isRunning();
    const bool idle = !scanning && !filing;
    m_device->setEnabled(idle && !listing);
    m_refresh->setEnabled(idle && !listing);
    for (QWidget *w : std::initializer_list<QWidget *> { m_source, m_mode, m_resolution, m_pageSize })
        w->setEnabled(idle && !reading);
    m_maxPages->setEnabled(
        idle && !reading && Scanner::sourceFromName(m_source->currentData().toString()) != ScanSource::Flatbed);
    m_scan->setEnabled(idle && !listing && !reading && m_source->count() > 0 && m_engine);
    m_scan->setText(m_pages->rowCount() > 0 ? tr("Sca&n more") : tr("&Scan"));
    m_scan->setAccessibleName(m_pages->rowCount() > 0 ? tr("Scan more pages into this batch") : tr("Scan"));
    m_cancel->setEnabled(scanning || filing);
    const ReviewPage *current = m_pages->page(selectedRow());
    for (QAction *a : { m_rotateLeft, m_rotateRight, m_rotate180, m_delete, m_keep })
        a->setEnabled(!filing && current);
    m_moveUp->setEnabled(!filing && current && selectedRow() > 0);
    m_moveDown->setEnabled(!filing && current && selectedRow() < m_pages->rowCount() - 1);
    m_keep->setChecked(current && current->keep);
    m_thresholdSlider->setEnabled(!filing);
    m_thresholdSpin->setEnabled(!filing);
    m_split->setEnabled(!filing);
    m_file->setEnabled(
        idle && m_engine && !m_engine->isReadOnly() && m_pendingJobs == 0 && !documentGroups().isEmpty());
    m_pageView->setEnabled(!filing);
    // One batch per dialog: a kept one is opened into an empty review only.
    m_resume->setEnabled(idle && m_engine && m_batchDir.isEmpty());
}

void ScanDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? Theme::labelStyle(Theme::Tone::Error, palette()) : QString());
    m_message->setVisible(!text.isEmpty());
}

// ---- filing -----------------------------------------------------------------------------------

void ScanDialog::fileBatch()
{
    if (!m_engine || isScanning() || isFiling() || m_pendingJobs > 0)
        return;
    const QList<QList<int>> rows = documentGroups();
    if (rows.isEmpty()) {
        showMessage(tr("There is no page to file."), true);
        return;
    }
    // Only the pages filed, numbered as in the product; the groups point into that list. The
    // review's keys per group say which pages leave the review when their document is filed.
    QList<Dms::ScannedPage> pages;
    QList<QList<int>> groups;
    QList<QList<int>> groupKeys;
    for (const QList<int> &group : rows) {
        QList<int> indices, keys;
        for (int row : group) {
            Dms::ScannedPage p = m_pages->pages().at(row).scanned;
            p.number = static_cast<int>(pages.size()) + 1;
            indices << static_cast<int>(pages.size());
            keys << m_pages->pages().at(row).key;
            pages << p;
        }
        groups << indices;
        groupKeys << keys;
    }
    m_filedKeys.clear();
    m_partlyFiled.clear();
    Dms::ScanOptions settings = m_haveScanSettings ? m_scanSettings : currentOptions();
    if (settings.device.isEmpty())
        settings.device = tr("unknown scanner");
    const QString note = reviewNote();
    m_cancelFlag = std::make_shared<std::atomic<bool>>(false);
    m_filing = true;
    showMessage({}, false);
    m_progress->setRange(0, static_cast<int>(pages.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_progressLabel->setText(tr("Recognising the text…"));
    m_fileWatcher.setFuture(QtConcurrent::run(
        [this, engine = m_engine, settings, pages, groups, groupKeys, caseId = m_caseId, capturedAt = m_capturedAt,
            cancel = m_cancelFlag, note, batch = m_batchDir]() -> Result<QList<Dms::ScanFiling::Filed>> {
            // A document is committed: its page files have served (a kept batch opened again must
            // not bring them back), and they leave the review if a later document fails.
            auto onFiled = [this, &pages, &groups, &groupKeys](const Dms::ScanFiling::Filed &f, qsizetype g) {
                for (int i : groups.at(g))
                    QFile::remove(pages.at(i).path);
                QMetaObject::invokeMethod(
                    this,
                    [this, keys = groupKeys.at(g), id = f.documentId] {
                        m_filedKeys << keys;
                        m_partlyFiled << id;
                    },
                    Qt::QueuedConnection);
            };
            auto done = Dms::ScanFiling::file(*engine, settings, pages, groups, caseId, capturedAt,
                Dms::DocumentOcr::configured(*engine), cancel.get(),
                note, [this](int recognised, int total) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, recognised, total] {
                            m_progress->setValue(recognised);
                            m_progressLabel->setText(tr("%1 of %2 pages recognised…").arg(recognised).arg(total));
                        },
                        Qt::QueuedConnection);
                },
                onFiled);
            if (!done)
                return done;
            // Filed: the page files have served. The recognised text goes into the search index now.
            if (!batch.isEmpty())
                QDir(batch).removeRecursively();
            (void)Dms::Search::Indexer::update(*engine, cancel.get());
            return done;
        }));
    updateState();
}

void ScanDialog::filingFinished()
{
    const auto result = m_fileWatcher.result();
    m_filing = false;
    m_progress->hide();
    m_progressLabel->clear();
    if (!result) {
        // The documents filed before the error stay filed; their pages leave the review, so that
        // "File" again files only what is left, never a second copy.
        for (const int key : std::as_const(m_filedKeys)) {
            const int row = m_pages->rowOfKey(key);
            if (row >= 0)
                m_pages->removePage(row, false);
        }
        QString message = tr("The pages could not be filed: %1").arg(result.error().message);
        if (!m_partlyFiled.isEmpty())
            message += QLatin1Char(' ')
                + tr("%n document(s) were filed before that; their pages have left the review.", nullptr,
                     static_cast<int>(m_partlyFiled.size()));
        message += QLatin1Char(' ')
            + tr("No page is lost: the others are kept in %1 and stay here in the review.")
                  .arg(QDir::toNativeSeparators(m_batchDir));
        showMessage(message, true);
        updateReview();
        return;
    }
    m_filed = *result;
    QList<QUuid> ids;
    for (const Dms::ScanFiling::Filed &f : std::as_const(m_filed))
        ids << f.documentId;
    const QString where = m_caseId.isNull() ? tr("the intake") : tr("case %1").arg(m_caseReference);
    Q_EMIT filed(ids, m_caseId, where);
    accept();
}

} // namespace Aktenwerk::Client
