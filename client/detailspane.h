#pragma once

#include "client/recordtreemodel.h"
#include "model/fileplan.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

class AsyncReader;
class MessageBanner;
class MetadataForm;

/**
 * The right-hand pane: what is selected, its metadata form (editable while the file is open),
 * the versions of a document and the history of field changes.
 */
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    explicit DetailsPane(AsyncReader *reader, QWidget *parent = nullptr);

    void setEngine(Dms::Engine *engine) { m_engine = engine; }
    /** @p department: the department of the file the item belongs to (selects the schema). */
    void showItem(const RecordTreeModel::Item &item, const QString &department);
    void showPlanUnit(const Model::PlanUnit &unit);
    void clear();

    QUuid currentId() const { return m_id; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    MetadataForm *metadataForm() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *versionTable() const { return m_versions; }
    MessageBanner *banner() const { return m_banner; }
    /** Links of a document to others: the original of a reference, an e-mail and its attachments. */
    QLabel *linksLabel() const { return m_links; }

Q_SIGNALS:
    void saved(const QUuid &id);
    /** A link to another document was followed: select it. */
    void documentActivated(const QUuid &id);

private:
    void save();
    void revert();
    void setEditable(bool editable);
    void loadHistory();
    void addInfo(const QString &label, const QString &value);
    void loadLinks(const Model::Document &document);
    /** Adds who has the document checked out, and since when, to the information rows. */
    void loadLock(const QUuid &documentId);

    AsyncReader *m_reader;
    Dms::Engine *m_engine = nullptr;
    QUuid m_id;
    QString m_title;
    Model::FieldValues m_values;
    QLabel *m_heading;
    QLabel *m_subheading;
    MessageBanner *m_banner;
    QFormLayout *m_info;
    QLabel *m_links;
    QWidget *m_editBox;
    QLineEdit *m_titleEdit;
    MetadataForm *m_form;
    QPushButton *m_save;
    QPushButton *m_revert;
    QLabel *m_versionsLabel;
    QTableWidget *m_versions;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    bool m_saving = false;
};

} // namespace Aktenwerk::Client
