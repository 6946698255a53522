#include "overview/OverviewNavigation.h"

#include "calendar/UkTime.h"
#include "common/PageHost.h"
#include "pupils/PupilsPage.h"
#include "records/PupilRepository.h"
#include "referral/ReferralPupilFinder.h"
#include "referral/ReferralsPage.h"

#include <QDateTime>
#include <QLocale>
#include <QTableWidget>

namespace lantern::overview {

bool openChildRecord(PageHost& host, qint64 pupilId)
{
    auto* pupils = qobject_cast<PupilsPage*>(host.page(QStringLiteral("pupils")));
    if (!pupils || !host.showPage(QStringLiteral("pupils")))
        return false;
    pupils->openPupil(pupilId);
    return true;
}

bool openChildReferral(PageHost& host, Vault& vault, qint64 pupilId, const QDateTime& referredAt,
                       const QString& toWhom)
{
    auto* referrals = qobject_cast<ReferralsPage*>(host.page(QStringLiteral("referrals")));
    if (!referrals)
        return openChildRecord(host, pupilId);
    const std::optional<Pupil> pupil = PupilRepository(vault).find(pupilId);
    if (!pupil || !host.showPage(QStringLiteral("referrals")))
        return false;
    referrals->finder()->preselect(*pupil); // the page lists the child's referrals as the choice changes
    if (referrals->finder()->pupilId() != pupilId)
        return false;
    // The page lists the child's referrals most recent first; the one wanted is the row with its time and
    // recipient as the page shows them.
    QTableWidget* table = referrals->table();
    const QString when = QLocale().toString(toUkLocal(referredAt), QStringLiteral("dd/MM/yyyy HH:mm"));
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* at = table->item(row, ReferralsPage::ReferredColumn);
        const QTableWidgetItem* to = table->item(row, ReferralsPage::ToWhomColumn);
        if (at && to && at->text() == when && to->text() == toWhom) {
            table->selectRow(row);
            break;
        }
    }
    table->setFocus();
    return true;
}

} // namespace lantern::overview
