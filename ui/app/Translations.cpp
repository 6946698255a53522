#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace lantern {

namespace {

bool install(QCoreApplication& app, const QString& path)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

bool installPseudoTranslation(QCoreApplication& app)
{
    return install(app, QStringLiteral(":/i18n/lantern_pseudo.qm"));
}

void installTranslations(QCoreApplication& app)
{
    if (qEnvironmentVariable("LANTERN_PSEUDO_LOCALE") == QLatin1String("1")) {
        installPseudoTranslation(app);
        return;
    }
    const QLocale locale;
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("lantern"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace lantern
