#include "reference/DfeCodes.h"

#include "core/ModelText.h"
#include "reference/CodeList.h"

namespace lantern {

namespace {

const CodeList& sexCodes()
{
    return CodeList::get(QStringLiteral("sex"));
}

const CodeList& mainEthnicities()
{
    return CodeList::get(QStringLiteral("ethnicity-main"));
}

const CodeList& extendedEthnicities()
{
    return CodeList::get(QStringLiteral("ethnicity-extended"));
}

// "M, F or U", so messages follow the shipped list rather than repeating it.
QString listed(const QStringList& codes)
{
    if (codes.size() < 2)
        return codes.join(QString());
    return codes.mid(0, codes.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") + codes.last();
}

} // namespace

bool isValidSex(const QString& code)
{
    return sexCodes().contains(code);
}

std::optional<QString> sexProblem(const QString& code)
{
    if (isValidSex(code))
        return std::nullopt;
    if (code.trimmed().isEmpty())
        return ModelText::tr("No sex code given: use U when it is unknown or not recorded.");
    const QString upper = code.trimmed().toUpper();
    if (isValidSex(upper))
        return ModelText::tr("\u201C%1\u201D is not a sex code: codes are upper case (%2).").arg(code, upper);
    return ModelText::tr("\u201C%1\u201D is not a sex code: use %2.").arg(code, listed(sexCodes().codes()));
}

bool isValidEthnicity(const QString& code)
{
    return mainEthnicities().contains(code) || extendedEthnicities().contains(code);
}

std::optional<QString> ethnicityProblem(const QString& code)
{
    if (isValidEthnicity(code))
        return std::nullopt;
    if (code.trimmed().isEmpty())
        return ModelText::tr(
            "No ethnicity code given: use NOBT when it has not been obtained, or REFU when it was "
            "refused.");
    const QString upper = code.trimmed().toUpper();
    if (isValidEthnicity(upper))
        return ModelText::tr("\u201C%1\u201D is not an ethnicity code: codes are upper case (%2).")
            .arg(code, upper);
    return ModelText::tr(
               "\u201C%1\u201D is not a DfE ethnicity code: use one of the %2 main codes (such as WBRI) "
               "or an extended code.")
        .arg(code)
        .arg(mainEthnicities().size());
}

std::optional<QString> ethnicityMainCode(const QString& code)
{
    if (mainEthnicities().contains(code))
        return code;
    if (const std::optional<Code> extended = extendedEthnicities().find(code))
        return extended->value(QStringLiteral("main_code"));
    return std::nullopt;
}

} // namespace lantern
