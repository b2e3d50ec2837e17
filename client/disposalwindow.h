#pragma once

#include "dms/records/recordkeeping.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QUuid>

#include <functional>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class QWidget;

namespace Aktenwerk::Dms {
class Engine;
}

namespace Aktenwerk::Client {

/**
 * The records officer's window for disposal (Aussonderung) and destruction (issue 16): what is
 * due (closed, retention ended, no hold) from the local index, to offer to the archive (0501),
 * hand over directly (0503, classed A) or propose for destruction; the disposal processes as the
 * server keeps them, each with its state and what comes next, reading in the archive's answers and
 * transferring what it wants; the destruction proposals waiting for a second person's decision,
 * and the deletion records. Every act goes to the central repository, which decides; the window
 * waits for nothing (reads and acts run in the background) and shows a refusal where it happened.
 * Messages to the archive are written into one folder, shown at the top.
 */
class DisposalWindow : public QDialog
{
    Q_OBJECT
public:
    using ServerSession = Dms::RecordKeeping::ServerSession;

    DisposalWindow(std::shared_ptr<Dms::Engine> engine, ServerSession session, QWidget *parent = nullptr);

    /** Where messages to the archive are written (remembered in the settings). */
    QString outFolder() const;
    void setOutFolder(const QString &folder);

    /** Reads everything again: the due files here, processes, proposals and records from the server. */
    void refresh();

    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *dueList() const { return m_due; }
    QTreeWidget *processList() const { return m_processes; }
    QTreeWidget *proposalList() const { return m_proposals; }
    QTreeWidget *recordList() const { return m_records; }
    QLabel *messageLabel() const { return m_message; }
    QLineEdit *remarkField() const { return m_remark; }
    bool isBusy() const { return m_busy > 0; }

    /** Writes the due files as listed to @p path: CSV, or PDF for a name ending in .pdf. */
    void exportDueList(const QString &path);

    /** Reads in a container from the archive (0504, 0502 — confirmed at once into the folder —, 0507, 0506). */
    void importContainer(const QString &zipPath);

public Q_SLOTS:
    void offerSelected();
    void transferDirectSelected();
    void proposeSelectedDue();
    void transferSelectedProcess();
    void proposeSelectedProcess();
    void approveSelectedProposal();
    void rejectSelectedProposal();

Q_SIGNALS:
    /** Something was decided (the index may have changed: files destroyed, say). */
    void acted(const QString &message);
    /** Every read of refresh() has come back. */
    void refreshed();

private:
    void buildDueTab();
    void buildProcessTab();
    void buildDestructionTab();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    QList<QUuid> selectedDueFiles() const;
    QUuid selectedProcess() const;
    QUuid selectedProposal() const;
    /** Runs @p work off the GUI thread; @p done gets its message (empty: nothing to say) or error. */
    void act(const QString &what, std::function<Model::Result<QString>()> work);
    void readDone();
    void showServerView(const QJsonArray &processes, const QJsonArray &proposals, const QJsonArray &records);

    std::shared_ptr<Dms::Engine> m_engine;
    ServerSession m_session;
    int m_busy = 0;
    int m_reading = 0;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_folder = nullptr;
    QLabel *m_message = nullptr;
    // due
    QDateEdit *m_dueBy = nullptr;
    QTreeWidget *m_due = nullptr;
    QList<Dms::DisposalItem> m_dueItems;
    QHash<QUuid, QString> m_underWay; ///< due files already in a process (its state) or proposed
    QPushButton *m_offer = nullptr;
    QPushButton *m_direct = nullptr;
    QPushButton *m_proposeDue = nullptr;
    // processes
    QTreeWidget *m_processes = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_transfer = nullptr;
    QPushButton *m_proposeProcess = nullptr;
    QLabel *m_next = nullptr;
    // destruction
    QTreeWidget *m_proposals = nullptr;
    QLineEdit *m_remark = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_reject = nullptr;
    QWidget *m_confirm = nullptr;
    QLabel *m_confirmText = nullptr;
    QTreeWidget *m_records = nullptr;
};

} // namespace Aktenwerk::Client
