#include "pupils/AmendmentDialog.h"

#include "common/PartialDateEdit.h"
#include "core/Error.h"
#include "pupils/ConcernHistory.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

QPlainTextEdit* textEdit(const QString& objectName, const QString& accessibleName, const QString& text,
                         QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true); // Tab moves on; the text itself rarely needs a tab character
    return edit;
}

} // namespace

AmendmentDialog::AmendmentDialog(const ConcernVersion& current, Commit commit, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_commit(std::move(commit))
{
    setObjectName(QStringLiteral("amendmentDialog"));
    setWindowTitle(tr("Amend concern"));
    resize(980, 640);

    auto* before = new QGroupBox(tr("Version %1, which this replaces").arg(current.version), this);
    auto* beforeText = new QPlainTextEdit(concernVersionText(current), before);
    beforeText->setObjectName(QStringLiteral("amendmentBefore"));
    beforeText->setAccessibleName(tr("The version this replaces"));
    beforeText->setReadOnly(true);
    beforeText->setTabChangesFocus(true);
    auto* beforeLayout = new QVBoxLayout(before);
    beforeLayout->addWidget(beforeText);

    auto* after = new QGroupBox(tr("Version %1").arg(current.version + 1), this);
    m_when = new PartialDateEdit(after);
    m_when->setObjectName(QStringLiteral("amendWhen"));
    m_when->setAccessibleBaseName(tr("When it happened"));
    m_when->setValue(current.occurred);
    m_location = new QLineEdit(current.location, after);
    m_location->setObjectName(QStringLiteral("amendLocation"));
    m_location->setAccessibleName(tr("Where it happened"));
    m_account =
        textEdit(QStringLiteral("amendAccount"), tr("What was seen and heard"), current.account, after);
    m_words = textEdit(QStringLiteral("amendWords"), tr("The child's words"), current.childWords, after);
    m_action =
        textEdit(QStringLiteral("amendAction"), tr("Immediate action"), current.immediateAction, after);
    auto* form = new QFormLayout(after);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("W&here:"), m_location);
    form->addRow(tr("What was &seen and heard:"), m_account);
    form->addRow(tr("The child's &words:"), m_words);
    form->addRow(tr("&Immediate action:"), m_action);

    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("amendReason"));
    m_reason->setAccessibleName(tr("Reason for the amendment"));
    m_reason->setPlaceholderText(tr("Required: why the record is being corrected"));
    auto* reasonLabel = new QLabel(tr("&Reason for the amendment:"), this);
    reasonLabel->setBuddy(m_reason);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("amendError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a31d1d;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save amendment"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("amendSave"));
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AmendmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AmendmentDialog::reject);

    auto* sides = new QHBoxLayout;
    sides->addWidget(before, 1);
    sides->addWidget(after, 1);
    auto* reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(sides, 1);
    layout->addLayout(reasonRow);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    setTabOrder(m_action, m_reason);
    m_account->setFocus();
}

ConcernChanges AmendmentDialog::changes() const
{
    ConcernChanges changes;
    if (!(m_when->value() == m_current.occurred))
        changes.occurred = m_when->value();
    if (m_location->text() != m_current.location)
        changes.location = m_location->text();
    if (m_account->toPlainText() != m_current.account)
        changes.account = m_account->toPlainText();
    if (m_words->toPlainText() != m_current.childWords)
        changes.childWords = m_words->toPlainText();
    if (m_action->toPlainText() != m_current.immediateAction)
        changes.immediateAction = m_action->toPlainText();
    return changes;
}

QString AmendmentDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString AmendmentDialog::errorText() const
{
    return m_error->isVisible() || !m_error->isHidden() ? m_error->text() : QString();
}

void AmendmentDialog::showError(const QString& text, QWidget* focus)
{
    m_error->setText(text);
    m_error->show();
    m_error->setAccessibleName(text);
    if (focus)
        focus->setFocus();
}

void AmendmentDialog::accept()
{
    const ConcernChanges changed = changes();
    if (changed.isEmpty()) {
        showError(tr("Nothing has been changed: edit the new version before saving."), m_account);
        return;
    }
    if (reason().isEmpty()) {
        showError(tr("Reason for the amendment: say why the record is being corrected."), m_reason);
        return;
    }
    try {
        m_commit(changed, reason());
    } catch (const Error& error) {
        showError(error.message(), nullptr);
        return;
    }
    QDialog::accept();
}

} // namespace lantern
