#pragma once

class QCoreApplication;

namespace lantern {

// Installs Lantern's catalogue (and Qt's own, for standard buttons) for the system locale; with
// LANTERN_PSEUDO_LOCALE=1 in the environment, the pseudo-locale instead (translations/pseudo_translate.py),
// which shows untranslated and clipped text at a glance.
void installTranslations(QCoreApplication& app);

// Installs the pseudo-locale; false if its catalogue is missing from the resources.
bool installPseudoTranslation(QCoreApplication& app);

} // namespace lantern
