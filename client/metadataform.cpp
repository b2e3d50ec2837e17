#include "client/metadataform.h"

#include "client/theme.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

namespace Aktenwerk::Client {

using namespace Model;

MetadataForm::MetadataForm(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
}

void MetadataForm::setSchema(const MetadataSchema *schema)
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_fields.clear();
    m_schema = schema ? std::optional<MetadataSchema>(*schema) : std::nullopt;
    if (!schema)
        return;
    for (const FieldDef &def : schema->fields) {
        Field f;
        f.def = def;
        QWidget *editor = nullptr;
        if (def.type == FieldDef::Type::Enum) {
            auto *combo = new QComboBox(this);
            if (!def.required)
                combo->addItem(QString());
            combo->addItems(def.options);
            if (def.required)
                combo->setCurrentIndex(-1);
            connect(combo, &QComboBox::currentIndexChanged, this, &MetadataForm::edited);
            editor = combo;
        } else {
            auto *line = new QLineEdit(this);
            line->setMaxLength(def.maxLength);
            if (def.type == FieldDef::Type::Date)
                line->setPlaceholderText(tr("DD.MM.YYYY"));
            else if (!def.patternHint().isEmpty())
                line->setPlaceholderText(def.patternHint());
            connect(line, &QLineEdit::textEdited, this, &MetadataForm::edited);
            editor = line;
        }
        editor->setObjectName(QStringLiteral("field_") + def.key);
        editor->setAccessibleName(def.label());
        editor->setToolTip(def.required ? tr("%1 (required)").arg(def.label()) : def.label());
        f.editor = editor;
        f.message = new QLabel(this);
        f.message->setObjectName(QStringLiteral("message_") + def.key);
        f.message->setStyleSheet(Theme::labelStyle(Theme::Tone::Error, palette()));
        f.message->setWordWrap(true);
        f.message->hide();
        auto *column = new QWidget(this);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(0, 0, 0, 0);
        v->setSpacing(2);
        v->addWidget(editor);
        v->addWidget(f.message);
        auto *label = new QLabel(def.required ? def.label() + QStringLiteral(" *") : def.label(), this);
        label->setBuddy(editor);
        m_layout->addRow(label, column);
        m_fields.append(f);
    }
}

QWidget *MetadataForm::editor(const QString &key) const
{
    for (const Field &f : m_fields) {
        if (f.def.key == key)
            return f.editor;
    }
    return nullptr;
}

void MetadataForm::setValues(const FieldValues &values)
{
    for (const Field &f : std::as_const(m_fields)) {
        const QString v = values.value(f.def.key);
        if (auto *combo = qobject_cast<QComboBox *>(f.editor)) {
            const int i = combo->findText(v);
            combo->setCurrentIndex(v.isEmpty() && f.def.required ? -1 : i);
        } else if (auto *line = qobject_cast<QLineEdit *>(f.editor)) {
            if (f.def.type == FieldDef::Type::Date && !v.isEmpty()) {
                const QDate d = QDate::fromString(v, Qt::ISODate);
                line->setText(d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : v);
            } else {
                line->setText(v);
            }
        }
    }
    clearIssues();
}

QString MetadataForm::editorText(const Field &f) const
{
    if (auto *combo = qobject_cast<QComboBox *>(f.editor))
        return combo->currentIndex() < 0 ? QString() : combo->currentText();
    if (auto *line = qobject_cast<QLineEdit *>(f.editor))
        return line->text();
    return {};
}

FieldValues MetadataForm::values() const
{
    FieldValues out;
    for (const Field &f : m_fields)
        out.insert(f.def.key, editorText(f));
    return out;
}

FieldValues MetadataForm::enteredValues() const
{
    FieldValues out;
    for (const Field &f : m_fields) {
        const QString text = editorText(f);
        if (!text.trimmed().isEmpty())
            out.insert(f.def.key, text);
    }
    return out;
}

bool MetadataForm::validate()
{
    bool ok = true;
    QWidget *firstBad = nullptr;
    for (Field &f : m_fields) {
        const auto r = MetadataSchema::normalizeValue(f.def, editorText(f));
        if (r) {
            f.message->hide();
        } else {
            f.message->setText(r.error());
            f.message->show();
            ok = false;
            if (!firstBad)
                firstBad = f.editor;
        }
    }
    if (firstBad)
        firstBad->setFocus();
    return ok;
}

void MetadataForm::showIssues(const QList<FieldIssue> &issues)
{
    for (Field &f : m_fields) {
        for (const FieldIssue &i : issues) {
            if (i.key == f.def.key) {
                f.message->setText(i.message);
                f.message->show();
            }
        }
    }
}

void MetadataForm::clearIssues()
{
    for (Field &f : m_fields)
        f.message->hide();
}

void MetadataForm::setReadOnly(bool readOnly)
{
    for (Field &f : m_fields) {
        if (auto *line = qobject_cast<QLineEdit *>(f.editor))
            line->setReadOnly(readOnly);
        else
            f.editor->setEnabled(!readOnly);
    }
}

} // namespace Aktenwerk::Client
