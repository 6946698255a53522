#include "referral/ShareInformationDialog.h"

#include "calendar/UkTime.h"
#include "core/Error.h"
#include "records/SharingRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

QPlainTextEdit* textEdit(const char* objectName, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setTabChangesFocus(true); // Tab leaves the box, as in every other field
    edit->setMinimumHeight(80);
    return edit;
}

} // namespace

ShareInformationDialog::ShareInformationDialog(const QString& childName, const QDateTime& nowUtc,
                                               MessageSeam& messages, Commit commit, QWidget* parent)
    : FormDialog(messages, parent)
    , m_commit(std::move(commit))
{
    SharingDetails fresh;
    fresh.occurredAt = nowUtc;
    build(childName, fresh, false);
}

ShareInformationDialog::ShareInformationDialog(const QString& childName, const SharingDetails& current,
                                               MessageSeam& messages, Commit commit, QWidget* parent)
    : FormDialog(messages, parent)
    , m_commit(std::move(commit))
    , m_original(current)
{
    build(childName, current, true);
}

void ShareInformationDialog::build(const QString& childName, const SharingDetails& content, bool amending)
{
    setObjectName(QStringLiteral("shareInformationDialog"));
    setWindowTitle(amending ? tr("Amend information sharing about %1").arg(childName)
                            : tr("Share information about %1").arg(childName));

    auto* intro = new QLabel(tr("Record information shared with or received from another agency outside a "
                                "referral pack, or a decision not to share and why. It goes in the child's "
                                "chronology; a decision not to share is marked significant."),
                             this);
    intro->setWordWrap(true);

    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("sharingDirection"));
    m_direction->setAccessibleName(tr("What happened"));
    for (SharingDirection direction : allSharingDirections())
        m_direction->addItem(direction == SharingDirection::Shared     ? tr("Shared information")
                             : direction == SharingDirection::Received ? tr("Received information")
                                                                       : tr("Decided not to share"),
                             static_cast<int>(direction));
    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("sharingMethod"));
    m_method->setAccessibleName(tr("How"));
    for (SharingMethod method : allSharingMethods())
        m_method->addItem(sharingMethodLabel(method), static_cast<int>(method));
    m_when = new QDateTimeEdit(toUkLocal(content.occurredAt), this);
    m_when->setObjectName(QStringLiteral("sharingWhen"));
    m_when->setAccessibleName(tr("When, UK time"));
    m_when->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_when->setCalendarPopup(true);
    m_withWhom = new QLineEdit(this);
    m_withWhom->setObjectName(QStringLiteral("sharingWithWhom"));
    m_withWhom->setAccessibleName(tr("With whom: person and agency"));
    m_withWhom->setPlaceholderText(tr("For example: PC Smith, Northshire Police"));
    m_what = textEdit("sharingWhat", this);
    m_why = textEdit("sharingWhy", this);
    m_lawfulBasis = new QLineEdit(this);
    m_lawfulBasis->setObjectName(QStringLiteral("sharingLawfulBasis"));
    m_lawfulBasis->setAccessibleName(tr("Lawful basis"));

    auto* form = new QFormLayout;
    const auto row = [this, form](const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        form->addRow(label, field);
        return label;
    };
    row(tr("What &happened:"), m_direction);
    row(tr("Ho&w:"), m_method);
    row(tr("Wh&en (UK time):"), m_when);
    row(tr("With wh&om:"), m_withWhom);
    m_whatLabel = row(QString(), m_what);
    m_whyLabel = row(QString(), m_why);
    m_lawfulBasisLabel = row(tr("&Lawful basis:"), m_lawfulBasis);
    if (amending) {
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("sharingAmendReason"));
        m_reason->setAccessibleName(tr("Reason for the amendment"));
        m_reason->setPlaceholderText(tr("Required: why the record is being corrected"));
        row(tr("&Reason for the amendment:"), m_reason);
        m_fields.insert(QString(SharingField::amendReason), m_reason);
    }
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(content.direction)));
    m_method->setCurrentIndex(m_method->findData(static_cast<int>(content.method)));
    m_withWhom->setText(content.withWhom);
    m_what->setPlainText(content.what);
    m_why->setPlainText(content.why);
    m_lawfulBasis->setText(content.lawfulBasis);

    m_fields.insert(QString(SharingField::withWhom), m_withWhom);
    m_fields.insert(QString(SharingField::what), m_what);
    m_fields.insert(QString(SharingField::why), m_why);
    m_fields.insert(QString(SharingField::lawfulBasis), m_lawfulBasis);
    m_fields.insert(QString(SharingField::occurredAt), m_when);
    m_fields.insert(QString(AmendmentField::changes), m_direction);

    m_error = makeFieldError(this, QStringLiteral("sharingError"));
    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(amending ? tr("&Save amendment") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveSharing"));
    m_save->setAccessibleName(amending ? tr("Save the amendment") : tr("Save the record of sharing"));
    buttons->addButton(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this]() { save(); });
    connect(buttons, &QDialogButtonBox::rejected, this, [this]() { requestDiscard(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(m_direction, &QComboBox::currentIndexChanged, this, &ShareInformationDialog::directionChanged);
    directionChanged();
    m_direction->setFocus();
}

void ShareInformationDialog::directionChanged()
{
    const SharingDirection direction = details().direction;
    // The same mnemonics whatever happened (Alt+T for what, Alt+Y for why), so the keys stay learnt.
    switch (direction) {
    case SharingDirection::Shared:
        m_whatLabel->setText(tr("Wha&t was shared:"));
        m_whyLabel->setText(tr("Wh&y it was shared:"));
        break;
    case SharingDirection::Received:
        m_whatLabel->setText(tr("Wha&t was received:"));
        m_whyLabel->setText(tr("Wh&y it was received:"));
        break;
    case SharingDirection::NotShared:
        m_whatLabel->setText(tr("Wha&t was asked for:"));
        m_whyLabel->setText(tr("Wh&y not shared (reason):"));
        break;
    }
    m_what->setAccessibleName(m_whatLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_why->setAccessibleName(m_whyLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    // Only what the school shares is recorded with a lawful basis (the model refuses one otherwise).
    const bool shared = direction == SharingDirection::Shared;
    m_lawfulBasis->setEnabled(shared);
    m_lawfulBasisLabel->setEnabled(shared);
}

SharingDetails ShareInformationDialog::details() const
{
    SharingDetails details;
    details.direction = static_cast<SharingDirection>(m_direction->currentData().toInt());
    details.method = static_cast<SharingMethod>(m_method->currentData().toInt());
    const QDateTime local = m_when->dateTime();
    details.occurredAt = fromUkLocal(local.date(), local.time());
    // The form shows minutes: an amendment that leaves the minute alone keeps the time exactly as recorded.
    const QString minute = QStringLiteral("yyyy-MM-dd HH:mm");
    if (m_original && toUkLocal(m_original->occurredAt).toString(minute) == local.toString(minute))
        details.occurredAt = m_original->occurredAt;
    details.withWhom = m_withWhom->text();
    details.what = m_what->toPlainText();
    details.why = m_why->toPlainText();
    if (details.direction == SharingDirection::Shared)
        details.lawfulBasis = m_lawfulBasis->text();
    return details;
}

QString ShareInformationDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

bool ShareInformationDialog::hasInput() const
{
    if (m_original) {
        const SharingDetails now = details();
        const SharingDetails& was = *m_original;
        return now.direction != was.direction || now.method != was.method ||
               now.occurredAt != was.occurredAt || now.withWhom != was.withWhom || now.what != was.what ||
               now.why != was.why || now.lawfulBasis != was.lawfulBasis ||
               !m_reason->text().trimmed().isEmpty();
    }
    return !m_withWhom->text().trimmed().isEmpty() || !m_what->toPlainText().trimmed().isEmpty() ||
           !m_why->toPlainText().trimmed().isEmpty() || !m_lawfulBasis->text().trimmed().isEmpty();
}

void ShareInformationDialog::save()
{
    try {
        m_commit(details(), m_reason ? m_reason->text() : QString());
    } catch (const Error& error) {
        setFieldError(m_error, error.message());
        m_error->setAccessibleName(error.message());
        if (QWidget* field = m_fields.value(error.field()))
            field->setFocus();
        return;
    }
    setFieldError(m_error, QString());
    accept();
}

QString ShareInformationDialog::discardQuestion() const
{
    return m_original ? tr("This amendment has not been saved. Discard it?")
                      : tr("This record of information sharing has not been saved. Discard it?");
}

} // namespace lantern
