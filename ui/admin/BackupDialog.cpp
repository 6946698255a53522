#include "admin/BackupDialog.h"

#include "core/Error.h"
#include "vault/VaultBackup.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {
constexpr int BarSteps = 1000; // bytes can exceed an int; the bar shows thousandths
}

BackupDialog::BackupDialog(Vault& vault, bool closeWhenDone, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_closeWhenDone(closeWhenDone)
    , m_task(
          this, [this](qint64 done, qint64 total) { showProgress(done, total); }, [this]() { onFinished(); })
{
    setObjectName(QStringLiteral("backupDialog"));
    setWindowTitle(tr("Backing up the vault"));
    setWindowModality(Qt::WindowModal);

    auto* explain =
        new QLabel(tr("Copying the encrypted vault to each backup destination, then opening each copy "
                      "to check every page and the audit chain."),
                   this);
    explain->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("backupProgress"));
    m_bar->setAccessibleName(tr("Backup progress"));
    m_bar->setRange(0, BarSteps);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_status->setAccessibleName(tr("Backup status"));
    m_cancel = new QPushButton(tr("&Cancel backup"), this);
    m_cancel->setObjectName(QStringLiteral("cancelBackup"));
    m_cancel->setAccessibleName(tr("Cancel backup"));
    connect(m_cancel, &QPushButton::clicked, this, &BackupDialog::cancel);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeBackup"));
    m_close->setAccessibleName(tr("Close"));
    m_close->setEnabled(false);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    resize(520, sizeHint().height());
}

BackupDialog::~BackupDialog()
{
    cancelAndWait();
}

void BackupDialog::start()
{
    if (isRunning() || m_outcome)
        return;
    m_status->setText(tr("Backing up…"));
    m_cancel->setFocus(Qt::OtherFocusReason);
    Vault* vault = &m_vault;
    m_task.start([vault](const VaultBackup::Progress& progress) {
        BackupOutcome outcome;
        try {
            if (std::optional<BackupRun> run = VaultBackup(*vault).backUp(progress)) {
                outcome.status = BackupOutcome::Status::Done;
                outcome.run = std::move(*run);
            }
        } catch (const Error& error) {
            outcome.status = BackupOutcome::Status::Failed;
            outcome.error = error.message();
        } catch (const std::exception& error) {
            outcome.status = BackupOutcome::Status::Failed;
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        return outcome;
    });
}

bool BackupDialog::isRunning() const
{
    return m_task.isRunning();
}

void BackupDialog::cancel()
{
    if (!isRunning())
        return;
    m_task.cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void BackupDialog::cancelAndWait()
{
    m_task.cancelAndWait();
}

void BackupDialog::reject()
{
    // Escape (or the window's close button) while it runs cancels first; the dialog stays until it stopped.
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

QString BackupDialog::statusText() const
{
    return m_status->text();
}

void BackupDialog::showProgress(qint64 done, qint64 total)
{
    if (!isRunning())
        return;
    m_bar->setValue(total > 0 ? static_cast<int>(done * BarSteps / total) : 0);
}

void BackupDialog::onFinished()
{
    const BackupOutcome outcome = m_task.result();
    m_outcome = outcome;
    m_cancel->setEnabled(false);
    m_close->setEnabled(true);
    m_close->setFocus(Qt::OtherFocusReason);
    bool failed = false;
    switch (outcome.status) {
    case BackupOutcome::Status::Done: {
        QStringList lines;
        for (const BackupRun::Destination& each : outcome.run.destinations) {
            if (each.problem.isEmpty()) {
                lines.append(
                    tr("Backed up and checked: %1").arg(QDir::toNativeSeparators(each.backupFolder)));
            } else {
                lines.append(
                    tr("Not backed up to %1: %2").arg(QDir::toNativeSeparators(each.path), each.problem));
                failed = true;
            }
        }
        m_bar->setValue(BarSteps);
        m_status->setText(lines.join(QLatin1Char('\n')));
        break;
    }
    case BackupOutcome::Status::Cancelled:
        m_bar->setValue(0);
        m_status->setText(tr("Backup cancelled: nothing was left half-made and nothing was recorded."));
        break;
    case BackupOutcome::Status::Failed:
        m_bar->setValue(0);
        m_status->setText(tr("The vault was not backed up: %1").arg(outcome.error));
        failed = true;
        break;
    }
    Q_EMIT finishedBackup(outcome);
    if (m_closeWhenDone && !failed)
        accept();
}

} // namespace lantern
