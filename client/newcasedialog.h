#pragma once

#include "client/commanddialog.h"
#include "model/entities.h"
#include "model/metadataschema.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Aktenwerk::Client {

class MetadataForm;

/** "Neuer Vorgang" in a file: title, type and the type's metadata. */
class NewCaseDialog : public CommandDialog
{
    Q_OBJECT
public:
    NewCaseDialog(Dms::Engine *engine, const Model::FileRecord &file, const Model::SchemaRegistry *schemas,
                  QWidget *parent);

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeCombo() const { return m_type; }
    MetadataForm *metadataForm() const { return m_form; }

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool hasInput() const override;

private:
    void typeChanged();

    Model::FileRecord m_file;
    const Model::SchemaRegistry *m_schemas;
    QLineEdit *m_title;
    QLabel *m_titleMessage;
    QComboBox *m_type;
    MetadataForm *m_form;
};

} // namespace Aktenwerk::Client
