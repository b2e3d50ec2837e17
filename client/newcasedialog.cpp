#include "client/newcasedialog.h"

#include "client/messagebanner.h"
#include "client/metadataform.h"
#include "client/theme.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

NewCaseDialog::NewCaseDialog(Dms::Engine *engine, const FileRecord &file, const SchemaRegistry *schemas,
                             QWidget *parent)
    : CommandDialog(engine, parent)
    , m_file(file)
    , m_schemas(schemas)
    , m_title(new QLineEdit(this))
    , m_titleMessage(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_form(new MetadataForm(this))
{
    setWindowTitle(tr("New case"));
    setObjectName(QStringLiteral("newCaseDialog"));
    resize(520, 380);
    auto *fileLabel = new QLabel(file.reference + QStringLiteral("  ") + file.title, this);
    fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fileLabel->setAccessibleName(tr("File"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(500);
    m_titleMessage->setObjectName(QStringLiteral("titleMessage"));
    m_titleMessage->setStyleSheet(Theme::labelStyle(Theme::Tone::Error, palette()));
    m_titleMessage->hide();
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_type->setAccessibleName(tr("Case type"));
    m_type->addItem(tr("(no type)"), QString());
    if (schemas) {
        for (const MetadataSchema *s : schemas->forDepartment(file.departmentCode, EntityKind::Case))
            m_type->addItem(s->title(), s->type);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), fileLabel);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_titleMessage);
    // A label of its own: a row holding a layout gets no buddy, and "&" would show as it is.
    auto *titleLabel = new QLabel(tr("&Title: *"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, titleColumn);
    form->addRow(tr("T&ype:"), m_type);
    contentLayout()->addLayout(form);
    auto *group = new QGroupBox(tr("Metadata"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_form);
    contentLayout()->addWidget(group);
    contentLayout()->addStretch();

    connect(m_type, &QComboBox::currentIndexChanged, this, &NewCaseDialog::typeChanged);
    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &QWidget::hide);
    if (file.status == RecordStatus::Closed)
        banner()->showMessage(tr("The file %1 is closed (z.d.A.): no new cases can be created.").arg(file.reference),
                              MessageBanner::Kind::Warning);
    typeChanged();
    m_title->setFocus();
}

void NewCaseDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    m_form->setSchema(type.isEmpty() || !m_schemas ? nullptr
                                                   : m_schemas->find(m_file.departmentCode, EntityKind::Case, type));
}

bool NewCaseDialog::hasInput() const
{
    return !m_title->text().trimmed().isEmpty() || !m_form->enteredValues().isEmpty();
}

std::optional<Dms::Command> NewCaseDialog::buildCommand()
{
    bool ok = true;
    if (m_title->text().trimmed().isEmpty()) {
        m_titleMessage->setText(tr("The case needs a title."));
        m_titleMessage->show();
        m_title->setFocus();
        ok = false;
    }
    if (!m_form->validate())
        ok = false;
    if (!ok)
        return std::nullopt;
    const FieldValues values = m_form->enteredValues();
    return Dms::Commands::createCase(m_file.meta.id, m_title->text().trimmed(), m_type->currentData().toString(),
                                     values);
}

} // namespace Aktenwerk::Client
