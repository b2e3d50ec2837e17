#pragma once

#include "client/recordtreemodel.h"
#include "dms/command.h"
#include "model/fileplan.h"

#include <QWidget>

#include <optional>

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
    /** The title or a field differs from what is stored: typed, not saved yet. */
    bool isModified() const;
    /**
     * Before what is shown here gives way to something else (another selection, closing the
     * window): a modified form asks Save / Discard / Cancel. True when it may go (saved, nothing
     * to save, or discarded); false keeps it, with the typing, and the caller stays where it is.
     */
    bool confirmLeave();
    /** The question of confirmLeave() is open: nothing else may replace what is shown meanwhile. */
    bool isAsking() const { return m_asking; }
    QPushButton *revertButton() const { return m_revert; }
    QLineEdit *titleEdit() const { return m_titleEdit; }
    MetadataForm *metadataForm() const { return m_form; }
    QPushButton *saveButton() const { return m_save; }
    QTableWidget *versionTable() const { return m_versions; }
    MessageBanner *banner() const { return m_banner; }
    /** Links of a document to others: the original of a reference, an e-mail and its attachments. */
    QLabel *linksLabel() const { return m_links; }
    /** The routes of what is shown (routing history): each with its steps, who acted and how. */
    QListWidget *routeList() const { return m_routes; }

public Q_SLOTS:
    /** Reads the routes of what is shown again (after a route was started or moved on). */
    void loadRoutes();

Q_SIGNALS:
    void saved(const QUuid &id);
    /** The form became modified, or no longer is (saved, reverted, another item). */
    void modifiedChanged(bool modified);
    /** A link to another document was followed: select it. */
    void documentActivated(const QUuid &id);

private:
    void save();
    /** Saves and waits for the engine: for confirmLeave(). False: not saved (the reason is shown). */
    bool saveNow();
    /** The command for what was typed; nullopt when it does not validate (shown inline). */
    std::optional<Dms::Command> buildSave();
    void revert();
    void updateModified();
    /**
     * The item shown again after a change elsewhere (a sync, a save in another window) while
     * the clerk types: the typing stays; fields changed meanwhile are named with their new value.
     */
    void mergeStored(const QString &title, const Model::FieldValues &values);
    void setEditable(bool editable);
    void loadHistory();
    void addInfo(const QString &label, const QString &value);
    void loadLinks(const Model::Document &document);
    /** Adds how many documents the case holds (none: how to add some) to the information rows. */
    void loadDocumentCount(const QUuid &caseId);
    /** For a document in the intake: the date of the letter and the case its text names. */
    void loadProposal(const QUuid &documentId);
    /** Adds who has the document checked out, and since when, to the information rows. */
    void loadLock(const QUuid &documentId);
    /** Adds a file's or case's closing, retention and legal holds to the information rows. */
    void loadKeeping(const QUuid &id);

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
    QLabel *m_routesLabel;
    QListWidget *m_routes;
    QLabel *m_historyLabel;
    QListWidget *m_history;
    /** Counts what was shown: a read for rows of an earlier showing adds nothing (see clear()). */
    quint64 m_shown = 0;
    bool m_saving = false;
    bool m_modified = false;
    bool m_asking = false;
    bool m_loading = false; ///< the form is being filled: not the clerk's typing
    /** The title and fields as the form showed them when loaded: what "modified" compares with. */
    QString m_shownTitle;
    Model::FieldValues m_shownValues;
};

} // namespace Aktenwerk::Client
