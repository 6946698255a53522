#include "reference/ReferenceData.h"

#include <QtGlobal>
#include <mutex>

// Q_INIT_RESOURCE declares the generated qInitResources_lantern_data() where it is used, so it must be used
// outside any namespace or the declaration would not match the generated (global) function.
static void registerLanternDataResource()
{
    Q_INIT_RESOURCE(lantern_data);
}

namespace lantern {

void initReferenceData()
{
    static std::once_flag once;
    std::call_once(once, registerLanternDataResource);
}

QString referenceDataPath(QStringView relativePath)
{
    return QStringLiteral(":/data/") + relativePath.toString();
}

} // namespace lantern
