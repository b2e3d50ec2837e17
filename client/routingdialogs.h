#pragma once

#include "dms/workflow/routing.h"
#include "model/fileplan.h"

#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Aktenwerk::Dms {
class Database;
class Engine;
}

namespace Aktenwerk::Client {

/** Logins, units ("unit:CODE") and team leads ("lead:CODE") this client knows: addressees to complete. */
QStringList knownAddressees(Dms::Database &db);
QStringList knownLogins(Dms::Database &db);
/** The units as addressees ("unit:CODE"). */
QStringList knownUnits(Dms::Database &db);

/**
 * Sends one act (routing, closing, …) to the server off the GUI thread (SyncEngine::actNow: the server decides, then
 * the client pulls what it decided); @p done gets the result on the GUI thread while @p context
 * lives.
 */
void actInBackground(QObject *context, std::shared_ptr<Dms::Engine> engine, Dms::Routing::ServerSession session,
    const QString &command, const QString &type, const QUuid &id, const QJsonObject &args,
    std::function<void(const Model::Result<QJsonObject> &)> done);

/** A route template of the user's department, as this client last pulled it. */
struct RouteTemplate
{
    QString name;
    QJsonArray steps; ///< [{position, action, addressee, instruction, days}]
};
QList<RouteTemplate> routeTemplates(Dms::Database &db, const QString &departmentCode);

/**
 * A dialog whose act the server decides: "OK" submits (submitted()) and the dialog stays open
 * until the answer — closed when it went through, or showing the refusal with everything typed
 * still there.
 */
class ServerActDialog : public QDialog
{
    Q_OBJECT
public:
    using QDialog::QDialog;
    /** While the server is asked: the buttons wait. */
    void setBusy(bool busy);
    /** The server said no: why, in the dialog. */
    void showRefusal(const QString &message);
    QLabel *errorLabel() const { return m_error; }
    QPushButton *okButton() const { return m_ok; }

Q_SIGNALS:
    void submitted();

protected:
    /**
     * OK (named @p okText) and @p cancel: OK submits when @p check names no problem; else the
     * problem is shown and nothing is sent.
     */
    QDialogButtonBox *makeButtons(const QString &okText, std::function<QString()> check,
        QDialogButtonBox::StandardButton cancel = QDialogButtonBox::Cancel);
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

/**
 * Starting a route (Geschäftsgang) on a document, case or file: a template of the department to
 * begin with, or steps of one's own — kind, addressee (a login, a unit, the team lead of a unit),
 * instruction, deadline; a step marked parallel runs together with the one before. The steps are
 * listed in order and edited below the list, all by keyboard.
 */
class StartRouteDialog : public ServerActDialog
{
    Q_OBJECT
public:
    /** @p names: how people, units and leads are named in the list (addressee → name). */
    StartRouteDialog(const QString &objectLabel, const QStringList &addressees, const QHash<QString, QString> &names,
        const QList<RouteTemplate> &templates, QWidget *parent = nullptr);

    /** The arguments of route.start without the object: {template} as chosen, or {steps}. */
    QJsonObject routeArgs() const;

