#pragma once

#include "client/commanddialog.h"
#include "model/fileplan.h"
#include "model/metadataschema.h"
#include "model/organisation.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Aktenwerk::Client {

class MetadataForm;

/** "Neue Akte": plan unit, title, department, confidentiality, type and its metadata. */
class NewFileDialog : public CommandDialog
{
    Q_OBJECT
public:
    struct Context
    {
        QList<Model::PlanUnit> planUnits;
        QList<Model::Department> departments;
        const Model::SchemaRegistry *schemas = nullptr;
        QString fileTemplate;
    };

    NewFileDialog(Dms::Engine *engine, const Context &context, const QUuid &planUnit, QWidget *parent);

    QComboBox *planCombo() const { return m_plan; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *typeCombo() const { return m_type; }
    MetadataForm *metadataForm() const { return m_form; }

protected:
    std::optional<Dms::Command> buildCommand() override;
    bool hasInput() const override;

private:
    void planChanged();
    void departmentChanged();
    void typeChanged();
    QString departmentFor(const QUuid &planUnit) const;

    Context m_context;
    QComboBox *m_plan;
    QLineEdit *m_title;
    QLabel *m_titleMessage;
    QComboBox *m_department;
    QComboBox *m_confidentiality;
    QComboBox *m_type;
    QLabel *m_referencePreview;
    MetadataForm *m_form;
};

} // namespace Aktenwerk::Client
