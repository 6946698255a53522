#include "text/IcuLocale.h"

#include "core/Error.h"

#include <QCoreApplication>
#include <algorithm>
#include <boost/locale/collator.hpp>
#include <boost/locale/conversion.hpp>
#include <boost/locale/generator.hpp>
#include <boost/locale/info.hpp>
#include <boost/locale/localization_backend.hpp>
#include <string>
#include <vector>

namespace lantern {

namespace {

const std::string kIcuBackend = "icu";

// ModelText::tr spelt out: lupdate loses track of the class scope among this file's std:: names and would
// file these messages under "ModelText" rather than "Model".
std::locale buildEnGb()
{
    // Work on a copy of the global manager so that selecting ICU here cannot change what other code
    // (or another library in the process) gets from Boost.Locale.
    boost::locale::localization_backend_manager manager =
        boost::locale::localization_backend_manager::global();
    const std::vector<std::string> backends = manager.get_all_backends();
    if (std::find(backends.begin(), backends.end(), kIcuBackend) == backends.end()) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate(
                        "Model", "Boost.Locale has no ICU backend on this system, so Lantern cannot sort "
                                 "names or build search keys. Install a Boost.Locale built with ICU."));
    }
    manager.select(kIcuBackend);

    boost::locale::generator generator(manager);
    std::locale locale;
    try {
        locale = generator("en_GB.UTF-8");
    } catch (const std::exception& e) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate("Model", "Boost.Locale could not create the en_GB locale: %1")
                        .arg(QString::fromUtf8(e.what())));
    }

    // A functional check rather than trusting select(): only the ICU backend really normalises (the std
    // and posix backends return the text unchanged), and everything in TextServices depends on that.
    const std::string decomposed = "e\xCC\x81"; // e + COMBINING ACUTE ACCENT
    const std::string composed = "\xC3\xA9";    // é
    if (!std::has_facet<boost::locale::info>(locale) || !std::use_facet<boost::locale::info>(locale).utf8() ||
        !std::has_facet<boost::locale::collator<char>>(locale) ||
        boost::locale::normalize(decomposed, boost::locale::norm_nfc, locale) != composed) {
        throw Error(ErrorKind::Internal,
                    QCoreApplication::translate(
                        "Model", "Boost.Locale did not create a UTF-8 en_GB locale backed by ICU."));
    }
    return locale;
}

} // namespace

const std::locale& IcuLocale::enGb()
{
    static const std::locale locale = buildEnGb();
    return locale;
}

} // namespace lantern
