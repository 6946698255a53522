#pragma once

#include <QtGlobal>

class QDateTime;
class QString;

namespace lantern {

class PageHost;
class Vault;

// Where Enter on a row of an overview goes: the pages that already show one child, reached through PageHost
// so the overview needs nothing of the window.
namespace overview {

// Shows the child's record on the Pupils page; false when that page is not there.
bool openChildRecord(PageHost& host, qint64 pupilId);
// Shows the child's referrals on the Referrals page with the one made at `referredAt` to `toWhom` selected;
// the child's record instead for a role without that page.
bool openChildReferral(PageHost& host, Vault& vault, qint64 pupilId, const QDateTime& referredAt,
                       const QString& toWhom);

} // namespace overview

} // namespace lantern
