#include "AllPages.h"

#include "AdminPages.h"
#include "AdultsRegisterPages.h"
#include "ImportPages.h"
#include "RecordPages.h"
#include "ReferralPages.h"
#include "TriagePages.h"

namespace lantern {

void registerAllPages(MainWindow& window)
{
    registerTriagePages(window);
    registerRecordPages(window);
    registerReferralPages(window);
    registerImportPages(window);
    registerAdminPages(window);
    registerAdultsRegisterPages(window);
}

} // namespace lantern
