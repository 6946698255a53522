#pragma once

#include "common/UiServices.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace lantern {

class BackupDialog;
class Vault;

// The Vault page's "Backups" section, for whoever may back up (BackupSettings::canBackUp): when the last
// good backup was made and what the last run said; the destinations (a second disk, a network share, a USB
// stick) with Add and Remove; how many daily, weekly and monthly backups each keeps; and "Back up now",
// which runs BackupDialog. The rules (no destination inside the vault, counts in range, who may change
// them) are BackupSettings'; a refusal is shown with the model's message.
class BackupPanel : public QGroupBox {
    Q_OBJECT
public:
    BackupPanel(Vault& vault, const UiServices& services, QWidget* parent = nullptr);

    // Each does what its button does; backUpNow returns the dialog it opened (window-modal, deleted on
    // close), nullptr when there is no destination.
    void addDestination();
    void removeDestination();
    void saveCounts();
    BackupDialog* backUpNow();

    QString statusText() const;
    QListWidget* destinationList() const { return m_destinations; }

Q_SIGNALS:
    // After a backup run, for the window's status line.
    void backedUp();

private:
    void reload();
    void showProblem(const QString& message);

    Vault& m_vault;
    UiServices m_services;
    QLabel* m_status = nullptr;
    QListWidget* m_destinations = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QPushButton* m_saveCounts = nullptr;
    QPushButton* m_backUp = nullptr;
};

} // namespace lantern
