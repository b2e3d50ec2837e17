#include "client/newfiledialog.h"

#include "client/messagebanner.h"
#include "client/metadataform.h"
#include "client/theme.h"
#include "model/filereference.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Aktenwerk::Client {

using namespace Model;

NewFileDialog::NewFileDialog(Dms::Engine *engine, const Context &context, const QUuid &planUnit, QWidget *parent)
    : CommandDialog(engine, parent)
    , m_context(context)
    , m_plan(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_titleMessage(new QLabel(this))
    , m_department(new QComboBox(this))
    , m_confidentiality(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_referencePreview(new QLabel(this))
    , m_form(new MetadataForm(this))
{
    setWindowTitle(tr("New file"));
    setObjectName(QStringLiteral("newFileDialog"));
    resize(560, 480);

    for (const PlanUnit &u : std::as_const(m_context.planUnits)) {
        if (!u.retired)
            m_plan->addItem(u.code + QStringLiteral("  ") + u.title, u.id);
    }
    m_plan->setCurrentIndex(qMax(0, m_plan->findData(planUnit)));
    m_plan->setAccessibleName(tr("Plan unit"));
    m_plan->setObjectName(QStringLiteral("planCombo"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setMaxLength(500);
    m_title->setPlaceholderText(tr("e.g. Neubau Einfamilienhaus, Lindenweg 12"));
    m_titleMessage->setObjectName(QStringLiteral("titleMessage"));
    m_titleMessage->setStyleSheet(Theme::labelStyle(Theme::Tone::Error, palette()));
    m_titleMessage->hide();
    for (const Department &d : std::as_const(m_context.departments))
        m_department->addItem(tr("FB %1 – %2").arg(d.code, d.name), d.code);
    m_department->setAccessibleName(tr("Department"));
    for (Confidentiality c : allConfidentialityLevels())
        m_confidentiality->addItem(confidentialityName(c), confidentialityCode(c));
    m_confidentiality->setAccessibleName(tr("Confidentiality"));
    m_type->setAccessibleName(tr("File type"));
    m_type->setObjectName(QStringLiteral("typeCombo"));
    m_referencePreview->setAccessibleName(tr("File reference preview"));
    m_referencePreview->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Plan unit:"), m_plan);
    auto *titleColumn = new QVBoxLayout;
    titleColumn->setSpacing(2);
    titleColumn->addWidget(m_title);
    titleColumn->addWidget(m_titleMessage);
    // A label of its own: a row holding a layout gets no buddy, and "&" would show as it is.
    auto *titleLabel = new QLabel(tr("&Title: *"), this);
    titleLabel->setBuddy(m_title);
    form->addRow(titleLabel, titleColumn);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Confidentiality:"), m_confidentiality);
    form->addRow(tr("T&ype:"), m_type);
    form->addRow(tr("File reference:"), m_referencePreview);
    contentLayout()->addLayout(form);
    auto *group = new QGroupBox(tr("Metadata"), this);
    auto *groupLayout = new QVBoxLayout(group);
    groupLayout->addWidget(m_form);
    contentLayout()->addWidget(group);
    contentLayout()->addStretch();
    setTabOrder(m_plan, m_title);

    connect(m_plan, &QComboBox::currentIndexChanged, this, &NewFileDialog::planChanged);
    connect(m_department, &QComboBox::currentIndexChanged, this, &NewFileDialog::departmentChanged);
    connect(m_type, &QComboBox::currentIndexChanged, this, &NewFileDialog::typeChanged);
    connect(m_title, &QLineEdit::textEdited, m_titleMessage, &QWidget::hide);
    planChanged();
    m_title->setFocus();
}

QString NewFileDialog::departmentFor(const QUuid &planUnit) const
{
    QUuid current = planUnit;
    for (int depth = 0; depth < 64 && !current.isNull(); ++depth) {
        const PlanUnit *found = nullptr;
        for (const PlanUnit &u : m_context.planUnits) {
            if (u.id == current)
                found = &u;
        }
        if (!found)
            break;
        if (!found->departmentCode.isEmpty())
            return found->departmentCode;
        current = found->parentId;
    }
    return {};
}

void NewFileDialog::planChanged()
{
    const QString dept = departmentFor(m_plan->currentData().toUuid());
    const int i = m_department->findData(dept);
    if (i >= 0)
        m_department->setCurrentIndex(i);
    departmentChanged();
}

void NewFileDialog::departmentChanged()
{
    const QString dept = m_department->currentData().toString();
    for (const Department &d : std::as_const(m_context.departments)) {
        if (d.code == dept)
            m_confidentiality->setCurrentIndex(m_confidentiality->findData(confidentialityCode(d.defaultConfidentiality)));
    }
    m_type->blockSignals(true);
    m_type->clear();
    m_type->addItem(tr("(no type)"), QString());
    if (m_context.schemas) {
        for (const MetadataSchema *s : m_context.schemas->forDepartment(dept, EntityKind::File))
            m_type->addItem(s->title(), s->type);
    }
    m_type->blockSignals(false);
    m_type->setCurrentIndex(m_type->count() > 1 ? 1 : 0);
    typeChanged();

    // Show what the reference will look like; the running number is assigned on creation.
    QString code;
    for (const PlanUnit &u : std::as_const(m_context.planUnits)) {
        if (u.id == m_plan->currentData().toUuid())
            code = u.code;
    }
    auto tmpl = ReferenceTemplate::parse(m_context.fileTemplate.isEmpty()
                                             ? QString::fromLatin1(ReferenceTemplate::defaultFileTemplate)
                                             : m_context.fileTemplate,
                                         ReferenceTemplate::Kind::File);
    if (tmpl && !code.isEmpty()) {
        ReferenceTemplate::Values v;
        v.plan = code;
        v.dept = dept;
        v.year = QDate::currentDate().year();
        m_referencePreview->setText(tr("%1 (the number # is assigned on creation)").arg(tmpl->scopeKey(v)));
    } else {
        m_referencePreview->clear();
    }
}

void NewFileDialog::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const QString dept = m_department->currentData().toString();
    m_form->setSchema(type.isEmpty() || !m_context.schemas ? nullptr
                                                           : m_context.schemas->find(dept, EntityKind::File, type));
}

bool NewFileDialog::hasInput() const
{
    return !m_title->text().trimmed().isEmpty() || !m_form->enteredValues().isEmpty();
}

std::optional<Dms::Command> NewFileDialog::buildCommand()
{
    bool ok = true;
    if (m_plan->currentIndex() < 0) {
        banner()->showMessage(tr("Choose the plan unit the file belongs to."));
        ok = false;
    }
    if (m_title->text().trimmed().isEmpty()) {
        m_titleMessage->setText(tr("The file needs a title."));
        m_titleMessage->show();
        m_title->setFocus();
        ok = false;
    }
    if (!m_form->validate())
        ok = false;
    if (!ok)
        return std::nullopt;
    const FieldValues values = m_form->enteredValues();
    return Dms::Commands::createFile(m_plan->currentData().toUuid().toString(QUuid::WithoutBraces),
                                     m_title->text().trimmed(), m_department->currentData().toString(),
                                     confidentialityFromCode(m_confidentiality->currentData().toString()),
                                     m_type->currentData().toString(), values);
}

} // namespace Aktenwerk::Client
