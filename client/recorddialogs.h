#pragma once

#include "client/commanddialog.h"
#include "model/entities.h"
#include "model/organisation.h"

#include <QDialog>
#include <QList>
#include <QUuid>

class QCheckBox;
class QDateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItemModel;
class QTreeView;

namespace Aktenwerk::Client {

class AsyncReader;
class HintTreeView;
class MessageBanner;

/** "Löschen…": a document, an empty case or an empty file, with the reason the audit trail keeps. */
class DeleteDialog : public CommandDialog
{
    Q_OBJECT
public:
    DeleteDialog(Dms::Engine *engine, const QUuid &id, const QString &what, QWidget *parent);
    QLineEdit *reasonEdit() const { return m_reason; }

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool hasInput() const override;

private:
    QUuid m_id;
    QLineEdit *m_reason;
    QLabel *m_message;
};

/**
 * "Verschieben…": a document into another open case, or a case into another open file, of the
 * same department. Typing filters; nothing is chosen for the clerk, and the target is named
 * before anything moves.
 */
class MoveDialog : public CommandDialog
{
    Q_OBJECT
public:
    /** @p fromCase for a document (its case), @p fromFile for a case (its file). */
    MoveDialog(Dms::Engine *engine, AsyncReader *reader, Model::EntityKind kind, const QUuid &id, const QString &what,
        const QUuid &from, const QString &department, QWidget *parent);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *targetView() const { return m_view; }
    QLabel *targetLabel() const { return m_target; }
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void targetsLoaded(int count);

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool hasInput() const override;

private:
    void showTarget();

    Model::EntityKind m_kind;
    QUuid m_id;
    QLineEdit *m_filter;
    QTreeView *m_view;
    QLabel *m_target;
    QStandardItemModel *m_targets;
    QSortFilterProxyModel *m_proxy;
    bool m_loaded = false;
};

/** "Neuer Band…": a volume of a file, with the volumes it has already. */
class VolumeDialog : public CommandDialog
{
    Q_OBJECT
public:
    VolumeDialog(Dms::Engine *engine, AsyncReader *reader, const Model::FileRecord &file, QWidget *parent);
    QLineEdit *titleEdit() const { return m_title; }
    QTreeView *volumeView() const;

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool hasInput() const override;

private:
    Model::FileRecord m_file;
    QLineEdit *m_title;
    QLabel *m_message;
    HintTreeView *m_view;
    QStandardItemModel *m_volumes;
};

/**
 * "Freigeben…": lets another department read a file, until a date or until revoked; lists the
 * shares the file has, each of which can be revoked here.
 */
class ShareDialog : public CommandDialog
{
    Q_OBJECT
public:
    ShareDialog(Dms::Engine *engine, const Model::FileRecord &file, const QList<Model::Department> &departments,
        QWidget *parent);

    QComboBox *departmentCombo() const { return m_department; }
    QCheckBox *untilCheck() const { return m_limited; }
    QDateEdit *untilEdit() const { return m_until; }
    QTreeView *shareView() const;
    QPushButton *revokeButton() const { return m_revoke; }

Q_SIGNALS:
    /** A share was revoked from the list (the file changed). */
    void revoked(const QString &departmentCode);

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool hasInput() const override;

private:
    void showShares();
    void revokeSelected();

    Dms::Engine *m_engine;
    Model::FileRecord m_file;
    QList<Model::Department> m_departments;
    QComboBox *m_department;
    QCheckBox *m_limited;
    QDateEdit *m_until;
    QLabel *m_message;
    HintTreeView *m_view;
    QStandardItemModel *m_shares;
    QPushButton *m_revoke;
};

/** "Papierkorb": what was deleted, newest first; restores one with a reason. */
class RecycleBinDialog : public QDialog
{
    Q_OBJECT
public:
    RecycleBinDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent);

    QTreeView *view() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *restoreButton() const { return m_restore; }
    bool isLoaded() const { return m_loaded; }
    void reload();
    void reject() override;

Q_SIGNALS:
    void loaded(int count);
    void restored(const QUuid &id, const QString &label);

private:
    void restoreSelected();
    void updateButtons();

    Dms::Engine *m_engine;
    AsyncReader *m_reader;
    MessageBanner *m_banner;
    HintTreeView *m_view;
    QStandardItemModel *m_rows;
    QLineEdit *m_reason;
    QPushButton *m_restore;
    bool m_loaded = false;
    bool m_busy = false;
};

/**
 * "Einstellungen": OCR on import and its thresholds, the reference templates. The folder's
 * settings are the administrators' (the engine and the server check); others see them read-only.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Dms::Engine *engine, AsyncReader *reader, QWidget *parent);

    QCheckBox *ocrOnImport() const { return m_ocrOnImport; }
    QSpinBox *jpegQuality() const { return m_jpegQuality; }
    QSpinBox *lowConfidence() const { return m_lowConfidence; }
    QLineEdit *fileTemplate() const { return m_fileTemplate; }
    QLineEdit *caseTemplate() const { return m_caseTemplate; }
    QPushButton *saveButton() const { return m_save; }
    bool isLoaded() const { return m_loaded; }
    bool isModified() const;
    void reject() override;

Q_SIGNALS:
    void loaded();
    void saved();

private:
    QHash<QString, QString> values() const;
    /** The values as read (again): Discard changes. */
    void showLoaded();
    void updateButtons();
    void save();

    Dms::Engine *m_engine;
    MessageBanner *m_banner;
    QCheckBox *m_ocrOnImport;
    QSpinBox *m_jpegQuality;
    QSpinBox *m_lowConfidence;
    QLineEdit *m_fileTemplate;
    QLineEdit *m_caseTemplate;
    QLabel *m_note;
    QPushButton *m_save;
    QPushButton *m_discard;
    QHash<QString, QString> m_loadedValues;
    bool m_loaded = false;
    bool m_canEdit = false;
    bool m_busy = false;
};

} // namespace Aktenwerk::Client
