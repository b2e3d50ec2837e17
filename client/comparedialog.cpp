#include "client/comparedialog.h"

#include "client/messagebanner.h"
#include "client/theme.h"
#include "client/versionformat.h"
#include "dms/engine.h"
#include "dms/versions/versiontext.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QThreadPool>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Aktenwerk::Client {

using namespace Model;

CompareDialog::CompareDialog(Dms::Engine *engine, QThreadPool *pool, const QString &title, const Version &older,
    const Version &newer, QWidget *parent)
    : QDialog(parent)
    , m_older(older)
    , m_newer(newer)
    , m_banner(new MessageBanner(this))
    , m_meta(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_diff(new QTextEdit(this))
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare versions %1 and %2 – %3").arg(older.number).arg(newer.number).arg(title));

    m_meta->setObjectName(QStringLiteral("compareMetadata"));
    m_meta->setAccessibleName(tr("Metadata of both versions"));
    m_meta->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_meta->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it), as in every list here
    m_meta->horizontalHeader()->setStretchLastSection(true);
    m_meta->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading the text of both versions…"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_diff->setObjectName(QStringLiteral("compareDiff"));
    m_diff->setAccessibleName(tr("Text differences: lines starting with + were added, lines starting with − removed"));
    m_diff->setReadOnly(true);
    m_diff->setTabChangesFocus(true);
    m_diff->setLineWrapMode(QTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    m_diff->setFont(mono);

    auto *legend = new QLabel(tr("Lines marked + (green) are only in version %1, lines marked − (red) only in "
                                 "version %2.")
                                  .arg(newer.number)
                                  .arg(older.number),
        this);
    legend->setWordWrap(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_meta);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(legend);
    lowerLayout->addWidget(m_diff, 1);
    split->addWidget(lower);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    resize(900, 700);

    fillMetadata();
    load(engine, pool);
}

void CompareDialog::fillMetadata()
{
    struct Row
    {
        QString label;
        QString older;
        QString newer;
    };
    const Version &a = m_older;
    const Version &b = m_newer;
    const QList<Row> rows {
        { tr("Version"), QString::number(a.number), QString::number(b.number) },
        { tr("Author"), a.author, b.author },
        { tr("Time"), VersionFormat::when(a.createdAt), VersionFormat::when(b.createdAt) },
        { tr("Origin"), VersionFormat::originText(a), VersionFormat::originText(b) },
        { tr("Size"), QLocale().formattedDataSize(a.size), QLocale().formattedDataSize(b.size) },
        { tr("SHA-256"), a.sha256, b.sha256 },
        { tr("Format"), a.mimeType, b.mimeType },
        { tr("File name"), a.fileName, b.fileName },
        { tr("Comment"), a.comment, b.comment },
    };
    m_meta->setColumnCount(2);
    m_meta->setRowCount(static_cast<int>(rows.size()));
    m_meta->setHorizontalHeaderLabels({ tr("Version %1").arg(a.number), tr("Version %1").arg(b.number) });
    QStringList labels;
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        labels << r.label;
        const bool differs = i > 0 && r.older != r.newer; // the version number always differs
        for (int c = 0; c < 2; ++c) {
            auto *item = new QTableWidgetItem(c == 0 ? r.older : r.newer);
            item->setToolTip(item->text());
            if (differs) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setData(Qt::AccessibleDescriptionRole, tr("differs"));
            }
            m_meta->setItem(i, c, item);
        }
    }
    m_meta->setVerticalHeaderLabels(labels);
    m_meta->resizeColumnsToContents();
}

void CompareDialog::load(Dms::Engine *engine, QThreadPool *pool)
{
    if (!engine) {
        m_summary->setText(tr("No data folder is open."));
        return;
    }
    const Version a = m_older;
    const Version b = m_newer;
    auto *watcher = new QFutureWatcher<Result<TextDiff>>(this);
    connect(watcher, &QFutureWatcher<Result<TextDiff>>::finished, this, [this, watcher] {
        const Result<TextDiff> r = watcher->result();
        watcher->deleteLater();
        m_loaded = true;
        if (!r) {
            m_banner->showMessage(r.error().message,
                r.error().code == ErrorCode::Unsupported ? MessageBanner::Kind::Information
                                                         : MessageBanner::Kind::Error);
            m_summary->setText(tr("The texts cannot be compared."));
        } else {
            m_result = *r;
            showDiff(*r);
        }
        Q_EMIT loaded();
    });
    watcher->setFuture(QtConcurrent::run(pool, [engine, a, b]() -> Result<TextDiff> {
        auto db = engine->openReader();
        if (!db)
            return std::unexpected(db.error());
        auto older = Dms::VersionText::read(*engine, *db, a);
        if (!older)
            return std::unexpected(older.error());
        auto newer = Dms::VersionText::read(*engine, *db, b);
        if (!newer)
            return std::unexpected(newer.error());
        return diffText(*older, *newer);
    }));
}

void CompareDialog::showDiff(const TextDiff &diff)
{
    if (diff.identical())
        m_summary->setText(tr("The texts of both versions are the same."));
    else
        m_summary->setText(tr("%1 line(s) added, %2 line(s) removed.").arg(diff.added).arg(diff.removed));
    if (diff.coarse)
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
            + tr("The texts are too long for a line-by-line comparison: the changed part is shown "
                 "as a whole."));

    m_diff->clear();
    QTextCursor cursor(m_diff->document());
    QTextBlockFormat plain;
    QTextBlockFormat addedFormat;
    addedFormat.setBackground(Theme::background(Theme::Tone::Positive, palette()));
    QTextBlockFormat removedFormat;
    removedFormat.setBackground(Theme::background(Theme::Tone::Error, palette()));
    QTextCharFormat text;
    QTextCharFormat addedText;
    addedText.setForeground(Theme::textOn(Theme::Tone::Positive, palette()));
    QTextCharFormat removedText;
    removedText.setForeground(Theme::textOn(Theme::Tone::Error, palette()));
    removedText.setFontStrikeOut(false);
    const qsizetype shown = std::min<qsizetype>(diff.lines.size(), maxShownLines);
    cursor.beginEditBlock();
    for (qsizetype i = 0; i < shown; ++i) {
        const DiffLine &l = diff.lines.at(i);
        if (i > 0)
            cursor.insertBlock();
        switch (l.kind) {
        case DiffLine::Kind::Same:
            cursor.setBlockFormat(plain);
            cursor.insertText(QStringLiteral("  ") + l.text, text);
            break;
        case DiffLine::Kind::Added:
            cursor.setBlockFormat(addedFormat);
            cursor.insertText(QStringLiteral("+ ") + l.text, addedText);
            break;
        case DiffLine::Kind::Removed:
            cursor.setBlockFormat(removedFormat);
            cursor.insertText(QStringLiteral("\u2212 ") + l.text, removedText);
            break;
        }
    }
    if (shown < diff.lines.size()) {
        cursor.insertBlock();
        cursor.setBlockFormat(plain);
        cursor.insertText(
            tr("… %n more line(s) not shown.", nullptr, static_cast<int>(diff.lines.size() - shown)), text);
    }
    cursor.endEditBlock();
    m_diff->moveCursor(QTextCursor::Start);
}

} // namespace Aktenwerk::Client
