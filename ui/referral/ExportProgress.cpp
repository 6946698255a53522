#include "referral/ExportProgress.h"

#include "core/Error.h"
#include "export/ReferralPackBuilder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace lantern {

namespace {
constexpr int BarSteps = 1000; // bytes can exceed an int; the bar shows thousandths
}

ExportProgress::ExportProgress(Vault& vault, QWidget* parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    m_watcher = new QFutureWatcher<ExportOutcome>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ExportProgress::onFinished);

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
    m_cancelled->store(false);
    m_bar->setRange(0, 0); // busy until the first step: the record is read and the PDF drawn first
    m_cancel->setEnabled(true);
    m_status->setText(tr("Reading the record and drawing the PDF…"));

    Vault* vault = &m_vault;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    const PackProgress hook = m_hook;
    m_watcher->setFuture(QtConcurrent::run([this, vault, outPath, request, protection, cancelled, hook]() {
        ExportOutcome outcome;
        const PackProgress progress = [this, cancelled, hook](qint64 done, qint64 total) {
            if (hook && !hook(done, total))
                return false;
            // Queued to the GUI thread; dropped if this widget is gone (it cannot be: it waits for us).
            QMetaObject::invokeMethod(
                this, [this, done, total]() { showProgress(done, total); }, Qt::QueuedConnection);
            return !cancelled->load();
        };
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
    }));
    Q_EMIT started();
}

bool ExportProgress::isRunning() const
{
    return m_watcher->isRunning();
}

void ExportProgress::cancel()
{
    if (!isRunning())
        return;
    m_cancelled->store(true);
    m_cancel->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ExportProgress::cancelAndWait()
{
    if (!m_watcher->future().isValid())
        return;
    m_cancelled->store(true);
    m_watcher->waitForFinished();
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
    const ExportOutcome outcome = m_watcher->result();
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
