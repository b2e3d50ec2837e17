#pragma once

#include "model/entities.h"
#include "model/textdiff.h"

#include <QDialog>

class QLabel;
class QTableWidget;
class QTextEdit;
class QThreadPool;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class MessageBanner;

/**
 * Two versions of a document side by side: their metadata in a table (rows that differ in
 * bold) and their text as a line diff. Added and removed lines are marked with a colour and
 * with "+" / "−" in front, so that the difference does not depend on seeing colour. The texts
 * are read off the GUI thread (Dms::VersionText: verified content, the extraction worker for
 * PDFs); a damaged content file is shown as an error, never compared as if it were fine.
 */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    /** @p older and @p newer in the order they are compared; @p pool runs the reading (waited for on shutdown). */
    CompareDialog(Dms::Engine *engine, QThreadPool *pool, const QString &title, const Model::Version &older,
        const Model::Version &newer, QWidget *parent = nullptr);

    QTableWidget *metadataTable() const { return m_meta; }
    QTextEdit *diffView() const { return m_diff; }
    QLabel *summaryLabel() const { return m_summary; }
    MessageBanner *banner() const { return m_banner; }
    bool isLoaded() const { return m_loaded; }
    const Model::TextDiff &diff() const { return m_result; }

    /** The maximum number of diff lines put on screen (the rest is summarised). */
    static constexpr int maxShownLines = 20000;

Q_SIGNALS:
    /** The texts were read and compared, or it failed (banner). */
    void loaded();

private:
    void fillMetadata();
    void load(Dms::Engine *engine, QThreadPool *pool);
    void showDiff(const Model::TextDiff &diff);

    Model::Version m_older;
    Model::Version m_newer;
    MessageBanner *m_banner;
    QTableWidget *m_meta;
    QLabel *m_summary;
    QTextEdit *m_diff;
    Model::TextDiff m_result;
    bool m_loaded = false;
};

} // namespace Aktenwerk::Client
