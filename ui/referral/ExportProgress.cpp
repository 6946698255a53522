#include "referral/ExportProgress.h"

#include "core/Error.h"
#include "export/ReferralPackBuilder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lantern {

namespace {
constexpr int BarSteps = 1000; // bytes can exceed an int; the bar shows thousandths
}

ExportProgress::ExportProgress(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_task(
          this, [this](qint64 done, qint64 total) { showProgress(done, total); }, [this]() { onFinished(); })
{
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("exportProgressBar"));
    m_bar->setAccessibleName(tr("Export progress"));
    m_bar->setRange(0, BarSteps);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);

    m_cancel = new QPushButton(tr("&Cancel export"), this);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->setAccessibleName(tr("Cancel export"));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QPushButton::clicked, this, &ExportProgress::cancel);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_cancel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_status);
}

ExportProgress::~ExportProgress()
{
    cancelAndWait();
}

void ExportProgress::start(const QString& outPath, const ReferralPackRequest& request,
                           PackProtection protection)
{
    if (isRunning())
        return;
    m_bar->setRange(0, 0); // busy until the first step: the record is read and the PDF drawn first
    m_cancel->setEnabled(true);
    m_status->setText(tr("Reading the record and drawing the PDF…"));

    Vault* vault = &m_vault;
    m_task.start([vault, outPath, request, protection](const PackProgress& progress) {
        ExportOutcome outcome;
        try {
            ReferralPackResult result =
                ReferralPackBuilder(*vault).exportPack(outPath, request, protection, progress);
            if (result.status == PackWriteStatus::Written) {
                outcome.status = ExportOutcome::Status::Written;
                outcome.manifestSha256 = result.manifestSha256;
                outcome.referralId = result.referralId.value_or(0);
                if (!result.passphrase.empty())
                    outcome.passphrase = std::make_shared<SecureBytes>(std::move(result.passphrase));
            }
        } catch (const Error& error) {
            outcome.status = ExportOutcome::Status::Failed;
            outcome.error = error.message();
        } catch (const std::exception& error) {
            outcome.status = ExportOutcome::Status::Failed;
            outcome.error = QString::fromLocal8Bit(error.what());
        }
        return outcome;
    });
    Q_EMIT started();
}

bool ExportProgress::isRunning() const
{
    return m_task.isRunning();
}

void ExportProgress::cancel()
{
    if (!isRunning())
        return;
    m_task.cancel();
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ExportProgress::cancelAndWait()
{
    m_task.cancelAndWait();
}

QString ExportProgress::statusText() const
{
    return m_status->text();
}

void ExportProgress::showProgress(qint64 done, qint64 total)
{
    if (!isRunning())
        return;
    m_bar->setRange(0, BarSteps);
    m_bar->setValue(total > 0 ? static_cast<int>(done * BarSteps / total) : 0);
    m_status->setText(tr("Compressing and writing the pack…"));
}

void ExportProgress::onFinished()
{
    const ExportOutcome outcome = m_task.result();
    m_cancel->setEnabled(false);
    m_bar->setRange(0, BarSteps);
    switch (outcome.status) {
    case ExportOutcome::Status::Written:
        m_bar->setValue(BarSteps);
        m_status->setText(tr("The pack is written."));
        break;
    case ExportOutcome::Status::Cancelled:
        m_bar->setValue(0);
        m_status->setText(tr("Export cancelled: no file was written and nothing was recorded."));
        break;
    case ExportOutcome::Status::Failed:
        m_bar->setValue(0);
        m_status->setText(tr("The pack could not be exported: %1").arg(outcome.error));
        break;
    }
    Q_EMIT finished(outcome);
}

} // namespace lantern
