#pragma once

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

class QAction;
class QMenu;

namespace Aktenwerk::Client {

class MainWindow;
class ServerActDialog;

/**
 * Routing from the main window's list (issue 15): start a route (Geschäftsgang) on the selected
 * document, case or file, set a resubmission (Wiedervorlage) on it, save its routing slip
 * (Laufzettel) as a PDF, and set one's absence and deputy; close a file or case (z.d.A., the
 * last instruction of a Geschäftsgang) and reopen it (issue 16). Every act goes to the server, which
 * decides; these need a data folder connected to the central repository.
 */
class RoutingActions : public QObject
{
    Q_OBJECT
public:
    explicit RoutingActions(MainWindow *window);

    QAction *startAction() const { return m_start; }
    QAction *resubmitAction() const { return m_resubmit; }
    QAction *laufzettelAction() const { return m_laufzettel; }
    QAction *absenceAction() const { return m_absence; }
    QAction *closeAction() const { return m_close; }
    QAction *reopenAction() const { return m_reopen; }

    /** The Routing menu. */
    void addTo(QMenu *menu) const;
    /** What applies to the selected row, for its context menu. */
    void fillContextMenu(QMenu *menu) const;
    /** Enables what applies to the current row (and to a connected data folder). */
    void update();

    /** Where "Save routing slip…" writes without asking (tests). Empty: ask with a file dialog. */
    void setSaveTargetForTesting(const QString &path) { m_testSaveTarget = path; }

Q_SIGNALS:
    /** An act went through (@p ok) or the server refused it (@p message says why). */
    void acted(bool ok, const QString &message);
    /** The routing slip was written to @p path (empty: it failed, @p message says why). */
    void laufzettelSaved(const QString &path, const QString &message);

private:
    struct Target
    {
        QString type; ///< document, case, file
        QUuid id;
        QString label; ///< reference and title, for people
        QString fileName; ///< for the routing slip's file
        bool closed = false; ///< a file or case closed (z.d.A.)
    };
    /** The selected document, case or file; an empty type when nothing routable is selected. */
    Target target() const;
    void startRoute();
    void resubmit();
    void saveLaufzettel();
    void editAbsence();
    void closeCurrent();
    void reopenCurrent();
    /**
     * Sends one act to the server; @p dialog (if any) waits open meanwhile and closes when it went
     * through, or shows the refusal with everything typed still in it.
     */
    void act(const QString &command, const QString &type, const QUuid &id, const QJsonObject &args, const QString &done,
        ServerActDialog *dialog);

    MainWindow *m_window;
    QAction *m_start;
    QAction *m_resubmit;
    QAction *m_laufzettel;
    QAction *m_absence;
    QAction *m_close;
    QAction *m_reopen;
    QString m_testSaveTarget;
    bool m_busy = false;
};

} // namespace Aktenwerk::Client
