#pragma once

#include "model/metadataschema.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace Aktenwerk::Client {

/**
 * Editors for the typed fields of one metadata schema, each with its inline message.
 * Text and numbers in line edits, dates as text in German form (empty allowed), choices in a
 * combo box. validate() checks with the model's rules and shows the messages next to the fields.
 */
class MetadataForm : public QWidget
{
    Q_OBJECT
public:
    explicit MetadataForm(QWidget *parent = nullptr);

    /** Rebuilds the editors; nullptr clears the form. */
    void setSchema(const Model::MetadataSchema *schema);
    const Model::MetadataSchema *schema() const { return m_schema ? &*m_schema : nullptr; }

    void setValues(const Model::FieldValues &values);
    /** What the user entered, not yet normalised; empty fields included. */
    Model::FieldValues values() const;
    /** Only the fields the user filled in: what a new record is created with. */
    Model::FieldValues enteredValues() const;
    /** Shows the problems inline; true when every field holds. */
    bool validate();
    /** Shows messages from elsewhere (e.g. the engine) next to their fields. */
    void showIssues(const QList<Model::FieldIssue> &issues);
    void clearIssues();
    void setReadOnly(bool readOnly);
    bool isEmpty() const { return m_fields.isEmpty(); }
    QWidget *editor(const QString &key) const;

Q_SIGNALS:
    void edited();

private:
    struct Field
    {
        Model::FieldDef def;
        QWidget *editor = nullptr;
        QLabel *message = nullptr;
    };
    QString editorText(const Field &f) const;

    std::optional<Model::MetadataSchema> m_schema;
    QFormLayout *m_layout;
    QList<Field> m_fields;
};

} // namespace Aktenwerk::Client