    QComboBox *templateBox() const { return m_template; }
    QTreeWidget *stepList() const { return m_list; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QComboBox *actionBox() const { return m_action; }
    QLineEdit *addresseeEdit() const { return m_addressee; }
    QLineEdit *instructionEdit() const { return m_instruction; }
    QCheckBox *deadlineCheck() const { return m_hasDeadline; }
    QDateEdit *deadlineEdit() const { return m_deadline; }
    QCheckBox *parallelCheck() const { return m_parallel; }
    QPushButton *startButton() const { return m_ok; }

private:
    struct Draft
    {
        QString action = QStringLiteral("mitzeichnung");
        QString addressee;
        QString instruction;
        QDate deadline;
        bool parallel = false;
    };
    void applyTemplate(int index);
    void addStep();
    void removeStep();
    void moveStep(int by);
    void showStep(int row);
    /** Makes @p row current and shows it in the fields (-1: none). */
    void select(int row);
    /** What the fields say, into the current step (and its row). */
    void takeFields();
    void refreshRows();
    QList<int> positions() const;
    void tryAccept();

    QList<Draft> m_drafts;
    QList<RouteTemplate> m_templates;
    QHash<QString, QString> m_names;
    bool m_edited = false; ///< changed by hand since the template was chosen
    bool m_filling = false;
    QComboBox *m_template;
    QTreeWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QComboBox *m_action;
    QLineEdit *m_addressee;
    QLineEdit *m_instruction;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
    QCheckBox *m_parallel;
};

/** One step to add after the user's own: kind, addressee, deadline. */
class AddStepDialog : public QDialog
{
    Q_OBJECT
public:
    AddStepDialog(const QStringList &addressees, QWidget *parent = nullptr);
    QJsonObject step() const;

private:
    QComboBox *m_action;
    QLineEdit *m_addressee;
    QCheckBox *m_hasDeadline;
    QDateEdit *m_deadline;
};

/** A resubmission (Wiedervorlage): date, reason, owner (oneself or a unit's queue), repeat. */
class ResubmissionDialog : public ServerActDialog
{
    Q_OBJECT
public:
    ResubmissionDialog(
        const QString &objectLabel, const QString &ownLogin, const QStringList &units, QWidget *parent = nullptr);
    /** The arguments of resubmission.create without the object. */
    QJsonObject args() const;

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *repeatBox() const { return m_repeat; }

private:
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QComboBox *m_owner;
    QComboBox *m_repeat;
};

/** A new date and a reason for a resubmission. */
class PostponeDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PostponeDialog(QWidget *parent = nullptr);
    QDate date() const;
    QString reason() const;

private:
    QDateEdit *m_date;
    QLineEdit *m_reason;
};

/** An absence, as this client last pulled it. */
struct AbsenceRecord
{
    QUuid id;
    QString login;
    QDate from;
    QDate to;
    QString deputy; ///< empty: the standing deputy of the lead's unit
};
/** Absences not yet over that concern @p login: their own, and those they stand in for. */
QList<AbsenceRecord> currentAbsences(Dms::Database &db, const QString &login);

/**
 * Absence and deputy (Vertretung): the absences not yet over (one's own and those one stands in
 * for), each to withdraw; and a new one — for whom (oneself; an administrator for others), from,
 * to, the deputy.
 */
class AbsenceDialog : public ServerActDialog
{
    Q_OBJECT
public:
    AbsenceDialog(const QString &ownLogin, const QList<AbsenceRecord> &absences, const QStringList &logins,
        const QHash<QString, QString> &names, QWidget *parent = nullptr);

    /** The arguments of absence.set for a new absence (when accepted with "Set"). */
    QJsonObject args() const;
    /** The absence to withdraw (when accepted with "Withdraw"); null otherwise. */
    QUuid withdrawn() const { return m_withdrawn; }

    QTreeWidget *absenceList() const { return m_list; }
    QLineEdit *forEdit() const { return m_for; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *deputyEdit() const { return m_deputy; }
    QPushButton *setButton() const { return m_ok; }
    QPushButton *withdrawButton() const { return m_withdraw; }

private:
    QList<AbsenceRecord> m_absences;
    QUuid m_withdrawn;
    QTreeWidget *m_list;
    QPushButton *m_withdraw;
    QLineEdit *m_for;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_deputy;
};

/**
 * Closing (z.d.A.) a file or case: the date (not after today), a reason, and — for a file with
 * open cases — whether they are closed with it (asked, never assumed). For a file, when its
 * retention will end.
 */
class CloseDialog : public ServerActDialog
{
    Q_OBJECT
public:
    /** @p openCases: open cases of the file (0 for a case); @p retention: the file's (unused for a case). */
    CloseDialog(const QString &objectLabel, bool isFile, int openCases, const Model::Retention &retention,
        QWidget *parent = nullptr);
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QCheckBox *withCasesCheck() const { return m_withCases; }
    QLabel *retentionLabel() const { return m_retentionNote; }

private:
    QDateEdit *m_date;
    QLineEdit *m_reason;
    QCheckBox *m_withCases;
    QLabel *m_retentionNote;
};

/** Reopening a closed file or case: the reason is required. */
class ReopenDialog : public ServerActDialog
{
    Q_OBJECT
public:
    explicit ReopenDialog(const QString &objectLabel, QWidget *parent = nullptr);
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QLineEdit *m_reason;
};

} // namespace Aktenwerk::Client
