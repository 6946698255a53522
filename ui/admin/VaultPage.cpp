#include "admin/VaultPage.h"

#include "admin/AuditModel.h"
#include "admin/BackupPanel.h"
#include "admin/UserListModel.h"
#include "audit/AuditLog.h"
#include "common/RoleText.h"
#include "core/Error.h"
#include "users/Permissions.h"
#include "vault/BackupSettings.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {

// A label showing data rather than interface text: selectable, and marked so the translation test skips it.
QLabel* dataLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    label->setProperty("lanternData", true);
    return label;
}

} // namespace

VaultPage::VaultPage(Vault& vault, const UiServices& services, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
{
    setObjectName(QStringLiteral("vaultPage"));
    const User& user = vault.user();

    auto* heading = new QLabel(tr("Vault"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    auto* about = new QGroupBox(tr("This vault"), this);
    auto* aboutForm = new QFormLayout(about);
    auto* folder = dataLabel(QDir::toNativeSeparators(vault.paths().folder()), about);
    folder->setObjectName(QStringLiteral("vaultFolderValue"));
    folder->setAccessibleName(tr("Vault folder"));
    aboutForm->addRow(tr("Folder:"), folder);
    auto* signedIn = dataLabel(QStringLiteral("%1 (%2)").arg(user.displayName, user.username), about);
    signedIn->setObjectName(QStringLiteral("signedInUser"));
    signedIn->setAccessibleName(tr("Signed in as"));
    aboutForm->addRow(tr("Signed in as:"), signedIn);
    auto* role = new QLabel(roleDisplayTitle(user.role), about);
    role->setObjectName(QStringLiteral("signedInRole"));
    role->setAccessibleName(tr("Role"));
    aboutForm->addRow(tr("Role:"), role);
    // What this session's keys open (the model's role table): for most people, the directory alone.
    auto* keys = new QLabel(UserListModel::keysText(vault.keysHeldBy(user.username)), about);
    keys->setObjectName(QStringLiteral("keysHeld"));
    keys->setAccessibleName(tr("What you can open"));
    keys->setWordWrap(true);
    aboutForm->addRow(tr("What you can open:"), keys);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(heading);
    layout->addWidget(about);

    if (!hasPermission(user, Permission::ReadPupilRecords) && user.role != Role::Recovery) {
        // Staff, administrators, governors, the head and the chair hold no key to the case records: say how a
        // concern reaches the DSL team instead of leaving them to look for a form that is not here.
        auto* howTo = new QLabel(
            tr("You hold no key to pupils' case records, so they cannot be opened here. To pass on a concern "
               "about a child (or an adult), use staff mode: lock Lantern and choose \"Send a concern as "
               "staff…\" on the first screen. It is sealed to the safeguarding team, and you keep a "
               "receipt."),
            this);
        howTo->setObjectName(QStringLiteral("howToSendConcerns"));
        howTo->setWordWrap(true);
        howTo->setAccessibleName(tr("How to pass on a concern"));
        layout->addWidget(howTo);
    }

    if (hasPermission(user, Permission::ViewAuditLog)) {
        auto* audit = new QGroupBox(tr("Audit chain"), this);
        auto* explain = new QLabel(tr("Every change and every view of a record is written to a chained log. "
                                      "Checking it shows whether any entry was altered or removed."),
                                   audit);
        explain->setWordWrap(true);
        m_auditStatus = new QLabel(tr("Not checked since unlocking."), audit);
        m_auditStatus->setObjectName(QStringLiteral("auditStatus"));
        m_auditStatus->setWordWrap(true);
        m_auditStatus->setAccessibleName(tr("Audit chain status"));
        m_verify = new QPushButton(tr("&Check the audit chain"), audit);
        m_verify->setObjectName(QStringLiteral("verifyAudit"));
        m_verify->setAccessibleName(tr("Check the audit chain"));
        connect(m_verify, &QPushButton::clicked, this, &VaultPage::verifyAuditChain);
        auto* auditLayout = new QVBoxLayout(audit);
        auditLayout->addWidget(explain);
        auto* row = new QHBoxLayout;
        row->addWidget(m_auditStatus, 1);
        row->addWidget(m_verify, 0, Qt::AlignTop);
        auditLayout->addLayout(row);
        layout->addWidget(audit);
    }

    if (BackupSettings::canBackUp(vault)) {
        m_backups = new BackupPanel(vault, services, this);
        layout->addWidget(m_backups);
    }

    layout->addStretch(1);
}

void VaultPage::verifyAuditChain()
{
    if (!m_auditStatus)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_auditStatus->setText(auditVerificationText(m_vault.audit().verify()));
    } catch (const Error& error) {
        m_auditStatus->setText(error.message());
    }
    QApplication::restoreOverrideCursor();
}

QString VaultPage::auditStatus() const
{
    return m_auditStatus ? m_auditStatus->text() : QString();
}

} // namespace lantern
