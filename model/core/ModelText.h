#pragma once

#include <QCoreApplication>

namespace lantern {

// Text the model writes for people (error messages above all) goes through Qt's translation, in the context
// "Model": `ModelText::tr("Outcome: choose what was decided.")`. lupdate extracts these calls from model/ as
// it does tr() from ui/ (translations/lantern_en_GB.ts, and the pseudo-locale made at build time), so a
// client that installs a translator shows the model's messages in its language; lantern-cli installs none and
// speaks the source language, English. Data formats (JSON keys, audit action names, SQL, file names) are
// never translated.
struct ModelText {
    Q_DECLARE_TR_FUNCTIONS(Model)
};

} // namespace lantern
