#include "admin/BackupPanel.h"

#include "admin/BackupDialog.h"
#include "common/ActionButton.h"
#include "common/FileChooser.h"
#include "common/MessageSeam.h"
#include "core/Error.h"
#include "vault/BackupSettings.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lantern {

namespace {

QSpinBox* countBox(const char* objectName, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QString::fromLatin1(objectName));
    box->setAccessibleName(name);
    box->setRange(0, 1000);
    return box;
}

} // namespace

BackupPanel::BackupPanel(Vault& vault, const UiServices& services, QWidget* parent)
    : QGroupBox(tr("Backups"), parent)
    , m_vault(vault)
    , m_services(services)
{
    setObjectName(QStringLiteral("backupPanel"));
    auto* explain =
        new QLabel(tr("A backup is an encrypted copy of the whole vault, checked when it is made. "
                      "Keep one away from this computer: a dead disk, a stolen laptop or ransomware "
                      "would otherwise lose every record. A backup is also made when a DSL locks or "
                      "closes Lantern."),
                   this);
    explain->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupState"));
    m_status->setAccessibleName(tr("Backup status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_destinations = new QListWidget(this);
    m_destinations->setObjectName(QStringLiteral("backupDestinations"));
    m_destinations->setAccessibleName(tr("Backup destinations"));
    m_destinations->setMaximumHeight(90);
    auto* destinationsLabel = new QLabel(tr("&Destinations:"), this);
    destinationsLabel->setBuddy(m_destinations);
    m_add = actionButton(tr("&Add destination…"), "addBackupDestination", this);
    m_remove = actionButton(tr("Re&move destination"), "removeBackupDestination", this);
    connect(m_add, &QPushButton::clicked, this, &BackupPanel::addDestination);
    connect(m_remove, &QPushButton::clicked, this, &BackupPanel::removeDestination);
    connect(m_destinations, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });

    m_daily = countBox("keepDaily", tr("Daily backups kept"), this);
    m_weekly = countBox("keepWeekly", tr("Weekly backups kept"), this);
    m_monthly = countBox("keepMonthly", tr("Monthly backups kept"), this);
    m_saveCounts = actionButton(tr("&Save counts"), "saveBackupCounts", this);
    connect(m_saveCounts, &QPushButton::clicked, this, &BackupPanel::saveCounts);
    auto* counts = new QHBoxLayout;
    for (const auto& [label, box] :
         {std::pair{tr("Keep daily:"), m_daily}, std::pair{tr("weekly:"), m_weekly},
          std::pair{tr("monthly:"), m_monthly}}) {
        auto* text = new QLabel(label, this);
        text->setBuddy(box);
        counts->addWidget(text);
        counts->addWidget(box);
    }
    counts->addWidget(m_saveCounts);
    counts->addStretch(1);

    m_backUp = actionButton(tr("&Back up now"), "backUpNow", this);
    connect(m_backUp, &QPushButton::clicked, this, [this]() { backUpNow(); });

    auto* destinationButtons = new QVBoxLayout;
    destinationButtons->addWidget(m_add);
    destinationButtons->addWidget(m_remove);
    destinationButtons->addStretch(1);
    auto* destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destinations, 1);
    destinationRow->addLayout(destinationButtons);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_backUp, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(statusRow);
    layout->addWidget(destinationsLabel);
    layout->addLayout(destinationRow);
    layout->addLayout(counts);
    reload();
}

void BackupPanel::reload()
{
    BackupSettings settings(m_vault);
    QStringList lines{settings.statusLine()};
    if (const std::optional<BackupRun> run = settings.lastRun()) {
        for (const BackupRun::Destination& each : run->destinations) {
            if (!each.problem.isEmpty())
                lines.append(tr("The last backup to %1 failed: %2")
                                 .arg(QDir::toNativeSeparators(each.path), each.problem));
        }
    }
    m_status->setText(lines.join(QLatin1Char('\n')));
    m_destinations->clear();
    for (const QString& destination : settings.destinations())
        m_destinations->addItem(QDir::toNativeSeparators(destination));
    m_remove->setEnabled(false);
    m_backUp->setEnabled(m_destinations->count() > 0);
    m_backUp->setToolTip(m_destinations->count() > 0 ? QString() : tr("Add a destination first."));
    const BackupKeep keep = settings.keep();
    m_daily->setValue(keep.daily);
    m_weekly->setValue(keep.weekly);
    m_monthly->setValue(keep.monthly);
}

void BackupPanel::showProblem(const QString& message)
{
    m_services.messages.warning(window(), tr("Backups not changed"), message);
}

void BackupPanel::addDestination()
{
    const QString folder =
        m_services.files.existingFolder(window(), tr("Choose a folder for backups"), QDir::homePath());
    if (folder.isEmpty())
        return;
    BackupSettings settings(m_vault);
    try {
        settings.setDestinations(settings.destinations() << folder);
    } catch (const Error& error) {
        showProblem(error.message());
    }
    reload();
}

void BackupPanel::removeDestination()
{
    const int row = m_destinations->currentRow();
    if (row < 0)
        return;
    BackupSettings settings(m_vault);
    QStringList destinations = settings.destinations();
    if (row >= destinations.size())
        return;
    destinations.removeAt(row);
    try {
        settings.setDestinations(destinations);
    } catch (const Error& error) {
        showProblem(error.message());
    }
    reload();
}

void BackupPanel::saveCounts()
{
    try {
        BackupSettings(m_vault).setKeep({m_daily->value(), m_weekly->value(), m_monthly->value()});
    } catch (const Error& error) {
        showProblem(error.message());
    }
    reload();
}

BackupDialog* BackupPanel::backUpNow()
{
    if (m_destinations->count() == 0)
        return nullptr;
    auto* dialog = new BackupDialog(m_vault, false, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &BackupDialog::finishedBackup, this, [this]() {
        reload();
        Q_EMIT backedUp();
    });
    dialog->open();
    dialog->start();
    return dialog;
}

QString BackupPanel::statusText() const
{
    return m_status->text();
}

} // namespace lantern
