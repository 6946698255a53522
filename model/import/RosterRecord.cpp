#include "import/RosterRecord.h"

#include <functional>

namespace lantern::RosterFields {

namespace {

struct Field {
    QString name;
    std::function<void(Pupil&, const Pupil&)> copy;
    std::function<bool(const Pupil&, const Pupil&)> equal;
};

template <auto member> Field field(const char* name)
{
    return {QString::fromLatin1(name), [](Pupil& to, const Pupil& from) { to.*member = from.*member; },
            [](const Pupil& a, const Pupil& b) { return a.*member == b.*member; }};
}

// The order people read a change list in: identity first, then groups, then the sensitive details.
const QList<Field>& fields()
{
    static const QList<Field> all{
        field<&Pupil::upn>("upn"),
        field<&Pupil::legalForename>("legal_forename"),
        field<&Pupil::legalMiddleNames>("legal_middle_names"),
        field<&Pupil::legalSurname>("legal_surname"),
        field<&Pupil::preferredForename>("preferred_forename"),
        field<&Pupil::preferredSurname>("preferred_surname"),
        field<&Pupil::dateOfBirth>("date_of_birth"),
        field<&Pupil::sex>("sex"),
        field<&Pupil::yearGroup>("year_group"),
        field<&Pupil::registrationGroup>("reg_group"),
        field<&Pupil::admissionDate>("admission_date"),
        field<&Pupil::leavingDate>("leaving_date"),
        field<&Pupil::nhsNumber>("nhs_number"),
        field<&Pupil::ethnicity>("ethnicity"),
        field<&Pupil::firstLanguage>("first_language"),
        field<&Pupil::senStatus>("sen_status"),
        field<&Pupil::senNeedTypes>("sen_need_types"),
        field<&Pupil::freeSchoolMeals>("fsm"),
        field<&Pupil::lookedAfter>("looked_after"),
        field<&Pupil::responsibleAuthority>("responsible_la"),
        field<&Pupil::postcode>("postcode"),
        field<&Pupil::address>("address"),
    };
    return all;
}

} // namespace

QStringList names()
{
    QStringList out;
    for (const Field& f : fields())
        out.append(f.name);
    return out;
}

void mergeInto(Pupil& target, const RosterRecord& record)
{
    for (const Field& f : fields()) {
        if (record.fields.contains(f.name))
            f.copy(target, record.pupil);
    }
}

QStringList changed(const Pupil& before, const Pupil& after)
{
    QStringList out;
    for (const Field& f : fields()) {
        if (!f.equal(before, after))
            out.append(f.name);
    }
    return out;
}

} // namespace lantern::RosterFields
